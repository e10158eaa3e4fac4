//! The words of a widget: the status and its explanation, the goal, the latest value and
//! the key figure, the plan it comes from, where the figures come from and which are
//! flagged.

use crate::catalog::TargetKind;
use crate::i18n::{number, signed_change, Lang};
use crate::progress::{goal_words, Quantity};

use super::{theme_code, ProgressBar, Widget};

/// One source of the figures, for the 数据来源 line.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceLine {
    /// 「鄂州市统计局《2019年统计公报》（2020-04-10发布）」.
    pub text: String,
    pub url: Option<String>,
    pub note: Option<String>,
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
