//! Progress: is a target on track? Pure functions of a target, its observations and an
//! as-of date that the caller passes in — this module never reads a clock.
//!
//! Statuses follow the Statistics Canada / Open SDG growth-ratio thresholds, made
//! deadline-aware: R ≥ 0.95 on track, 0.6 ≤ R < 0.95 needs acceleration, 0 ≤ R < 0.6
//! limited progress, R < 0 deterioration; `achieved` once the condition holds,
//! `not-achieved` when the period is over and it does not.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::catalog::{Bilingual, Comparison, Plan, Target, TargetKind};
use crate::i18n::{number, Lang};

/// Observed values by year.
pub type Observations = BTreeMap<i32, f64>;

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
        let invalid = || format!("`{text}` is not a date of the form YYYY-MM-DD");
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
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
        if ratio >= 0.95 {
            Status::OnTrack
        } else if ratio >= 0.6 {
            Status::NeedsAcceleration
        } else if ratio >= 0.0 {
            Status::LimitedProgress
        } else {
            Status::Deterioration
        }
    }
}

/// The answer to "are we on track?" for one target.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub status: Status,
    /// Observed pace ÷ required pace, where a pace applies.
    pub ratio: Option<f64>,
    /// Share of the way from the baseline to the target (1.0 = there).
    pub progress: Option<f64>,
    /// The value each year would have if the plan were on schedule.
    pub expected: Vec<(i32, f64)>,
    /// Where the observed pace leads by the deadline.
    pub projection: Option<(i32, f64)>,
    /// The most recent observation inside the plan's window.
    pub latest: Option<(i32, f64)>,
    pub explanation: Bilingual,
}

/// Assesses `target` of `plan` on `observations`, as of `as_of`.
pub fn assess(plan: &Plan, target: &Target, observations: &Observations, as_of: Date) -> Assessment {
    let deadline = target.deadline.unwrap_or(plan.period.end);
    match target.kind {
        TargetKind::AnnualGrowth => assess_annual_growth(plan, target, observations, deadline),
        TargetKind::Level => assess_level(target, observations, deadline, as_of),
        TargetKind::PerYear | TargetKind::Cumulative | TargetKind::Change | TargetKind::Relative => {
            Assessment {
                explanation: Bilingual {
                    zh: "此类目标的进度评估尚未提供。".to_owned(),
                    en: "Progress for this kind of target is not assessed yet.".to_owned(),
                },
                ..no_data(observations, plan.period.start, deadline)
            }
        }
    }
}

/// The value the comparison is made against: the target, or the lower end of a range.
pub fn reference_value(target: &Target) -> Option<f64> {
    target.value.or(target.range.map(|[low, _]| low))
}

/// Whether `value` satisfies the target's comparison. `左右` allows 5% of the value.
pub fn meets(target: &Target, value: f64) -> bool {
    let Some(reference) = reference_value(target) else {
        return false;
    };
    match target.comparison {
        Comparison::AtLeast => value >= reference,
        Comparison::AtMost => value <= reference,
        Comparison::About => (value - reference).abs() <= reference.abs() * 0.05,
        Comparison::Range => target.range.is_some_and(|[low, high]| low <= value && value <= high),
        Comparison::Exactly => (value - reference).abs() < 1e-9,
    }
}

fn no_data(observations: &Observations, start: i32, deadline: i32) -> Assessment {
    Assessment {
        status: Status::NoData,
        ratio: None,
        progress: None,
        expected: Vec::new(),
        projection: None,
        latest: observations.range(start..=deadline).next_back().map(|(&year, &value)| (year, value)),
        explanation: Bilingual {
            zh: format!("尚无{start}—{deadline}年的数据。"),
            en: format!("No data for {start}–{deadline} yet."),
        },
    }
}

