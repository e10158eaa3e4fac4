//! The method for an `annual-growth` target (年均增长X%): the compound average of the
//! yearly rates against the target rate.

use crate::catalog::{Comparison, Target};
use crate::i18n::{number, Lang};

use super::threshold::{final_status, pace_status, threshold};
use super::words::{append, finish, goal_words, missing_words, relation, slack_words, threshold_words};
use super::{nothing_in, Assessment, Inputs, NoData, Quantity, Window};

/// 年均增长X%: the compound average of the observed yearly rates against the target
/// rate; R = average ÷ target.
pub(super) fn annual_growth(target: &Target, inputs: Inputs<'_>, window: Window) -> Result<Assessment, NoData> {
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
