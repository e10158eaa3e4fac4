//! The browser layer: the only code that knows wasm-bindgen, web-sys or the DOM. Each
//! export is thin plumbing around [`crate::widget::Widget`]; `www/planmeter.js` owns the
//! element, its shadow root and its listeners.

mod canvas;

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::chart::draw::draw_trend;
use crate::chart::layout::{text_width, Measure};
use crate::chart::FONT_FAMILY;
use crate::i18n::number;
use crate::i18n::Lang;
use crate::json::Json;
use crate::progress::Date;
use crate::config::{Config, Resolution};
use crate::dashboard::PlanWidget;
use crate::widget::Widget;

thread_local! {
    /// The message of the last panic, for the widget that hit it to show.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs when the module is instantiated: a panic becomes a message the loader shows in
/// the widget that caused it, instead of a dead page.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        LAST_PANIC.with(|last| *last.borrow_mut() = Some(message));
    }));
}

/// The message of the panic behind the last `RuntimeError`, once.
#[wasm_bindgen(js_name = takePanic)]
pub fn take_panic() -> Option<String> {
    LAST_PANIC.with(|last| last.borrow_mut().take())
}

/// Bytes of linear memory the module holds: diagnostics (`stats()` in the loader) and
/// the leak checks of `make bench` and the tests. It only ever grows.
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size::<0>() * 65536) as f64
}

/// Test hook: panics on purpose, so tests can check that a bug stays inside one widget.
#[wasm_bindgen(js_name = __forcePanic)]
pub fn force_panic() {
    panic!("forced panic (test hook)");
}

/// The input limits (`src/limits.rs`) the loader checks before it hands text over:
/// `{configBytes, dataBytes}`.
#[wasm_bindgen]
pub fn limits() -> Result<JsValue, JsValue> {
    let limits = crate::json::Object::new()
        .field("configBytes", crate::limits::CONFIG_BYTES as f64)
        .field("dataBytes", crate::limits::DATA_BYTES as f64)
        .finish();
    to_js(&limits)
}

/// The words of the widget's controls in `lang` (`zh-CN` or `en`), for the loader.
#[wasm_bindgen]
pub fn words(lang: &str) -> Result<JsValue, JsValue> {
    let lang = if lang.to_ascii_lowercase().starts_with("en") { Lang::En } else { Lang::Zh };
    to_js(&crate::i18n::control_words(lang))
}

/// Hands over a catalog plan's file (`pkg/plans/<id>.<hash>.json`, fetched by the loader
/// with its hash checked): answers the plan's id. A plan already handed over stays.
#[wasm_bindgen(js_name = addPlan)]
pub fn add_plan(text: &str) -> Result<String, JsValue> {
    crate::catalog::Catalog::builtin().add(text).map(str::to_owned).map_err(|error| failure(Kind::Data, &format!("catalog plan: {error}")))
}

/// What went wrong, for the loader to word for the reader: the config (`config`), a data
/// file (`data`) or the widget itself (`internal`). Errors cross as JS `Error`s carrying
/// this in `kind`, not as a prefix of their message.
#[derive(Clone, Copy)]
enum Kind {
    Config,
    Data,
    Internal,
    /// The message is the id of a catalog plan to hand over (`addPlan`) first.
    Plan,
}

/// A JS `Error` with its `message` and its `kind`.
fn failure(kind: Kind, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    let kind = match kind {
        Kind::Config => "config",
        Kind::Data => "data",
        Kind::Internal => "internal",
        Kind::Plan => "plan",
    };
    // Setting a property on a fresh Error cannot fail; if it did, the kind reads as config.
    let _ = js_sys::Reflect::set(&error, &JsValue::from_str("kind"), &JsValue::from_str(kind));
    error.into()
}

/// One widget's parsed config and computed content — one target, or a whole plan's
/// dashboard; JS holds it while the element lives and calls `free()` when it goes.
#[wasm_bindgen(js_name = Widget)]
pub struct WebWidget {
    /// The config resolved, kept to take the values its `dataUrl` brings.
    resolution: Resolution,
    shown: Shown,
}

