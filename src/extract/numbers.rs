//! Numbers with their units as a plan writes them (`20家`, `8%`, `1.0万千瓦`, `3-5家`,
//! `三分之一`, `一次`): `Quantity`, and which numbers in a clause are quantities at all
//! (not years, dates, ordinals or names).

use super::text::{ends_with_any, is_dash, is_han};
use super::words::{ACTION_VERBS, AFTER, CITING_WORDS, FREQUENCIES, UNITS};
use crate::catalog::Comparison;
use crate::numerals::{chinese_digit, chinese_number_at, chinese_unit};

#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum UnitClass {
    /// A share or rate: `%`, `个百分点`.
    Percent,
    /// Points: `个百分点`.
    Points,
    /// Money and other amounts: `亿元`, `万千瓦`.
    Amount,
    /// A count of things: `家`, `个`, `项`.
    Count,
    /// A time limit: `天`, `个工作日`.
    Time,
    /// How often: `次`, `场`.
    Times,
}

/// One number with its unit, as written.
#[derive(Clone, Debug)]
pub(super) struct Quantity {
    /// Byte range of the number (and range) in the clause.
    pub(super) start: usize,
    /// After the unit and a comparison suffix.
    pub(super) end: usize,
    pub(super) value: f64,
    pub(super) high: Option<f64>,
    pub(super) unit: String,
    pub(super) class: UnitClass,
    /// `百亿级`: a class of size, not a count.
    pub(super) grade: bool,
    pub(super) after: Option<Comparison>,
    pub(super) chinese: bool,
}

/// The value of an Arabic digit, ASCII or full-width (`２`).
pub(super) fn digit_value(character: char) -> Option<u32> {
    match character {
        '0'..='9' => character.to_digit(10),
        '０'..='９' => Some(character as u32 - '０' as u32),
        _ => None,
    }
}

/// An Arabic number at `at` (`20`, `1.0`, `２０`): its value and the byte after it.
fn arabic_at(text: &str, at: usize) -> Option<(f64, usize)> {
    let mut digits = String::new();
    let mut end = at;
    let mut seen_point = false;
    for (offset, character) in text[at..].char_indices() {
        if let Some(d) = digit_value(character) {
            digits.push(char::from_digit(d, 10).unwrap_or('0'));
        } else if matches!(character, '.' | '．') && !seen_point && !digits.is_empty()
            && text[at + offset + character.len_utf8()..].chars().next().and_then(digit_value).is_some()
        {
            seen_point = true;
            digits.push('.');
        } else {
            break;
        }
        end = at + offset + character.len_utf8();
    }
    if digits.is_empty() {
        return None;
    }
    crate::json::parse_decimal(&digits).map(|value| (value, end))
}

/// The unit at `at` and the byte after it (`亿元`, `%`), with `级` after an amount.
fn unit_at(text: &str, at: usize) -> Option<(&'static str, UnitClass, usize, bool)> {
    let rest = &text[at..];
    let (word, class, unit) = UNITS.iter().find(|(word, _, _)| rest.starts_with(word))?;
    let mut end = at + word.len();
    let grade = text[end..].starts_with('级');
    if grade {
        end += '级'.len_utf8();
    }
    Some((unit, *class, end, grade))
}

/// Every number with a unit in `clause`, except years, dates, ordinals and names.
pub(super) fn quantities(clause: &str) -> Vec<Quantity> {
    let named = named_spans(clause);
    let mut found = Vec::new();
    let mut index = 0;
    while index < clause.len() {
        let Some(character) = clause[index..].chars().next() else { break };
        let previous = clause[..index].chars().next_back();
        let starts = digit_value(character).is_some() && !previous.is_some_and(|p| digit_value(p).is_some() || p == '.' || p.is_ascii_alphabetic());
        let starts_chinese = (!starts && chinese_digit(character).is_some())
            || (chinese_unit(character).is_some() && previous.is_none_or(|p| chinese_digit(p).is_none()));
        // `营业收入突破万亿元`: one 万亿.
        if clause[index..].starts_with("万亿") && ends_with_any(clause[..index].trim_end(), &["突破", "超过", "达到", "达"]) {
            let end = index + "万亿".len() + if clause[index + "万亿".len()..].starts_with('元') { '元'.len_utf8() } else { 0 };
            found.push(Quantity { start: index, end, value: 1.0, high: None, unit: "万亿元".into(), class: UnitClass::Amount, grade: false, after: None, chinese: true });
            index = end;
            continue;
        }
        if (starts || starts_chinese) && !named.iter().any(|range| range.contains(&index)) {
            if let Some(quantity) = quantity_at(clause, index, !starts) {
                index = quantity.end;
                found.push(quantity);
                continue;
            }
        }
        index += character.len_utf8();
    }
    found
}

