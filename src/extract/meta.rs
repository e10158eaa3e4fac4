//! What the text says about the plan itself: its title, issuer, region, dates, document
//! number and period (`(2018—2020年)`, `“十四五”`), read from the title, the signature and
//! a portal page's chrome; and the years a text names.

use super::text::{is_dash, is_han, trim};
use super::words::{FIVE_YEAR_PLANS, ISSUER_ENDS, PLAN_WORDS};
use crate::catalog::Period;

/// What the text says about the plan itself.
#[derive(Default, Debug)]
pub(super) struct Meta {
    pub(super) title: Option<String>,
    pub(super) region: Option<String>,
    pub(super) issuer: Option<String>,
    pub(super) doc_number: Option<String>,
    pub(super) date: Option<String>,
    pub(super) published: Option<String>,
    pub(super) period: Option<Period>,
    /// The year the plan was issued, when known.
    pub(super) year: Option<i32>,
}

impl Meta {
    /// Reads the title and what it says (region, period), then each line for the issuer,
    /// the dates and the document number.
    pub(super) fn read(text: &str) -> Meta {
        let mut meta = Meta { title: title(text), ..Meta::default() };
        // An annual report or plan names itself near its top (`2026年河北省政府工作报告`);
        // the 《…》 it goes on to cite (the five-year plan it proposes) is not its title.
        if let Some((line, year)) = report_line(text) {
            if meta.title.as_deref().is_none_or(|title| text.find(title) > text.find(line)) {
                meta.title = Some(line.to_owned());
                meta.period = Some(Period { start: year, end: year });
            }
        }
        meta.region = meta.title.as_deref().and_then(region);
        meta.period = meta.period.or_else(|| meta.title.as_deref().and_then(title_period)).or_else(|| opening_period(text));
        for line in text.lines().map(trim) {
            if meta.issuer.is_none() && line.chars().count() <= 24 && ISSUER_ENDS.iter().any(|end| line.ends_with(end))
                && line.chars().all(is_han) && !line.starts_with("关于")
            {
                meta.issuer = Some(line.to_owned());
            }
            if meta.date.is_none() {
                if let Some(date) = whole_line_date(line) {
                    meta.date = Some(date);
                }
            }
            for key in ["发布机构", "发文机关", "信息来源", "来源"] {
                if meta.issuer.is_none() {
                    if let Some(rest) = after_key(line, key) {
                        let name: String = rest.chars().take_while(|c| !c.is_whitespace() && *c != '|').collect();
                        if ISSUER_ENDS.iter().any(|end| name.ends_with(end)) {
                            meta.issuer = Some(name);
                        }
                    }
                }
            }
            for key in ["发布日期", "发布时间", "发文日期", "成文日期", "印发日期", "发表于"] {
                if let Some(rest) = after_key(line, key) {
                    if let Some(date) = date_at(rest) {
                        if key == "成文日期" || key == "印发日期" {
                            meta.date.get_or_insert(date);
                        } else {
                            meta.published.get_or_insert(date);
                        }
                    }
                }
            }
            if meta.doc_number.is_none() {
                meta.doc_number = doc_number(line);
            }
        }
        if meta.region.is_none() {
            meta.region = meta.issuer.as_deref().and_then(region);
        }
        meta.year = meta.date.as_deref().or(meta.published.as_deref()).and_then(|d| d.get(..4)).and_then(|y| y.parse().ok()).or_else(|| opening_year(text));
        meta
    }
}

/// The plan's title: the first 《…》 naming a plan that the text does not merely cite
/// (`印发《X》`, `《X》已经…`), else the `关于印发X的通知` line's X.
fn title(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().map(trim).collect();
    let mut cited = None;
    for (start, _) in text.match_indices('《') {
        let Some(length) = closing(&text[start..], '《', '》') else { continue };
        let inner = &text[start + '《'.len_utf8()..start + length - '》'.len_utf8()];
        // `…实施方案(2024-2027年)(送审稿)`: the plan word comes before the brackets.
        let bare = inner.split(['(', '（']).next().unwrap_or(inner);
        // `《规划》`, `《专项规划》`: an abbreviation, not the name.
        if !PLAN_WORDS.iter().any(|w| bare.ends_with(w)) || inner.contains('\n') || !(8..=80).contains(&inner.chars().count()) {
            continue;
        }
        // The plan's own name stands on a line of its own above its text.
        if lines.contains(&inner) {
            return Some(inner.to_owned());
        }
        let before: String = text[..start].chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
        let after = &text[start + length..];
        if before.ends_with("印发") || after.starts_with("已经") || after.starts_with("已") || before.contains('】') {
            return Some(inner.to_owned());
        }
        if cited.is_none() && !["贯彻", "落实", "根据", "按照", "依据", "对照", "对接", "参照", "省", "国务院", "《"].iter().any(|w| before.ends_with(w)) {
            cited = Some(inner.to_owned());
        }
    }
    if cited.is_some() {
        return cited;
    }
    let notice = text.lines().map(trim).find_map(|line| {
        let rest = &line[line.find("关于印发")? + "关于印发".len()..];
        let end = rest.rfind("的通知")?;
        Some(rest[..end].to_owned())
    });
    // Else a short line that is a plan's name: `某市“十四五”工业发展规划`.
    notice.or_else(|| {
        text.lines().map(trim).take(40).find(|line| {
            let bare = line.split(['(', '（']).next().unwrap_or(line);
            line.chars().count() <= 60 && !line.contains(['。', '，', ',', ':', '：']) && PLAN_WORDS.iter().any(|w| bare.ends_with(w))
        }).map(str::to_owned)
    })
}

