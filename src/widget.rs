//! A widget's whole content, computed from its config: the target, the assessment, the
//! words a citizen reads and the chart. The browser layer and the CLI both start here.


use crate::catalog::Catalog;
use crate::chart::layout::{layout_trend, Measure, TrendLayout};
use crate::catalog::TargetKind;
use crate::chart::{Palette, Sizes, TrendData};
use crate::config::{Config, ConfigError, Resolved, Theme};
use crate::i18n::{computed, is_count, number, signed_change, Lang};
use crate::json::{Json, Object};
use crate::progress::{assess, english_unit, gap_unit, goal_words, Assessment, Date, Inputs, Quantity};

/// Everything one widget shows.
#[derive(Clone, Debug)]
pub struct Widget {
    pub resolved: Resolved,
    pub assessment: Assessment,
    pub trend: TrendData,
}

/// The public code of a theme.
pub fn theme_code(theme: Theme) -> &'static str {
    match theme {
        Theme::Light => "light",
        Theme::Dark => "dark",
        Theme::Auto => "auto",
    }
}

/// A point of the chart for tooltips and keyboard moves, in CSS pixels.
#[derive(Clone, Debug)]
pub struct Point {
    pub year: i32,
    pub x: f64,
    /// None where the year has no value.
    pub y: Option<f64>,
    /// The tooltip: year, value, target, expected, gap.
    pub label: String,
}

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

/// The progress bar of a level, cumulative or change target: baseline → latest →
/// target, and where the plan expected to be by now. Shares are of the way from the
/// baseline to the target (0 = baseline, 1 = target), not clamped.
#[derive(Clone, Debug)]
pub struct ProgressBar {
    pub share: f64,
    pub expected_share: Option<f64>,
    /// 「基期 2018年 110家」.
    pub start: String,
    /// 「目标 2020年 150家以上」.
    pub end: String,
    /// 「2019年 128家，完成45%」.
    pub now: String,
    /// 「按进度应达 60%」.
    pub expected: Option<String>,
}

/// One source of the figures, for the 数据来源 line.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceLine {
    /// 「鄂州市统计局《2019年统计公报》（2020-04-10发布）」.
    pub text: String,
    pub url: Option<String>,
    pub note: Option<String>,
}

/// The badge of illustrative figures.
pub fn illustrative_words(lang: Lang) -> &'static str {
    crate::i18n::control_word(lang, "illustrative")
}

/// The words of a widget, for the HTML around the chart and for events.
#[derive(Clone, Debug)]
pub struct Summary {
    pub lang: &'static str,
    pub indicator: String,
    pub title: String,
    /// The status code (`on-track`…), the public contract.
    pub status: &'static str,
    pub status_label: &'static str,
    pub explanation: String,
    /// One sentence for the canvas's aria-label: target, latest value, status.
    pub aria_label: String,
    /// 「目标：2018—2020年年均8%以上」.
    pub goal: String,
    pub latest: Option<String>,
    /// The key figure, large: the latest value with its unit (「7.9%」), and what it is
    /// (「2019年增速」).
    pub figure: Option<String>,
    pub figure_label: Option<String>,
    pub ratio: Option<f64>,
    pub quote: String,
    pub plan_title: String,
    pub doc_number: Option<String>,
    pub issuer: String,
    pub section: String,
    /// The measure the clause sits under, 「(一)强力推进工业稳增长」.
    pub measure: Option<String>,
    pub responsible: Vec<String>,
    /// The reading chosen where the text is ambiguous.
    pub note: Option<String>,
    pub theme: &'static str,
    pub elder: bool,
    /// `trend`, `progress` or `table`.
    pub chart: &'static str,
    /// The chart's height in CSS pixels, when the config sets one.
    pub height: Option<f64>,
    /// For level, cumulative and change targets.
    pub progress: Option<ProgressBar>,
    /// The figures are illustrative (示例数据), not official statistics.
    pub illustrative: bool,
    /// The date the status is judged at, `YYYY-MM-DD`.
    pub as_of: String,
    /// Where the figures come from (empty: not stated).
    pub sources: Vec<SourceLine>,
    /// The data source in one line, 「未注明」 when none is given.
    pub source_words: String,
    /// The footnote of flagged values, 「* 2019年：初步核算」.
    pub flag_note: Option<String>,
}

