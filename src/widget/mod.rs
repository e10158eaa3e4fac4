//! A widget's whole content, computed from its config: the target, the assessment, the
//! words a citizen reads and the chart. The browser layer and the CLI both start here.
//!
//! The files: this one holds [`Widget`] and its construction, and the units its values
//! are written in; `summary` the words (status, explanation, goal, sources); `table` the
//! data as a table and as CSV; `tooltip` the points and their tooltips; `progress_bar`
//! the bar of a level, running total or change; `frame` an export's layout and the
//! context drawn around it; `fallback` the static HTML; `to_json` each view for the
//! loader.

mod fallback;
mod frame;
mod progress_bar;
mod summary;
mod table;
mod to_json;
mod tooltip;

use crate::catalog::Catalog;
use crate::chart::{Palette, TrendData};
use crate::config::{Config, ConfigError, Resolved, Theme};
use crate::i18n::{computed, number, signed_change, Lang};
use crate::progress::{assess, Assessment, Date, Inputs, Quantity};

pub use progress_bar::ProgressBar;
pub use summary::{SourceLine, Summary};
pub use table::Table;
pub use tooltip::Point;

/// Everything one widget shows.
#[derive(Clone, Debug)]
pub struct Widget {
    pub resolved: Resolved,
    pub assessment: Assessment,
    pub trend: TrendData,
}

/// The public code of a theme.
pub fn theme_code(theme: Theme) -> &'static str {
    match theme {
        Theme::Light => "light",
        Theme::Dark => "dark",
        Theme::Auto => "auto",
    }
}

/// The badge of illustrative figures.
pub fn illustrative_words(lang: Lang) -> &'static str {
    crate::i18n::control_word(lang, "illustrative")
}

impl Widget {
    /// Parses `config_json` and computes the widget. `today` and `page_lang` are what the
    /// config falls back to without `asOf` and `lang`.
    pub fn from_json(config_json: &str, today: Date, page_lang: Lang) -> Result<Widget, ConfigError> {
        let config = Config::parse(config_json)?;
        Widget::from_config(&config, today, page_lang)
    }

    pub fn from_config(config: &Config, today: Date, page_lang: Lang) -> Result<Widget, ConfigError> {
        match config.resolve(Catalog::builtin(), today, page_lang)? {
            crate::config::Resolution::Target(resolved) => Ok(Widget::of(resolved)),
            crate::config::Resolution::Plan(_) => Err(ConfigError::new("plan", "this config is a whole plan's: open it as a dashboard")),
        }
    }

    /// The widget of a resolved one-target config.
    pub fn of(resolved: Resolved) -> Widget {
        let inputs = Inputs {
            observations: &resolved.actual.values,
            benchmark: Some(&resolved.benchmark.values),
            as_of: resolved.as_of,
        };
        let assessment = assess(&resolved.plan, resolved.target(), inputs);
        let trend = TrendData::of(&resolved, &assessment);
        Widget { resolved, assessment, trend }
    }

    /// The config's `dataUrl`, still to be fetched.
    pub fn data_url(&self) -> Option<&str> {
        self.resolved.data_url.as_deref()
    }

    /// An observed value of the chart's series with its unit: a change signed in words
    /// (「上升2%」), others as they are (「7.9%」「128家」).
    pub fn value_text(&self, value: f64) -> String {
        match self.assessment.quantity {
            Quantity::Change => signed_change(value, self.zh_unit(), self.resolved.lang),
            _ => format!("{}{}", number(value, 2), self.unit()),
        }
    }

    /// A value the widget computed (on schedule, projected) with its unit: counts whole
    /// and approximate (「约128家」), changes signed.
    pub fn computed_text(&self, value: f64) -> String {
        let lang = self.resolved.lang;
        match self.assessment.quantity {
            Quantity::Change => signed_change(value, self.zh_unit(), lang),
            _ => format!("{}{}", computed(value, self.zh_unit(), lang), self.unit()),
        }
    }

    /// The unit of what the chart shows, as written after a number in the widget's
    /// language (「家」「%」, " pp", "").
    pub fn unit(&self) -> &str {
        &self.trend.unit
    }

    /// The same unit in Chinese, for the rules that depend on it (counts, 个百分点).
    fn zh_unit(&self) -> &str {
        &self.trend.unit_zh
    }

    /// The palette for `dark` (the page decides for `theme: auto`).
    pub fn palette(&self, dark: bool) -> Palette {
        if dark {
            Palette::dark()
        } else {
            Palette::light()
        }
    }
}
