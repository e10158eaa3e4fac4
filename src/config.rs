//! The widget config: the JSON a page author writes in `<plan-meter config='…'>`.
//!
//! Parsed once at the edge into validated types; every problem becomes a [`ConfigError`]
//! that names its JSON path (`actuals.2019: invalid type: string "八", expected a number`).
//! Field names are a public contract.

use crate::sorted::SortedMap;
use std::sync::Arc;

use crate::catalog::{check, Catalog, Lookup, Plan, TargetKind};
use crate::i18n::Lang;
use crate::json::{self, json_object, Fields, Json, Named, Read};
use crate::limits;
use crate::progress::Date;
use crate::provenance::{Series, Source};

pub use crate::json::{closest, ConfigError};

json_object! {
    /// The widget config, as written: the JSON of `<plan-meter config='…'>` and of
    /// `mount()`.
    #[derive(Clone, Debug, Default)]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        derive(schemars::JsonSchema),
        schemars(title = "planmeter widget config", deny_unknown_fields)
    )]
    pub struct Config as "a config object {\"indicator\": …}" (schemars) {
        ..
        /// What the widget shows: one target (`indicator`) or a whole plan (`plan`).
        #[cfg_attr(not(target_arch = "wasm32"), schemars(flatten, with = "SubjectFields"))]
        pub subject: Option<Subject> = SubjectFields => Subject::of;
        /// Observed values: `{"2018": 8.3}` for an indicator, or keyed by target id.
        #[cfg_attr(not(target_arch = "wasm32"), schemars(default))]
        pub actuals: Actuals = "actuals",
        /// For `relative` targets: the quantity compared with, same shape as `actuals`
        /// (全市工业平均增速 by year).
        #[cfg_attr(not(target_arch = "wasm32"), schemars(default))]
        pub benchmark: Actuals = "benchmark",
        /// An http(s) URL of JSON shaped like `actuals` (or `{"source": {…}, "values": {…}}`),
        /// or of CSV with `indicator,year,value` and optionally `flag`, `source`. On the
        /// page's own origin; another only when the page names it in
        /// `<meta name="planmeter-data-origins">`.
        pub data_url: Option<String> = "dataUrl" => read_data_url,
        #[cfg_attr(not(target_arch = "wasm32"), schemars(default))]
        pub chart: ChartKind = "chart" => json::or_default,
        /// `zh-CN` or `en` (any `zh…` or `en…` tag); the page's `<html lang>` when absent.
        pub lang: Option<Lang> = "lang",
        #[cfg_attr(not(target_arch = "wasm32"), schemars(default))]
        pub theme: Theme = "theme" => json::or_default,
        /// 长者模式: large text, high contrast. A page switches it for every widget with
        /// `<html class="elder">`.
        #[cfg_attr(not(target_arch = "wasm32"), schemars(default))]
        pub elder: bool = "elder",
        /// The chart's height in CSS pixels (160–1200); by default it follows the width.
        pub height: Option<f64> = "height",
        /// The date the status is judged at (`YYYY-MM-DD`); the reader's today when absent.
        pub as_of: Option<String> = "asOf",
        /// Plans of one's own, in the catalog's schema.
        #[cfg_attr(not(target_arch = "wasm32"), schemars(default))]
        pub plans: Vec<Plan> = "plans" => read_plans,
        /// Where the figures come from, shown under the plan's clause as 数据来源 and in
        /// every export: `{"name": "鄂州市统计局《…统计公报》", "url": "https://…",
        /// "published": "2020-04-10", "note": "…"}`.
        pub source: Option<Source> = "source",
        /// The figures are illustrative (示例数据), not official statistics: a badge on the
        /// widget, its tiles and every export says so.
        #[cfg_attr(not(target_arch = "wasm32"), schemars(default))]
        pub illustrative: bool = "illustrative",
    }
}

/// What a config shows: one target, by id, or a whole plan as a dashboard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    Target(String),
    Plan(String),
}

json_object! {
    /// The two fields that say what a config shows, one or the other.
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    pub struct SubjectFields as "an object" (schemars) {
        /// The target to show, by catalog id (`ezhou-2018-2020.value-added-growth`).
        indicator: Option<String> = "indicator",
        /// A whole plan, by id.
        plan: Option<String> = "plan",
    }
}

