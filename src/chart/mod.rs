//! Charts as data, then pixels: [`TrendData`] says what a trend chart shows,
//! [`layout`] places it in a pixel box, [`draw`] paints the layout on any plotters
//! `DrawingBackend` — a canvas in the browser, SVG natively.

pub mod draw;
pub mod layout;

use crate::catalog::{ChangeIn, TargetKind};
use crate::config::Resolved;
pub use crate::progress::Goal;
use crate::progress::{goal_words, Assessment, Quantity};

/// What a trend chart shows: the plan's years, the observations, the target.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendData {
    /// Every year on the x axis, in order.
    pub years: Vec<i32>,
    /// The observation for each of `years`, if any.
    pub actual: Vec<Option<f64>>,
    /// Bars (rates, per-year values) or a line (levels).
    pub bars: bool,
    /// The target as a line or a band.
    pub target: Goal,
    /// The on-schedule value per year, drawn dashed when it differs from the target line.
    pub expected: Vec<(i32, f64)>,
    /// Where the observed pace leads: from the latest point to the deadline, dotted
    /// (lines only; a bar chart's projection is in the table).
    pub projection: Option<((i32, f64), (i32, f64))>,
    /// The 左右 tolerance around the target line, drawn as a light band.
    pub tolerance: Option<(f64, f64)>,
    pub deadline: i32,
    /// For each of `years`: the value is flagged (初步核算, 预计, 修订), drawn hollow and
    /// labelled with an asterisk.
    pub flagged: Vec<bool>,
    /// The values are a change and carry their sign (+2, -1.5).
    pub signed: bool,
    /// The unit counts whole things (家, 个 …): the axis steps by whole numbers.
    pub whole: bool,
    /// The unit of the values, in Chinese (家, %, 个百分点).
    pub unit_zh: String,
    /// The unit as written after a number in the widget's language: 「家」「%」, "%",
    /// " pp", "" (an English number needs no classifier).
    pub unit: String,
    pub labels: Labels,
}

impl TrendData {
    /// Whether the on-schedule path is drawn: not where it is the target line itself.
    pub fn shows_expected(&self) -> bool {
        match self.target {
            Goal::Line(goal) => !self.expected.iter().all(|&(_, value)| (value - goal).abs() < 1e-9),
            _ => !self.expected.is_empty(),
        }
    }
}

/// The words drawn on the canvas, in the widget's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Labels {
    /// Above the y axis: what is measured and the unit, 「增速（%）」.
    pub y_axis: String,
    /// Under the x axis: 「年份」.
    pub x_axis: String,
    pub actual: String,
    /// 「目标 8%以上」.
    pub target: String,
    pub deadline: String,
    pub expected: String,
    pub projection: String,
    pub no_data: String,
    /// Title and status lines, drawn only where no HTML carries them (an export: the PNG
    /// a reader downloads, the SVG of `planmeter render`).
    pub header: Vec<String>,
    /// 「示例数据」 in a box above the title, in an export of illustrative figures.
    pub badge: Option<String>,
    /// Target, the plan and its clause, the data source, flags, the date judged: under
    /// the chart in an export, so that it cites its sources wherever it is shared.
    pub footer: Vec<String>,
}

