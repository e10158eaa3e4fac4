//! Paints a laid-out trend chart on any plotters `DrawingBackend`. The same code draws
//! on the browser's canvas and into the SVG the CLI writes.

use std::convert::Infallible;

use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontFamily,
    FontStyle,
};

use super::layout::{LegendMark, TrendLayout};
use super::{Palette, Rgb, Goal, TrendData, FONT_FAMILY};

type Drawn<DB> = Result<(), DrawingErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn color(rgb: Rgb) -> BackendColor {
    BackendColor { alpha: 1.0, rgb: (rgb.0, rgb.1, rgb.2) }
}

/// A colour with a stroke width, for lines.
struct Stroke {
    color: BackendColor,
    width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// A font as the backends take it: our family list, a size, a colour, an anchor.
struct Font {
    size: f64,
    color: BackendColor,
    anchor: Pos,
    bold: bool,
}

impl BackendTextStyle for Font {
    type FontError = Infallible;

    fn color(&self) -> BackendColor {
        self.color
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn anchor(&self) -> Pos {
        self.anchor
    }
    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(FONT_FAMILY)
    }
    // Both backends lay text out themselves (canvas `fillText`, SVG `text-anchor`);
    // nothing here measures or rasterises glyphs.
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Infallible> {
        let width = super::layout::text_width(text, self.size) as i32;
        Ok(((0, 0), (width, self.size as i32)))
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, Infallible> {
        Ok(Ok(()))
    }
}

fn at(x: f64, y: f64) -> BackendCoord {
    (x.round() as i32, y.round() as i32)
}

/// Draws `data` as laid out in `layout`.
pub fn draw_trend<DB: DrawingBackend>(backend: &mut DB, data: &TrendData, layout: &TrendLayout, palette: &Palette) -> Drawn<DB> {
    let sizes = layout.sizes;
    let scale = sizes.scale;
    let hairline = scale.round().max(1.0);
    let line_width = (sizes.line * scale).round().max(1.0) as u32;
    let text = sizes.text * scale * sizes.font_factor;
    let small = sizes.small_text * scale * sizes.font_factor;
    let plot = layout.plot;
    let font = |size: f64, rgb: Rgb, h: HPos, v: VPos| Font { size, color: color(rgb), anchor: Pos::new(h, v), bold: false };

    backend.draw_rect((0, 0), at(layout.width, layout.height), &color(palette.background), true)?;

    // 示例数据: a box in the target colour, above everything, so that no one shares the
    // export as official figures.
    if let Some((line, box_width)) = &layout.badge {
        let (x0, y0) = (line.x, line.y - text * 0.8);
        let (x1, y1) = (line.x + box_width, line.y + text * 0.8);
        backend.draw_rect(at(x0, y0), at(x1, y1), &color(palette.target), false)?;
        backend.draw_rect(at(x0 + hairline, y0 + hairline), at(x1 - hairline, y1 - hairline), &color(palette.target), false)?;
        let style = Font { bold: true, ..font(text, palette.target, HPos::Left, VPos::Center) };
        backend.draw_text(&line.text, &style, at(line.x + text * 0.5, line.y))?;
    }

    for (index, line) in layout.header.iter().enumerate() {
        let size = if index < 2 { text * 1.25 } else { text };
        let style = Font { bold: index < 2, ..font(size, palette.text, HPos::Left, VPos::Bottom) };
        backend.draw_text(&line.text, &style, at(line.x, line.y))?;
    }

    // Legend: a swatch and words per entry, as laid out.
    for entry in &layout.legend {
        let (x, y) = (entry.x, entry.y);
        let swatch = text * 1.6;
        match entry.mark {
            LegendMark::Actual => backend.draw_rect(
                at(x + swatch * 0.25, y - text * 0.4),
                at(x + swatch * 0.75, y + text * 0.4),
                &color(palette.actual),
                true,
            )?,
            LegendMark::Target => backend.draw_line(at(x, y), at(x + swatch, y), &Stroke { color: color(palette.target), width: line_width })?,
            LegendMark::Expected => dashed(backend, (x, y), (x + swatch, y), palette.expected, line_width, 5.0 * scale)?,
            LegendMark::Projection => dashed(backend, (x, y), (x + swatch, y), palette.actual, line_width, 2.0 * scale)?,
        }
        backend.draw_text(&entry.text, &font(text, palette.text, HPos::Left, VPos::Center), at(x + swatch + 4.0 * scale, y))?;
    }

    // Unit label and y ticks with gridlines drawn as filled rectangles, crisp at any scale.
    let label = &layout.y_axis_label;
    backend.draw_text(&label.text, &font(small, palette.muted, HPos::Left, VPos::Bottom), at(label.x, label.y))?;
    for tick in &layout.ticks {
        let y = tick.y.round();
        let grid = if tick.value == 0.0 { palette.axis } else { palette.grid };
        backend.draw_rect(at(plot.x0, y), at(plot.x1, y + hairline), &color(grid), true)?;
        let style = font(small, palette.muted, HPos::Right, VPos::Center);
        backend.draw_text(&tick.label, &style, at(plot.x0 - 6.0 * scale, y))?;
    }

    // Target band (a range, or the 左右 tolerance) behind the data.
    let band = match (data.target, data.tolerance) {
        (Goal::Band(low, high), _) | (_, Some((low, high))) => Some((low, high)),
        _ => None,
    };
    if let Some((low, high)) = band {
        let fill = BackendColor { alpha: 0.15, ..color(palette.target) };
        let (top, bottom) = (layout.y(high.min(layout.y_max)), layout.y(low.max(layout.y_min)));
        backend.draw_rect(at(plot.x0, top), at(plot.x1, bottom), &fill, true)?;
    }

    // Deadline: a dashed vertical line at the deadline's column, its words above the plot.
    if let Some(deadline_x) = layout.x(data.deadline) {
        let x = (deadline_x + layout.slot_width / 2.0).min(plot.x1 - hairline).round();
        dashed(backend, (x, plot.y0), (x, plot.y1), palette.axis, hairline as u32, 4.0 * scale)?;
    }
    if let Some(line) = &layout.deadline_label {
        backend.draw_text(&line.text, &font(small, palette.muted, HPos::Right, VPos::Bottom), at(line.x, line.y))?;
    }

    // The observations: bars from zero, or a line with points.
    let zero = layout.y(super::within(0.0, layout.y_min, layout.y_max));
    let bar_half = (layout.slot_width * 0.28).max(2.0 * scale);
    let mut points = Vec::new();
    for ((slot, value), &flagged) in layout.slots.iter().zip(&data.actual).zip(&data.flagged) {
        let Some(value) = *value else {
            let style = font(small, palette.muted, HPos::Center, VPos::Bottom);
            backend.draw_text(&data.labels.no_data, &style, at(slot.x, zero - 4.0 * scale))?;
            continue;
        };
        let y = layout.y(value);
        if data.bars {
            // A flagged value (初步核算, 预计, 修订) is drawn as an outline: not final yet.
            let (top, bottom) = if y < zero { (y, zero) } else { (zero, y) };
            let (from, to) = (at(slot.x - bar_half, top), at(slot.x + bar_half, bottom.max(top + 1.0)));
            if flagged {
                backend.draw_rect(from, to, &BackendColor { alpha: 0.25, ..color(palette.actual) }, true)?;
                backend.draw_rect(from, to, &Stroke { color: color(palette.actual), width: line_width }, false)?;
            } else {
                backend.draw_rect(from, to, &color(palette.actual), true)?;
            }
        }
        points.push((at(slot.x, y), flagged));
    }
    if !data.bars {
        let stroke = Stroke { color: color(palette.actual), width: line_width };
        backend.draw_path(points.iter().map(|&(point, _)| point), &stroke)?;
        let radius = (3.5 * scale).round() as u32;
        for &(point, flagged) in &points {
            if flagged {
                backend.draw_circle(point, radius + 1, &color(palette.background), true)?;
                backend.draw_circle(point, radius + 1, &Stroke { color: color(palette.actual), width: line_width }, false)?;
            } else {
                backend.draw_circle(point, radius, &color(palette.actual), true)?;
            }
        }
    }

    // The expected path, dashed, where it is not the target line itself.
    if data.shows_expected() {
        let path: Vec<(f64, f64)> =
            data.expected.iter().filter_map(|&(year, value)| Some((layout.x(year)?, layout.y(value)))).collect();
        for pair in path.windows(2) {
            dashed(backend, pair[0], pair[1], palette.expected, line_width, 6.0 * scale)?;
        }
    }

    // The projection at the observed pace, dotted, from the latest point to the deadline.
    if let Some(((from_year, from), (to_year, to))) = data.projection {
        if let (Some(x0), Some(x1)) = (layout.x(from_year), layout.x(to_year)) {
            let (from, to) = ((x0, layout.y(from)), (x1, layout.y(super::within(to, layout.y_min, layout.y_max))));
            dashed(backend, from, to, palette.actual, line_width, 2.0 * scale)?;
        }
    }

    // The target line on top, labelled at its right end.
    if let Goal::Line(goal) = data.target {
        let y = layout.y(goal).round();
        let stroke = Stroke { color: color(palette.target), width: line_width };
        backend.draw_line(at(plot.x0, y), at(plot.x1, y), &stroke)?;
    }

    // Value labels last, each on a box of the background colour, so that no line
    // crosses the number.
    let halo = color(palette.background);
    for label in &layout.value_labels {
        let half = label.width / 2.0 + 2.0 * scale;
        backend.draw_rect(at(label.x - half, label.y - small * 1.05), at(label.x + half, label.y + scale), &halo, true)?;
        backend.draw_text(&label.text, &font(small, palette.text, HPos::Center, VPos::Bottom), at(label.x, label.y))?;
    }

    // Years along the bottom, and the axis title.
    for slot in &layout.slots {
        if let Some(label) = &slot.label {
            let style = font(small, palette.muted, HPos::Center, VPos::Top);
            backend.draw_text(label, &style, at(slot.x, plot.y1 + 6.0 * scale))?;
        }
    }
    let style = font(small, palette.muted, HPos::Right, VPos::Top);
    backend.draw_text(&data.labels.x_axis, &style, at(plot.x1, plot.y1 + small * 1.6 + 6.0 * scale))?;
    for line in &layout.footer {
        backend.draw_text(&line.text, &font(small, palette.muted, HPos::Left, VPos::Bottom), at(line.x, line.y))?;
    }
    backend.present()
}

/// A dashed line from `from` to `to`, dashes `dash` long.
fn dashed<DB: DrawingBackend>(backend: &mut DB, from: (f64, f64), to: (f64, f64), rgb: Rgb, width: u32, dash: f64) -> Drawn<DB> {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = (dx * dx + dy * dy).sqrt();
    if length < 1.0 {
        return Ok(());
    }
    let stroke = Stroke { color: color(rgb), width };
    let steps = (length / dash).ceil() as usize;
    for step in (0..steps).step_by(2) {
        let t0 = step as f64 * dash / length;
        let t1 = ((step + 1) as f64 * dash / length).min(1.0);
        backend.draw_line(
            at(from.0 + dx * t0, from.1 + dy * t0),
            at(from.0 + dx * t1, from.1 + dy * t1),
            &stroke,
        )?;
    }
    Ok(())
}
