//! Data files a portal publishes for its widgets (`dataUrl`, `planmeter validate --data`):
//! JSON shaped like `actuals` (or `{"source": {…}, "values": {…}}`), or CSV with the
//! columns `indicator`, `year`, `value` and optionally `flag` and `source` (in any order,
//! a header row first). Every problem names its row or path.

use crate::sorted::SortedMap;

use crate::config::{Actuals, ConfigError};
use crate::json::{self, json_object, Json, Named, Read};
use crate::limits;
use crate::provenance::{bounded_line, Flag, Mark, Series, Source};

/// Reads a data file: JSON when it starts with `{`, else CSV.
pub fn parse_data(text: &str) -> Result<Actuals, Vec<ConfigError>> {
    let (actuals, problems) = read_data(text);
    if problems.is_empty() {
        Ok(actuals)
    } else {
        Err(problems)
    }
}

/// Reads what it can of a data file, and every problem: for `planmeter validate`,
/// which also checks the indicators of the rows that were fine.
pub fn read_data(text: &str) -> (Actuals, Vec<ConfigError>) {
    if text.len() > limits::DATA_BYTES {
        let problem = ConfigError::new(
            "",
            format!("the data file is {} bytes; at most {} are taken", limits::grouped(text.len()), limits::grouped(limits::DATA_BYTES)),
        )
        .with_zh(format!("数据文件有 {} 字节，超过 {} 字节的上限", limits::grouped(text.len()), limits::grouped(limits::DATA_BYTES)));
        return (Actuals::default(), vec![problem]);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().starts_with('{') {
        match json::parse(text).and_then(|parsed| read_json(&parsed)) {
            Ok(actuals) => (actuals, Vec::new()),
            Err(error) => (Actuals::default(), vec![error]),
        }
    } else {
        read_csv(text)
    }
}

json_object! {
    /// A data file that names its source: `{"source": {…}, "values": {…}}`.
    struct SourcedData as r#"an object {"source": {…}, "values": {…}}"# {
        source: Option<Source> = "source",
        values: Actuals = "values" => json::required,
    }
}

/// `{"2019": 7.9}`, `{"<target id>": {…}}`, or the same under `values` with the file's
/// `source` beside it.
fn read_json(json: &Json) -> Result<Actuals, ConfigError> {
    let wrapped = matches!(json, Json::Object(entries) if entries.iter().any(|(key, _)| key == "values"));
    if !wrapped {
        return Actuals::read(json, "");
    }
    let data = SourcedData::read(json, "")?;
    Ok(Actuals { source: data.source, ..data.values })
}

/// Reads CSV data: one value per row, `indicator,year,value`. An empty value is a year
/// not yet published and is skipped; anything else that is not a number is a problem.
pub fn parse_csv(text: &str) -> Result<Actuals, Vec<ConfigError>> {
    let (actuals, problems) = read_csv(text);
    if problems.is_empty() {
        Ok(actuals)
    } else {
        Err(problems)
    }
}

