//! The progress bar of a level, cumulative or change target: baseline → latest →
//! target, and where the plan expected to be by now.

use crate::catalog::TargetKind;
use crate::i18n::{number, Lang};
use crate::progress::goal_words;

use super::Widget;

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

impl Widget {
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
}
