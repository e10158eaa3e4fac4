//! The CLI as an editor or a script meets it: exit codes, messages on stderr, what
//! `status`, `validate` and `schema` print, the sizes `render` takes.

use std::process::Command;

const EZHOU: &str = r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"2018": 8.3, "2019": 7.9}, "asOf": "2020-03-31"}"#;

#[test]
fn help_lists_the_subcommands() {
    let output = Command::new(env!("CARGO_BIN_EXE_planmeter")).arg("--help").output().expect("run planmeter");
    let help = String::from_utf8_lossy(&output.stdout);
    for command in ["render", "status", "catalog"] {
        assert!(help.contains(command), "--help lacks {command}: {help}");
    }
}

#[test]
fn bad_config_exits_non_zero_with_the_path() {
    let dir = std::env::temp_dir();
    let path = dir.join(format!("planmeter-bad-{}.json", std::process::id()));
    std::fs::write(&path, r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"2019": "八"}}"#).expect("write");
    let output = Command::new(env!("CARGO_BIN_EXE_planmeter"))
        .args(["status", "--config"])
        .arg(&path)
        .output()
        .expect("run planmeter");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(r#"actuals.2019: invalid type: string "八", expected a number"#), "{stderr}");
}

#[test]
fn status_of_a_whole_plan_counts_each_status() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/taizhou-plan.json");
    let output = Command::new(env!("CARGO_BIN_EXE_planmeter")).args(["status", "--config"]).arg(&path).output().expect("run");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["plan"], "taizhou-2018-2020");
    let targets = json["targets"].as_array().expect("targets");
    assert_eq!(targets.len(), 25);
    let counted: u64 = json["summary"].as_object().expect("summary").values().map(|n| n.as_u64().unwrap_or(0)).sum();
    assert_eq!(counted, 25);
    assert_eq!(json["summary"]["achieved"], 1);
    let days = targets.iter().find(|t| t["id"] == "taizhou-2018-2020.enterprise-issue-resolution-days").expect("row");
    assert_eq!(days["status"], "achieved");
    assert!(days["explanation"]["zh"].as_str().is_some_and(|text| text.contains("5天以内")));
}

/// The JSON Schema shipped as pkg/planmeter.schema.json is generated from the config
/// types; the committed copy must match them (regenerate with `make schema`).
#[test]
fn the_shipped_schema_is_current() {
    let output = Command::new(env!("CARGO_BIN_EXE_planmeter")).arg("schema").output().expect("run planmeter");
    let generated = String::from_utf8(output.stdout).expect("utf-8");
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schema/planmeter.schema.json")).expect("schema/");
    assert!(generated == committed, "schema/planmeter.schema.json is stale: run `make schema`");
    let schema: serde_json::Value = serde_json::from_str(&committed).expect("JSON");
    let fields: Vec<&str> = schema["properties"].as_object().expect("properties").keys().map(String::as_str).collect();
    for field in ["indicator", "plan", "actuals", "dataUrl", "chart", "lang", "theme", "elder", "asOf"] {
        assert!(fields.contains(&field), "the schema lacks `{field}`");
    }
    assert_eq!(schema["additionalProperties"], false, "unknown fields are rejected");
}