impl Widget {
    /// Parses `config_json` and computes the widget. `today` and `page_lang` are what the
    /// config falls back to without `asOf` and `lang`.
    pub fn from_json(config_json: &str, today: Date, page_lang: Lang) -> Result<Widget, ConfigError> {
        let config = Config::parse(config_json)?;
        Widget::from_config(&config, today, page_lang)
    }

    pub fn from_config(config: &Config, today: Date, page_lang: Lang) -> Result<Widget, ConfigError> {
        match config.resolve(Catalog::builtin(), today, page_lang)? {
            crate::config::Resolution::Target(resolved) => Ok(Widget::of(resolved)),
            crate::config::Resolution::Plan(_) => Err(ConfigError::new("plan", "this config is a whole plan's: open it as a dashboard")),
        }
    }

    /// The widget of a resolved one-target config.
    pub fn of(resolved: Resolved) -> Widget {
        let inputs = Inputs {
            observations: &resolved.actual.values,
            benchmark: Some(&resolved.benchmark.values),
            as_of: resolved.as_of,
        };
        let assessment = assess(&resolved.plan, resolved.target(), inputs);
        let trend = TrendData::of(&resolved, &assessment);
        Widget { resolved, assessment, trend }
    }

    /// The config's `dataUrl`, still to be fetched.
    pub fn data_url(&self) -> Option<&str> {
        self.resolved.data_url.as_deref()
    }

    /// Adds the values a data file brought (see [`Resolved::merge_fetched`]).
    pub fn with_fetched(&self, fetched: &crate::config::Actuals) -> Widget {
        let mut resolved = self.resolved.clone();
        resolved.merge_fetched(fetched);
        Widget::of(resolved)
    }

