//! Subjects and names: an item's words stripped of time and modal words, the district or
//! the list of subjects it is for (`鄂城区、华容区…`), and the short name a chart's title
//! takes.

use super::numbers::{digit_value, Quantity};
use super::sentence::years_with_positions;
use super::text::{is_han, starts_with_any};
use super::words::{ACTION_VERBS, BEFORE, FREQUENCIES, NAME_ENDINGS, PLACE_ENDS};
use crate::numerals::chinese_digit;

/// Strips time and modal words from the start of an item: `到2020年,力争` → ``.
pub(super) fn strip_lead(text: &str) -> &str {
    let mut text = text.trim();
    loop {
        let before = text;
        for word in ["力争", "确保", "争取", "努力", "全年", "到", "其中", "包括", "包含", "含", "同时", "此外", "并", "全市"] {
            if let Some(rest) = text.strip_prefix(word) {
                if word == "全市" && !rest.is_empty() {
                    break;
                }
                text = rest.trim_start();
            }
        }
        for marker in ["年时间", "年内"] {
            if let Some(at) = text.find(marker).filter(|&at| at <= 4) {
                let head = &text[..at];
                if head.trim_start_matches('用').chars().all(|c| digit_value(c).is_some() || chinese_digit(c).is_some()) {
                    text = text[at + marker.len()..].trim_start_matches([',', '，']);
                }
            }
        }
        // `《规划》要求…`, `会议提出…`: the frame around a goal a report quotes.
        if let Some(rest) = text.strip_prefix('《').and_then(|rest| rest.split_once('》')).map(|(_, rest)| rest) {
            for verb in ["要求", "提出", "明确", "确定", "设定", "指出"] {
                if let Some(rest) = rest.strip_prefix(verb) {
                    text = rest.trim_start();
                }
            }
        }
        let years = years_with_positions(text);
        if let Some(&(0, _, _)) = years.first() {
            let after_year = text.find('年').map_or(0, |e| e + '年'.len_utf8());
            text = text[after_year..].trim_start_matches(['底', '末', '前', '内', ',', '，']);
        }
        if text == before {
            return text;
        }
    }
}

/// The place an item is for, when its subject is a district (`葛店开发区年度目标增速…`).
pub(super) fn place_subject(subject: &str) -> Option<String> {
    let chars: Vec<char> = subject.chars().collect();
    for end in (2..=chars.len().min(10)).rev() {
        let candidate: String = chars[..end].iter().collect();
        if is_place_name(&candidate) && chars.get(end).is_none_or(|c| !"市区县".contains(*c)) {
            return Some(candidate);
        }
    }
    None
}

/// Whether `text` is the name of a district, county or town (`鄂城区`), not a word that
/// ends like one (`园区`, `各区`, `产业园区`).
pub(super) fn is_place_name(text: &str) -> bool {
    let count = text.chars().count();
    (2..=8).contains(&count)
        && text.chars().all(is_han)
        && PLACE_ENDS.iter().any(|end| text.ends_with(end))
        && !["园区", "示范区", "开发区", "各区", "城区", "县区", "县域"].contains(&text)
        && !text.starts_with(['各', '每', '全'])
        && !text.contains("产业")
        && !ACTION_VERBS.iter().chain(["支持", "重点", "指导", "鼓励", "引导"].iter()).any(|verb| text.starts_with(verb))
}

/// `鄂城区、华容区`, `生物医药、电子信息…等产业增速`: a list of short subjects before the
/// predicate. Empty when the subject is not a list (or is a list inside a modifier).
pub(super) fn list_items(subject: &str) -> Vec<String> {
    let subject = subject.trim();
    let head_end = subject.find(['、']).unwrap_or(subject.len());
    if head_end == subject.len() {
        // `专精特新企业和制造业单项冠军企业县域全覆盖`
        return Vec::new();
    }
    // The list ends where its last item ends: before 等, or at a verb.
    let mut parts: Vec<&str> = subject.split('、').collect();
    let last = parts.pop().unwrap_or("");
    let (last_item, tail) = match last.find('等') {
        Some(at) => (&last[..at], &last[at + '等'.len_utf8()..]),
        None => {
            let stop = ["不低于", "不少于", "快于", "高于", "年度", "增速", "全覆盖", "覆盖", "不断", "保持", "两大", "三大", "四大", "五大", "双双", "分别", "均"]
                .iter()
                .filter_map(|w| last.find(w))
                .filter(|&at| at > 0) // `增量、增速不低于…`: the item is the word itself
                .min()
                .unwrap_or(last.len());
            (&last[..stop], &last[stop..])
        }
    };
    parts.push(last_item);
    let first = FREQUENCIES.iter().fold(parts[0], |text, (w, _)| text.strip_prefix(w).unwrap_or(text));
    if starts_with_any(first, &["在", "以", "对", "从", "向", "围绕", "聚焦"]) || first.contains('在') || parts.iter().any(|p| p.is_empty() || p.chars().count() > 12 || !p.chars().all(is_han)) {
        return Vec::new();
    }
    if tail.starts_with("为") || tail.starts_with("地") || tail.contains('的') {
        return Vec::new();
    }
    // `生物医药、电子信息等产业增速`: name each as its item plus the shared noun.
    let noun: String = tail.trim_start_matches("领域").chars().take_while(|c| is_han(*c)).collect();
    let noun = ["不低于", "不少于", "快于", "高于", "不断", "保持", "全覆盖", "覆盖"]
        .iter()
        .filter_map(|w| noun.find(w))
        .min()
        .map_or(noun.as_str(), |stop| &noun[..stop])
        .to_owned();
    let shared = if last.contains('等') { noun.trim_start_matches("等") } else { "" };
    parts.iter().map(|p| format!("{p}{shared}")).collect()
}

