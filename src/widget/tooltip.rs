//! The points of the chart for tooltips and keyboard moves, with the words of each
//! tooltip: year, value, target, on-schedule value and the gap to it.

use crate::chart::layout::TrendLayout;
use crate::i18n::{computed, is_count, number, Lang};
use crate::progress::{english_unit, gap_unit, goal_words};

use super::Widget;

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

impl Widget {
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
}