    pub fn summary(&self) -> Summary {
        let resolved = &self.resolved;
        let lang = resolved.lang;
        let target = resolved.target();
        let plan = &resolved.plan;
        let status = self.assessment.status;
        let deadline = target.deadline.unwrap_or(plan.period.end);
        let start = target.start_year.unwrap_or(plan.period.start);
        let words = goal_words(target, lang);
        let span = if start == deadline {
            lang.pick(&format!("{deadline}年"), &format!("in {deadline}")).to_owned()
        } else {
            lang.pick(&format!("{start}—{deadline}年"), &format!("over {start}–{deadline}")).to_owned()
        };
        let goal = match (target.kind, lang) {
            (TargetKind::AnnualGrowth, Lang::Zh) if start == deadline => format!("{span}增长{words}"),
            (TargetKind::AnnualGrowth, Lang::En) if start == deadline => format!("growth of {words} {span}"),
            (TargetKind::AnnualGrowth, Lang::Zh) => format!("{span}年均增长{words}"),
            (TargetKind::AnnualGrowth, Lang::En) => format!("average annual growth of {words} {span}"),
            (TargetKind::PerYear, Lang::Zh) => format!("{span}每年{words}"),
            (TargetKind::PerYear, Lang::En) => format!("{words} each year {span}"),
            (TargetKind::Cumulative, Lang::Zh) => format!("{span}累计{words}"),
            (TargetKind::Cumulative, Lang::En) => format!("{words} in total {span}"),
            (TargetKind::Relative, Lang::Zh) => format!("{span}{words}"),
            (TargetKind::Relative, Lang::En) => format!("{words} {span}"),
            (TargetKind::Level | TargetKind::Change, Lang::Zh) => format!("到{deadline}年{words}"),
            (TargetKind::Level | TargetKind::Change, Lang::En) => format!("{words} by {deadline}"),
        };
        let unit = self.unit();
        let zh = self.zh_unit();
        let base_year = self.assessment.series.first().map_or(start - 1, |&(year, _)| year);
        let latest = self.assessment.latest.map(|(year, value)| {
            let shown = number(value, 2);
            match (self.assessment.quantity, lang) {
                (Quantity::Value, Lang::Zh) => format!("{year}年{shown}{unit}"),
                (Quantity::Value, Lang::En) => format!("{shown}{unit} in {year}"),
                (Quantity::RunningTotal, Lang::Zh) => format!("截至{year}年累计{shown}{unit}"),
                (Quantity::RunningTotal, Lang::En) => format!("{shown}{unit} in total to {year}"),
                (Quantity::Change, Lang::Zh) => format!("{year}年较{base_year}年{}", signed_change(value, zh, lang)),
                (Quantity::Change, Lang::En) => format!("{} from {base_year} to {year}", signed_change(value, zh, lang)),
                (Quantity::Margin, Lang::Zh) => format!("{year}年比对比值{}", margin_words(value, zh, lang)),
                (Quantity::Margin, Lang::En) => format!("{} vs the benchmark in {year}", margin_words(value, zh, lang)),
            }
        });
        let (figure, figure_label) = match self.assessment.latest {
            Some((year, value)) => {
                let label = match (self.assessment.quantity, lang) {
                    (Quantity::RunningTotal, Lang::Zh) => format!("截至{year}年累计"),
                    (Quantity::RunningTotal, Lang::En) => format!("total to {year}"),
                    (Quantity::Change, Lang::Zh) => format!("{year}年较{base_year}年"),
                    (Quantity::Change, Lang::En) => format!("{base_year}–{year}"),
                    (Quantity::Margin, Lang::Zh) => format!("{year}年比对比值"),
                    (Quantity::Margin, Lang::En) => format!("vs the benchmark in {year}"),
                    (Quantity::Value, Lang::Zh) => format!("{year}年"),
                    (Quantity::Value, Lang::En) => format!("in {year}"),
                };
                // The key figure says when it is not final yet (初步核算, 预计, 修订).
                let label = match (self.resolved.flag_of(year), lang) {
                    (Some(flag), Lang::Zh) => format!("{label}（{}）", flag.words(lang)),
                    (Some(flag), Lang::En) => format!("{label} ({})", flag.words(lang)),
                    (None, _) => label,
                };
                let figure = match self.assessment.quantity {
                    Quantity::Change => signed_change(value, zh, lang),
                    Quantity::Margin => margin_words(value, zh, lang),
                    _ => format!("{}{unit}", number(value, 2)),
                };
                (Some(figure), Some(label))
            }
            None => (None, None),
        };
        let measure = crate::catalog::Catalog::measure(plan, target)
            .map(|measure| format!("{}{}", measure.number.clone().unwrap_or_default(), measure.title));
        let name = lang.pick(&target.name.zh, &target.name.en);
        let aria_label = match (lang, &latest) {
            (Lang::Zh, Some(latest)) => format!("{name}趋势图。目标：{goal}。最新：{latest}。状态：{}。", status.label(lang)),
            (Lang::Zh, None) => format!("{name}趋势图。目标：{goal}。暂无数据。状态：{}。", status.label(lang)),
            (Lang::En, Some(latest)) => format!("{name} trend chart. Target: {goal}. Latest: {latest}. Status: {}.", status.label(lang)),
            (Lang::En, None) => format!("{name} trend chart. Target: {goal}. No data yet. Status: {}.", status.label(lang)),
        };
        Summary {
            lang: lang.tag(),
            indicator: target.id.clone(),
            title: name.to_owned(),
            status: status.code(),
            status_label: status.label(lang),
            explanation: lang.pick(&self.assessment.explanation.zh, &self.assessment.explanation.en).to_owned(),
            aria_label,
            goal,
            latest,
            figure,
            figure_label,
            ratio: self.assessment.ratio,
            quote: target.quote.clone(),
            plan_title: plan.title.clone(),
            doc_number: plan.doc_number.clone(),
            issuer: plan.issuer.clone(),
            section: target.section.clone(),
            measure,
            responsible: target.responsible.clone(),
            note: target.note.as_ref().map(|note| lang.pick(&note.zh, &note.en).to_owned()),
            theme: theme_code(resolved.theme),
            elder: resolved.elder,
            chart: match resolved.chart {
                crate::config::ChartKind::Table => "table",
                crate::config::ChartKind::Progress => "progress",
                crate::config::ChartKind::Auto | crate::config::ChartKind::Trend | crate::config::ChartKind::Dashboard => "trend",
            },
            progress: self.progress_bar(),
            height: resolved.height,
            illustrative: resolved.illustrative,
            as_of: resolved.as_of.to_string(),
            sources: self.sources(),
            source_words: self.source_words(),
            flag_note: self.flag_note(),
        }
    }