impl TrendData {
    /// The trend chart of a resolved config: what its assessment judges, per year.
    pub fn of(resolved: &Resolved, assessment: &Assessment) -> TrendData {
        let target = resolved.target();
        let lang = resolved.lang;
        let period = resolved.plan.period;
        let deadline = target.deadline.unwrap_or(period.end);
        let start = target.start_year.unwrap_or(period.start);
        let years_seen = assessment.series.iter().chain(&assessment.expected).map(|&(year, _)| year);
        let first = years_seen.clone().min().map_or(start, |year| year.min(start)).max(deadline - 15);
        let last = years_seen.max().map_or(deadline, |year| year.max(deadline));
        let years: Vec<i32> = (first..=last).collect();
        let flagged = years.iter().map(|year| assessment.series.iter().any(|&(y, _)| y == *year) && resolved.flag_of(*year).is_some()).collect();
        let actual = years
            .iter()
            .map(|year| assessment.series.iter().find(|&&(y, _)| y == *year).map(|&(_, value)| value))
            .collect();
        let name = lang.pick(&target.name.zh, &target.name.en);
        let unit_zh = match (assessment.quantity, target.change_in) {
            (Quantity::Change, Some(ChangeIn::Percent)) => "%",
            (Quantity::Change | Quantity::Margin, _) => crate::progress::gap_unit(&target.unit),
            _ => target.unit.as_str(),
        };
        let unit = match lang {
            crate::i18n::Lang::Zh => unit_zh.to_owned(),
            crate::i18n::Lang::En => crate::progress::english_unit(unit_zh),
        };
        let (y_axis, actual_label) = match (assessment.quantity, target.kind) {
            (Quantity::Value, TargetKind::AnnualGrowth) => (lang.pick("增速", "Growth").to_owned(), lang.pick("实际增速", "Actual")),
            (Quantity::Value, _) => (name.to_owned(), lang.pick("实际值", "Actual")),
            (Quantity::RunningTotal, _) => (lang.pick("累计", "Running total").to_owned(), lang.pick("累计值", "Running total")),
            (Quantity::Change, _) => (lang.pick("较基期变化", "Change from base").to_owned(), lang.pick("变化", "Change")),
            (Quantity::Margin, _) => (lang.pick("与对比值之差", "Margin over benchmark").to_owned(), lang.pick("差值", "Margin")),
        };
        let bars = matches!(
            (assessment.quantity, target.kind),
            (Quantity::Value, TargetKind::AnnualGrowth | TargetKind::PerYear) | (Quantity::Margin, _)
        );
        TrendData {
            years,
            actual,
            bars,
            target: assessment.goal,
            expected: assessment.expected.clone(),
            projection: match (assessment.latest, assessment.projection, bars) {
                (Some(latest), Some(projection), false) if projection.0 > latest.0 => Some((latest, projection)),
                _ => None,
            },
            tolerance: match (assessment.goal, target.comparison) {
                (Goal::Line(value), crate::catalog::Comparison::About) => {
                    let slack = crate::progress::tolerance(target, value);
                    Some((value - slack, value + slack))
                }
                _ => None,
            },
            deadline,
            flagged,
            signed: assessment.quantity == Quantity::Change,
            whole: crate::i18n::is_count(unit_zh),
            unit_zh: unit_zh.to_owned(),
            unit: unit.clone(),
            labels: Labels {
                y_axis: match (lang, unit.trim()) {
                    (_, "") => y_axis,
                    (crate::i18n::Lang::Zh, unit) => format!("{y_axis}（{unit}）"),
                    (crate::i18n::Lang::En, unit) => format!("{y_axis} ({unit})"),
                },
                x_axis: lang.pick("年份", "Year").to_owned(),
                actual: actual_label.to_owned(),
                target: format!("{} {}", lang.pick("目标", "Target"), goal_words(target, lang)),
                deadline: format!("{}{deadline}", lang.pick("期限 ", "Deadline ")),
                expected: lang.pick("按进度应达", "On schedule").to_owned(),
                projection: lang.pick("按当前速度", "At current pace").to_owned(),
                no_data: lang.pick("暂无", "n/a").to_owned(),
                header: Vec::new(),
                badge: None,
                footer: Vec::new(),
            },
        }
    }
}

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The colours of a chart. Blue and vermillion from the Okabe–Ito palette, which stays
/// distinct for the common colour-vision deficiencies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub background: Rgb,
    pub text: Rgb,
    pub muted: Rgb,
    pub grid: Rgb,
    pub axis: Rgb,
    pub actual: Rgb,
    pub target: Rgb,
    pub expected: Rgb,
}

impl Palette {
    pub fn light() -> Palette {
        Palette {
            background: Rgb(255, 255, 255),
            text: Rgb(26, 32, 44),
            muted: Rgb(85, 94, 108),
            grid: Rgb(226, 230, 236),
            axis: Rgb(110, 118, 130),
            actual: Rgb(0, 114, 178),
            target: Rgb(200, 70, 0),
            expected: Rgb(100, 100, 100),
        }
    }

    pub fn dark() -> Palette {
        Palette {
            background: Rgb(24, 28, 36),
            text: Rgb(236, 239, 244),
            muted: Rgb(176, 184, 196),
            grid: Rgb(58, 64, 76),
            axis: Rgb(150, 158, 170),
            actual: Rgb(86, 180, 233),
            target: Rgb(240, 150, 60),
            expected: Rgb(190, 190, 190),
        }
    }
}

/// How big things are drawn, in CSS pixels; `scale` turns them into device pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    /// Device pixels per CSS pixel (the page's devicePixelRatio).
    pub scale: f64,
    pub text: f64,
    pub small_text: f64,
    pub line: f64,
    /// The SVG backend shrinks font sizes by 1.24; the canvas does not.
    pub font_factor: f64,
    /// 长者模式: larger text, thicker lines, fewer gridlines.
    pub elder: bool,
}

impl Sizes {
    pub fn new(scale: f64, elder: bool) -> Sizes {
        let scale = if scale.is_finite() && scale > 0.0 { scale.min(4.0) } else { 1.0 };
        Sizes {
            scale,
            text: if elder { 20.0 } else { 13.0 },
            small_text: if elder { 18.0 } else { 12.0 },
            line: if elder { 3.5 } else { 2.0 },
            font_factor: 1.0,
            elder,
        }
    }
}

/// The chart's height in CSS pixels when the config sets none: it follows the width
/// (0.56 of it), within 240–400 px (320–480 in 长者模式). The widget and the CLI alike.
pub fn default_height(width: f64, elder: bool) -> f64 {
    let (low, high) = if elder { (320.0, 480.0) } else { (240.0, 400.0) };
    within(width * 0.56, low, high).round()
}

/// Fonts that carry Chinese on the common systems; browsers already have one of them.
pub const FONT_FAMILY: &str = "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

/// `value` limited to `low..=high` (`high` wins if they cross). Not `f64::clamp`: its
/// assertion message formats floats, which alone pulls ~30 KB of float printing into
/// the wasm.
pub fn within(value: f64, low: f64, high: f64) -> f64 {
    if value < low {
        low.min(high)
    } else if value > high {
        high
    } else {
        value
    }
}
