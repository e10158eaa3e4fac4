//! A data table's shape: which character separates its cells — a comma, a tab (a paste
//! from Excel or WPS) or the full-width comma `，` — read from the header line; its rows,
//! split by csv-core (a quoted cell may hold the separator, doubled quotes and line
//! breaks); and what each header names, in English or Chinese.

use crate::config::ConfigError;
use crate::json;

use super::cells::{self, header_key};

/// The rows of a table, cells as written, and the character that separated them.
pub(super) struct Table {
    pub rows: Vec<Vec<String>>,
    pub delimiter: char,
}

/// Stands in for the full-width comma while csv-core, which splits on one byte, reads
/// the table; a cell gets its `，` back.
const STAND_IN: char = '\u{1f}';

/// Splits `text` into rows at the separator its first line uses.
pub(super) fn split(text: &str) -> Result<Table, ConfigError> {
    let delimiter = delimiter(text)?;
    let rows = if delimiter == '，' {
        let mut rows = split_at(&text.replace('，', "\u{1f}"), STAND_IN as u8);
        for cell in rows.iter_mut().flatten().filter(|cell| cell.contains(STAND_IN)) {
            *cell = cell.replace(STAND_IN, "，");
        }
        rows
    } else {
        split_at(text, delimiter as u8)
    };
    Ok(Table { rows, delimiter })
}

/// The separator of the header line: a tab wherever there is one (a header cell may
/// hold a comma, never a tab), else the one comma it has; both commas are a question
/// the reader does not guess the answer to.
fn delimiter(text: &str) -> Result<char, ConfigError> {
    let header = text.split('\n').next().unwrap_or("");
    if header.contains('\t') {
        return Ok('\t');
    }
    match (header.contains(','), header.contains('，')) {
        (true, true) => Err(ConfigError::new("row 1", "the header has both , and ，: which one separates the columns? Use one of them (or tabs)")
            .with_zh(|| "第1行：表头中既有半角逗号“,”又有全角逗号“，”，无法判断用哪个分隔各列；请只用其中一种（或制表符）")),
        (false, true) => Ok('，'),
        _ => Ok(','),
    }
}

/// Splits text into rows of cells (RFC 4180 quoting), with csv-core's reader.
fn split_at(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    let mut reader = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
    let mut input = text.as_bytes();
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = Vec::new();
    let mut buffer = [0u8; 1024];
    loop {
        let (result, read, written) = reader.read_field(input, &mut buffer);
        input = &input[read..];
        cell.extend_from_slice(&buffer[..written]);
        match result {
            csv_core::ReadFieldResult::InputEmpty if input.is_empty() => {
                // Signal the end of input once, so the last field is flushed.
                let (result, _, written) = reader.read_field(&[], &mut buffer);
                cell.extend_from_slice(&buffer[..written]);
                if matches!(result, csv_core::ReadFieldResult::Field { .. }) {
                    row.push(String::from_utf8_lossy(&cell).into_owned());
                    rows.push(std::mem::take(&mut row));
                }
                break;
            }
            csv_core::ReadFieldResult::InputEmpty | csv_core::ReadFieldResult::OutputFull => {}
            csv_core::ReadFieldResult::Field { record_end } => {
                row.push(String::from_utf8_lossy(&cell).into_owned());
                cell.clear();
                if record_end {
                    rows.push(std::mem::take(&mut row));
                }
            }
            csv_core::ReadFieldResult::End => break,
        }
    }
    rows
}

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Column {
    Indicator,
    Year,
    Value,
    Flag,
    Source,
    /// A remark for people: read past.
    Note,
}

/// The headers each column is known by, as keys (see [`header_key`]): the English and
/// the words a Chinese table uses.
const HEADERS: &[(&str, Column)] = &[
    ("indicator", Column::Indicator),
    ("指标", Column::Indicator),
    ("指标编号", Column::Indicator),
    ("year", Column::Year),
    ("年份", Column::Year),
    ("年度", Column::Year),
    ("value", Column::Value),
    ("数值", Column::Value),
    ("值", Column::Value),
    ("数据", Column::Value),
    ("flag", Column::Flag),
    ("标注", Column::Flag),
    ("source", Column::Source),
    ("来源", Column::Source),
    ("数据来源", Column::Source),
    ("note", Column::Note),
    ("备注", Column::Note),
];

