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
//!
//! The files: this one holds the vocabulary (the date, the statuses, an assessment and
//! its inputs) and [`assess`], which picks the method for the kind of target. Each method
//! has its own file (`annual_growth`, `level`, `per_year`, `cumulative`, `change`,
//! `relative`); `threshold` says when a value counts as meeting a target and which
//! status follows; `words` writes the explanations.

mod annual_growth;
mod change;
mod cumulative;
mod level;
mod per_year;
mod relative;
mod threshold;
mod words;

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::catalog::{Bilingual, Comparison, Plan, Target, TargetKind};
use crate::i18n::Lang;

use crate::sorted::SortedMap;

pub use annual_growth::average_growth;
pub use threshold::tolerance;
pub use words::{english_unit, gap_unit, goal_words};

use annual_growth::annual_growth;
use change::change;
use cumulative::cumulative;
use level::level;
use per_year::per_year;
use relative::relative;
use threshold::threshold;

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

/// Counts per status, for a plan's summary strip.
pub fn summarize<'a>(statuses: impl Iterator<Item = Status> + 'a) -> SortedMap<&'static str, usize> {
    let mut counts: SortedMap<&'static str, usize> = Status::ALL.iter().map(|status| (status.code(), 0)).collect();
    for status in statuses {
        *counts.get_or_default(status.code()) += 1;
    }
    counts
}
