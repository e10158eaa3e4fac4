//! The catalog: the five official plans and their quantified targets, as data.
//!
//! The plan files in `catalog/` are checked by `build.rs` against the official texts in
//! `catalog/sources/` and embedded in the binary; [`Catalog::builtin`] reads them once.
//! Plans a page author passes inline use the same [`schema`] and the same [`check`]s.

pub mod check;
pub mod schema;

use std::sync::{Arc, OnceLock};

pub use schema::{Baseline, Bilingual, ChangeIn, Comparison, Measure, Period, Plan, Review, Target, TargetKind};

// `PLAN_INDEX` (which plan holds which target id) and, natively, `PLAN_TEXTS` (the
// checked plans, one compact JSON text each), written by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The whole catalog as one JSON array (natively: the CLI and apps).
#[cfg(not(target_arch = "wasm32"))]
pub fn catalog_json() -> String {
    format!("[{}]", PLAN_TEXTS.join(","))
}

/// A set of plans to look targets up in. Plans are shared (`Arc`): every widget of a
/// plan points at the one copy instead of holding its own (500 widgets of a 49-target
/// plan took 28 MB of wasm memory with copies). The built-in catalog knows every plan's
/// id and target ids; natively it reads each plan's embedded text on first use, in the
/// browser the loader fetches the plan's file and hands it over ([`Catalog::add`]), so
/// the wasm carries no plan a page does not show.
#[derive(Debug, Default)]
pub struct Catalog {
    plans: Vec<Arc<Plan>>,
    /// For the built-in catalog: each plan's id and target ids, and the plan once read.
    builtin: Vec<BuiltinPlan>,
}

/// A built-in plan: its id, its target ids, and the plan once read or added.
#[derive(Debug)]
struct BuiltinPlan {
    id: &'static str,
    target_ids: &'static [&'static str],
    plan: OnceLock<Arc<Plan>>,
}

/// What the catalog knows of a target id.
pub enum Lookup<'a> {
    Found(&'a Arc<Plan>, &'a Target),
    /// A built-in target whose plan has not been handed over yet (in the browser).
    NotLoaded(&'static str),
    Unknown,
}

impl<'a> Lookup<'a> {
    /// The plan and the target, when found.
    pub fn found(self) -> Option<(&'a Arc<Plan>, &'a Target)> {
        match self {
            Lookup::Found(plan, target) => Some((plan, target)),
            Lookup::NotLoaded(_) | Lookup::Unknown => None,
        }
    }
}

impl Catalog {
    /// The plans shipped with planmeter.
    pub fn builtin() -> &'static Catalog {
        static BUILTIN: OnceLock<Catalog> = OnceLock::new();
        BUILTIN.get_or_init(|| Catalog {
            builtin: PLAN_INDEX.iter().map(|&(id, target_ids)| BuiltinPlan { id, target_ids, plan: OnceLock::new() }).collect(),
            ..Catalog::default()
        })
    }

    /// The built-in plan at `index`, once read. Natively its embedded text is read on
    /// first use: build.rs wrote it from a plan it had read with this reader and checked,
    /// so it cannot fail; were it to, the plan would be missing, not a panic.
    fn builtin_plan(&self, index: usize) -> Option<&Arc<Plan>> {
        let entry = &self.builtin[index];
        #[cfg(not(target_arch = "wasm32"))]
        if entry.plan.get().is_none() {
            if let Ok(plan) = crate::json::parse(PLAN_TEXTS[index]).and_then(|json| Plan::read(&json, "")) {
                let _ = entry.plan.set(Arc::new(plan));
            }
        }
        entry.plan.get()
    }

    /// Takes a built-in plan's text, as the web distribution ships it beside the wasm
    /// (checked at build time; the loader verifies its hash). Answers the plan's id; a
    /// plan already there stays as it was.
    pub fn add(&self, text: &str) -> Result<&'static str, crate::json::ConfigError> {
        let plan = Plan::read(&crate::json::parse(text)?, "")?;
        let Some(entry) = self.builtin.iter().find(|entry| entry.id == plan.id) else {
            return Err(crate::json::ConfigError::new("id", format!("`{}` is not a plan of the catalog", crate::json::shorten(&plan.id))));
        };
        if !plan.targets.iter().map(|target| target.id.as_str()).eq(entry.target_ids.iter().copied()) {
            return Err(crate::json::ConfigError::new("targets", format!("the plan `{}` has other targets than the catalog's", entry.id)));
        }
        let _ = entry.plan.set(Arc::new(plan));
        Ok(entry.id)
    }

    pub fn new(plans: Vec<Plan>) -> Catalog {
        Catalog { plans: plans.into_iter().map(Arc::new).collect(), ..Catalog::default() }
    }

    /// Every plan there is to show: an inline catalog's, or the built-in ones read or
    /// added so far.
    pub fn plans(&self) -> Vec<&Arc<Plan>> {
        if self.builtin.is_empty() {
            return self.plans.iter().collect();
        }
        (0..self.builtin.len()).filter_map(|index| self.builtin_plan(index)).collect()
    }

    /// The id of every plan, read or not.
    pub fn plan_ids(&self) -> impl Iterator<Item = &str> {
        self.plans.iter().map(|plan| plan.id.as_str()).chain(self.builtin.iter().map(|entry| entry.id))
    }

    /// The id of every target, its plan read or not.
    pub fn target_ids(&self) -> impl Iterator<Item = &str> {
        let inline = self.plans.iter().flat_map(|plan| plan.targets.iter().map(|target| target.id.as_str()));
        inline.chain(self.builtin.iter().flat_map(|entry| entry.target_ids.iter().copied()))
    }

    /// The plan with this id: `Err` with the id of a built-in plan not handed over yet.
    pub fn plan(&self, id: &str) -> Result<Option<&Arc<Plan>>, &'static str> {
        match self.builtin.iter().position(|entry| entry.id == id) {
            Some(index) => self.builtin_plan(index).map(Some).ok_or(self.builtin[index].id),
            None => Ok(self.plans.iter().find(|plan| plan.id == id)),
        }
    }

    /// The target with this id and the plan it belongs to. A target id starts with its
    /// plan's id and a dot (checked), so only that plan is read.
    pub fn target(&self, id: &str) -> Lookup<'_> {
        let find = |plan: &'_ Arc<Plan>| plan.targets.iter().position(|target| target.id == id);
        if let Some(index) = self.builtin.iter().position(|entry| entry.target_ids.contains(&id)) {
            return match self.builtin_plan(index) {
                Some(plan) => find(plan).map_or(Lookup::Unknown, |at| Lookup::Found(plan, &plan.targets[at])),
                None => Lookup::NotLoaded(self.builtin[index].id),
            };
        }
        self.plans.iter().find_map(|plan| find(plan).map(|at| Lookup::Found(plan, &plan.targets[at]))).unwrap_or(Lookup::Unknown)
    }

    /// The measure a target sits under, if it names one.
    pub fn measure<'a>(plan: &'a Plan, target: &Target) -> Option<&'a Measure> {
        let id = target.measure.as_deref()?;
        plan.measures.iter().find(|measure| measure.id == id)
    }
}
