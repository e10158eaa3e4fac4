//! The catalog: every target of the five plans quotes its official text verbatim, checks
//! clean, and renders; a changed quote fails the check and the build, naming the entry.

use std::fs;
use std::path::Path;
use std::process::Command;

use planmeter::catalog::check::check_catalog_plan;
use planmeter::catalog::{Catalog, Plan};
use planmeter::chart::draw::draw_trend;
use planmeter::i18n::Lang;
use planmeter::numerals::chinese_numbers_in;
use planmeter::progress::Date;
use planmeter::widget::Widget;
use plotters_svg::SVGBackend;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Each plan file with its official text.
fn plan_files() -> Vec<(String, Plan, String)> {
    let mut plans = Vec::new();
    for entry in fs::read_dir(Path::new(ROOT).join("catalog")).expect("catalog/") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let json = planmeter::json::parse(&fs::read_to_string(&path).expect("readable")).expect("JSON");
        let plan = Plan::read(&json, "").expect("valid plan");
        let source = plan.source.clone().expect("catalog plans name their source");
        let text = fs::read_to_string(Path::new(ROOT).join("catalog/sources").join(source)).expect("source text");
        plans.push((path.file_name().expect("name").to_string_lossy().into_owned(), plan, text));
    }
    plans.sort_by(|a, b| a.0.cmp(&b.0));
    plans
}

#[test]
fn five_plans_and_well_over_a_hundred_targets() {
    let catalog = Catalog::builtin();
    let ids: Vec<&str> = catalog.plans().iter().map(|plan| plan.id.as_str()).collect();
    assert_eq!(ids, ["ezhou-2018-2020", "hubei-county-2024-2027", "taizhou-2018-2020", "xinyi-2015-2017", "zhumadian-2021"]);
    let targets = catalog.target_ids().count();
    assert!(targets >= 120, "{targets} targets");
    assert!(catalog.plans().iter().all(|plan| !plan.measures.is_empty()));
    assert!(catalog.plan("hubei-county-2024-2027").ok().flatten().is_some_and(|plan| plan.draft), "the Hubei text is a 送审稿");
}

#[test]
fn every_plan_file_checks_clean() {
    for (file, plan, text) in plan_files() {
        let problems = check_catalog_plan(&plan, &text);
        assert!(problems.is_empty(), "{file}: {problems:?}");
    }
}

#[test]
fn changing_one_character_of_any_quote_is_caught() {
    for (file, plan, text) in plan_files() {
        for (index, target) in plan.targets.iter().enumerate() {
            let mut changed = plan.clone();
            let characters: Vec<char> = target.quote.chars().collect();
            let middle = characters.len() / 2;
            let replacement = if characters[middle] == '※' { '★' } else { '※' };
            changed.targets[index].quote =
                characters.iter().enumerate().map(|(i, &c)| if i == middle { replacement } else { c }).collect();
            let problems = check_catalog_plan(&changed, &text);
            assert!(
                problems.iter().any(|p| p.path == format!("targets[{index}].quote") && p.message.contains("verbatim")),
                "{file}: {} with a changed quote passed: {problems:?}",
                target.id
            );
        }
    }
}

#[test]
fn measures_and_responsible_units_quote_the_text() {
    for (file, plan, text) in plan_files() {
        for measure in &plan.measures {
            assert!(text.contains(&measure.title), "{file}: {} title «{}»", measure.id, measure.title);
            assert!(text.contains(&measure.section), "{file}: {} section «{}»", measure.id, measure.section);
            for unit in &measure.responsible {
                assert!(text.contains(unit), "{file}: {} unit «{unit}»", measure.id);
            }
        }
        for target in &plan.targets {
            assert!(text.contains(&target.section), "{file}: {} section «{}»", target.id, target.section);
            for unit in &target.responsible {
                assert!(text.contains(unit), "{file}: {} unit «{unit}»", target.id);
            }
        }
    }
}

