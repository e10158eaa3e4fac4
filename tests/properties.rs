//! Properties of the progress method over random inputs (proptest): it never panics,
//! a bigger latest value never makes an at-least target's status worse, a verdict
//! (achieved, not achieved) needs the deadline year's value, and a pace status after the
//! deadline says what is missing.

use proptest::prelude::*;

use planmeter::catalog::{Baseline, Bilingual, ChangeIn, Comparison, Period, Plan, Target, TargetKind};
use planmeter::progress::{assess, Date, Inputs, Observations, Status};

const KINDS: [TargetKind; 6] = [
    TargetKind::AnnualGrowth,
    TargetKind::Level,
    TargetKind::PerYear,
    TargetKind::Cumulative,
    TargetKind::Change,
    TargetKind::Relative,
];
const COMPARISONS: [Comparison; 5] =
    [Comparison::AtLeast, Comparison::AtMost, Comparison::About, Comparison::Range, Comparison::Exactly];

fn plan_with(target: Target) -> Plan {
    Plan {
        id: "p".into(),
        region: Bilingual { zh: "某市".into(), en: "A city".into() },
        title: "方案".into(),
        title_en: "Plan".into(),
        period: Period { start: 2018, end: 2020 },
        issuer: "某市人民政府".into(),
        doc_number: None,
        date: "2018-01-01".into(),
        published: None,
        draft: false,
        source: None,
        measures: Vec::new(),
        targets: vec![target],
    }
}

fn target(kind: TargetKind, comparison: Comparison, value: f64, unit: &str, baseline: Option<Baseline>) -> Target {
    let ranged = comparison == Comparison::Range;
    Target {
        id: "p.t".into(),
        name: Bilingual { zh: "指标".into(), en: "Indicator".into() },
        quote: "原文".into(),
        unit: unit.into(),
        kind,
        comparison,
        value: (!ranged).then_some(value),
        range: ranged.then_some([value, value.abs() * 1.5 + 1.0]),
        baseline,
        start_year: None,
        deadline: Some(2020),
        change_in: (kind == TargetKind::Change).then_some(ChangeIn::Points),
        relative_to: None,
        sub_region: None,
        section: "一、目标".into(),
        measure: None,
        responsible: Vec::new(),
        note: None,
        review: None,
    }
}

fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1e6..1e6f64,
        -200.0..200.0f64,
        Just(0.0),
        Just(-100.0),
        Just(f64::MAX / 4.0),
        Just(f64::MIN_POSITIVE),
        Just(1e-300),
    ]
}

fn observations() -> impl Strategy<Value = Observations> {
    prop::collection::btree_map(2010..2030i32, value(), 0..8).prop_map(|map| map.into_iter().collect())
}

fn any_target() -> impl Strategy<Value = Target> {
    (0..6usize, 0..5usize, value(), prop::option::of((2010..2022i32, value())), prop::bool::ANY).prop_map(
        |(kind, comparison, goal, baseline, percent)| {
            let baseline = baseline.map(|(year, value)| Baseline { year, value });
            target(KINDS[kind], COMPARISONS[comparison], goal, if percent { "%" } else { "家" }, baseline)
        },
    )
}

fn date() -> impl Strategy<Value = Date> {
    (2010..2030i32, 1..=12u32, 1..=28u32).prop_map(|(year, month, day)| Date { year, month, day })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_always_explains(target in any_target(), observations in observations(), benchmark in observations(), as_of in date()) {
        let plan = plan_with(target.clone());
        let assessment = assess(&plan, &target, Inputs { observations: &observations, benchmark: Some(&benchmark), as_of });
        prop_assert!(!assessment.explanation.zh.is_empty() && !assessment.explanation.en.is_empty());
        prop_assert!(assessment.ratio.is_none_or(f64::is_finite), "ratio not finite: {:?}", assessment);
    }

    #[test]
    fn a_bigger_latest_value_never_makes_an_at_least_target_worse(
        kind in prop::sample::select(vec![TargetKind::AnnualGrowth, TargetKind::Level, TargetKind::PerYear, TargetKind::Cumulative, TargetKind::Change, TargetKind::Relative]),
        goal in 0.5..200.0f64,
        earlier in prop::collection::btree_map(2017..2019i32, 0.0..300.0f64, 1..3),
        latest in 0.0..300.0f64,
        more in 0.0..100.0f64,
        as_of in date(),
    ) {
        let target = target(kind, Comparison::AtLeast, goal, "家", None);
        let plan = plan_with(target.clone());
        let benchmark: Observations = (2017..=2020).map(|year| (year, 1.0)).collect();
        let status_with = |latest: f64| {
            let mut observations: Observations = earlier.clone().into_iter().collect();
            observations.insert(2019, latest);
            assess(&plan, &target, Inputs { observations: &observations, benchmark: Some(&benchmark), as_of }).status
        };
        let (lower, higher) = (status_with(latest), status_with(latest + more));
        prop_assert!(higher.rank() >= lower.rank(), "{:?} at {} but {:?} at {}", lower, latest, higher, latest + more);
    }

    #[test]
    fn a_verdict_needs_the_deadline_years_value(target in any_target(), observations in observations(), benchmark in observations(), as_of in date()) {
        // Achieved or not achieved only with 2020's value and 2020 over — except a level,
        // running total or change already reached, which is achieved early.
        let plan = plan_with(target.clone());
        let assessment = assess(&plan, &target, Inputs { observations: &observations, benchmark: Some(&benchmark), as_of });
        let final_in = observations.contains_key(&2020) && as_of.year > 2020;
        let early = matches!(target.kind, TargetKind::Level | TargetKind::Cumulative | TargetKind::Change);
        match assessment.status {
            Status::NotAchieved => prop_assert!(final_in, "not achieved without 2020: {:?}", assessment),
            Status::Achieved => prop_assert!(final_in || early, "achieved without 2020: {:?}", assessment),
            _ => {}
        }
    }

    #[test]
    fn past_the_deadline_a_missing_final_year_is_named(target in any_target(), observations in observations(), benchmark in observations(), year in 2021..2040i32) {
        let plan = plan_with(target.clone());
        let as_of = Date { year, month: 1, day: 1 };
        let assessment = assess(&plan, &target, Inputs { observations: &observations, benchmark: Some(&benchmark), as_of });
        if !matches!(assessment.status, Status::Achieved | Status::NotAchieved | Status::NoData) {
            prop_assert!(
                assessment.explanation.zh.contains("2020年数据尚未发布") || assessment.explanation.zh.contains("缺"),
                "a pace status after the deadline that does not say what is missing: {}", assessment.explanation.zh
            );
            prop_assert!(assessment.explanation.en.contains("2020") , "{}", assessment.explanation.en);
        }
    }
}
