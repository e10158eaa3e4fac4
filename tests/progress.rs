//! The building blocks of the progress method: dates, thresholds, the compound average,
//! the explanation's numbers. The worked examples live in docs/methodology.md.

use planmeter::catalog::Catalog;
use planmeter::progress::{assess, average_growth, summarize, Date, Inputs, Observations, Status};

#[test]
fn explanation_quotes_the_numbers() {
    let catalog = Catalog::builtin();
    let (plan, target) = catalog.target("ezhou-2018-2020.value-added-growth").found().expect("catalog has the target");
    let observations: Observations = [(2018, 8.3), (2019, 7.9)].into_iter().collect();
    let inputs = Inputs { observations: &observations, benchmark: None, as_of: Date { year: 2020, month: 3, day: 31 } };
    let assessment = assess(plan, target, inputs);
    assert_eq!(assessment.explanation.zh, "2019年规上工业增加值增速7.9%，2018—2019年平均8.1%，高于年均8%的目标，按进度推进。");
    assert_eq!(assessment.expected, vec![(2018, 8.0), (2019, 8.0), (2020, 8.0)]);
}

#[test]
fn behind_on_growth_says_what_the_remaining_years_need() {
    let catalog = Catalog::builtin();
    let (plan, target) = catalog.target("ezhou-2018-2020.value-added-growth").found().expect("target");
    let observations: Observations = [(2018, 7.0)].into_iter().collect();
    let inputs = Inputs { observations: &observations, benchmark: None, as_of: Date { year: 2019, month: 3, day: 31 } };
    let assessment = assess(plan, target, inputs);
    assert!(assessment.explanation.zh.contains("余下年份需年均增长8.5%"), "{}", assessment.explanation.zh);
}

#[test]
fn compound_average_growth() {
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    assert!(close(average_growth([10.0, 10.0].into_iter()), 10.0));
    assert!(close(average_growth([21.0, 0.0].into_iter()), 10.0));
    assert!(average_growth(std::iter::empty()).is_nan());
    // A fall of 100% or more has no compound average: the plain mean stands in.
    assert!(close(average_growth([-100.0, 20.0].into_iter()), -40.0));
}

#[test]
fn status_thresholds() {
    for (ratio, expect) in [
        (1.2, Status::OnTrack),
        (0.95, Status::OnTrack),
        (0.949, Status::NeedsAcceleration),
        (0.6, Status::NeedsAcceleration),
        (0.599, Status::LimitedProgress),
        (0.0, Status::LimitedProgress),
        (-0.01, Status::Deterioration),
    ] {
        assert_eq!(Status::from_ratio(ratio), expect, "R = {ratio}");
    }
}

#[test]
fn summary_counts_every_status() {
    let counts = summarize([Status::OnTrack, Status::OnTrack, Status::NoData].into_iter());
    assert_eq!(counts.len(), 7);
    assert_eq!(counts["on-track"], 2);
    assert_eq!(counts["no-data"], 1);
    assert_eq!(counts["achieved"], 0);
}

#[test]
fn dates_are_checked() {
    for good in ["2020-02-29", "2021-12-31", "1999-01-01"] {
        assert!(good.parse::<Date>().is_ok(), "{good}");
    }
    for bad in ["2021-02-29", "2021-13-01", "2021-1-1", "20210101", "", "2021-00-10", "2021-04-31"] {
        assert!(bad.parse::<Date>().is_err(), "{bad}");
    }
}
