//! A whole plan as a dashboard (`{"plan": "<id>", "actuals": {"<target id>": {…}}}`):
//! one [`Widget`] per target, a tile each, and counts per status.

use crate::json::{Json, Object};

use crate::catalog::Catalog;
use crate::config::{ChartKind, Config, ConfigError, Resolved, ResolvedPlan};
use crate::provenance::Series;
use crate::i18n::Lang;
use crate::progress::{summarize, Date, Status};
use crate::widget::Widget;

/// Every target of one plan, assessed.
#[derive(Clone, Debug)]
pub struct PlanWidget {
    pub widgets: Vec<Widget>,
    title: String,
    id: String,
    lang: Lang,
    theme: crate::config::Theme,
    elder: bool,
    illustrative: bool,
}

/// What the dashboard shows: the plan, counts per status, and one tile per target.
#[derive(Clone, Debug)]
pub struct DashboardView {
    pub plan: String,
    pub title: String,
    pub lang: &'static str,
    pub theme: &'static str,
    pub elder: bool,
    /// The figures are illustrative (示例数据): every tile carries the badge.
    pub illustrative: bool,
    /// Counts per status, in the order of [`Status::ALL`], with the status in words.
    pub counts: Vec<StatusCount>,
    /// The plan's sections, in order, for the filter.
    pub sections: Vec<String>,
    pub tiles: Vec<Tile>,
}

#[derive(Clone, Debug)]
pub struct StatusCount {
    pub status: &'static str,
    pub label: &'static str,
    pub count: usize,
}

/// One target on the dashboard: name, latest against target, status.
#[derive(Clone, Debug)]
pub struct Tile {
    pub id: String,
    pub name: String,
    pub section: String,
    pub sub_region: Option<String>,
    pub status: &'static str,
    pub status_label: &'static str,
    pub figure: Option<String>,
    pub figure_label: Option<String>,
    pub goal: String,
}

impl PlanWidget {
    /// Resolves a whole-plan config. `today` and `page_lang` as for [`Widget`].
    pub fn from_config(config: &Config, today: Date, page_lang: Lang) -> Result<PlanWidget, ConfigError> {
        match config.resolve(Catalog::builtin(), today, page_lang)? {
            crate::config::Resolution::Plan(resolved) => Ok(PlanWidget::of(resolved)),
            crate::config::Resolution::Target(_) => Err(ConfigError::new("", "the config needs `plan` (a plan id)")),
        }
    }

    /// Every target of a resolved plan config, assessed.
    pub fn of(resolved: ResolvedPlan) -> PlanWidget {
        let empty = Series::default();
        let widgets = (0..resolved.plan.targets.len())
            .map(|target_index| {
                let id = &resolved.plan.targets[target_index].id;
                Widget::of(Resolved {
                    plan: resolved.plan.clone(),
                    target_index,
                    actual: resolved.observations.get(id).unwrap_or(&empty).clone(),
                    benchmark: resolved.benchmarks.get(id).unwrap_or(&empty).clone(),
                    data_url: None,
                    source: resolved.source.clone(),
                    data_source: resolved.data_source.clone(),
                    illustrative: resolved.illustrative,
                    chart: ChartKind::Trend,
                    lang: resolved.lang,
                    theme: resolved.theme,
                    elder: resolved.elder,
                    height: resolved.height,
                    as_of: resolved.as_of,
                })
            })
            .collect();
        PlanWidget {
            widgets,
            title: resolved.plan.title.clone(),
            id: resolved.plan.id.clone(),
            lang: resolved.lang,
            theme: resolved.theme,
            elder: resolved.elder,
            illustrative: resolved.illustrative,
        }
    }

    /// The target's widget, for the trend view a tile opens.
    pub fn target(&self, id: &str) -> Option<&Widget> {
        self.widgets.iter().find(|widget| widget.resolved.target().id == id)
    }

    pub fn view(&self) -> DashboardView {
        let lang = self.lang;
        let counts = summarize(self.widgets.iter().map(|widget| widget.assessment.status));
        let mut sections: Vec<String> = Vec::new();
        for widget in &self.widgets {
            let section = &widget.resolved.target().section;
            if !sections.contains(section) {
                sections.push(section.clone());
            }
        }
        let tiles = self
            .widgets
            .iter()
            .map(|widget| {
                let summary = widget.summary();
                let target = widget.resolved.target();
                Tile {
                    id: target.id.clone(),
                    name: summary.title,
                    section: target.section.clone(),
                    sub_region: target.sub_region.clone(),
                    status: summary.status,
                    status_label: summary.status_label,
                    figure: summary.figure,
                    figure_label: summary.figure_label,
                    goal: summary.goal,
                }
            })
            .collect();
        DashboardView {
            plan: self.id.clone(),
            title: self.title.clone(),
            lang: lang.tag(),
            theme: crate::widget::theme_code(self.theme),
            elder: self.elder,
            illustrative: self.illustrative,
            counts: Status::ALL
                .iter()
                .map(|status| StatusCount {
                    status: status.code(),
                    label: status.label(lang),
                    count: counts.get(status.code()).copied().unwrap_or(0),
                })
                .collect(),
            sections,
            tiles,
        }
    }
}

impl DashboardView {
    /// For JavaScript, in camelCase.
    pub fn to_json(&self) -> Json {
        let counts = self.counts.iter().map(|count| {
            Object::new().field("status", count.status).field("label", count.label).field("count", count.count as f64).finish()
        });
        let tiles = self.tiles.iter().map(|tile| {
            Object::new()
                .field("id", &tile.id)
                .field("name", &tile.name)
                .field("section", &tile.section)
                .field("subRegion", tile.sub_region.as_ref())
                .field("status", tile.status)
                .field("statusLabel", tile.status_label)
                .field("figure", tile.figure.as_ref())
                .field("figureLabel", tile.figure_label.as_ref())
                .field("goal", &tile.goal)
                .finish()
        });
        Object::new()
            .field("plan", &self.plan)
            .field("title", &self.title)
            .field("lang", self.lang)
            .field("theme", self.theme)
            .field("elder", self.elder)
            .field("illustrative", self.illustrative)
            .field("counts", Json::Array(counts.collect()))
            .field("sections", self.sections.clone())
            .field("tiles", Json::Array(tiles.collect()))
            .finish()
    }
}
