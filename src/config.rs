//! The widget config: the JSON a page author writes in `<plan-meter config='…'>`.
//!
//! Parsed once at the edge into validated types; every problem becomes a [`ConfigError`]
//! that names its JSON path (`actuals.2019: invalid type: string "八", expected a number`).
//! Field names are a public contract.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::catalog::{check, Catalog, Plan, TargetKind};
use crate::i18n::Lang;
use crate::progress::{Date, Observations};

/// The config exactly as written, before validation.
#[derive(Clone, Debug, Default, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(title = "planmeter widget config"))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Config {
    /// The target to show, by catalog id (`ezhou-2018-2020.value-added-growth`).
    #[serde(default)]
    pub indicator: Option<String>,
    /// A whole plan, by id.
    #[serde(default)]
    pub plan: Option<String>,
    /// Observed values: `{"2018": 8.3}` for an indicator, or keyed by target id.
    #[serde(default)]
    pub actuals: Actuals,
    /// For `relative` targets: the quantity compared with, same shape as `actuals`
    /// (全市工业平均增速 by year).
    #[serde(default)]
    pub benchmark: Actuals,
    /// Where to fetch `actuals` from instead (JSON of the same shape).
    #[serde(default)]
    pub data_url: Option<String>,
    #[serde(default)]
    pub chart: ChartKind,
    /// `zh-CN` or `en`; the page's `<html lang>` when absent.
    #[serde(default)]
    pub lang: Option<Lang>,
    #[serde(default)]
    pub theme: Theme,
    /// 长者模式: large text, high contrast.
    #[serde(default)]
    pub elder: bool,
    /// The chart's height in CSS pixels (160–1200); by default it follows the width.
    #[serde(default)]
    pub height: Option<f64>,
    /// The date the status is judged at (`YYYY-MM-DD`); today when absent.
    #[serde(default)]
    pub as_of: Option<String>,
    /// Plans of one's own, in the catalog's schema.
    #[serde(default)]
    pub plans: Vec<Plan>,
}

/// Which chart to draw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
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

/// Colours: light, dark, or the reader's system preference.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    #[default]
    Light,
    Dark,
    Auto,
}

/// Observed values: one series (`{"2018": 8.3}`), or one series per target id
/// (`{"ezhou-2018-2020.value-added-growth": {"2018": 8.3}}`). A key that starts with a
/// digit is a year; any other key is a target id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Actuals {
    pub series: Observations,
    pub by_target: BTreeMap<String, Observations>,
}

impl Actuals {
    pub fn is_empty(&self) -> bool {
        self.series.is_empty() && self.by_target.is_empty()
    }
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

/// A series of observations, `{"2018": 8.3, "2019": 7.9}`.
struct Series(Observations);

impl<'de> Deserialize<'de> for Series {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Series, D::Error> {
        struct SeriesVisitor;
        impl<'de> Visitor<'de> for SeriesVisitor {
            type Value = Series;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of year → number, like {\"2019\": 7.9}")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Series, A::Error> {
                let mut series = Observations::new();
                while let Some(key) = map.next_key::<String>()? {
                    let year = parse_year(&key).map_err(de::Error::custom)?;
                    let value: f64 = map.next_value()?;
                    if series.insert(year, value).is_some() {
                        return Err(de::Error::custom(format!("year {year} is given twice")));
                    }
                }
                Ok(Series(series))
            }
        }
        deserializer.deserialize_map(SeriesVisitor)
    }
}

impl<'de> Deserialize<'de> for Actuals {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Actuals, D::Error> {
        struct ActualsVisitor;
        impl<'de> Visitor<'de> for ActualsVisitor {
            type Value = Actuals;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of year → number, or of target id → {year: number}")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Actuals, A::Error> {
                let mut actuals = Actuals::default();
                while let Some(key) = map.next_key::<String>()? {
                    if key.starts_with(|c: char| c.is_ascii_digit()) {
                        let year = parse_year(&key).map_err(de::Error::custom)?;
                        let value: f64 = map.next_value()?;
                        if actuals.series.insert(year, value).is_some() {
                            return Err(de::Error::custom(format!("year {year} is given twice")));
                        }
                    } else {
                        let Series(series) = map.next_value()?;
                        if actuals.by_target.insert(key.clone(), series).is_some() {
                            return Err(de::Error::custom(format!("`{key}` is given twice")));
                        }
                    }
                }
                Ok(actuals)
            }
        }
        deserializer.deserialize_map(ActualsVisitor)
    }
}