impl Subject {
    /// The subject a config's `indicator` or `plan` names.
    fn of(fields: SubjectFields, _: &Fields<'_>) -> Result<Option<Subject>, ConfigError> {
        match (fields.indicator, fields.plan) {
            (Some(_), Some(_)) => Err(ConfigError::new("indicator", "give either `plan` or `indicator`, not both")),
            (Some(indicator), None) => Ok(Some(Subject::Target(indicator))),
            (None, Some(plan)) => Ok(Some(Subject::Plan(plan))),
            (None, None) => Ok(None),
        }
    }
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
/// digit or a sign is a year; any other key is a target id. A value is a number, or
/// `{"value": 7.9, "flag": "preliminary"}`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Actuals {
    pub series: Series,
    pub by_target: SortedMap<String, Series>,
    /// A data file's own `source` (`{"source": {…}, "values": {…}}`); configs give theirs
    /// at the top level.
    pub source: Option<Source>,
}

/// Absent: no values.
impl Read for Actuals {
    fn read(json: &Json, path: &str) -> Result<Actuals, ConfigError> {
        Actuals::read(json, path)
    }

    fn absent(_: &Fields<'_>, _: &str) -> Result<Actuals, ConfigError> {
        Ok(Actuals::default())
    }
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
        let ids = entries.iter().filter(|(key, _)| !is_year_key(key)).count();
        if ids > limits::DATA_IDS {
            return Err(ConfigError::new(
                path,
                format!("{} target ids; at most {} are taken", limits::grouped(ids), limits::grouped(limits::DATA_IDS)),
            ));
        }
        // Read in key order: every id appended to the map, none inserted in the middle
        // (40,000 ids in descending order took seconds).
        let order = crate::sorted::order_by(entries.len(), &|a, b| entries[a].0.cmp(&entries[b].0));
        for index in order {
            let (key, value) = &entries[index];
            if is_year_key(key) {
                actuals.series.read_year(key, value, path)?;
            } else {
                actuals.by_target.insert(key.clone(), Series::read(value, &json::join(path, key))?);
            }
        }
        Ok(actuals)
    }

    /// The values of `id`: the plain series, then the series keyed by `id` on top.
    pub fn of(&self, id: &str) -> Series {
        let mut series = self.series.clone();
        if let Some(own) = self.by_target.get(id) {
            series.extend(own);
        }
        series
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Actuals {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Actuals".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let observation = schemars::json_schema!({
            "oneOf": [{ "type": "number" }, generator.subschema_for::<crate::provenance::MarkedValue>()]
        });
        schemars::json_schema!({
            "description": "Values by year ({\"2019\": 7.9}), or by target id for a plan ({\"<target id>\": {\"2019\": 7.9}}). A value is a number, or {\"value\": 7.9, \"flag\": \"preliminary\"} (flag: preliminary 初步核算, estimate 预计, revised 修订; source: that value's own source, at most 200 characters).",
            "type": "object",
            "patternProperties": {
                "^[0-9]{4}$": observation,
                "^[a-z0-9-]+\\.[a-z0-9-]+$": {
                    "type": "object",
                    "patternProperties": { "^[0-9]{4}$": observation },
                    "additionalProperties": false
                }
            },
            "additionalProperties": false
        })
    }
}

/// A key that starts with a digit or a sign is a year; any other is a target id.
fn is_year_key(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+')
}

/// A date a config or data file gives (`asOf`, `published`): `YYYY-MM-DD`, 1900–2100.
pub fn read_date(text: &str, path: &str) -> Result<Date, ConfigError> {
    let date = text.parse::<Date>().map_err(|message| ConfigError::new(path, message))?;
    if !(1900..=2100).contains(&date.year) {
        return Err(ConfigError::new(path, format!("{date} is outside the years 1900–2100")));
    }
    Ok(date)
}

pub fn parse_year(key: &str) -> Result<i32, String> {
    match key.parse::<i32>() {
        Ok(year) if key.len() == 4 && check::YEARS.contains(&year) => Ok(year),
        _ => Err(format!("`{}` is not a year (expected four digits, {}–{})", json::shorten(key), check::YEARS.start(), check::YEARS.end())),
    }
}

