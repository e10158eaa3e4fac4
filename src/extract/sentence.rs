//! The body, read line by line, paragraph by paragraph and sentence by sentence
//! (`Reader`): what a sentence says for all its clauses (`SentenceContext`: its year,
//! whether it is about the past), its clauses, and the subjects items share across them.

use super::draft::Found;
use super::items::{read_clause, Item};
use super::meta::{five_year_plans, four_digits, Meta};
use super::names::{clean_name, is_place_name, is_time_phrase, list_items, strip_lead, subject_name};
use super::numbers::{alike, has_quantity};
use super::outline::{heading, split_at_headings, MeasureAt, Outline, Place};
use super::text::{ends_with_any, is_dash, shorten, starts_with_any, trim};
use super::why;
use crate::catalog::TargetKind;
use crate::json::Named;

/// Reads the body of a plan, its headings and its paragraphs in order, and gathers the
/// targets found (the outline gathers the measures).
pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) id: &'a str,
    pub(super) meta: &'a Meta,
    pub(super) found: Vec<Found>,
    /// A set of goals named in quotes and the year it was set for (`到2022年…“五强”发展
    /// 目标`): a later paragraph opening with the name (`“五强”目标具体为…`) takes the year.
    pub(super) named_years: Vec<(String, i32)>,
}