/// The byte ranges inside quotes and title marks that close soon (`“双百行动”`,
/// `《中国制造2025》`, `"行业云"`): names, whose numbers are not quantities. Only a
/// quote that closes in the same clause names anything (text copied from a PDF
/// scatters unpaired marks).
fn named_spans(clause: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    for (open, close, limit) in [('“', '”', 100), ('《', '》', 100), ('〈', '〉', 100), ('「', '」', 100), ('『', '』', 100), ('"', '"', 40)] {
        let mut from = 0;
        while let Some(at) = clause[from..].find(open).map(|at| from + at) {
            let inner = at + open.len_utf8();
            let Some(length) = clause[inner..].find(close) else { break };
            // `提出了“到2025年，…达到40%”的目标`: a goal quoted, not a name.
            let quoted = &clause[inner..inner + length];
            let goal = quoted.contains("到20") || quoted.contains(['%', '％', '，']) || quoted.contains("达到") || quoted.contains("增长");
            if quoted.chars().count() <= limit && !goal {
                spans.push(inner..inner + length);
            }
            from = inner + length + close.len_utf8();
        }
    }
    spans
}

/// The quantity whose number starts at `at` (in Chinese numerals when `chinese`), or None
/// when the number there is not one: an ordinal, a year or a date, part of a name, a
/// numeral that counts nothing.
fn quantity_at(clause: &str, at: usize, chinese: bool) -> Option<Quantity> {
    let before = &clause[..at];
    if before.ends_with('第') || before.ends_with('前') || before.ends_with('+') || before.ends_with('＋') {
        return None;
    }
    let (value, number_end) = number_at(clause, at, chinese)?;
    // A year, a date, a `5G`.
    let next = clause[number_end..].chars().next();
    if next.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '+' | '＋' | '/' | '.' )) {
        return None;
    }
    // `受教育年限提高到11.7年`: years as a length of time, not a date.
    let years_long = next == Some('年') && value < 100.0 && (before.contains("年限") || before.contains("年数"));
    if (next == Some('年') && !years_long) || next.is_some_and(|c| matches!(c, '月' | '日' | '号' | '届' | '周' | '强' | '优' | '季')) {
        return None;
    }
    let (high, number_end) = match range_high(clause, number_end, value, chinese) {
        Some((high, end)) => (Some(high), end),
        None => (None, number_end),
    };
    // 三分之一: a fraction, as a percentage.
    if chinese && clause[number_end..].starts_with("分之") {
        return fraction_at(clause, at, number_end, value);
    }
    if !chinese && high.is_none() && unit_at(clause, number_end.min(clause.len())).is_none() {
        if let Some(index) = index_at(clause, at, number_end, value) {
            return Some(index);
        }
    }
    // 万 and 亿 multiply an Arabic number only as part of a unit (`1.0万千瓦`, `105亿元`).
    // `5200 亿元以上`, `达 80 家`, `200 “ ”家`: spaces and stray quote marks copied from
    // a PDF sit between number and unit.
    let number_end = number_end + clause[number_end..].len() - clause[number_end..].trim_start_matches([' ', '\u{a0}', '\u{3000}', '“', '”']).len();
    // `轻重工业比达到25:75`, `收入差距控制在2.2∶1以内`: a ratio, its first term the value.
    if let Some(ratio) = ratio_at(clause, at, number_end, value) {
        return Some(ratio);
    }
    let (unit, class, end, grade) = if years_long { ("年", UnitClass::Amount, number_end + '年'.len_utf8(), false) } else { unit_at(clause, number_end)? };
    // `网民规模…提高到12亿`: 亿 alone counts people, users, households; else it is 亿元.
    let (unit, class) = if unit == "亿元" && !clause[number_end..].starts_with("亿元") && ["用户", "网民", "人口", "人数", "户数", "人"].iter().any(|w| before.contains(w)) {
        ("亿", UnitClass::Count)
    } else {
        (unit, class)
    };
    let mut quantity = Quantity { start: at, end, value, high, unit: unit.to_owned(), class, grade, after: None, chinese };
    if chinese && !counts_in_chinese(clause, &quantity, number_end) {
        return None;
    }
    // `50万元/人`, `360台/万人`: a rate per person, per area.
    if let Some(per) = clause[quantity.end..].strip_prefix('/') {
        let per_unit: String = per.chars().take_while(|c| is_han(*c)).take(5).collect();
        if ["人", "万人", "亩", "平方米", "平方公里", "万平方公里", "百平方公里", "吨", "户", "千人"].contains(&per_unit.as_str()) {
            quantity.unit = format!("{}/{per_unit}", quantity.unit);
            quantity.end += 1 + per_unit.len();
        }
    }
    // `增长7%至8%`, `10亿元—15亿元`: a range with the unit written twice.
    if high.is_none() && !chinese {
        if let Some(dash) = clause[quantity.end..].chars().next().filter(|c| is_dash(*c)) {
            if let Some((other, other_end)) = arabic_at(clause, quantity.end + dash.len_utf8()) {
                if other > value && clause[other_end..].starts_with(quantity.unit.as_str()) {
                    quantity.high = Some(other);
                    quantity.end = other_end + quantity.unit.len();
                }
            }
        }
    }
    (quantity.after, quantity.end) = comparison_after(clause, quantity.end);
    Some(quantity)
}

