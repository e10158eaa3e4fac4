//! Draft targets from a plan's plain text (`planmeter extract`, the configurator's
//! "paste a plan" tab): rule-based, deterministic, no I/O, no model.
//!
//! The text is read the way a person reads these plans: headings (`一、`, `(一)`, `1.`)
//! give the section and the measure, `(责任单位:…)` the accountable units; sentences
//! split into clauses at `,` `;` `。`, clauses into items at `、` when each item states
//! its own number. In each item a number with a unit (`20家`, `8%`, `1.0万千瓦`, `3-5家`,
//! `三分之一`, `一次`) or a number word (`全覆盖`, `零的突破`) is a candidate; the words
//! around it decide whether it is a target or only describes one (`5亿元以上项目20个`:
//! the 5亿元 says which projects, the 20个 is the target), and what kind of target it
//! is (`年均增长` → annual growth, `每年` → per year, `达到` → a level, `新增` → summed
//! over the period, `提高…个百分点` → a change, `高于…平均` → relative). Subsidies
//! (`给予…万元奖励`), thresholds (`…万元以上的企业`), names (`“双百行动”`, `5G`),
//! ordinals, dates and past figures are not targets — nor is a plan's account of its
//! past (`发展基础` sections, `“十三五”期间…`, sentences after `…以来` or a past year).
//!
//! Text arrives as pasted: page chrome, CRLF, no line breaks at all (headings are then
//! found mid-line), or PDF text broken mid-sentence (read through by `Unwrapped`, whose
//! offsets map each quote back to the input, breaks included).
//!
//! Never invents: every quote is a slice of the input (`Draft::spans` gives its byte
//! range), every number is one the quote states. What is guessed is said in each
//! target's `review.reasons`, with a confidence.

use crate::numerals::{chinese_digit, chinese_number_at, chinese_unit};
use crate::json::Named;
use crate::catalog::{
    Baseline, Bilingual, ChangeIn, Comparison, Measure, Period, Plan, Review, Target, TargetKind,
};

/// A reason for a guess, in both languages: the paste tab shows the page's.
fn why(zh: impl Into<String>, en: impl Into<String>) -> Bilingual {
    Bilingual { zh: zh.into(), en: en.into() }
}

/// What [`extract`] found: a draft plan and, for each target, the byte range of its quote
/// in the input.
#[derive(Clone, Debug)]
pub struct Draft {
    pub plan: Plan,
    pub spans: Vec<std::ops::Range<usize>>,
}

/// Reads `text` (a plan as copied from a portal page, page chrome included) and drafts a
/// plan with id `id` (a slug; the target ids are `<id>.t1`, `<id>.t2`, …).
pub fn extract(text: &str, id: &str) -> Draft {
    let meta = Meta::read(text);
    // Text copied from a PDF breaks lines mid-sentence (`年均增\n长8%`): read it with
    // those breaks taken out, and take each quote from the input as it is.
    let unwrapped = Unwrapped::of(text);
    let mut reader = Reader { text: &unwrapped.text, id, meta: &meta, measures: Vec::new(), found: Vec::new() };
    reader.read();
    let Reader { measures, mut found, .. } = reader;
    for item in &mut found {
        item.span = unwrapped.start(item.span.start)..unwrapped.end(item.span.end);
        item.quote = text[item.span.clone()].to_owned();
    }

    let period = meta.period.unwrap_or_else(|| {
        let years = found.iter().filter_map(|f| f.deadline).chain(meta.year);
        let (low, high) = years.fold((i32::MAX, i32::MIN), |(l, h), y| (l.min(y), h.max(y)));
        if low <= high { Period { start: meta.year.unwrap_or(low).min(low), end: high } } else { Period { start: 2000, end: 2000 } }
    });
    let mut targets = Vec::new();
    let mut spans = Vec::new();
    for (index, found) in found.into_iter().enumerate() {
        spans.push(found.span.clone());
        targets.push(found.into_target(id, index + 1, period, &measures));
    }
    let plan = Plan {
        id: id.to_owned(),
        region: Bilingual { zh: meta.region.clone().unwrap_or_default(), en: String::new() },
        title: meta.title.clone().unwrap_or_default(),
        title_en: String::new(),
        period,
        issuer: meta.issuer.clone().unwrap_or_default(),
        doc_number: meta.doc_number.clone(),
        date: meta.date.clone().or_else(|| meta.published.clone()).unwrap_or_default(),
        published: meta.published.clone().filter(|p| Some(p) != meta.date.as_ref()),
        draft: meta.title.as_deref().is_some_and(|t| DRAFT_WORDS.iter().any(|w| t.contains(w))),
        source: None,
        measures: measures.into_iter().map(|m| m.measure).collect(),
        targets,
    };
    Draft { plan, spans }
}

const DRAFT_WORDS: [&str; 3] = ["送审稿", "征求意见稿", "草案"];

/// The text with soft line breaks taken out — a break inside a sentence, after a long
/// line, before a line that is not a heading — and where each removal was, to map
/// offsets back to the input.
struct Unwrapped {
    text: String,
    /// (offset in `text`, bytes removed there), in order.
    removed: Vec<(usize, usize)>,
}

impl Unwrapped {
    fn of(input: &str) -> Unwrapped {
        const SPACE: [char; 4] = [' ', '\t', '\u{a0}', '\u{3000}'];
        let mut text = String::with_capacity(input.len());
        let mut removed = Vec::new();
        let lines: Vec<&str> = input.split_inclusive('\n').collect();
        let mut skip = 0; // the indent of a line joined to the one before
        for (index, raw) in lines.iter().enumerate() {
            let line = &raw[skip..];
            skip = 0;
            let content = line.trim_end_matches(['\n', '\r']);
            let body = trim(content);
            let next = lines.get(index + 1).map_or("", |next| trim(next.trim_end_matches(['\n', '\r'])));
            let soft = line.len() > content.len()
                && body.chars().count() >= 15
                && !body.ends_with(['。', '；', ';', '！', '？', '!', '?', '：', ':', ')', '）', '》', '”'])
                && heading(body).is_none()
                && !next.is_empty()
                && heading(next).is_none();
            if soft {
                let kept = content.trim_end_matches(SPACE);
                text.push_str(kept);
                let next_raw = lines[index + 1];
                skip = next_raw.len() - next_raw.trim_start_matches(SPACE).len();
                removed.push((text.len(), line.len() - kept.len() + skip));
            } else {
                text.push_str(line);
            }
        }
        Unwrapped { text, removed }
    }

    /// The input offset of a start offset in `text`.
    fn start(&self, at: usize) -> usize {
        at + self.removed.iter().take_while(|(pos, _)| *pos <= at).map(|(_, n)| n).sum::<usize>()
    }

    /// The input offset of an end offset in `text`.
    fn end(&self, at: usize) -> usize {
        at + self.removed.iter().take_while(|(pos, _)| *pos < at).map(|(_, n)| n).sum::<usize>()
    }
}

// ---- Plan metadata -------------------------------------------------------------------

/// What the text says about the plan itself.
#[derive(Default, Debug)]
struct Meta {
    title: Option<String>,
    region: Option<String>,
    issuer: Option<String>,
    doc_number: Option<String>,
    date: Option<String>,
    published: Option<String>,
    period: Option<Period>,
    /// The year the plan was issued, when known.
    year: Option<i32>,
}

const PLAN_WORDS: [&str; 9] = ["方案", "计划", "规划", "意见", "纲要", "办法", "措施", "要点", "部署"];
const ISSUER_ENDS: [&str; 9] = ["人民政府", "人民政府办公室", "人民政府办公厅", "政府办公室", "办公厅", "委员会", "厅", "局", "委"];

