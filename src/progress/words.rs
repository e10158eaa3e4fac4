//! The words of an explanation, in both languages: the target in words ([`goal_words`]),
//! units ([`english_unit`], [`gap_unit`]), and what a status leans on — the years
//! missing (the deadline year's above all), the 0.95 threshold, a 左右 tolerance.

use crate::catalog::{Bilingual, ChangeIn, Comparison, Target, TargetKind};
use crate::i18n::{number, Lang};

use super::threshold::tolerance;
use super::{Status, Window};

/// Adds a pair of words to an explanation in both languages.
pub(super) fn append(zh: &mut String, en: &mut String, (more_zh, more_en): (String, String)) {
    zh.push_str(&more_zh);
    en.push_str(&more_en);
}

/// The words for the years a judgement lacks: with the deadline year's value in, the
/// years missing inside the period; past the deadline without it, which year is missing
/// and which years (`from`–`to`) the pace comes from.
pub(super) fn missing_words(window: Window, has_final: bool, missing: &[i32], from: i32, to: i32) -> (String, String) {
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
pub(super) fn final_year_missing(window: Window, from: i32, to: i32) -> (String, String) {
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
pub(super) fn threshold_words(ratio: Option<f64>, status: Status, met: bool, what: (&str, &str), of_needed: bool) -> (String, String) {
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
pub(super) fn slack_words(target: &Target, value: f64, aim: f64, met: bool, up: bool) -> (String, String) {
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
pub(super) fn slack_words_signed(target: &Target, change: f64, aim: f64, met: bool, up: bool, unit: &str) -> (String, String) {
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

pub(super) fn relation(value: f64, aim: f64) -> (&'static str, &'static str) {
    if value > aim + 1e-9 {
        ("高于", "above")
    } else if value < aim - 1e-9 {
        ("低于", "below")
    } else {
        ("等于", "equal to")
    }
}

pub(super) fn years_list(years: &[i32]) -> String {
    years.iter().map(i32::to_string).collect::<Vec<_>>().join("、")
}

/// Ends an explanation with the status in words.
pub(super) fn finish(zh: String, en: String, status: Status) -> Bilingual {
    Bilingual {
        zh: format!("{zh}，{}。", status.label(Lang::Zh)),
        en: format!("{en} — {}.", status.label(Lang::En).to_ascii_lowercase()),
    }
}