impl Config {
    /// Parses a config from JSON text.
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        if text.len() > limits::CONFIG_BYTES {
            return Err(ConfigError::new(
                "",
                format!("the config is {} bytes; at most {} are taken", limits::grouped(text.len()), limits::grouped(limits::CONFIG_BYTES)),
            ));
        }
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
        <Config as Read>::read(json, "")
    }
}

/// `dataUrl`: an address, not empty, not absurdly long.
fn read_data_url(fields: &Fields<'_>, key: &str) -> Result<Option<String>, ConfigError> {
    match fields.read::<Option<String>>(key)? {
        Some(url) if url.trim().is_empty() => {
            Err(ConfigError::new(key, "is empty: give the address of a data file, or leave `dataUrl` out"))
        }
        Some(url) if url.chars().count() > limits::URL_CHARS => {
            Err(ConfigError::new(key, format!("`{}` is over {} characters", json::shorten(&url), limits::URL_CHARS)))
        }
        other => Ok(other),
    }
}

/// The inline `plans`, no more of them, nor of their targets, than the limits take.
fn read_plans(fields: &Fields<'_>, key: &str) -> Result<Vec<Plan>, ConfigError> {
    if let Some(Json::Array(plans)) = fields.get("plans") {
        if plans.len() > limits::PLANS {
            return Err(ConfigError::new("plans", format!("{} plans; at most {} are taken", plans.len(), limits::PLANS)));
        }
        for (index, plan) in plans.iter().enumerate() {
            let Json::Object(entries) = plan else { continue };
            if let Some((_, Json::Array(targets))) = entries.iter().find(|(key, _)| key == "targets") {
                if targets.len() > limits::PLAN_TARGETS {
                    return Err(ConfigError::new(
                        format!("plans[{index}].targets"),
                        format!("{} targets; at most {} are taken", limits::grouped(targets.len()), limits::grouped(limits::PLAN_TARGETS)),
                    ));
                }
            }
        }
    }
    fields.read(key)
}

/// A config resolved against the catalog: one target's widget, or a whole plan's.
#[derive(Clone, Debug)]
pub enum Resolution {
    Target(Resolved),
    Plan(ResolvedPlan),
}

impl Resolution {
    /// The config's `dataUrl`, still to be fetched.
    pub fn data_url(&self) -> Option<&str> {
        match self {
            Resolution::Target(resolved) => resolved.data_url.as_deref(),
            Resolution::Plan(resolved) => resolved.data_url.as_deref(),
        }
    }

    /// Adds the values a data file brought: the one place fetched data joins a config's
    /// (values given inline win for the same year).
    pub fn merge_fetched(&mut self, fetched: &Actuals) -> Result<(), ConfigError> {
        match self {
            Resolution::Target(resolved) => {
                // A file of other targets only would show nothing, unexplained.
                crate::data::values_for(fetched, Some(&resolved.target().id))?;
                resolved.merge_fetched(fetched);
                Ok(())
            }
            Resolution::Plan(resolved) => resolved.merge_fetched(fetched),
        }
    }
}

impl Config {
    /// Checks the config and resolves what it shows against `catalog` (inline `plans`
    /// first): every check both kinds share, then the target's or the plan's. `today` is
    /// the as-of date when the config gives none; `page_lang` the language when it gives
    /// none.
    pub fn resolve(&self, catalog: &Catalog, today: Date, page_lang: Lang) -> Result<Resolution, ConfigError> {
        let (as_of, lang) = self.common(today, page_lang)?;
        match &self.subject {
            None => Err(ConfigError::new("", "the config needs `indicator` (a target id)")),
            Some(Subject::Target(indicator)) => Ok(Resolution::Target(self.resolve_target(indicator, catalog, as_of, lang)?)),
            Some(Subject::Plan(plan)) => Ok(Resolution::Plan(self.resolve_plan(plan, catalog, as_of, lang)?)),
        }
    }
}

