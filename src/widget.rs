//! A widget's whole content, computed from its config: the target, the assessment, the
//! words a citizen reads and the chart. The browser layer and the CLI both start here.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::chart::layout::{layout_trend, TrendLayout};
use crate::catalog::TargetKind;
use crate::chart::{Palette, Sizes, TrendData};
use crate::config::{parse_json, Actuals, Config, ConfigError, Resolved, Theme};
use crate::i18n::{number, Lang};
use crate::progress::{assess, goal_words, Assessment, Date, Inputs, Quantity};

/// Everything one widget shows.
#[derive(Clone, Debug)]
pub struct Widget {
    pub resolved: Resolved,
    pub assessment: Assessment,
    pub trend: TrendData,
}

/// The words of a widget, for the HTML around the chart and for events.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
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
    pub ratio: Option<f64>,
    pub quote: String,
    pub plan_title: String,
    pub doc_number: Option<String>,
    pub responsible: Vec<String>,
    pub theme: &'static str,
    pub elder: bool,
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

    fn of(resolved: Resolved) -> Widget {
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

    /// Adds the observations fetched from `dataUrl` (JSON text of the `actuals` shape).
    /// Values given inline in `actuals` win over the file's for the same year.
    pub fn add_fetched_actuals(&mut self, json: &str) -> Result<(), ConfigError> {
        let url = self.data_url().unwrap_or_default().to_owned();
        let in_file = |error: ConfigError| {
            let at = if error.path.is_empty() { String::new() } else { format!(" at {}", error.path) };
            ConfigError::new("dataUrl", format!("{url}{at}: {}", error.message))
        };
        let actuals: Actuals = parse_json(json).map_err(in_file)?;
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
        let goal = match (target.kind, lang) {
            (TargetKind::AnnualGrowth, Lang::Zh) => format!("{start}—{deadline}年年均增长{words}"),
            (TargetKind::AnnualGrowth, Lang::En) => format!("average annual growth of {words} over {start}–{deadline}"),
            (TargetKind::PerYear, Lang::Zh) => format!("{start}—{deadline}年每年{words}"),
            (TargetKind::PerYear, Lang::En) => format!("{words} each year of {start}–{deadline}"),
            (TargetKind::Cumulative, Lang::Zh) => format!("{start}—{deadline}年累计{words}"),
            (TargetKind::Cumulative, Lang::En) => format!("{words} in total over {start}–{deadline}"),
            (TargetKind::Relative, Lang::Zh) => format!("{start}—{deadline}年{words}"),
            (TargetKind::Relative, Lang::En) => format!("{words} over {start}–{deadline}"),
            (TargetKind::Level | TargetKind::Change, Lang::Zh) => format!("到{deadline}年{words}"),
            (TargetKind::Level | TargetKind::Change, Lang::En) => format!("{words} by {deadline}"),
        };
        let unit = &self.trend.labels.y_axis;
        let unit = unit.rsplit_once('（').map_or("", |(_, unit)| unit.trim_end_matches('）'));
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
            ratio: self.assessment.ratio,
            quote: target.quote.clone(),
            plan_title: plan.title.clone(),
            doc_number: plan.doc_number.clone(),
            responsible: target.responsible.clone(),
            theme: match resolved.theme {
                Theme::Light => "light",
                Theme::Dark => "dark",
                Theme::Auto => "auto",
            },
            elder: resolved.elder,
        }
    }

    /// The trend chart laid out in a `width` × `height` CSS-pixel box at `scale` device
    /// pixels per CSS pixel. `header` puts title and status on the chart itself.
    pub fn layout(&self, width: f64, height: f64, scale: f64, header: bool) -> TrendLayout {
        let sizes = Sizes::new(scale, self.resolved.elder);
        if header {
            layout_trend(&self.trend, width, height, sizes)
        } else {
            let mut trend = self.trend.clone();
            trend.labels.header.clear();
            layout_trend(&trend, width, height, sizes)
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
