//! Where everything of a trend chart goes, in device pixels: plain numbers, so layout is
//! tested without drawing anything.

use super::{Sizes, Goal, TrendData};
use crate::i18n::number;

/// A rectangle in device pixels, `x0 < x1`, `y0 < y1`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

/// A labelled value on the y axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub value: f64,
    pub y: f64,
    pub label: String,
}

/// One year's column on the x axis. `label` is `None` where labels are thinned out.
#[derive(Clone, Debug, PartialEq)]
pub struct Slot {
    pub year: i32,
    pub x: f64,
    pub label: Option<String>,
}

/// What a legend entry stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegendMark {
    Actual,
    Target,
    Expected,
    Projection,
}

/// A legend entry: its swatch starts at `x`, its text after it, centred on `y`.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub mark: LegendMark,
    pub text: String,
    pub x: f64,
    pub y: f64,
}

/// A placed line of text.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub text: String,
    pub x: f64,
    pub y: f64,
}

/// A value's label over its bar or point: drawn last, on a box of the background colour
/// (a halo), so that no line crosses it.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueLabel {
    pub text: String,
    /// The centre of the text's bottom edge.
    pub x: f64,
    pub y: f64,
    pub width: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TrendLayout {
    pub width: f64,
    pub height: f64,
    pub sizes: Sizes,
    /// 「示例数据」 in a box above the title (exports only).
    pub badge: Option<(Line, f64)>,
    /// Title and status lines (exports only), wrapped to the width.
    pub header: Vec<Line>,
    /// Target, source, data source, flags, date (exports only), wrapped to the width.
    pub footer: Vec<Line>,
    /// 「期限 2020」, above the plot at the deadline's column.
    pub deadline_label: Option<Line>,
    pub value_labels: Vec<ValueLabel>,
    /// The legend's entries, placed in rows that wrap to the width.
    pub legend: Vec<LegendEntry>,
    /// The unit label above the y axis.
    pub y_axis_label: Line,
    pub plot: Rect,
    pub y_min: f64,
    pub y_max: f64,
    pub ticks: Vec<Tick>,
    pub slots: Vec<Slot>,
    pub slot_width: f64,
}

impl TrendLayout {
    /// The vertical pixel of `value`.
    pub fn y(&self, value: f64) -> f64 {
        let span = self.y_max - self.y_min;
        self.plot.y1 - (value - self.y_min) / span * (self.plot.y1 - self.plot.y0)
    }

    /// The horizontal pixel of the centre of `year`'s column.
    pub fn x(&self, year: i32) -> Option<f64> {
        self.slots.iter().find(|slot| slot.year == year).map(|slot| slot.x)
    }
}

/// How wide text is drawn: the browser measures with its canvas (`measureText`, cached
/// in `src/web/`); natively an estimate stands in.
pub trait Measure {
    /// The width of `text` at a font size of `size` pixels, in pixels.
    fn width(&self, text: &str, size: f64) -> f64;
}

/// An estimate: CJK and full-width characters are one em, others a little over half.
pub struct Estimate;

impl Measure for Estimate {
    fn width(&self, text: &str, size: f64) -> f64 {
        text_width(text, size)
    }
}

/// The estimate of [`Estimate`]: CJK characters a square each; Latin ones by their class
/// in the sans-serif fonts browsers fall back to (digits 0.64 em, `%` 0.95), erring wide,
/// so that a line wrapped by the estimate fits when drawn.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|character| {
            size * match character {
                _ if (character as u32) >= 0x2E80 => 1.0,
                '0'..='9' => 0.64,
                'A'..='Z' | '%' | '&' | '@' => if character == '%' { 0.95 } else { 0.72 },
                ' ' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | 'i' | 'j' | 'l' => 0.34,
                '(' | ')' | '[' | ']' | 'f' | 't' | 'r' => 0.42,
                'm' | 'w' => 0.9,
                _ => 0.6,
            }
        })
        .sum()
}

/// Punctuation that closes (never starts a line) and that opens (never ends one), the
/// rule Chinese typesetting calls 避头尾.
const CLOSING: &str = "，。、；：？！）》」』】〉”’%,.;:?!)]}…·";
const OPENING: &str = "（《「『【〈“‘([{";

/// Characters of the units that follow a number (亿元, 个百分点, 家, 2020年): a line never
/// breaks between a number and its unit.
const UNIT_CHARACTERS: &str = "亿万千百十元家个项件次场名人天年月座台套条所户款批位处倍吨瓦点分";