/// A name for the chart title: the item's words without its number, comparison and
/// time words, at most 24 characters.
pub(super) fn item_name(segment: &str, quantity: &Quantity, start: usize) -> String {
    let number_at = quantity.start - start;
    let head = strip_lead(&segment[..number_at]);
    let mut head = head.to_owned();
    // `覆盖面不少于规上工业企业的三分之一`: the name ends at the comparison word.
    for (word, _) in BEFORE.iter().filter(|(w, _)| !matches!(*w, "力争" | "约")) {
        if let Some(at) = head.rfind(word).filter(|&at| at > 0) {
            head.truncate(at);
            break;
        }
    }
    // `研发经费投入强度从2024年的1.8%提高到`, `…比重比上年提高`: the name ends before the
    // point it starts from or compares with.
    let base_at = ["从", "比上年", "较上年", "比20", "较20"].iter().filter_map(|w| head.find(w)).filter(|&at| at > 0).min();
    if let Some(at) = base_at {
        head.truncate(at);
    }
    // `…密度力争达`: verbs and modal words come off the end, one after another.
    let mut grew = false;
    while let Some(word) = NAME_ENDINGS.iter().find(|word| head.ends_with(**word) && head.len() > word.len()) {
        grew |= word.contains("增长");
        head.truncate(head.len() - word.len());
    }
    if grew {
        head.push_str("增速");
    }
    let tail_start = (quantity.end - start).min(segment.len());
    let tail: String = segment[tail_start..].chars().filter(|c| is_han(*c) || c.is_ascii_alphanumeric()).collect();
    // `组建3个产业技术创新战略联盟`: a bare verb names nothing; the thing counted does.
    let core = FREQUENCIES.iter().fold(head.as_str(), |text, (w, _)| text.strip_prefix(w).unwrap_or(text));
    let core = ["帮助", "直接", "重点", "积极", "大力", "加快"].iter().fold(core, |text, w| text.strip_prefix(w).unwrap_or(text));
    // `市领导每季度召开一次调度会`: a name ending in its verb takes the object counted.
    let ends_in_verb = ACTION_VERBS.iter().chain(["召开", "走访", "进行"].iter()).any(|verb| core.ends_with(verb));
    let name = if core.chars().count() >= 2 && !ends_in_verb { head.clone() } else { format!("{head}{tail}") };
    // `新兴产业占比3年`: the span of years belongs to the deadline, not the name.
    let name = name.trim_end_matches('年').trim_end_matches(|c: char| c.is_ascii_digit()).to_owned();
    clean_name(&name)
}

/// A name at most 32 characters long, without stray punctuation or unpaired quotes.
pub(super) fn clean_name(name: &str) -> String {
    // Names are written, not quoted: no bidi overrides or invisible characters in them.
    let visible: String = name.chars().filter(|c| !matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')).collect();
    let mut name: String = visible.trim_matches(|c: char| !is_han(c) && !c.is_ascii_alphanumeric()).to_owned();
    if name.matches('“').count() != name.matches('”').count() {
        name = name.replace(['“', '”'], "");
    }
    name.chars().take(32).collect()
}

/// The subject named from a clause without a number (`高新技术企业…不断扩容`).
pub(super) fn subject_name(clause: &str) -> String {
    let clause = strip_lead(clause);
    let stop = ["不断", "保持", "持续", "进一步"].iter().filter_map(|w| clause.find(w)).min().unwrap_or(clause.len());
    clause[..stop].chars().take(24).collect()
}

/// Whether a clause only says when (`到2020年`, `力争`): nothing is left once time and
/// modal words are stripped, or it is a short phrase ending in 年.
pub(super) fn is_time_phrase(text: &str) -> bool {
    let text = text.trim();
    let stripped = strip_lead(text);
    stripped.is_empty() || text.ends_with("年") && text.chars().count() <= 12
}

/// `专精特新企业和制造业单项冠军企业县域` or `乡镇、农村热点区域`: what is to be covered,
/// when it is two or more things.
pub(super) fn coverage_items(object: &str) -> Vec<String> {
    let parts: Vec<&str> = object.split(['、', '和']).map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.len() < 2 || parts.iter().any(|p| p.chars().count() > 16 || !p.chars().all(is_han)) {
        return Vec::new();
    }
    parts.iter().map(|p| (*p).to_owned()).collect()
}