/// A number at `at`, in Chinese numerals or in digits: its value and the byte after it.
fn number_at(clause: &str, at: usize, chinese: bool) -> Option<(f64, usize)> {
    if chinese { chinese_number_at(clause, at) } else { arabic_at(clause, at) }
}

/// `3-5家`, `1—2个`: the high end of a range after a dash, when it is higher than
/// `value`, and the byte after it.
fn range_high(clause: &str, number_end: usize, value: f64, chinese: bool) -> Option<(f64, usize)> {
    // `1到2个`: 到 between two numbers joins a range too.
    let dash = clause[number_end..].chars().next().filter(|c| is_dash(*c) || (*c == '到' && clause[number_end + '到'.len_utf8()..].chars().next().and_then(digit_value).is_some()))?;
    let (other, end) = number_at(clause, number_end + dash.len_utf8(), chinese)?;
    (other > value).then_some((other, end))
}

/// 三分之一 as a percentage: `denominator` is the numeral before `分之`, which starts at
/// `denominator_end`.
fn fraction_at(clause: &str, at: usize, denominator_end: usize, denominator: f64) -> Option<Quantity> {
    let numerator_at = denominator_end + "分之".len();
    let (numerator, end) = chinese_number_at(clause, numerator_at)?;
    if denominator == 0.0 {
        return None;
    }
    let percent = (numerator / denominator * 1000.0).round() / 10.0;
    Some(Quantity { start: at, end, value: percent, high: None, unit: "%".into(), class: UnitClass::Percent, grade: false, after: None, chinese: true })
}

/// A ratio whose first term ends at `number_end` (`25:75`, `2.2∶1`), when the words
/// before it name one (比, 差距, 比例, 结构); its unit is the second term (`:75`).
fn ratio_at(clause: &str, at: usize, number_end: usize, value: f64) -> Option<Quantity> {
    let colon = clause[number_end..].chars().next().filter(|c| matches!(c, ':' | '∶' | '：'))?;
    let (second, end) = arabic_at(clause, number_end + colon.len_utf8())?;
    let before = &clause[..at];
    if !["比", "差距", "比例", "结构"].iter().any(|w| before.contains(w)) {
        return None;
    }
    let (after, end) = comparison_after(clause, end);
    let second = crate::i18n::number(second, 2);
    Some(Quantity { start: at, end, value, high: None, unit: format!(":{second}"), class: UnitClass::Amount, grade: false, after, chinese: false })
}

