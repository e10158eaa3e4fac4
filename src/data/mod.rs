//! Data files a portal publishes for its widgets (`dataUrl`, `planmeter validate --data`)
//! and what an editor pastes into the configurator: JSON shaped like `actuals` (or
//! `{"source": {…}, "values": {…}}`), or a table — CSV, tab-separated text from Excel or
//! WPS, or cells separated by the full-width comma — whose header names the columns
//! `year` and `value`, optionally `indicator`, `flag`, `source` and `note`, in English or
//! Chinese (年份, 数值, 指标, 标注, 来源, 备注), in any order. Without an indicator
//! column the values are the widget's own target's. Figures may be written as people
//! write them (８．３, 1,234.5, 8.3%, 2019年); anything the reader would have to guess is
//! a problem, and every problem names its row or path.

mod cells;
mod table;

use crate::sorted::SortedMap;

use crate::config::{Actuals, ConfigError};
use crate::json::{self, json_object, Json, Named, Read};
use crate::limits;
use crate::provenance::{bounded_line, Flag, Mark, Series, Source};
use crate::catalog::check::YEARS;

use cells::{NotANumber, NotAYear};
use table::{Column, Header};

/// Reads a data file: JSON when it starts with `{`, else a table (CSV, tab-separated).
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
        .with_zh(|| format!("数据文件有 {} 字节，超过 {} 字节的上限", limits::grouped(text.len()), limits::grouped(limits::DATA_BYTES)));
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

/// Reads a table: one value per row, `indicator,year,value` or `year,value` (the
/// module's header says what else). An empty value is a year not yet published and is
/// skipped; anything else that is not a number is a problem.
pub fn parse_csv(text: &str) -> Result<Actuals, Vec<ConfigError>> {
    let (actuals, problems) = read_csv(text);
    if problems.is_empty() {
        Ok(actuals)
    } else {
        Err(problems)
    }
}

/// The values a data file gives one widget, in the shape of `actuals`: for a target's
/// widget (`indicator`), the rows without an indicator column and those of its id; for a
/// plan's (`None`), every target's by id. Values that cannot be meant for it are a
/// problem rather than nothing shown: a plan's rows with no indicator, or a file of
/// other targets only.
pub fn values_for(actuals: &Actuals, indicator: Option<&str>) -> Result<Json, ConfigError> {
    let Some(id) = indicator else {
        if !actuals.series.is_empty() {
            return Err(ConfigError::new("indicator", "figures without an indicator column are one target's; a whole plan's need the column indicator (指标) naming each row's target")
                .with_zh(|| "指标：没有指标列的数据只能用于单个目标；整份规划的数据须有“指标”（indicator）列，写明每行的目标编号"));
        }
        return Ok(Json::Object(actuals.by_target.iter().map(|(id, values)| (id.clone(), values.to_json())).collect()));
    };
    if actuals.series.is_empty() && !actuals.by_target.is_empty() && actuals.by_target.get(id).is_none() {
        let ids: Vec<&str> = actuals.by_target.keys().map(String::as_str).collect();
        let listed = ids.iter().take(3).map(|id| json::shorten(id)).collect::<Vec<_>>();
        let more = if ids.len() > 3 { format!(" and {} more", ids.len() - 3) } else { String::new() };
        let zh_more = if ids.len() > 3 { format!("等{}个", ids.len()) } else { String::new() };
        let near = json::closest(id, ids.iter().copied()).map(|near| (format!("; did you mean `{near}`?"), format!("；是否应为“{near}”？"))).unwrap_or_default();
        let shown = json::shorten(id);
        return Err(ConfigError::new("indicator", format!("no row is for `{shown}`; the file's indicators are `{}`{more}{}", listed.join("`, `"), near.0))
            .with_zh(|| format!("指标：没有“{shown}”的数据；文件中的指标为“{}”{zh_more}{}", listed.join("”、“"), near.1)));
    }
    Ok(actuals.of(id).to_json())
}

