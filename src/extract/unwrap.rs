//! The text as pasted, with the soft line breaks of text copied from a PDF taken out
//! (`年均增\n长8%` reads as `年均增长8%`), and the way back from an offset in that text to
//! one in the input, so that every quote is a slice of what was pasted.

use super::outline::heading;
use super::text::trim;

/// The text with soft line breaks taken out — a break inside a sentence, after a long
/// line, before a line that is not a heading — and where each removal was, to map
/// offsets back to the input.
pub(super) struct Unwrapped {
    pub(super) text: String,
    /// (offset in `text`, bytes removed there), in order.
    removed: Vec<(usize, usize)>,
}

impl Unwrapped {
    /// `input` with its soft line breaks taken out.
    pub(super) fn of(input: &str) -> Unwrapped {
        const SPACE: [char; 4] = [' ', '\t', '\u{a0}', '\u{3000}'];
        let mut text = String::with_capacity(input.len());
        let mut removed = Vec::new();
        let lines: Vec<&str> = input.split_inclusive('\n').collect();
        let mut skip = 0; // the indent of a line joined to the one before
        let mut after_mark = false;
        for (index, raw) in lines.iter().enumerate() {
            let line = &raw[skip..];
            skip = 0;
            let content = line.trim_end_matches(['\n', '\r']);
            let body = trim(content);
            let next = lines.get(index + 1).map_or("", |next| trim(next.trim_end_matches(['\n', '\r'])));
            // `全年实现地区生产总值\n[2]\n6188.5亿元`: a note's mark on a line of its own joins
            // the lines around it, and the line after it is the rest of the sentence it cut,
            // however short.
            let marked = is_note_mark(body) || is_note_mark(next) || after_mark;
            // `7.9\n— 11 —\n52%`: digits never meet across a join (a number no one wrote).
            let before = if is_page_number(body) { text.chars().next_back() } else { body.chars().next_back() };
            let numeric = |c: char| c.is_ascii_digit() || c == '.';
            let digits_meet = before.is_some_and(numeric) && next.chars().next().is_some_and(numeric);
            let soft = line.len() > content.len()
                && !digits_meet
                && (body.chars().count() >= 15 || marked)
                && !body.ends_with(['。', '；', ';', '！', '？', '!', '?', '：', ':', ')', '）', '》', '”'])
                && heading(body).is_none()
                && !is_dateline(body)
                && !stands_alone(body)
                && !next.is_empty()
                && heading(next).is_none()
                && !is_dateline(next)
                && !stands_alone(next);
            after_mark = soft && is_note_mark(body);
            if soft {
                let next_raw = lines[index + 1];
                skip = next_raw.len() - next_raw.trim_start_matches(SPACE).len();
                // `国家级专\n— 11 —\n精特新`: the page's number is no part of the sentence.
                let kept = if is_page_number(body) { "" } else { content.trim_end_matches(SPACE) };
                text.push_str(kept);
                removed.push((text.len(), line.len() - kept.len() + skip));
            } else {
                text.push_str(line);
            }
        }
        Unwrapped { text, removed }
    }

    /// The input offset of a start offset in `text`.
    pub(super) fn start(&self, at: usize) -> usize {
        at + self.removed.iter().take_while(|(pos, _)| *pos <= at).map(|(_, n)| n).sum::<usize>()
    }

    /// The input offset of an end offset in `text`.
    pub(super) fn end(&self, at: usize) -> usize {
        at + self.removed.iter().take_while(|(pos, _)| *pos < at).map(|(_, n)| n).sum::<usize>()
    }
}

/// `[2]`, `[2] [3]`: the marks of a PDF's notes, alone on a line; `— 11 —`, a page's number
/// inside a sentence.
fn is_note_mark(line: &str) -> bool {
    if is_page_number(line) {
        return true;
    }
    let mut tokens = line.split_whitespace().peekable();
    tokens.peek().is_some() && tokens.all(|token| token.len() > 2 && token.starts_with('[') && token.ends_with(']') && token[1..token.len() - 1].chars().all(|c| c.is_ascii_digit()))
}

/// `— 11 —`, `- 3 -`: a page's number on a line of its own.
fn is_page_number(line: &str) -> bool {
    let page = line.trim_matches(['—', '-', ' ']);
    line.starts_with(['—', '-']) && !page.is_empty() && page.len() <= 3 && page.chars().all(|c| c.is_ascii_digit())
}

/// A line that stands alone, never part of a sentence across lines: a bulletin's or a
/// report's title (`(河南省)2025年驻马店市国民经济和社会发展统计公报-红黑统计公报库`), a
/// chart's or a table's caption, a table's row.
fn stands_alone(line: &str) -> bool {
    // `图5 2021—2025年…社会消费品零售总额`, `表2 …`: a chart's or a table's caption.
    let mut chars = line.chars();
    let caption = matches!(chars.next(), Some('图' | '表')) && chars.next().is_some_and(|c| c.is_ascii_digit());
    // `太阳能电池 万千瓦 9110.91 11.4`: a row of a table copied from a PDF.
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let number = |token: &str| token.trim_start_matches(['-', '−']).parse::<f64>().is_ok();
    let row = tokens.iter().filter(|token| number(token)).count() >= 2 && tokens.last().is_some_and(|token| number(token)) && !line.contains(['，', '。', '、', '；', ';']);
    caption || row || (["统计公报", "工作报告", "国民经济和社会发展"].iter().any(|name| line.contains(name)) && !line.contains(['，', '。']) && line.chars().count() <= 60)
}

/// A line that dates or signs the text (`——2025年1月15日在市人民代表大会上`,
/// `中国化工报·2025-10-22 22:55`): never part of a sentence across lines.
fn is_dateline(line: &str) -> bool {
    let dated = |text: &str| {
        let chars: Vec<char> = text.chars().collect();
        chars.windows(6).any(|w| w[..4].iter().all(char::is_ascii_digit) && (w[4] == '-' || w[4] == '年' || w[4] == '/') && w[5].is_ascii_digit())
    };
    (line.starts_with('—') && !is_page_number(line)) || (dated(line) && (line.contains('日') || line.contains('-') || line.contains('/')) && !line.contains('，'))
}