#[test]
fn every_target_renders_with_and_without_data() {
    let today = Date { year: 2026, month: 11, day: 22 };
    for plan in Catalog::builtin().plans() {
        for target in &plan.targets {
            let goal = target.value.or(target.range.map(|[low, _]| low)).unwrap_or(1.0);
            let first = target.start_year.unwrap_or(plan.period.start);
            for actuals in [String::new(), format!(r#""{first}": {goal}"#)] {
                let config = format!(r#"{{"indicator": "{}", "actuals": {{{actuals}}}}}"#, target.id);
                let widget = Widget::from_json(&config, today, Lang::Zh).unwrap_or_else(|e| panic!("{}: {e}", target.id));
                let summary = widget.summary();
                assert!(!summary.title.is_empty() && !summary.aria_label.is_empty(), "{}", target.id);
                let layout = widget.layout(480.0, 320.0, 1.0, false, true, &planmeter::chart::layout::Estimate);
                let mut svg = String::new();
                draw_trend(&mut SVGBackend::with_string(&mut svg, (480, 320)), &widget.trend, &layout, &widget.palette(false))
                    .unwrap_or_else(|e| panic!("{}: {e}", target.id));
                assert!(svg.contains("<rect"), "{}", target.id);
            }
        }
    }
}

#[test]
fn chinese_numerals_are_read() {
    let check = |text: &str, expect: f64| {
        let numbers = chinese_numbers_in(text);
        assert!(numbers.iter().any(|n| (n - expect).abs() < 0.01), "{text}: {numbers:?} lacks {expect}");
    };
    check("覆盖面不少于当地规上工业企业的三分之一", 33.33);
    check("培育百亿级产业集群", 100.0);
    check("二十家", 20.0);
    check("三十五个", 35.0);
    check("两千亿", 2000.0);
}

/// The build itself refuses a catalog whose quote is changed, naming file and entry. The
/// crate is copied to a temporary directory with one quote changed and built there.
#[test]
fn the_build_fails_on_a_changed_quote() {
    let work = std::env::temp_dir().join(format!("planmeter-mutated-{}", std::process::id()));
    let _ = fs::remove_dir_all(&work);
    for dir in ["src", "catalog"] {
        copy_dir(&Path::new(ROOT).join(dir), &work.join(dir));
    }
    for file in ["Cargo.toml", "Cargo.lock", "build.rs"] {
        fs::copy(Path::new(ROOT).join(file), work.join(file)).expect("copy");
    }
    let plan_path = work.join("catalog/zhumadian-2021.json");
    let original = fs::read_to_string(&plan_path).expect("plan");
    let mutated = original.replacen("规模以上工业增加值增长8%左右", "规模以上工业增加值增长8％左右", 1);
    assert_ne!(original, mutated, "the quote to change is in the file");
    fs::write(&plan_path, mutated).expect("write");
    let output = Command::new(env!("CARGO"))
        .args(["check", "--lib", "--offline", "--quiet"])
        .current_dir(&work)
        .env("CARGO_TARGET_DIR", Path::new(ROOT).join("target/mutated-catalog"))
        .output()
        .expect("run cargo");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the build passed with a changed quote");
    assert!(
        stderr.contains("catalog/zhumadian-2021.json: targets[0].quote (zhumadian-2021.industrial-value-added-growth): does not occur verbatim"),
        "{stderr}"
    );
    let _ = fs::remove_dir_all(&work);
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read dir") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            fs::copy(&path, &target).expect("copy");
        }
    }
}

/// The web distribution's plan files: `catalog --split` writes each plan as the crate
/// embeds it; the catalog takes such a file back (as the loader hands it to the wasm)
/// only when it is a catalog plan with the catalog's targets.
#[test]
fn plan_files_are_the_catalog_and_nothing_else_is_taken_as_one() {
    let dir = std::env::temp_dir().join(format!("planmeter-split-{}", std::process::id()));
    let output = Command::new(env!("CARGO_BIN_EXE_planmeter")).args(["catalog", "--split"]).arg(&dir).output().expect("run");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let catalog = Catalog::builtin();
    let ids: Vec<&str> = catalog.plan_ids().collect();
    assert_eq!(ids.len(), 5);
    for id in &ids {
        let text = fs::read_to_string(dir.join(format!("{id}.json"))).expect("a file per plan");
        assert_eq!(catalog.add(&text).expect("a catalog plan"), *id);
    }
    let ezhou = fs::read_to_string(dir.join("ezhou-2018-2020.json")).expect("file");
    let renamed = ezhou.replacen("\"id\":\"ezhou-2018-2020\"", "\"id\":\"ezhou-2018-2021\"", 1);
    assert_eq!(catalog.add(&renamed).expect_err("not a catalog plan").to_string(), "id: `ezhou-2018-2021` is not a plan of the catalog");
    let other = ezhou.replacen("ezhou-2018-2020.value-added-growth", "ezhou-2018-2020.value-added", 1);
    assert!(catalog.add(&other).expect_err("other targets").to_string().contains("has other targets than the catalog's"));
    assert!(catalog.add("{").is_err());
    // Every target id is known without reading a plan, for the did-you-mean of a typo.
    assert!(catalog.target_ids().count() >= 120);
}
