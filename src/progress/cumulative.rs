//! The method for a `cumulative` target (3年内新增X): the yearly additions summed.

use crate::catalog::{Comparison, Target};
use crate::i18n::{number, Lang};

use super::threshold::{final_status, pace_status, threshold};
use super::words::{append, english_unit, final_year_missing, finish, goal_words, slack_words, threshold_words, years_list};
use super::{nothing_in, Assessment, Inputs, NoData, Quantity, Status, Window};

/// 3年内新增X: the yearly additions summed; achieved once the sum reaches the target.
/// R = additions per observed year ÷ the target spread evenly over the period's years.
pub(super) fn cumulative(target: &Target, inputs: Inputs<'_>, window: Window) -> Result<Assessment, NoData> {
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