impl Meta {
    fn read(text: &str) -> Meta {
        let mut meta = Meta { title: title(text), ..Meta::default() };
        meta.region = meta.title.as_deref().and_then(region);
        meta.period = meta.title.as_deref().and_then(title_period);
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
            for key in ["发布日期", "发布时间", "发文日期", "成文日期", "印发日期"] {
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
        meta.year = meta.date.as_deref().or(meta.published.as_deref()).and_then(|d| d.get(..4)).and_then(|y| y.parse().ok());
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

/// The five-year plans named in `text` (`“十四五”` → 2021–2025), with their offsets.
fn five_year_plans(text: &str) -> Vec<(usize, Period)> {
    const PLANS: [(&str, i32); 6] = [("十一五", 2006), ("十二五", 2011), ("十三五", 2016), ("十四五", 2021), ("十五五", 2026), ("十六五", 2031)];
    let mut found: Vec<(usize, Period)> = PLANS
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

fn four_digits(chars: &[char], at: usize) -> Option<(i32, usize)> {
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

// ---- Reading the body ----------------------------------------------------------------

struct MeasureAt {
    measure: Measure,
    /// Heading depth: 2 for `(一)`, 3 for `1.`.
    depth: u8,
}

struct Reader<'a> {
    text: &'a str,
    id: &'a str,
    meta: &'a Meta,
    measures: Vec<MeasureAt>,
    found: Vec<Found>,
}

/// Where a line sits: its section heading and its measure.
#[derive(Clone, Default)]
struct Place {
    section: String,
    goals: bool,
    measure: Option<usize>,
    /// Under `一、发展基础`, `(一)发展现状`: what has been done, not what is aimed at.
    background: bool,
    section_background: bool,
}

impl Reader<'_> {
    fn read(&mut self) {
        let mut place = Place::default();
        let mut offset = 0;
        let text = self.text;
        let lines: Vec<(usize, &str)> = text
            .split_inclusive('\n')
            .flat_map(|line| {
                let start = offset;
                offset += line.len();
                split_at_headings(start, line.trim_end_matches(['\n', '\r']))
            })
            .collect();
        // The first line of a page is its title or headline (`…规划:2025年工业增加值占GDP
        // 比重超30%`): what it states again is dropped at the end.
        let filled = lines.iter().filter(|(_, line)| !trim(line).is_empty()).count();
        let headline = lines.iter().find(|(_, line)| !trim(line).is_empty()).filter(|(_, line)| {
            let line = trim(line);
            filled >= 5 && !line.contains('。') && line.chars().count() <= 40 && heading(line).is_none()
        });
        let headline_end = headline.map(|(start, line)| start + line.len());
        for (start, line) in lines {
            let trimmed = trim(line);
            if trimmed.is_empty() {
                continue;
            }
            let base = start + (trimmed.as_ptr() as usize - line.as_ptr() as usize);
            let mut body = (base, trimmed);
            match heading(trimmed) {
                Some((1, number_len)) => {
                    let title_end = trimmed.find(['。', '.', '．']).filter(|&e| e > number_len).unwrap_or(trimmed.len());
                    let section = trimmed[..title_end].trim_end().to_owned();
                    let background = is_background_heading(&section[number_len..]);
                    place = Place { goals: is_goals_heading(&section), section, measure: None, background, section_background: background };
                    body = rest_after(base, trimmed, title_end);
                }
                Some((depth, number_len)) => {
                    let title_end = trimmed[number_len..].find(['。', '．', ' ', '\u{3000}', '\u{a0}', '：', ':']).map_or(trimmed.len(), |e| e + number_len);
                    let number = trimmed[..number_len].to_owned();
                    let title = trimmed[number_len..title_end].trim().to_owned();
                    if is_goals_heading(&title) && depth == 2 {
                        place.goals = true;
                    }
                    if depth == 2 {
                        place.background = place.section_background || is_background_heading(&title);
                    }
                    // A new measure; a deeper one nests under the current one.
                    self.measures.push(MeasureAt {
                        measure: Measure {
                            id: format!("{}.m{}", self.id, self.measures.len() + 1),
                            number: Some(number),
                            section: place.section.clone(),
                            title,
                            responsible: Vec::new(),
                        },
                        depth,
                    });
                    if depth == 2 {
                        place.goals = place.goals || is_goals_heading(&place.section);
                    }
                    place.measure = Some(self.measures.len() - 1);
                    body = rest_after(base, trimmed, title_end);
                }
                None => {}
            }
            let (body_start, body_text) = body;
            let (units, cut) = responsible_in(body_text);
            if let (Some(measure), false) = (place.measure, units.is_empty()) {
                let entry = &mut self.measures[measure].measure.responsible;
                for unit in units {
                    if !entry.contains(&unit) {
                        entry.push(unit);
                    }
                }
            }
            self.read_paragraph(body_start, &body_text[..cut], &place);
        }
        if let Some(end) = headline_end {
            let repeats = |found: &Found| {
                found.span.end <= end
                    && self.found.iter().any(|other| other.span.start > end && other.item.value == found.item.value && other.item.range == found.item.range && other.item.unit == found.item.unit)
            };
            let kept: Vec<Found> = self.found.iter().filter(|found| !repeats(found)).cloned().collect();
            self.found = kept;
        }
        // Targets under a measure take its units; a measure without its own takes its
        // parent's (`(一)` names them for its `1.` items, or the other way round).
        for index in 0..self.measures.len() {
            if self.measures[index].measure.responsible.is_empty() {
                let depth = self.measures[index].depth;
                let parent = self.measures[..index].iter().rev().find(|m| m.depth < depth);
                if let Some(parent) = parent {
                    let units = parent.measure.responsible.clone();
                    self.measures[index].measure.responsible = units;
                }
            }
        }
    }

    fn read_paragraph(&mut self, base: usize, text: &str, place: &Place) {
        if place.background {
            return;
        }
        let mut sentence_start = 0;
        // `2023年,全市…。规上工业企业达到812家。`: after a sentence about a past year,
        // the paragraph's sentences without a year of their own are about it too.
        let mut past = false;
        // `到2029年,…目标基本实现。规模总量…达到40%`: the year a paragraph opens with
        // holds for its sentences that name none.
        let mut carried = None;
        for (at, character) in text.char_indices().chain(std::iter::once((text.len(), '。'))) {
            // `；` joins clauses under one sentence's year and verb (`2018—2020年,每年实施…
            // 20个以上;竣工…10个以上。`), so it splits clauses, not sentences.
            if matches!(character, '。' | '！' | '？' | '!' | '?') {
                let sentence = &text[sentence_start..at];
                if !sentence.trim().is_empty() {
                    let mut context = SentenceContext::of(sentence, self.meta);
                    if context.by_year && sentence.trim_start().starts_with('到') {
                        carried = context.deadline;
                    } else if context.deadline.is_none() && !context.background {
                        if let Some(year) = carried {
                            context.deadline = Some(year);
                            context.by_year = true;
                        }
                    }
                    if context.past {
                        past = true;
                    } else if context.deadline.is_some() {
                        past = false;
                    }
                    if !(past && context.deadline.is_none()) {
                        self.read_sentence(base + sentence_start, sentence, place, context);
                    }
                }
                sentence_start = at + character.len_utf8();
            }
        }
    }

    fn read_sentence(&mut self, base: usize, sentence: &str, place: &Place, context: SentenceContext) {
        if context.background {
            return;
        }
        let clauses = split_keep(sentence, &[',', '，', ':', '：', '；', ';']);
        let mut previous: Option<Previous> = None;
        for (index, &(start, clause)) in clauses.iter().enumerate() {
            let subject_before = if index > 0 { Some(clauses[index - 1]) } else { None };
            let mut items = read_clause(clause, &context);
            // `A和B…,分别超过90家和870家`: the n-th number is the n-th subject's.
            let respectively = clause.find("分别").and_then(|at| {
                // The subjects are before 分别 in this clause, or make up the clause before.
                let own = strip_lead(&clause[..at]);
                if own.is_empty() { subject_before.map(|(before_start, before)| (at, before_start, before)) } else { Some((at, start, own)) }
            });
            if let Some((_, before_start, before)) = respectively {
                let subjects: Vec<&str> = strip_lead(before).split(['和', '、', '及']).map(str::trim).collect();
                if items.len() >= 2 && subjects.len() == items.len() {
                    let count = subjects.len();
                    for (item, subject) in items.iter_mut().zip(subjects) {
                        // The last subject carries what they share (`…企业在2022年的基础上`).
                        let subject = subject.split(['在', '于']).next().unwrap_or(subject);
                        item.name = clean_name(subject);
                        item.from_before = Some(before_start);
                        item.needs_subject = false;
                        item.subject_list.clear();
                        item.reasons.push(why(format!("«分别»：{count}个数值依次对应前面的{count}个主体"), format!("«分别»: the {count} numbers go to the {count} subjects before, in order")));
                    }
                }
            }
            if items.is_empty() {
                // A clause without a number can be the subject of the next one; a time
                // phrase (`到2020年`) leaves the item before it in force.
                if !is_time_phrase(clause) {
                    previous = None;
                }
                continue;
            }
            for item in items {
                let mut item = item;
                // `每年新增20家以上`, `不低于10%`, `高于…1个百分点`: the subject is in the
                // clause before; the quote then starts there.
                let mut span = (item.from_before.unwrap_or(start + item.quote.0), start + item.quote.1);
                if item.needs_subject {
                    if let Some((before_start, before)) = subject_before.filter(|(_, b)| !has_quantity(b) && !b.trim().is_empty() && !is_time_phrase(b)) {
                        span.0 = before_start;
                        item.reasons.push(why("主体在前一分句中", "the subject is in the clause before"));
                        if item.name.chars().count() <= 2 {
                            // `民营工业保持健康发展,增速不低于…` → 民营工业增速.
                            item.name = format!("{}{}", subject_name(before), item.name);
                        }
                        item.subject_list = list_items(before);
                    } else if let Some(prev) = previous.as_ref().filter(|p| item.name.chars().count() <= 2 && p.unit == item.unit) {
                        // `每年新增省级两化融合示范企业10家以上,…,总数突破70家`.
                        let stem = ["每年", "新增", "新"].iter().fold(prev.name.as_str(), |text, w| text.strip_prefix(w).unwrap_or(text));
                        item.name = format!("{stem}{}", item.name);
                    }
                }
                // `工业增加值超过1.3万亿元,占地区生产总值比重达25%以上`: the share is the
                // item before's.
                if let Some(prev) = previous.as_ref().filter(|_| item.name.starts_with('占')) {
                    item.name = format!("{}{}", prev.name, item.name);
                }
                // `新认定A 20家、B 260家以上`, `甲区增速不低于12%,乙区不低于10%`: an item
                // without a verb of its own shares the kind of the one before.
                if let Some(prev) = previous.as_ref().filter(|p| item.kind_from_previous && alike(&p.unit, &item.unit) && p.kind != item.kind) {
                    item.kind = prev.kind;
                    item.reasons.push(why(format!("本项没有自己的动词：与前一项同为{}", item.kind.words().0), format!("no verb of its own: {} like the item before", item.kind.name())));
                }
                previous = Some(Previous { kind: item.kind, name: item.name.clone(), unit: item.unit.clone() });
                self.push(item, base, span, place, &context);
            }
        }
    }

    fn push(&mut self, item: Item, base: usize, span: (usize, usize), place: &Place, context: &SentenceContext) {
        let quote_span = base + span.0..base + span.1;
        let deadline = match (item.deadline, item.kind) {
            (Some(year), _) => Some(year),
            (None, TargetKind::PerYear) if context.by_year => None,
            (None, _) => context.deadline,
        };
        let start_year = context.start_year;
        let subjects = if item.subject_list.len() >= 2 { item.subject_list.clone() } else { vec![String::new()] };
        for subject in subjects {
            let mut reasons = item.reasons.clone();
            let mut name = item.name.clone();
            let mut sub_region = None;
            if !subject.is_empty() {
                reasons.push(why(format!("用“、”并列的主体之一：{subject}"), format!("one of the subjects listed with «、»: «{subject}»")));
                if item.covered {
                    name = format!("{subject}覆盖率");
                } else if is_place_name(&subject) {
                    sub_region = Some(subject.clone());
                    name = format!("{subject}{}", item.measure_word());
                } else {
                    name = clean_name(&subject);
                }
            } else if let Some(place_name) = item.place.clone() {
                sub_region = Some(place_name);
            }
            let mut confidence = item.confidence;
            if place.goals {
                confidence += 0.15;
                reasons.push(why(format!("位于目标部分«{}»", shorten(&place.section)), format!("in the goals section «{}»", shorten(&place.section))));
            }
            if deadline.is_some() {
                confidence += 0.05;
            }
            self.found.push(Found {
                item: item.clone(),
                span: quote_span.clone(),
                quote: self.text[quote_span.clone()].to_owned(),
                name,
                sub_region,
                deadline,
                start_year,
                section: place.section.clone(),
                measure: place.measure,
                confidence: confidence.min(0.95),
                reasons,
            });
        }
    }
}

struct Previous {
    kind: TargetKind,
    name: String,
    unit: String,
}

/// Whether two units measure the same sort of thing (counts of anything, or the same
/// unit), so that an item may share the other's kind.
fn alike(a: &str, b: &str) -> bool {
    let class = |unit: &str| UNITS.iter().find(|(_, _, u)| *u == unit).map(|(_, c, _)| *c);
    a == b || (class(a) == Some(UnitClass::Count) && class(b) == Some(UnitClass::Count))
}

/// A line split where a numbered heading starts after the end of a sentence or of a
/// `(责任单位:…)` note: text pasted without its line breaks reads like the original.
fn split_at_headings(start: usize, line: &str) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let mut from = 0;
    let mut previous = None;
    for (at, character) in line.char_indices() {
        if matches!(previous, Some('。' | ')' | '）' | '；' | ';')) && at > from && heading(&line[at..]).is_some() {
            parts.push((start + from, &line[from..at]));
            from = at;
        }
        if !character.is_whitespace() && !matches!(character, '\u{a0}' | '\u{3000}') {
            previous = Some(character);
        }
    }
    parts.push((start + from, &line[from..]));
    parts
}

fn rest_after(base: usize, line: &str, end: usize) -> (usize, &str) {
    let rest = &line[end..];
    let trimmed = rest.trim_start_matches(['。', '.', '．', ' ', '\u{3000}', '\u{a0}', '：', ':']);
    (base + (line.len() - trimmed.len()), trimmed)
}

fn is_goals_heading(heading: &str) -> bool {
    heading.contains("目标")
}

/// `发展基础`, `发展现状`, `工作回顾`, `主要成效`, `面临形势`: sections about the past.
fn is_background_heading(title: &str) -> bool {
    let title = title.trim();
    ["发展基础", "发展现状", "现状", "基础条件", "工作回顾", "回顾", "主要成效", "取得成效", "发展成效", "工作成效", "面临形势", "发展形势", "形势分析", "存在问题", "主要问题"]
        .iter()
        .any(|word| title.starts_with(word))
}

/// The depth of a numbered heading and the byte length of its number: `一、` → 1,
/// `(一)`/`（一）` → 2, `1.`/`1、`/`（1）` → 3.
fn heading(line: &str) -> Option<(u8, usize)> {
    let chars: Vec<char> = line.chars().take(8).collect();
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    let count = chars.iter().take_while(|c| numeral(**c)).count();
    if count > 0 && chars.get(count) == Some(&'、') {
        return Some((1, chars[..=count].iter().map(|c| c.len_utf8()).sum()));
    }
    if matches!(chars.first(), Some('(' | '（')) {
        let inner = chars[1..].iter().take_while(|c| numeral(**c)).count();
        if inner > 0 && matches!(chars.get(1 + inner), Some(')' | '）')) {
            return Some((2, chars[..inner + 2].iter().map(|c| c.len_utf8()).sum()));
        }
        let digits = chars[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 && matches!(chars.get(1 + digits), Some(')' | '）')) {
            return Some((4, chars[..digits + 2].iter().map(|c| c.len_utf8()).sum()));
        }
    }
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=2).contains(&digits) && matches!(chars.get(digits), Some('.' | '、' | '．')) && !chars.get(digits + 1).is_some_and(|c| c.is_ascii_digit()) {
        return Some((3, digits + chars[digits].len_utf8()));
    }
    None
}

/// `(责任单位:市科技局、市工信局)` in a paragraph: the units, and where the paragraph's
/// own text ends (before the note).
fn responsible_in(text: &str) -> (Vec<String>, usize) {
    for key in ["责任单位", "牵头单位", "责任部门", "牵头部门"] {
        let Some(at) = text.match_indices(key).map(|(at, _)| at).find(|&at| text[at + key.len()..].starts_with([':', '：'])) else { continue };
        let open = text[..at].rfind(['(', '（']).filter(|&o| text[o..at].chars().count() <= 2);
        let rest = &text[at + key.len()..];
        let rest = rest.trim_start_matches([':', '：', ' ', '\u{3000}']);
        let end = rest.find([')', '）', '。', '\n']).unwrap_or(rest.len());
        let units: Vec<String> = rest[..end]
            .split(['、', ',', '，', ';', '；'])
            .map(|unit| unit.trim().to_owned())
            .filter(|unit| !unit.is_empty() && unit.chars().count() <= 30)
            .collect();
        return (units, open.unwrap_or(at));
    }
    // `…。(市科工商务局、市发改局,各镇人民政府、街道办事处)。`: a closing list of units
    // without a key.
    let body = text.trim_end_matches(['。', ' ', '\u{3000}']);
    if body.ends_with([')', '）']) {
        if let Some(open) = body.rfind(['(', '（']) {
            let close = body.chars().next_back().map_or(1, char::len_utf8);
            let inner = &body[open + body[open..].chars().next().map_or(1, char::len_utf8)..body.len() - close];
            let units: Vec<String> = inner.split(['、', ',', '，', ';', '；']).map(|u| u.trim().to_owned()).filter(|u| !u.is_empty()).collect();
            let unit_like = units.iter().filter(|u| u.chars().count() <= 20 && UNIT_ENDS.iter().any(|end| u.ends_with(end))).count();
            if !units.is_empty() && unit_like * 2 > units.len() && unit_like == units.iter().filter(|u| u.chars().all(is_han)).count().min(unit_like) {
                return (units, open);
            }
        }
    }
    (Vec::new(), text.len())
}

/// How the names of government units end: 局, 委, 办, 政府, 中心, 各区 ….
const UNIT_ENDS: [&str; 20] = [
    "局", "委", "办", "厅", "政府", "院", "公司", "会", "行", "处", "所", "站", "中心", "部门", "单位", "事处", "区", "县", "市", "镇",
];

/// What a sentence says for all its clauses: its year, whether it is background.
struct SentenceContext {
    deadline: Option<i32>,
    start_year: Option<i32>,
    /// A statement about the past (`2017年全市…增长8.5%`), not a target.
    background: bool,
    per_year: bool,
    /// The year is a deadline (`到2026年`), not a span of years: it does not bound a
    /// target that holds every year.
    by_year: bool,
    /// The sentence is about a year before the plan's.
    past: bool,
}

impl SentenceContext {
    fn of(sentence: &str, meta: &Meta) -> SentenceContext {
        let mut context = SentenceContext { deadline: None, start_year: None, background: false, per_year: false, by_year: false, past: false };
        let years = years_with_positions(sentence);
        let plan_start = meta.period.map(|p| p.start).or(meta.year);
        for &(at, year, end_year) in &years {
            let before = &sentence[..at];
            let after = &sentence[at..];
            if before.ends_with('从') || before.ends_with("比") || before.ends_with("较") {
                continue; // a baseline year
            }
            if after.contains("以来") && after.find("以来").is_some_and(|e| e < 16) {
                context.background = true;
                context.past = true;
                continue;
            }
            if let Some(end) = end_year {
                context.start_year = Some(year);
                context.deadline = Some(end);
                context.per_year = true;
            } else if context.deadline.is_none() {
                // `2024年,全市…增长7.2%` in a 2025–2027 plan: what happened, not a goal
                // (unless the sentence also looks ahead: `到2027年`).
                let ahead = ends_with_any(before, &["到", "至", "在"]) || years.iter().any(|&(_, y, _)| plan_start.is_some_and(|start| y >= start));
                if plan_start.is_some_and(|start| year < start) && !ahead {
                    context.background = true;
                    context.past = true;
                }
                context.deadline = Some(year);
                context.by_year = before.ends_with('到');
            }
        }
        // `“十三五”期间,…` in a plan for 2021–2025: the plan before, the past.
        if let (Some(&(at, period)), Some(start)) = (five_year_plans(sentence).first(), plan_start) {
            if at <= 6 && period.end < start {
                context.background = true;
                context.past = true;
            }
        }
        // `“十四五”以来,…`, `近年来,…`: an account of the past, and so is what follows.
        let opening: String = sentence.trim_start().chars().take(16).collect();
        if opening.contains("以来") || ["近年来", "近几年", "过去", "多年来"].iter().any(|w| opening.starts_with(w)) {
            context.background = true;
            context.past = true;
        }
        // Reports of what happened: `今年上半年,我市完成…`, `截至6月底`, `同比增长`.
        let reported = ["上半年,", "上半年，", "一季度,", "一季度，", "前三季度", "截至", "截止到", "今年以来", "1-6月", "1—6月"]
            .iter()
            .any(|word| strip_lead(sentence).trim_start_matches("今年").starts_with(word) || sentence.contains(&format!("今年{word}")));
        context.background |= reported;
        // `比上年提高1个百分点` is how an annual plan sets a goal; with `完成`/`实现了` it
        // reports one.
        let reports = ["完成", "实现了", "达到了", "增长了"].iter().any(|w| sentence.contains(w));
        for word in ["已经", "已达", "同比", "比上年", "较上年", "上年度", "去年", "排名第", "排第"] {
            let compares = matches!(word, "比上年" | "较上年");
            if sentence.contains(word) && !sentence.contains("不低于上年") && !sentence.contains("高于上年") && (!compares || reports) {
                context.background = true;
            }
        }
        if sentence.contains("上年同期") {
            context.background = false;
        }
        context
    }
}

/// (byte offset, year, end year of a `2018—2020年` span) for each year in `text`.
fn years_with_positions(text: &str) -> Vec<(usize, i32, Option<i32>)> {
    let positions: Vec<(usize, char)> = text.char_indices().collect();
    let chars: Vec<char> = positions.iter().map(|(_, c)| *c).collect();
    let mut out = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        if let Some((year, next)) = four_digits(&chars, index) {
            // `2023 年`: PDF text puts spaces before 年.
            let next = next + chars[next..].iter().take_while(|c| matches!(c, ' ' | '\u{a0}')).count();
            if chars.get(next) == Some(&'年') {
                out.push((positions[index].0, year, None));
            } else if chars.get(next).is_some_and(|c| is_dash(*c)) {
                if let Some((end, after)) = four_digits(&chars, next + 1) {
                    if chars.get(after) == Some(&'年') && end > year {
                        out.push((positions[index].0, year, Some(end)));
                    }
                    index = after;
                    continue;
                }
            }
            index = next;
        } else {
            index += 1;
        }
    }
    out
}

/// Splits `text` at the separators, keeping each part's byte offset; separators inside
/// brackets or quotes do not split.
fn split_keep<'t>(text: &'t str, separators: &[char]) -> Vec<(usize, &'t str)> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut depth: i32 = 0;
    for (at, character) in text.char_indices() {
        match character {
            '(' | '（' | '《' | '“' | '〈' | '[' | '【' => depth += 1,
            ')' | '）' | '》' | '”' | '〉' | ']' | '】' => depth = (depth - 1).max(0),
            _ if depth == 0 && separators.contains(&character) => {
                parts.push((start, &text[start..at]));
                start = at + character.len_utf8();
            }
            _ => {}
        }
    }
    parts.push((start, &text[start..]));
    parts
}

