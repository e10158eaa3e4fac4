//! The plan schema: the shape of one plan file in `catalog/`, and of a plan a page
//! author passes inline (`plans: [...]` in a widget config).
//!
//! Plans are read from JSON by hand (`Plan::read`, with [`crate::json`]'s field readers)
//! so that catalog files at build time, the embedded catalog and inline plans all give
//! the same errors with the same paths; serde's `Serialize` writes them (the CLI,
//! `build.rs`), schemars describes them. Field names are camelCase in JSON and are a
//! public contract.
//!
//! This file is also compiled into `build.rs` (through `#[path]`), so it may depend on
//! nothing but `serde`, `crate::json` and (natively, for the JSON Schema) `schemars`.

use serde::Serialize;

use crate::json::{json_object, Fields, Json, Named, Read, Result};

json_object! {
    /// A text in Chinese with an English rendering.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Bilingual as "an object {\"zh\": …, \"en\": …}" (serde) {
        pub zh: String = "zh",
        pub en: String = "en",
    }
}

json_object! {
    /// The years a plan covers, both ends included.
    #[derive(Clone, Copy, Debug, PartialEq, Serialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Period as "an object {\"start\": …, \"end\": …}" (serde) {
        pub start: i32 = "start",
        pub end: i32 = "end",
    }
}

json_object! {
    /// One official plan with its quantified targets and its numbered measures.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Plan as "a plan object" (serde) {
        /// Stable id, e.g. `ezhou-2018-2020`; target ids start with it.
        pub id: String = "id",
        pub region: Bilingual = "region",
        /// The official title, verbatim.
        pub title: String = "title",
        pub title_en: String = "titleEn",
        pub period: Period = "period",
        pub issuer: String = "issuer",
        #[serde(default)]
        pub doc_number: Option<String> = "docNumber",
        /// Date the plan was signed or issued, ISO `YYYY-MM-DD`.
        pub date: String = "date",
        /// Date it was published on the portal, when that differs.
        #[serde(default)]
        pub published: Option<String> = "published",
        /// True for a draft (送审稿, 征求意见稿).
        #[serde(default)]
        pub draft: bool = "draft",
        /// File name of the official text under `catalog/sources/` (catalog plans only).
        #[serde(default)]
        pub source: Option<String> = "source",
        #[serde(default)]
        pub measures: Vec<Measure> = "measures",
        pub targets: Vec<Target> = "targets",
    }
}

json_object! {
    /// A numbered measure (工作措施 / 重点任务) and the units accountable for it.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Measure as "a measure object" (serde) {
        pub id: String = "id",
        /// The measure's number as printed, e.g. `(三)` or `5.`.
        #[serde(default)]
        pub number: Option<String> = "number",
        /// The heading of the section the measure sits in, verbatim.
        pub section: String = "section",
        /// The measure's own title, verbatim.
        pub title: String = "title",
        /// 责任单位, verbatim, one entry per unit.
        #[serde(default)]
        pub responsible: Vec<String> = "responsible",
    }
}

/// How a target applies over time. This decides how progress is judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum TargetKind {
    /// An average yearly growth rate over the period (年均增长8%以上); observations
    /// are the yearly growth rates in percent.
    AnnualGrowth,
    /// A level to reach by the deadline (到2020年达到150家, 比重不低于42%).
    Level,
    /// A value each year of the period must meet on its own (每年新增不少于20家).
    PerYear,
    /// Additions summed over the period (3年内新增30家以上).
    Cumulative,
    /// A change over the period (3年提高5个百分点, 下降3%左右).
    Change,
    /// A value relative to another quantity (高于全市平均水平1个百分点以上).
    Relative,
}

/// How the observed value is compared with the target value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Comparison {
    /// 以上, 不少于, 不低于, 超过.
    AtLeast,
    /// 以下, 不超过, 控制在…以内.
    AtMost,
    /// 左右, 基本: within a documented tolerance of the value.
    About,
    /// 3-5家: between `range[0]` and `range[1]`.
    Range,
    /// 全覆盖 and other exact values.
    Exactly,
}

/// How a `change` target's change is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ChangeIn {
    /// The difference of the observed values (percentage points for a share).
    Points,
    /// The change relative to the baseline, in percent (能耗下降3%).
    Percent,
}

json_object! {
    /// A value the plan states for a starting year (从2014年的0.68%).
    #[derive(Clone, Copy, Debug, PartialEq, Serialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Baseline as "an object {\"year\": …, \"value\": …}" (serde) {
        pub year: i32 = "year",
        pub value: f64 = "value",
    }
}

