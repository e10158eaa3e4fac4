//! The method for a `relative` target (高于全市平均水平1个百分点以上): the margin over
//! a comparison series, averaged over the years both have.

use crate::catalog::{Comparison, Target};
use crate::i18n::{number, Lang};

use super::threshold::{final_status, threshold};
use super::words::{append, english_unit, finish, gap_unit, goal_words, missing_words, threshold_words};
use super::{nothing_in, Assessment, Inputs, NoData, Quantity, Status, Window};

/// 高于全市平均水平1个百分点以上, 增速快于全市平均: the margin over the comparison series,
/// averaged over the years both have. With a margin target above zero, R = mean margin ÷
/// target; for "not below the average" (0), a shortfall is limited progress, or
/// deterioration when the gap is widening, or needs acceleration when the latest year
/// is back above.
pub(super) fn relative(target: &Target, inputs: Inputs<'_>, window: Window) -> Result<Assessment, NoData> {
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
