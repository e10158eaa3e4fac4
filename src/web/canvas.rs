//! A plotters `DrawingBackend` on a 2D canvas context: what `plotters-canvas` does, for
//! the calls `chart::draw` makes, without its float formatting (`format!("{}", f64)` for
//! every colour and font). That formatting alone pulled ~30 KB of float-printing code
//! and tables into the wasm — measured with twiggy — a sixth of the size budget.

use std::fmt;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::i18n::number;

/// A canvas call that threw (the context was lost, say).
#[derive(Debug)]
pub struct CanvasError;

impl fmt::Display for CanvasError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a canvas call failed")
    }
}

impl std::error::Error for CanvasError {}

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

pub struct Canvas {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
}

impl Canvas {
    pub fn new(canvas: HtmlCanvasElement, context: CanvasRenderingContext2d) -> Canvas {
        Canvas { canvas, context }
    }

    fn stroke_style(&self, style: &impl BackendStyle) {
        self.context.set_stroke_style_str(&css_color(style.color()));
        self.context.set_line_width(f64::from(style.stroke_width()));
    }

    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>) {
        self.context.begin_path();
        for (index, (x, y)) in points.into_iter().enumerate() {
            if index == 0 {
                self.context.move_to(x.into(), y.into());
            } else {
                self.context.line_to(x.into(), y.into());
            }
        }
    }
}

/// `#0072b2`, or `rgba(0,114,178,0.15)` when translucent.
fn css_color(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    if color.alpha >= 1.0 {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut text = String::from("#");
        for channel in [r, g, b] {
            text.push(HEX[usize::from(channel >> 4)] as char);
            text.push(HEX[usize::from(channel & 15)] as char);
        }
        text
    } else {
        format!("rgba({r},{g},{b},{})", number(color.alpha, 3))
    }
}

impl DrawingBackend for Canvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        self.context.set_fill_style_str(&css_color(color));
        self.context.fill_rect(x.into(), y.into(), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        // A horizontal or vertical line of odd width sits on the pixel grid's half
        // points, or it blurs across two rows.
        let odd = style.stroke_width() % 2 == 1;
        let shift = |vertical: bool| if odd && vertical { 0.5 } else { 0.0 };
        let (dx, dy) = (shift(from.0 == to.0), shift(from.1 == to.1));
        self.stroke_style(style);
        self.context.begin_path();
        self.context.move_to(f64::from(from.0) + dx, f64::from(from.1) + dy);
        self.context.line_to(f64::from(to.0) + dx, f64::from(to.1) + dy);
        self.context.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(&mut self, (x0, y0): BackendCoord, (x1, y1): BackendCoord, style: &S, fill: bool) -> Drawn {
        let (x, y, width, height) = (x0.into(), y0.into(), f64::from(x1 - x0), f64::from(y1 - y0));
        if fill {
            self.context.set_fill_style_str(&css_color(style.color()));
            self.context.fill_rect(x, y, width, height);
        } else {
            self.stroke_style(style);
            self.context.stroke_rect(x, y, width, height);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        self.stroke_style(style);
        self.trace(path);
        self.context.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        self.context.set_fill_style_str(&css_color(style.color()));
        self.trace(path);
        self.context.close_path();
        self.context.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, (x, y): BackendCoord, radius: u32, style: &S, fill: bool) -> Drawn {
        self.context.begin_path();
        self.context
            .arc(x.into(), y.into(), radius.into(), 0.0, std::f64::consts::TAU)
            .map_err(|_| DrawingErrorKind::DrawingError(CanvasError))?;
        if fill {
            self.context.set_fill_style_str(&css_color(style.color()));
            self.context.fill();
        } else {
            self.stroke_style(style);
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, (x, y): BackendCoord) -> Drawn {
        let anchor = style.anchor();
        self.context.set_text_align(match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        self.context.set_text_baseline(match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        self.context.set_fill_style_str(&css_color(style.color()));
        self.context.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            number(style.size(), 2),
            style.family().as_str()
        ));
        self.context
            .fill_text(text, x.into(), y.into())
            .map_err(|_| DrawingErrorKind::DrawingError(CanvasError))
    }
}
