//! docs/methodology.md's worked examples are the tests of the method: every row of its
//! table is assessed here and must get the status and the R the page says.

use planmeter::catalog::Catalog;
use planmeter::progress::{assess, Date, Inputs, Observations, Status};

/// `2018: 8.3, 2019: 7.9` as observations.
fn series(cell: &str) -> Observations {
    cell.split(',')
        .filter(|pair| !pair.trim().is_empty())
        .map(|pair| {
            let (year, value) = pair.split_once(':').unwrap_or_else(|| panic!("`{pair}` is not `year: value`"));
            (year.trim().parse().expect("year"), value.trim().parse().expect("value"))
        })
        .collect()
}

#[test]
fn every_worked_example_in_the_methodology_holds() {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/methodology.md")).expect("docs/methodology.md");
    let catalog = Catalog::builtin();
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in page.lines().filter(|line| line.starts_with("| ") && line.split('|').nth(1).is_some_and(|c| c.trim().parse::<u32>().is_ok())) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let [_, number, id, observations, benchmark, as_of, status, ratio, why, _] = cells[..] else {
            panic!("a worked example has 8 columns: {line}");
        };
        let (plan, target) = catalog.target(id).found().unwrap_or_else(|| panic!("example {number}: no target `{id}`"));
        let observations = series(observations);
        let benchmark = series(benchmark);
        let as_of: Date = as_of.parse().expect("as-of date");
        let inputs = Inputs { observations: &observations, benchmark: Some(&benchmark), as_of };
        let assessment = assess(plan, target, inputs);
        let expected = Status::ALL.into_iter().find(|s| s.code() == status).unwrap_or_else(|| panic!("example {number}: status `{status}`"));
        let got_ratio = assessment.ratio.map_or("—".to_owned(), |r| format!("{r:.2}"));
        if assessment.status != expected || got_ratio != ratio {
            failures.push(format!(
                "example {number} ({why}): expected {status} R {ratio}, got {} R {got_ratio} — {}",
                assessment.status.code(),
                assessment.explanation.zh
            ));
        }
        checked += 1;
    }
    assert!(checked >= 50, "only {checked} worked examples found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_kind_of_target_has_a_worked_example() {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/methodology.md")).expect("page");
    let catalog = Catalog::builtin();
    let kinds: std::collections::HashSet<_> = catalog
        .plans()
        .iter()
        .flat_map(|plan| &plan.targets)
        .filter(|target| page.contains(&format!("| {} |", target.id)))
        .map(|target| (target.kind, target.comparison))
        .collect();
    for plan in catalog.plans() {
        for target in &plan.targets {
            assert!(
                kinds.contains(&(target.kind, target.comparison)),
                "no worked example for {:?} / {:?} (e.g. {})",
                target.kind,
                target.comparison,
                target.id
            );
        }
    }
}
