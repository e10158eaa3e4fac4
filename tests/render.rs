//! The chart drawn natively to SVG by the same layout and drawing code the browser uses,
//! in-process: what it says (its texts), and what it looks like (snapshots).
//!
//! A snapshot test compares the SVG with `tests/snapshots/<name>.svg`. After a change
//! that is meant to alter the drawing, look at the new pictures and accept them with
//! `UPDATE_SNAPSHOTS=1 cargo test --test render`; a missing file is written the same way.

use planmeter::i18n::Lang;
use planmeter::progress::Date;
use planmeter::render::{render, Format};
use planmeter::widget::Widget;

const TODAY: Date = Date { year: 2020, month: 3, day: 31 };

/// `config` drawn at `width` CSS pixels, as `planmeter render` draws it.
fn draw(config: &str, width: f64, format: Format) -> String {
    let widget = Widget::from_json(config, TODAY, Lang::Zh).unwrap_or_else(|error| panic!("{error}: {config}"));
    render(&widget, width, None, format).expect("drawn")
}

/// The SVG of `config` at `width` must be `tests/snapshots/<name>.svg`.
fn check(name: &str, config: &str, width: f64) {
    let svg = draw(config, width, Format::Svg);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(format!("{name}.svg"));
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if svg == expected {
        return;
    }
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("tests/snapshots/");
        std::fs::write(&path, &svg).expect("written");
        return;
    }
    let first = svg.lines().zip(expected.lines()).position(|(new, old)| new != old).unwrap_or(0);
    panic!(
        "{name}: the drawing changed (first at line {}: {:?}); if it is meant to, look at it and run `UPDATE_SNAPSHOTS=1 cargo test --test render`",
        first + 1,
        svg.lines().nth(first).unwrap_or("")
    );
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

const SOURCED: &str = r#"{"indicator": "ezhou-2018-2020.value-added-growth", "illustrative": true, "asOf": "2020-03-31",
    "source": {"name": "鄂州市统计局《2019年统计公报》", "published": "2020-04-10"},
    "actuals": {"2018": 8.3, "2019": {"value": 7.9, "flag": "preliminary"}}}"#;

#[test]
fn snapshots_of_each_kind_of_chart() {
    check("growth", EZHOU, 720.0);
    check("growth-narrow-english", r#"{"indicator": "ezhou-2018-2020.value-added-growth", "lang": "en", "actuals": {"2018": 8.3, "2019": 7.9}, "asOf": "2020-03-31"}"#, 320.0);
    check("growth-elder", r#"{"indicator": "ezhou-2018-2020.value-added-growth", "elder": true, "actuals": {"2018": 8.3, "2019": 7.9}, "asOf": "2020-03-31"}"#, 720.0);
    check("sourced-illustrative-flagged", SOURCED, 1200.0);
    check("level", r#"{"indicator": "ezhou-2018-2020.above-size-enterprises-upgraded", "actuals": {"2018": 40, "2019": 75}, "asOf": "2020-03-31"}"#, 720.0);
    check("cumulative-range", r#"{"indicator": "ezhou-2018-2020.producer-service-enterprises-2020", "actuals": {"2018": 3, "2019": 4, "2020": 2}, "asOf": "2021-03-31"}"#, 720.0);
    check("change-about-down", r#"{"indicator": "zhumadian-2021.energy-intensity-manufacturing", "actuals": {"2020": 1.0, "2021": 0.96}, "asOf": "2022-03-31"}"#, 720.0);
    check("per-year", r#"{"indicator": "ezhou-2018-2020.new-above-size-enterprises-per-year", "actuals": {"2018": 24, "2019": 17}, "asOf": "2020-03-31"}"#, 720.0);
    check("relative", r#"{"indicator": "taizhou-2018-2020.output-growth-vs-city-average", "actuals": {"2018": 9.1, "2019": 8.0}, "benchmark": {"2018": 7.5, "2019": 7.6}, "asOf": "2020-03-31"}"#, 720.0);
    check("no-data", r#"{"indicator": "ezhou-2018-2020.value-added-growth", "asOf": "2020-03-31"}"#, 720.0);
}

#[test]
fn svg_has_chinese_labels_title_and_status() {
    let svg = draw(EZHOU, 720.0, Format::Svg);
    assert!(svg.starts_with("<svg"), "not an SVG: {}", &svg[..60.min(svg.len())]);
    let texts = texts(&svg);
    for text in ["规上工业增加值增速", "按进度推进 · 2019年 7.9%", "增速（%）", "年份", "目标 8%以上", "实际增速", "期限 2020", "2018", "2019", "2020", "8.3", "7.9", "暂无"] {
        assert!(texts.iter().any(|t| t == text), "SVG lacks the text {text:?}: {texts:?}");
    }
}

#[test]
fn svg_carries_its_context_below_the_chart() {
    // Target, the plan and its clause, the data source (未注明 when none), the date.
    let plain = texts(&draw(EZHOU, 1200.0, Format::Svg)).join("\n");
    for text in ["目标：2018—2020年年均增长8%以上", "来源：《鄂州市工业经济稳增长快转型高质量发展工作方案", "“规模以上工业增加值年均增长8%以上", "数据来源：未注明", "评估日期 2020-03-31"] {
        assert!(plain.contains(text), "SVG lacks {text:?}: {plain}");
    }
    assert!(!plain.contains("示例数据"), "no badge without `illustrative`: {plain}");
    let framed = texts(&draw(SOURCED, 1200.0, Format::Svg)).join("\n");
    for text in ["示例数据", "数据来源：鄂州市统计局《2019年统计公报》（2020-04-10发布）", "* 2019年：初步核算", "7.9*"] {
        assert!(framed.contains(text), "SVG lacks {text:?}: {framed}");
    }
}

#[test]
fn svg_draws_one_bar_per_observed_year() {
    // The bar colour (Okabe–Ito blue) fills the legend swatch and one bar per year.
    let bars = |svg: &str| svg.matches(r##"fill="#0072B2" stroke="none""##).count();
    assert_eq!(bars(&draw(EZHOU, 720.0, Format::Svg)), 3, "legend swatch + 2 bars");
    let svg = draw(r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"2018": 8.3, "2019": 7.9, "2020": 6.1}}"#, 720.0, Format::Svg);
    assert_eq!(bars(&svg), 4);
    assert!(!texts(&svg).iter().any(|t| t == "暂无"));
}

#[test]
fn size_follows_the_config() {
    // The chart keeps the height asked for; title and sources add to it.
    let svg = draw(r#"{"indicator": "ezhou-2018-2020.value-added-growth", "height": 300, "asOf": "2020-03-31"}"#, 320.0, Format::Svg);
    let height: f64 = svg.split("height=\"").nth(1).and_then(|rest| rest.split('"').next()).and_then(|h| h.parse().ok()).expect("height");
    assert!(svg.contains(r#"width="320""#) && height > 400.0, "{}", &svg[..120]);
}

#[test]
fn html_fallback_carries_words_chart_table_and_source() {
    let html = draw(EZHOU, 720.0, Format::Html);
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
