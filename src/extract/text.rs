//! Small readings of characters and lines that every stage uses: Chinese characters,
//! dashes, trimmed lines, words at either end of a text.

/// A CJK unified ideograph: a Chinese character.
pub(super) fn is_han(character: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&character)
}

/// A dash or 至 joining the two ends of a range (`3-5家`, `2018—2020年`).
pub(super) fn is_dash(character: char) -> bool {
    matches!(character, '-' | '—' | '–' | '－' | '~' | '～' | '至')
}

/// Whether `text` starts with one of `words`.
pub(super) fn starts_with_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.starts_with(w))
}

/// Whether `text` ends with one of `words`.
pub(super) fn ends_with_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.ends_with(w))
}

/// `…》`, full-width space etc. trimmed from both ends of a line.
pub(super) fn trim(line: &str) -> &str {
    line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '\u{a0}' | '\u{3000}' | '•' | '·'))
}

/// `text` cut to 16 characters, with `…` when it was longer.
pub(super) fn shorten(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= 16 { text.to_owned() } else { chars[..16].iter().collect::<String>() + "…" }
}
