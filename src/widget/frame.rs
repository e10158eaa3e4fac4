//! The chart for an export: laid out with its frame, and the frame itself — the context
//! drawn around the chart so that it stands alone wherever it is shared.

use crate::chart::layout::{layout_trend, Measure, TrendLayout};
use crate::chart::{Sizes, TrendData};
use crate::i18n::Lang;

use super::{illustrative_words, Widget};

impl Widget {
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
}
