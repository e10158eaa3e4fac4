//! The method for a `per-year` target (每年…不少于X): each year judged on its own.

use crate::catalog::{Comparison, Target};
use crate::i18n::{number, Lang};

use super::threshold::{final_status, pace_status, threshold};
use super::words::{append, english_unit, finish, goal_words, missing_words, slack_words, threshold_words};
use super::{nothing_in, Assessment, Inputs, NoData, Quantity, Window};

/// 每年…不少于X: each year judged on its own. Before the period ends, R is the mean of the
/// yearly attainments (each capped at 1, so a surplus in one year cannot hide a miss).
pub(super) fn per_year(target: &Target, inputs: Inputs<'_>, window: Window) -> Result<Assessment, NoData> {
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