/// What a handle shows: one target's widget, or a whole plan's dashboard.
enum Shown {
    Target(Box<Widget>),
    Plan(PlanWidget),
}

impl WebWidget {
    fn of(resolution: Resolution) -> WebWidget {
        let shown = match resolution.clone() {
            Resolution::Target(resolved) => Shown::Target(Box::new(Widget::of(resolved))),
            Resolution::Plan(resolved) => Shown::Plan(PlanWidget::of(resolved)),
        };
        WebWidget { resolution, shown }
    }

    /// The one target shown; a dashboard shows one only through a tile (`open`).
    fn widget(&self) -> Result<&Widget, JsValue> {
        match &self.shown {
            Shown::Target(widget) => Ok(widget),
            Shown::Plan(_) => Err(failure(Kind::Internal, "a dashboard shows no single chart: open one of its tiles")),
        }
    }

    fn plan(&self) -> Result<&PlanWidget, JsValue> {
        match &self.shown {
            Shown::Plan(plan) => Ok(plan),
            Shown::Target(_) => Err(failure(Kind::Internal, "not a dashboard")),
        }
    }
}

#[wasm_bindgen(js_class = Widget)]
impl WebWidget {
    /// Parses `config` (JSON text). `today` (`YYYY-MM-DD`) and `page_lang` (the page's
    /// `<html lang>`) are the defaults for `asOf` and `lang`.
    #[wasm_bindgen(constructor)]
    pub fn new(config: &str, today: &str, page_lang: &str) -> Result<WebWidget, JsValue> {
        let today: Date = today.parse().map_err(|message: String| failure(Kind::Internal, &message))?;
        let page_lang = if page_lang.to_ascii_lowercase().starts_with("en") { Lang::En } else { Lang::Zh };
        let catalog = crate::catalog::Catalog::builtin();
        let config = Config::parse(config).map_err(|error| failure(Kind::Config, &error.to_string()))?;
        // A catalog plan not handed over yet: the loader fetches it and asks again.
        if let Some(plan) = config.missing_plan(catalog) {
            return Err(failure(Kind::Plan, plan));
        }
        let resolution = config.resolve(catalog, today, page_lang).map_err(|error| failure(Kind::Config, &error.to_string()))?;
        Ok(WebWidget::of(resolution))
    }

    /// Whether this is a whole plan's dashboard.
    #[wasm_bindgen(js_name = isDashboard)]
    pub fn is_dashboard(&self) -> bool {
        matches!(self.shown, Shown::Plan(_))
    }

    /// The dashboard: `{plan, title, counts, sections, tiles}`.
    pub fn dashboard(&self) -> Result<JsValue, JsValue> {
        to_js(&self.plan()?.view().to_json())
    }

    /// A dashboard's target as a widget of its own (the trend view a tile opens).
    pub fn open(&self, id: &str) -> Result<WebWidget, JsValue> {
        let widget = self.plan()?.target(id).cloned().ok_or_else(|| failure(Kind::Internal, &format!("no target `{}` in this plan", crate::json::shorten(id))))?;
        Ok(WebWidget { resolution: Resolution::Target(widget.resolved.clone()), shown: Shown::Target(Box::new(widget)) })
    }

    /// The config's `dataUrl`, for the loader to fetch; `undefined` when there is none.
    #[wasm_bindgen(js_name = dataUrl)]
    pub fn data_url(&self) -> Option<String> {
        self.resolution.data_url().map(str::to_owned)
    }

    /// Adds the observations the loader fetched from `dataUrl` (JSON or CSV text).
    #[wasm_bindgen(js_name = setActuals)]
    pub fn set_actuals(&mut self, text: &str) -> Result<(), JsValue> {
        let url = crate::json::shorten(self.resolution.data_url().unwrap_or_default());
        let fetched = crate::data::parse_data(text).map_err(|problems| {
            let shown: Vec<String> = problems.iter().take(5).map(ToString::to_string).collect();
            let more = problems.len().saturating_sub(5);
            let more = if more > 0 { format!("; and {more} more") } else { String::new() };
            failure(Kind::Data, &format!("dataUrl: {url}: {}{more}", shown.join("; ")))
        })?;
        let mut resolution = self.resolution.clone();
        resolution.merge_fetched(&fetched).map_err(|error| failure(Kind::Data, &format!("dataUrl: {url}: {error}")))?;
        *self = WebWidget::of(resolution);
        Ok(())
    }

