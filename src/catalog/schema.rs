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

use crate::json::{as_number, as_string, Fields, Json, Named, Result};

/// A text in Chinese with an English rendering.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    pub zh: String,
    pub en: String,
}

/// The years a plan covers, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub start: i32,
    pub end: i32,
}

/// One official plan with its quantified targets and its numbered measures.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Plan {
    /// Stable id, e.g. `ezhou-2018-2020`; target ids start with it.
    pub id: String,
    pub region: Bilingual,
    /// The official title, verbatim.
    pub title: String,
    pub title_en: String,
    pub period: Period,
    pub issuer: String,
    #[serde(default)]
    pub doc_number: Option<String>,
    /// Date the plan was signed or issued, ISO `YYYY-MM-DD`.
    pub date: String,
    /// Date it was published on the portal, when that differs.
    #[serde(default)]
    pub published: Option<String>,
    /// True for a draft (送审稿, 征求意见稿).
    #[serde(default)]
    pub draft: bool,
    /// File name of the official text under `catalog/sources/` (catalog plans only).
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub measures: Vec<Measure>,
    pub targets: Vec<Target>,
}

/// A numbered measure (工作措施 / 重点任务) and the units accountable for it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Measure {
    pub id: String,
    /// The measure's number as printed, e.g. `(三)` or `5.`.
    #[serde(default)]
    pub number: Option<String>,
    /// The heading of the section the measure sits in, verbatim.
    pub section: String,
    /// The measure's own title, verbatim.
    pub title: String,
    /// 责任单位, verbatim, one entry per unit.
    #[serde(default)]
    pub responsible: Vec<String>,
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

/// A value the plan states for a starting year (从2014年的0.68%).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub year: i32,
    pub value: f64,
}

/// One quantified target, quoting its clause verbatim.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Target {
    /// Stable id `<plan id>.<slug>`; the widget's `indicator`.
    pub id: String,
    /// What is measured, short enough for a chart title.
    pub name: Bilingual,
    /// The clause, character for character as in the official text.
    pub quote: String,
    /// Unit of the observations and the target value: `%`, `家`, `亿元`, `个百分点`…
    pub unit: String,
    pub kind: TargetKind,
    pub comparison: Comparison,
    /// The target value (absent only for `range`).
    #[serde(default)]
    pub value: Option<f64>,
    /// Lower and upper bound, for `comparison: range`.
    #[serde(default)]
    pub range: Option<[f64; 2]>,
    #[serde(default)]
    pub baseline: Option<Baseline>,
    /// The first year the target applies to; the plan's first year when absent.
    #[serde(default)]
    pub start_year: Option<i32>,
    /// The year by whose end the target applies; the plan's last year when absent.
    #[serde(default)]
    pub deadline: Option<i32>,
    /// The district or zone when the target is not for the whole region (葛店开发区).
    #[serde(default)]
    pub sub_region: Option<String>,
    /// For `change` targets: a difference (`points`) or a relative change (`percent`).
    #[serde(default)]
    pub change_in: Option<ChangeIn>,
    /// For `relative` targets: the quantity compared with, verbatim (全市工业平均水平).
    #[serde(default)]
    pub relative_to: Option<String>,
    /// The heading of the section the clause sits in, verbatim.
    pub section: String,
    /// Id of the measure the clause sits under, when it sits under one.
    #[serde(default)]
    pub measure: Option<String>,
    /// 责任单位 named for this target or its measure.
    #[serde(default)]
    pub responsible: Vec<String>,
    /// The reading chosen where the text is ambiguous, and why, in both languages (a
    /// plain string is taken as the same text for both).
    #[serde(default)]
    pub note: Option<Bilingual>,
    /// Present on drafts from `planmeter extract`: how sure the extractor is and what
    /// it guessed. An editor checks the entry and removes it; catalog entries have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

/// The extractor's account of a draft target: a confidence from 0 to 1 and the reason
/// for each guess (kind, comparison, deadline, subject, units).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub confidence: f64,
    /// Each guess and why, in both languages.
    pub reasons: Vec<Bilingual>,
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

fn bilingual(json: &Json, path: &str) -> Result<Bilingual> {
    let fields = Fields::of(json, path, "an object {\"zh\": …, \"en\": …}", &["zh", "en"])?;
    Ok(Bilingual { zh: fields.string("zh")?, en: fields.string("en")? })
}

