//! Targets in a table of indicators flattened to text, as pages and PDF copies give
//! them: the header's cells (`指标`, `单位`, `2017年`, `2020年`, `2022年`) and then each
//! row's (`数字经济增加值(亿元)`, `20658`, `30000`, `40000`), one cell a line or separated
//! by tabs. Each year column after the first (the base, or `现状`/`基期`) holds a target
//! due that year; the row's name and unit (`(亿元)`, a `单位` column) say what it is.

use super::draft::Found;
use super::items::Item;
use super::meta::four_digits;
use super::numbers::digit_value;
use super::text::is_han;
use super::why;
use crate::catalog::{Baseline, Comparison, TargetKind};

/// A cell of the flattened table: its text and byte range in the text.
struct Cell<'t> {
    text: &'t str,
    start: usize,
}

/// What a header cell is.
#[derive(Clone, Copy, PartialEq)]
enum Column {
    Name,
    Unit,
    /// A year: a base (`现状`, `基期`, or the first of several) or a target's.
    Year(i32, bool),
    /// 属性 (预期性/约束性) and other columns read past.
    Other,
}

/// Every target in the tables of `text` (the folded text; spans in it).
pub(super) fn read(text: &str) -> Vec<Found> {
    let cells = cells(text);
    let mut found = Vec::new();
    let mut index = 0;
    while index < cells.len() {
        match header(&cells, index) {
            Some((columns, rows_start)) => {
                let caption = caption(text, cells[index].start);
                index = read_rows(text, &cells, rows_start, &columns, &caption, &mut found);
            }
            None => index += 1,
        }
    }
    found
}

/// The cells of `text`: its lines, split at tabs, without the empty ones.
fn cells(text: &str) -> Vec<Cell<'_>> {
    let mut cells = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let mut at = offset;
        for part in line.trim_end_matches(['\n', '\r']).split('\t') {
            let trimmed = part.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}');
            if !trimmed.is_empty() {
                let lead = part.len() - part.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}').len();
                cells.push(Cell { text: trimmed, start: at + lead });
            }
            at += part.len() + 1;
        }
        offset += line.len();
    }
    cells
}

/// A year header cell: `2020年`, `2025年目标`, `2020年(基期)`, `现状(2017年)`; whether it
/// is a base.
fn year_cell(cell: &str) -> Option<(i32, bool)> {
    let chars: Vec<char> = cell.chars().collect();
    if chars.len() > 12 {
        return None;
    }
    let at = (0..chars.len()).find(|&at| four_digits(&chars, at).is_some())?;
    let (year, next) = four_digits(&chars, at)?;
    let rest: String = chars[next..].iter().collect();
    let head: String = chars[..at].iter().collect();
    if !(rest.is_empty() || rest.starts_with('年')) {
        return None;
    }
    let base = ["基期", "现状", "基数", "基准", "实际"].iter().any(|word| cell.contains(word));
    (head.chars().all(|c| !c.is_ascii_digit()) && head.chars().count() <= 4).then_some((year, base))
}