impl Reader<'_> {
    /// Reads the body line by line — a heading moves the place in the outline, a paragraph
    /// gives targets — and returns the measures and the targets found, in the text's order.
    pub(super) fn read(mut self) -> (Vec<MeasureAt>, Vec<Found>) {
        let mut offset = 0;
        let lines: Vec<(usize, &str)> = self
            .text
            .split_inclusive('\n')
            .flat_map(|line| {
                let start = offset;
                offset += line.len();
                split_at_headings(start, line.trim_end_matches(['\n', '\r']))
            })
            .collect();
        let headline_end = headline_end(&lines);
        let mut outline = Outline::new(self.id);
        // `到2030年，主要目标：` or a heading `2025年发展目标任务`: the year of the lines
        // that follow it, until the next section or such line.
        let mut list_year = None;
        for (start, line) in lines {
            let trimmed = trim(line);
            if trimmed.is_empty() {
                continue;
            }
            let base = start + (trimmed.as_ptr() as usize - line.as_ptr() as usize);
            let section = outline.place.section.clone();
            let (body_start, body_text) = outline.enter(base, trimmed);
            if outline.place.section != section {
                list_year = None;
            }
            if let Some(year) = heading_year(trimmed, self.meta) {
                list_year = Some(year);
            }
            let cut = outline.take_responsible(body_text);
            self.read_paragraph(body_start, &body_text[..cut], &outline.place, list_year);
        }
        if let Some(end) = headline_end {
            let repeats = |found: &Found| {
                found.span.end <= end
                    && self.found.iter().any(|other| other.span.start > end && other.item.value == found.item.value && other.item.range == found.item.range && other.item.unit == found.item.unit)
            };
            let kept: Vec<Found> = self.found.iter().filter(|found| !repeats(found)).cloned().collect();
            self.found = kept;
        }
        (outline.into_measures(), self.found)
    }

    /// Reads a paragraph (at `base` in the text) sentence by sentence, each with its year:
    /// the one it names, or the one the paragraph opened with; after a sentence about the
    /// past, those without a year are skipped. Nothing under a heading about the past is
    /// read.
    fn read_paragraph(&mut self, base: usize, text: &str, place: &Place, list_year: Option<i32>) {
        if place.background {
            return;
        }
        let mut sentence_start = 0;
        // `2023年,全市…。规上工业企业达到812家。`: after a sentence about a past year,
        // the paragraph's sentences without a year of their own are about it too.
        let mut past = false;
        // `到2029年,…目标基本实现。规模总量…达到40%`: the year a paragraph opens with
        // holds for its sentences that name none; so does a list's heading year, and the
        // year of a set of goals the paragraph opens by naming.
        let opening_name = text.trim_start().strip_prefix('“').and_then(|rest| rest.split_once('”')).map(|(name, _)| name.to_owned());
        let named = opening_name.and_then(|name| self.named_years.iter().rev().find(|(seen, _)| *seen == name).map(|(_, year)| *year));
        let mut carried = named.or(list_year);
        for (at, character) in text.char_indices().chain(std::iter::once((text.len(), '。'))) {
            // `；` joins clauses under one sentence's year and verb (`2018—2020年,每年实施…
            // 20个以上;竣工…10个以上。`), so it splits clauses, not sentences. A bullet
            // list flattened into one line (`目标 - 到2027年… - 到2028年…`, `•`) is one
            // sentence per bullet.
            let bullet = matches!(character, '•' | '●' | '▪' | '■' | '◆' | '◇' | '►' | '▶')
                || (character == '-' && text[..at].ends_with(' ') && text[at + 1..].starts_with(' '));
            if matches!(character, '。' | '！' | '？' | '!' | '?') || bullet {
                let sentence = &text[sentence_start..at];
                if !sentence.trim().is_empty() {
                    let mut context = SentenceContext::of(sentence, self.meta);
                    let inherited = carried;
                    for (at, _) in sentence.match_indices('“') {
                        let inner = &sentence[at + '“'.len_utf8()..];
                        let Some((name, rest)) = inner.split_once('”') else { continue };
                        let year = context.due.iter().rfind(|(due_at, _, _)| *due_at < at).map(|(_, year, _)| *year);
                        if let (Some(year), true) = (year, rest.contains("目标") && name.chars().count() <= 8) {
                            self.named_years.push((name.to_owned(), year));
                        }
                    }
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
                        self.read_sentence(base + sentence_start, sentence, place, context, inherited);
                    }
                }
                sentence_start = at + character.len_utf8();
            }
        }
    }

    /// Reads a sentence (at `base` in the text) clause by clause: each clause's items, with
    /// the subject, name and kind they take from the clause or the item before.
    /// A year written mid-sentence (`…增长7%以上，为到2035年…翻一番`) governs its clause
    /// and those after it; the clauses before it keep the year they had (`inherited`:
    /// the paragraph's or the list's).
    fn read_sentence(&mut self, base: usize, sentence: &str, place: &Place, sentence_context: SentenceContext, inherited: Option<i32>) {
        if sentence_context.background {
            return;
        }
        let clauses: Vec<(usize, &str)> = split_keep(sentence, &[',', '，', ':', '：', '；', ';']).into_iter().flat_map(|(start, clause)| sub_counts(start, clause)).collect();
        let mut previous: Option<Previous> = None;
        for (index, &(start, clause)) in clauses.iter().enumerate() {
            let subject_before = if index > 0 { Some(clauses[index - 1]) } else { None };
            let governing = sentence_context.due.iter().rfind(|(at, _, _)| *at < start + clause.len());
            let context = match (sentence_context.deadline_at, governing) {
                // `到2022年，…；到2025年，A超过1万亿元`: the clause's own or the latest year before it.
                (_, Some(&(_, year, by))) if !sentence_context.per_year => SentenceContext { deadline: Some(year), by_year: by, ..sentence_context.clone() },
                (Some(at), _) if at >= start + clause.len() => SentenceContext { deadline: inherited, by_year: inherited.is_some(), ..sentence_context.clone() },
                _ => sentence_context.clone(),
            };
            let mut items = read_clause(clause, &context);
            if !share_out_years(&mut items, clause, start) {
                share_out_respectively(&mut items, clause, start, subject_before);
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

    /// Places an item in the plan: one target found per subject it lists, with the
    /// sentence's deadline, the place's section and measure, and its confidence.
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

/// `高新技术企业2025年、2026年分别达到100家、120家`: a year-by-year list, the n-th number
/// due in the n-th year, all of the subject before the years. Whether the clause is one.
fn share_out_years(items: &mut [Item], clause: &str, start: usize) -> bool {
    let Some(at) = clause.find("分别") else { return false };
    let lead = &clause[..at];
    let years = years_with_positions(lead);
    if years.len() < 2 || years.len() != items.len() || years.iter().any(|(_, _, end)| end.is_some()) {
        return false;
    }
    let subject = strip_lead(&lead[..years[0].0]).trim();
    for (item, &(_, year, _)) in items.iter_mut().zip(&years) {
        item.deadline = Some(year);
        // Each quote from the clause's start: the subject and the years with its figure.
        item.from_before = Some(start);
        if !subject.is_empty() {
            item.name = clean_name(subject);
            item.needs_subject = false;
            item.subject_list.clear();
        }
        item.reasons.push(why(format!("«分别»：各年依次对应，此项到{year}年"), format!("«分别»: one figure per year in order, this one due {year}")));
    }
    true
}

/// `A和B…,分别超过90家和870家`: the n-th number is the n-th subject's. The subjects are
/// before 分别 in this clause (which starts at `start` in the sentence), or make up the
/// clause before.
fn share_out_respectively(items: &mut [Item], clause: &str, start: usize, subject_before: Option<(usize, &str)>) {
    let Some(at) = clause.find("分别") else { return };
    let own = strip_lead(&clause[..at]);
    let Some((before_start, before)) = (if own.is_empty() { subject_before } else { Some((start, own)) }) else { return };
    let subjects: Vec<&str> = strip_lead(before).split(['和', '、', '及']).map(str::trim).collect();
    if items.len() < 2 || subjects.len() != items.len() {
        return;
    }
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

/// The first line of a page is its title or headline (`…规划:2025年工业增加值占GDP
/// 比重超30%`): what it states again is dropped at the end. Where that line ends, when
/// the first line is a headline.
fn headline_end(lines: &[(usize, &str)]) -> Option<usize> {
    let filled = lines.iter().filter(|(_, line)| !trim(line).is_empty()).count();
    let headline = lines.iter().find(|(_, line)| !trim(line).is_empty()).filter(|(_, line)| {
        let line = trim(line);
        filled >= 5 && !line.contains('。') && line.chars().count() <= 40 && heading(line).is_none()
    });
    headline.map(|(start, line)| start + line.len())
}

/// The item before in the sentence, which the next one may take its subject, name or
/// kind from.
struct Previous {
    kind: TargetKind,
    name: String,
    unit: String,
}

/// What a sentence says for all its clauses: its year, whether it is background.
#[derive(Clone)]
pub(super) struct SentenceContext {
    pub(super) deadline: Option<i32>,
    /// Where in the sentence the deadline's year is written, if it is.
    deadline_at: Option<usize>,
    /// Every year the sentence gives as a deadline, where it is written and whether 到
    /// leads it: a clause is due by the last one written before its end.
    due: Vec<(usize, i32, bool)>,
    start_year: Option<i32>,
    /// A statement about the past (`2017年全市…增长8.5%`), not a target.
    background: bool,
    pub(super) per_year: bool,
    /// The year is a deadline (`到2026年`), not a span of years: it does not bound a
    /// target that holds every year.
    by_year: bool,
    /// The sentence is about a year before the plan's.
    past: bool,
}

impl SentenceContext {
    /// `2012年起5年内`, `从2024年起用3年时间` (`rest` after the 年): due at the end of those
    /// years; a start alone (`自2019年开始`) is no deadline.
    fn start_with_years(&mut self, at: usize, year: i32, rest: &str) {
        let within: String = rest.trim_start_matches(['起', '开', '始', ',', '，', '用']).chars().take(5).collect();
        let years = within.chars().next().and_then(|c| c.to_digit(10).or_else(|| crate::numerals::chinese_digit(c).map(|d| d as u32)));
        if let (Some(count), true) = (years, within.contains("年内") || within.contains("年时间")) {
            let due = year + count as i32 - 1;
            self.start_year = Some(year);
            self.deadline = Some(due);
            self.deadline_at = Some(at);
            self.due.push((at, due, false));
        }
    }

    /// Reads what `sentence` says for all its clauses: its years and whether it reports
    /// the past, judged against the plan's start from `meta`.
    fn of(sentence: &str, meta: &Meta) -> SentenceContext {
        let mut context = SentenceContext { deadline: None, deadline_at: None, due: Vec::new(), start_year: None, background: false, per_year: false, by_year: false, past: false };
        // Years inside a title (`《…规划（2020-2025年）》`) name a document, not a deadline.
        let titles: Vec<std::ops::Range<usize>> = sentence
            .match_indices('《')
            .filter_map(|(open, _)| sentence[open..].find('》').map(|length| open..open + length))
            .collect();
        let years: Vec<(usize, i32, Option<i32>)> = years_with_positions(sentence).into_iter().filter(|(at, _, _)| !titles.iter().any(|title| title.contains(at))).collect();
        let plan_start = meta.period.map(|p| p.start).or(meta.year);
        for &(at, year, end_year) in &years {
            let before = &sentence[..at];
            let after = &sentence[at..];
            // `从2020年…`, `比2020年`, `在2022年的基础上`: a baseline year.
            let on_base = before.ends_with('在') && after.char_indices().nth(12).map_or(after, |(end, _)| &after[..end]).contains("基础");
            if before.ends_with('从') || before.ends_with("比") || before.ends_with("较") || on_base {
                continue;
            }
            // `自2019年开始`, `2020年起`: when something starts, not when it is due.
            let rest = after.split_once('年').map_or("", |(_, rest)| rest);
            if before.ends_with('自') || starts_with_any(rest, &["起", "开始", "始"]) {
                context.start_with_years(at, year, rest);
                continue;
            }
            if after.contains("以来") && after.find("以来").is_some_and(|e| e < 16) {
                context.background = true;
                context.past = true;
                continue;
            }
            if let Some(end) = end_year {
                context.start_year = Some(year);
                context.deadline = Some(end);
                context.deadline_at = Some(at);
                context.per_year = true;
            } else if context.deadline.is_some() {
                context.due.push((at, year, before.ends_with('到')));
            } else {
                context.due.push((at, year, before.ends_with('到')));
                // `2024年,全市…增长7.2%` in a 2025–2027 plan: what happened, not a goal
                // (unless the sentence also looks ahead: `到2027年`).
                let ahead = ends_with_any(before, &["到", "至", "在"]) || years.iter().any(|&(_, y, _)| plan_start.is_some_and(|start| y >= start));
                if plan_start.is_some_and(|start| year < start) && !ahead {
                    context.background = true;
                    context.past = true;
                }
                context.deadline = Some(year);
                context.deadline_at = Some(at);
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
        // `报告首先回顾了2017年工作`: what follows in the paragraph is that year's.
        if opening.contains("以来") || sentence.contains("回顾") || ["近年来", "近几年", "过去", "多年来", "近三年", "近五年"].iter().any(|w| opening.starts_with(w)) {
            context.background = true;
            context.past = true;
        }
        // `未来五年`, `今后3年`: from the document's year.
        if context.deadline.is_none() {
            if let (Some(year), Some(count)) = (meta.year, years_ahead(sentence)) {
                context.deadline = Some(year + count);
            }
        }
        // `今年…` in a report: the report's year.
        if context.deadline.is_none() && ["今年", "本年度"].iter().any(|w| sentence.contains(w)) && !sentence.contains("今年以来") {
            context.deadline = meta.year;
        }
        context.background |= reports_a_result(sentence);
        if sentence.contains("上年同期") {
            context.background = false;
        }
        context
    }
}

/// The year a line gives the lines after it: a list's lead-in ending in `：`
/// (`到2030年，主要目标：`), or a short heading of goals (`2025年发展目标任务`,
/// `“十四五”主要目标`).
fn heading_year(line: &str, meta: &Meta) -> Option<i32> {
    let lead_in = line.ends_with(['：', ':']);
    // `2025年发展目标任务`, `“十四五”主要目标`, `三、2026年工作安排`.
    let short_heading = line.chars().count() <= 24 && !line.contains(['。', '，', ',']) && (line.contains("目标") || years_with_positions(line).len() == 1);
    // A date line (`2019年1月24日`) dates the document, not the lines after it.
    if !(lead_in || short_heading) || line.contains("以来") || (line.contains('月') && line.contains('日')) {
        return None;
    }
    let context = SentenceContext::of(line, meta);
    if context.background {
        return None;
    }
    context.deadline.or_else(|| five_year_plans(line).first().map(|(_, period)| period.end))
}

/// `未来五年`, `今后3年`: how many years ahead a sentence looks.
fn years_ahead(sentence: &str) -> Option<i32> {
    ["未来", "今后"].iter().find_map(|word| {
        let at = sentence.find(word)? + word.len();
        let mut chars = sentence[at..].chars();
        let count = chars.next().and_then(|c| c.to_digit(10).or_else(|| crate::numerals::chinese_digit(c).map(|d| d as u32)))?;
        (chars.next() == Some('年')).then_some(count as i32)
    })
}

/// Whether a sentence reports a result rather than setting a goal: a forecast of how the
/// year will close (`预计全年…`, `经初步预计`, `有望突破`; but `预计到2025年…` sets goals),
/// what happened so far (`今年上半年,我市完成…`, `截至6月底`), a figure against last year
/// with a verb of completion (`比上年提高1个百分点` is how an annual plan sets a goal;
/// with `完成`/`实现了` it reports one).
fn reports_a_result(sentence: &str) -> bool {
    // `在去年实现…突破500亿元基础上，…到2025年力争…`: last year is the base the goal
    // stands on, not what the sentence reports.
    let owned;
    let sentence = match (sentence.find('在'), sentence.find("基础上")) {
        (Some(open), Some(close)) if open < close => {
            owned = format!("{}{}", &sentence[..open], &sentence[close + "基础上".len()..]);
            owned.as_str()
        }
        _ => sentence,
    };
    let forecast = ["预计全年", "初步预计", "全年预计", "预计今年", "有望", "可能"].iter().any(|w| sentence.contains(w))
        || sentence.match_indices("预计").any(|(at, _)| years_with_positions(&sentence[at..]).first().is_some_and(|&(y_at, _, _)| y_at <= 6 && sentence[at..].contains("全年")));
    let reported = ["上半年,", "上半年，", "一季度,", "一季度，", "前三季度", "截至", "截止到", "今年以来", "1-6月", "1—6月"]
        .iter()
        .any(|word| strip_lead(sentence).trim_start_matches("今年").starts_with(word) || sentence.contains(&format!("今年{word}")));
    let reports = ["完成", "实现了", "达到了", "增长了", "全年实现"].iter().any(|w| sentence.contains(w));
    let against_last_year = ["已经", "已达", "已累计", "已建成", "已有", "同比", "比上年", "较上年", "上年度", "去年", "排名第", "排第"].iter().any(|word| {
        let compares = matches!(*word, "比上年" | "较上年");
        sentence.contains(word) && !sentence.contains("不低于上年") && !sentence.contains("高于上年") && (!compares || reports)
    });
    forecast || reported || against_last_year
}

/// (byte offset, year, end year of a `2018—2020年` span) for each year in `text`.
pub(super) fn years_with_positions(text: &str) -> Vec<(usize, i32, Option<i32>)> {
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

/// A clause with a count of part of its things in brackets (`新增规上工业企业32家(其中年主营业务
/// 收入超5000万元企业15家)`, `（含国家级“小巨人”企业10家）`) as two clauses: the whole, and
/// the part, each quoted whole, never a fragment of the other.
fn sub_counts(start: usize, clause: &str) -> Vec<(usize, &str)> {
    for (open, close) in [('(', ')'), ('（', '）')] {
        let Some(at) = clause.find(open) else { continue };
        let inner_start = at + open.len_utf8();
        let Some(length) = clause[inner_start..].find(close) else { continue };
        let inner = &clause[inner_start..inner_start + length];
        if ["其中", "含", "包括", "包含"].iter().any(|w| inner.starts_with(w)) && has_quantity(inner) && has_quantity(&clause[..at]) {
            let after = inner_start + length + close.len_utf8();
            let mut parts = vec![(start, &clause[..at]), (start + inner_start, inner)];
            if !clause[after..].trim().is_empty() {
                parts.push((start + after, &clause[after..]));
            }
            return parts;
        }
    }
    vec![(start, clause)]
}

/// Splits `text` at the separators, keeping each part's byte offset; separators inside
/// brackets or quotes do not split.
fn split_keep<'t>(text: &'t str, separators: &[char]) -> Vec<(usize, &'t str)> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut depth: i32 = 0;
    // A quotation with clauses of its own (`提出了“到2025年，…突破5000家”的目标`) is a
    // goal quoted, split like the text around it; a name in quotes is not split.
    let mut open_quotes: Vec<bool> = Vec::new();
    for (at, character) in text.char_indices() {
        match character {
            '“' => {
                let inner = &text[at + '“'.len_utf8()..];
                let quoted = inner.find('”').map_or(inner, |end| &inner[..end]);
                let sentence = quoted.contains(['，', ',', '；']);
                open_quotes.push(sentence);
                if !sentence {
                    depth += 1;
                }
            }
            '”' if !open_quotes.pop().unwrap_or(false) => depth = (depth - 1).max(0),
            '”' => {}
            '(' | '（' | '《' | '〈' | '[' | '【' => depth += 1,
            ')' | '）' | '》' | '〉' | ']' | '】' => depth = (depth - 1).max(0),
            // `25:75`: a ratio's colon, between digits, splits nothing.
            ':' | '：' if text[..at].ends_with(|c: char| c.is_ascii_digit()) && text[at + character.len_utf8()..].starts_with(|c: char| c.is_ascii_digit()) => {}
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