/// A whole-plan config (`{"plan": "<id>", "actuals": {"<target id>": {…}}}`) resolved
/// against the catalog: every target's observations.
#[derive(Clone, Debug)]
pub struct ResolvedPlan {
    /// Shared with the catalog and the plan's other widgets: one copy, however many.
    pub plan: Arc<Plan>,
    /// Where more observations are to be fetched from; `None` once they are in.
    pub data_url: Option<String>,
    pub observations: SortedMap<String, Series>,
    pub benchmarks: SortedMap<String, Series>,
    pub source: Option<Source>,
    /// The `source` of the data file `dataUrl` brought, once fetched.
    pub data_source: Option<Source>,
    pub illustrative: bool,
    pub lang: Lang,
    pub theme: Theme,
    pub elder: bool,
    pub height: Option<f64>,
    pub as_of: Date,
}

impl ResolvedPlan {
    /// Adds the values a data file brought (keyed by target id); values given inline in
    /// the config win for the same year. Every id must be one of the plan's targets.
    pub fn merge_fetched(&mut self, fetched: &Actuals) -> Result<(), ConfigError> {
        let plan = &self.plan;
        if !fetched.series.is_empty() {
            return Err(ConfigError::new("dataUrl", r#"a plan's data file keys its values by target id: {"<target id>": {"2019": 7.9}}, or CSV rows with an indicator column"#));
        }
        for (id, series) in &fetched.by_target {
            if !plan.targets.iter().any(|target| &target.id == id) {
                let ids = plan.targets.iter().map(|target| target.id.as_str());
                let hint = closest(id, ids).map(|best| format!("; did you mean `{best}`?")).unwrap_or_default();
                return Err(ConfigError::new(json::join("dataUrl", id), format!("`{}` has no target `{}`{hint}", plan.id, json::shorten(id))));
            }
            let mut merged = series.clone();
            if let Some(inline) = self.observations.get(id) {
                merged.extend(inline);
            }
            self.observations.insert(id.clone(), merged);
        }
        self.data_source = fetched.source.clone();
        self.data_url = None;
        Ok(())
    }
}

impl Resolved {
    /// Adds the values a data file brought for this widget's target (the plain series
    /// and the series keyed by its id); values given inline in the config win for the
    /// same year.
    pub fn merge_fetched(&mut self, fetched: &Actuals) {
        let mut merged = fetched.of(&self.target().id);
        merged.extend(&self.actual);
        self.actual = merged;
        self.data_url = None;
        self.data_source = fetched.source.clone();
    }
}

impl Config {
    /// What every config shares, checked once for both paths: the inline plans, `asOf`
    /// and `height`. The as-of date and the language it resolves to.
    fn common(&self, today: Date, page_lang: Lang) -> Result<(Date, Lang), ConfigError> {
        for (index, plan) in self.plans.iter().enumerate() {
            if let Some(problem) = check::check_plan(plan).into_iter().next() {
                return Err(ConfigError::new(format!("plans[{index}].{}", problem.path), problem.message));
            }
        }
        let as_of = match &self.as_of {
            Some(text) => read_date(text, "asOf")?,
            None => today,
        };
        if let Some(height) = self.height.filter(|height| !(160.0..=1200.0).contains(height)) {
            return Err(ConfigError::new("height", format!("{} is outside 160–1200 (CSS pixels)", json::format_decimal(height, 10))));
        }
        Ok((as_of, self.lang.unwrap_or(page_lang)))
    }

    /// A whole-plan config: the plan exists (inline `plans` first), and `actuals` and
    /// `benchmark` are keyed by ids of its targets.
    fn resolve_plan(&self, plan_id: &str, catalog: &Catalog, as_of: Date, lang: Lang) -> Result<ResolvedPlan, ConfigError> {
        if !matches!(self.chart, ChartKind::Auto | ChartKind::Dashboard) {
            return Err(ConfigError::new("chart", "a whole plan is shown as a `dashboard`; its tiles open each target's chart"));
        }
        let inline = Catalog::new(self.plans.clone());
        let found = match inline.plan(plan_id) {
            Ok(Some(plan)) => Some(plan),
            _ => catalog.plan(plan_id).map_err(not_loaded("plan"))?,
        };
        let Some(plan) = found else {
            let known = inline.plan_ids().chain(catalog.plan_ids());
            let hint = closest(plan_id, known).map(|best| format!("; did you mean `{best}`?")).unwrap_or_default();
            return Err(ConfigError::new("plan", format!("unknown plan `{}`{hint}", json::shorten(plan_id))));
        };
        let by_target = |field: &str, actuals: &Actuals| -> Result<SortedMap<String, Series>, ConfigError> {
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
                    return Err(ConfigError::new(json::join(field, id), format!("`{plan_id}` has no target `{}`{hint}", json::shorten(id))));
                }
            }
            Ok(actuals.by_target.clone())
        };
        Ok(ResolvedPlan {
            plan: Arc::clone(plan),
            data_url: self.data_url.clone(),
            observations: by_target("actuals", &self.actuals)?,
            benchmarks: by_target("benchmark", &self.benchmark)?,
            source: self.source.clone(),
            data_source: None,
            illustrative: self.illustrative,
            lang,
            theme: self.theme,
            elder: self.elder,
            height: self.height,
            as_of,
        })
    }
}

