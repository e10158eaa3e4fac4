//! The plan's outline as it is read (`Outline`): numbered headings (`一、`, `(一)`,
//! `1.`), the sections and the measures they open, which of them state goals and which
//! look back, and the accountable units (`(责任单位:…)`) of a measure.

use super::numbers::has_quantity;
use super::text::is_han;
use super::words::{BACKGROUND_HEADINGS, UNIT_ENDS};
use crate::catalog::Measure;

/// A measure as read, with the depth of its heading (for its parent's units).
pub(super) struct MeasureAt {
    pub(super) measure: Measure,
    /// Heading depth: 2 for `(一)`, 3 for `1.`.
    depth: u8,
}

/// Where a line sits: its section heading and its measure.
#[derive(Clone, Default)]
pub(super) struct Place {
    pub(super) section: String,
    pub(super) goals: bool,
    pub(super) measure: Option<usize>,
    /// Under `一、发展基础`, `(一)发展现状`: what has been done, not what is aimed at.
    pub(super) background: bool,
    section_background: bool,
}

/// The outline as read so far: the measures its headings opened, and where the current
/// line sits.
pub(super) struct Outline<'a> {
    /// The plan's id, which the measures' ids start with.
    id: &'a str,
    measures: Vec<MeasureAt>,
    pub(super) place: Place,
}

impl<'a> Outline<'a> {
    /// An outline before the first heading: no section, no measure.
    pub(super) fn new(id: &'a str) -> Outline<'a> {
        Outline { id, measures: Vec::new(), place: Place::default() }
    }

    /// Reads the heading `line` starts with, if any — a section (`一、`) or a measure
    /// (`(一)`, `1.`) — and moves the place under it. Returns the text after the heading
    /// with its offset (`base` is the line's).
    pub(super) fn enter<'t>(&mut self, base: usize, line: &'t str) -> (usize, &'t str) {
        match heading(line) {
            Some((1, number_len)) => self.enter_section(base, line, number_len),
            Some((depth, number_len)) => self.enter_measure(base, line, depth, number_len),
            None => (base, line),
        }
    }

    /// `一、发展目标`: a new section, with no measure yet.
    fn enter_section<'t>(&mut self, base: usize, line: &'t str, number_len: usize) -> (usize, &'t str) {
        let title_end = line.find(['。', '.', '．']).filter(|&e| e > number_len).unwrap_or(line.len());
        let section = line[..title_end].trim_end().to_owned();
        let background = is_background_heading(&section[number_len..]);
        self.place = Place { goals: is_goals_heading(&section), section, measure: None, background, section_background: background };
        rest_after(base, line, title_end)
    }

    /// `(一)`, `1.`: a new measure in the current section.
    fn enter_measure<'t>(&mut self, base: usize, line: &'t str, depth: u8, number_len: usize) -> (usize, &'t str) {
        let place = &mut self.place;
        let title_end = line[number_len..].find(['。', '．', ' ', '\u{3000}', '\u{a0}', '：', ':']).map_or(line.len(), |e| e + number_len);
        let number = line[..number_len].to_owned();
        let title = line[number_len..title_end].trim().to_owned();
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
        // `1.规上工业增加值年均增长6%；`: an item of a list that states a goal is read
        // whole, not only as a measure's title.
        if has_quantity(&line[number_len..title_end]) {
            return (base + number_len, &line[number_len..]);
        }
        rest_after(base, line, title_end)
    }

    /// Adds the accountable units a paragraph names (`(责任单位:…)`) to the current
    /// measure's. Returns where the paragraph's own text ends.
    pub(super) fn take_responsible(&mut self, text: &str) -> usize {
        let (units, cut) = responsible_in(text);
        if let (Some(measure), false) = (self.place.measure, units.is_empty()) {
            let entry = &mut self.measures[measure].measure.responsible;
            for unit in units {
                if !entry.contains(&unit) {
                    entry.push(unit);
                }
            }
        }
        cut
    }

    /// The measures read, each with its accountable units.
    pub(super) fn into_measures(mut self) -> Vec<MeasureAt> {
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
        self.measures
    }
}

/// A line split where a numbered heading starts after the end of a sentence or of a
/// `(责任单位:…)` note: text pasted without its line breaks reads like the original.
pub(super) fn split_at_headings(start: usize, line: &str) -> Vec<(usize, &str)> {
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

/// The text after a heading's title (`line[end..]` without the punctuation and spaces
/// that end the title), with its offset (`base` is the line's).
fn rest_after(base: usize, line: &str, end: usize) -> (usize, &str) {
    let rest = &line[end..];
    let trimmed = rest.trim_start_matches(['。', '.', '．', ' ', '\u{3000}', '\u{a0}', '：', ':']);
    (base + (line.len() - trimmed.len()), trimmed)
}

/// Whether a heading is about the plan's goals (`目标`): what it states counts more.
fn is_goals_heading(heading: &str) -> bool {
    heading.contains("目标")
}

/// `发展基础`, `发展现状`, `工作回顾`, `主要成效`, `面临形势`: sections about the past.
fn is_background_heading(title: &str) -> bool {
    let title = title.trim().trim_end_matches(['。', '：', ':']);
    // `发展基础`, and `“十四五”时期经济社会发展回顾`, `2025年工作回顾`, and in text that
    // lost its line breaks `“十三五”工业发展现状“十三五”期间,…`.
    let head: String = title.chars().take(16).collect();
    BACKGROUND_HEADINGS.iter().any(|word| title.starts_with(word) || title.ends_with(word))
        || ["发展现状", "发展基础", "工作回顾", "发展回顾"].iter().any(|word| head.contains(word))
}

/// The depth of a numbered heading and the byte length of its number: `一、` → 1,
/// `(一)`/`（一）` → 2, `1.`/`1、`/`（1）` → 3.
pub(super) fn heading(line: &str) -> Option<(u8, usize)> {
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