    /// The words around the chart, as a plain object (see `Summary`).
    pub fn summary(&self) -> Result<JsValue, JsValue> {
        to_js(&self.widget()?.summary().to_json())
    }

    /// Sizes `canvas` to `width` × `height` CSS pixels (by default following the width) at
    /// `scale` device pixels each, draws the chart on it (`elder`: 长者模式, the config's or
    /// the page's), and returns the points for tooltips and keyboard moves, in CSS pixels.
    pub fn draw(&self, canvas: HtmlCanvasElement, width: f64, height: Option<f64>, scale: f64, dark: bool, elder: bool) -> Result<JsValue, JsValue> {
        let widget = self.widget()?;
        let context = context_of(&canvas)?;
        let height = height.unwrap_or_else(|| crate::chart::default_height(width, elder));
        let layout = widget.layout(width, height, scale, elder, false, &CanvasMeasure { context: context.clone() });
        canvas.set_width(layout.width.round() as u32);
        canvas.set_height(layout.height.round() as u32);
        // The element takes the height drawn (taller than asked where a plot too low to
        // read was made taller).
        let css = format!("{}px", crate::i18n::number(layout.height / layout.sizes.scale, 2));
        canvas.style().set_property("height", &css).map_err(|_| failure(Kind::Internal, "the canvas's height could not be set"))?;
        let mut backend = canvas::Canvas::new(canvas, context);
        draw_trend(&mut backend, &widget.trend, &layout, &widget.palette(dark))
            .map_err(|error| failure(Kind::Internal, &format!("drawing failed: {error}")))?;
        to_js(&crate::widget::Point::list_to_json(&widget.points(&layout)))
    }

    /// Draws the chart for a download on `canvas`, sized here: the chart `width` ×
    /// `height` CSS pixels at `scale`, with its context around it — 示例数据, title,
    /// status and figure, explanation; target, the plan and its clause, the data source,
    /// flags, the date judged — so that the image cites its sources wherever it goes.
    #[wasm_bindgen(js_name = drawExport)]
    pub fn draw_export(&self, canvas: HtmlCanvasElement, width: f64, height: f64, scale: f64, dark: bool, elder: bool) -> Result<(), JsValue> {
        let widget = self.widget()?;
        let context = context_of(&canvas)?;
        let layout = widget.layout(width, height, scale, elder, true, &CanvasMeasure { context: context.clone() });
        canvas.set_width(layout.width.round() as u32);
        canvas.set_height(layout.height.round() as u32);
        let mut backend = canvas::Canvas::new(canvas, context);
        draw_trend(&mut backend, &widget.trend, &layout, &widget.palette(dark))
            .map_err(|error| failure(Kind::Internal, &format!("drawing failed: {error}")))
    }

    /// The chart's data as a table: `{caption, columns, rows}`.
    pub fn table(&self) -> Result<JsValue, JsValue> {
        to_js(&self.widget()?.table().to_json())
    }

    /// The chart's data as CSV, for download.
    pub fn csv(&self) -> Result<String, JsValue> {
        Ok(self.widget()?.csv())
    }
}

/// The 2D context of `canvas`.
fn context_of(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, JsValue> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into().ok())
        .ok_or_else(|| failure(Kind::Internal, "the canvas has no 2D context"))
}

/// Text widths from the canvas's own `measureText`, cached: the same font the chart is
/// drawn with, and no layout of the page (plotters' measuring `<span>` is not used).
struct CanvasMeasure {
    context: CanvasRenderingContext2d,
}

/// The last few hundred widths measured, most recent last: the same labels recur on
/// every redraw. A small list, not a hash map: hashbrown alone was 7 KB of wasm.
const REMEMBERED_WIDTHS: usize = 512;

thread_local! {
    static WIDTHS: RefCell<Vec<(String, u32, f64)>> = const { RefCell::new(Vec::new()) };
}