    /// The trend chart laid out in a `width` × `height` CSS-pixel box at `scale` device
    /// pixels per CSS pixel. `elder` is 长者模式 (the config's or the page's). `frame`: an
    /// export, with its context drawn around the chart (see [`Widget::framed`]); the
    /// chart keeps its height and the frame adds to it.
    pub fn layout(&self, width: f64, height: f64, scale: f64, elder: bool, frame: bool, measure: &dyn Measure) -> TrendLayout {
        let sizes = Sizes::new(scale, elder);
        if !frame {
            return layout_trend(&self.trend, width, height, sizes, measure);
        }
        let framed = self.framed();
        let first = layout_trend(&framed, width, height, sizes, measure);
        let extra = first.frame_height() / sizes.scale;
        layout_trend(&framed, width, height + extra, sizes, measure)
    }

    /// The chart with what it needs to stand alone wherever it is shared: 示例数据 when
    /// the figures are illustrative; title, status with the key figure, explanation
    /// above; target, the plan and its clause, the data source, flagged values and the
    /// date judged below.
    pub fn framed(&self) -> TrendData {
        let summary = self.summary();
        let lang = self.resolved.lang;
        let mut trend = self.trend.clone();
        trend.labels.badge = summary.illustrative.then(|| illustrative_words(lang).to_owned());
        let figure = match (&summary.figure, &summary.figure_label, lang) {
            (Some(figure), Some(label), Lang::Zh) => format!(" · {label} {figure}"),
            (Some(figure), Some(label), Lang::En) => format!(" · {figure} {label}"),
            _ => String::new(),
        };
        trend.labels.header = vec![summary.title.clone(), format!("{}{figure}", summary.status_label), summary.explanation.clone()];
        let word = |key: &str| format!("{}{}", crate::i18n::control_word(lang, key), crate::i18n::control_word(lang, "colon"));
        let (target, plan, data) = (lang.pick("目标：", "Target: "), word("source"), word("dataSource"));
        let judged = lang.pick("评估日期 ", "Judged as of ");
        let document = match &summary.doc_number {
            Some(number) => format!("《{}》（{number}）", summary.plan_title),
            None => format!("《{}》", summary.plan_title),
        };
        let mut footer = vec![
            format!("{target}{}", summary.goal),
            format!("{plan}{document}“{}”", summary.quote),
            format!("{data}{}", self.source_words()),
        ];
        footer.extend(summary.flag_note.clone());
        footer.push(format!("{judged}{}", summary.as_of));
        trend.labels.footer = footer;
        trend
    }

    /// Where the figures come from, each once: the config's `source`, the data file's,
    /// and the sources a data file names per value (with their years).
    pub fn sources(&self) -> Vec<SourceLine> {
        let lang = self.resolved.lang;
        let mut lines: Vec<SourceLine> = Vec::new();
        for source in self.resolved.source.iter().chain(&self.resolved.data_source) {
            let line = SourceLine {
                text: source.line(lang),
                url: source.url.clone(),
                note: source.note.as_ref().map(|note| lang.pick(&note.zh, &note.en).to_owned()),
            };
            if !lines.contains(&line) {
                lines.push(line);
            }
        }
        let mut by_value: Vec<(String, Vec<i32>)> = Vec::new();
        let relative = self.resolved.target().kind == TargetKind::Relative;
        let marks = self.resolved.actual.marks.iter().chain(self.resolved.benchmark.marks.iter().filter(|_| relative));
        for (&year, mark) in marks {
            let Some(source) = &mark.source else { continue };
            match by_value.iter_mut().find(|(known, _)| known == source) {
                // In order without a sort (a sort is 3 KB of wasm): the years come
                // sorted, the benchmark's after the target's own.
                Some((_, years)) if !years.contains(&year) => years.insert(years.partition_point(|&known| known < year), year),
                Some(_) => {}
                None => by_value.push((source.clone(), vec![year])),
            }
        }
        for (source, years) in by_value {
            let years = years.iter().map(i32::to_string).collect::<Vec<_>>().join(lang.pick("、", ", "));
            let text = match lang {
                Lang::Zh => format!("{source}（{years}年）"),
                Lang::En => format!("{source} ({years})"),
            };
            lines.push(SourceLine { text, url: None, note: None });
        }
        lines
    }