fn read_csv(text: &str) -> (Actuals, Vec<ConfigError>) {
    let table = match table::split(text) {
        Ok(table) => table,
        Err(problem) => return (Actuals::default(), vec![problem]),
    };
    let rows = &table.rows;
    let Some(first) = rows.first() else {
        return (
            Actuals::default(),
            vec![ConfigError::new("row 1", "the file is empty; the first row names the columns indicator, year, value")
                .with_zh(|| "第1行：文件是空的；第一行应为列名 indicator, year, value")],
        );
    };
    let header = match table::read_header(first) {
        Ok(header) => header,
        Err(problems) => return (Actuals::default(), problems),
    };
    if rows.len() - 1 > limits::DATA_ROWS {
        let count = limits::grouped(rows.len() - 1);
        let limit = limits::grouped(limits::DATA_ROWS);
        let problem = ConfigError::new("", format!("the file has {count} rows; at most {limit} are taken"))
            .with_zh(|| format!("文件有 {count} 行数据，超过 {limit} 行的上限"));
        return (Actuals::default(), vec![problem]);
    }
    // Each row's value, then sorted once by indicator, year and row: duplicates found
    // next to each other, every series built in order (row by row into a sorted map was
    // quadratic for many ids). Without an indicator column every row is the widget's
    // own target, under the empty id.
    let mut values: Vec<Row> = Vec::new();
    let mut problems: Vec<(usize, ConfigError)> = Vec::new();
    for (index, cells) in rows.iter().enumerate().skip(1) {
        match read_row(cells, &header, index + 1, table.delimiter) {
            Ok(Some(row)) => values.push(row),
            Ok(None) => {}
            Err(problem) => problems.push((index + 1, problem)),
        }
    }
    let order = crate::sorted::order_by(values.len(), &|a, b| (&values[a].indicator, values[a].year).cmp(&(&values[b].indicator, values[b].year)));
    let mut by_target: Vec<(String, Series, usize)> = Vec::new();
    for index in order {
        let Row { indicator, year, row_number, value, mark } = std::mem::take(&mut values[index]);
        match by_target.last_mut() {
            Some((last, series, last_row)) if *last == indicator => {
                if series.values.iter().next_back().is_some_and(|(&seen, _)| seen == year) {
                    problems.push((row_number, second_value(&indicator, year, row_number, *last_row)));
                } else {
                    // In year order: appended at the end, no search.
                    series.set(year, value, mark);
                    *last_row = row_number;
                }
            }
            _ => {
                let mut series = Series::default();
                series.set(year, value, mark);
                by_target.push((indicator, series, row_number));
            }
        }
    }
    if by_target.len() > limits::DATA_IDS {
        let (count, limit) = (limits::grouped(by_target.len()), limits::grouped(limits::DATA_IDS));
        let problem = ConfigError::new("", format!("the file has {count} indicators; at most {limit} are taken"))
            .with_zh(|| format!("文件有 {count} 个指标，超过 {limit} 个的上限"));
        return (Actuals::default(), vec![problem]);
    }
    let order = crate::sorted::order_by(problems.len(), &|a, b| problems[a].0.cmp(&problems[b].0));
    let problems = order.into_iter().map(|index| problems[index].1.clone()).collect();
    if header.at(Column::Indicator).is_none() {
        let series = by_target.pop().map(|(_, series, _)| series).unwrap_or_default();
        return (Actuals { series, by_target: SortedMap::default(), source: None }, problems);
    }
    let by_target: SortedMap<String, Series> = by_target.into_iter().map(|(id, series, _)| (id, series)).collect();
    (Actuals { series: Series::default(), by_target, source: None }, problems)
}

/// One row's value: its target (empty without an indicator column), year and mark.
#[derive(Default)]
struct Row {
    indicator: String,
    year: i32,
    row_number: usize,
    value: f64,
    mark: Mark,
}

/// Reads one row; `None` for an empty row or a year with no value yet.
fn read_row(cells: &[String], header: &Header, row_number: usize, delimiter: char) -> Result<Option<Row>, ConfigError> {
    let at = format!("row {row_number}");
    let zh_at = format!("第{row_number}行");
    if cells.iter().all(|cell| cell.trim().is_empty()) {
        return Ok(None);
    }
    let cell = |column: Column| header.at(column).and_then(|position| cells.get(position)).map_or("", |cell| cell.trim());
    if let Some(stray) = cells.iter().enumerate().position(|(position, cell)| header.columns.get(position).copied().flatten().is_none() && !cell.trim().is_empty()) {
        return Err(stray_cell(cells, header, stray, delimiter, &at, &zh_at));
    }
    let indicator = match header.at(Column::Indicator) {
        None => String::new(),
        Some(_) if cell(Column::Indicator).is_empty() => {
            return Err(ConfigError::new(at, "the indicator is empty").with_zh(|| format!("{zh_at}：指标（indicator）为空")));
        }
        Some(_) => cell(Column::Indicator).to_owned(),
    };
    let year = match cells::year(cell(Column::Year)) {
        Ok(year) => year,
        Err(NotAYear::Outside(year)) => {
            let (first, last) = (YEARS.start(), YEARS.end());
            return Err(ConfigError::new(at, format!("{year} is outside the years {first}–{last}")).with_zh(|| format!("{zh_at}：{year}年不在{first}—{last}年之间")));
        }
        Err(NotAYear::Text) => {
            let year = json::shorten(cell(Column::Year));
            return Err(ConfigError::new(at, format!("`{year}` is not a year (expected four digits)")).with_zh(|| format!("{zh_at}：“{year}”不是年份（应为四位数字）")));
        }
    };
    let value = cell(Column::Value);
    if value.is_empty() {
        return Ok(None);
    }
    let value = match cells::number(value) {
        Ok(number) => number,
        Err(NotANumber::Grouping) => {
            let value = json::shorten(value);
            return Err(ConfigError::new(at, format!("the value `{value}` is not a number (a comma only groups thousands, as in 1,234.5)"))
                .with_zh(|| format!("{zh_at}：数值“{value}”不是数字（逗号只用作千位分隔，如 1,234.5）")));
        }
        Err(NotANumber::Text) => {
            let value = json::shorten(value);
            return Err(ConfigError::new(at, format!("the value `{value}` is not a number")).with_zh(|| format!("{zh_at}：数值“{value}”不是数字")));
        }
    };
    let flag = match cell(Column::Flag) {
        "" => None,
        word => Some(read_flag(word).ok_or_else(|| {
            let word = json::shorten(word);
            ConfigError::new(&at, format!("the flag `{word}` is not one of preliminary, estimate, revised"))
                .with_zh(|| format!("{zh_at}：标注“{word}”应为 初步核算、预计、修订（preliminary、estimate、revised）之一"))
        })?),
    };
    let source = match cell(Column::Source) {
        "" => None,
        text => Some(bounded_line(text, "source").map_err(|error| {
            ConfigError::new(&at, format!("the {}: {}", error.path, error.message)).with_zh(|| format!("{zh_at}：数据来源超过{}个字符", limits::SOURCE_NAME_CHARS))
        })?),
    };
    Ok(Some(Row { indicator, year, row_number, value, mark: Mark { flag, source } }))
}

