//! The widget config: the JSON a page author writes in `<plan-meter config='…'>`.
//!
//! Parsed once at the edge into validated types; every problem becomes a [`ConfigError`]
//! that names its JSON path (`actuals.2019: invalid type: string "八", expected a number`).
//! Field names are a public contract.

use crate::sorted::SortedMap;
use std::sync::Arc;

use crate::catalog::{check, Catalog, Plan, TargetKind};
use crate::i18n::Lang;
use crate::json::{self, Fields, Json, Named};
use crate::progress::{Date, Observations};

pub use crate::json::{closest, ConfigError};

/// The config exactly as written, before validation.
#[derive(Clone, Debug, Default)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(schemars::JsonSchema),
    schemars(title = "planmeter widget config", rename_all = "camelCase", deny_unknown_fields)
)]
pub struct Config {
    /// The target to show, by catalog id (`ezhou-2018-2020.value-added-growth`).
    pub indicator: Option<String>,
    /// A whole plan, by id.
    pub plan: Option<String>,
    /// Observed values: `{"2018": 8.3}` for an indicator, or keyed by target id.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(default))]
    pub actuals: Actuals,
    /// For `relative` targets: the quantity compared with, same shape as `actuals`
    /// (全市工业平均增速 by year).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(default))]
    pub benchmark: Actuals,
    /// Where to fetch `actuals` from instead (JSON of the same shape).
    pub data_url: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(default))]
    pub chart: ChartKind,
    /// `zh-CN` or `en`; the page's `<html lang>` when absent.
    pub lang: Option<Lang>,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(default))]
    pub theme: Theme,
    /// 长者模式: large text, high contrast.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(default))]
    pub elder: bool,
    /// The chart's height in CSS pixels (160–1200); by default it follows the width.
    pub height: Option<f64>,
    /// The date the status is judged at (`YYYY-MM-DD`); today when absent.
    pub as_of: Option<String>,
    /// Plans of one's own, in the catalog's schema.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(default))]
    pub plans: Vec<Plan>,
}

/// Which chart to draw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema), schemars(rename_all = "kebab-case"))]
pub enum ChartKind {
    /// Chosen by the kind of target.
    #[default]
    Auto,
    /// Values per year against the target.
    Trend,
    /// The accessible data table alone.
    Table,
    /// A progress bar alone (level, cumulative and change targets).
    Progress,
    /// A whole plan's tiles (with `plan`; `auto` does the same).
    Dashboard,
}

impl Named for ChartKind {
    const NAMES: &'static [(&'static str, ChartKind)] = &[
        ("auto", ChartKind::Auto),
        ("trend", ChartKind::Trend),
        ("table", ChartKind::Table),
        ("progress", ChartKind::Progress),
        ("dashboard", ChartKind::Dashboard),
    ];
}

/// Colours: light, dark, or the reader's system preference.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema), schemars(rename_all = "kebab-case"))]
pub enum Theme {
    #[default]
    Light,
    Dark,
    Auto,
}

impl Named for Theme {
    const NAMES: &'static [(&'static str, Theme)] = &[("light", Theme::Light), ("dark", Theme::Dark), ("auto", Theme::Auto)];
}

/// Observed values: one series (`{"2018": 8.3}`), or one series per target id
/// (`{"ezhou-2018-2020.value-added-growth": {"2018": 8.3}}`). A key that starts with a
/// digit or a sign is a year; any other key is a target id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Actuals {
    pub series: Observations,
    pub by_target: SortedMap<String, Observations>,
}

impl Actuals {
    pub fn is_empty(&self) -> bool {
        self.series.is_empty() && self.by_target.is_empty()
    }

    /// Reads `{"2018": 8.3}` or `{"<target id>": {"2018": 8.3}}` (or both mixed).
    pub fn read(json: &Json, path: &str) -> Result<Actuals, ConfigError> {
        let Json::Object(entries) = json else {
            return Err(json::invalid(json, path, "an object of year → number, or of target id → {year: number}"));
        };
        let mut actuals = Actuals::default();
        for (key, value) in entries {
            if key.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+') {
                read_year(&mut actuals.series, key, value, path)?;
            } else {
                actuals.by_target.insert(key.clone(), read_series(value, &json::join(path, key))?);
            }
        }
        Ok(actuals)
    }
}

/// A series of observations, `{"2018": 8.3, "2019": 7.9}`.
fn read_series(json: &Json, path: &str) -> Result<Observations, ConfigError> {
    let Json::Object(entries) = json else {
        return Err(json::invalid(json, path, "an object of year → number, like {\"2019\": 7.9}"));
    };
    let mut series = Observations::new();
    for (key, value) in entries {
        read_year(&mut series, key, value, path)?;
    }
    Ok(series)
}