// ---- Numbers and units ----------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Debug)]
enum UnitClass {
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

/// Units longest first, with what they measure and how they are written in the catalog.
const UNITS: &[(&str, UnitClass, &str)] = &[
    ("个百分点", UnitClass::Points, "个百分点"),
    ("百分点", UnitClass::Points, "个百分点"),
    ("个工作日", UnitClass::Time, "个工作日"),
    ("工作日", UnitClass::Time, "个工作日"),
    ("万千瓦时", UnitClass::Amount, "万千瓦时"),
    ("亿千瓦时", UnitClass::Amount, "亿千瓦时"),
    ("万吨标准煤", UnitClass::Amount, "万吨标准煤"),
    ("吨标准煤", UnitClass::Amount, "吨标准煤"),
    ("万平方米", UnitClass::Amount, "万平方米"),
    ("平方公里", UnitClass::Amount, "平方公里"),
    ("平方米", UnitClass::Amount, "平方米"),
    ("万千瓦", UnitClass::Amount, "万千瓦"),
    ("千瓦", UnitClass::Amount, "千瓦"),
    ("兆瓦", UnitClass::Amount, "兆瓦"),
    ("亿美元", UnitClass::Amount, "亿美元"),
    ("万美元", UnitClass::Amount, "万美元"),
    ("万亿元", UnitClass::Amount, "万亿元"),
    ("万亿", UnitClass::Amount, "万亿元"),
    ("亿元", UnitClass::Amount, "亿元"),
    ("万元", UnitClass::Amount, "万元"),
    ("元", UnitClass::Amount, "元"),
    ("亿", UnitClass::Amount, "亿元"),
    ("万吨", UnitClass::Amount, "万吨"),
    ("吨", UnitClass::Amount, "吨"),
    ("万亩", UnitClass::Amount, "万亩"),
    ("亩", UnitClass::Amount, "亩"),
    ("公里", UnitClass::Amount, "公里"),
    ("万人次", UnitClass::Count, "万人次"),
    ("万个", UnitClass::Count, "万个"),
    ("万家", UnitClass::Count, "万家"),
    ("万件", UnitClass::Count, "万件"),
    ("万台", UnitClass::Count, "万台"),
    ("万套", UnitClass::Count, "万套"),
    ("万辆", UnitClass::Count, "万辆"),
    ("万座", UnitClass::Count, "万座"),
    ("万名", UnitClass::Count, "万名"),
    ("万项", UnitClass::Count, "万项"),
    ("万次", UnitClass::Times, "万次"),
    ("人次", UnitClass::Count, "人次"),
    ("万人", UnitClass::Count, "万人"),
    ("万户", UnitClass::Count, "万户"),
    ("倍", UnitClass::Amount, "倍"),
    ("%", UnitClass::Percent, "%"),
    ("％", UnitClass::Percent, "%"),
    ("家", UnitClass::Count, "家"),
    ("个", UnitClass::Count, "个"),
    ("项", UnitClass::Count, "项"),
    ("件", UnitClass::Count, "件"),
    ("名", UnitClass::Count, "名"),
    ("人", UnitClass::Count, "人"),
    ("座", UnitClass::Count, "座"),
    ("所", UnitClass::Count, "所"),
    ("条", UnitClass::Count, "条"),
    ("台", UnitClass::Count, "台"),
    ("套", UnitClass::Count, "套"),
    ("户", UnitClass::Count, "户"),
    ("款", UnitClass::Count, "款"),
    ("处", UnitClass::Count, "处"),
    ("支", UnitClass::Count, "支"),
    ("位", UnitClass::Count, "位"),
    ("部", UnitClass::Count, "部"),
    ("次", UnitClass::Times, "次"),
    ("场", UnitClass::Times, "场"),
    ("期", UnitClass::Times, "期"),
    ("天", UnitClass::Time, "天"),
    ("小时", UnitClass::Time, "小时"),
    ("个月", UnitClass::Time, "个月"),
];

/// Comparison words after a number (`20家以上`), longest first.
const AFTER: &[(&str, Comparison)] = &[
    ("及以上", Comparison::AtLeast),
    ("以上", Comparison::AtLeast),
    ("以下", Comparison::AtMost),
    ("以内", Comparison::AtMost),
    ("之内", Comparison::AtMost),
    ("左右", Comparison::About),
    ("上下", Comparison::About),
];

/// Comparison words before a number (`不少于20家`), longest first.
const BEFORE: &[(&str, Comparison)] = &[
    ("不少于", Comparison::AtLeast),
    ("不低于", Comparison::AtLeast),
    ("不小于", Comparison::AtLeast),
    ("不超过", Comparison::AtMost),
    ("不高于", Comparison::AtMost),
    ("不大于", Comparison::AtMost),
    ("控制在", Comparison::AtMost),
    ("至少", Comparison::AtLeast),
    ("突破", Comparison::AtLeast),
    ("超过", Comparison::AtLeast),
    ("达到", Comparison::AtLeast),
    ("力争", Comparison::AtLeast),
    ("约", Comparison::About),
];

/// One number with its unit, as written.
#[derive(Clone, Debug)]
struct Quantity {
    /// Byte range of the number (and range) in the clause.
    start: usize,
    /// After the unit and a comparison suffix.
    end: usize,
    value: f64,
    high: Option<f64>,
    unit: String,
    class: UnitClass,
    /// `百亿级`: a class of size, not a count.
    grade: bool,
    after: Option<Comparison>,
    chinese: bool,
}

fn is_han(character: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&character)
}