/// A table's header starting at cell `at`: its columns and where its rows start. It needs
/// at least two year columns in a row, with the indicator column before them.
fn header(cells: &[Cell<'_>], at: usize) -> Option<(Vec<Column>, usize)> {
    let named = |cell: &Cell<'_>| ["指标", "指标名称", "主要指标", "项目"].contains(&cell.text);
    if !named(&cells[at]) {
        return None;
    }
    let mut columns = vec![Column::Name];
    let mut index = at + 1;
    while let Some(cell) = cells.get(index) {
        let column = match cell.text {
            "单位" | "计量单位" => Column::Unit,
            "属性" | "指标属性" | "类别" | "备注" => Column::Other,
            text => match year_cell(text) {
                Some((year, base)) => Column::Year(year, base),
                None => break,
            },
        };
        columns.push(column);
        index += 1;
    }
    let years: Vec<(i32, bool)> = columns.iter().filter_map(|c| if let Column::Year(y, b) = c { Some((*y, *b)) } else { None }).collect();
    if years.len() < 2 || years.windows(2).any(|pair| pair[1].0 < pair[0].0) {
        return None;
    }
    // The first of several years is the base unless another is marked so.
    if !years.iter().any(|(_, base)| *base) {
        if let Some(Column::Year(year, _)) = columns.iter().find(|c| matches!(c, Column::Year(..))).copied() {
            let first = columns.iter().position(|c| *c == Column::Year(year, false))?;
            columns[first] = Column::Year(year, true);
        }
    }
    Some((columns, index))
}

/// The short line before the table (`全省数字经济发展主要指标`), its section.
fn caption(text: &str, header_start: usize) -> String {
    text[..header_start]
        .lines()
        .rev()
        .map(str::trim)
        .find(|line| !line.is_empty() && !["类别", "序号"].contains(line))
        .filter(|line| line.chars().count() <= 30)
        .unwrap_or("")
        .to_owned()
}

/// A figure cell: its value and comparison (`30000`, `≥60`, `5以上`, `40左右`); None for a
/// dash or text.
fn figure(cell: &str) -> Option<(f64, Comparison)> {
    let (cell, before) = match cell.chars().next()? {
        '≥' | '>' | '＞' => (&cell[cell.chars().next()?.len_utf8()..], Comparison::AtLeast),
        '≤' | '<' | '＜' => (&cell[cell.chars().next()?.len_utf8()..], Comparison::AtMost),
        _ => (cell, Comparison::AtLeast),
    };
    let digits: String = cell.chars().take_while(|c| digit_value(*c).is_some() || *c == '.').collect();
    let value: f64 = crate::json::parse_decimal(&digits)?;
    let rest = cell[digits.len()..].trim().trim_start_matches('%');
    let comparison = match rest {
        "" => before,
        "以上" => Comparison::AtLeast,
        "以下" | "以内" => Comparison::AtMost,
        "左右" => Comparison::About,
        _ => return None,
    };
    Some((value, comparison))
}

/// `数字经济增加值(亿元)` → (`数字经济增加值`, `亿元`).
fn name_and_unit(cell: &str) -> (String, String) {
    let cell = cell.trim();
    for (open, close) in [('(', ')'), ('（', '）')] {
        if let Some(stripped) = cell.strip_suffix(close) {
            if let Some(at) = stripped.rfind(open) {
                let unit: String = stripped[at + open.len_utf8()..].chars().filter(|c| !c.is_whitespace()).collect();
                if unit.chars().count() <= 8 {
                    return (stripped[..at].chars().filter(|c| !c.is_whitespace()).collect(), unit);
                }
            }
        }
    }
    (cell.chars().filter(|c| !c.is_whitespace()).collect(), String::new())
}

/// Reads the rows from cell `at` on; returns the cell after the table.
fn read_rows(text: &str, cells: &[Cell<'_>], mut at: usize, columns: &[Column], caption: &str, found: &mut Vec<Found>) -> usize {
    let width = columns.len();
    loop {
        // A category cell before the row's name (`总体规模`, then `数字经济增加值(亿元)`).
        let name_then_unit = columns.get(1) == Some(&Column::Unit);
        let row_starts = |at: usize| cells.get(at).is_some_and(|cell| is_name(cell.text)) && cells.get(at + 1).is_some_and(|next| is_name(next.text));
        while row_starts(at) && (!name_then_unit || cells.get(at + 2).is_some_and(|cell| is_name(cell.text))) {
            at += 1;
        }
        let Some(row) = cells.get(at..at + width) else { return at };
        if !is_name(row[0].text) {
            return at;
        }
        let mut values = Vec::new();
        let mut unit_cell = None;
        for (cell, column) in row.iter().zip(columns) {
            match column {
                Column::Unit => unit_cell = Some(cell.text),
                Column::Year(year, base) => values.push((*year, *base, figure(cell.text), cell)),
                _ => {}
            }
        }
        if values.iter().all(|(_, _, figure, _)| figure.is_none()) || row.iter().any(|cell| cell.text.contains('。')) {
            return at;
        }
        let (name, mut unit) = name_and_unit(row[0].text);
        if let Some(cell) = unit_cell {
            unit = cell.to_owned();
        }
        let base = values.iter().find(|(_, base, figure, _)| *base && figure.is_some()).map(|(year, _, figure, _)| Baseline { year: *year, value: figure.map_or(0.0, |f| f.0) });
        for (year, is_base, figure, cell) in &values {
            let (Some((value, comparison)), false) = (figure, is_base) else { continue };
            let start = row[0].start;
            let end = cell.start + cell.text.len();
            let kind = if name.contains("年均增长") || name.contains("增速") { TargetKind::AnnualGrowth } else { TargetKind::Level };
            let mut reasons = vec![why(format!("指标表中{year}年一栏"), format!("the {year} column of a table of indicators"))];
            if comparison == &Comparison::AtLeast && cell.text.chars().all(|c| digit_value(c).is_some() || c == '.') {
                reasons.push(why("表中数值未写比较词：按“不低于”", "no comparison word in the cell: read as at least"));
            }
            let mut item = Item::worded((0, end - start), kind, *comparison, *value, &unit.replace('％', "%"), reasons.clone(), 0.7);
            item.baseline = base;
            item.deadline = Some(*year);
            found.push(Found {
                item,
                span: start..end,
                quote: text[start..end].to_owned(),
                name: name.clone(),
                sub_region: None,
                deadline: Some(*year),
                start_year: None,
                section: caption.to_owned(),
                measure: None,
                confidence: 0.7,
                reasons,
            });
        }
        at += width;
    }
}

/// A row's name cell: mostly characters, not a figure, not a sentence.
fn is_name(cell: &str) -> bool {
    cell.chars().any(is_han) && figure(cell).is_none() && cell.chars().count() <= 40 && !cell.contains(['。', '，', '；'])
}