/// The byte length of the bracketed text starting at `text`'s first char, nesting
/// counted, or None when it does not close on the same line.
fn closing(text: &str, open: char, close: char) -> Option<usize> {
    let mut depth = 0;
    for (index, character) in text.char_indices() {
        if character == open {
            depth += 1;
        } else if character == close {
            depth -= 1;
            if depth == 0 {
                return Some(index + close.len_utf8());
            }
        } else if character == '\n' {
            return None;
        }
    }
    None
}

/// `鄂州市` from `鄂州市工业经济…`: the name up to the first administrative suffix.
fn region(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().take(12).collect();
    // 鄂州市: the 市 ends it, not the 州 inside the name.
    let end = chars.iter().position(|c| "省市县".contains(*c)).or_else(|| chars.iter().position(|c| "区州盟旗".contains(*c)))?;
    if end < 1 || chars[..end].iter().any(|c| !is_han(*c)) || text.starts_with("关于") {
        return None;
    }
    Some(chars[..=end].iter().collect())
}

/// `(2018—2020年)` → 2018–2020; `2021年` in a title → 2021–2021.
fn title_period(title: &str) -> Option<Period> {
    let years = years_in(title);
    match years.as_slice() {
        [start, end, ..] if end > start => Some(Period { start: *start, end: *end }),
        [year] => Some(Period { start: *year, end: *year }),
        _ => five_year_plans(title).first().map(|&(_, period)| period),
    }
}

/// The period a text without a plan's title states near its top: a heading such as
/// `“十四五”主要目标` or `(2021—2025年)`, or a first lines' `第十五个五年规划` (a news
/// report or a work report on a plan).
fn opening_period(text: &str) -> Option<Period> {
    // An annual document (`2026年河北省政府工作报告`, `2025年工作要点`) is that year's,
    // whatever five-year plans its headings name.
    if let Some(year) = report_year(text) {
        return Some(Period { start: year, end: year });
    }
    let mut found: Option<Period> = None;
    // A text recounting the plan before and setting the next names both: the later one.
    let mut keep = |period: Period| {
        if found.is_none_or(|seen| period.end > seen.end) {
            found = Some(period);
        }
    };
    for (index, line) in text.lines().map(trim).filter(|line| !line.is_empty()).take(12).enumerate() {
        let short = line.chars().count() <= 30;
        if short {
            if let [start, end, ..] = years_in(line).as_slice() {
                if end > start {
                    keep(Period { start: *start, end: *end });
                }
            }
        }
        for (at, period) in five_year_plans(line) {
            let planned = ["规划", "目标", "时期"].iter().any(|word| line[at..].contains(word));
            if (short || index < 3) && planned && !line.contains("以来") {
                keep(period);
            }
        }
    }
    found
}

/// The year of a text that gives no date line: a report's or an annual plan's first line
/// (`某县2024年政府工作报告`, `2025年工作要点`), or the date its opening lines give
/// (`——2025年1月15日在…会议上`).
fn opening_year(text: &str) -> Option<i32> {
    report_year(text).or_else(|| {
        text.lines().map(trim).filter(|line| !line.is_empty()).take(12).find_map(|line| match years_in(line).as_slice() {
            [year] if line.chars().count() <= 40 && line.contains('月') && line.contains('日') => Some(*year),
            // `NBD图数馆 2018-03-20 10:33:06`, `发表于 2023-2-23`.
            _ if line.chars().count() <= 40 => line.match_indices(|c: char| c.is_ascii_digit()).find_map(|(at, _)| date_at(&line[at..])).and_then(|date| date[..4].parse().ok()),
            _ => None,
        })
    })
}

/// The year of an annual document from a short line near its top that names it
/// (`2026年河北省政府工作报告`, `某县2024年政府工作报告`, `2025年工作要点`).
fn report_year(text: &str) -> Option<i32> {
    report_line(text).map(|(_, year)| year)
}