fn is_dash(character: char) -> bool {
    matches!(character, '-' | '—' | '–' | '－' | '~' | '～' | '至')
}

fn digit_value(character: char) -> Option<u32> {
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
fn quantities(clause: &str) -> Vec<Quantity> {
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
            if clause[inner..inner + length].chars().count() <= limit {
                spans.push(inner..inner + length);
            }
            from = inner + length + close.len_utf8();
        }
    }
    spans
}

fn quantity_at(clause: &str, at: usize, chinese: bool) -> Option<Quantity> {
    let before = &clause[..at];
    if before.ends_with('第') || before.ends_with('前') || before.ends_with('+') || before.ends_with('＋') {
        return None;
    }
    let (value, mut number_end) = if chinese { chinese_number_at(clause, at)? } else { arabic_at(clause, at)? };
    // A year, a date, a `5G`.
    let next = clause[number_end..].chars().next();
    if next.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '+' | '＋' | '/' | '.' )) {
        return None;
    }
    if next == Some('年') || next.is_some_and(|c| matches!(c, '月' | '日' | '号' | '届' | '周' | '强' | '优' | '季')) {
        return None;
    }
    let mut high = None;
    if let Some(dash) = clause[number_end..].chars().next().filter(|c| is_dash(*c)) {
        let after_dash = number_end + dash.len_utf8();
        let other = if chinese { chinese_number_at(clause, after_dash) } else { arabic_at(clause, after_dash) };
        if let Some((other, end)) = other {
            if other > value {
                high = Some(other);
                number_end = end;
            }
        }
    }
    // 三分之一: a fraction, as a percentage.
    if chinese && clause[number_end..].starts_with("分之") {
        let numerator_at = number_end + "分之".len();
        let (numerator, end) = chinese_number_at(clause, numerator_at)?;
        if value == 0.0 {
            return None;
        }
        let percent = (numerator / value * 1000.0).round() / 10.0;
        return Some(Quantity { start: at, end, value: percent, high: None, unit: "%".into(), class: UnitClass::Percent, grade: false, after: None, chinese: true });
    }
    // `两化融合发展水平指数达65`: an index has no unit.
    if !chinese && unit_at(clause, number_end.min(clause.len())).is_none() {
        let index_word = ["指数", "系数"].iter().any(|w| {
            before.trim_end().strip_suffix(['达', '为']).or_else(|| before.trim_end().strip_suffix("达到")).is_some_and(|b| b.ends_with(w))
        });
        let next = clause[number_end..].chars().next();
        if index_word && high.is_none() && next.is_none_or(|c| !is_han(c) || c == '以') {
            let mut end = number_end;
            let mut after = None;
            for (word, comparison) in AFTER {
                if clause[end..].starts_with(word) {
                    after = Some(*comparison);
                    end += word.len();
                    break;
                }
            }
            return Some(Quantity { start: at, end, value, high, unit: String::new(), class: UnitClass::Amount, grade: false, after, chinese });
        }
    }
    // 万 and 亿 multiply an Arabic number only as part of a unit (`1.0万千瓦`, `105亿元`).
    // `5200 亿元以上`, `达 80 家`, `200 “ ”家`: spaces and stray quote marks copied from
    // a PDF sit between number and unit.
    let number_end = number_end + clause[number_end..].len() - clause[number_end..].trim_start_matches([' ', '\u{a0}', '\u{3000}', '“', '”']).len();
    let (unit, class, mut end, grade) = unit_at(clause, number_end)?;
    if chinese {
        // Chinese numerals count things and times (`一次`, `两家`) or amounts (`五千亿`);
        // `一批`, `百家企业` (a name) are not numbers.
        // `每年…举行一次`; `超过五千亿`. Not `六次会议`, `两个…集群三年行动方案`, `百亿级`.
        let small = value < 10.0 && !clause[at..number_end].contains(['十', '百', '千']);
        let frequent = FREQUENCIES.iter().any(|(w, _)| before.contains(w));
        let stated = ends_with_any(before, &["超过", "突破", "达到", "不低于", "不少于"]);
        // `打造…两个千亿级产业集群`: a small count right after a verb of doing.
        let done = ACTION_VERBS.iter().any(|verb| before.contains(verb)) && !CITING_WORDS.iter().any(|w| before.contains(w));
        // `创建百个标杆`, `实施千个项目`, `覆盖千家企业`: a count right after its verb — not
        // a programme's name (`实施百家企业技术改造行动计划`).
        let after_verb = ACTION_VERBS.iter().chain(["覆盖", "创建"].iter()).any(|verb| before.trim_end().ends_with(verb));
        let programme = ["计划", "行动", "工程", "专项", "活动", "方案", "战略"].iter().any(|w| clause.trim_end().ends_with(w));
        match class {
            UnitClass::Times if small && frequent => {}
            UnitClass::Count if ((small && done) || (after_verb && !programme)) && matches!(unit, "个" | "家" | "项") => {}
            UnitClass::Amount if !small && stated && !grade => {}
            _ => return None,
        }
    }
    // `50万元/人`, `360台/万人`: a rate per person, per area.
    let mut unit = unit.to_owned();
    if let Some(per) = clause[end..].strip_prefix('/') {
        let per_unit: String = per.chars().take_while(|c| is_han(*c)).take(4).collect();
        if ["人", "万人", "亩", "平方米", "平方公里", "吨", "户", "千人"].contains(&per_unit.as_str()) {
            unit = format!("{unit}/{per_unit}");
            end += 1 + per_unit.len();
        }
    }
    // `增长7%至8%`, `10亿元—15亿元`: a range with the unit written twice.
    if high.is_none() && !chinese {
        if let Some(dash) = clause[end..].chars().next().filter(|c| is_dash(*c)) {
            if let Some((other, other_end)) = arabic_at(clause, end + dash.len_utf8()) {
                if other > value && clause[other_end..].starts_with(unit.as_str()) {
                    high = Some(other);
                    end = other_end + unit.len();
                }
            }
        }
    }
    let mut after = None;
    for (word, comparison) in AFTER {
        if clause[end..].starts_with(word) {
            after = Some(*comparison);
            end += word.len();
            break;
        }
    }
    Some(Quantity { start: at, end, value, high, unit, class, grade, after, chinese })
}