fn parse_year(key: &str) -> Result<i32, String> {
    match key.parse::<i32>() {
        Ok(year) if key.len() == 4 && check::YEARS.contains(&year) => Ok(year),
        _ => Err(format!("`{key}` is not a year (expected four digits, {}–{})", check::YEARS.start(), check::YEARS.end())),
    }
}

/// A problem with a config, at a JSON path (empty for the whole config).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    pub message: String,
}

impl ConfigError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> ConfigError {
        ConfigError { path: path.into(), message: message.into() }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Parses a config from JSON text.
    pub fn parse(json: &str) -> Result<Config, ConfigError> {
        if json.trim().is_empty() {
            return Err(ConfigError::new(
                "",
                r#"the config is empty; write at least {"indicator": "<target id>"}"#,
            ));
        }
        parse_json(json)
    }
}

/// Parses JSON text into `T`, with the path and a suggestion in every error.
pub fn parse_json<T: for<'de> Deserialize<'de>>(json: &str) -> Result<T, ConfigError> {
    let deserializer = &mut serde_json::Deserializer::from_str(json);
    let result: Result<T, _> = serde_path_to_error::deserialize(&mut *deserializer);
    let value = result.map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        let syntax = inner.is_syntax() || inner.is_eof();
        // A syntax error's line and column say where; a half-parsed path would not.
        let path = if path == "." || syntax && path.contains('?') { String::new() } else { path };
        let message = if syntax {
            format!("invalid JSON: {inner}")
        } else {
            // The path already says where; the line and column of a config written on
            // one line inside an attribute say nothing more.
            let location = format!(" at line {} column {}", inner.line(), inner.column());
            let message = inner.to_string().replace(&location, "");
            with_suggestion(&readable_types(&message))
        };
        ConfigError { path, message }
    })?;
    deserializer
        .end()
        .map_err(|error| ConfigError::new("", format!("invalid JSON: {error}")))?;
    Ok(value)
}

/// Says "a number" where serde says "f64".
fn readable_types(message: &str) -> String {
    message
        .replace("expected f64", "expected a number")
        .replace("expected a boolean", "expected true or false")
        .replace("expected i32", "expected a whole number")
}

/// Adds "did you mean" to serde's "unknown field `actual`, expected one of `a`, `b`".
fn with_suggestion(message: &str) -> String {
    let names: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let is_unknown = message.starts_with("unknown field") || message.starts_with("unknown variant");
    let (Some((unknown, candidates)), true) = (names.split_first(), is_unknown) else {
        return message.to_owned();
    };
    match closest(unknown, candidates.iter().copied()) {
        Some(best) => match message.split_once(", expected") {
            Some((head, rest)) => format!("{head} — did you mean `{best}`? (expected{rest})"),
            None => format!("{message} — did you mean `{best}`?"),
        },
        None => message.to_owned(),
    }
}

/// The candidate nearest to `wrong` when it is near enough to be a typo.
pub fn closest<'a>(wrong: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let wrong_lower = wrong.to_lowercase();
    candidates
        .map(|candidate| (strsim::damerau_levenshtein(&wrong_lower, &candidate.to_lowercase()), candidate))
        .filter(|&(distance, candidate)| distance <= (candidate.chars().count() / 3).max(1))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// A whole-plan config (`{"plan": "<id>", "actuals": {"<target id>": {…}}}`) resolved
/// against the catalog: every target's observations.
#[derive(Clone, Debug)]
pub struct ResolvedPlan {
    pub plan: Plan,
    pub observations: BTreeMap<String, Observations>,
    pub benchmarks: BTreeMap<String, Observations>,
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
            return Err(ConfigError::new("plan", format!("unknown plan `{plan_id}`{hint}")));
        };
        let as_of = match &self.as_of {
            Some(text) => text.parse::<Date>().map_err(|message| ConfigError::new("asOf", message))?,
            None => today,
        };
        let by_target = |field: &str, actuals: &Actuals| -> Result<BTreeMap<String, Observations>, ConfigError> {
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
            plan: plan.clone(),
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
    pub plan: Plan,
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
            return Err(ConfigError::new("height", format!("{height} is outside 160–1200 (CSS pixels)")));
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
            return Err(ConfigError::new("indicator", format!("unknown indicator `{indicator}`{hint}")));
        };
        let target_index = plan.targets.iter().position(|t| t.id == target.id).unwrap_or(0);
        let has_bar = matches!(target.kind, TargetKind::Level | TargetKind::Cumulative | TargetKind::Change);
        if self.chart == ChartKind::Dashboard {
            return Err(ConfigError::new("chart", "`dashboard` shows a whole plan: give `plan` instead of `indicator`"));
        }
        if self.chart == ChartKind::Progress && !has_bar {
            let kind = serde_json::to_value(target.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
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
            plan: plan.clone(),
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
