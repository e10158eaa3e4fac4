//! A widget drawn natively (the CLI's `render`, and the chart snapshot tests): the SVG
//! with the context a download carries (title, status, target, clause, sources, date),
//! or the HTML fallback around the bare chart. The same layout and `draw_trend` as the
//! browser's canvas; only the backend differs.

use plotters_svg::SVGBackend;

use crate::chart::draw::draw_trend;
use crate::chart::layout::Estimate;
use crate::widget::Widget;

/// What `render` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The chart framed by its context, as the widget's PNG download.
    Svg,
    /// An HTML figure: title, status and sources as text, the bare chart, the table.
    Html,
}

/// `widget` at `width` CSS pixels; the chart's `height` is the config's, else it follows
/// the width as in the browser.
pub fn render(widget: &Widget, width: f64, height: Option<f64>, format: Format) -> Result<String, String> {
    let elder = widget.resolved.elder;
    let height = height.or(widget.resolved.height).unwrap_or_else(|| crate::chart::default_height(width, elder));
    let frame = format == Format::Svg;
    let mut layout = widget.layout(width, height, 1.0, elder, frame, &Estimate);
    let mut svg = String::new();
    {
        let size = (layout.width.round() as u32, layout.height.round() as u32);
        let mut backend = SVGBackend::with_string(&mut svg, size);
        // The estimate measures text narrower than a browser's CJK fonts draw it in SVG.
        layout.sizes.font_factor = 1.24;
        draw_trend(&mut backend, &widget.trend, &layout, &widget.palette(false)).map_err(|error| format!("drawing failed: {error}"))?;
    }
    Ok(match format {
        Format::Svg => svg,
        Format::Html => widget.fallback_html(&svg),
    })
}