fn has_quantity(text: &str) -> bool {
    !quantities(text).is_empty()
}

// ---- Items: one target each -----------------------------------------------------------

/// One target read from a clause, before it gets its place in the plan.
#[derive(Clone, Debug)]
struct Item {
    /// Byte range in the clause.
    quote: (usize, usize),
    name: String,
    unit: String,
    kind: TargetKind,
    comparison: Comparison,
    value: Option<f64>,
    range: Option<[f64; 2]>,
    baseline: Option<Baseline>,
    change_in: Option<ChangeIn>,
    relative_to: Option<String>,
    deadline: Option<i32>,
    place: Option<String>,
    /// The clause starts with its predicate: the subject is in the clause before.
    needs_subject: bool,
    /// The kind was a default; the clause before may say better.
    kind_from_previous: bool,
    subject_list: Vec<String>,
    /// A coverage target: its listed subjects are things covered, not places.
    covered: bool,
    /// The quote starts at this offset of the sentence: the clause before holds the
    /// subjects (`A和B…,分别…`).
    from_before: Option<usize>,
    /// Times a year the stated count happens (`每季度…1次` → 4), 1 otherwise.
    per: f64,
    confidence: f64,
    reasons: Vec<Bilingual>,
}

impl Item {
    /// The word to name a district's target by: its growth, its share, its count.
    fn measure_word(&self) -> &'static str {
        match (self.kind, self.unit.as_str()) {
            (TargetKind::AnnualGrowth, _) | (TargetKind::Relative, _) => "增速",
            (_, "%") => "比重",
            _ => "",
        }
    }
}

/// Words that mark a clause as policy, not a target: subsidies, rewards, thresholds.
const POLICY_WORDS: [&str; 14] = [
    "奖励", "奖补", "补助", "补贴", "资助", "贴息", "给予", "一次性", "最高", "按照", "对符合", "凡", "减免", "返还",
];

/// Verbs of doing: what a plan commits to. With a count they make it a target.
const ACTION_VERBS: [&str; 34] = [
    "新增", "新建", "新认定", "新培育", "培育", "建设", "建成", "组建", "创建", "打造", "实施", "推进", "推动", "引进", "开发", "认定",
    "完成", "实现", "形成", "争创", "发展", "聚焦", "紧盯", "巩固", "扶持", "开展", "组织", "举办", "举行", "召开", "帮助", "培训",
    "支持", "转移转化",
];

/// 新 as a verb prefix (新增, 新认定, 新入库): added during the period. Not 新能源, 新材料.
const NEW_VERBS: [&str; 13] = ["新增", "新建", "新认定", "新培育", "新入库", "新签约", "新上", "新引进", "新开工", "新投产", "新获", "新设", "新创"];

/// Verbs that add things during the period (培育30家, 新建3000个, 创建1家).
const ADDING_VERBS: [&str; 15] =
    ["培育", "引进", "组建", "创建", "打造", "完成", "实施", "开发", "认定", "转移转化", "推动", "建设", "新建", "建成", "争创"];

/// The verb that makes a count an addition over the period: the last verb of adding
/// before the number, with no level word after it (`实施信息化改造累计达到400家` is a
/// level; `力争创建…中心1家` an addition).
fn adding_verb(lead: &str) -> Option<&'static str> {
    let lead = strip_lead(lead);
    if let Some(verb) = NEW_VERBS.iter().find(|verb| lead.trim_start_matches(['累', '计', '共', '再']).starts_with(**verb)) {
        return (!lead.contains("达到") && !lead.contains("总数")).then_some(verb);
    }
    let (at, verb) = ADDING_VERBS.iter().chain(NEW_VERBS.iter()).filter_map(|v| lead.rfind(v).map(|at| (at, *v))).max_by_key(|(at, _)| *at)?;
    let rest = &lead[at + verb.len()..];
    (!["达到", "累计", "总数", "达", "突破", "超过", "保持"].iter().any(|w| rest.contains(w)) && !lead[..at].contains("累计")).then_some(verb)
}

/// Growth words: a rate follows.
const GROWTH_WORDS: [&str; 6] = ["年均增长", "年均增幅", "增长", "增速", "增幅", "增加值增长"];
const CHANGE_UP: [&str; 6] = ["提高", "提升", "上升", "增加", "扩大", "增长"];
const CHANGE_DOWN: [&str; 5] = ["下降", "降低", "减少", "压减", "缩减"];
const LEVEL_WORDS: [&str; 9] = ["达到", "达", "突破", "超过", "总数", "累计", "保持在", "稳定在", "占"];
const FREQUENCIES: [(&str, f64); 7] = [
    ("每季度", 4.0), ("每个季度", 4.0), ("每半年", 2.0), ("每月", 12.0), ("每个月", 12.0), ("每周", 52.0), ("每年", 1.0),
];
/// Comparisons with another quantity, without a number of their own.
const RELATIVE_WORDS: [&str; 6] = ["快于", "高于", "不低于", "不慢于", "超过", "不少于"];
const REFERENCE_WORDS: [&str; 6] = ["平均", "同期", "水平", "增速", "上年", "全国"];

/// Clauses that cite someone else's plan or list (`对照省重点培育的…13个集群`).
const CITING_WORDS: [&str; 8] = ["对照", "对接", "按照", "依据", "根据", "参照", "落实", "贯彻"];

