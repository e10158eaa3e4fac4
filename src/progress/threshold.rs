//! When a value counts as meeting a target: the tolerance of 左右 / 基本, the line a
//! value must reach for each comparison, and the status that follows from met and pace.

use crate::catalog::{Comparison, Target};

use super::{Goal, Status};

/// How far a `左右` / `基本` target may fall short and still count: 5% of the value,
/// and at least half a percentage point for rates and shares.
pub fn tolerance(target: &Target, goal: f64) -> f64 {
    let floor = if matches!(target.unit.as_str(), "%" | "个百分点") { 0.5 } else { 0.0 };
    (goal.abs() * 0.05).max(floor)
}

/// The line a value must reach, and from which side.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Threshold {
    value: f64,
    /// True when bigger is better.
    up: bool,
}

impl Threshold {
    pub(super) fn met(self, value: f64) -> bool {
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
pub(super) fn threshold(target: &Target, up: bool) -> Option<(Goal, f64, Threshold)> {
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

/// The status of a target judged by a pace ratio, before its period is over: on track
/// whenever the condition already holds, else by the thresholds.
pub(super) fn pace_status(met: bool, ratio: Option<f64>) -> Status {
    match (met, ratio) {
        (true, _) => Status::OnTrack,
        (false, Some(ratio)) => Status::from_ratio(ratio),
        (false, None) => Status::NeedsAcceleration,
    }
}

pub(super) fn final_status(met: bool) -> Status {
    if met {
        Status::Achieved
    } else {
        Status::NotAchieved
    }
}
