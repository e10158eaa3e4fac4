//! What a citizen reads is honest about what it rests on: the words of a status, signed
//! changes, gaps in percentage points, whole counts, where the figures come from, flagged
//! and illustrative values in every view and export. Each case is a widget config and the
//! text it must (or must not) produce.

use planmeter::catalog::Catalog;
use planmeter::config::{Config, Resolution};
use planmeter::i18n::Lang;
use planmeter::progress::Date;
use planmeter::widget::Widget;

const TODAY: Date = Date { year: 2026, month: 11, day: 30 };

fn widget(config: &str) -> Widget {
    Widget::from_json(config, TODAY, Lang::Zh).unwrap_or_else(|error| panic!("{config}: {error}"))
}

/// Everything the widget says in words: explanation, figure, bar, tooltips, table, CSV.
fn words(config: &str) -> String {
    let widget = widget(config);
    let summary = widget.summary();
    let layout = widget.layout(720.0, 440.0, 1.0, false, false, &planmeter::chart::layout::Estimate);
    let points: Vec<String> = widget.points(&layout).into_iter().map(|point| point.label).collect();
    let table: Vec<String> = widget.table().rows.into_iter().flatten().collect();
    let bar = summary.progress.as_ref().map(|bar| format!("{} {} {} {}", bar.start, bar.end, bar.now, bar.expected.clone().unwrap_or_default()));
    [
        summary.status.to_owned(),
        summary.explanation,
        format!("{} {}", summary.figure.unwrap_or_default(), summary.figure_label.unwrap_or_default()),
        summary.latest.unwrap_or_default(),
        bar.unwrap_or_default(),
        points.join(" | "),
        table.join(" "),
        widget.csv(),
    ]
    .join("\n")
}

fn check(config: &str, must: &[&str], never: &[&str]) {
    let text = words(config);
    for part in must {
        assert!(text.contains(part), "lacks «{part}»:\n{text}");
    }
    for part in never {
        assert!(!text.contains(part), "says «{part}»:\n{text}");
    }
}

#[test]
fn no_achieved_without_the_final_year() {
    // The README's example, judged today: 2020 was never given.
    check(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"2018": 8.3, "2019": 7.9}}"#,
        &["on-track", "2020年数据尚未发布，按2018—2019年的速度判断"],
        &["已实现", "achieved", "（缺2020年数据）"],
    );
    // A level reached early is achieved.
    check(r#"{"indicator": "ezhou-2018-2020.high-tech-enterprises-2020", "actuals": {"2018": 110, "2019": 155}, "asOf": "2019-12-31"}"#, &["achieved", "已实现"], &[]);
}

#[test]
fn a_change_is_signed_and_never_a_negative_completion() {
    check(
        r#"{"indicator": "zhumadian-2021.energy-intensity-manufacturing", "actuals": {"2020": 0.50, "2021": 0.51}, "asOf": "2021-06-30"}"#,
        &["deterioration", "上升2% 2021年较2020年", "2021年 上升2%，与目标方向相反", "较2020年上升2%，目标为到2021年下降3%左右，与目标方向相反"],
        &["完成-", "-67"],
    );
    let english = r#"{"indicator": "zhumadian-2021.energy-intensity-manufacturing", "lang": "en", "actuals": {"2020": 0.50, "2021": 0.49}, "asOf": "2021-06-30"}"#;
    assert_eq!(widget(english).summary().figure.as_deref(), Some("\u{2212}2%"));
}

#[test]
fn a_gap_between_rates_is_in_percentage_points() {
    check(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"2018": 8.3, "2019": 7.9}, "asOf": "2020-03-31"}"#,
        &["落后进度0.1个百分点", "领先进度0.3个百分点"],
        &["差距：-0.1%", "-0.1%"],
    );
    let english = r#"{"indicator": "ezhou-2018-2020.value-added-growth", "lang": "en", "actuals": {"2018": 8.3, "2019": 7.9}, "asOf": "2020-03-31"}"#;
    check(english, &["0.1 pp behind schedule"], &["gap: -0.1%"]);
}