fn read_clause(clause: &str, context: &SentenceContext) -> Vec<Item> {
    // `《专项规划》包括…等7个部分`: a sentence about a document, not a goal.
    if POLICY_WORDS.iter().any(|w| clause.contains(w)) || starts_with_any(clause.trim(), &CITING_WORDS) || clause.trim().starts_with('《') {
        return Vec::new();
    }
    let quantities = quantities(clause);
    let mut items = Vec::new();
    // Segments: the clause split at 、 where the part before states its own number.
    let mut segment_start = 0;
    let mut candidates: Vec<(usize, &Quantity)> = Vec::new();
    for (index, quantity) in quantities.iter().enumerate() {
        if not_a_target(clause, quantity, &quantities, index).is_some() {
            continue;
        }
        candidates.push((index, quantity));
    }
    for (position, &(_, quantity)) in candidates.iter().enumerate() {
        // The item ends at the 、 or 和 before the next candidate, or at the clause end.
        let next_start = candidates.get(position + 1).map(|(_, q)| q.start);
        let end = match next_start {
            Some(next) => clause[quantity.end..next].find(['、', '和', '及']).map_or(next, |e| quantity.end + e),
            None => clause.len(),
        };
        let end = if end == clause.len() { clause.trim_end().len() } else { end };
        if let Some(item) = item_from(clause, segment_start, end, quantity, context) {
            items.push(item);
        }
        segment_start = match clause[end..].chars().next() {
            Some(separator @ ('、' | '和' | '及')) => end + separator.len_utf8(),
            _ => end,
        };
    }
    // Number words: 全覆盖, 零的突破, 全部完成, a bare comparison with an average.
    if candidates.is_empty() {
        items.extend(worded_items(clause, context));
    } else if let [item] = items.as_mut_slice() {
        // `市政府每季度、市经信委每月进行一次…`: one number, several frequencies.
        let copy = item.clone();
        let split = split_frequencies(copy, clause);
        if split.len() > 1 {
            items = split;
        }
    }
    items
}

/// Why a number is not a target (or None when it may be one).
fn not_a_target(clause: &str, quantity: &Quantity, all: &[Quantity], index: usize) -> Option<&'static str> {
    let after = &clause[quantity.end..];
    let before = &clause[..quantity.start];
    let next = after.chars().next();
    // `5亿元以上项目`, `过千万元的增长点`, `超100亿元企业`: an amount that says which
    // things are meant, followed by those things.
    let stated = ends_with_any(before, &["不低于", "不少于", "不超过", "达到", "控制在", "达"]);
    // `8%、10%和12%`: a number joined to the next one names nothing.
    let joined = starts_with_any(after, &["和", "及", "与"]) && after.chars().nth(1).is_some_and(|c| digit_value(c).is_some());
    let describes = next.is_some_and(|c| is_han(c) || c == '“') && !joined && !starts_with_any(after, &["的目标", "目标", "规模", "以上", "左右", "大关", "量级", "台阶"])
        && (!stated || after.starts_with('的'));
    // `90%以上城镇家庭具备千兆接入能力`: a share of the things that follow is a target.
    // `90%以上城镇家庭具备…`, `力争50%以上的规上工业企业…`: a share of the things that
    // follow is a target (but `增长10%以上的企业` names which firms).
    let share = quantity.class == UnitClass::Percent
        && quantity.after.is_some()
        && (!after.starts_with('的') || strip_lead(before).is_empty());
    match quantity.class {
        UnitClass::Amount | UnitClass::Percent | UnitClass::Points if describes && !quantity.grade && !share => return Some("describes what follows"),
        UnitClass::Amount if quantity.grade && all.iter().enumerate().any(|(i, q)| i != index && !q.grade && q.class == UnitClass::Count) => {
            return Some("a size class of the things counted")
        }
        _ => {}
    }
    if describes && after.starts_with('的') && !share {
        return Some("describes what follows");
    }
    // `过千万元的增长点`, `超100亿元企业`, `过10亿元、过亿元…的`; but `营业收入超3000亿元`
    // ends its clause: a target.
    if ((before.ends_with('过') && !before.ends_with("超过")) || before.ends_with('超')) && !after.trim().is_empty() {
        return Some("a threshold (过/超 a number)");
    }
    // `出台了22条重点任务`: 了 marks what is done, not what is aimed at.
    if before.match_indices('了').any(|(at, _)| !ends_with_any(&before[..at], &["为", "除"])) {
        return Some("a completed action (…了)");
    }
    // `从2014年的0.68%提升到1.0%`: the first is the baseline.
    if ends_with_any(before, &["年的", "从"]) && all.get(index + 1).is_some() {
        return Some("a baseline");
    }
    if quantity.class == UnitClass::Time && !is_short_predicate(after) && quantity.after.is_none() && !before.ends_with("控制在") {
        return Some("a duration");
    }
    None
}

fn starts_with_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.starts_with(w))
}

fn ends_with_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.ends_with(w))
}

/// A short verb phrase ending the item (`1天应答`, `5天办结`, `企业上云`).
fn is_short_predicate(text: &str) -> bool {
    let head: String = text.chars().take_while(|c| !matches!(c, '、' | ',' | '，' | '；' | ';')).collect();
    let count = head.chars().count();
    count == 0 || (count <= 4 && head.chars().all(is_han) && !head.contains('的'))
}

fn item_from(clause: &str, start: usize, end: usize, quantity: &Quantity, context: &SentenceContext) -> Option<Item> {
    let segment = &clause[start..end];
    let before = &clause[start..quantity.start];
    let lead = before.trim_start_matches(|c: char| c.is_whitespace());
    let mut reasons = Vec::new();
    let mut confidence: f64 = 0.45;

    // Comparison.
    let before_word = BEFORE.iter().find(|(w, _)| before.trim_end().ends_with(w));
    let mut comparison = match (quantity.high, quantity.after, before_word) {
        (Some(_), _, _) => {
            reasons.push(why("区间", "a range"));
            Comparison::Range
        }
        (None, Some(c), _) => {
            reasons.push(why(format!("数字后有«{}»", suffix_word(clause, quantity)), format!("«{}» after the number", suffix_word(clause, quantity))));
            c
        }
        (None, None, Some((word, c))) => {
            reasons.push(why(format!("数字前有«{word}»"), format!("«{word}» before the number")));
            *c
        }
        (None, None, None) => {
            reasons.push(why("没有比较词：按“至少”理解", "no comparison word: read as at least"));
            Comparison::AtLeast
        }
    };
    if quantity.after.is_some() || before_word.is_some() || quantity.high.is_some() {
        confidence += 0.2;
    }
    let verb = ACTION_VERBS.iter().chain(LEVEL_WORDS.iter()).chain(GROWTH_WORDS.iter()).find(|v| segment.contains(**v));
    if verb.is_some() {
        confidence += 0.1;
    }
    if quantity.chinese {
        confidence -= 0.1;
    }

    // Kind.
    let frequency = FREQUENCIES.iter().find(|(w, _)| before.contains(w) || clause[..start].contains(w) && w != &"每年");
    let mut value = quantity.value;
    let mut unit = quantity.unit.clone();
    let mut change_in = None;
    let mut relative_to = None;
    let mut baseline = None;
    let mut kind_from_previous = false;
    let mut per = 1.0;
    // A change verb counts when it is the last word that sets the value: `比重提高5个
    // 百分点`, not `增加值占…比重稳定在32%` (增加值 is a noun; 稳定在 sets a level).
    let last_verb = |words: &[&'static str]| -> Option<&'static str> {
        let (at, word) = words.iter().filter_map(|w| last_verb_at(before, w).map(|at| (at, *w))).max_by_key(|(at, _)| *at)?;
        let rest = &before[at + word.len()..];
        (!["稳定在", "保持在", "达到", "控制在", "不低于", "不少于", "超过", "突破"].iter().any(|w| rest.contains(w))).then_some(word)
    };
    let down = last_verb(&CHANGE_DOWN);
    let up = last_verb(&CHANGE_UP);
    // `高于全市…平均水平1个百分点`: the quantity compared with sits between the word and
    // the number (`增速不低于12%` compares with nothing).
    let relative = RELATIVE_WORDS.iter().find_map(|w| {
        let at = before.find(w)? + w.len();
        let reference = &before[at..];
        REFERENCE_WORDS.iter().any(|r| reference.contains(r)).then_some((*w, at))
    });
    let kind = if let Some((word, at)) = relative {
        relative_to = Some(before[at..].trim_end_matches(|c: char| !is_han(c) || "的".contains(c)).to_owned());
        reasons.push(why(format!("«{word}»另一指标：按高出的差值理解"), format!("«{word}» another quantity: a margin over it")));
        TargetKind::Relative
    } else if before.contains("年均") && matches!(quantity.class, UnitClass::Percent) {
        reasons.push(why("«年均»加增速：年均增长", "«年均» with a rate: an average yearly growth"));
        if down.is_some() {
            value = -value;
            comparison = flip(comparison);
        }
        TargetKind::AnnualGrowth
    } else if let (Some(word), true) = (down.or(up), matches!(quantity.class, UnitClass::Percent | UnitClass::Points)) {
        if before.ends_with("到") || before.ends_with("至") {
            reasons.push(why(format!("«{word}到»某值：期末水平"), format!("«{word}到» a value: a level")));
            if let Some(base) = baseline_before(clause, start, quantity) {
                baseline = Some(Baseline { year: base.0, value: base.1 });
                reasons.push(why("起点数值为基期值", "the value it starts from is the baseline"));
            }
            TargetKind::Level
        } else if GROWTH_WORDS.iter().any(|g| before.ends_with(g) || before.contains("增速") || before.contains("增幅")) && quantity.class == UnitClass::Percent && down.is_none() && !before.contains("比重") && !before.contains("占比") {
            reasons.push(why("增速前无«年均»：按当年增速理解", "a growth rate without «年均»: read as the yearly growth"));
            TargetKind::AnnualGrowth
        } else {
            change_in = Some(if quantity.class == UnitClass::Points || before.contains("比重") || before.contains("占比") || before.contains('率') { ChangeIn::Points } else { ChangeIn::Percent });
            if quantity.class == UnitClass::Points {
                unit = "个百分点".into();
            }
            if down.is_some() {
                value = -value;
                comparison = flip(comparison);
            }
            reasons.push(why(format!("«{word}»若干：规划期内的变化"), format!("«{word}» by a number: a change over the period")));
            TargetKind::Change
        }
    } else if let Some((word, times)) = frequency.filter(|_| matches!(quantity.class, UnitClass::Times | UnitClass::Count)) {
        if *times > 1.0 && quantity.class == UnitClass::Times {
            value *= times;
            per = *times;
            reasons.push(why(
                format!("«{word}»{}：每年{}", number_text(quantity.value), number_text(value)),
                format!("«{word}» {}: {} a year", number_text(quantity.value), number_text(value)),
            ));
        } else {
            reasons.push(why(format!("«{word}»：逐年考核"), format!("«{word}»: each year on its own")));
        }
        TargetKind::PerYear
    } else if before.contains("年度") || (context.per_year && before.contains("每年")) {
        reasons.push(why("«年度»/«每年»：逐年考核", "«年度»/«每年»: each year on its own"));
        if quantity.class == UnitClass::Percent && before.contains("增速") { TargetKind::AnnualGrowth } else { TargetKind::PerYear }
    } else if matches!(quantity.class, UnitClass::Percent) && GROWTH_WORDS.iter().any(|g| before.contains(g)) && !before.contains("比重") && !before.contains("占") {
        reasons.push(why("增速：按当年增速理解", "a growth rate: read as the yearly growth"));
        TargetKind::AnnualGrowth
    } else if let Some(verb) = adding_verb(lead).filter(|_| matches!(quantity.class, UnitClass::Count | UnitClass::Amount | UnitClass::Times)) {
        reasons.push(why(format!("«{verb}»加数量：新增数，规划期内累计"), format!("«{verb}» with a count: added, summed over the period")));
        TargetKind::Cumulative
    } else if quantity.class == UnitClass::Time {
        comparison = if quantity.after.is_some() || before_word.is_some() { comparison } else { Comparison::AtMost };
        reasons.push(why("时限：不超过", "a time limit: at most"));
        TargetKind::Level
    } else {
        // `新认定…20家、国家科技型中小企业260家以上`: no verb of its own, it shares the one before.
        let own = place_subject(strip_lead(lead)).map_or(before, |place| before.split_once(place.as_str()).map_or(before, |(_, rest)| rest));
        kind_from_previous = !ACTION_VERBS.iter().chain(LEVEL_WORDS.iter()).chain(GROWTH_WORDS.iter()).any(|v| own.contains(v));
        reasons.push(why("要达到的数值：期限时的水平", "a value to reach: a level by the deadline"));
        TargetKind::Level
    };
    let kind = if kind == TargetKind::Level && (before.contains("每年") || clause[..start].contains("每年")) {
        reasons.push(why("«每年»：逐年考核", "«每年»: each year on its own"));
        TargetKind::PerYear
    } else {
        kind
    };
    let kind = if quantity.grade {
        unit = quantity.unit.clone();
        reasons.push(why("规模等级（…级）：要达到的规模，按水平理解", "a size class («…级»): the size to reach, a level"));
        TargetKind::Level
    } else {
        kind
    };

    // A subject missing here is in the clause before.
    let subject = strip_lead(lead);
    let needs_subject = subject.is_empty() || BEFORE.iter().any(|(w, _)| subject == *w) || RELATIVE_WORDS.iter().any(|w| subject.starts_with(w))
        || starts_with_any(subject, &["每年新增", "新增", "年均", "增速", "总数"]) && !has_noun_after(clause, quantity);
    let place_name = place_subject(subject);
    let (range, value) = match quantity.high {
        Some(high) => (Some([quantity.value, high]), None),
        None => (None, Some(value)),
    };
    if quantity.high.is_some() {
        comparison = Comparison::Range;
    }
    let name = item_name(segment, quantity, start);
    Some(Item {
        quote: (start + (segment.len() - segment.trim_start().len()), end),
        name,
        unit,
        kind,
        comparison,
        value,
        range,
        baseline,
        change_in,
        relative_to,
        deadline: None,
        place: place_name,
        needs_subject,
        kind_from_previous,
        // `A、B等各类创新平台达到50家` counts them together; `A、B增速快于…` is each.
        // `打造A、B两个集群` counts what it lists: the list is the object, not subjects.
        subject_list: if matches!(quantity.class, UnitClass::Count | UnitClass::Amount | UnitClass::Times)
            && (subject.contains('等')
                || ACTION_VERBS.iter().any(|verb| subject.split('、').next().is_some_and(|head| head.contains(verb)))
                || subject.split('、').count() as f64 == quantity.value)
        {
            Vec::new()
        } else {
            list_items(subject)
        },
        covered: false,
        from_before: None,
        per,
        confidence,
        reasons,
    })
}

/// Where `verb` last occurs in `text` as a verb: not as part of a noun (增加值, 增长点,
/// 增长极).
fn last_verb_at(text: &str, verb: &str) -> Option<usize> {
    text.match_indices(verb).map(|(at, _)| at).filter(|&at| !text[at + verb.len()..].starts_with(['值', '点', '极'])).last()
}

fn flip(comparison: Comparison) -> Comparison {
    match comparison {
        Comparison::AtLeast => Comparison::AtMost,
        Comparison::AtMost => Comparison::AtLeast,
        other => other,
    }
}

fn suffix_word<'a>(clause: &'a str, quantity: &Quantity) -> &'a str {
    let unit_end = clause[..quantity.end].char_indices().rev().nth(1).map_or(quantity.end, |(i, _)| i);
    &clause[unit_end.min(quantity.end)..quantity.end]
}

