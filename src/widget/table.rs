//! The chart's data year by year: as a table with a caption (shown beside the chart and
//! in the fallback) and as CSV for download.

use crate::catalog::TargetKind;
use crate::i18n::{is_count, number, Lang};

use super::{illustrative_words, Widget};

/// One year of the chart's data, as numbers.
struct Row {
    year: i32,
    value: Option<f64>,
    target: String,
    expected: Option<f64>,
    projection: Option<f64>,
    flag: Option<crate::provenance::Flag>,
    source: Option<String>,
}

/// The chart's data as a table with a caption.
#[derive(Clone, Debug)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Widget {
    /// The chart's data as a table: year, value, target, on-schedule value, projection.
    /// A flagged value says so in its cell: 「7.9（初步核算）」.
    pub fn table(&self) -> Table {
        let lang = self.resolved.lang;
        let cell = |value: Option<f64>| value.map_or_else(|| "—".to_owned(), |value| number(value, 2));
        let rows = self
            .rows()
            .into_iter()
            .map(|row| {
                let value = match (row.value, row.flag) {
                    (Some(value), Some(flag)) => match lang {
                        Lang::Zh => format!("{}（{}）", number(value, 2), flag.words(lang)),
                        Lang::En => format!("{} ({})", number(value, 2), flag.words(lang)),
                    },
                    (value, _) => cell(value),
                };
                vec![row.year.to_string(), value, row.target, cell(row.expected), cell(row.projection)]
            })
            .collect();
        let suffix = self.unit_suffix();
        let with = |name: &str| format!("{name}{suffix}");
        Table {
            caption: format!(
                "{}{}",
                lang.pick(&self.resolved.target().name.zh, &self.resolved.target().name.en),
                lang.pick("：各年数据", ": data by year")
            ),
            columns: vec![
                lang.pick("年份", "Year").to_owned(),
                with(&self.trend.labels.actual),
                with(lang.pick("目标", "Target")),
                with(lang.pick("按进度应达", "On schedule")),
                with(lang.pick("按当前速度预测", "Projection")),
            ],
            rows,
        }
    }

    /// The chart's data year by year, as numbers: what the table and the CSV show.
    fn rows(&self) -> Vec<Row> {
        // What the widget computes is whole for counts; what was observed stays as given.
        let whole = is_count(self.zh_unit());
        let computed = |value: Option<f64>| if whole { value.map(f64::round) } else { value };
        let target = match self.assessment.goal {
            crate::progress::Goal::Line(value) => number(value, 2),
            crate::progress::Goal::Band(low, high) => format!("{}–{}", number(low, 2), number(high, 2)),
            crate::progress::Goal::None => "—".to_owned(),
        };
        let relative = self.resolved.target().kind == TargetKind::Relative;
        self.trend
            .years
            .iter()
            .zip(&self.trend.actual)
            .map(|(&year, &value)| {
                let expected = self.assessment.expected.iter().find(|&&(y, _)| y == year).map(|&(_, v)| v);
                let projection = self.assessment.projection.filter(|&(y, _)| y == year).map(|(_, v)| v);
                let source = self.resolved.actual.marks.get(&year).and_then(|mark| mark.source.clone()).or_else(|| {
                    relative.then(|| self.resolved.benchmark.marks.get(&year).and_then(|mark| mark.source.clone())).flatten()
                });
                Row {
                    year,
                    value,
                    target: target.clone(),
                    expected: computed(expected),
                    projection: computed(projection),
                    flag: value.and(self.resolved.flag_of(year)),
                    source,
                }
            })
            .collect()
    }

    /// The data as CSV (RFC 4180), for download: a header row, then a row per year with
    /// the values, the unit, the flag (and 示例数据) and where each value comes from.
    pub fn csv(&self) -> String {
        let lang = self.resolved.lang;
        let table = self.table();
        let field = |text: &str| {
            if text.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", text.replace('"', "\"\""))
            } else {
                text.to_owned()
            }
        };
        let number_or_empty = |value: Option<f64>| value.map_or_else(String::new, |value| number(value, 2));
        let mut header = table.columns.clone();
        header.extend([lang.pick("单位", "Unit"), lang.pick("标注", "Flag"), lang.pick("数据来源", "Data source")].map(str::to_owned));
        let widget_sources: Vec<String> = self
            .resolved
            .source
            .iter()
            .chain(&self.resolved.data_source)
            .map(|source| match &source.url {
                Some(url) => format!("{} {url}", source.line(lang)),
                None => source.line(lang),
            })
            .collect();
        let fallback = if !widget_sources.is_empty() {
            widget_sources.join(lang.pick("；", "; "))
        } else if self.resolved.illustrative {
            lang.pick("示例数据，非官方统计", "illustrative, not official statistics").to_owned()
        } else {
            lang.pick("未注明", "not stated").to_owned()
        };
        // The unit column: the English where there is one, else the unit as written.
        let unit = match self.unit().trim() {
            "" => self.zh_unit().to_owned(),
            unit => unit.to_owned(),
        };
        let mut out = String::new();
        let mut push = |cells: Vec<String>| {
            let line: Vec<String> = cells.iter().map(|cell| field(cell)).collect();
            out.push_str(&line.join(","));
            out.push_str("\r\n");
        };
        push(header);
        for row in self.rows() {
            let observed = row.value.is_some();
            let mut flags: Vec<&str> = Vec::new();
            if observed && self.resolved.illustrative {
                flags.push(illustrative_words(lang));
            }
            if let Some(flag) = row.flag {
                flags.push(flag.words(lang));
            }
            let source = if observed { row.source.clone().unwrap_or_else(|| fallback.clone()) } else { String::new() };
            push(vec![
                row.year.to_string(),
                number_or_empty(row.value),
                if row.target == "—" { String::new() } else { row.target },
                number_or_empty(row.expected),
                number_or_empty(row.projection),
                unit.clone(),
                flags.join(lang.pick("；", "; ")),
                source,
            ]);
        }
        out
    }

    /// 「（家）」, " (days)", or nothing: the unit after a column's name.
    fn unit_suffix(&self) -> String {
        match (self.resolved.lang, self.unit().trim()) {
            (_, "") => String::new(),
            (Lang::Zh, unit) => format!("（{unit}）"),
            (Lang::En, unit) => format!(" ({unit})"),
        }
    }
}
