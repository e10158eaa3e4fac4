//! The cells of a data table as people type them: full-width digits and signs (８．３,
//! －), thousands grouped by commas (1,234.5 or 1，234.5), a trailing percent sign (the
//! unit is the target's), years written 2019 or 2019年; and header names as keys, spaces
//! out and case folded.

use crate::catalog::check::YEARS;
use crate::json;

/// `c` as its ASCII twin where it is a full-width form (０–９, ．, －, ，, ％, Ａ–ｚ) or
/// the minus sign −; else `c` itself.
fn narrow(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{2212}' => '-',
        _ => c,
    }
}

/// The cell in ASCII where it has a full-width twin, without the spaces around it
/// (full-width spaces too).
fn narrowed(cell: &str) -> String {
    let narrow: String = cell.chars().map(narrow).collect();
    narrow.trim().to_owned()
}

/// A header as a key to look up: `Year`, ` 年 份 ` and `ＹＥＡＲ` alike.
pub(super) fn header_key(cell: &str) -> String {
    cell.chars().map(narrow).filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_lowercase()).collect()
}

/// Why a cell is not a number.
#[derive(Debug, PartialEq)]
pub(super) enum NotANumber {
    /// Not a figure at all (`八`, `n/a`).
    Text,
    /// Digits with commas that do not group thousands (`8,3`, `12,34`): a decimal comma,
    /// or two cells run together; either way not to be guessed.
    Grouping,
}

/// A figure: `8.3`, `８．３`, `-1.2`, `－1.2`, `1,234.5`, `1，234.5`, `8.3%`.
pub(super) fn number(cell: &str) -> Result<f64, NotANumber> {
    let text = narrowed(cell);
    let text = text.strip_suffix('%').map_or(text.as_str(), str::trim_end);
    let ungrouped;
    let text = if text.contains(',') {
        if !grouped_in_threes(text) {
            let figure_like = text.bytes().all(|byte| byte.is_ascii_digit() || b"+-.,".contains(&byte));
            return Err(if figure_like { NotANumber::Grouping } else { NotANumber::Text });
        }
        ungrouped = text.replace(',', "");
        ungrouped.as_str()
    } else {
        text
    };
    match json::parse_decimal(text) {
        Some(number) if number.is_finite() => Ok(number),
        _ => Err(NotANumber::Text),
    }
}

/// `1,234`, `-12,345,678.9`: one to three digits, then groups of three, before any
/// decimal point, and no comma after it.
fn grouped_in_threes(text: &str) -> bool {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    let mut groups = whole.split(',');
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len()) && digits(first) && groups.all(|group| group.len() == 3 && digits(group)) && digits(fraction)
}

/// Why a cell is not a year.
#[derive(Debug, PartialEq)]
pub(super) enum NotAYear {
    /// Not four digits (`20l9`, `19`).
    Text,
    /// Four digits outside the years a plan may have.
    Outside(i32),
}

/// A year: `2019`, `２０１９`, `2019年`.
pub(super) fn year(cell: &str) -> Result<i32, NotAYear> {
    let text = narrowed(cell);
    let digits = text.strip_suffix('年').map_or(text.as_str(), str::trim_end);
    if digits.len() != 4 || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(NotAYear::Text);
    }
    let year: i32 = digits.parse().map_err(|_| NotAYear::Text)?;
    if YEARS.contains(&year) {
        Ok(year)
    } else {
        Err(NotAYear::Outside(year))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_as_typed() {
        for (cell, value) in [("8.3", 8.3), ("８．３", 8.3), ("－1.5", -1.5), ("\u{2212}1.5", -1.5), (" 8.3% ", 8.3), ("８．３％", 8.3)] {
            assert_eq!(number(cell), Ok(value), "{cell}");
        }
        for (cell, value) in [("1,234.5", 1234.5), ("1，234.5", 1234.5), ("-12,345,678", -12_345_678.0), ("\u{3000}1,234\u{3000}", 1234.0)] {
            assert_eq!(number(cell), Ok(value), "{cell}");
        }
        for cell in ["8,3", "12,34", "1,2345", ",123", "1,234,5", "1.234,5"] {
            assert_eq!(number(cell), Err(NotANumber::Grouping), "{cell}");
        }
        for cell in ["八", "", "%", "n/a", "八,九", "8.3%%", "1e"] {
            assert_eq!(number(cell), Err(NotANumber::Text), "{cell}");
        }
    }

    #[test]
    fn years_as_typed() {
        for cell in ["2019", "２０１９", "2019年", "2019 年", " 2019\u{3000}"] {
            assert_eq!(year(cell), Ok(2019), "{cell}");
        }
        assert_eq!(year("1800"), Err(NotAYear::Outside(1800)));
        assert_eq!(year("2101年"), Err(NotAYear::Outside(2101)));
        for cell in ["20l9", "19", "2019年度", "二〇一九", "20190"] {
            assert_eq!(year(cell), Err(NotAYear::Text), "{cell}");
        }
    }

    #[test]
    fn headers_as_keys() {
        assert_eq!(header_key(" Year "), "year");
        assert_eq!(header_key("\u{3000}年 份\u{3000}"), "年份");
        assert_eq!(header_key("ＶＡＬＵＥ"), "value");
    }
}