/// One `"2019": 7.9` of an object at `path` into `series`.
fn read_year(series: &mut Observations, key: &str, value: &Json, path: &str) -> Result<(), ConfigError> {
    let year = parse_year(key).map_err(|message| ConfigError::new(path, message))?;
    series.insert(year, json::as_number(value, &json::join(path, key))?);
    Ok(())
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Actuals {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Actuals".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Values by year ({\"2019\": 7.9}), or by target id for a plan ({\"<target id>\": {\"2019\": 7.9}}).",
            "type": "object",
            "patternProperties": {
                "^[0-9]{4}$": { "type": "number" },
                "^[a-z0-9-]+\\.[a-z0-9-]+$": {
                    "type": "object",
                    "patternProperties": { "^[0-9]{4}$": { "type": "number" } },
                    "additionalProperties": false
                }
            },
            "additionalProperties": false
        })
    }
}

fn parse_year(key: &str) -> Result<i32, String> {
    match key.parse::<i32>() {
        Ok(year) if key.len() == 4 && check::YEARS.contains(&year) => Ok(year),
        _ => Err(format!("`{}` is not a year (expected four digits, {}–{})", json::shorten(key), check::YEARS.start(), check::YEARS.end())),
    }
}

impl Config {
    /// Parses a config from JSON text.
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        if text.trim().is_empty() {
            return Err(ConfigError::new(
                "",
                r#"the config is empty; write at least {"indicator": "<target id>"}"#,
            ));
        }
        Config::read(&json::parse(text)?)
    }

    /// Reads a parsed config; every error names its path.
    pub fn read(json: &Json) -> Result<Config, ConfigError> {
        const FIELDS: &[&str] = &[
            "indicator", "plan", "actuals", "benchmark", "dataUrl", "chart", "lang", "theme", "elder", "height", "asOf", "plans",
        ];
        let fields = Fields::of(json, "", "a config object {\"indicator\": …}", FIELDS)?;
        let actuals = |key: &str| fields.get(key).map(|json| Actuals::read(json, key)).transpose().map(Option::unwrap_or_default);
        let lang = match fields.get("lang") {
            None => None,
            Some(json) => Some(Lang::read(json, "lang")?),
        };
        Ok(Config {
            indicator: fields.opt_string("indicator")?,
            plan: fields.opt_string("plan")?,
            actuals: actuals("actuals")?,
            benchmark: actuals("benchmark")?,
            data_url: fields.opt_string("dataUrl")?,
            chart: fields.choice("chart", ChartKind::NAMES)?.unwrap_or_default(),
            lang,
            theme: fields.choice("theme", Theme::NAMES)?.unwrap_or_default(),
            elder: fields.flag("elder")?,
            height: fields.opt_number("height")?,
            as_of: fields.opt_string("asOf")?,
            plans: fields.list("plans", Plan::read)?,
        })
    }
}

/// A whole-plan config (`{"plan": "<id>", "actuals": {"<target id>": {…}}}`) resolved
/// against the catalog: every target's observations.
#[derive(Clone, Debug)]
pub struct ResolvedPlan {
    /// Shared with the catalog and the plan's other widgets: one copy, however many.
    pub plan: Arc<Plan>,
    pub observations: SortedMap<String, Observations>,
    pub benchmarks: SortedMap<String, Observations>,
    pub lang: Lang,
    pub as_of: Date,
}