json_object! {
    /// One quantified target, quoting its clause verbatim.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Target as "a target object" (serde) {
        /// Stable id `<plan id>.<slug>`; the widget's `indicator`.
        pub id: String = "id",
        /// What is measured, short enough for a chart title.
        pub name: Bilingual = "name",
        /// The clause, character for character as in the official text.
        pub quote: String = "quote",
        /// Unit of the observations and the target value: `%`, `家`, `亿元`, `个百分点`…
        pub unit: String = "unit",
        pub kind: TargetKind = "kind",
        pub comparison: Comparison = "comparison",
        /// The target value (absent only for `range`).
        #[serde(default)]
        pub value: Option<f64> = "value",
        /// Lower and upper bound, for `comparison: range`.
        #[serde(default)]
        pub range: Option<[f64; 2]> = "range",
        #[serde(default)]
        pub baseline: Option<Baseline> = "baseline",
        /// The first year the target applies to; the plan's first year when absent.
        #[serde(default)]
        pub start_year: Option<i32> = "startYear",
        /// The year by whose end the target applies; the plan's last year when absent.
        #[serde(default)]
        pub deadline: Option<i32> = "deadline",
        /// The district or zone when the target is not for the whole region (葛店开发区).
        #[serde(default)]
        pub sub_region: Option<String> = "subRegion",
        /// For `change` targets: a difference (`points`) or a relative change (`percent`).
        #[serde(default)]
        pub change_in: Option<ChangeIn> = "changeIn",
        /// For `relative` targets: the quantity compared with, verbatim (全市工业平均水平).
        #[serde(default)]
        pub relative_to: Option<String> = "relativeTo",
        /// The heading of the section the clause sits in, verbatim.
        pub section: String = "section",
        /// Id of the measure the clause sits under, when it sits under one.
        #[serde(default)]
        pub measure: Option<String> = "measure",
        /// 责任单位 named for this target or its measure.
        #[serde(default)]
        pub responsible: Vec<String> = "responsible",
        /// The reading chosen where the text is ambiguous, and why, in both languages (a
        /// plain string is taken as the same text for both).
        #[serde(default)]
        pub note: Option<Bilingual> = "note" => one_or_both,
        /// Present on drafts from `planmeter extract`: how sure the extractor is and what
        /// it guessed. An editor checks the entry and removes it; catalog entries have none.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub review: Option<Review> = "review",
    }
}

json_object! {
    /// The extractor's account of a draft target: a confidence from 0 to 1 and the reason
    /// for each guess (kind, comparison, deadline, subject, units).
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Review as "an object {\"confidence\": …, \"reasons\": […]}" (serde) {
        pub confidence: f64 = "confidence",
        /// Each guess and why, in both languages.
        pub reasons: Vec<Bilingual> = "reasons" => each_one_or_both,
    }
}

// ---- Reading -------------------------------------------------------------------------

impl TargetKind {
    /// The kind in words, Chinese and English (the paste tab's list).
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            TargetKind::AnnualGrowth => ("年增速", "annual growth"),
            TargetKind::Level => ("水平", "level"),
            TargetKind::PerYear => ("每年", "per year"),
            TargetKind::Cumulative => ("累计", "cumulative"),
            TargetKind::Change => ("变化", "change"),
            TargetKind::Relative => ("相对", "relative"),
        }
    }
}

impl Comparison {
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            Comparison::AtLeast => ("不低于", "at least"),
            Comparison::AtMost => ("不高于", "at most"),
            Comparison::About => ("左右", "about"),
            Comparison::Range => ("区间", "range"),
            Comparison::Exactly => ("恰好", "exactly"),
        }
    }
}

impl ChangeIn {
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            ChangeIn::Points => ("百分点", "points"),
            ChangeIn::Percent => ("百分比", "percent"),
        }
    }
}

impl Named for TargetKind {
    const NAMES: &'static [(&'static str, TargetKind)] = &[
        ("annual-growth", TargetKind::AnnualGrowth),
        ("level", TargetKind::Level),
        ("per-year", TargetKind::PerYear),
        ("cumulative", TargetKind::Cumulative),
        ("change", TargetKind::Change),
        ("relative", TargetKind::Relative),
    ];
}

impl Named for Comparison {
    const NAMES: &'static [(&'static str, Comparison)] = &[
        ("at-least", Comparison::AtLeast),
        ("at-most", Comparison::AtMost),
        ("about", Comparison::About),
        ("range", Comparison::Range),
        ("exactly", Comparison::Exactly),
    ];
}

impl Named for ChangeIn {
    const NAMES: &'static [(&'static str, ChangeIn)] = &[("points", ChangeIn::Points), ("percent", ChangeIn::Percent)];
}

/// A text for both languages: one string for both, or `{"zh": …, "en": …}`.
fn text_or_both(json: &Json, path: &str) -> Result<Bilingual> {
    match json {
        Json::String(text) => Ok(Bilingual { zh: text.clone(), en: text.clone() }),
        other => Bilingual::read(other, path),
    }
}

fn one_or_both(fields: &Fields<'_>, key: &str) -> Result<Option<Bilingual>> {
    fields.get(key).map(|json| text_or_both(json, &fields.at(key))).transpose()
}

fn each_one_or_both(fields: &Fields<'_>, key: &str) -> Result<Vec<Bilingual>> {
    fields.list(key, text_or_both)
}

impl Plan {
    /// Reads a plan in the catalog's schema; every error names its path under `path`.
    pub fn read(json: &Json, path: &str) -> Result<Plan> {
        <Plan as Read>::read(json, path)
    }
}