/// Splits `text` into lines no wider than `width`, between CJK characters or at spaces,
/// never inside a run of Latin letters and digits such as "8.1%", nor between a number
/// and its unit ("1000亿元", "110家"); no line starts with closing punctuation or ends
/// with opening punctuation.
pub fn wrap(text: &str, size: f64, width: f64, measure: &dyn Measure) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    for character in text.chars() {
        let joins = tokens.last().is_some_and(|last| {
            let ascii_run = character.is_ascii_graphic() && last.ends_with(|c: char| c.is_ascii_graphic());
            let unit = UNIT_CHARACTERS.contains(character)
                && last.trim_end_matches(|c: char| UNIT_CHARACTERS.contains(c)).ends_with(|c: char| c.is_ascii_digit());
            let punctuation = CLOSING.contains(character) || last.ends_with(|c: char| OPENING.contains(c));
            ascii_run || unit || punctuation
        });
        match tokens.last_mut() {
            Some(last) if joins => last.push(character),
            _ => tokens.push(character.to_string()),
        }
    }
    let mut lines = vec![String::new()];
    for token in tokens {
        let current = lines.last_mut().expect("lines starts non-empty");
        if !current.is_empty() && measure.width(current, size) + measure.width(&token, size) > width {
            lines.push(token.trim_start().to_owned());
        } else {
            current.push_str(&token);
        }
    }
    lines
}