/// 年均增长X%: R = compound average of the observed yearly rates ÷ the target rate.
fn assess_annual_growth(plan: &Plan, target: &Target, observations: &Observations, deadline: i32) -> Assessment {
    let start = plan.period.start;
    let observed: Vec<(i32, f64)> = observations.range(start..=deadline).map(|(&y, &v)| (y, v)).collect();
    let (Some(&(latest_year, latest_value)), Some(goal)) = (observed.last(), reference_value(target)) else {
        return no_data(observations, start, deadline);
    };
    let average = average_growth(observed.iter().map(|&(_, rate)| rate));
    let complete = (start..=deadline).all(|year| observations.contains_key(&year));
    let ratio = (goal > 0.0).then(|| average / goal);
    let status = match (complete, meets(target, average), ratio) {
        (true, true, _) => Status::Achieved,
        (true, false, _) => Status::NotAchieved,
        (false, _, Some(ratio)) => Status::from_ratio(ratio),
        (false, true, None) => Status::OnTrack,
        (false, false, None) => Status::NeedsAcceleration,
    };

    let name = &target.name;
    let (relation_zh, relation_en) = if average > goal {
        ("高于", "above")
    } else if average < goal {
        ("低于", "below")
    } else {
        ("等于", "equal to")
    };
    let latest = number(latest_value, 2);
    let goal_text = number(goal, 2);
    let explanation = if observed.len() == 1 {
        Bilingual {
            zh: format!(
                "{latest_year}年{}{latest}%，{relation_zh}年均{goal_text}%的目标，{}。",
                name.zh,
                status.label(Lang::Zh)
            ),
            en: format!(
                "{}: {latest}% in {latest_year}, {relation_en} the {goal_text}% annual target — {}.",
                name.en,
                status.label(Lang::En).to_lowercase()
            ),
        }
    } else {
        let first_year = observed[0].0;
        let average = number(average, 1);
        Bilingual {
            zh: format!(
                "{latest_year}年{}{latest}%，{first_year}—{latest_year}年平均{average}%，{relation_zh}年均{goal_text}%的目标，{}。",
                name.zh,
                status.label(Lang::Zh)
            ),
            en: format!(
                "{}: {latest}% in {latest_year}; the {first_year}–{latest_year} average of {average}% is {relation_en} the {goal_text}% annual target — {}.",
                name.en,
                status.label(Lang::En).to_lowercase()
            ),
        }
    };

    Assessment {
        status,
        ratio,
        progress: None,
        expected: (start..=deadline).map(|year| (year, goal)).collect(),
        projection: Some((deadline, average)),
        latest: Some((latest_year, latest_value)),
        explanation,
    }
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

/// A level by a deadline: linear required pace from the baseline (the plan's, else the
/// first observation) to the target; R = observed pace ÷ required pace.
fn assess_level(target: &Target, observations: &Observations, deadline: i32, as_of: Date) -> Assessment {
    let Some(goal) = reference_value(target) else {
        return no_data(observations, deadline, deadline);
    };
    let Some((&latest_year, &latest_value)) = observations.range(..=deadline).next_back() else {
        return no_data(observations, target.baseline.map_or(deadline, |b| b.year), deadline);
    };
    let (base_year, base_value) = match target.baseline {
        Some(baseline) => (baseline.year, baseline.value),
        None => observations.iter().next().map(|(&year, &value)| (year, value)).unwrap_or((latest_year, latest_value)),
    };
    let expected: Vec<(i32, f64)> = if deadline > base_year {
        let step = (goal - base_value) / f64::from(deadline - base_year);
        (base_year..=deadline).map(|year| (year, base_value + step * f64::from(year - base_year))).collect()
    } else {
        Vec::new()
    };
    let required = if deadline > base_year { (goal - base_value) / f64::from(deadline - base_year) } else { 0.0 };
    let observed_pace =
        (latest_year > base_year).then(|| (latest_value - base_value) / f64::from(latest_year - base_year));
    let ratio = observed_pace.filter(|_| required != 0.0).map(|pace| pace / required);
    let progress = (goal != base_value).then(|| (latest_value - base_value) / (goal - base_value));
    let projection =
        observed_pace.map(|pace| (deadline, latest_value + pace * f64::from(deadline - latest_year)));

    let status = if meets(target, latest_value) {
        Status::Achieved
    } else if as_of.year > deadline && latest_year >= deadline {
        Status::NotAchieved
    } else {
        match ratio {
            Some(ratio) => Status::from_ratio(ratio),
            None => Status::NoData,
        }
    };
    let unit = &target.unit;
    let latest = number(latest_value, 2);
    let goal_text = number(goal, 2);
    let explanation = Bilingual {
        zh: format!(
            "{latest_year}年{}为{latest}{unit}，目标为{deadline}年{goal_text}{unit}，{}。",
            target.name.zh,
            status.label(Lang::Zh)
        ),
        en: format!(
            "{}: {latest} {unit} in {latest_year}; the target is {goal_text} {unit} by {deadline} — {}.",
            target.name.en,
            status.label(Lang::En).to_lowercase()
        ),
    };
    Assessment {
        status,
        ratio,
        progress,
        expected,
        projection,
        latest: Some((latest_year, latest_value)),
        explanation,
    }
}
