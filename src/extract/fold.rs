//! The text as the extractor reads it, character for character: traditional characters
//! as simplified (`萬億` → `万亿`, through OpenCC's dictionary, one character at a time),
//! full-width digits and signs as ASCII (`２０２５` → `2025`, `％` → `%`), and the look-alike
//! characters of pages pasted through other scripts (`カ` → `力`, `エ` → `工`, `増` → `增`).
//! Every character keeps its place: the way back from an offset in the folded text to one
//! in the input is kept, so every quote stays the input's own text.

use std::collections::HashMap;

/// The folded text and, for each of its bytes, the input offset it came from.
pub(super) struct Folded {
    pub(super) text: String,
    /// `origin[i]`: the input offset of the character folded text byte `i` belongs to;
    /// one more entry, the input's length, for the end.
    origin: Vec<usize>,
}

/// Characters from other scripts that stand where a Chinese one was meant, as pasted
/// pages and recognised scans carry them: katakana that look like characters, and the
/// Japanese forms OpenCC's Chinese dictionaries do not hold.
const LOOK_ALIKES: [(char, char); 9] = [
    ('カ', '力'),
    ('エ', '工'),
    ('ロ', '口'),
    ('ニ', '二'),
    ('ハ', '八'),
    ('ト', '卜'),
    ('増', '增'),
    ('実', '实'),
    ('総', '总'),
];

impl Folded {
    /// `input` read character by character.
    pub(super) fn of(input: &str) -> Folded {
        let mut text = String::with_capacity(input.len());
        let mut origin = Vec::with_capacity(input.len() + 1);
        let mut simplified = Simplified::new();
        let mut markup = markup(input);
        let pinyin = pinyin(input);
        markup.extend(pinyin.iter().cloned());
        markup.sort_by_key(|range| range.start);
        let mut hidden = markup.iter().peekable();
        for (at, character) in input.char_indices() {
            while hidden.next_if(|range| range.end <= at).is_some() {}
            let inside = hidden.peek().is_some_and(|range| range.contains(&at));
            // Pinyin after a character is read as nothing; markup of a page pasted as HTML
            // as spaces.
            if inside && pinyin.iter().any(|range| range.contains(&at)) {
                continue;
            }
            let read = if inside { ' ' } else { fold(character, &mut simplified) };
            let before = text.len();
            text.push(read);
            origin.extend(std::iter::repeat_n(at, text.len() - before));
        }
        origin.push(input.len());
        Folded { text, origin }
    }

    /// The input offset of an offset in the folded text (a character's start, or the end).
    pub(super) fn input_offset(&self, at: usize) -> usize {
        self.origin.get(at).copied().unwrap_or(self.origin[self.origin.len() - 1])
    }
}

/// The byte ranges of HTML markup in `input` (a page pasted as source, three tags or more):
/// tags, and what `<style>` and `<script>` hold. `<` before a digit or a space is a
/// comparison, not a tag.
fn markup(input: &str) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut from = 0;
    while let Some(open) = input[from..].find('<').map(|at| from + at) {
        let next = input[open + 1..].chars().next();
        let Some(close) = next.filter(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!')).and_then(|_| input[open..].find('>')).filter(|&length| length < 2000) else {
            from = open + 1;
            continue;
        };
        let mut end = open + close + 1;
        let tag = input[open + 1..end].to_ascii_lowercase();
        for (name, closing) in [("style", "</style"), ("script", "</script")] {
            if tag.starts_with(name) {
                if let Some(stop) = input[end..].to_ascii_lowercase().find(closing) {
                    end += stop;
                }
            }
        }
        ranges.push(open..end);
        from = end;
    }
    // A page's source has many tags; a stray one in a text is text (and shown as such).
    if ranges.len() < 3 {
        ranges.clear();
    }
    ranges
}

