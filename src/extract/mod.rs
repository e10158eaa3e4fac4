//! Draft targets from a plan's plain text (`planmeter extract`, the configurator's
//! "paste a plan" tab): rule-based, deterministic, no I/O, no model.
//!
//! The text is read the way a person reads these plans: headings (`一、`, `(一)`, `1.`)
//! give the section and the measure, `(责任单位:…)` the accountable units; sentences
//! split into clauses at `,` `;` `。`, clauses into items at `、` when each item states
//! its own number. In each item a number with a unit (`20家`, `8%`, `1.0万千瓦`, `3-5家`,
//! `三分之一`, `一次`) or a number word (`全覆盖`, `零的突破`) is a candidate; the words
//! around it decide whether it is a target or only describes one (`5亿元以上项目20个`:
//! the 5亿元 says which projects, the 20个 is the target), and what kind of target it
//! is (`年均增长` → annual growth, `每年` → per year, `达到` → a level, `新增` → summed
//! over the period, `提高…个百分点` → a change, `高于…平均` → relative). Subsidies
//! (`给予…万元奖励`), thresholds (`…万元以上的企业`), names (`“双百行动”`, `5G`),
//! ordinals, dates and past figures are not targets — nor is a plan's account of its
//! past (`发展基础` sections, `“十三五”期间…`, sentences after `…以来` or a past year).
//!
//! Text arrives as pasted: page chrome, CRLF, no line breaks at all (headings are then
//! found mid-line), or PDF text broken mid-sentence (read through by `Unwrapped`, whose
//! offsets map each quote back to the input, breaks included).
//!
//! Never invents: every quote is a slice of the input (`Draft::spans` gives its byte
//! range), every number is one the quote states. What is guessed is said in each
//! target's `review.reasons`, with a confidence.
//!
//! The stages, in reading order, one module each: `fold` reads traditional characters,
//! full-width digits and look-alikes as the characters meant, in place; `unwrap` takes out the soft line breaks
//! of text copied from a PDF; `meta` reads what the text says about the plan (title,
//! issuer, region, dates, period); `outline` reads the headings (sections, measures, their
//! 责任单位); `table` reads tables of indicators flattened to text; `sentence` reads the body paragraph by paragraph and sentence by sentence,
//! each sentence's year and whether it looks back, and splits it into clauses; `numbers`
//! finds the numbers with units in a clause; `items` decides which of them are targets and
//! of what kind, with `names` for their subjects and names; `draft` places each target
//! found in the plan. `words` holds every word list they read by, `text` the small helpers
//! on characters and lines.

pub mod bulletin;
mod draft;
mod fold;
mod items;
mod meta;
mod names;
mod numbers;
mod outline;
mod sentence;
mod table;
mod text;
mod unwrap;
mod words;

use crate::catalog::{Bilingual, Period, Plan};
use fold::Folded;
use meta::Meta;
use sentence::Reader;
use unwrap::Unwrapped;
use words::DRAFT_WORDS;

/// A reason for a guess, in both languages: the paste tab shows the page's.
fn why(zh: impl Into<String>, en: impl Into<String>) -> Bilingual {
    Bilingual { zh: zh.into(), en: en.into() }
}

/// What [`extract`] found: a draft plan and, for each target, the byte range of its quote
/// in the input.
#[derive(Clone, Debug)]
pub struct Draft {
    pub plan: Plan,
    pub spans: Vec<std::ops::Range<usize>>,
}

/// Reads `text` (a plan as copied from a portal page, page chrome included) and drafts a
/// plan with id `id` (a slug; the target ids are `<id>.t1`, `<id>.t2`, …).
pub fn extract(text: &str, id: &str) -> Draft {
    // Read with traditional characters as simplified, full-width digits as ASCII and
    // look-alike characters as the ones meant, each in its place.
    let folded = Folded::of(text);
    let meta = Meta::read(&folded.text);
    // Text copied from a PDF breaks lines mid-sentence (`年均增\n长8%`): read it with
    // those breaks taken out, and take each quote from the input as it is.
    let unwrapped = Unwrapped::of(&folded.text);
    let reader = Reader { text: &unwrapped.text, id, meta: &meta, found: Vec::new(), named_years: Vec::new() };
    let (measures, mut found) = reader.read();
    for item in &mut found {
        item.span = folded.input_offset(unwrapped.start(item.span.start))..folded.input_offset(unwrapped.end(item.span.end));
        item.quote = text[item.span.clone()].to_owned();
    }
    // Tables of indicators flattened to text, read on their own lines.
    for mut item in table::read(&folded.text) {
        item.span = folded.input_offset(item.span.start)..folded.input_offset(item.span.end);
        if found.iter().any(|other| other.span.start < item.span.end && item.span.start < other.span.end && other.item.value == item.item.value) {
            continue;
        }
        item.quote = text[item.span.clone()].to_owned();
        found.push(item);
    }
    found.sort_by_key(|item| item.span.start);

    // The plan's period: the one the text states, else the years its goals are due, else
    // the document's year, else the latest year it names. Never a year the text does not
    // give: a text naming none gets 0–0, which the checks ask the editor to fill in.
    let own = meta.period.unwrap_or_else(|| {
        let years = found.iter().flat_map(|f| [f.deadline, f.start_year]).flatten().chain(meta.year);
        let (low, high) = years.fold((i32::MAX, i32::MIN), |(l, h), y| (l.min(y), h.max(y)));
        if low <= high {
            Period { start: meta.year.unwrap_or(low).min(low), end: high }
        } else {
            let latest = sentence::years_with_positions(&folded.text).into_iter().map(|(_, year, end)| end.unwrap_or(year)).max().unwrap_or(0);
            Period { start: latest, end: latest }
        }
    });
    // A goal due outside the period (`为到2035年…翻一番` in a plan for 2026–2030, another
    // city's `到2020年…` in a news report) keeps its year; the period is widened to hold
    // it, while goals without a year of their own are due at the end of the plan's own.
    let stated = || found.iter().filter_map(|f| f.deadline);
    let period = Period { start: own.start.min(stated().min().unwrap_or(own.start)), end: own.end.max(stated().max().unwrap_or(own.end)) };
    let mut targets = Vec::new();
    let mut spans = Vec::new();
    for (index, found) in found.into_iter().enumerate() {
        spans.push(found.span.clone());
        targets.push(found.into_target(id, index + 1, period, own.end, &measures));
    }
    let plan = Plan {
        id: id.to_owned(),
        region: Bilingual { zh: meta.region.clone().unwrap_or_default(), en: String::new() },
        title: meta.title.clone().unwrap_or_default(),
        title_en: String::new(),
        period,
        issuer: meta.issuer.clone().unwrap_or_default(),
        doc_number: meta.doc_number.clone(),
        date: meta.date.clone().or_else(|| meta.published.clone()).unwrap_or_default(),
        published: meta.published.clone().filter(|p| Some(p) != meta.date.as_ref()),
        draft: meta.title.as_deref().is_some_and(|t| DRAFT_WORDS.iter().any(|w| t.contains(w))),
        source: None,
        measures: measures.into_iter().map(|m| m.measure).collect(),
        targets,
    };
    Draft { plan, spans }
}