impl Config {
    /// Checks a whole-plan config: the plan exists (inline `plans` first), and `actuals`
    /// and `benchmark` are keyed by ids of its targets.
    pub fn resolve_plan(&self, catalog: &Catalog, today: Date, page_lang: Lang) -> Result<ResolvedPlan, ConfigError> {
        for (index, plan) in self.plans.iter().enumerate() {
            if let Some(problem) = check::check_plan(plan).into_iter().next() {
                return Err(ConfigError::new(format!("plans[{index}].{}", problem.path), problem.message));
            }
        }
        let Some(plan_id) = &self.plan else {
            return Err(ConfigError::new("", "the config needs `plan` (a plan id)"));
        };
        if self.indicator.is_some() {
            return Err(ConfigError::new("indicator", "give either `plan` or `indicator`, not both"));
        }
        if !matches!(self.chart, ChartKind::Auto | ChartKind::Dashboard) {
            return Err(ConfigError::new("chart", "a whole plan is shown as a `dashboard`; its tiles open each target's chart"));
        }
        let inline = Catalog::new(self.plans.clone());
        let Some(plan) = inline.plan(plan_id).or_else(|| catalog.plan(plan_id)) else {
            let known = inline.plans().iter().chain(catalog.plans()).map(|plan| plan.id.as_str());
            let hint = closest(plan_id, known).map(|best| format!("; did you mean `{best}`?")).unwrap_or_default();
            return Err(ConfigError::new("plan", format!("unknown plan `{}`{hint}", json::shorten(plan_id))));
        };
        let as_of = match &self.as_of {
            Some(text) => text.parse::<Date>().map_err(|message| ConfigError::new("asOf", message))?,
            None => today,
        };
        let by_target = |field: &str, actuals: &Actuals| -> Result<SortedMap<String, Observations>, ConfigError> {
            if !actuals.series.is_empty() {
                return Err(ConfigError::new(
                    field,
                    format!(r#"a plan config keys `{field}` by target id: {{"<target id>": {{"2019": 7.9}}}}"#),
                ));
            }
            for id in actuals.by_target.keys() {
                if !plan.targets.iter().any(|target| &target.id == id) {
                    let ids = plan.targets.iter().map(|target| target.id.as_str());
                    let hint = closest(id, ids).map(|best| format!("; did you mean `{best}`?")).unwrap_or_default();
                    return Err(ConfigError::new(format!("{field}.{id}"), format!("`{plan_id}` has no target `{id}`{hint}")));
                }
            }
            Ok(actuals.by_target.clone())
        };
        Ok(ResolvedPlan {
            plan: Arc::clone(plan),
            observations: by_target("actuals", &self.actuals)?,
            benchmarks: by_target("benchmark", &self.benchmark)?,
            lang: self.lang.unwrap_or(page_lang),
            as_of,
        })
    }
}

/// A config resolved against the catalog: what a widget shows.
#[derive(Clone, Debug)]
pub struct Resolved {
    pub plan: Arc<Plan>,
    pub target_index: usize,
    pub observations: Observations,
    /// The comparison series of a `relative` target (empty when none was given).
    pub benchmark: Observations,
    /// Where more observations are to be fetched from; `None` once they are in.
    pub data_url: Option<String>,
    pub chart: ChartKind,
    pub lang: Lang,
    pub theme: Theme,
    pub elder: bool,
    pub height: Option<f64>,
    pub as_of: Date,
}

impl Resolved {
    pub fn target(&self) -> &crate::catalog::Target {
        &self.plan.targets[self.target_index]
    }
}

impl Config {
    /// Checks the config and looks its indicator up, in the inline `plans` first and then
    /// in `catalog`. `today` is the as-of date when the config gives none; `page_lang`
    /// the language when it gives none.
    pub fn resolve(&self, catalog: &Catalog, today: Date, page_lang: Lang) -> Result<Resolved, ConfigError> {
        for (index, plan) in self.plans.iter().enumerate() {
            if let Some(problem) = check::check_plan(plan).into_iter().next() {
                return Err(ConfigError::new(format!("plans[{index}].{}", problem.path), problem.message));
            }
        }
        let as_of = match &self.as_of {
            Some(text) => text.parse::<Date>().map_err(|message| ConfigError::new("asOf", message))?,
            None => today,
        };
        if let Some(height) = self.height.filter(|height| !(160.0..=1200.0).contains(height)) {
            return Err(ConfigError::new("height", format!("{} is outside 160–1200 (CSS pixels)", json::format_decimal(height, 10))));
        }
        if self.plan.is_some() {
            return Err(ConfigError::new("plan", "this config is a whole plan's: open it as a dashboard"));
        }
        let Some(indicator) = &self.indicator else {
            return Err(ConfigError::new("", "the config needs `indicator` (a target id)"));
        };
        let inline = Catalog::new(self.plans.clone());
        let found = inline.target(indicator).or_else(|| catalog.target(indicator));
        let Some((plan, target)) = found else {
            let known = inline.target_ids().chain(catalog.target_ids());
            let hint = match closest(indicator, known) {
                Some(best) => format!("; did you mean `{best}`?"),
                None => String::new(),
            };
            return Err(ConfigError::new("indicator", format!("unknown indicator `{}`{hint}", json::shorten(indicator))));
        };
        let target_index = plan.targets.iter().position(|t| t.id == target.id).unwrap_or(0);
        let has_bar = matches!(target.kind, TargetKind::Level | TargetKind::Cumulative | TargetKind::Change);
        if self.chart == ChartKind::Dashboard {
            return Err(ConfigError::new("chart", "`dashboard` shows a whole plan: give `plan` instead of `indicator`"));
        }
        if self.chart == ChartKind::Progress && !has_bar {
            let kind = target.kind.name();
            return Err(ConfigError::new(
                "chart",
                format!("`progress` is for level, cumulative and change targets; `{indicator}` is `{kind}`: use `trend`"),
            ));
        }
        if let Some(other) = self.actuals.by_target.keys().find(|id| *id != indicator) {
            return Err(ConfigError::new(
                format!("actuals.{other}"),
                format!("this widget shows `{indicator}`; give its values as {{\"2019\": 7.9}}"),
            ));
        }
        let mut observations = self.actuals.series.clone();
        if let Some(series) = self.actuals.by_target.get(indicator) {
            observations.extend(series);
        }
        let mut benchmark = self.benchmark.series.clone();
        if let Some(series) = self.benchmark.by_target.get(indicator) {
            benchmark.extend(series);
        }
        Ok(Resolved {
            plan: Arc::clone(plan),
            target_index,
            observations,
            benchmark,
            data_url: self.data_url.clone(),
            chart: self.chart,
            lang: self.lang.unwrap_or(page_lang),
            theme: self.theme,
            elder: self.elder,
            height: self.height,
            as_of,
        })
    }
}