/// The pinyin some mirror sites put after a character (`地區(qū)`, `發(fā)展`): read as
/// nothing. A bracket right after a character holding only lowercase letters with tone
/// marks.
fn pinyin(input: &str) -> Vec<std::ops::Range<usize>> {
    const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";
    let mut ranges = Vec::new();
    for (open, _) in input.match_indices('(') {
        let before = input[..open].chars().next_back();
        let Some(length) = input[open..].find(')') else { continue };
        let inner = &input[open + 1..open + length];
        let letters = !inner.is_empty() && inner.chars().count() <= 6 && inner.chars().all(|c| c.is_ascii_lowercase() || TONED.contains(c));
        if letters && inner.chars().any(|c| TONED.contains(c)) && before.is_some_and(is_cjk) {
            ranges.push(open..open + length + 1);
        }
    }
    ranges
}

/// One character as the extractor reads it.
fn fold(character: char, simplified: &mut Simplified) -> char {
    match character {
        // Full-width digits, letters, `％`, `．`, `＋`, `－`: their ASCII twins. Full-width
        // punctuation the readers split at (`，`, `；`, `：`, `（`, `）`) stays as it is.
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' | '．' | '＋' | '－' => char::from_u32(character as u32 - 0xfee0).unwrap_or(character),
        _ if character.is_ascii() => character,
        _ => LOOK_ALIKES.iter().find(|(seen, _)| *seen == character).map_or_else(|| simplified.of(character), |&(_, meant)| meant),
    }
}

/// Traditional characters as simplified, one character at a time (so that every
/// character keeps its place), each asked of OpenCC once.
struct Simplified {
    converter: Option<ferrous_opencc::OpenCC>,
    known: HashMap<char, char>,
}

impl Simplified {
    fn new() -> Simplified {
        Simplified { converter: None, known: HashMap::new() }
    }

    fn of(&mut self, character: char) -> char {
        if !is_cjk(character) {
            return character;
        }
        if let Some(&read) = self.known.get(&character) {
            return read;
        }
        let converter = self.converter.get_or_insert_with(|| {
            ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::T2s).expect("OpenCC's built-in t2s dictionary")
        });
        let mut buffer = [0u8; 4];
        let converted = converter.convert(character.encode_utf8(&mut buffer));
        let mut chars = converted.chars();
        let read = match (chars.next(), chars.next()) {
            (Some(one), None) => one,
            _ => character,
        };
        self.known.insert(character, read);
        read
    }
}

/// A CJK ideograph, of the basic block or an extension.
fn is_cjk(character: char) -> bool {
    matches!(character, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ffff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_traditional_full_width_and_look_alikes_in_place() {
        let input = "到２０２５年，規模以上工業增加值突破1萬億元，研發カ量増強，エ業投資增長１０％。";
        let folded = Folded::of(input);
        assert_eq!(folded.text, "到2025年，规模以上工业增加值突破1万亿元，研发力量增强，工业投资增长10%。");
        // Every offset of the folded text leads back to the same character of the input.
        for (at, character) in folded.text.char_indices() {
            let from = folded.input_offset(at);
            let original = input[from..].chars().next().expect("a character");
            assert_eq!(fold(original, &mut Simplified::new()), character, "at {at}");
        }
        let quote = folded.text.find("突破1万亿元").expect("found");
        let end = quote + "突破1万亿元".len();
        assert_eq!(&input[folded.input_offset(quote)..folded.input_offset(end)], "突破1萬億元");
        assert_eq!(folded.input_offset(folded.text.len()), input.len());
    }

    #[test]
    fn reads_pinyin_after_a_character_as_nothing() {
        let input = "地區(qū)生產(chǎn)總值增長7.5%";
        let folded = Folded::of(input);
        assert_eq!(folded.text, "地区生产总值增长7.5%");
        let at = folded.text.find("增长").expect("found");
        assert_eq!(&input[folded.input_offset(at)..], "增長7.5%");
    }

    #[test]
    fn reads_html_markup_as_spaces() {
        let input = "<style>html{font-size:375%}</style><p data-track=\"1\">到2025年，产值达到100亿元</p>控制在<5%";
        let folded = Folded::of(input);
        assert!(!folded.text.contains("375") && !folded.text.contains("data-track"), "{}", folded.text);
        assert!(folded.text.contains("到2025年，产值达到100亿元") && folded.text.ends_with("控制在<5%"), "{}", folded.text);
    }
}