#[test]
fn a_status_leaning_on_a_threshold_or_a_tolerance_says_so() {
    // 9.8 and 9.7 against 年均10%: below the target, on track by R ≥ 0.95.
    check(
        r#"{"indicator": "ezhou-2018-2020.industrial-investment-growth", "actuals": {"2018": 9.8, "2019": 9.7}, "asOf": "2020-03-01"}"#,
        &["on-track", "低于年均10%的目标", "平均增速为所需的97.5%，按本方法达到95%即视为按进度"],
        &[],
    );
    // 8%左右 with 7.6: achieved within the tolerance, and said.
    check(
        r#"{"indicator": "zhumadian-2021.industrial-value-added-growth", "actuals": {"2021": 7.6}, "asOf": "2022-03-01"}"#,
        &["achieved", "低于8%，但在“左右”允许的0.5个百分点以内"],
        &[],
    );
}

#[test]
fn counts_never_show_fractions() {
    check(
        r#"{"indicator": "ezhou-2018-2020.high-tech-enterprises-2020", "actuals": {"2018": 110, "2019": 120}, "asOf": "2020-03-31"}"#,
        &["按进度应达：约128家"],
        &["128.45", "128.5"],
    );
}

#[test]
fn one_year_windows_name_one_year() {
    check(r#"{"indicator": "xinyi-2015-2017.industrial-investment-2015", "asOf": "2016-03-01"}"#, &["尚无2015年的数据"], &["2015—2015"]);
}

#[test]
fn sources_and_flags_show_in_every_view() {
    let config = r#"{"indicator": "ezhou-2018-2020.value-added-growth", "asOf": "2020-03-31", "illustrative": true,
        "source": {"name": {"zh": "某市统计局《2019年统计公报》", "en": "A bureau's 2019 bulletin"}, "url": "https://tjj.example.gov.cn/", "published": "2020-04-10"},
        "actuals": {"2018": 8.3, "2019": {"value": 7.9, "flag": "estimate", "source": "《2019年政府工作报告》"}}}"#;
    check(
        config,
        &[
            "2019年（预计）",
            "实际增速：7.9%（预计）",
            "7.9（预计）",
            "年份,实际增速（%）,目标（%）,按进度应达（%）,按当前速度预测（%）,单位,标注,数据来源\r\n",
            "2018,8.3,8,8,,%,示例数据,某市统计局《2019年统计公报》（2020-04-10发布） https://tjj.example.gov.cn/\r\n",
            "2019,7.9,8,8,,%,示例数据；预计,《2019年政府工作报告》\r\n",
        ],
        &[],
    );
    let summary = widget(config).summary();
    assert_eq!(summary.flag_note.as_deref(), Some("* 2019年：预计"));
    assert_eq!(summary.source_words, "某市统计局《2019年统计公报》（2020-04-10发布） https://tjj.example.gov.cn/；《2019年政府工作报告》（2019年）");
    assert!(summary.illustrative);
    // No source: said, so that an editor notices.
    assert_eq!(widget(r#"{"indicator": "ezhou-2018-2020.value-added-growth"}"#).summary().source_words, "未注明");
}

#[test]
fn the_export_frame_carries_the_context() {
    let config = r#"{"indicator": "ezhou-2018-2020.value-added-growth", "asOf": "2020-03-31", "illustrative": true,
        "source": {"name": "某市统计局《2019年统计公报》"}, "actuals": {"2018": 8.3, "2019": {"value": 7.9, "flag": "preliminary"}}}"#;
    let framed = widget(config).framed();
    assert_eq!(framed.labels.badge.as_deref(), Some("示例数据"));
    assert_eq!(framed.labels.header[..2], ["规上工业增加值增速".to_owned(), "按进度推进 · 2019年（初步核算） 7.9%".to_owned()]);
    let footer = framed.labels.footer.join("\n");
    for part in ["目标：2018—2020年年均增长8%以上", "“规模以上工业增加值年均增长8%以上”", "数据来源：某市统计局《2019年统计公报》", "* 2019年：初步核算", "评估日期 2020-03-31"] {
        assert!(footer.contains(part), "footer lacks «{part}»: {footer}");
    }
    // The frame adds to the chart's height; the chart itself keeps it.
    let plain = widget(config).layout(720.0, 440.0, 1.0, false, false, &planmeter::chart::layout::Estimate);
    let export = widget(config).layout(720.0, 440.0, 1.0, false, true, &planmeter::chart::layout::Estimate);
    assert_eq!(plain.height, 440.0);
    assert!(export.height > 540.0, "{}", export.height);
    assert!((export.plot.y1 - export.plot.y0 - (plain.plot.y1 - plain.plot.y0)).abs() < 1.0, "the plot keeps its height");
}

#[test]
fn bad_provenance_is_a_config_error_with_its_path() {
    let error = |config: &str| Widget::from_json(config, TODAY, Lang::Zh).err().map(|error| error.to_string()).unwrap_or_default();
    let id = r#""indicator": "ezhou-2018-2020.value-added-growth""#;
    assert_eq!(
        error(&format!(r#"{{{id}, "source": {{"name": "x", "url": "javascript:alert(1)"}}}}"#)),
        "source.url: `javascript:alert(1)` is not a web address: it must start with https:// or http://"
    );
    assert!(error(&format!(r#"{{{id}, "source": {{"name": "{}"}}}}"#, "长".repeat(201))).starts_with("source.name: is 201 characters long; at most 200 are taken"));
    assert_eq!(error(&format!(r#"{{{id}, "source": {{"url": "https://x.cn"}}}}"#)), "source: missing field `name`");
    assert!(error(&format!(r#"{{{id}, "actuals": {{"2019": {{"value": 7.9, "flag": "guess"}}}}}}"#)).starts_with("actuals.2019.flag: unknown variant `guess`"));
    assert_eq!(error(&format!(r#"{{{id}, "illustrative": "yes"}}"#)), r#"illustrative: invalid type: string "yes", expected true or false"#);
    assert_eq!(error(&format!(r#"{{{id}, "source": {{"name": "x", "published": "2020-13-01"}}}}"#)), "source.published: `2020-13-01` is not a date of the form YYYY-MM-DD");
    assert_eq!(error(&format!(r#"{{{id}, "asOf": "0000-01-01"}}"#)), "asOf: 0000-01-01 is outside the years 1900–2100");
    // Markup is text: it is kept as written, to be shown through textContent.
    let marked = widget(&format!(r#"{{{id}, "source": {{"name": "<img src=x onerror=alert(1)>"}}}}"#));
    assert_eq!(marked.summary().sources[0].text, "<img src=x onerror=alert(1)>");
}

#[test]
fn a_data_file_brings_its_source() {
    let fetched = planmeter::data::parse_data(r#"{"source": {"name": "文件自带的来源"}, "values": {"2019": {"value": 7.9, "flag": "revised"}}}"#).expect("data");
    let config = Config::parse(r#"{"indicator": "ezhou-2018-2020.value-added-growth", "asOf": "2020-03-31", "dataUrl": "/d.json", "actuals": {"2018": 8.3}}"#).expect("config");
    let mut resolution = config.resolve(Catalog::builtin(), TODAY, Lang::Zh).expect("resolved");
    resolution.merge_fetched(&fetched).expect("merged");
    let Resolution::Target(resolved) = resolution else { panic!("one target") };
    let widget = Widget::of(resolved);
    let summary = widget.summary();
    assert_eq!(summary.source_words, "文件自带的来源");
    assert_eq!(summary.flag_note.as_deref(), Some("* 2019年：修订"));
    let csv = planmeter::data::parse_data("indicator,year,value,flag,source\na.b,2019,1,初步核算,公报\na.b,2020,2,preliminary,\n").expect("csv");
    let series = &csv.by_target["a.b"];
    assert_eq!(series.marks.len(), 2);
    let problems = planmeter::data::parse_data("indicator,year,value,flag\na.b,2019,1,maybe\n").expect_err("a bad flag");
    assert_eq!(problems[0].message_in(true), "第2行：标注“maybe”应为 初步核算、预计、修订（preliminary、estimate、revised）之一");
}

#[test]
fn the_catalog_notes_are_in_both_languages() {
    for plan in planmeter::catalog::Catalog::builtin().plans() {
        for target in &plan.targets {
            let Some(note) = &target.note else { continue };
            let han = |text: &str| text.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).count();
            assert!(han(&note.zh) * 2 > note.zh.chars().count(), "{}: the Chinese note is not Chinese: {}", target.id, note.zh);
            let outside_quotes: String = note.en.split(['“', '”', '«', '»', '\'']).step_by(2).collect();
            assert!(han(&outside_quotes) * 4 < outside_quotes.chars().count(), "{}: the English note is not English: {}", target.id, note.en);
        }
    }
}