/// That line and its year.
fn report_line(text: &str) -> Option<(&str, i32)> {
    text.lines().map(trim).filter(|line| !line.is_empty()).take(12).find_map(|line| {
        let annual = ["政府工作报告", "工作要点", "年度计划", "发展计划", "目标任务"].iter().any(|word| line.contains(word));
        match years_in(line).as_slice() {
            [year] if annual && line.chars().count() <= 30 && !line.contains("以来") && !line.contains('，') => Some((line, *year)),
            _ => None,
        }
    })
}

/// The five-year plans named in `text` (`“十四五”` → 2021–2025), with their offsets.
pub(super) fn five_year_plans(text: &str) -> Vec<(usize, Period)> {
    let mut found: Vec<(usize, Period)> = FIVE_YEAR_PLANS
        .iter()
        .flat_map(|(name, start)| text.match_indices(name).map(move |(at, _)| (at, Period { start: *start, end: start + 4 })))
        .collect();
    found.sort_by_key(|(at, _)| *at);
    found
}

/// Four-digit years (1949–2100) followed by 年, or two joined by a dash and then 年.
fn years_in(text: &str) -> Vec<i32> {
    let chars: Vec<char> = text.chars().collect();
    let mut years = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        if let Some((year, next)) = four_digits(&chars, index) {
            let followed = chars.get(next) == Some(&'年')
                || (chars.get(next).is_some_and(|c| is_dash(*c)) && four_digits(&chars, next + 1).is_some_and(|(_, n)| chars.get(n) == Some(&'年')));
            if followed {
                years.push(year);
            }
            index = next;
        } else {
            index += 1;
        }
    }
    years
}

/// A four-digit year (1949–2100) at `chars[at]`, not part of a longer number: the year
/// and the index after it.
pub(super) fn four_digits(chars: &[char], at: usize) -> Option<(i32, usize)> {
    if at > 0 && chars[at - 1].is_ascii_digit() {
        return None;
    }
    let digits: String = chars.get(at..at + 4)?.iter().collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) || chars.get(at + 4).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let year: i32 = digits.parse().ok()?;
    (1949..=2100).contains(&year).then_some((year, at + 4))
}

/// A line that is only a date (a signature): `2018年12月24日`.
fn whole_line_date(line: &str) -> Option<String> {
    let date = date_at(line)?;
    (line.chars().count() <= 12 && line.ends_with('日')).then_some(date)
}

/// `2018年12月26日`, `2024-06-05`, `2018-10-24 13:46` at the start of `text` → ISO date.
fn date_at(text: &str) -> Option<String> {
    let text = text.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | '|'));
    let mut numbers = Vec::new();
    let mut current = String::new();
    for character in text.chars() {
        if character.is_ascii_digit() {
            current.push(character);
        } else if matches!(character, '年' | '月' | '-' | '/' | '.') && !current.is_empty() && numbers.len() < 2 {
            numbers.push(current.clone());
            current.clear();
        } else {
            break;
        }
    }
    numbers.push(current);
    let [year, month, day] = numbers.as_slice() else { return None };
    let (year, month, day): (i32, u32, u32) = (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    ((1949..=2100).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// The text after `key` and a colon or space (`发布日期: …`, `发布机构 …`), when the
/// line has it.
fn after_key<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let rest = &line[line.find(key)? + key.len()..];
    let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{3000}', ':', '：', '|']);
    Some(rest)
}

/// A document number in `line` (`鄂州政发〔2018〕19号`) that is not a citation in
/// parentheses after another document's title.
fn doc_number(line: &str) -> Option<String> {
    for (at, open) in line.char_indices().filter(|(_, c)| matches!(c, '〔' | '[' | '［')) {
        let before = &line[..at];
        let prefix: String = before.chars().rev().take_while(|c| is_han(*c)).collect::<Vec<_>>().into_iter().rev().collect();
        if prefix.is_empty() || prefix.chars().count() > 8 {
            continue;
        }
        let head = &before[..before.len() - prefix.len()];
        if head.ends_with(['(', '（']) || head.ends_with('》') {
            continue;
        }
        let close = match open { '〔' => '〕', '[' => ']', _ => '］' };
        let rest = &line[at + open.len_utf8()..];
        let year: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if year.len() != 4 || !rest[4..].starts_with(close) {
            continue;
        }
        let after = &rest[4 + close.len_utf8()..];
        let number: String = after.chars().take_while(char::is_ascii_digit).collect();
        if !number.is_empty() && after[number.len()..].starts_with('号') {
            let end = at + open.len_utf8() + 4 + close.len_utf8() + number.len() + '号'.len_utf8();
            return Some(line[at - prefix.len()..end].to_owned());
        }
    }
    None
}
