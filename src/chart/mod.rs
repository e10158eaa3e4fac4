//! Charts as data, then pixels: [`TrendData`] says what a trend chart shows,
//! [`layout`] places it in a pixel box, [`draw`] paints the layout on any plotters
//! `DrawingBackend` — a canvas in the browser, SVG natively.

pub mod draw;
pub mod layout;

use crate::catalog::{Comparison, TargetKind};
use crate::config::Resolved;
use crate::i18n::{number, Lang};

/// What a trend chart shows: the plan's years, the observations, the target.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendData {
    /// Every year on the x axis, in order.
    pub years: Vec<i32>,
    /// The observation for each of `years`, if any.
    pub actual: Vec<Option<f64>>,
    /// Bars (rates, per-year values) or a line (levels).
    pub bars: bool,
    /// The target as a line or a band.
    pub target: TargetMark,
    /// The on-schedule value per year, drawn dashed when it differs from the target line.
    pub expected: Vec<(i32, f64)>,
    pub deadline: i32,
    pub labels: Labels,
}

/// The target drawn across the plot.
#[derive(Clone, Debug, PartialEq)]
pub enum TargetMark {
    Line(f64),
    Band(f64, f64),
    None,
}

/// The words drawn on the canvas, in the widget's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Labels {
    /// Above the y axis: what is measured and the unit, 「增速（%）」.
    pub y_axis: String,
    /// Under the x axis: 「年份」.
    pub x_axis: String,
    pub actual: String,
    /// 「目标 8%以上」.
    pub target: String,
    pub deadline: String,
    pub no_data: String,
    /// Title and status lines, drawn only where no HTML carries them (SVG output).
    pub header: Vec<String>,
}

impl TrendData {
    /// The trend chart of a resolved config.
    pub fn of(resolved: &Resolved, assessment: &crate::progress::Assessment) -> TrendData {
        let target = resolved.target();
        let lang = resolved.lang;
        let period = resolved.plan.period;
        let deadline = target.deadline.unwrap_or(period.end);
        let baseline_year = target.baseline.map_or(period.start, |baseline| baseline.year);
        let first = resolved
            .observations
            .keys()
            .next()
            .copied()
            .map_or(period.start, |year| year.min(period.start))
            .min(baseline_year)
            .max(deadline - 15);
        let last = resolved.observations.keys().next_back().copied().unwrap_or(deadline).max(deadline);
        let years: Vec<i32> = (first..=last).collect();
        let actual = years.iter().map(|year| resolved.observations.get(year).copied()).collect();
        let mark = match (target.comparison, target.value, target.range) {
            (Comparison::Range, _, Some([low, high])) => TargetMark::Band(low, high),
            (_, Some(value), _) => TargetMark::Line(value),
            _ => TargetMark::None,
        };
        let unit = &target.unit;
        let goal = goal_text(lang, target.comparison, &mark, unit);
        let is_rate = target.kind == TargetKind::AnnualGrowth;
        let y_axis = if is_rate {
            format!("{}（%）", lang.pick("增速", "Growth"))
        } else {
            format!("{}（{unit}）", lang.pick(&target.name.zh, &target.name.en))
        };
        let header = vec![
            lang.pick(&target.name.zh, &target.name.en).to_owned(),
            format!("{}{}", lang.pick("状态：", "Status: "), assessment.status.label(lang)),
            lang.pick(&assessment.explanation.zh, &assessment.explanation.en).to_owned(),
        ];
        TrendData {
            years,
            actual,
            bars: matches!(target.kind, TargetKind::AnnualGrowth | TargetKind::PerYear),
            target: mark,
            expected: assessment.expected.clone(),
            deadline,
            labels: Labels {
                y_axis,
                x_axis: lang.pick("年份", "Year").to_owned(),
                actual: lang.pick("实际值", "Actual").to_owned(),
                target: format!("{} {goal}", lang.pick("目标", "Target")),
                deadline: format!("{}{deadline}", lang.pick("期限 ", "Deadline ")),
                no_data: lang.pick("暂无", "n/a").to_owned(),
                header,
            },
        }
    }
}

/// The target in words: 「8%以上」, "≥ 8%", 「3–5家」.
pub fn goal_text(lang: Lang, comparison: Comparison, mark: &TargetMark, unit: &str) -> String {
    match (mark, comparison) {
        (TargetMark::Line(value), Comparison::AtLeast) => {
            let value = number(*value, 2);
            lang.pick(&format!("{value}{unit}以上"), &format!("≥ {value}{unit}")).to_owned()
        }
        (TargetMark::Line(value), Comparison::AtMost) => {
            let value = number(*value, 2);
            lang.pick(&format!("{value}{unit}以下"), &format!("≤ {value}{unit}")).to_owned()
        }
        (TargetMark::Line(value), Comparison::About) => {
            let value = number(*value, 2);
            lang.pick(&format!("{value}{unit}左右"), &format!("≈ {value}{unit}")).to_owned()
        }
        (TargetMark::Line(value), _) => format!("{}{unit}", number(*value, 2)),
        (TargetMark::Band(low, high), _) => format!("{}–{}{unit}", number(*low, 2), number(*high, 2)),
        (TargetMark::None, _) => String::new(),
    }
}

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The colours of a chart. Blue and vermillion from the Okabe–Ito palette, which stays
/// distinct for the common colour-vision deficiencies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub background: Rgb,
    pub text: Rgb,
    pub muted: Rgb,
    pub grid: Rgb,
    pub axis: Rgb,
    pub actual: Rgb,
    pub target: Rgb,
    pub expected: Rgb,
}

impl Palette {
    pub fn light() -> Palette {
        Palette {
            background: Rgb(255, 255, 255),
            text: Rgb(26, 32, 44),
            muted: Rgb(85, 94, 108),
            grid: Rgb(226, 230, 236),
            axis: Rgb(110, 118, 130),
            actual: Rgb(0, 114, 178),
            target: Rgb(200, 70, 0),
            expected: Rgb(100, 100, 100),
        }
    }

    pub fn dark() -> Palette {
        Palette {
            background: Rgb(24, 28, 36),
            text: Rgb(236, 239, 244),
            muted: Rgb(176, 184, 196),
            grid: Rgb(58, 64, 76),
            axis: Rgb(150, 158, 170),
            actual: Rgb(86, 180, 233),
            target: Rgb(240, 150, 60),
            expected: Rgb(190, 190, 190),
        }
    }
}

/// How big things are drawn, in CSS pixels; `scale` turns them into device pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    /// Device pixels per CSS pixel (the page's devicePixelRatio).
    pub scale: f64,
    pub text: f64,
    pub small_text: f64,
    pub line: f64,
    /// The SVG backend shrinks font sizes by 1.24; the canvas does not.
    pub font_factor: f64,
}

impl Sizes {
    pub fn new(scale: f64, elder: bool) -> Sizes {
        let scale = if scale.is_finite() && scale > 0.0 { scale.min(4.0) } else { 1.0 };
        Sizes {
            scale,
            text: if elder { 18.0 } else { 13.0 },
            small_text: if elder { 16.0 } else { 12.0 },
            line: if elder { 3.0 } else { 2.0 },
            font_factor: 1.0,
        }
    }
}

/// Fonts that carry Chinese on the common systems; browsers already have one of them.
pub const FONT_FAMILY: &str = "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";