    /// The data source in one line: the sources joined, else 「示例数据，非官方统计」 for
    /// illustrative figures, else 「未注明」 — so that an editor notices.
    pub fn source_words(&self) -> String {
        let lang = self.resolved.lang;
        let lines = self.sources();
        if lines.is_empty() {
            return if self.resolved.illustrative {
                lang.pick("示例数据，非官方统计", "illustrative, not official statistics").to_owned()
            } else {
                lang.pick("未注明", "not stated").to_owned()
            };
        }
        let parts: Vec<String> = lines.iter().map(|line| match &line.url {
            Some(url) => format!("{} {url}", line.text),
            None => line.text.clone(),
        }).collect();
        parts.join(lang.pick("；", "; "))
    }

    /// The footnote of flagged values: 「* 2019年：初步核算；2020年：预计」.
    pub fn flag_note(&self) -> Option<String> {
        let lang = self.resolved.lang;
        let notes: Vec<String> = self
            .trend
            .years
            .iter()
            .zip(&self.trend.flagged)
            .filter(|(_, &flagged)| flagged)
            .filter_map(|(&year, _)| {
                let words = self.resolved.flag_of(year)?.words(lang);
                Some(match lang {
                    Lang::Zh => format!("{year}年：{words}"),
                    Lang::En => format!("{year}: {words}"),
                })
            })
            .collect();
        (!notes.is_empty()).then(|| format!("* {}", notes.join(lang.pick("；", "; "))))
    }

    /// One point per year of the chart, in CSS pixels of `layout`, with the words of its
    /// tooltip: year, value, target, expected, gap.
    pub fn points(&self, layout: &TrendLayout) -> Vec<Point> {
        let lang = self.resolved.lang;
        let scale = layout.sizes.scale;
        let target = goal_words(self.resolved.target(), lang);
        layout
            .slots
            .iter()
            .zip(&self.trend.actual)
            .map(|(slot, value)| {
                let expected = self.assessment.expected.iter().find(|&&(year, _)| year == slot.year).map(|&(_, v)| v);
                let mut parts = vec![match lang {
                    Lang::Zh => format!("{}年", slot.year),
                    Lang::En => slot.year.to_string(),
                }];
                let flag = value.and(self.resolved.flag_of(slot.year));
                parts.push(match (value, flag, lang) {
                    (Some(value), None, Lang::Zh) => format!("{}：{}", self.trend.labels.actual, self.value_text(*value)),
                    (Some(value), None, Lang::En) => format!("{}: {}", self.trend.labels.actual, self.value_text(*value)),
                    (Some(value), Some(flag), Lang::Zh) => format!("{}：{}（{}）", self.trend.labels.actual, self.value_text(*value), flag.words(lang)),
                    (Some(value), Some(flag), Lang::En) => format!("{}: {} ({})", self.trend.labels.actual, self.value_text(*value), flag.words(lang)),
                    (None, _, _) => lang.pick("暂无数据", "no data").to_owned(),
                });
                parts.push(format!("{}{target}", lang.pick("目标：", "target: ")));
                if let Some(expected) = expected {
                    parts.push(format!("{}{}", lang.pick("按进度应达：", "on schedule: "), self.computed_text(expected)));
                    if let Some(value) = value {
                        parts.push(self.gap_text(value - expected));
                    }
                }
                Point {
                    year: slot.year,
                    x: slot.x / scale,
                    y: value.map(|value| layout.y(value) / scale),
                    label: parts.join(lang.pick("，", ", ")),
                }
            })
            .collect()
    }

