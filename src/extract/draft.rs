//! A target found in the text (`Found`) placed in the plan as the catalog's `Target`: its
//! deadline within the plan's period (`3年内` counted from the plan's start), its measure's
//! accountable units, and the reasons for each guess.

use super::items::Item;
use super::names::clean_name;
use super::numbers::digit_value;
use super::outline::MeasureAt;
use super::why;
use crate::catalog::{Bilingual, Period, Review, Target};
use crate::numerals::chinese_digit;

/// A target placed in the plan: its item (what the clause says: unit, kind, comparison,
/// value, …) with where it is, what it is called, and what it is for.
#[derive(Clone, Debug)]
pub(super) struct Found {
    pub(super) item: Item,
    pub(super) span: std::ops::Range<usize>,
    pub(super) quote: String,
    pub(super) name: String,
    pub(super) sub_region: Option<String>,
    pub(super) deadline: Option<i32>,
    pub(super) start_year: Option<i32>,
    pub(super) section: String,
    pub(super) measure: Option<usize>,
    pub(super) confidence: f64,
    pub(super) reasons: Vec<Bilingual>,
}

impl Found {
    /// The catalog target: the `number`-th of plan `plan_id`, its deadline within `period`
    /// (`own_end`, the end of the plan's own period, where the text gives none),
    /// its measure and accountable units from `measures`, and why each was guessed.
    pub(super) fn into_target(self, plan_id: &str, number: usize, period: Period, own_end: i32, measures: &[MeasureAt]) -> Target {
        let mut reasons = self.reasons;
        let mut deadline = self.deadline.filter(|year| (period.start..=period.end).contains(year));
        // `3年内`, `用3年时间`: counted from the plan's first year.
        if let Some(years) = within(&self.quote) {
            let year = period.start + years - 1;
            if (period.start..=period.end).contains(&year) {
                deadline = Some(year);
                reasons.push(why(format!("从规划起始年算«{years}年»：到{year}年"), format!("«{years}年» from the plan's start: by {year}")));
            }
        }
        if deadline.is_none() && own_end == 0 {
            reasons.push(why("全文没有年份：请填写期限和规划期", "the text states no year at all: fill in the deadline and the period"));
        } else if deadline.is_none() {
            reasons.push(why(format!("未写年份：取规划最后一年{own_end}"), format!("no year stated: the plan's last year, {own_end}")));
        }
        let measure = self.measure.map(|index| &measures[index].measure);
        let responsible = measure.map(|m| m.responsible.clone()).unwrap_or_default();
        if responsible.is_empty() {
            reasons.push(why("未找到本条的责任单位", "no «责任单位» (responsible units) found for this clause"));
        }
        let start_year = self.start_year.filter(|year| *year > period.start && Some(*year) <= deadline);
        let mut review_reasons = reasons;
        review_reasons.dedup();
        let item = self.item;
        Target {
            id: format!("{plan_id}.t{number}"),
            name: Bilingual { zh: clean_name(&self.name), en: String::new() },
            quote: self.quote,
            unit: item.unit,
            kind: item.kind,
            comparison: item.comparison,
            value: item.value,
            range: item.range,
            baseline: item.baseline.filter(|b| Some(b.year) < deadline.or(Some(own_end))),
            start_year,
            deadline: deadline.or((own_end > 0).then_some(own_end)),
            sub_region: self.sub_region,
            change_in: item.change_in,
            relative_to: item.relative_to,
            section: self.section,
            measure: measure.map(|m| m.id.clone()),
            responsible,
            note: None,
            review: Some(Review { confidence: (self.confidence * 100.0).round() / 100.0, reasons: review_reasons }),
        }
    }
}

/// `3年内`, `用3年时间`, `三年内` → 3.
fn within(quote: &str) -> Option<i32> {
    for (at, _) in quote.match_indices("年内").chain(quote.match_indices("年时间")) {
        let before = &quote[..at];
        let last = before.chars().next_back()?;
        if let Some(d) = digit_value(last) {
            return Some(d as i32);
        }
        if let Some(d) = chinese_digit(last) {
            return Some(d as i32);
        }
    }
    None
}

