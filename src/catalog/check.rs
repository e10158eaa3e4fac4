//! Checks that a plan is consistent: the rules a catalog file must pass at build time and
//! an inline plan must pass at run time (the verbatim-quote check needs the official
//! text, so only catalog plans get it).
//!
//! Also compiled into `build.rs` (through `#[path]`, next to `schema.rs`): it may use
//! nothing but `std`, `super::schema`, `crate::json` and `crate::numerals`.

use std::fmt;

use super::schema::{Comparison, Plan, Target, TargetKind};
use crate::json::format_decimal;
use crate::numerals::chinese_numbers_in;

/// One thing wrong with a plan, at a JSON path such as `targets[3].value`: `message` in
/// English; [`Problem::zh`] tells it in Chinese for editors (called only by the editors'
/// build, so the widget's wasm carries none of it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
    pub rule: Rule,
}

/// Which rule a problem breaks, with what it needs to be told in Chinese.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    Id(String),
    Period(i32, i32),
    NoTargets,
    DuplicateId(String),
    TargetId(String, String),
    EmptyQuote,
    RangeMissing,
    ValueAndRange,
    RangeOrder(String, String),
    RangeWithoutComparison,
    ValueMissing,
    ChangeInMissing,
    ChangeInWithoutChange,
    DeadlineOutside(i32, i32, i32),
    BaselineYear(i32, i32),
    NoMeasure(String),
    NumberNotStated(String),
    Reviewed,
    NotVerbatim,
    /// An editor's text still empty (title, issuer, a name …).
    Empty,
    /// A date not written YYYY-MM-DD.
    DateShape,
    /// Invisible characters that reorder or hide text (bidi controls, zero-width marks).
    Controls(String),
    /// English still to write: an English widget would show it blank. A to-do, not an
    /// error: the plan works without it.
    EnglishToWrite,
}