/// A config resolved against the catalog: what a widget shows.
#[derive(Clone, Debug)]
pub struct Resolved {
    pub plan: Arc<Plan>,
    pub target_index: usize,
    /// The observed values, with their flags and per-value sources.
    pub actual: Series,
    /// The comparison series of a `relative` target (empty when none was given).
    pub benchmark: Series,
    /// Where more observations are to be fetched from; `None` once they are in.
    pub data_url: Option<String>,
    /// The config's `source`.
    pub source: Option<Source>,
    /// The `source` of the data file `dataUrl` brought, once fetched.
    pub data_source: Option<Source>,
    pub illustrative: bool,
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

    /// The flag of `year`'s value: its own, or for a `relative` target the benchmark's
    /// (the margin rests on both).
    pub fn flag_of(&self, year: i32) -> Option<crate::provenance::Flag> {
        let own = self.actual.marks.get(&year).and_then(|mark| mark.flag);
        let compared = (self.target().kind == TargetKind::Relative).then(|| self.benchmark.marks.get(&year).and_then(|mark| mark.flag)).flatten();
        own.or(compared)
    }
}

impl Config {
    /// The built-in plan this config shows and `catalog` has not read yet (in the browser,
    /// a plan whose file the loader has still to hand over); none when it brings the plan
    /// inline.
    pub fn missing_plan(&self, catalog: &Catalog) -> Option<&'static str> {
        let inline = |plan: &str| self.plans.iter().any(|own| own.id == plan);
        let missing = match self.subject.as_ref()? {
            Subject::Target(indicator) => match catalog.target(indicator) {
                Lookup::NotLoaded(plan) => plan,
                Lookup::Found(..) | Lookup::Unknown => return None,
            },
            Subject::Plan(plan) => catalog.plan(plan).err()?,
        };
        (!inline(missing)).then_some(missing)
    }
}

/// The error for a built-in plan the loader has not handed over (its file could not be
/// fetched): never a widget of the wrong plan, nor an "unknown" id.
fn not_loaded(field: &'static str) -> impl Fn(&str) -> ConfigError {
    move |plan| ConfigError::new(field, format!("the catalog plan `{plan}` has not been loaded (its file beside the wasm could not be fetched)"))
}

impl Config {
    /// A one-target config: the indicator looked up in the inline `plans` first and then
    /// in `catalog`, and the chart it asks for fitting the target.
    fn resolve_target(&self, indicator: &str, catalog: &Catalog, as_of: Date, lang: Lang) -> Result<Resolved, ConfigError> {
        let inline = Catalog::new(self.plans.clone());
        let found = match inline.target(indicator) {
            Lookup::Found(plan, target) => Some((plan, target)),
            _ => match catalog.target(indicator) {
                Lookup::Found(plan, target) => Some((plan, target)),
                Lookup::NotLoaded(plan) => return Err(not_loaded("indicator")(plan)),
                Lookup::Unknown => None,
            },
        };
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
                json::join("actuals", other),
                format!("this widget shows `{indicator}`; give its values as {{\"2019\": 7.9}}"),
            ));
        }
        Ok(Resolved {
            plan: Arc::clone(plan),
            target_index,
            actual: self.actuals.of(indicator),
            benchmark: self.benchmark.of(indicator),
            data_url: self.data_url.clone(),
            source: self.source.clone(),
            data_source: None,
            illustrative: self.illustrative,
            chart: self.chart,
            lang,
            theme: self.theme,
            elder: self.elder,
            height: self.height,
            as_of,
        })
    }
}
