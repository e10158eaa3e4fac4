//! Progress: is a target on track? One pure function, [`assess`], of a target, its
//! observations, an optional comparison series and an as-of date that the caller passes
//! in — this module never reads a clock. The method is written up for citizens in
//! `docs/methodology.md`; its worked examples are tests (`tests/methodology.rs`).
//!
//! Statuses follow the Statistics Canada / Open SDG growth-ratio thresholds, made
//! deadline-aware: R = observed pace ÷ required pace; R ≥ 0.95 on track, 0.6 ≤ R < 0.95
//! needs acceleration, 0 ≤ R < 0.6 limited progress, R < 0 deterioration. A status never
//! claims more than the data holds: `achieved` and `not-achieved` need the deadline year's
//! value — except a level, a running total or a change already reached, which is achieved
//! early. With the deadline past and its year missing, the status is the pace of the years
//! there are, and the words say which year is missing. Where a status leans on the 0.95
//! threshold or on a 左右 tolerance, the words say that too.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::catalog::{Bilingual, ChangeIn, Comparison, Plan, Target, TargetKind};
use crate::i18n::{number, Lang};

use crate::sorted::SortedMap;

/// Observed values by year.
pub type Observations = SortedMap<i32, f64>;

/// A calendar date, the "as of" of an assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl FromStr for Date {
    type Err = String;

    /// Parses an ISO date, `YYYY-MM-DD`.
    fn from_str(text: &str) -> Result<Date, String> {
        let invalid = || format!("`{}` is not a date of the form YYYY-MM-DD", crate::json::shorten(text));
        let mut parts = text.split('-');
        let (Some(year), Some(month), Some(day), None) = (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(invalid());
        };
        if year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return Err(invalid());
        }
        let year: i32 = year.parse().map_err(|_| invalid())?;
        let month: u32 = month.parse().map_err(|_| invalid())?;
        let day: u32 = day.parse().map_err(|_| invalid())?;
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(invalid()),
        };
        if day == 0 || day > days_in_month {
            return Err(invalid());
        }
        Ok(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Where a target stands. The codes are a public contract (`data-status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Achieved,
    OnTrack,
    NeedsAcceleration,
    LimitedProgress,
    Deterioration,
    NotAchieved,
    NoData,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Achieved,
        Status::OnTrack,
        Status::NeedsAcceleration,
        Status::LimitedProgress,
        Status::Deterioration,
        Status::NotAchieved,
        Status::NoData,
    ];

    /// The code in `data-status` and in the CLI's JSON.
    pub fn code(self) -> &'static str {
        match self {
            Status::Achieved => "achieved",
            Status::OnTrack => "on-track",
            Status::NeedsAcceleration => "needs-acceleration",
            Status::LimitedProgress => "limited-progress",
            Status::Deterioration => "deterioration",
            Status::NotAchieved => "not-achieved",
            Status::NoData => "no-data",
        }
    }

    /// The status in words.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Status::Achieved => lang.pick("已实现", "Achieved"),
            Status::OnTrack => lang.pick("按进度推进", "On track"),
            Status::NeedsAcceleration => lang.pick("需加快进度", "Needs acceleration"),
            Status::LimitedProgress => lang.pick("进展有限", "Limited progress"),
            Status::Deterioration => lang.pick("出现倒退", "Moving away from target"),
            Status::NotAchieved => lang.pick("未实现", "Not achieved"),
            Status::NoData => lang.pick("暂无数据", "No data"),
        }
    }

    /// The pace status for a growth ratio R (observed pace ÷ required pace).
    pub fn from_ratio(ratio: f64) -> Status {
        if ratio.is_nan() {
            Status::NoData
        } else if ratio >= 0.95 {
            Status::OnTrack
        } else if ratio >= 0.6 {
            Status::NeedsAcceleration
        } else if ratio >= 0.0 {
            Status::LimitedProgress
        } else {
            Status::Deterioration
        }
    }

    /// How good the news is, for ordering: higher is better; `no-data` is lowest.
    pub fn rank(self) -> u8 {
        match self {
            Status::Achieved => 5,
            Status::OnTrack => 4,
            Status::NeedsAcceleration => 3,
            Status::LimitedProgress => 2,
            Status::Deterioration | Status::NotAchieved => 1,
            Status::NoData => 0,
        }
    }
}

/// What the series of an assessment measures, in the target's unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quantity {
    /// The observations themselves (a growth rate, a level, a yearly count).
    Value,
    /// Additions summed since the period began.
    RunningTotal,
    /// The change since the baseline (points or percent).
    Change,
    /// The observation minus the comparison series (个百分点 above the average).
    Margin,
}

/// The target drawn across a chart, in the units of the series.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Goal {
    Line(f64),
    Band(f64, f64),
    None,
}

/// The answer to "are we on track?" for one target.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub status: Status,
    /// Observed pace ÷ required pace, where a pace applies.
    pub ratio: Option<f64>,
    /// Share of the way from the baseline to the target (1.0 = there).
    pub progress: Option<f64>,
    /// What is judged, per year, in the target's unit (see `quantity`).
    pub series: Vec<(i32, f64)>,
    pub quantity: Quantity,
    /// The target in the units of `series`.
    pub goal: Goal,
    /// The value of `series` each year would have if the plan were on schedule.
    pub expected: Vec<(i32, f64)>,
    /// Where the observed pace leads by the deadline.
    pub projection: Option<(i32, f64)>,
    /// The most recent point of `series`.
    pub latest: Option<(i32, f64)>,
    /// Whether bigger values of `series` are better (false for 不超过 and for reductions).
    pub up: bool,
    pub explanation: Bilingual,
}

/// Everything an assessment reads besides the target.
#[derive(Clone, Copy, Debug)]
pub struct Inputs<'a> {
    pub observations: &'a Observations,
    /// The quantity a `relative` target is compared with, by year (全市工业平均增速).
    pub benchmark: Option<&'a Observations>,
    pub as_of: Date,
}

/// How far a `左右` / `基本` target may fall short and still count: 5% of the value,
/// and at least half a percentage point for rates and shares.
pub fn tolerance(target: &Target, goal: f64) -> f64 {
    let floor = if matches!(target.unit.as_str(), "%" | "个百分点") { 0.5 } else { 0.0 };
    (goal.abs() * 0.05).max(floor)
}

/// The line a value must reach, and from which side.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Threshold {
    value: f64,
    /// True when bigger is better.
    up: bool,
}

impl Threshold {
    fn met(self, value: f64) -> bool {
        if self.up {
            value >= self.value - 1e-9
        } else {
            value <= self.value + 1e-9
        }
    }
}

/// The goal and the threshold for a target whose direction is `up` (bigger is better).
/// 左右 counts when short by no more than the tolerance; a range is met from its near end;
/// overshooting never fails a target (plans hedge with 左右 and ranges, they set no ceiling).
fn threshold(target: &Target, up: bool) -> Option<(Goal, f64, Threshold)> {
    let (goal, aim, value) = match (target.comparison, target.value, target.range) {
        (Comparison::Range, _, Some([low, high])) => {
            let near = if up { low } else { high };
            (Goal::Band(low, high), near, near)
        }
        (Comparison::About, Some(value), _) => {
            let slack = tolerance(target, value);
            (Goal::Line(value), value, if up { value - slack } else { value + slack })
        }
        (_, Some(value), _) => (Goal::Line(value), value, value),
        _ => return None,
    };
    Some((goal, aim, Threshold { value, up }))
}

/// Assesses `target` of `plan` on `inputs`.
pub fn assess(plan: &Plan, target: &Target, inputs: Inputs<'_>) -> Assessment {
    let window = Window {
        start: target.start_year.unwrap_or(plan.period.start),
        deadline: target.deadline.unwrap_or(plan.period.end),
        over: inputs.as_of.year > target.deadline.unwrap_or(plan.period.end),
    };
    let assessment = match target.kind {
        TargetKind::AnnualGrowth => annual_growth(target, inputs, window),
        TargetKind::Level => level(target, inputs, window),
        TargetKind::PerYear => per_year(target, inputs, window),
        TargetKind::Cumulative => cumulative(target, inputs, window),
        TargetKind::Change => change(target, inputs, window),
        TargetKind::Relative => relative(target, inputs, window),
    };
    let mut assessment = assessment.unwrap_or_else(|reason| no_data(target, reason));
    // Extreme inputs (a target of 1e-300) can overflow a ratio or a path; report none
    // rather than infinity. The status was decided on the comparison itself.
    assessment.ratio = assessment.ratio.filter(|ratio| ratio.is_finite());
    assessment.progress = assessment.progress.filter(|progress| progress.is_finite());
    assessment.projection = assessment.projection.filter(|(_, value)| value.is_finite());
    assessment.expected.retain(|(_, value)| value.is_finite());
    assessment
}

/// The years a target is judged on.
#[derive(Clone, Copy, Debug)]
struct Window {
    start: i32,
    deadline: i32,
    /// The as-of date is past the end of the deadline year.
    over: bool,
}

impl Window {
    fn observed(&self, observations: &Observations) -> Vec<(i32, f64)> {
        observations.range(self.start..=self.deadline).map(|(&year, &value)| (year, value)).collect()
    }

    /// The years of the window with no observation.
    fn missing(&self, observations: &Observations) -> Vec<i32> {
        (self.start..=self.deadline).filter(|year| !observations.contains_key(year)).collect()
    }

    fn years(&self) -> f64 {
        f64::from(self.deadline - self.start + 1)
    }
}

/// Why there is nothing to judge, in both languages.
struct NoData {
    zh: String,
    en: String,
}

fn no_data(target: &Target, reason: NoData) -> Assessment {
    let up = target.comparison != Comparison::AtMost && target.value.or(target.range.map(|[low, _]| low)).is_none_or(|value| target.kind != TargetKind::Change || value >= 0.0);
    let goal = threshold(target, up).map_or(Goal::None, |(goal, _, _)| goal);
    Assessment {
        status: Status::NoData,
        ratio: None,
        progress: None,
        series: Vec::new(),
        quantity: Quantity::Value,
        goal,
        expected: Vec::new(),
        projection: None,
        latest: None,
        up,
        explanation: Bilingual {
            zh: reason.zh,
            en: reason.en,
        },
    }
}

fn nothing_in(window: Window) -> NoData {
    if window.start == window.deadline {
        return NoData {
            zh: format!("尚无{}年的数据。", window.deadline),
            en: format!("No data for {} yet.", window.deadline),
        };
    }
    NoData {
        zh: format!("尚无{}—{}年的数据。", window.start, window.deadline),
        en: format!("No data for {}–{} yet.", window.start, window.deadline),
    }
}

/// Adds a pair of words to an explanation in both languages.
fn append(zh: &mut String, en: &mut String, (more_zh, more_en): (String, String)) {
    zh.push_str(&more_zh);
    en.push_str(&more_en);
}

/// The words for the years a judgement lacks: with the deadline year's value in, the
/// years missing inside the period; past the deadline without it, which year is missing
/// and which years (`from`–`to`) the pace comes from.
fn missing_words(window: Window, has_final: bool, missing: &[i32], from: i32, to: i32) -> (String, String) {
    if has_final && !missing.is_empty() {
        (format!("（缺{}年数据）", years_list(missing)), format!(" (no data for {})", years_list(missing)))
    } else if !has_final && window.over {
        final_year_missing(window, from, to)
    } else {
        (String::new(), String::new())
    }
}

/// The words for a status judged without the deadline year's value once that year is
/// over: which year is missing and which years the pace comes from.
fn final_year_missing(window: Window, from: i32, to: i32) -> (String, String) {
    let deadline = window.deadline;
    if from == to {
        (format!("；{deadline}年数据尚未发布，按{to}年的数据判断"), format!("; {deadline} data not yet published, judged on {to}"))
    } else {
        (
            format!("；{deadline}年数据尚未发布，按{from}—{to}年的速度判断"),
            format!("; {deadline} data not yet published, judged on the pace of {from}–{to}"),
        )
    }
}

/// The words for a status that is on track only by the method's threshold (R ≥ 0.95
/// while the target's own condition does not hold yet): what R is and what counts.
/// `what` names R (「平均增速」 is R of the target); `of_needed`: R is a share of what is
/// needed (a pace), not a share in itself (a mean attainment).
fn threshold_words(ratio: Option<f64>, status: Status, met: bool, what: (&str, &str), of_needed: bool) -> (String, String) {
    match ratio {
        Some(ratio) if status == Status::OnTrack && !met => {
            let share = number(ratio * 100.0, 1);
            let (what_zh, what_en) = what;
            let (of_zh, of_en) = if of_needed { ("所需的", " of what is needed") } else { ("", "") };
            (
                format!("；{what_zh}为{of_zh}{share}%，按本方法达到95%即视为按进度"),
                format!("; {what_en} is {share}%{of_en}, and 95% or more counts as on track"),
            )
        }
        _ => (String::new(), String::new()),
    }
}

/// The words for a 左右 target met only within its tolerance: how far short it is and
/// what 左右 allows.
fn slack_words(target: &Target, value: f64, aim: f64, met: bool, up: bool) -> (String, String) {
    if target.comparison != Comparison::About || !met || (if up { value >= aim - 1e-9 } else { value <= aim + 1e-9 }) {
        return (String::new(), String::new());
    }
    let slack = tolerance(target, aim);
    let unit = gap_unit(&target.unit);
    let (side_zh, side_en) = if up { ("低于", "below") } else { ("高于", "above") };
    let aim_text = number(aim, 2);
    let slack_text = number(slack, 2);
    (
        format!("；{side_zh}{aim_text}{}，但在“左右”允许的{slack_text}{unit}以内", target.unit),
        format!("; {side_en} {aim_text}{}, but within the {slack_text}{} that “about” allows", english_unit(&target.unit), english_unit(unit)),
    )
}

/// [`slack_words`] for a change target, whose value is signed: 「下降幅度不足3%」.
fn slack_words_signed(target: &Target, change: f64, aim: f64, met: bool, up: bool, unit: &str) -> (String, String) {
    if target.comparison != Comparison::About || !met || (if up { change >= aim - 1e-9 } else { change <= aim + 1e-9 }) {
        return (String::new(), String::new());
    }
    let slack = number(tolerance(target, aim), 2);
    let size = number(aim.abs(), 2);
    let gap = gap_unit(unit);
    let (verb_zh, verb_en) = if aim < 0.0 { ("下降", "fall") } else { ("上升", "rise") };
    (
        format!("；{verb_zh}幅度不足{size}{unit}，但在“左右”允许的{slack}{gap}以内"),
        format!("; a {verb_en} of less than {size}{}, but within the {slack}{} that “about” allows", english_unit(unit), english_unit(gap)),
    )
}

/// The unit of a difference of two values in `unit`: a difference of two percentages is
/// in percentage points (个百分点), anything else in its own unit.
pub fn gap_unit(unit: &str) -> &str {
    if unit == "%" {
        "个百分点"
    } else {
        unit
    }
}

/// The status of a target judged by a pace ratio, before its period is over: on track
/// whenever the condition already holds, else by the thresholds.
fn pace_status(met: bool, ratio: Option<f64>) -> Status {
    match (met, ratio) {
        (true, _) => Status::OnTrack,
        (false, Some(ratio)) => Status::from_ratio(ratio),
        (false, None) => Status::NeedsAcceleration,
    }
}

fn final_status(met: bool) -> Status {
    if met {
        Status::Achieved
    } else {
        Status::NotAchieved
    }
}

/// 年均增长X%: the compound average of the observed yearly rates against the target
/// rate; R = average ÷ target.
fn annual_growth(target: &Target, inputs: Inputs<'_>, window: Window) -> Result<Assessment, NoData> {
    let up = target.comparison != Comparison::AtMost;
    let observed = window.observed(inputs.observations);
    let (Some(&(latest_year, latest_value)), Some((goal, aim, line))) = (observed.last(), threshold(target, up)) else {
        return Err(nothing_in(window));
    };
    let average = average_growth(observed.iter().map(|&(_, rate)| rate));
    // The deadline year's value, and that year over: a final verdict.
    let has_final = latest_year == window.deadline && window.over;
    let met = line.met(average);
    let ratio = (up && aim > 0.0).then(|| average / aim);
    let status = if has_final { final_status(met) } else { pace_status(met, ratio) };
    let missing = window.missing(inputs.observations);

    let first_year = observed[0].0;
    let rate = number(latest_value, 2);
    let mean = number(average, 2);
    let name = &target.name;
    let one_year = window.start == window.deadline;
    // 「高于年均8%的目标」 for a plain floor; 「达到/未达到年均8%左右的目标」 otherwise.
    let (target_zh, target_en) = if target.comparison == Comparison::AtLeast {
        let (above_zh, above_en) = relation(average, aim);
        let aim = number(aim, 2);
        let lead = if one_year { "" } else { "年均" };
        let lead_en = if one_year { "" } else { "annual " };
        (format!("{above_zh}{lead}{aim}%的目标"), format!("{above_en} the {aim}% {lead_en}target"))
    } else {
        let (verdict_zh, verdict_en) = if met { ("达到", "meets") } else { ("未达到", "misses") };
        let lead = if one_year { "增长" } else { "年均增长" };
        (
            format!("{verdict_zh}{lead}{}的目标", goal_words(target, Lang::Zh)),
            format!("{verdict_en} the target of {} growth", goal_words(target, Lang::En)),
        )
    };
    let mut zh = if observed.len() == 1 {
        format!("{latest_year}年{}{rate}%，{target_zh}", name.zh)
    } else {
        format!("{latest_year}年{}{rate}%，{first_year}—{latest_year}年平均{mean}%，{target_zh}", name.zh)
    };
    let mut en = if observed.len() == 1 {
        format!("{}: {rate}% in {latest_year}, {target_en}", name.en)
    } else {
        format!("{}: {rate}% in {latest_year}; the {first_year}–{latest_year} average of {mean}% is {target_en}", name.en)
    };
    let (slack_zh, slack_en) = slack_words(target, average, aim, met, up);
    let what = if observed.len() == 1 { ("增速", "the growth rate") } else { ("平均增速", "the average") };
    let (lean_zh, lean_en) = threshold_words(ratio, status, met, what, true);
    append(&mut zh, &mut en, (slack_zh + &lean_zh, slack_en + &lean_en));
    if !has_final && !met && up {
        // The rate the remaining years need for the whole period to average the target.
        let done: f64 = observed.iter().map(|&(_, rate)| 1.0 + rate / 100.0).product();
        let remaining = missing.len() as f64;
        let needed = ((1.0 + aim / 100.0).powf(window.years()) / done).powf(1.0 / remaining) - 1.0;
        if needed.is_finite() {
            let needed = number(needed * 100.0, 1);
            zh.push_str(&format!("；余下年份需年均增长{needed}%"));
            en.push_str(&format!("; the remaining years need {needed}% a year"));
        }
    }
    append(&mut zh, &mut en, missing_words(window, has_final, &missing, first_year, latest_year));
    Ok(Assessment {
        status,
        ratio,
        progress: None,
        series: observed.clone(),
        quantity: Quantity::Value,
        goal,
        expected: (window.start..=window.deadline).map(|year| (year, aim)).collect(),
        projection: Some((window.deadline, average)),
        latest: Some((latest_year, latest_value)),
        up,
        explanation: finish(zh, en, status),
    })
}

/// The compound average of yearly growth rates in percent; the plain mean when a rate
/// of −100% or below makes the compound average undefined.
pub fn average_growth(rates: impl Iterator<Item = f64> + Clone) -> f64 {
    let count = rates.clone().count() as f64;
    if count == 0.0 {
        return f64::NAN;
    }
    if rates.clone().any(|rate| rate <= -100.0) {
        return rates.sum::<f64>() / count;
    }
    let product: f64 = rates.map(|rate| 1.0 + rate / 100.0).product();
    (product.powf(1.0 / count) - 1.0) * 100.0
}

/// A yearly pace between two values `years` apart: compound (a growth rate) when both are
/// positive, else linear (a change per year).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Pace {
    Compound(f64),
    Linear(f64),
}

impl Pace {
    /// Falls back to linear where a compound rate overflows (a baseline near zero).
    fn between(from: f64, to: f64, years: f64, compound: bool) -> Pace {
        let rate = (to / from).powf(1.0 / years) - 1.0;
        if compound && rate.is_finite() {
            Pace::Compound(rate)
        } else {
            Pace::Linear((to - from) / years)
        }
    }

    fn rate(self) -> f64 {
        match self {
            Pace::Compound(rate) | Pace::Linear(rate) => rate,
        }
    }

    fn apply(self, from: f64, years: f64) -> f64 {
        match self {
            Pace::Compound(rate) => from * (1.0 + rate).powf(years),
            Pace::Linear(step) => from + step * years,
        }
    }
}

/// A level by a deadline (到2020年达到150家, 比重不低于42%, 从0.68%提升到1.0%): the
/// required pace from the baseline (the plan's, else the first observation) to the target
/// by the deadline against the observed pace from the baseline to the latest observation.
fn level(target: &Target, inputs: Inputs<'_>, window: Window) -> Result<Assessment, NoData> {
    let observed: Vec<(i32, f64)> =
        inputs.observations.range(..=window.deadline).map(|(&year, &value)| (year, value)).collect();
    let Some(&(latest_year, latest_value)) = observed.last() else {
        return Err(nothing_in(window));
    };
    let (base_year, base_value) = match target.baseline {
        Some(baseline) => (baseline.year, baseline.value),
        None => observed[0],
    };
    let up = match target.comparison {
        Comparison::AtLeast => true,
        Comparison::AtMost => false,
        _ => target.value.or(target.range.map(|[low, _]| low)).is_none_or(|goal| goal >= base_value),
    };
    let Some((goal, aim, line)) = threshold(target, up) else {
        return Err(nothing_in(window));
    };
    let met = line.met(latest_value);
    let span = f64::from(window.deadline - base_year);
    let paces = |compound: bool| {
        let required = (span > 0.0).then(|| Pace::between(base_value, aim, span, compound));
        let observed = (latest_year > base_year)
            .then(|| Pace::between(base_value, latest_value, f64::from(latest_year - base_year), compound));
        (required, observed)
    };
    // Compound when both paces can be compound; the two must be of one kind to compare.
    let (required, observed_pace) = match paces(base_value > 0.0 && aim > 0.0 && latest_value > 0.0) {
        (Some(Pace::Compound(r)), Some(Pace::Compound(o))) => (Some(Pace::Compound(r)), Some(Pace::Compound(o))),
        (Some(Pace::Compound(r)), None) => (Some(Pace::Compound(r)), None),
        _ => paces(false),
    };
    let ratio = match (observed_pace, required) {
        (Some(observed), Some(required)) if required.rate().abs() > 1e-12 => {
            Some(observed.rate() / required.rate()).filter(|ratio| ratio.is_finite())
        }
        _ => None,
    };
    // Reached is achieved, even early; not reached is final only with the deadline's value.
    // The deadline year's value, and that year over: a final verdict.
    let has_final = latest_year == window.deadline && window.over;
    let status = if met {
        Status::Achieved
    } else if has_final {
        Status::NotAchieved
    } else {
        match ratio {
            Some(ratio) => pace_status(false, Some(ratio)),
            None if observed_pace.is_none() => return Err(one_point(target, latest_year, latest_value, aim, window)),
            None => Status::NeedsAcceleration,
        }
    };
    let expected = required
        .map(|pace| (base_year..=window.deadline).map(|year| (year, pace.apply(base_value, f64::from(year - base_year)))).collect())
        .unwrap_or_default();
    let projection =
        observed_pace.map(|pace| (window.deadline, pace.apply(latest_value, f64::from(window.deadline - latest_year))));
    let progress = ((aim - base_value).abs() > 1e-12).then(|| (latest_value - base_value) / (aim - base_value));

    // The plan's own baseline is an official value: it belongs on the chart too.
    let mut series = observed;
    if !series.iter().any(|&(year, _)| year == base_year) {
        series.insert(series.partition_point(|&(year, _)| year < base_year), (base_year, base_value));
    }
    let unit = &target.unit;
    let value = number(latest_value, 2);
    let deadline = window.deadline;
    let mut zh = format!("{latest_year}年{}为{value}{unit}，目标为{deadline}年{}", target.name.zh, goal_words(target, Lang::Zh));
    let eu = english_unit(unit);
    let mut en = format!("{}: {value}{eu} in {latest_year}; the target is {} by {deadline}", target.name.en, goal_words(target, Lang::En));
    if let (Some(progress), false, true) = (progress, met, latest_year > base_year) {
        let share = number(progress * 100.0, 0);
        let (from, from_year) = (number(base_value, 2), base_year);
        if progress >= 0.0 {
            zh.push_str(&format!("；自{from_year}年的{from}{unit}起已完成{share}%"));
            en.push_str(&format!("; {share}% of the way from {from}{eu} in {from_year}"));
        } else {
            zh.push_str(&format!("；较{from_year}年的{from}{unit}反而背离目标"));
            en.push_str(&format!("; further from the target than {from}{eu} in {from_year}"));
        }
    }
    let (slack_zh, slack_en) = slack_words(target, latest_value, aim, met, up);
    let (lean_zh, lean_en) = threshold_words(ratio, status, met, ("目前的速度", "the pace so far"), true);
    append(&mut zh, &mut en, (slack_zh + &lean_zh, slack_en + &lean_en));
    if !met && !has_final && window.over {
        append(&mut zh, &mut en, final_year_missing(window, base_year, latest_year));
    }
    Ok(Assessment {
        status,
        ratio,
        progress,
        series,
        quantity: Quantity::Value,
        goal,
        expected,
        projection,
        latest: Some((latest_year, latest_value)),
        up,
        explanation: finish(zh, en, status),
    })
}

/// One observation, no baseline: the level is known but not the pace.
fn one_point(target: &Target, year: i32, value: f64, aim: f64, window: Window) -> NoData {
    let unit = &target.unit;
    let eu = english_unit(unit);
    let (value, aim) = (number(value, 2), number(aim, 2));
    let deadline = window.deadline;
    NoData {
        zh: format!(
            "{year}年{}为{value}{unit}（目标{deadline}年{aim}{unit}）；只有一个年份的数据、规划未给基期值，尚不能判断进度。",
            target.name.zh
        ),
        en: format!(
            "{}: {value}{eu} in {year} (target {aim}{eu} by {deadline}); one year of data and no baseline in the plan is not enough to judge the pace.",
            target.name.en
        ),
    }
}

/// 每年…不少于X: each year judged on its own. Before the period ends, R is the mean of the
/// yearly attainments (each capped at 1, so a surplus in one year cannot hide a miss).
fn per_year(target: &Target, inputs: Inputs<'_>, window: Window) -> Result<Assessment, NoData> {
    let up = target.comparison != Comparison::AtMost;
    let observed = window.observed(inputs.observations);
    let (Some(&(latest_year, latest_value)), Some((goal, aim, line))) = (observed.last(), threshold(target, up)) else {
        return Err(nothing_in(window));
    };
    let met_years = observed.iter().filter(|&&(_, value)| line.met(value)).count();
    let all_met = met_years == observed.len();
    let attainment = |value: f64| -> f64 {
        if up {
            if aim > 0.0 { (value / aim).min(1.0) } else if value >= aim { 1.0 } else { 0.0 }
        } else if value > 0.0 {
            (aim / value).min(1.0)
        } else {
            1.0
        }
    };
    let ratio = observed.iter().map(|&(_, value)| attainment(value)).sum::<f64>() / observed.len() as f64;
    // The deadline year's value, and that year over: a final verdict.
    let has_final = latest_year == window.deadline && window.over;
    let status = if has_final { final_status(all_met) } else { pace_status(all_met, Some(ratio)) };
    let unit = &target.unit;
    let value = number(latest_value, 2);
    let (verdict_zh, verdict_en) = if line.met(latest_value) { ("达到", "meets") } else { ("未达到", "misses") };
    let count = observed.len();
    let mut zh = format!(
        "{latest_year}年{}为{value}{unit}，{verdict_zh}每年{}的目标；已有数据的{count}个年份中{met_years}个达标",
        target.name.zh,
        goal_words(target, Lang::Zh)
    );
    let mut en = format!(
        "{}: {value}{} in {latest_year}, which {verdict_en} the yearly target of {}; {met_years} of {count} years with data met it",
        target.name.en,
        english_unit(unit),
        goal_words(target, Lang::En)
    );
    let (slack_zh, slack_en) = slack_words(target, latest_value, aim, line.met(latest_value), up);
    let (lean_zh, lean_en) = threshold_words(Some(ratio), status, all_met, ("各年完成率的平均", "the mean yearly attainment"), false);
    append(&mut zh, &mut en, (slack_zh + &lean_zh, slack_en + &lean_en));
    let missing = window.missing(inputs.observations);
    append(&mut zh, &mut en, missing_words(window, has_final, &missing, observed[0].0, latest_year));
    Ok(Assessment {
        status,
        ratio: Some(ratio),
        progress: None,
        series: observed,
        quantity: Quantity::Value,
        goal,
        expected: (window.start..=window.deadline).map(|year| (year, aim)).collect(),
        projection: None,
        latest: Some((latest_year, latest_value)),
        up,
        explanation: finish(zh, en, status),
    })
}

/// 3年内新增X: the yearly additions summed; achieved once the sum reaches the target.
/// R = additions per observed year ÷ the target spread evenly over the period's years.
fn cumulative(target: &Target, inputs: Inputs<'_>, window: Window) -> Result<Assessment, NoData> {
    let up = target.comparison != Comparison::AtMost;
    let observed = window.observed(inputs.observations);
    let (Some(&(latest_year, _)), Some((goal, aim, line))) = (observed.last(), threshold(target, up)) else {
        return Err(nothing_in(window));
    };
    let mut total = 0.0;
    let series: Vec<(i32, f64)> = observed
        .iter()
        .map(|&(year, value)| {
            total += value;
            (year, total)
        })
        .collect();
    let met = line.met(total);
    let elapsed = observed.len() as f64;
    let per_year_needed = aim / window.years();
    let ratio = (per_year_needed.abs() > 1e-12).then(|| (total / elapsed) / per_year_needed);
    // The total is final only when every year's additions are in: a missing year may
    // have added what the target lacks.
    let missing = window.missing(inputs.observations);
    let complete = missing.is_empty() && window.over;
    let status = if up {
        if met {
            Status::Achieved
        } else if complete {
            Status::NotAchieved
        } else {
            pace_status(false, ratio)
        }
    } else if complete {
        final_status(met)
    } else if met {
        Status::OnTrack
    } else {
        Status::Deterioration
    };
    let projection = (window.deadline, total + total / elapsed * (window.years() - elapsed));
    let unit = &target.unit;
    let sum = number(total, 2);
    let span_zh = if window.start == latest_year { format!("{latest_year}年") } else { format!("{}—{latest_year}年", window.start) };
    let span_en = if window.start == latest_year { format!("in {latest_year}") } else { format!("over {}–{latest_year}", window.start) };
    let mut zh = format!(
        "{span_zh}{}累计{sum}{unit}，目标为{}年累计{}",
        target.name.zh,
        window.deadline,
        goal_words(target, Lang::Zh)
    );
    let mut en = format!(
        "{}: {sum}{} in total {span_en}; the target is {} by {}",
        target.name.en,
        english_unit(unit),
        goal_words(target, Lang::En),
        window.deadline
    );
    let (slack_zh, slack_en) = slack_words(target, total, aim, met, up);
    let (lean_zh, lean_en) = threshold_words(ratio, status, met, ("每年新增的速度", "the yearly additions so far"), true);
    append(&mut zh, &mut en, (slack_zh + &lean_zh, slack_en + &lean_en));
    if status != Status::Achieved && !complete {
        if latest_year == window.deadline && !missing.is_empty() {
            zh.push_str(&format!("（缺{}年数据）", years_list(&missing)));
            en.push_str(&format!(" (no data for {})", years_list(&missing)));
        } else if window.over {
            append(&mut zh, &mut en, final_year_missing(window, observed[0].0, latest_year));
        }
    }
    Ok(Assessment {
        status,
        ratio,
        progress: (aim.abs() > 1e-12).then(|| total / aim),
        series,
        quantity: Quantity::RunningTotal,
        goal,
        expected: (window.start..=window.deadline)
            .map(|year| (year, aim * f64::from(year - window.start + 1) / window.years()))
            .collect(),
        projection: Some(projection),
        latest: Some((latest_year, total)),
        up,
        explanation: finish(zh, en, status),
    })
}

/// 3年提高5个百分点, 下降3%左右: the change from the baseline (the plan's, else the year
/// before the period, else the first observation) to the latest observation, against a
/// change spread evenly over the years to the deadline. The target value is signed.
fn change(target: &Target, inputs: Inputs<'_>, window: Window) -> Result<Assessment, NoData> {
    let observed: Vec<(i32, f64)> =
        inputs.observations.range(..=window.deadline).map(|(&year, &value)| (year, value)).collect();
    let base = match target.baseline {
        Some(baseline) => Some((baseline.year, baseline.value)),
        None => inputs
            .observations
            .get(&(window.start - 1))
            .map(|&value| (window.start - 1, value))
            .or(observed.first().copied()),
    };
    let Some((base_year, base_value)) = base else {
        return Err(nothing_in(window));
    };
    let after: Vec<(i32, f64)> = observed.iter().copied().filter(|&(year, _)| year > base_year).collect();
    let percent = target.change_in == Some(ChangeIn::Percent);
    let Some(&(latest_year, _)) = after.last() else {
        return Err(NoData {
            zh: format!(
                "{}需要基期（{}年）和之后至少一个年份的数值，才能计算变化。",
                target.name.zh,
                window.start - 1
            ),
            en: format!(
                "{}: the change needs the value of a base year ({}) and of at least one later year.",
                target.name.en,
                window.start - 1
            ),
        });
    };
    if percent && base_value == 0.0 {
        return Err(NoData {
            zh: format!("{}的基期值为0，无法计算相对变化。", target.name.zh),
            en: format!("{}: the base value is 0, so a relative change cannot be computed.", target.name.en),
        });
    }
    let changed = |value: f64| if percent { (value / base_value - 1.0) * 100.0 } else { value - base_value };
    let series: Vec<(i32, f64)> =
        std::iter::once((base_year, 0.0)).chain(after.iter().map(|&(year, value)| (year, changed(value)))).collect();
    let &(_, latest_change) = series.last().expect("after is not empty");
    let aim_sign = target.value.or(target.range.map(|[low, _]| low)).unwrap_or(0.0);
    let up = aim_sign >= 0.0;
    let Some((goal, aim, line)) = threshold(target, up) else {
        return Err(nothing_in(window));
    };
    let met = line.met(latest_change);
    let span = f64::from(window.deadline - base_year);
    let required = aim / span;
    let observed_pace = latest_change / f64::from(latest_year - base_year);
    let ratio = (required.abs() > 1e-12 && span > 0.0).then(|| observed_pace / required);
    // Reached is achieved, even early (like a level); not reached is final only with
    // the deadline's value.
    // The deadline year's value, and that year over: a final verdict.
    let has_final = latest_year == window.deadline && window.over;
    let status = if met {
        Status::Achieved
    } else if has_final {
        Status::NotAchieved
    } else {
        pace_status(false, ratio)
    };
    let unit = if percent { "%" } else { gap_unit(&target.unit) };
    let moved = number(latest_change.abs(), 2);
    let (verb_zh, verb_en) = if latest_change >= 0.0 { ("上升", "up") } else { ("下降", "down") };
    let mut zh = format!(
        "{latest_year}年{}较{base_year}年{verb_zh}{moved}{unit}，目标为到{}年{}",
        target.name.zh,
        window.deadline,
        goal_words(target, Lang::Zh)
    );
    let mut en = format!(
        "{}: {verb_en} {moved}{} from {base_year} to {latest_year}; the target is {} by {}",
        target.name.en,
        english_unit(unit),
        goal_words(target, Lang::En),
        window.deadline
    );
    if !met && aim.abs() > 1e-12 && latest_change / aim < 0.0 {
        zh.push_str("，与目标方向相反");
        en.push_str(", the opposite direction to the target");
    }
    let (slack_zh, slack_en) = slack_words_signed(target, latest_change, aim, met, up, unit);
    let (lean_zh, lean_en) = threshold_words(ratio, status, met, ("目前的变化速度", "the pace of change so far"), true);
    append(&mut zh, &mut en, (slack_zh + &lean_zh, slack_en + &lean_en));
    if !met && !has_final && window.over {
        append(&mut zh, &mut en, final_year_missing(window, base_year, latest_year));
    }
    Ok(Assessment {
        status,
        ratio,
        progress: (aim.abs() > 1e-12).then(|| latest_change / aim),
        series,
        quantity: Quantity::Change,
        goal,
        expected: (base_year..=window.deadline).map(|year| (year, required * f64::from(year - base_year))).collect(),
        projection: Some((window.deadline, latest_change + observed_pace * f64::from(window.deadline - latest_year))),
        latest: Some((latest_year, latest_change)),
        up,
        explanation: finish(zh, en, status),
    })
}

/// A unit as English text follows a number: "%" and "pp" attach, others are spaced.
/// A Chinese classifier (家, 个, 项 …) has no English word: the number stands alone ("at
/// least 150"); measures are named ("100 million yuan", "days"); an unknown unit stays as
/// written.
pub fn english_unit(unit: &str) -> String {
    let english = match unit {
        "%" => return "%".to_owned(),
        "" | "家" | "个" | "项" | "件" | "座" | "台" | "套" | "条" | "所" | "户" | "款" | "批" | "处" | "种" | "只" | "架" | "栋" | "间"
        | "支" | "部" | "本" | "辆" | "艘" | "届" | "期" | "家次" | "项次" | "个次" => return String::new(),
        "个百分点" | "百分点" => "pp",
        "名" | "人" => "people",
        "位" => "people",
        "人次" => "person-times",
        "次" => "times",
        "场" => "events",
        "天" | "日" => "days",
        "年" => "years",
        "月" | "个月" => "months",
        "元" => "yuan",
        "万元" => "× 10,000 yuan",
        "亿元" => "× 100 million yuan",
        "万亿元" => "trillion yuan",
        "亿" => "× 100 million",
        "万" => "× 10,000",
        "万人" => "× 10,000 people",
        "千瓦" => "kW",
        "万千瓦" => "× 10,000 kW",
        "吨" => "t",
        "万吨" => "× 10,000 t",
        "平方米" => "m²",
        "公里" => "km",
        other => other,
    };
    format!(" {english}")
}


/// 高于全市平均水平1个百分点以上, 增速快于全市平均: the margin over the comparison series,
/// averaged over the years both have. With a margin target above zero, R = mean margin ÷
/// target; for "not below the average" (0), a shortfall is limited progress, or
/// deterioration when the gap is widening, or needs acceleration when the latest year
/// is back above.
fn relative(target: &Target, inputs: Inputs<'_>, window: Window) -> Result<Assessment, NoData> {
    let against = target.relative_to.as_deref().unwrap_or("对比指标");
    let Some(benchmark) = inputs.benchmark.filter(|benchmark| !benchmark.is_empty()) else {
        let has_values = !window.observed(inputs.observations).is_empty();
        return Err(NoData {
            zh: format!(
                "{}是相对目标（对比“{against}”），需要同时提供对比数据（benchmark）{}。",
                target.name.zh,
                if has_values { "" } else { "与本指标数据" }
            ),
            en: format!(
                "{} is compared with another quantity ({against}): give that series as `benchmark`{}.",
                target.name.en,
                if has_values { "" } else { ", and this target's values" }
            ),
        });
    };
    let up = target.comparison != Comparison::AtMost;
    let margins: Vec<(i32, f64)> = window
        .observed(inputs.observations)
        .into_iter()
        .filter_map(|(year, value)| Some((year, value - benchmark.get(&year)?)))
        .collect();
    let (Some(&(latest_year, latest_margin)), Some((goal, aim, line))) = (margins.last(), threshold(target, up)) else {
        return Err(nothing_in(window));
    };
    let mean = margins.iter().map(|&(_, margin)| margin).sum::<f64>() / margins.len() as f64;
    let met = line.met(mean);
    // The deadline year's value, and that year over: a final verdict.
    let has_final = latest_year == window.deadline && window.over;
    let ratio = (up && aim > 0.0).then(|| mean / aim);
    let status = if has_final {
        final_status(met)
    } else if met {
        Status::OnTrack
    } else if let Some(ratio) = ratio {
        Status::from_ratio(ratio)
    } else if line.met(latest_margin) {
        Status::NeedsAcceleration
    } else if margins.len() >= 2 && latest_margin < margins[0].1 {
        Status::Deterioration
    } else {
        Status::LimitedProgress
    };
    let unit = gap_unit(&target.unit);
    let (above_zh, above_en) = if latest_margin >= 0.0 { ("高出", "above") } else { ("低", "below") };
    let eu = english_unit(unit);
    let gap = number(latest_margin.abs(), 2);
    let mut zh = format!("{latest_year}年{}比“{against}”{above_zh}{gap}{unit}", target.name.zh);
    let mut en = format!("{}: {gap}{eu} {above_en} {against} in {latest_year}", target.name.en);
    if margins.len() > 1 {
        let mean_text = number(mean, 2);
        zh.push_str(&format!("，{}—{latest_year}年平均差值{mean_text}{unit}", margins[0].0));
        en.push_str(&format!("; the {}–{latest_year} mean margin is {mean_text}{eu}", margins[0].0));
    }
    zh.push_str(&format!("，目标为{}", goal_words(target, Lang::Zh)));
    en.push_str(&format!("; the target is {}", goal_words(target, Lang::En)));
    append(&mut zh, &mut en, threshold_words(ratio, status, met, ("平均差值", "the mean margin"), true));
    let years_with_both: Vec<i32> = margins.iter().map(|&(year, _)| year).collect();
    let missing: Vec<i32> = (window.start..=window.deadline).filter(|year| !years_with_both.contains(year)).collect();
    append(&mut zh, &mut en, missing_words(window, has_final, &missing, margins[0].0, latest_year));
    Ok(Assessment {
        status,
        ratio,
        progress: None,
        series: margins,
        quantity: Quantity::Margin,
        goal,
        expected: (window.start..=window.deadline).map(|year| (year, aim)).collect(),
        projection: None,
        latest: Some((latest_year, latest_margin)),
        up,
        explanation: finish(zh, en, status),
    })
}

/// The target in words: 「150家以上」, "at least 150 家", 「3–5家」, 「下降3%左右」.
pub fn goal_words(target: &Target, lang: Lang) -> String {
    let unit = match (target.kind, target.change_in) {
        (TargetKind::Change, Some(ChangeIn::Points)) => gap_unit(&target.unit),
        _ => target.unit.as_str(),
    };
    if target.kind == TargetKind::Relative {
        let against = target.relative_to.as_deref().unwrap_or(lang.pick("对比指标", "the benchmark"));
        let margin = target.value.unwrap_or(0.0);
        return match (lang, margin == 0.0) {
            (Lang::Zh, true) => format!("不低于“{against}”"),
            (Lang::Zh, false) => format!("高于“{against}”{}{unit}以上", number(margin, 2)),
            (Lang::En, true) => format!("not below {against}"),
            (Lang::En, false) => format!("at least {}{} above {against}", number(margin, 2), english_unit(unit)),
        };
    }
    let signed = target.kind == TargetKind::Change;
    let show = |value: f64| number(if signed { value.abs() } else { value }, 2);
    let verb = match (signed, target.value.or(target.range.map(|[low, _]| low)).unwrap_or(0.0) < 0.0, lang) {
        (true, true, Lang::Zh) => "下降",
        (true, false, Lang::Zh) => "提高",
        (true, true, Lang::En) => "down ",
        (true, false, Lang::En) => "up ",
        (false, _, _) => "",
    };
    match (target.comparison, target.value, target.range, lang) {
        (Comparison::Range, _, Some([low, high]), Lang::Zh) => format!("{verb}{}–{}{unit}", show(low), show(high)),
        (Comparison::Range, _, Some([low, high]), Lang::En) => format!("{verb}{}–{}{}", show(low), show(high), english_unit(unit)),
        (_, Some(value), _, Lang::Zh) => {
            let suffix = match target.comparison {
                Comparison::AtLeast => "以上",
                Comparison::AtMost => "以内",
                Comparison::About => "左右",
                Comparison::Exactly | Comparison::Range => "",
            };
            format!("{verb}{}{unit}{suffix}", show(value))
        }
        (_, Some(value), _, Lang::En) => {
            let prefix = match target.comparison {
                Comparison::AtLeast => "at least ",
                Comparison::AtMost => "at most ",
                Comparison::About => "about ",
                Comparison::Exactly | Comparison::Range => "",
            };
            format!("{verb}{prefix}{}{}", show(value), english_unit(unit))
        }
        _ => String::new(),
    }
}

fn relation(value: f64, aim: f64) -> (&'static str, &'static str) {
    if value > aim + 1e-9 {
        ("高于", "above")
    } else if value < aim - 1e-9 {
        ("低于", "below")
    } else {
        ("等于", "equal to")
    }
}

fn years_list(years: &[i32]) -> String {
    years.iter().map(i32::to_string).collect::<Vec<_>>().join("、")
}

/// Ends an explanation with the status in words.
fn finish(zh: String, en: String, status: Status) -> Bilingual {
    Bilingual {
        zh: format!("{zh}，{}。", status.label(Lang::Zh)),
        en: format!("{en} — {}.", status.label(Lang::En).to_ascii_lowercase()),
    }
}

/// Counts per status, for a plan's summary strip.
pub fn summarize<'a>(statuses: impl Iterator<Item = Status> + 'a) -> SortedMap<&'static str, usize> {
    let mut counts: SortedMap<&'static str, usize> = Status::ALL.iter().map(|status| (status.code(), 0)).collect();
    for status in statuses {
        *counts.get_or_default(status.code()) += 1;
    }
    counts
}
