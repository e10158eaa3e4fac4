//! Chinese numerals read as numbers (三 → 3, 二十 → 20, 两千亿 → 2000亿, 三分之一 →
//! 33.3%): one reader for the catalog checks (does a quote state its value?) and for the
//! extractor (which numbers a plan's text states).
//!
//! Also compiled into `build.rs` (through `#[path]`, for `src/catalog/check.rs`): it may
//! use nothing but `std`.

/// The value of a Chinese digit: 零〇 0, 一 1 … 九 9, 两 2.
pub fn chinese_digit(character: char) -> Option<f64> {
    "零一二三四五六七八九".chars().position(|c| c == character).map(|d| d as f64).or(match character {
        '〇' => Some(0.0),
        '两' => Some(2.0),
        _ => None,
    })
}

/// The value of a unit inside a Chinese number: 十 10, 百 100, 千 1000.
pub fn chinese_unit(character: char) -> Option<f64> {
    match character {
        '十' => Some(10.0),
        '百' => Some(100.0),
        '千' => Some(1000.0),
        _ => None,
    }
}

/// The value of a unit that groups the smaller ones: 万 10⁴, 亿 10⁸ (五千亿 is 五千 times
/// 亿).
pub fn chinese_large_unit(character: char) -> Option<f64> {
    match character {
        '万' => Some(1e4),
        '亿' => Some(1e8),
        _ => None,
    }
}

/// A Chinese numeral at `at` (`一`, `二十`, `五千`), up to 万/亿 which are read as part
/// of the unit: its value and the byte after it.
pub fn chinese_number_at(text: &str, at: usize) -> Option<(f64, usize)> {
    let (mut total, mut pending, mut end) = (0.0, None::<f64>, at);
    for (offset, character) in text[at..].char_indices() {
        if let Some(d) = chinese_digit(character) {
            if pending.is_some() {
                break; // 一二: not a number
            }
            pending = Some(d);
        } else if let Some(u) = chinese_unit(character) {
            total += pending.unwrap_or(1.0) * u;
            pending = None;
        } else {
            break;
        }
        end = at + offset + character.len_utf8();
    }
    (end > at).then(|| (total + pending.unwrap_or(0.0), end))
}

/// The numbers written in Chinese numerals in `text` (三 → 3, 二十 → 20, 百亿 → 10¹⁰ and
/// also 100, since 百亿级 means "of the 100-亿 class"), and fractions as percentages
/// (三分之一 → 33.33).
pub fn chinese_numbers_in(text: &str) -> Vec<f64> {
    let digit = chinese_digit;
    let unit = |character: char| chinese_unit(character).or_else(|| chinese_large_unit(character));
    let characters: Vec<char> = text.chars().collect();
    let mut numbers = Vec::new();
    let mut index = 0;
    while index < characters.len() {
        let start = index;
        let (mut total, mut section, mut pending) = (0.0, 0.0, None::<f64>);
        let mut small_units = 0.0;
        while index < characters.len() {
            let character = characters[index];
            if let Some(value) = digit(character) {
                pending = Some(value);
            } else if let Some(value) = unit(character) {
                if value >= 1e4 {
                    total += (section + pending.unwrap_or(0.0)).max(1.0) * value;
                    section = 0.0;
                } else {
                    section += pending.unwrap_or(1.0) * value;
                    small_units = section;
                }
                pending = None;
            } else {
                break;
            }
            index += 1;
        }
        if index > start {
            numbers.push(total + section + pending.unwrap_or(0.0));
            if small_units > 0.0 && total > 0.0 {
                numbers.push(small_units);
            }
        } else {
            index += 1;
        }
    }
    // 三分之一: one third, as a percentage.
    for (position, _) in text.match_indices("分之") {
        let before = text[..position].chars().last().and_then(digit);
        let after = text[position + "分之".len()..].chars().next().and_then(digit);
        if let (Some(denominator), Some(numerator)) = (before, after) {
            if denominator > 0.0 {
                numbers.push(numerator / denominator * 100.0);
            }
        }
    }
    numbers
}