/// Lays `data` out in a `width` × `height` CSS-pixel box.
pub fn layout_trend(data: &TrendData, width: f64, height: f64, sizes: Sizes, measure: &dyn Measure) -> TrendLayout {
    let scale = sizes.scale;
    let (width, height) = (width.max(120.0) * scale, height.max(120.0) * scale);
    let text = sizes.text * scale;
    let small = sizes.small_text * scale;
    let pad = 8.0 * scale;

    let mut top = pad;
    let badge = data.labels.badge.as_ref().map(|words| {
        top += text * 1.9;
        (Line { text: words.clone(), x: pad, y: top - text * 0.45 }, measure.width(words, text) + text)
    });
    let mut header = Vec::new();
    for (index, line) in data.labels.header.iter().enumerate() {
        let size = if index < 2 { text * 1.25 } else { text };
        for part in wrap(line, size, width - 2.0 * pad, measure) {
            top += size * 1.35;
            header.push(Line { text: part, x: pad, y: top });
        }
    }
    if !header.is_empty() {
        top += pad;
    }
    let footer_lines: Vec<String> =
        data.labels.footer.iter().flat_map(|line| wrap(line, small, width - 2.0 * pad, measure)).collect();
    let footer_height = if footer_lines.is_empty() { 0.0 } else { pad + small * 1.45 * footer_lines.len() as f64 };
    // Legend entries in rows: a swatch 1.6 em wide, the words, a gap.
    let swatch = text * 1.6;
    let mut entries = vec![(LegendMark::Actual, data.labels.actual.clone())];
    if data.target != Goal::None {
        entries.push((LegendMark::Target, data.labels.target.clone()));
    }
    if data.shows_expected() {
        entries.push((LegendMark::Expected, data.labels.expected.clone()));
    }
    if data.projection.is_some() {
        entries.push((LegendMark::Projection, data.labels.projection.clone()));
    }
    let mut legend = Vec::new();
    let (mut x, mut row_y) = (pad, top + text * 0.75);
    for (mark, words) in entries {
        let needed = swatch + 4.0 * scale + measure.width(&words, text);
        if x > pad && x + needed > width - pad {
            x = pad;
            row_y += text * 1.5;
        }
        legend.push(LegendEntry { mark, text: words, x, y: row_y });
        x += needed + 14.0 * scale;
    }
    top = row_y + text * 0.9;
    let y_axis_label = Line { text: data.labels.y_axis.clone(), x: pad, y: top + small };
    let unit_end = pad + measure.width(&data.labels.y_axis, small);
    let deadline_width = measure.width(&data.labels.deadline, small);
    // 「期限 2020」 beside the unit label where both fit, else on a line of its own below.
    let deadline_y = if unit_end + 12.0 * scale + deadline_width <= width - pad {
        top + small
    } else {
        top += small * 1.3;
        top + small
    };
    top += small * 1.8;

    let values = data
        .actual
        .iter()
        .flatten()
        .copied()
        .chain(data.expected.iter().map(|&(_, value)| value))
        .chain(data.tolerance.into_iter().flat_map(|(low, high)| [low, high]))
        .chain(match data.target {
            Goal::Line(value) => vec![value],
            Goal::Band(low, high) => vec![low, high],
            Goal::None => vec![],
        })
        .filter(|value| value.is_finite());
    let (mut low, mut high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if !low.is_finite() {
        (low, high) = (0.0, 1.0);
    }
    if data.bars || low > 0.0 && low < high * 0.5 {
        low = low.min(0.0);
        high = high.max(0.0);
    } else {
        low -= (high - low) * 0.08;
    }
    if high - low < 1e-9 {
        let spread = (high.abs() * 0.1).max(1.0);
        (low, high) = (low - spread, high + spread);
    }
    let bottom_space = small * 3.2 + 8.0 * scale + footer_height;
    // A plot too low to read is made taller (the widget then grows): a narrow 长者模式
    // chart's legend can take a third of the box.
    let least = if sizes.elder { 170.0 } else { 120.0 } * scale;
    let plot_height = (height - top - bottom_space).max(least);
    let height = height.max(top + plot_height + bottom_space);
    // 长者模式 draws fewer gridlines.
    let spacing = if sizes.elder { 70.0 } else { 44.0 };
    let wanted_ticks = super::within((plot_height / (spacing * scale)).floor(), 2.0, 8.0);
    let (y_min, y_max, step) = if data.whole {
        nice_whole_range(low, high + (high - low) * 0.08, wanted_ticks)
    } else {
        nice_range(low, high + (high - low) * 0.08, wanted_ticks)
    };
    let decimals = decimals_for(step);
    let labels: Vec<(f64, String)> = (0..)
        .map(|index| y_min + step * f64::from(index))
        .take_while(|value| *value <= y_max + step * 1e-6)
        .map(|value| (value, number(value, decimals)))
        .collect();
    let label_width = labels.iter().map(|(_, label)| measure.width(label, small)).fold(0.0, f64::max);

    let plot = Rect {
        x0: pad + label_width + 8.0 * scale,
        y0: top,
        x1: width - pad - 4.0 * scale,
        y1: top + plot_height,
    };
    let mut layout = TrendLayout {
        width,
        height,
        sizes,
        badge,
        header,
        footer: Vec::new(),
        deadline_label: None,
        value_labels: Vec::new(),
        legend,
        y_axis_label,
        plot,
        y_min,
        y_max,
        ticks: Vec::new(),
        slots: Vec::new(),
        slot_width: 0.0,
    };
    layout.ticks = labels.into_iter().map(|(value, label)| Tick { value, y: layout.y(value), label }).collect();

    let count = data.years.len().max(1) as f64;
    let slot_width = (plot.x1 - plot.x0) / count;
    let year_width = measure.width("2020", small) + 6.0 * scale;
    let every = (year_width / slot_width).ceil().max(1.0) as usize;
    layout.slot_width = slot_width;
    layout.slots = data
        .years
        .iter()
        .enumerate()
        .map(|(index, &year)| Slot {
            year,
            x: plot.x0 + slot_width * (index as f64 + 0.5),
            label: (index % every == 0 || index + 1 == data.years.len() && every == 1).then(|| year.to_string()),
        })
        .collect();

    // The deadline's words above the plot, right-aligned on its line and never over the
    // unit label: inside the plot a value label could run into them.
    if let Some(x) = layout.x(data.deadline) {
        let x = (x + slot_width / 2.0).min(plot.x1);
        let words = &data.labels.deadline;
        let beside = (deadline_y - layout.y_axis_label.y).abs() < 1e-9;
        let right = if beside { x.max(unit_end + 12.0 * scale + deadline_width) } else { x.max(pad + deadline_width) }.min(width - pad);
        layout.deadline_label = Some(Line { text: words.clone(), x: right, y: deadline_y });
    }

    // Value labels over bars and points (below a bar that goes down).
    let zero = layout.y(super::within(0.0, layout.y_min, layout.y_max));
    layout.value_labels = layout
        .slots
        .iter()
        .zip(&data.actual)
        .zip(&data.flagged)
        .filter_map(|((slot, value), &flagged)| {
            let value = (*value)?;
            let y = layout.y(value);
            let mut words = if data.signed && value > 0.0 { format!("+{}", number(value, 2)) } else { number(value, 2) };
            if flagged {
                words.push('*');
            }
            let below = data.bars && value < 0.0 && y > zero;
            let y = if below { y + small + 4.0 * scale } else { y - 4.0 * scale };
            Some(ValueLabel { width: measure.width(&words, small), text: words, x: slot.x, y })
        })
        .collect();

    let mut y = height - footer_height + pad;
    for line in footer_lines {
        y += small * 1.45;
        layout.footer.push(Line { text: line, x: pad, y });
    }
    layout
}

/// [`nice_range`] on whole numbers, for counts: a step of 1, 2 or 5 × 10ⁿ, never below 1.
pub fn nice_whole_range(low: f64, high: f64, ticks: f64) -> (f64, f64, f64) {
    let raw = ((high - low) / ticks.max(1.0)).max(1.0);
    let magnitude = 10f64.powf(raw.log10().floor()).max(1.0);
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|factor| factor * magnitude).find(|step| *step >= raw).unwrap_or(10.0 * magnitude);
    ((low / step).floor() * step, (high / step).ceil() * step, step)
}

