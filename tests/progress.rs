//! Worked examples of the status of 鄂州 "规模以上工业增加值年均增长8%以上" (2018–2020):
//! the yearly growth rates observed, the as-of date, and the status a careful analyst
//! would give. R = compound average of the observed rates ÷ 8.

use planmeter::catalog::Catalog;
use planmeter::progress::{assess, average_growth, Date, Observations, Status};

fn check(observations: &[(i32, f64)], as_of: &str, expect: Status, why: &str) {
    let catalog = Catalog::builtin();
    let (plan, target) = catalog.target("ezhou-2018-2020.value-added-growth").expect("catalog has the target");
    let observations: Observations = observations.iter().copied().collect();
    let as_of: Date = as_of.parse().expect("valid date");
    let assessment = assess(plan, target, &observations, as_of);
    assert_eq!(assessment.status, expect, "{why}: {}", assessment.explanation.zh);
}

#[test]
fn annual_growth_worked_examples() {
    check(&[], "2019-06-30", Status::NoData, "nothing observed yet");
    check(&[(2018, 8.3)], "2019-03-31", Status::OnTrack, "8.3 ≥ 8: R = 1.04");
    check(&[(2018, 8.3), (2019, 7.9)], "2020-03-31", Status::OnTrack, "average 8.1: R = 1.01");
    check(&[(2018, 7.9)], "2019-03-31", Status::OnTrack, "7.9 / 8 = 0.99 ≥ 0.95");
    check(&[(2018, 7.0)], "2019-03-31", Status::NeedsAcceleration, "7 / 8 = 0.875");
    check(&[(2018, 4.0)], "2019-03-31", Status::LimitedProgress, "4 / 8 = 0.5");
    check(&[(2018, -1.5)], "2019-03-31", Status::Deterioration, "output shrank: R < 0");
    check(&[(2018, 8.3), (2019, 8.5), (2020, 8.1)], "2021-03-31", Status::Achieved, "whole period, average 8.3");
    check(&[(2018, 8.3), (2019, 7.9), (2020, 6.1)], "2021-03-31", Status::NotAchieved, "whole period, average 7.4");
    check(&[(2017, 12.0), (2018, 4.0)], "2019-03-31", Status::LimitedProgress, "2017 is before the plan: only 4.0 counts");
}

#[test]
fn explanation_quotes_the_numbers() {
    let catalog = Catalog::builtin();
    let (plan, target) = catalog.target("ezhou-2018-2020.value-added-growth").expect("catalog has the target");
    let observations: Observations = [(2018, 8.3), (2019, 7.9)].into_iter().collect();
    let assessment = assess(plan, target, &observations, Date { year: 2020, month: 3, day: 31 });
    assert_eq!(
        assessment.explanation.zh,
        "2019年规上工业增加值增速7.9%，2018—2019年平均8.1%，高于年均8%的目标，按进度推进。"
    );
    assert_eq!(assessment.expected, vec![(2018, 8.0), (2019, 8.0), (2020, 8.0)]);
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
fn dates_are_checked() {
    for good in ["2020-02-29", "2021-12-31", "1999-01-01"] {
        assert!(good.parse::<Date>().is_ok(), "{good}");
    }
    for bad in ["2021-02-29", "2021-13-01", "2021-1-1", "20210101", "", "2021-00-10", "2021-04-31"] {
        assert!(bad.parse::<Date>().is_err(), "{bad}");
    }
}
