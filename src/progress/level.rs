//! The method for a `level` target (到2020年达到150家): the pace from the baseline to
//! the latest value against the pace the target needs by its deadline.

use crate::catalog::{Comparison, Target};
use crate::i18n::{number, Lang};

use super::threshold::{pace_status, threshold};
use super::words::{append, english_unit, final_year_missing, finish, goal_words, slack_words, threshold_words};
use super::{nothing_in, Assessment, Inputs, NoData, Quantity, Status, Window};

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
pub(super) fn level(target: &Target, inputs: Inputs<'_>, window: Window) -> Result<Assessment, NoData> {
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