impl Measure for CanvasMeasure {
    fn width(&self, text: &str, size: f64) -> f64 {
        let key = (size * 100.0).round() as u32;
        let known = WIDTHS.with(|widths| {
            widths.borrow().iter().rev().find(|(seen, seen_size, _)| *seen_size == key && seen == text).map(|&(_, _, width)| width)
        });
        if let Some(width) = known {
            return width;
        }
        self.context.set_font(&format!("normal {}px {FONT_FAMILY}", number(size, 2)));
        let width = self.context.measure_text(text).map_or_else(|_| text_width(text, size), |metrics| metrics.width());
        WIDTHS.with(|widths| {
            let mut widths = widths.borrow_mut();
            if widths.len() >= REMEMBERED_WIDTHS {
                widths.drain(..REMEMBERED_WIDTHS / 2);
            }
            widths.push((text.to_owned(), key, width));
        });
        width
    }
}

/// A view for JavaScript: JSON text, parsed by the engine's own `JSON.parse` (smaller
/// and faster than building the objects field by field across the boundary).
fn to_js(json: &Json) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&json.to_string()).map_err(|_| failure(Kind::Internal, "a view is not JSON"))
}

/// The editors' exports (`--features author`, built into `pkg-author/` for the
/// configurator's "paste a plan" tab; not in the widget's wasm).
#[cfg(feature = "author")]
mod author {
    use wasm_bindgen::prelude::*;

    use crate::catalog::check::{check_plan, to_fill, Rule};
    use crate::catalog::Plan;

    /// The values of `indicator` in a data file (JSON shaped like `actuals`, or a table:
    /// CSV or tab-separated, `year,value` or with an indicator column, optionally flag and
    /// source, headers in English or Chinese) as JSON text in the shape of `actuals`
    /// (`{"2018": 8.3, "2019": {"value": 7.9, "flag": "preliminary"}}`), for the
    /// configurator (here, in the editors' wasm, where problems are worded in Chinese too);
    /// with no indicator, every series keyed by target id. Problems are in `lang` (`zh-CN`
    /// or `en`), each naming its row.
    #[wasm_bindgen(js_name = actualsFromData)]
    pub fn actuals_from_data(text: &str, indicator: Option<String>, lang: Option<String>) -> Result<String, JsError> {
        let lang = if lang.is_some_and(|tag| tag.to_ascii_lowercase().starts_with("en")) { crate::i18n::Lang::En } else { crate::i18n::Lang::Zh };
        let shown = |problems: &[crate::json::ConfigError]| {
            let separator = lang.pick("；", "; ");
            JsError::new(&problems.iter().map(|problem| problem.message_in(lang == crate::i18n::Lang::Zh)).collect::<Vec<_>>().join(separator))
        };
        let actuals = crate::data::parse_data(text).map_err(|problems| shown(&problems))?;
        let json = crate::data::values_for(&actuals, indicator.as_deref()).map_err(|problem| shown(&[problem]))?;
        Ok(json.to_string())
    }

    /// Reads a statistical bulletin or work report for the plan `plan_json` (the plan's
    /// JSON): `{"data": <data file>, "review": {"matched": […], "unmatched": […]}}` (see
    /// `extract::bulletin::actuals`); an error for another region's text or one with no
    /// figures.
    #[wasm_bindgen(js_name = actualsFromBulletin)]
    pub fn actuals_from_bulletin(text: &str, plan_json: &str) -> Result<String, JsError> {
        let json = crate::json::parse(plan_json).map_err(|error| JsError::new(&format!("plan: {error}")))?;
        let plan = Plan::read(&json, "").map_err(|error| JsError::new(&format!("plan: {error}")))?;
        let (data, review) = crate::extract::bulletin::actuals(text, &plan).map_err(|error| JsError::new(&error))?;
        Ok(serde_json::json!({ "data": data, "review": review }).to_string())
    }

