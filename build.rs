//! Checks the catalog against the official texts and embeds it, so that a wrong catalog
//! cannot ship: every quote must occur verbatim in `catalog/sources/<plan>.txt`, and every
//! rule of `src/catalog/check.rs` must hold. A failure names the file, the entry and the
//! problem, and stops the build.

#[path = "src/json/mod.rs"]
#[allow(dead_code, unused_imports)]
mod json;

#[path = "src/catalog/schema.rs"]
#[allow(dead_code)]
mod schema;

#[path = "src/catalog/check.rs"]
#[allow(dead_code)]
mod check;

#[path = "src/numerals.rs"]
#[allow(dead_code)]
mod numerals;

#[path = "src/limits.rs"]
#[allow(dead_code)]
mod limits;

#[path = "src/sorted.rs"]
#[allow(dead_code)]
mod sorted;

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let catalog_dir = Path::new("catalog");
    println!("cargo::rerun-if-changed={}", catalog_dir.display());
    println!("cargo::rerun-if-changed=src/catalog/schema.rs");
    println!("cargo::rerun-if-changed=src/catalog/check.rs");
    println!("cargo::rerun-if-changed=src/json");
    println!("cargo::rerun-if-changed=src/numerals.rs");
    println!("cargo::rerun-if-changed=src/limits.rs");
    println!("cargo::rerun-if-changed=src/sorted.rs");

    let mut plan_files: Vec<PathBuf> = fs::read_dir(catalog_dir)
        .expect("catalog/ is readable")
        .map(|entry| entry.expect("catalog/ entry is readable").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "json"))
        .collect();
    plan_files.sort();

    let mut failures = Vec::new();
    let mut plans = Vec::new();
    let mut target_ids = HashSet::new();
    for file in &plan_files {
        println!("cargo::rerun-if-changed={}", file.display());
        let text = fs::read_to_string(file).expect("plan file is readable");
        let plan = match json::parse(&text).and_then(|parsed| schema::Plan::read(&parsed, "")) {
            Ok(plan) => plan,
            Err(error) => {
                failures.push(format!("{}: {error}", file.display()));
                continue;
            }
        };
        let source_text = match &plan.source {
            None => {
                failures.push(format!("{}: source: a catalog plan names its official text", file.display()));
                String::new()
            }
            Some(source) => {
                let source_path = catalog_dir.join("sources").join(source);
                println!("cargo::rerun-if-changed={}", source_path.display());
                fs::read_to_string(&source_path).unwrap_or_else(|error| {
                    failures.push(format!("{}: source: {}: {error}", file.display(), source_path.display()));
                    String::new()
                })
            }
        };
        for problem in check::check_catalog_plan(&plan, &source_text) {
            failures.push(format!("{}: {}", file.display(), describe(&plan, &problem)));
        }
        for target in &plan.targets {
            if !target_ids.insert(target.id.clone()) {
                failures.push(format!("{}: target id `{}` is used by another plan too", file.display(), target.id));
            }
        }
        plans.push(plan);
    }

    if !failures.is_empty() {
        eprintln!("catalog check failed:\n  {}", failures.join("\n  "));
        std::process::exit(1);
    }

    // One compact JSON text per plan, so a widget parses only the plan it shows, and an
    // index of them (`catalog.rs`): which plan holds which target id (every build), and
    // the texts themselves (natively; the web distribution ships them as one file per
    // plan beside the wasm, which the loader fetches). Every field is written (absent
    // ones as null, [] or false), so each text is the plan complete.
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut index = String::from("/// (plan id, its target ids), in id order: which plan holds which target.\npub const PLAN_INDEX: &[(&str, &[&str])] = &[\n");
    let mut texts = String::from("/// The plans as compact JSON, in the order of [`PLAN_INDEX`].\n#[cfg(not(target_arch = \"wasm32\"))]\npub const PLAN_TEXTS: &[&str] = &[\n");
    for (number, plan) in plans.iter().enumerate() {
        let ids: Vec<String> = plan.targets.iter().map(|target| format!("{:?}", target.id)).collect();
        index.push_str(&format!("    ({:?}, &[{}]),\n", plan.id, ids.join(", ")));
        let file = out_dir.join(format!("plan-{number}.json"));
        fs::write(&file, serde_json::to_string(plan).expect("the plan serialises")).expect("OUT_DIR is writable");
        texts.push_str(&format!("    include_str!({:?}),\n", file.display().to_string()));
    }
    index.push_str("];\n");
    texts.push_str("];\n");
    fs::write(out_dir.join("catalog.rs"), index + &texts).expect("OUT_DIR is writable");
}

/// `targets[3] (ezhou-2018-2020.x).quote: …` — the entry's id next to its path.
fn describe(plan: &schema::Plan, problem: &check::Problem) -> String {
    let id = problem
        .path
        .strip_prefix("targets[")
        .and_then(|rest| rest.split(']').next())
        .and_then(|index| index.parse::<usize>().ok())
        .and_then(|index| plan.targets.get(index))
        .map(|target| format!(" ({})", target.id))
        .unwrap_or_default();
    format!("{}{id}: {}", problem.path, problem.message)
}