#[test]
fn validate_summarises_a_good_config_and_lists_every_problem_of_a_bad_one() {
    let dir = std::env::temp_dir().join(format!("planmeter-validate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let data = dir.join("data.csv");
    std::fs::write(
        &data,
        "indicator,year,value\nezhou-2018-2020.value-added-growth,2018,8.3\nezhou-2018-2020.value-add-growth,2019,7.9\nezhou-2018-2020.value-added-growth,2019,七\n",
    )
    .expect("write");
    let config = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ezhou-growth.json");
    let run = |args: &[&std::ffi::OsStr]| Command::new(env!("CARGO_BIN_EXE_planmeter")).arg("validate").args(args).output().expect("run");
    let good = run(&["--config".as_ref(), config.as_os_str()]);
    assert!(good.status.success());
    assert_eq!(String::from_utf8_lossy(&good.stdout).trim(), "ok: `ezhou-2018-2020.value-added-growth`: 2 values, 2018–2019, status on-track");
    let bad = run(&["--config".as_ref(), config.as_os_str(), "--data".as_ref(), data.as_os_str()]);
    assert_eq!(bad.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(stderr.contains("2 problems:"), "{stderr}");
    assert!(stderr.contains("row 4: the value `七` is not a number"), "{stderr}");
    assert!(stderr.contains("unknown indicator `ezhou-2018-2020.value-add-growth`; did you mean `ezhou-2018-2020.value-added-growth`?"), "{stderr}");
}

#[test]
fn sizes_out_of_range_are_refused_with_the_range() {
    let dir = std::env::temp_dir();
    let path = dir.join(format!("planmeter-size-{}.json", std::process::id()));
    std::fs::write(&path, EZHOU).expect("write");
    for (flag, value) in [("--width", "4294967295"), ("--width", "1e12"), ("--height", "inf"), ("--height", "NaN"), ("--width", "0")] {
        let output = Command::new(env!("CARGO_BIN_EXE_planmeter")).args(["render", "--config"]).arg(&path).args([flag, value]).output().expect("run planmeter");
        assert_eq!(output.status.code(), Some(1), "{flag} {value}");
        let message = String::from_utf8_lossy(&output.stderr);
        assert!(message.contains("is outside 120–4000 (CSS pixels)") && !message.contains("panicked"), "{flag} {value}: {message}");
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn render_writes_the_svg_or_the_html_fallback() {
    let path = std::env::temp_dir().join(format!("planmeter-render-{}.json", std::process::id()));
    std::fs::write(&path, EZHOU).expect("write");
    for (format, start) in [("svg", "<svg"), ("html", "<figure class=\"planmeter-fallback\"")] {
        let output = Command::new(env!("CARGO_BIN_EXE_planmeter")).args(["render", "--format", format, "--config"]).arg(&path).output().expect("run");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        assert!(String::from_utf8_lossy(&output.stdout).starts_with(start), "--format {format}");
    }
}

#[test]
fn validate_reads_data_as_people_have_it_and_says_whose_rows_they_are() {
    let dir = std::env::temp_dir().join(format!("planmeter-validate-shapes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let run = |config: &str, data: &str| {
        let path = dir.join("data.tsv");
        std::fs::write(&path, data).expect("write");
        Command::new(env!("CARGO_BIN_EXE_planmeter")).arg("validate").arg("--config").arg(examples.join(config)).arg("--data").arg(&path).output().expect("run")
    };
    // Pasted from a spreadsheet into a file: tabs, Chinese headers, 2019年, 7.9%.
    let pasted = run("ezhou-growth.json", "年份\t数值\t标注\r\n2018年\t8.3%\t\r\n2019年\t７．９%\t初步核算\r\n");
    assert!(pasted.status.success(), "{}", String::from_utf8_lossy(&pasted.stderr));
    assert!(String::from_utf8_lossy(&pasted.stdout).contains("data.tsv: 2 values for 1 indicators"), "{}", String::from_utf8_lossy(&pasted.stdout));
    // One number or two cells: asked, with the row.
    let split = run("ezhou-growth.json", "year,value\n2018,1,234\n");
    assert_eq!(split.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&split.stderr).contains("row 2: `1,234`: one number or two cells?"), "{}", String::from_utf8_lossy(&split.stderr));
    // Rows for another target only, for a target's config: which ones, and the near id.
    let others = run("ezhou-growth.json", "指标,年份,数值\nezhou-2018-2020.value-add-growth,2019,7.9\n");
    assert_eq!(others.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&others.stderr).contains("no row is for `ezhou-2018-2020.value-added-growth`"), "{}", String::from_utf8_lossy(&others.stderr));
    // A whole plan's config with rows that name no target.
    let plain = run("taizhou-plan.json", "年份,数值\n2019,7.9\n");
    assert_eq!(plain.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&plain.stderr).contains("figures without an indicator column are one target's"), "{}", String::from_utf8_lossy(&plain.stderr));
}