    /// Drafts a plan from its text: `{"plan": <plan>, "spans": [[start, end], …]}`, the
    /// spans in UTF-16 units (JavaScript string offsets) of each target's quote.
    #[wasm_bindgen(js_name = extractPlan)]
    pub fn extract_plan(text: &str, id: &str) -> String {
        let draft = crate::extract::extract(text, id);
        // Byte offsets to UTF-16 ones in one pass over the text (per span, it was
        // quadratic: seconds for a 1 MB paste).
        let mut ends: Vec<usize> = draft.spans.iter().flat_map(|span| [span.start, span.end]).collect();
        ends.sort_unstable();
        ends.dedup();
        let mut utf16_at = Vec::with_capacity(ends.len());
        let (mut units, mut next) = (0, 0);
        for (byte, character) in text.char_indices().chain(std::iter::once((text.len(), '\0'))) {
            while next < ends.len() && ends[next] == byte {
                utf16_at.push(units);
                next += 1;
            }
            units += character.len_utf16();
        }
        let utf16 = |byte: usize| ends.binary_search(&byte).map_or(0, |index| utf16_at[index]);
        let spans: Vec<[usize; 2]> = draft.spans.iter().map(|span| [utf16(span.start), utf16(span.end)]).collect();
        #[derive(serde::Serialize)]
        struct Out<'a> {
            plan: &'a Plan,
            spans: Vec<[usize; 2]>,
        }
        serde_json::to_string(&Out { plan: &draft.plan, spans }).unwrap_or_default()
    }

    /// Every problem of a plan (JSON text), and what is left to fill before it is
    /// published, as `[{"path", "message", "zh", "todo"}]` (`zh`: the same in Chinese;
    /// `todo`: English still to write, which does not stop the plan working). Empty when
    /// it is ready.
    #[wasm_bindgen(js_name = checkPlan)]
    pub fn check(text: &str) -> String {
        let problems: Vec<serde_json::Value> = match crate::json::parse(text).and_then(|json| Plan::read(&json, "")) {
            Err(error) => vec![serde_json::json!({ "path": error.path, "message": error.message, "zh": error.zh, "todo": false })],
            Ok(plan) => check_plan(&plan)
                .into_iter()
                .chain(to_fill(&plan))
                .map(|p| serde_json::json!({ "path": p.path, "message": p.message, "zh": p.zh(), "todo": p.rule == Rule::EnglishToWrite }))
                .collect(),
        };
        serde_json::Value::Array(problems).to_string()
    }

    /// A widget as the HTML a page puts inside its element, so that its chart shows before
    /// any script runs (and wherever scripts do not): the words, the chart as SVG, the
    /// table — `planmeter render --format html`, in the configurator. A catalog plan is
    /// handed over first (`addPlan`), as for a widget.
    #[wasm_bindgen]
    pub fn prerender(config: &str, today: &str, width: f64) -> Result<String, JsValue> {
        let today: crate::progress::Date = today.parse().map_err(|message: String| super::failure(super::Kind::Internal, &message))?;
        let widget = crate::widget::Widget::from_json(config, today, crate::i18n::Lang::Zh)
            .map_err(|error| super::failure(super::Kind::Config, &error.to_string()))?;
        crate::render::render(&widget, crate::chart::within(width, 120.0, 4000.0), None, crate::render::Format::Html).map_err(|message| super::failure(super::Kind::Internal, &message))
    }

    /// The names of the plan schema's enums with their words, `{kinds, comparisons,
    /// changeIn}`, each `[{"value", "zh", "en"}]`: the paste tab's lists, from the schema.
    #[wasm_bindgen(js_name = planEnums)]
    pub fn plan_enums() -> String {
        use crate::catalog::{ChangeIn, Comparison, TargetKind};
        use crate::json::Named;
        fn list<T: Named>(words: impl Fn(T) -> (&'static str, &'static str)) -> Vec<serde_json::Value> {
            T::NAMES.iter().map(|&(value, item)| { let (zh, en) = words(item); serde_json::json!({ "value": value, "zh": zh, "en": en }) }).collect()
        }
        serde_json::json!({
            "kinds": list::<TargetKind>(TargetKind::words),
            "comparisons": list::<Comparison>(Comparison::words),
            "changeIn": list::<ChangeIn>(ChangeIn::words),
        })
        .to_string()
    }
}