fn number_text(value: f64) -> String {
    crate::json::format_decimal(value, 2)
}

/// `…从2014年的0.68%提升到…`: the baseline year and value.
fn baseline_before(clause: &str, start: usize, quantity: &Quantity) -> Option<(i32, f64)> {
    let before = &clause[start..quantity.start];
    let from = before.find('从')?;
    let years = years_with_positions(&before[from..]);
    let (_, year, _) = years.first()?;
    let earlier = quantities(&before[from..]);
    let first = earlier.first()?;
    Some((*year, first.value))
}

/// Strips time and modal words from the start of an item: `到2020年,力争` → ``.
fn strip_lead(text: &str) -> &str {
    let mut text = text.trim();
    loop {
        let before = text;
        for word in ["力争", "确保", "争取", "努力", "全年", "到", "其中", "同时", "此外", "并", "全市"] {
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

fn has_noun_after(clause: &str, quantity: &Quantity) -> bool {
    clause[quantity.end..].chars().next().is_some_and(is_han)
}

/// The place an item is for, when its subject is a district (`葛店开发区年度目标增速…`).
fn place_subject(subject: &str) -> Option<String> {
    let chars: Vec<char> = subject.chars().collect();
    for end in (2..=chars.len().min(10)).rev() {
        let candidate: String = chars[..end].iter().collect();
        if is_place_name(&candidate) && chars.get(end).is_none_or(|c| !"市区县".contains(*c)) {
            return Some(candidate);
        }
    }
    None
}

const PLACE_ENDS: [&str; 8] = ["开发区", "高新区", "新区", "园区", "示范区", "区", "县", "镇"];

fn is_place_name(text: &str) -> bool {
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
fn list_items(subject: &str) -> Vec<String> {
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
fn item_name(segment: &str, quantity: &Quantity, start: usize) -> String {
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
    const ENDINGS: [&str; 24] = [
        "压缩至", "压缩到", "缩短至", "缩短到", "稳定在", "保持在", "提高到", "提升到", "提高至", "提升至", "降至", "降到", "下降到",
        "年均增长", "增长", "达", "为", "提高", "提升", "上升", "下降", "力争", "确保", "超",
    ];
    let mut grew = false;
    while let Some(word) = ENDINGS.iter().find(|word| head.ends_with(**word) && head.len() > word.len()) {
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
fn clean_name(name: &str) -> String {
    // Names are written, not quoted: no bidi overrides or invisible characters in them.
    let visible: String = name.chars().filter(|c| !matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')).collect();
    let mut name: String = visible.trim_matches(|c: char| !is_han(c) && !c.is_ascii_alphanumeric()).to_owned();
    if name.matches('“').count() != name.matches('”').count() {
        name = name.replace(['“', '”'], "");
    }
    name.chars().take(32).collect()
}

/// The subject named from a clause without a number (`高新技术企业…不断扩容`).
fn subject_name(clause: &str) -> String {
    let clause = strip_lead(clause);
    let stop = ["不断", "保持", "持续", "进一步"].iter().filter_map(|w| clause.find(w)).min().unwrap_or(clause.len());
    clause[..stop].chars().take(24).collect()
}

fn is_time_phrase(text: &str) -> bool {
    let text = text.trim();
    let stripped = strip_lead(text);
    stripped.is_empty() || text.ends_with("年") && text.chars().count() <= 12
}

/// Targets stated by words, not digits: coverage (100%), a first (at least 1), completion
/// (100%), or a bare comparison with another quantity (a margin of at least 0).
fn worded_items(clause: &str, context: &SentenceContext) -> Vec<Item> {
    let trimmed = clause.trim();
    let offset = clause.len() - clause.trim_start().len();
    let lead = strip_lead(trimmed);
    let base = |kind, comparison, value: f64, unit: &str, reasons: Vec<Bilingual>, confidence, end: usize| Item {
        quote: (offset, offset + end),
        name: String::new(),
        unit: unit.to_owned(),
        kind,
        comparison,
        value: Some(value),
        range: None,
        baseline: None,
        change_in: None,
        relative_to: None,
        deadline: None,
        place: None,
        needs_subject: false,
        kind_from_previous: false,
        subject_list: Vec::new(),
        covered: false,
        from_before: None,
        per: 1.0,
        confidence,
        reasons,
    };
    let basically = trimmed.contains("基本");
    // `…全覆盖`, `实现…覆盖`, also `…全覆盖和…` (the next object is another matter).
    let coverage_end = trimmed
        .match_indices("全覆盖")
        .map(|(at, w)| at + w.len())
        .find(|&end| trimmed[end..].is_empty() || starts_with_any(&trimmed[end..], &["和", "、", "及"]))
        .or_else(|| (trimmed.ends_with("覆盖") && trimmed.contains("实现")).then_some(trimmed.len()));
    if let Some(end) = coverage_end.filter(|&end| !trimmed[..end].contains('的')) {
        let mut reasons = vec![why("«覆盖»：覆盖率100%", "«覆盖»: coverage, 100%")];
        let comparison = if basically { reasons.push(why("«基本»：约等于", "«基本»: about")); Comparison::About } else { Comparison::Exactly };
        let mut item = base(TargetKind::Level, comparison, 100.0, "%", reasons, 0.6, end);
        let covered = strip_lead(&trimmed[..end]);
        let object = ["实现", "推动", "努力实现", "基本实现", "抓实", "做到"].iter().fold(covered, |text, verb| text.strip_prefix(verb).unwrap_or(text));
        let object = object.trim_end_matches("全覆盖").trim_end_matches("覆盖");
        item.name = format!("{object}覆盖率");
        item.subject_list = coverage_items(object);
        item.covered = true;
        return vec![item];
    }
    // `比2024年增加一倍`, `翻一番`: a change of +100%; `翻两番`: +300%.
    for (word, value) in [("翻两番", 300.0), ("翻一番", 100.0), ("翻番", 100.0), ("增加一倍", 100.0), ("增长一倍", 100.0)] {
        let Some(at) = trimmed.find(word) else { continue };
        let mut reasons = vec![why(format!("«{word}»：变化+{}%", number_text(value)), format!("«{word}»: a change of +{}%", number_text(value)))];
        let mut item = base(TargetKind::Change, Comparison::AtLeast, value, "%", reasons.clone(), 0.55, at + word.len());
        item.change_in = Some(ChangeIn::Percent);
        let head = strip_lead(&trimmed[..at]);
        let years = years_with_positions(head);
        if let Some(&(year_at, year, None)) = years.first() {
            if head[..year_at].ends_with('比') || head[..year_at].ends_with("较") {
                reasons.push(why(format!("与{year}年相比：基期年份"), format!("compared with {year}: the baseline year")));
                item.reasons = reasons;
                item.name = head[..year_at].trim_end_matches(['比', '较']).to_owned();
            }
        }
        if item.name.is_empty() {
            item.name = head.chars().take(24).collect();
        }
        return vec![item];
    }
    if let Some((at, word)) = ["零的突破", "零突破"].iter().find_map(|w| trimmed.find(w).map(|at| (at, *w))) {
        let reasons = vec![why(format!("«{word}»：至少1个"), format!("«{word}»: at least one"))];
        let end = at + word.len();
        let mut item = base(TargetKind::Level, Comparison::AtLeast, 1.0, "家", reasons, 0.6, end);
        item.name = lead.trim_start_matches("实现").trim_end_matches(word).trim_end_matches('的').chars().take(24).collect();
        return vec![item];
    }
    if (trimmed.contains("全部完成") || trimmed.contains("基本完成") || trimmed.contains("全面完成")) && (context.deadline.is_some() || trimmed.contains("年内")) {
        let comparison = if basically { Comparison::About } else { Comparison::Exactly };
        let reasons = vec![why("«全部/基本完成»加期限：完成100%", "«全部/基本完成» with a deadline: 100% done")];
        let mut item = base(TargetKind::Level, comparison, 100.0, "%", reasons, 0.5, trimmed.len());
        item.name = subject_name(trimmed).chars().take(24).collect();
        item.deadline = years_in_span(trimmed);
        return vec![item];
    }
    // `A不低于上年同期水平、B不低于C`: one comparison per 、-part that has its own word.
    let mut items = Vec::new();
    let mut from = 0;
    while from < trimmed.len() {
        let Some((at, word)) = RELATIVE_WORDS.iter().filter_map(|w| trimmed[from..].find(w).map(|at| (from + at, *w))).min_by_key(|(at, _)| *at) else { break };
        let reference_start = at + word.len();
        let reference_end = trimmed[reference_start..].find('、').map_or(trimmed.len(), |e| reference_start + e);
        let reference = &trimmed[reference_start..reference_end];
        if REFERENCE_WORDS.iter().any(|r| reference.contains(r)) && reference.chars().count() <= 16 && !reference.chars().any(|c| digit_value(c).is_some()) {
            let reasons = vec![why(format!("«{word}»另一指标、无数字：差值至少为0"), format!("«{word}» another quantity, no number: a margin of at least 0"))];
            let mut item = base(TargetKind::Relative, Comparison::AtLeast, 0.0, "个百分点", reasons, 0.55, reference_end);
            item.quote.0 = offset + from;
            item.relative_to = Some(reference.to_owned());
            let subject = strip_lead(&trimmed[from..at]);
            item.name = subject.chars().take(24).collect();
            item.needs_subject = subject.is_empty() || subject == "增速";
            item.subject_list = list_items(subject);
            item.place = place_subject(subject);
            items.push(item);
        }
        from = if reference_end < trimmed.len() { reference_end + '、'.len_utf8() } else { trimmed.len() };
    }
    items
}

fn years_in_span(text: &str) -> Option<i32> {
    years_with_positions(text).first().map(|(_, y, e)| e.unwrap_or(*y))
}

/// `专精特新企业和制造业单项冠军企业县域` or `乡镇、农村热点区域`: what is to be covered,
/// when it is two or more things.
fn coverage_items(object: &str) -> Vec<String> {
    let parts: Vec<&str> = object.split(['、', '和']).map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.len() < 2 || parts.iter().any(|p| p.chars().count() > 16 || !p.chars().all(is_han)) {
        return Vec::new();
    }
    parts.iter().map(|p| (*p).to_owned()).collect()
}

/// `市政府每季度、市经信委每月进行一次…`: one item per frequency, each a count a year.
fn split_frequencies(item: Item, clause: &str) -> Vec<Item> {
    let found: Vec<(usize, &str, f64)> = FREQUENCIES
        .iter()
        .filter(|(w, _)| *w != "每年")
        .flat_map(|(w, n)| clause.match_indices(w).map(move |(at, _)| (at, *w, *n)))
        .collect();
    if found.len() < 2 || item.unit != "次" {
        return vec![item];
    }
    let mut items: Vec<Item> = Vec::new();
    let base_value = item.value.unwrap_or(1.0) / item.per;
    let mut sorted = found;
    sorted.sort_by_key(|(at, _, _)| *at);
    for (_, word, times) in sorted {
        let mut copy = item.clone();
        copy.subject_list.clear();
        copy.value = Some(base_value * times);
        copy.reasons.push(why(format!("«{word}»：每年{}", number_text(base_value * times)), format!("«{word}»: {} a year", number_text(base_value * times))));
        items.push(copy);
    }
    items
}

/// `…》`, full-width space etc. trimmed from both ends of a line.
fn trim(line: &str) -> &str {
    line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '\u{a0}' | '\u{3000}' | '•' | '·'))
}

fn shorten(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= 16 { text.to_owned() } else { chars[..16].iter().collect::<String>() + "…" }
}

// ---- Found → Target ------------------------------------------------------------------

/// A target placed in the plan: its item (what the clause says: unit, kind, comparison,
/// value, …) with where it is, what it is called, and what it is for.
#[derive(Clone, Debug)]
struct Found {
    item: Item,
    span: std::ops::Range<usize>,
    quote: String,
    name: String,
    sub_region: Option<String>,
    deadline: Option<i32>,
    start_year: Option<i32>,
    section: String,
    measure: Option<usize>,
    confidence: f64,
    reasons: Vec<Bilingual>,
}

impl Found {
    fn into_target(self, plan_id: &str, number: usize, period: Period, measures: &[MeasureAt]) -> Target {
        let mut reasons = self.reasons;
        let mut deadline = self.deadline.filter(|year| (period.start..=period.end).contains(year));
        // `3年内`, `用3年时间`: counted from the plan's first year.
        if let Some(years) = within(&self.quote) {
            let year = period.start + years - 1;
            if (period.start..=period.end).contains(&year) {
                deadline = Some(year);
                reasons.push(why(format!("从规划起始年算«{years}年»：到{year}年"), format!("«{years}年» from the plan's start: by {year}")));
            }
        }
        if deadline.is_none() {
            reasons.push(why(format!("未写年份：取规划最后一年{}", period.end), format!("no year stated: the plan's last year, {}", period.end)));
        }
        let measure = self.measure.map(|index| &measures[index].measure);
        let responsible = measure.map(|m| m.responsible.clone()).unwrap_or_default();
        if responsible.is_empty() {
            reasons.push(why("未找到本条的责任单位", "no «责任单位» (responsible units) found for this clause"));
        }
        let start_year = self.start_year.filter(|year| *year > period.start && Some(*year) <= deadline);
        let mut review_reasons = reasons;
        review_reasons.dedup();
        let item = self.item;
        Target {
            id: format!("{plan_id}.t{number}"),
            name: Bilingual { zh: clean_name(&self.name), en: String::new() },
            quote: self.quote,
            unit: item.unit,
            kind: item.kind,
            comparison: item.comparison,
            value: item.value,
            range: item.range,
            baseline: item.baseline.filter(|b| Some(b.year) < deadline.or(Some(period.end))),
            start_year,
            deadline: Some(deadline.unwrap_or(period.end)),
            sub_region: self.sub_region,
            change_in: item.change_in,
            relative_to: item.relative_to,
            section: self.section,
            measure: measure.map(|m| m.id.clone()),
            responsible,
            note: None,
            review: Some(Review { confidence: (self.confidence * 100.0).round() / 100.0, reasons: review_reasons }),
        }
    }
}

/// `3年内`, `用3年时间`, `三年内` → 3.
fn within(quote: &str) -> Option<i32> {
    for (at, _) in quote.match_indices("年内").chain(quote.match_indices("年时间")) {
        let before = &quote[..at];
        let last = before.chars().next_back()?;
        if let Some(d) = digit_value(last) {
            return Some(d as i32);
        }
        if let Some(d) = chinese_digit(last) {
            return Some(d as i32);
        }
    }
    None
}
