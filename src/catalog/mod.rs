//! The catalog: the five official plans and their quantified targets, as data.
//!
//! The plan files in `catalog/` are checked by `build.rs` against the official texts in
//! `catalog/sources/` and embedded in the binary; [`Catalog::builtin`] reads them once.
//! Plans a page author passes inline use the same [`schema`] and the same [`check`]s.

pub mod check;
pub mod schema;

use std::sync::{Arc, OnceLock};

pub use schema::{Baseline, Bilingual, ChangeIn, Comparison, Measure, Period, Plan, Review, Target, TargetKind};

// `PLAN_TEXTS`: the checked plans, one compact JSON text each, written by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The whole catalog as one JSON array, for JavaScript (`catalog()`) and apps.
pub fn catalog_json() -> String {
    let texts: Vec<&str> = PLAN_TEXTS.iter().map(|(_, text)| *text).collect();
    format!("[{}]", texts.join(","))
}

/// A set of plans to look targets up in. Plans are shared (`Arc`): every widget of a
/// plan points at the one copy instead of holding its own (500 widgets of a 49-target
/// plan took 28 MB of wasm memory with copies). The built-in catalog reads each plan
/// on first use: a widget parses the plan it shows, not all five (~9 ms of the first
/// widget's time in the browser).
#[derive(Debug, Default)]
pub struct Catalog {
    plans: Vec<Arc<Plan>>,
    /// For the built-in catalog: each plan's text and, once read, the plan.
    lazy: Vec<LazyPlan>,
    all: OnceLock<Vec<Arc<Plan>>>,
}

/// A built-in plan: its id, its JSON text, and the plan once read.
#[derive(Debug)]
struct LazyPlan {
    id: &'static str,
    text: &'static str,
    plan: OnceLock<Option<Arc<Plan>>>,
}

impl Catalog {
    /// The plans shipped with planmeter.
    pub fn builtin() -> &'static Catalog {
        static BUILTIN: OnceLock<Catalog> = OnceLock::new();
        BUILTIN.get_or_init(|| Catalog {
            lazy: PLAN_TEXTS.iter().map(|&(id, text)| LazyPlan { id, text, plan: OnceLock::new() }).collect(),
            ..Catalog::default()
        })
    }

    /// The built-in plan at `index`, read on first use. build.rs wrote its text from a
    /// plan it had read with this reader and checked, so it cannot fail; were it to, the
    /// plan would be missing, not a panic.
    fn lazy_plan(&self, index: usize) -> Option<&Arc<Plan>> {
        let lazy = &self.lazy[index];
        lazy.plan.get_or_init(|| crate::json::parse(lazy.text).and_then(|json| Plan::read(&json, "")).ok().map(Arc::new)).as_ref()
    }

    pub fn new(plans: Vec<Plan>) -> Catalog {
        Catalog { plans: plans.into_iter().map(Arc::new).collect(), ..Catalog::default() }
    }

    /// Every plan (the built-in ones all read).
    pub fn plans(&self) -> &[Arc<Plan>] {
        if self.lazy.is_empty() {
            return &self.plans;
        }
        self.all.get_or_init(|| (0..self.lazy.len()).filter_map(|index| self.lazy_plan(index).cloned()).collect())
    }

    pub fn plan(&self, id: &str) -> Option<&Arc<Plan>> {
        match self.lazy.iter().position(|lazy| lazy.id == id) {
            Some(index) => self.lazy_plan(index),
            None => self.plans.iter().find(|plan| plan.id == id),
        }
    }

    /// The target with this id and the plan it belongs to. A target id starts with its
    /// plan's id and a dot (checked), so only that plan is read.
    pub fn target(&self, id: &str) -> Option<(&Arc<Plan>, &Target)> {
        let find = |plan: &'_ Arc<Plan>| plan.targets.iter().position(|target| target.id == id);
        if !self.lazy.is_empty() {
            let index = self.lazy.iter().position(|lazy| id.strip_prefix(lazy.id).is_some_and(|rest| rest.starts_with('.')))?;
            let plan = self.lazy_plan(index)?;
            return find(plan).map(|at| (plan, &plan.targets[at]));
        }
        self.plans.iter().find_map(|plan| find(plan).map(|at| (plan, &plan.targets[at])))
    }

    pub fn target_ids(&self) -> impl Iterator<Item = &str> {
        self.plans().iter().flat_map(|plan| plan.targets.iter().map(|target| target.id.as_str()))
    }

    /// The measure a target sits under, if it names one.
    pub fn measure<'a>(plan: &'a Plan, target: &Target) -> Option<&'a Measure> {
        let id = target.measure.as_deref()?;
        plan.measures.iter().find(|measure| measure.id == id)
    }
}