/// `两化融合发展水平指数达65`: an index has no unit. The index whose number ends at
/// `number_end`, when the words before it name one.
fn index_at(clause: &str, at: usize, number_end: usize, value: f64) -> Option<Quantity> {
    let before = &clause[..at];
    // `两化融合发展水平指数达65`, `数字中国发展指数从2020年的85提高到95`, `工业用水重复利用率
    // 保持在95以上`: a score or a rate written without its unit, after a verb of reaching.
    let verbs = ["提高到", "提升到", "增加到", "提高至", "提升至", "保持在", "稳定在", "达到", "达", "为", "到"];
    let subject = verbs.iter().find_map(|verb| before.trim_end().strip_suffix(verb)).map(|rest| rest.split('从').next().unwrap_or(rest).trim_end());
    let index_word = subject.is_some_and(|subject| ["指数", "系数", "得分", "评分", "率"].iter().any(|w| subject.ends_with(w)));
    let next = clause[number_end..].chars().next();
    if !index_word || next.is_some_and(|c| is_han(c) && c != '以') {
        return None;
    }
    let (after, end) = comparison_after(clause, number_end);
    Some(Quantity { start: at, end, value, high: None, unit: String::new(), class: UnitClass::Amount, grade: false, after, chinese: false })
}

/// Whether a number in Chinese numerals is a quantity. Chinese numerals count things and
/// times (`一次`, `两家`) or amounts (`五千亿`); `一批`, `百家企业` (a name) are not
/// numbers.
fn counts_in_chinese(clause: &str, quantity: &Quantity, number_end: usize) -> bool {
    let before = &clause[..quantity.start];
    // `每年…举行一次`; `超过五千亿`. Not `六次会议`, `两个…集群三年行动方案`, `百亿级`.
    let small = quantity.value < 10.0 && !clause[quantity.start..number_end].contains(['十', '百', '千']);
    let frequent = FREQUENCIES.iter().any(|(w, _)| before.contains(w));
    let stated = ends_with_any(before, &["超过", "突破", "达到", "不低于", "不少于", "稳定在", "保持在", "超"]);
    // `打造…两个千亿级产业集群`: a small count right after a verb of doing.
    let done = ACTION_VERBS.iter().any(|verb| before.contains(verb)) && !CITING_WORDS.iter().any(|w| before.contains(w));
    // `创建百个标杆`, `实施千个项目`, `覆盖千家企业`: a count right after its verb — not
    // a programme's name (`实施百家企业技术改造行动计划`).
    let after_verb = ACTION_VERBS.iter().chain(["覆盖", "创建"].iter()).any(|verb| before.trim_end().ends_with(verb));
    // `进入一个关键发展阶段`, `迈上一个新台阶`: an article, not a count.
    if ["进入", "迈上", "开创", "开启", "踏上"].iter().any(|verb| before.trim_end().ends_with(verb)) {
        return false;
    }
    let programme = ["计划", "行动", "工程", "专项", "活动", "方案", "战略"].iter().any(|w| clause.trim_end().ends_with(w));
    match quantity.class {
        UnitClass::Times => small && frequent,
        UnitClass::Count => ((small && done) || (after_verb && !programme)) && matches!(quantity.unit.as_str(), "个" | "家" | "项"),
        UnitClass::Amount => !small && stated && !quantity.grade,
        _ => false,
    }
}

/// The comparison word right after a number and its unit (`20家以上`), if any, and the
/// byte after it.
fn comparison_after(clause: &str, end: usize) -> (Option<Comparison>, usize) {
    for (word, comparison) in AFTER {
        if clause[end..].starts_with(word) {
            return (Some(*comparison), end + word.len());
        }
    }
    (None, end)
}

/// Whether `text` states a number with a unit.
pub(super) fn has_quantity(text: &str) -> bool {
    !quantities(text).is_empty()
}

/// Whether two units measure the same sort of thing (counts of anything, or the same
/// unit), so that an item may share the other's kind.
pub(super) fn alike(a: &str, b: &str) -> bool {
    let class = |unit: &str| UNITS.iter().find(|(_, _, u)| *u == unit).map(|(_, c, _)| *c);
    a == b || (class(a) == Some(UnitClass::Count) && class(b) == Some(UnitClass::Count))
}