    /// An observed value of the chart's series with its unit: a change signed in words
    /// (「上升2%」), others as they are (「7.9%」「128家」).
    pub fn value_text(&self, value: f64) -> String {
        match self.assessment.quantity {
            Quantity::Change => signed_change(value, self.zh_unit(), self.resolved.lang),
            _ => format!("{}{}", number(value, 2), self.unit()),
        }
    }

    /// A value the widget computed (on schedule, projected) with its unit: counts whole
    /// and approximate (「约128家」), changes signed.
    pub fn computed_text(&self, value: f64) -> String {
        let lang = self.resolved.lang;
        match self.assessment.quantity {
            Quantity::Change => signed_change(value, self.zh_unit(), lang),
            _ => format!("{}{}", computed(value, self.zh_unit(), lang), self.unit()),
        }
    }

    /// How far a value is from the on-schedule one, in the target's direction: 「领先进度
    /// 0.5个百分点」, "2 家 behind schedule". A gap between two rates is in points.
    fn gap_text(&self, gap: f64) -> String {
        let lang = self.resolved.lang;
        let unit = gap_unit(self.zh_unit());
        let size = if is_count(unit) { computed(gap.abs(), unit, lang) } else { number(gap.abs(), 2) };
        if number(gap.abs(), 2) == "0" {
            return lang.pick("与进度持平", "on schedule").to_owned();
        }
        let ahead = (gap > 0.0) == self.assessment.up;
        match (lang, ahead) {
            (Lang::Zh, true) => format!("领先进度{size}{unit}"),
            (Lang::Zh, false) => format!("落后进度{size}{unit}"),
            (Lang::En, true) => format!("{size}{} ahead of schedule", english_unit(unit)),
            (Lang::En, false) => format!("{size}{} behind schedule", english_unit(unit)),
        }
    }

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

    /// The progress bar, where the target is a level, a running total or a change and
    /// there is a latest value and a way to go.
    pub fn progress_bar(&self) -> Option<ProgressBar> {
        let lang = self.resolved.lang;
        let target = self.resolved.target();
        if !matches!(target.kind, TargetKind::Level | TargetKind::Cumulative | TargetKind::Change) {
            return None;
        }
        let (latest_year, latest) = self.assessment.latest?;
        let goal = match self.assessment.goal {
            crate::progress::Goal::Line(value) => value,
            crate::progress::Goal::Band(low, high) => if target.comparison == crate::catalog::Comparison::AtMost { high } else { low },
            crate::progress::Goal::None => return None,
        };
        let (base_year, base) = match target.kind {
            TargetKind::Cumulative => (target.start_year.unwrap_or(self.resolved.plan.period.start), 0.0),
            TargetKind::Change => (self.assessment.series.first()?.0, 0.0),
            _ => *self.assessment.series.first()?,
        };
        if (goal - base).abs() < 1e-12 {
            return None;
        }
        let share = (latest - base) / (goal - base);
        let expected_value = self.assessment.expected.iter().find(|&&(year, _)| year == latest_year).map(|&(_, v)| v);
        let expected_share = expected_value.map(|value| (value - base) / (goal - base));
        let unit = self.unit();
        let deadline = target.deadline.unwrap_or(self.resolved.plan.period.end);
        let percent = |share: f64| number(share * 100.0, 0);
        let (start_word, base_text) = match target.kind {
            TargetKind::Cumulative => (lang.pick("起点", "Start"), format!("{base_year}{}", lang.pick("年初 0", " 0"))),
            TargetKind::Change => (lang.pick("基期", "Base"), format!("{base_year}{}", lang.pick("年", ""))),
            _ => (lang.pick("基期", "Base"), format!("{base_year}{} {}{unit}", lang.pick("年", ""), number(base, 2))),
        };
        Some(ProgressBar {
            share,
            expected_share,
            start: format!("{start_word} {base_text}"),
            end: format!("{} {deadline}{} {}", lang.pick("目标", "Target"), lang.pick("年", ""), goal_words(target, lang)),
            now: {
                let value = self.value_text(latest);
                // A share below zero is a move away from the target: said in words, never
                // as a negative completion.
                match (lang, share < 0.0) {
                    (Lang::Zh, false) => format!("{latest_year}年 {value}，完成{}%", percent(share)),
                    (Lang::Zh, true) => format!("{latest_year}年 {value}，与目标方向相反"),
                    (Lang::En, false) => format!("{value} in {latest_year}: {}% of the way", percent(share)),
                    (Lang::En, true) => format!("{value} in {latest_year}: the opposite direction to the target"),
                }
            },
            expected: expected_share.map(|share| format!("{}{}%", lang.pick("按进度应达 ", "On schedule: "), percent(share))),
        })
    }