fn read_csv(text: &str) -> (Actuals, Vec<ConfigError>) {
    let rows = split_csv(text);
    let Some(header) = rows.first() else {
        return (
            Actuals::default(),
            vec![ConfigError::new("row 1", "the file is empty; the first row names the columns indicator, year, value")
                .with_zh("第1行：文件是空的；第一行应为列名 indicator, year, value")],
        );
    };
    let column = |name: &str| header.iter().position(|cell| cell.trim().eq_ignore_ascii_case(name));
    let (Some(indicator_at), Some(year_at), Some(value_at)) = (column("indicator"), column("year"), column("value")) else {
        let found = header.iter().map(|cell| format!("`{}`", cell.trim())).collect::<Vec<_>>().join(", ");
        let problem = ConfigError::new("row 1", format!("the columns must include indicator, year and value; found {found}"))
            .with_zh(format!("第1行：列名须包含 indicator、year 和 value；现在是 {found}"));
        return (Actuals::default(), vec![problem]);
    };
    if rows.len() - 1 > limits::DATA_ROWS {
        let count = limits::grouped(rows.len() - 1);
        let limit = limits::grouped(limits::DATA_ROWS);
        let problem = ConfigError::new("", format!("the file has {count} rows; at most {limit} are taken"))
            .with_zh(format!("文件有 {count} 行数据，超过 {limit} 行的上限"));
        return (Actuals::default(), vec![problem]);
    }
    let (flag_at, source_at) = (column("flag"), column("source"));
    // Each row's value, then sorted once by indicator, year and row: duplicates found
    // next to each other, every series built in order (row by row into a sorted map was
    // quadratic for many ids).
    let mut values: Vec<(String, i32, usize, f64, Mark)> = Vec::new();
    let mut problems: Vec<(usize, ConfigError)> = Vec::new();
    for (index, row) in rows.iter().enumerate().skip(1) {
        let row_number = index + 1;
        let at = format!("row {row_number}");
        let zh_at = format!("第{row_number}行");
        if row.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let cell = |position: usize| row.get(position).map_or("", |cell| cell.trim());
        let (indicator, year, value) = (cell(indicator_at), cell(year_at), cell(value_at));
        if indicator.is_empty() {
            problems.push((row_number, ConfigError::new(at, "the indicator is empty").with_zh(format!("{zh_at}：指标（indicator）为空"))));
            continue;
        }
        let year = match year.parse::<i32>() {
            Ok(parsed) if year.len() == 4 && crate::catalog::check::YEARS.contains(&parsed) => parsed,
            _ => {
                let year = json::shorten(year);
                problems.push((row_number, ConfigError::new(at, format!("`{year}` is not a year (expected four digits)")).with_zh(format!("{zh_at}：“{year}”不是年份（应为四位数字）"))));
                continue;
            }
        };
        if value.is_empty() {
            continue;
        }
        let value = match json::parse_decimal(value) {
            Some(number) if number.is_finite() => number,
            _ => {
                let value = json::shorten(value);
                problems.push((row_number, ConfigError::new(at, format!("the value `{value}` is not a number")).with_zh(format!("{zh_at}：数值“{value}”不是数字"))));
                continue;
            }
        };
        let flag = match flag_at.map(cell).filter(|flag| !flag.is_empty()) {
            None => None,
            Some(word) => match read_flag(word) {
                Some(flag) => Some(flag),
                None => {
                    let word = json::shorten(word);
                    problems.push((
                        row_number,
                        ConfigError::new(at, format!("the flag `{word}` is not one of preliminary, estimate, revised"))
                            .with_zh(format!("{zh_at}：标注“{word}”应为 初步核算、预计、修订（preliminary、estimate、revised）之一")),
                    ));
                    continue;
                }
            },
        };
        let source = match source_at.map(cell).filter(|source| !source.is_empty()) {
            None => None,
            Some(text) => match bounded_line(text, "source") {
                Ok(text) => Some(text),
                Err(error) => {
                    problems.push((
                        row_number,
                        ConfigError::new(at, format!("the {}: {}", error.path, error.message))
                            .with_zh(format!("{zh_at}：数据来源超过{}个字符", crate::limits::SOURCE_NAME_CHARS)),
                    ));
                    continue;
                }
            },
        };
        values.push((indicator.to_owned(), year, row_number, value, Mark { flag, source }));
    }
    let order = crate::sorted::order_by(values.len(), &|a, b| (&values[a].0, values[a].1).cmp(&(&values[b].0, values[b].1)));
    let mut by_target: Vec<(String, Series)> = Vec::new();
    for index in order {
        let (indicator, year, row_number, value, mark) = std::mem::take(&mut values[index]);
        match by_target.last_mut() {
            Some((last, series)) if *last == indicator => {
                if series.values.iter().next_back().is_some_and(|(&seen, _)| seen == year) {
                    let shown = json::shorten(&indicator);
                    problems.push((
                        row_number,
                        ConfigError::new(format!("row {row_number}"), format!("`{shown}` has a second value for {year}"))
                            .with_zh(format!("第{row_number}行：“{shown}”的{year}年数值重复")),
                    ));
                } else {
                    // In year order: appended at the end, no search.
                    series.set(year, value, mark);
                }
            }
            _ => {
                let mut series = Series::default();
                series.set(year, value, mark);
                by_target.push((indicator, series));
            }
        }
    }
    if by_target.len() > limits::DATA_IDS {
        let (count, limit) = (limits::grouped(by_target.len()), limits::grouped(limits::DATA_IDS));
        let problem = ConfigError::new("", format!("the file has {count} indicators; at most {limit} are taken"))
            .with_zh(format!("文件有 {count} 个指标，超过 {limit} 个的上限"));
        return (Actuals::default(), vec![problem]);
    }
    let order = crate::sorted::order_by(problems.len(), &|a, b| problems[a].0.cmp(&problems[b].0));
    let problems = order.into_iter().map(|index| problems[index].1.clone()).collect();
    let by_target: SortedMap<String, Series> = by_target.into_iter().collect();
    (Actuals { series: Series::default(), by_target, source: None }, problems)
}

