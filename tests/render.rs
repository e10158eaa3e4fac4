//! The chart drawn natively to SVG by the same drawing code the browser uses.

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

fn render(config: &str, extra: &[&str]) -> String {
    let dir = std::env::temp_dir().join(format!("planmeter-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    // Tests run in parallel: each call writes its own file.
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let config_path = dir.join(format!("config-{}.json", CALLS.fetch_add(1, Ordering::Relaxed)));
    std::fs::write(&config_path, config).expect("write config");
    let output = Command::new(env!("CARGO_BIN_EXE_planmeter"))
        .args(["render", "--config"])
        .arg(&config_path)
        .args(extra)
        .output()
        .expect("run planmeter");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("utf-8 svg")
}

/// The text of every `<text>` element, trimmed.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text").skip(1).filter_map(|rest| {
        let start = rest.find('>')? + 1;
        let end = rest.find("</text>")?;
        Some(rest[start..end].trim().to_owned())
    }).collect()
}

const EZHOU: &str = r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"2018": 8.3, "2019": 7.9}, "asOf": "2020-03-31"}"#;

#[test]
fn svg_has_chinese_labels_title_and_status() {
    let svg = render(EZHOU, &[]);
    assert!(svg.starts_with("<svg"), "not an SVG: {}", &svg[..60.min(svg.len())]);
    let texts = texts(&svg);
    for text in ["规上工业增加值增速", "按进度推进 · 2019年 7.9%", "增速（%）", "年份", "目标 8%以上", "实际增速", "期限 2020", "2018", "2019", "2020", "8.3", "7.9", "暂无"] {
        assert!(texts.iter().any(|t| t == text), "SVG lacks the text {text:?}: {texts:?}");
    }
}

#[test]
fn svg_carries_its_context_below_the_chart() {
    // Target, the plan and its clause, the data source (未注明 when none), the date.
    let plain = texts(&render(EZHOU, &["--width", "1200"])).join("\n");
    for text in ["目标：2018—2020年年均增长8%以上", "来源：《鄂州市工业经济稳增长快转型高质量发展工作方案", "“规模以上工业增加值年均增长8%以上", "数据来源：未注明", "评估日期 2020-03-31"] {
        assert!(plain.contains(text), "SVG lacks {text:?}: {plain}");
    }
    assert!(!plain.contains("示例数据"), "no badge without `illustrative`: {plain}");
    let sourced = r#"{"indicator": "ezhou-2018-2020.value-added-growth", "illustrative": true, "asOf": "2020-03-31",
        "source": {"name": "鄂州市统计局《2019年统计公报》", "published": "2020-04-10"},
        "actuals": {"2018": 8.3, "2019": {"value": 7.9, "flag": "preliminary"}}}"#;
    let framed = texts(&render(sourced, &["--width", "1200"])).join("\n");
    for text in ["示例数据", "数据来源：鄂州市统计局《2019年统计公报》（2020-04-10发布）", "* 2019年：初步核算", "7.9*"] {
        assert!(framed.contains(text), "SVG lacks {text:?}: {framed}");
    }
}

#[test]
fn svg_draws_one_bar_per_observed_year() {
    let svg = render(EZHOU, &[]);
    // The bar colour (Okabe–Ito blue) fills the legend swatch and one bar per year.
    let bars = svg.matches(r##"fill="#0072B2" stroke="none""##).count();
    assert_eq!(bars, 3, "legend swatch + 2 bars");
    let svg = render(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"2018": 8.3, "2019": 7.9, "2020": 6.1}}"#,
        &[],
    );
    assert_eq!(svg.matches(r##"fill="#0072B2" stroke="none""##).count(), 4);
    assert!(!texts(&svg).iter().any(|t| t == "暂无"));
}

#[test]
fn size_follows_the_arguments() {
    // The chart keeps the height asked for; title and sources add to it.
    let svg = render(EZHOU, &["--width", "320", "--height", "300"]);
    let height: f64 = svg.split("height=\"").nth(1).and_then(|rest| rest.split('"').next()).and_then(|h| h.parse().ok()).expect("height");
    assert!(svg.contains(r#"width="320""#) && height > 400.0, "{}", &svg[..120]);
}

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
fn html_fallback_carries_words_chart_table_and_source() {
    let html = render(EZHOU, &["--format", "html"]);
    assert!(html.starts_with("<figure class=\"planmeter-fallback\" lang=\"zh-CN\">"), "{}", &html[..80]);
    for part in [
        "<figcaption><strong>规上工业增加值增速</strong> — 按进度推进：",
        "<svg role=\"img\" aria-label=\"规上工业增加值增速趋势图。",
        // 720 wide, and 400 high: the height follows the width as in the browser.
        "width=\"100%\" viewBox=\"0 0 720 400\"",
        "<caption>规上工业增加值增速：各年数据</caption>",
        "<tr><th scope=\"row\">2019</th><td>7.9</td>",
        "“规模以上工业增加值年均增长8%以上”</p>",
    ] {
        assert!(html.contains(part), "fallback lacks {part:?}");
    }
    assert!(!html.contains("<script") && !html.contains("style="), "no scripts, no style attributes");
    // The title is text in the figcaption, not drawn again in the SVG.
    assert_eq!(html.matches("规上工业增加值增速</").count(), 1);
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