    /// A static fallback for a CMS to put inside `<plan-meter>`: what the widget says, the
    /// chart as inline SVG (`svg`, from the same drawing code), the data table and the
    /// source. Shown while scripts load and where they never run; no scripts, no style
    /// attributes.
    pub fn fallback_html(&self, svg: &str) -> String {
        let summary = self.summary();
        let table = self.table();
        let escape = |text: &str| {
            text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
        };
        let mut html = String::new();
        html.push_str(&format!("<figure class=\"planmeter-fallback\" lang=\"{}\">\n", summary.lang));
        if summary.illustrative {
            html.push_str(&format!("<p><strong>{}</strong></p>\n", illustrative_words(self.resolved.lang)));
        }
        html.push_str(&format!(
            "<figcaption><strong>{}</strong> — {}：{}</figcaption>\n",
            escape(&summary.title),
            escape(summary.status_label),
            escape(&summary.explanation)
        ));
        // Scaled to the container by its viewBox, labelled for screen readers.
        let svg = svg.trim_start_matches(|c| c != '<');
        let opening_end = svg.find('>').unwrap_or(0);
        let (opening, rest) = svg.split_at(opening_end);
        let view_box = opening.split("viewBox=\"").nth(1).and_then(|tail| tail.split('"').next()).unwrap_or("0 0 720 440");
        let labelled = format!(
            "<svg role=\"img\" aria-label=\"{}\" width=\"100%\" viewBox=\"{view_box}\" xmlns=\"http://www.w3.org/2000/svg\"{rest}",
            escape(&summary.aria_label)
        );
        html.push_str(&labelled);
        html.push_str(&format!("\n<table>\n<caption>{}</caption>\n<thead><tr>", escape(&table.caption)));
        for column in &table.columns {
            html.push_str(&format!("<th scope=\"col\">{}</th>", escape(column)));
        }
        html.push_str("</tr></thead>\n<tbody>\n");
        for row in &table.rows {
            html.push_str("<tr>");
            for (index, cell) in row.iter().enumerate() {
                if index == 0 {
                    html.push_str(&format!("<th scope=\"row\">{}</th>", escape(cell)));
                } else {
                    html.push_str(&format!("<td>{}</td>", escape(cell)));
                }
            }
            html.push_str("</tr>\n");
        }
        html.push_str("</tbody>\n</table>\n");
        let lang = self.resolved.lang;
        html.push_str(&format!(
            "<p>{}《{}》{}：“{}”</p>\n",
            lang.pick("来源：", "Source: "),
            escape(&summary.plan_title),
            summary.doc_number.as_deref().map(|number| format!("（{}）", escape(number))).unwrap_or_default(),
            escape(&summary.quote)
        ));
        // What the figures rest on travels with the fallback too.
        html.push_str(&format!("<p>{}{}</p>\n", lang.pick("数据来源：", "Data source: "), escape(&summary.source_words)));
        if let Some(note) = &summary.flag_note {
            html.push_str(&format!("<p>{}</p>\n", escape(note)));
        }
        html.push_str(&format!("<p>{}{}</p>\n</figure>\n", lang.pick("评估日期 ", "Judged as of "), escape(&summary.as_of)));
        html
    }