impl Plan {
    /// Reads a plan in the catalog's schema; every error names its path under `path`.
    pub fn read(json: &Json, path: &str) -> Result<Plan> {
        const FIELDS: &[&str] = &[
            "id", "region", "title", "titleEn", "period", "issuer", "docNumber", "date", "published", "draft", "source",
            "measures", "targets",
        ];
        let fields = Fields::of(json, path, "a plan object", FIELDS)?;
        let period = Fields::of(fields.required("period")?, &fields.at("period"), "an object {\"start\": …, \"end\": …}", &["start", "end"])?;
        Ok(Plan {
            id: fields.string("id")?,
            region: bilingual(fields.required("region")?, &fields.at("region"))?,
            title: fields.string("title")?,
            title_en: fields.string("titleEn")?,
            period: Period { start: period.whole("start")?, end: period.whole("end")? },
            issuer: fields.string("issuer")?,
            doc_number: fields.opt_string("docNumber")?,
            date: fields.string("date")?,
            published: fields.opt_string("published")?,
            draft: fields.flag("draft")?,
            source: fields.opt_string("source")?,
            measures: fields.list("measures", Measure::read)?,
            targets: fields.list("targets", Target::read)?,
        })
    }
}

impl Measure {
    pub fn read(json: &Json, path: &str) -> Result<Measure> {
        let fields = Fields::of(json, path, "a measure object", &["id", "number", "section", "title", "responsible"])?;
        Ok(Measure {
            id: fields.string("id")?,
            number: fields.opt_string("number")?,
            section: fields.string("section")?,
            title: fields.string("title")?,
            responsible: fields.strings("responsible")?,
        })
    }
}

impl Target {
    pub fn read(json: &Json, path: &str) -> Result<Target> {
        const FIELDS: &[&str] = &[
            "id", "name", "quote", "unit", "kind", "comparison", "value", "range", "baseline", "startYear", "deadline",
            "subRegion", "changeIn", "relativeTo", "section", "measure", "responsible", "note", "review",
        ];
        let fields = Fields::of(json, path, "a target object", FIELDS)?;
        let range = match fields.get("range") {
            None => None,
            Some(json) => {
                let at = fields.at("range");
                match json {
                    Json::Array(items) if items.len() == 2 => {
                        Some([as_number(&items[0], &format!("{at}[0]"))?, as_number(&items[1], &format!("{at}[1]"))?])
                    }
                    other => return Err(crate::json::invalid(other, &at, "an array of two numbers [low, high]")),
                }
            }
        };
        let baseline = match fields.get("baseline") {
            None => None,
            Some(json) => {
                let baseline = Fields::of(json, &fields.at("baseline"), "an object {\"year\": …, \"value\": …}", &["year", "value"])?;
                Some(Baseline { year: baseline.whole("year")?, value: as_number(baseline.required("value")?, &baseline.at("value"))? })
            }
        };
        Ok(Target {
            id: fields.string("id")?,
            name: bilingual(fields.required("name")?, &fields.at("name"))?,
            quote: fields.string("quote")?,
            unit: as_string(fields.required("unit")?, &fields.at("unit"))?,
            kind: fields.one_of("kind", TargetKind::NAMES)?,
            comparison: fields.one_of("comparison", Comparison::NAMES)?,
            value: fields.opt_number("value")?,
            range,
            baseline,
            start_year: fields.opt_whole("startYear")?,
            deadline: fields.opt_whole("deadline")?,
            sub_region: fields.opt_string("subRegion")?,
            change_in: fields.choice("changeIn", ChangeIn::NAMES)?,
            relative_to: fields.opt_string("relativeTo")?,
            section: fields.string("section")?,
            measure: fields.opt_string("measure")?,
            responsible: fields.strings("responsible")?,
            note: match fields.get("note") {
                None => None,
                Some(Json::String(text)) => Some(Bilingual { zh: text.clone(), en: text.clone() }),
                Some(json) => Some(bilingual(json, &fields.at("note"))?),
            },
            review: match fields.get("review") {
                None => None,
                Some(json) => {
                    let review = Fields::of(json, &fields.at("review"), "an object {\"confidence\": …, \"reasons\": […]}", &["confidence", "reasons"])?;
                    Some(Review { confidence: as_number(review.required("confidence")?, &review.at("confidence"))?, reasons: review.list("reasons", |json, path| match json {
                        Json::String(text) => Ok(Bilingual { zh: text.clone(), en: text.clone() }),
                        other => bilingual(other, path),
                    })? })
                }
            },
        })
    }
}