/// A cell in no column: past the header's last, or under an empty header cell. After
/// the value, digits in threes are a number split at its thousands separator.
fn stray_cell(cells: &[String], header: &Header, stray: usize, delimiter: char, at: &str, zh_at: &str) -> ConfigError {
    let split_number = header.at(Column::Value).and_then(|position| Some((cells.get(position)?.trim(), cells.get(position + 1)?.trim())));
    if let Some((before, after)) = split_number.filter(|(before, after)| thousands_split(before, after)) {
        let number = json::shorten(&format!("{before}{delimiter}{after}"));
        let (quoted, plain) = (format!("\"{before}{delimiter}{after}\""), format!("{before}{after}"));
        let (comma, zh_comma) = if delimiter == '，' { ("A full-width comma", "全角逗号") } else { ("A comma", "逗号") };
        return ConfigError::new(at, format!("`{number}`: one number or two cells? {comma} separates the cells here: quote the number ({quoted}) or leave the comma out ({plain})"))
            .with_zh(|| format!("{zh_at}：“{number}”是一个数还是两格？这里{zh_comma}用来分隔各列：请给数字加上引号（{quoted}）或去掉逗号（{plain}）"));
    }
    let cell = json::shorten(cells[stray].trim());
    let column = stray + 1;
    if stray < header.columns.len() {
        return ConfigError::new(at, format!("`{cell}` is in column {column}, which has no name in the header"))
            .with_zh(|| format!("{zh_at}：“{cell}”在第{column}列，但表头中这一列没有列名"));
    }
    let named = header.columns.len();
    ConfigError::new(at, format!("`{cell}` is in column {column}, but the header names {named} columns; a row has no more cells than the header"))
        .with_zh(|| format!("{zh_at}：“{cell}”在第{column}列，但表头只有{named}列；每行的格数不能多于表头"))
}

/// `1` then `234` (or `234.5`, `234%`): a figure cut at its thousands separator.
fn thousands_split(before: &str, after: &str) -> bool {
    let before = before.strip_prefix(['-', '+', '－']).unwrap_or(before);
    let group = after.split(['.', '．', '%', '％']).next().unwrap_or("");
    let digits = |text: &str| text.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    (1..=3).contains(&before.chars().count()) && digits(before) && group.chars().count() == 3 && digits(group) && cells::number(after).is_ok()
}

/// A second value for a year: of a target named in the indicator column, or of the
/// widget's own.
fn second_value(indicator: &str, year: i32, row_number: usize, first_row: usize) -> ConfigError {
    if indicator.is_empty() {
        return ConfigError::new(format!("row {row_number}"), format!("a second value for {year} (the first is in row {first_row})"))
            .with_zh(|| format!("第{row_number}行：{year}年已有数值（第{first_row}行），不能有两个"));
    }
    let shown = json::shorten(indicator);
    ConfigError::new(format!("row {row_number}"), format!("`{shown}` has a second value for {year}"))
        .with_zh(|| format!("第{row_number}行：“{shown}”的{year}年数值重复"))
}

/// A flag as a CSV cell gives it: its JSON name or its Chinese words.
fn read_flag(word: &str) -> Option<Flag> {
    let lower = word.to_ascii_lowercase();
    Flag::NAMES.iter().find(|(name, flag)| *name == lower || flag.words(crate::i18n::Lang::Zh) == word).map(|&(_, flag)| flag)
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
        // The indicator column is needed only for a file of several targets (issue 18).
        check("id,yr,v\n", Err(&["row 1: the columns must include year and value (and indicator, for a file of several targets); found `id`, `yr`, `v`"]));
        check("", Err(&["row 1: the file is empty; the first row names the columns indicator, year, value"]));
    }
}