    /// The unit of what the chart shows, as written after a number in the widget's
    /// language (「家」「%」, " pp", "").
    pub fn unit(&self) -> &str {
        &self.trend.unit
    }

    /// The same unit in Chinese, for the rules that depend on it (counts, 个百分点).
    fn zh_unit(&self) -> &str {
        &self.trend.unit_zh
    }

    /// 「（家）」, " (days)", or nothing: the unit after a column's name.
    fn unit_suffix(&self) -> String {
        match (self.resolved.lang, self.unit().trim()) {
            (_, "") => String::new(),
            (Lang::Zh, unit) => format!("（{unit}）"),
            (Lang::En, unit) => format!(" ({unit})"),
        }
    }

    /// The palette for `dark` (the page decides for `theme: auto`).
    pub fn palette(&self, dark: bool) -> Palette {
        if dark {
            Palette::dark()
        } else {
            Palette::light()
        }
    }
}

/// A margin over a benchmark in words: 「高出0.5个百分点」「低0.3个百分点」, "+0.5 pp".
fn margin_words(value: f64, unit: &str, lang: Lang) -> String {
    let size = number(value.abs(), 2);
    match lang {
        Lang::Zh if size == "0" => "持平".to_owned(),
        Lang::Zh if value > 0.0 => format!("高出{size}{unit}"),
        Lang::Zh => format!("低{size}{unit}"),
        Lang::En => signed_change(value, unit, lang),
    }
}

// ---- To JavaScript: each view as JSON text the loader parses (`JSON.parse`) ---------

impl Point {
    pub fn list_to_json(points: &[Point]) -> Json {
        Json::Array(
            points
                .iter()
                .map(|point| {
                    Object::new().field("year", point.year).field("x", point.x).field("y", point.y).field("label", &point.label).finish()
                })
                .collect(),
        )
    }
}

impl Table {
    pub fn to_json(&self) -> Json {
        let rows: Vec<Json> = self.rows.iter().map(|row| row.clone().into()).collect();
        Object::new().field("caption", &self.caption).field("columns", self.columns.clone()).field("rows", Json::Array(rows)).finish()
    }
}

impl ProgressBar {
    pub fn to_json(&self) -> Json {
        Object::new()
            .field("share", self.share)
            .field("expectedShare", self.expected_share)
            .field("start", &self.start)
            .field("end", &self.end)
            .field("now", &self.now)
            .field("expected", self.expected.as_ref())
            .finish()
    }
}

impl Summary {
    pub fn to_json(&self) -> Json {
        Object::new()
            .field("lang", self.lang)
            .field("indicator", &self.indicator)
            .field("title", &self.title)
            .field("status", self.status)
            .field("statusLabel", self.status_label)
            .field("explanation", &self.explanation)
            .field("ariaLabel", &self.aria_label)
            .field("goal", &self.goal)
            .field("latest", self.latest.as_ref())
            .field("figure", self.figure.as_ref())
            .field("figureLabel", self.figure_label.as_ref())
            .field("ratio", self.ratio)
            .field("quote", &self.quote)
            .field("planTitle", &self.plan_title)
            .field("docNumber", self.doc_number.as_ref())
            .field("issuer", &self.issuer)
            .field("section", &self.section)
            .field("measure", self.measure.as_ref())
            .field("responsible", self.responsible.clone())
            .field("note", self.note.as_ref())
            .field("theme", self.theme)
            .field("elder", self.elder)
            .field("chart", self.chart)
            .field("height", self.height)
            .field("progress", self.progress.as_ref().map_or(Json::Null, ProgressBar::to_json))
            .field("illustrative", self.illustrative)
            .field("asOf", &self.as_of)
            .field(
                "sources",
                Json::Array(
                    self.sources
                        .iter()
                        .map(|line| Object::new().field("text", &line.text).field("url", line.url.as_ref()).field("note", line.note.as_ref()).finish())
                        .collect(),
                ),
            )
            .field("sourceWords", &self.source_words)
            .field("flagNote", self.flag_note.as_ref())
            .finish()
    }
}
