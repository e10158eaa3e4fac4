//! The method for a `change` target (3年提高5个百分点, 下降3%左右): the change from the
//! baseline, in points or percent, against a change spread evenly to the deadline.

use crate::catalog::{ChangeIn, Target};
use crate::i18n::{number, Lang};

use super::threshold::{pace_status, threshold};
use super::words::{append, english_unit, final_year_missing, finish, gap_unit, goal_words, slack_words_signed, threshold_words};
use super::{nothing_in, Assessment, Inputs, NoData, Quantity, Status, Window};

/// 3年提高5个百分点, 下降3%左右: the change from the baseline (the plan's, else the year
/// before the period, else the first observation) to the latest observation, against a
/// change spread evenly over the years to the deadline. The target value is signed.
pub(super) fn change(target: &Target, inputs: Inputs<'_>, window: Window) -> Result<Assessment, NoData> {
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
