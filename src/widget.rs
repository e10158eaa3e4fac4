//! A widget's whole content, computed from its config: the target, the assessment, the
//! words a citizen reads and the chart. The browser layer and the CLI both start here.


use crate::catalog::Catalog;
use crate::chart::layout::{layout_trend, Measure, TrendLayout};
use crate::catalog::TargetKind;
use crate::chart::{Palette, Sizes, TrendData};
use crate::config::{Config, ConfigError, Resolved, Theme};
use crate::i18n::{number, Lang};
use crate::json::{Json, Object};
use crate::progress::{assess, goal_words, Assessment, Date, Inputs, Quantity};

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
}

impl Widget {
    /// Parses `config_json` and computes the widget. `today` and `page_lang` are what the
    /// config falls back to without `asOf` and `lang`.
    pub fn from_json(config_json: &str, today: Date, page_lang: Lang) -> Result<Widget, ConfigError> {
        let config = Config::parse(config_json)?;
        Widget::from_config(&config, today, page_lang)
    }

    pub fn from_config(config: &Config, today: Date, page_lang: Lang) -> Result<Widget, ConfigError> {
        let resolved = config.resolve(Catalog::builtin(), today, page_lang)?;
        Ok(Widget::of(resolved))
    }

    pub(crate) fn of(resolved: Resolved) -> Widget {
        let inputs = Inputs {
            observations: &resolved.observations,
            benchmark: Some(&resolved.benchmark),
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

    /// Adds the observations fetched from `dataUrl` (JSON of the `actuals` shape, or CSV
    /// with the columns indicator, year, value). Values given inline in `actuals` win
    /// over the file's for the same year.
    pub fn add_fetched_actuals(&mut self, text: &str) -> Result<(), ConfigError> {
        let url = self.data_url().unwrap_or_default().to_owned();
        let actuals = crate::data::parse_data(text).map_err(|problems| {
            let shown: Vec<String> = problems.iter().take(5).map(ToString::to_string).collect();
            let more = problems.len().saturating_sub(5);
            let more = if more > 0 { format!("; and {more} more") } else { String::new() };
            ConfigError::new("dataUrl", format!("{url}: {}{more}", shown.join("; ")))
        })?;
        let indicator = self.resolved.target().id.clone();
        let mut observations = actuals.series;
        if let Some(series) = actuals.by_target.get(&indicator) {
            observations.extend(series);
        }
        observations.extend(&self.resolved.observations);
        let mut resolved = self.resolved.clone();
        resolved.observations = observations;
        resolved.data_url = None;
        *self = Widget::of(resolved);
        Ok(())
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
        let latest = self.assessment.latest.map(|(year, value)| {
            let value = number(value, 2);
            match (self.assessment.quantity, lang) {
                (Quantity::Value, Lang::Zh) => format!("{year}年{value}{unit}"),
                (Quantity::Value, Lang::En) => format!("{value}{unit} in {year}"),
                (Quantity::RunningTotal, Lang::Zh) => format!("截至{year}年累计{value}{unit}"),
                (Quantity::RunningTotal, Lang::En) => format!("{value}{unit} in total to {year}"),
                (Quantity::Change, Lang::Zh) => format!("{year}年较基期变化{value}{unit}"),
                (Quantity::Change, Lang::En) => format!("a change of {value}{unit} by {year}"),
                (Quantity::Margin, Lang::Zh) => format!("{year}年差值{value}{unit}"),
                (Quantity::Margin, Lang::En) => format!("a margin of {value}{unit} in {year}"),
            }
        });
        let (figure, figure_label) = match self.assessment.latest {
            Some((year, value)) => {
                let label = match (self.assessment.quantity, lang) {
                    (Quantity::RunningTotal, Lang::Zh) => format!("截至{year}年累计"),
                    (Quantity::RunningTotal, Lang::En) => format!("total to {year}"),
                    (Quantity::Change, Lang::Zh) => format!("{year}年较基期"),
                    (Quantity::Change, Lang::En) => format!("change by {year}"),
                    (Quantity::Margin, Lang::Zh) => format!("{year}年高出对比值"),
                    (Quantity::Margin, Lang::En) => format!("margin in {year}"),
                    (Quantity::Value, Lang::Zh) => format!("{year}年"),
                    (Quantity::Value, Lang::En) => format!("in {year}"),
                };
                (Some(format!("{}{unit}", number(value, 2))), Some(label))
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
            note: target.note.clone(),
            theme: theme_code(resolved.theme),
            elder: resolved.elder,
            chart: match resolved.chart {
                crate::config::ChartKind::Table => "table",
                crate::config::ChartKind::Progress => "progress",
                crate::config::ChartKind::Auto | crate::config::ChartKind::Trend | crate::config::ChartKind::Dashboard => "trend",
            },
            progress: self.progress_bar(),
            height: resolved.height,
        }
    }

    /// The trend chart laid out in a `width` × `height` CSS-pixel box at `scale` device
    /// pixels per CSS pixel. `elder` is 长者模式 (the config's or the page's); `header`
    /// puts title and status on the chart itself (SVG output).
    pub fn layout(&self, width: f64, height: f64, scale: f64, elder: bool, header: bool, measure: &dyn Measure) -> TrendLayout {
        let sizes = Sizes::new(scale, elder);
        if header {
            layout_trend(&self.trend, width, height, sizes, measure)
        } else {
            let mut trend = self.trend.clone();
            trend.labels.header.clear();
            layout_trend(&trend, width, height, sizes, measure)
        }
    }

    /// One point per year of the chart, in CSS pixels of `layout`, with the words of its
    /// tooltip: year, value, target, expected, gap.
    pub fn points(&self, layout: &TrendLayout) -> Vec<Point> {
        let lang = self.resolved.lang;
        let scale = layout.sizes.scale;
        let unit = self.unit();
        let with_unit = |value: f64| format!("{}{unit}", number(value, 2));
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
                parts.push(match (value, lang) {
                    (Some(value), Lang::Zh) => format!("{}：{}", self.trend.labels.actual, with_unit(*value)),
                    (Some(value), Lang::En) => format!("{}: {}", self.trend.labels.actual, with_unit(*value)),
                    (None, _) => lang.pick("暂无数据", "no data").to_owned(),
                });
                parts.push(format!("{}{target}", lang.pick("目标：", "target: ")));
                if let Some(expected) = expected {
                    parts.push(format!("{}{}", lang.pick("按进度应达：", "on schedule: "), with_unit(expected)));
                    if let Some(value) = value {
                        let gap = value - expected;
                        let sign = if gap > 0.0 { "+" } else { "" };
                        parts.push(format!("{}{sign}{}", lang.pick("差距：", "gap: "), with_unit(gap)));
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

    /// The chart's data as a table: year, value, target, on-schedule value, projection.
    pub fn table(&self) -> Table {
        let lang = self.resolved.lang;
        let unit = self.unit();
        let cell = |value: Option<f64>| value.map_or_else(|| "—".to_owned(), |value| number(value, 2));
        let target = match self.assessment.goal {
            crate::progress::Goal::Line(value) => number(value, 2),
            crate::progress::Goal::Band(low, high) => format!("{}–{}", number(low, 2), number(high, 2)),
            crate::progress::Goal::None => "—".to_owned(),
        };
        let rows = self
            .trend
            .years
            .iter()
            .zip(&self.trend.actual)
            .map(|(&year, &value)| {
                let expected = self.assessment.expected.iter().find(|&&(y, _)| y == year).map(|&(_, v)| v);
                let projection = self.assessment.projection.filter(|&(y, _)| y == year).map(|(_, v)| v);
                vec![year.to_string(), cell(value), target.clone(), cell(expected), cell(projection)]
            })
            .collect();
        let with = |name: &str| if unit.is_empty() { name.to_owned() } else { format!("{name}（{unit}）") };
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

    /// The table as CSV (RFC 4180), for download.
    pub fn csv(&self) -> String {
        let table = self.table();
        let field = |text: &str| {
            if text.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", text.replace('"', "\"\""))
            } else {
                text.to_owned()
            }
        };
        let mut out = String::new();
        for row in std::iter::once(&table.columns).chain(&table.rows) {
            let line: Vec<String> = row.iter().map(|cell| field(if cell == "—" { "" } else { cell })).collect();
            out.push_str(&line.join(","));
            out.push_str("\r\n");
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
            now: match lang {
                Lang::Zh => format!("{latest_year}年 {}{unit}，完成{}%", number(latest, 2), percent(share)),
                Lang::En => format!("{} in {latest_year}: {}% of the way", format_args!("{}{unit}", number(latest, 2)), percent(share)),
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
        html.push_str(&format!(
            "<p>{}《{}》{}：“{}”</p>\n</figure>\n",
            self.resolved.lang.pick("来源：", "Source: "),
            escape(&summary.plan_title),
            summary.doc_number.as_deref().map(|number| format!("（{}）", escape(number))).unwrap_or_default(),
            escape(&summary.quote)
        ));
        html
    }

    /// The unit of what the chart shows, as on its y axis.
    fn unit(&self) -> &str {
        let axis = &self.trend.labels.y_axis;
        axis.rsplit_once('（').map_or("", |(_, unit)| unit.trim_end_matches('）'))
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
            .finish()
    }
}