impl TrendLayout {
    /// The height of what an export adds above and below the chart (badge, header,
    /// footer), in device pixels.
    pub fn frame_height(&self) -> f64 {
        let pad = 8.0 * self.sizes.scale;
        let small = self.sizes.small_text * self.sizes.scale;
        // Both start at `pad`; the header ends at its last line, then `pad`.
        let above = self.header.last().map_or(0.0, |line| line.y);
        let below = if self.footer.is_empty() { 0.0 } else { pad + small * 1.45 * self.footer.len() as f64 };
        above + below
    }
}

/// A range from `low` to `high` on round numbers with about `ticks` steps:
/// `(min, max, step)` with step 1, 2, 2.5 or 5 × 10ⁿ.
pub fn nice_range(low: f64, high: f64, ticks: f64) -> (f64, f64, f64) {
    let raw = (high - low) / ticks.max(1.0);
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|factor| factor * magnitude)
        .find(|step| *step >= raw)
        .unwrap_or(10.0 * magnitude);
    let min = (low / step).floor() * step;
    let max = (high / step).ceil() * step;
    (min, max, step)
}

/// Enough decimals to tell ticks `step` apart.
fn decimals_for(step: f64) -> usize {
    (0..4).find(|&decimals| (step * 10f64.powi(decimals as i32)).fract().abs() < 1e-6).unwrap_or(4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(low: f64, high: f64, ticks: f64, expect: (f64, f64, f64)) {
        assert_eq!(nice_range(low, high, ticks), expect, "nice_range({low}, {high}, {ticks})");
    }

    #[test]
    fn wrapping_keeps_numbers_whole() {
        let lines = wrap("平均8.1%，高于目标", 10.0, 45.0, &Estimate);
        assert_eq!(lines, vec!["平均", "8.1%，", "高于目标"]);
    }

    #[test]
    fn wrapping_keeps_a_number_with_its_unit() {
        assert_eq!(wrap("目标1000亿元以上", 10.0, 60.0, &Estimate), vec!["目标", "1000亿元以", "上"]);
        assert_eq!(wrap("新增110家企业", 10.0, 40.0, &Estimate), vec!["新增", "110家企", "业"]);
        assert_eq!(wrap("提高3个百分点", 10.0, 50.0, &Estimate), vec!["提高", "3个百分点"]);
    }

    #[test]
    fn counts_step_by_whole_numbers() {
        assert_eq!(nice_whole_range(0.0, 3.2, 5.0), (0.0, 4.0, 1.0));
        assert_eq!(nice_whole_range(100.0, 162.0, 4.0), (100.0, 180.0, 20.0));
        assert_eq!(nice_whole_range(0.0, 0.5, 4.0), (0.0, 1.0, 1.0));
    }

    #[test]
    fn ranges_are_round() {
        check(0.0, 8.6, 4.0, (0.0, 10.0, 2.5));
        check(0.0, 9.0, 5.0, (0.0, 10.0, 2.0));
        check(-2.0, 8.6, 5.0, (-2.5, 10.0, 2.5));
        check(100.0, 162.0, 4.0, (100.0, 180.0, 20.0));
        check(0.0, 0.9, 4.0, (0.0, 1.0, 0.25));
    }
}
