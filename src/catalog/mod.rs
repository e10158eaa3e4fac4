//! The catalog: the five official plans and their quantified targets, as data.
//!
//! The plan files in `catalog/` are checked by `build.rs` against the official texts in
//! `catalog/sources/` and embedded in the binary; [`Catalog::builtin`] reads them once.
//! Plans a page author passes inline use the same [`schema`] and the same [`check`]s.

pub mod check;
pub mod schema;

use std::sync::{Arc, OnceLock};

pub use schema::{Baseline, Bilingual, ChangeIn, Comparison, Measure, Period, Plan, Target, TargetKind};

/// The checked catalog as one compact JSON array, written by `build.rs` and read once
/// with the same reader as inline plans (and handed to JavaScript as it is). Its gzip
/// size equals a postcard encoding's (22.8 vs 22.7 KB), and it needs no second decoder.
pub const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.json"));

/// A set of plans to look targets up in. Plans are shared (`Arc`): every widget of a
/// plan points at the one copy instead of holding its own (500 widgets of a 49-target
/// plan took 28 MB of wasm memory with copies).
#[derive(Debug, Default)]
pub struct Catalog {
    plans: Vec<Arc<Plan>>,
}

impl Catalog {
    /// The plans shipped with planmeter.
    pub fn builtin() -> &'static Catalog {
        static BUILTIN: OnceLock<Catalog> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            // build.rs wrote this text from plans it had read with this reader and checked,
            // so it cannot fail; an empty catalog is the total fallback all the same.
            let plans = crate::json::parse(EMBEDDED_JSON).and_then(|json| Plan::read_all(&json, "")).unwrap_or_default();
            Catalog::new(plans)
        })
    }

    pub fn new(plans: Vec<Plan>) -> Catalog {
        Catalog { plans: plans.into_iter().map(Arc::new).collect() }
    }

    pub fn plans(&self) -> &[Arc<Plan>] {
        &self.plans
    }

    pub fn plan(&self, id: &str) -> Option<&Arc<Plan>> {
        self.plans.iter().find(|plan| plan.id == id)
    }

    /// The target with this id and the plan it belongs to.
    pub fn target(&self, id: &str) -> Option<(&Arc<Plan>, &Target)> {
        self.plans.iter().find_map(|plan| {
            let target = plan.targets.iter().find(|target| target.id == id)?;
            Some((plan, target))
        })
    }

    pub fn target_ids(&self) -> impl Iterator<Item = &str> {
        self.plans.iter().flat_map(|plan| plan.targets.iter().map(|target| target.id.as_str()))
    }

    /// The measure a target sits under, if it names one.
    pub fn measure<'a>(plan: &'a Plan, target: &Target) -> Option<&'a Measure> {
        let id = target.measure.as_deref()?;
        plan.measures.iter().find(|measure| measure.id == id)
    }
}