/// What each column of a table holds; `None` where its header cell is empty (Excel's
/// trailing tab), a column whose cells must then be empty too.
pub(super) struct Header {
    pub columns: Vec<Option<Column>>,
}

impl Header {
    /// Where `column` is, if the table has it.
    pub fn at(&self, column: Column) -> Option<usize> {
        self.columns.iter().position(|named| *named == Some(column))
    }
}

/// Reads the header row: every cell a known name or empty, no column twice, a year and a
/// value. An unknown name is refused (its cells would be dropped unseen), with the name
/// it is close to.
pub(super) fn read_header(cells: &[String]) -> Result<Header, Vec<ConfigError>> {
    let mut columns = Vec::with_capacity(cells.len());
    let mut unknown: Vec<(&str, Option<&'static str>)> = Vec::new();
    let mut problems = Vec::new();
    for cell in cells {
        let key = header_key(cell);
        if key.is_empty() {
            columns.push(None);
            continue;
        }
        let Some(&(_, column)) = HEADERS.iter().find(|(name, _)| *name == key) else {
            // One-character names (值) would be "close" to any one character.
            let near = json::closest(&key, HEADERS.iter().map(|(name, _)| *name).filter(|name| name.chars().count() > 1));
            unknown.push((cell.trim(), near));
            columns.push(None);
            continue;
        };
        if let Some(first) = columns.iter().position(|named| *named == Some(column)) {
            let (first, second) = (json::shorten(cells[first].trim()), json::shorten(cell.trim()));
            problems.push(ConfigError::new("row 1", format!("`{first}` and `{second}` name the same column; keep one"))
                .with_zh(|| format!("第1行：“{first}”和“{second}”是同一列，只保留一个")));
        }
        columns.push(Some(column));
    }
    let header = Header { columns };
    let complete = header.at(Column::Year).is_some() && header.at(Column::Value).is_some();
    if !complete && !unknown.iter().any(|(_, near)| near.is_some()) {
        return Err(vec![missing_columns(cells)]);
    }
    problems.extend(unknown.into_iter().map(|(name, near)| unknown_column(name, near)));
    if problems.is_empty() {
        Ok(header)
    } else {
        Err(problems)
    }
}

/// The header lacks the year or the value: what it has, or that it holds figures.
fn missing_columns(cells: &[String]) -> ConfigError {
    let found = cells.iter().map(|cell| format!("`{}`", json::shorten(cell.trim()))).collect::<Vec<_>>().join(", ");
    let zh_found = cells.iter().map(|cell| format!("“{}”", json::shorten(cell.trim()))).collect::<Vec<_>>().join("、");
    if cells.iter().any(|cell| cells::year(cell).is_ok() || cells::number(cell).is_ok()) {
        return ConfigError::new("row 1", format!("the first row names the columns (year and value, and indicator for a file of several targets), but it holds figures: {found}"))
            .with_zh(|| format!("第1行应为列名（年份、数值，多个指标时加上指标），这里却是数据：{zh_found}"));
    }
    ConfigError::new("row 1", format!("the columns must include year and value (and indicator, for a file of several targets); found {found}"))
        .with_zh(|| format!("第1行：列名须包含 年份（year）和 数值（value），多个指标时还须有 指标（indicator）；现在是 {zh_found}"))
}

/// A header no column is known by, with the name it is close to.
fn unknown_column(name: &str, near: Option<&str>) -> ConfigError {
    let name = json::shorten(name);
    match near {
        Some(near) => ConfigError::new("row 1", format!("unknown column `{name}`; did you mean `{near}`?"))
            .with_zh(|| format!("第1行：不认识的列名“{name}”，是否应为“{near}”？")),
        None => ConfigError::new("row 1", format!("unknown column `{name}`; the columns are year and value, and optionally indicator, flag, source, note (or 年份, 数值, 指标, 标注, 来源, 备注)"))
            .with_zh(|| format!("第1行：不认识的列名“{name}”；可用的列为 年份、数值，以及可选的 指标、标注、来源、备注（或 year、value、indicator、flag、source、note）")),
    }
}