impl Problem {
    /// The problem in Chinese (without its path, like `message`).
    pub fn zh(&self) -> String {
        match &self.rule {
            Rule::Id(id) => format!("“{id}”不是有效的编号（只用 a-z、0-9 和 -）"),
            Rule::Period(start, end) => format!("{start}—{end} 不是有效的年份区间"),
            Rule::NoTargets => "规划至少要有一个目标".to_owned(),
            Rule::DuplicateId(id) => format!("编号“{id}”重复"),
            Rule::TargetId(id, prefix) => format!("“{id}”应为“{prefix}<名称>”（a-z、0-9 和 -）"),
            Rule::EmptyQuote => "引文为空".to_owned(),
            Rule::RangeMissing => "比较方式为区间（range）时要给出 range: [下限, 上限]".to_owned(),
            Rule::ValueAndRange => "value 与 range 只能给一个".to_owned(),
            Rule::RangeOrder(low, high) => format!("下限 {low} 大于上限 {high}"),
            Rule::RangeWithoutComparison => "只有比较方式为区间（range）时才用 range".to_owned(),
            Rule::ValueMissing => "缺少目标值".to_owned(),
            Rule::ChangeInMissing => "变化类目标要写明按百分点（points）还是百分比（percent）".to_owned(),
            Rule::ChangeInWithoutChange => "changeIn 只用于变化类（change）目标".to_owned(),
            Rule::DeadlineOutside(deadline, start, end) => format!("期限 {deadline} 不在规划期 {start}—{end} 内"),
            Rule::BaselineYear(year, deadline) => format!("基期年份 {year} 不早于期限 {deadline}"),
            Rule::NoMeasure(id) => format!("没有编号为“{id}”的措施"),
            Rule::NumberNotStated(number) => format!("引文中没有写出条目给出的数字 {number}"),
            Rule::Reviewed => "目录中的条目须经审核：核对草稿后删除 review".to_owned(),
            Rule::NotVerbatim => "引文未逐字出现在官方原文中".to_owned(),
            Rule::Empty => "为空".to_owned(),
            Rule::DateShape => "应为 YYYY-MM-DD".to_owned(),
            Rule::Controls(codes) => format!("含不可见的控制字符 {codes}"),
            Rule::EnglishToWrite => "英文待补".to_owned(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Years outside this range are typing mistakes, not plans.
pub const YEARS: std::ops::RangeInclusive<i32> = 1949..=2100;

/// Every structural problem of `plan`; empty when it is consistent.
pub fn check_plan(plan: &Plan) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |path: String, message: String, rule: Rule| problems.push(Problem { path, message, rule });

    if !is_slug(&plan.id) {
        problem("id".into(), format!("`{}` is not a valid id (use a-z, 0-9 and -)", plan.id), Rule::Id(plan.id.clone()));
    }
    let period = plan.period;
    if !YEARS.contains(&period.start) || !YEARS.contains(&period.end) || period.start > period.end {
        problem(
            "period".into(),
            format!("{}–{} is not a period of years", period.start, period.end),
            Rule::Period(period.start, period.end),
        );
    }
    if plan.targets.is_empty() {
        problem("targets".into(), "a plan needs at least one target".into(), Rule::NoTargets);
    }

    // Plans have tens of entries: a linear look-back is enough, and keeps hash and tree
    // code out of the wasm.
    let measure_ids: Vec<&str> = plan.measures.iter().map(|m| m.id.as_str()).collect();
    for (index, measure) in plan.measures.iter().enumerate() {
        if measure_ids[..index].contains(&measure.id.as_str()) {
            problem(format!("measures[{index}].id"), format!("duplicate id `{}`", measure.id), Rule::DuplicateId(measure.id.clone()));
        }
    }

    for (index, target) in plan.targets.iter().enumerate() {
        let at = |field: &str| format!("targets[{index}].{field}");
        let prefix = format!("{}.", plan.id);
        match target.id.strip_prefix(&prefix) {
            Some(slug) if is_slug(slug) => {}
            _ => problem(
                at("id"),
                format!("`{}` must be `{prefix}<slug>` (a-z, 0-9 and -)", target.id),
                Rule::TargetId(target.id.clone(), prefix.clone()),
            ),
        }
        if plan.targets[..index].iter().any(|earlier| earlier.id == target.id) {
            problem(at("id"), format!("duplicate id `{}`", target.id), Rule::DuplicateId(target.id.clone()));
        }
        if target.quote.trim().is_empty() {
            problem(at("quote"), "the quote is empty".into(), Rule::EmptyQuote);
        }
        match (target.comparison, target.value, target.range) {
            (Comparison::Range, _, None) => {
                problem(at("range"), "comparison `range` needs `range: [low, high]`".into(), Rule::RangeMissing)
            }
            (Comparison::Range, Some(_), Some(_)) => {
                problem(at("value"), "give either `value` or `range`, not both".into(), Rule::ValueAndRange)
            }
            (Comparison::Range, None, Some([low, high])) if low > high => {
                let (low, high) = (format_decimal(low, 10), format_decimal(high, 10));
                problem(at("range"), format!("low {low} is above high {high}"), Rule::RangeOrder(low, high))
            }
            (Comparison::Range, None, Some(_)) => {}
            (_, _, Some(_)) => problem(
                at("range"),
                "`range` goes with `comparison: range` only".into(),
                Rule::RangeWithoutComparison,
            ),
            (_, None, None) => problem(at("value"), "the target value is missing".into(), Rule::ValueMissing),
            (_, Some(_), None) => {}
        }
        match (target.kind, target.change_in) {
            (TargetKind::Change, None) => problem(
                at("changeIn"),
                "a `change` target says whether it is in `points` or `percent`".into(),
                Rule::ChangeInMissing,
            ),
            (TargetKind::Change, Some(_)) | (_, None) => {}
            (_, Some(_)) => problem(at("changeIn"), "`changeIn` goes with `kind: change` only".into(), Rule::ChangeInWithoutChange),
        }
        let deadline = target.deadline.unwrap_or(period.end);
        if deadline < period.start || deadline > period.end {
            problem(
                at("deadline"),
                format!("{deadline} is outside the plan period {}–{}", period.start, period.end),
                Rule::DeadlineOutside(deadline, period.start, period.end),
            );
        }
        if let Some(baseline) = target.baseline {
            if baseline.year > deadline || !YEARS.contains(&baseline.year) {
                problem(
                    at("baseline.year"),
                    format!("baseline year {} is not before the deadline {deadline}", baseline.year),
                    Rule::BaselineYear(baseline.year, deadline),
                );
            }
        }
        if let Some(measure) = &target.measure {
            if !measure_ids.contains(&measure.as_str()) {
                problem(at("measure"), format!("no measure has the id `{measure}`"), Rule::NoMeasure(measure.clone()));
            }
        }
        for value in stated_values(target) {
            if !quote_states(target, value) {
                let number = format_decimal(value, 10);
                problem(at("quote"), format!("the quote does not state the number {number} the entry gives"), Rule::NumberNotStated(number));
            }
        }
    }
    problems
}

/// The numbers an entry claims its quote states: the value, the range ends, the baseline.
fn stated_values(target: &Target) -> Vec<f64> {
    let mut values: Vec<f64> = target.value.into_iter().collect();
    values.extend(target.range.into_iter().flatten());
    values.extend(target.baseline.map(|baseline| baseline.value));
    values
}

/// Words of the plans that state a number without digits, and the number they state:
/// coverage is 100%, a breakthrough from zero is 1, a frequency is a count per year.
pub const NUMBER_WORDS: [(&str, f64); 14] = [
    ("全覆盖", 100.0),
    ("覆盖", 100.0),
    ("全部", 100.0),
    ("基本完成", 100.0),
    ("零的突破", 1.0),
    ("零突破", 1.0),
    ("翻一番", 100.0),
    ("翻番", 100.0),
    ("翻两番", 300.0),
    ("增加一倍", 100.0),
    ("增长一倍", 100.0),
    ("每季度", 4.0),
    ("每月", 12.0),
    ("每半年", 2.0),
];

/// Words that compare with another quantity without a number: "faster than the city's
/// average" is a margin of at least 0.
const COMPARATIVE_WORDS: [&str; 5] = ["快于", "高于", "不低于", "超过", "不少于"];

/// Whether the quote states `value`: as digits, as Chinese numerals (三, 二十, 百亿),
/// as a fraction (三分之一 = 33.3%), as one of the [`NUMBER_WORDS`], or — for a
/// relative target of margin 0 — as a bare comparison (快于全市平均). The sign of a
/// change is the verb's (下降3% is −3).
fn quote_states(target: &Target, value: f64) -> bool {
    let quote = &target.quote;
    let magnitude = value.abs();
    let near = |number: f64| (number - magnitude).abs() < 0.05;
    numbers_in(quote).into_iter().any(near)
        || chinese_numbers_in(quote).into_iter().any(near)
        || NUMBER_WORDS.iter().any(|&(word, number)| number == magnitude && quote.contains(word))
        || (target.kind == TargetKind::Relative
            && magnitude == 0.0
            && COMPARATIVE_WORDS.iter().any(|word| quote.contains(word)))
}

/// The decimal numbers written with ASCII digits in `text`.
pub fn numbers_in(text: &str) -> Vec<f64> {
    let mut numbers = Vec::new();
    let mut current = String::new();
    for character in text.chars().chain(std::iter::once(' ')) {
        let continues = character.is_ascii_digit() || (character == '.' && !current.is_empty());
        if continues {
            current.push(character);
            continue;
        }
        if let Some(number) = crate::json::parse_decimal(current.trim_end_matches('.')) {
            numbers.push(number);
        }
        current.clear();
    }
    numbers
}

/// What an editor must still do before a drafted plan is published — its texts empty, its
/// date's shape, invisible control characters in the texts an editor writes (quotes and
/// headings are the plan's own, kept as printed) — and, as `Rule::EnglishToWrite`, the
/// English still to write. The one list the CLI's `extract` and the paste tab give.
pub fn to_fill(plan: &Plan) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |path: &str, message: &str, rule: Rule| problems.push(Problem { path: path.to_owned(), message: message.to_owned(), rule });
    for (path, text) in [("title", &plan.title), ("region.zh", &plan.region.zh), ("issuer", &plan.issuer)] {
        if text.trim().is_empty() {
            problem(path, "is empty", Rule::Empty);
        }
    }
    let date = plan.date.as_bytes();
    let shaped = date.len() == 10 && date.iter().enumerate().all(|(at, byte)| if at == 4 || at == 7 { *byte == b'-' } else { byte.is_ascii_digit() });
    if !shaped {
        problem("date", if plan.date.is_empty() { "is empty (YYYY-MM-DD)" } else { "use YYYY-MM-DD" }, if plan.date.is_empty() { Rule::Empty } else { Rule::DateShape });
    }
    let mut texts: Vec<(String, &str)> = vec![
        ("title".into(), plan.title.as_str()),
        ("titleEn".into(), plan.title_en.as_str()),
        ("region.zh".into(), plan.region.zh.as_str()),
        ("region.en".into(), plan.region.en.as_str()),
        ("issuer".into(), plan.issuer.as_str()),
        ("docNumber".into(), plan.doc_number.as_deref().unwrap_or_default()),
    ];
    for (index, target) in plan.targets.iter().enumerate() {
        if target.name.zh.trim().is_empty() {
            problem(&format!("targets[{index}].name.zh"), "is empty", Rule::Empty);
        }
        for (key, text) in [
            ("name.zh", target.name.zh.as_str()),
            ("name.en", target.name.en.as_str()),
            ("unit", target.unit.as_str()),
            ("subRegion", target.sub_region.as_deref().unwrap_or_default()),
            ("relativeTo", target.relative_to.as_deref().unwrap_or_default()),
        ] {
            texts.push((format!("targets[{index}].{key}"), text));
        }
        for (at, unit) in target.responsible.iter().enumerate() {
            texts.push((format!("targets[{index}].responsible[{at}]"), unit));
        }
    }
    for (path, text) in texts {
        let mut codes: Vec<String> = Vec::new();
        for character in text.chars().filter(|&c| is_control(c)) {
            let code = format!("U+{:04X}", u32::from(character));
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
        if !codes.is_empty() {
            let codes = codes.join(" ");
            problem(&path, &format!("holds invisible control characters ({codes})"), Rule::Controls(codes));
        }
    }
    for path in ["titleEn", "region.en"] {
        let empty = if path == "titleEn" { plan.title_en.trim().is_empty() } else { plan.region.en.trim().is_empty() };
        if empty {
            problem(path, "English to write", Rule::EnglishToWrite);
        }
    }
    for (index, target) in plan.targets.iter().enumerate() {
        if target.name.en.trim().is_empty() {
            problem(&format!("targets[{index}].name.en"), "English to write", Rule::EnglishToWrite);
        }
    }
    problems
}

/// Bidi controls and zero-width marks: they reorder or hide text without showing.
pub fn is_control(character: char) -> bool {
    matches!(character, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// Every problem of a catalog plan: the structural ones of [`check_plan`], and each quote
/// that does not occur byte for byte in `source_text`, the plan's official text.
pub fn check_catalog_plan(plan: &Plan, source_text: &str) -> Vec<Problem> {
    let mut problems = check_plan(plan);
    for (index, target) in plan.targets.iter().enumerate() {
        if target.review.is_some() {
            problems.push(Problem {
                path: format!("targets[{index}].review"),
                message: "catalog entries are reviewed: check the draft and remove `review`".into(),
                rule: Rule::Reviewed,
            });
        }
        if !target.quote.is_empty() && !source_text.contains(&target.quote) {
            problems.push(Problem {
                path: format!("targets[{index}].quote"),
                message: format!("does not occur verbatim in the official text: «{}»", target.quote),
                rule: Rule::NotVerbatim,
            });
        }
    }
    problems
}

fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
}