/// A flag as a CSV cell gives it: its JSON name or its Chinese words.
fn read_flag(word: &str) -> Option<Flag> {
    let lower = word.to_ascii_lowercase();
    Flag::NAMES.iter().find(|(name, flag)| *name == lower || flag.words(crate::i18n::Lang::Zh) == word).map(|&(_, flag)| flag)
}

/// Splits CSV text into rows of cells (RFC 4180: quoted cells may hold commas, quotes
/// doubled, and line breaks), with csv-core's reader.
fn split_csv(text: &str) -> Vec<Vec<String>> {
    let mut reader = csv_core::Reader::new();
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

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: Result<&[(&str, i32, f64)], &[&str]>) {
        let got = parse_csv(text);
        match (got, expect) {
            (Ok(actuals), Ok(rows)) => {
                let flat: Vec<(&str, i32, f64)> = actuals
                    .by_target
                    .iter()
                    .flat_map(|(id, series)| series.values.iter().map(move |(&year, &value)| (id.as_str(), year, value)))
                    .collect();
                assert_eq!(flat, rows);
            }
            (Err(problems), Err(messages)) => {
                let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
                assert_eq!(got, messages);
            }
            (got, expect) => panic!("{text:?}: got {got:?}, expected {expect:?}"),
        }
    }

    #[test]
    fn reads_rows_in_any_column_order() {
        check("indicator,year,value\na.b,2018,8.3\na.b,2019,7.9\n", Ok(&[("a.b", 2018, 8.3), ("a.b", 2019, 7.9)]));
        check("\u{feff}year,value,indicator\r\n2018,1,x.y\r\n", Ok(&[("x.y", 2018, 1.0)]));
        check("indicator,year,value,note\n\"a.b\",2018,5,\"a, quoted\nnote\"\n", Ok(&[("a.b", 2018, 5.0)]));
        check("indicator,year,value\na.b,2020,\n", Ok(&[]));
    }

    #[test]
    fn every_bad_row_is_named() {
        check(
            "indicator,year,value\na.b,2018,八\na.b,20l9,1\n,2019,1\na.b,2018,2\na.b,2018,3\n",
            Err(&[
                "row 2: the value `八` is not a number",
                "row 3: `20l9` is not a year (expected four digits)",
                "row 4: the indicator is empty",
                "row 6: `a.b` has a second value for 2018",
            ]),
        );
        check("id,yr,v\n", Err(&["row 1: the columns must include indicator, year and value; found `id`, `yr`, `v`"]));
        check("", Err(&["row 1: the file is empty; the first row names the columns indicator, year, value"]));
    }
}
