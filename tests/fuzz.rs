//! Fuzzing the parsers a page author or an editor feeds (proptest): JSON text, widget
//! configs, inline plans, data files (JSON and CSV). Whatever comes in, nothing panics,
//! every failure is a `ConfigError` that says what, and — for a config that is JSON but
//! wrong — where (its path, or its line and column).
//!
//! `cargo test` runs each property `PROPTEST_CASES` times (proptest's default, 256);
//! `make fuzz` runs them with 100,000 cases each; `make test` with 2,000.

use proptest::prelude::*;

use planmeter::catalog::{Baseline, Bilingual, Measure, Period, Plan, Target};
use planmeter::config::Config;
use planmeter::dashboard::PlanWidget;
use planmeter::extract::extract;
use planmeter::data::{parse_csv, parse_data};
use planmeter::i18n::Lang;
use planmeter::json::{self, Json};
use planmeter::progress::Date;
use planmeter::provenance::Source;
use planmeter::widget::Widget;

const TODAY: Date = Date { year: 2019, month: 6, day: 30 };

/// A known-good config with an inline plan: what mutations start from.
const SEED: &str = r#"{"indicator": "my-city.x", "actuals": {"2021": 6.5, "2022": 5.1}, "benchmark": {"2021": 4},
 "chart": "trend", "lang": "zh-CN", "theme": "auto", "elder": true, "height": 320, "asOf": "2022-12-31",
 "plans": [{"id": "my-city", "region": {"zh": "某市", "en": "A city"}, "title": "某市方案", "titleEn": "Plan",
   "period": {"start": 2021, "end": 2023}, "issuer": "某市人民政府", "date": "2021-01-01",
   "measures": [{"id": "m1", "number": "(一)", "section": "二、措施", "title": "稳增长", "responsible": ["市经信局"]}],
   "targets": [{"id": "my-city.x", "name": {"zh": "增速", "en": "Growth"}, "quote": "年均增长6%以上",
     "unit": "%", "kind": "annual-growth", "comparison": "at-least", "value": 6, "measure": "m1",
     "section": "一、目标", "responsible": ["市统计局"], "note": "<img src=x onerror=alert(1)>"}]}]}"#;

/// Everything a widget does with a config: parse, resolve, assess, lay out, words.
fn exercise(text: &str) {
    match Config::parse(text) {
        Ok(config) => {
            let outcome = if matches!(config.subject, Some(planmeter::config::Subject::Plan(_))) {
                PlanWidget::from_config(&config, TODAY, Lang::Zh).map(|plan| {
                    let _ = plan.view().to_json().to_string();
                })
            } else {
                Widget::from_config(&config, TODAY, Lang::Zh).map(|widget| {
                    let _ = widget.summary().to_json().to_string();
                    let _ = widget.table().to_json().to_string();
                    let _ = widget.csv();
                })
            };
            if let Err(error) = outcome {
                assert!(!error.message.is_empty(), "an empty message for {text:?}");
            }
        }
        Err(error) => {
            assert!(!error.message.is_empty(), "an empty message for {text:?}");
            // JSON that parses but is wrong names a path, or the whole config's need.
            if json::parse(text).is_err() {
                assert!(error.message.contains(" at line ") || error.message.starts_with("the config is empty"), "{error}");
            }
        }
    }
}

/// JSON values of every shape, nested, with the strings and numbers that break parsers.
fn json_value() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        prop_oneof![
            (-1_000_000i64..1_000_000).prop_map(|n| n as f64),
            (-100_000i64..100_000, 0u32..4).prop_map(|(n, places)| n as f64 / 10f64.powi(places as i32)),
            Just(1e300),
            Just(-1e-300),
            Just(0.0),
        ]
        .prop_map(Json::Number),
        prop_oneof![
            "[a-z0-9.\\-]{0,12}",
            "\\PC{0,16}",
            Just("NaN".to_owned()),
            Just("Infinity".to_owned()),
            Just("\u{202e}evil\u{202c}".to_owned()),
            Just("</script><img src=x onerror=alert(1)>".to_owned()),
            Just("javascript:alert(1)".to_owned()),
            Just("2019".to_owned()),
            Just("99999".to_owned()),
            Just("-1".to_owned()),
        ]
        .prop_map(Json::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Json::Array),
            prop::collection::vec((key(), inner), 0..8).prop_map(|entries| {
                let mut unique: Vec<(String, Json)> = Vec::new();
                for (key, value) in entries {
                    if !unique.iter().any(|(seen, _)| *seen == key) {
                        unique.push((key, value));
                    }
                }
                Json::Object(unique)
            }),
        ]
    })
}

/// Keys a config or plan knows (from the types' own key lists), near misses, years and
/// target ids.
fn key() -> impl Strategy<Value = String> {
    let known = [Config::FIELDS, Plan::FIELDS, Target::FIELDS, Measure::FIELDS, Bilingual::FIELDS, Period::FIELDS, Baseline::FIELDS, Source::FIELDS];
    let mut keys: Vec<&str> = known.concat();
    keys.extend(["2018", "2019", "2020", "99999", "-1", "0000", "ezhou-2018-2020.value-added-growth", "taizhou-2018-2020", "actual", "Indicator"]);
    prop_oneof![prop::sample::select(keys).prop_map(str::to_owned), "\\PC{0,8}"]
}

/// A config whose top level is an object with known keys and arbitrary values.
fn config_like() -> impl Strategy<Value = String> {
    prop::collection::vec((key(), json_value()), 0..8).prop_map(|entries| {
        let mut unique: Vec<(String, Json)> = Vec::new();
        for (key, value) in entries {
            if !unique.iter().any(|(seen, _)| *seen == key) {
                unique.push((key, value));
            }
        }
        Json::Object(unique).to_string()
    })
}

/// The seed config with a few bytes deleted, replaced or inserted (kept UTF-8).
fn mutated_seed() -> impl Strategy<Value = String> {
    prop::collection::vec((0usize..SEED.len(), 0u8..3, prop::sample::select(vec!['"', '{', '}', '[', ']', ',', ':', '0', '-', '.', 'e', '\\', '八', 'x', ' '])), 1..6)
        .prop_map(|edits| {
            let mut text: Vec<char> = SEED.chars().collect();
            for (at, action, character) in edits {
                let at = at % (text.len() + 1);
                match action {
                    0 if at < text.len() => {
                        text.remove(at);
                    }
                    1 if at < text.len() => text[at] = character,
                    _ => text.insert(at, character),
                }
            }
            text.into_iter().collect()
        })
}

/// Text that reads like a plan: headings, numbers in every notation, units, comparison
/// and time words, list and clause punctuation, quotes and brackets, and stray characters.
fn plan_like() -> impl Strategy<Value = String> {
    const PIECES: &[&str] = &[
        "一、", "(一)", "（二）", "1.", "2、", "(3)", "主要目标", "工作措施", "到2020年", "2018—2020年", "3年内", "用3年时间", "年均增长",
        "增长", "达到", "不少于", "不低于", "以上", "以下", "左右", "突破", "超过", "提高", "下降", "个百分点", "%", "％", "家", "个", "亿元",
        "万千瓦", "1.0", "20", "3-5", "1—2", "8~10", "三分之一", "五千亿", "一次", "每年", "每季度", "每月", "全覆盖", "零的突破", "基本完成",
        "高于", "快于", "全市平均水平", "上年同期", "、", ",", "，", "；", "。", ":", "：", "“", "”", "《", "》", "(", ")", "（", "）", "\n",
        "责任单位:", "市经信委", "各区", "新增", "培育", "企业", "规模以上工业", "比重", "占", "的", "从2014年的", "提升到", "百亿级", "等",
        "和", "5G", "第18次", "〔2018〕19号", "2018年12月24日", "奖励", "给予", "过", "超", "年度", "\u{a0}", "\u{3000}", " ", "0", ".",
    ];
    text_of(PIECES)
}

/// Up to 80 of `pieces` in any order, with a few characters of anything among them.
fn text_of(pieces: &'static [&'static str]) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(pieces).prop_map(str::to_owned),
        1 => "\\PC{1,3}",
    ];
    proptest::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

/// What `extract` promises for any text: no panic, every quote is the input at its span,
/// every target states a value or a range, ids are unique.
fn check_extract(text: &str) {
    let draft = extract(text, "p");
    assert_eq!(draft.plan.targets.len(), draft.spans.len());
    for (index, (target, span)) in draft.plan.targets.iter().zip(&draft.spans).enumerate() {
        assert_eq!(text.get(span.clone()), Some(target.quote.as_str()), "a quote that is not the input's text: {text:?}");
        assert!(target.value.is_some() != target.range.is_some(), "value or range: {target:?}");
        assert_eq!(target.id, format!("p.t{}", index + 1));
    }
}

/// Bulletin-like text (issue 20): the words figures come in, in any order.
fn bulletin_like() -> impl Strategy<Value = String> {
    const PIECES: &[&str] = &[
        "鄂州市2019年国民经济和社会发展统计公报\n", "2026年某省政府工作报告\n", "一、2025年工作回顾\n", "二、2026年目标\n", "全年", "全市", "全省", "鄂城区",
        "规模以上工业增加值", "工业投资", "技改投资", "高新技术企业", "比上年", "增长", "下降", "达到", "新增", "从", "增加到", "占", "比重", "分别",
        "初步核算", "预计", "1—7月", "上半年", "左右", "以上", "超", "增至", "7.9", "1.28", "52", "-", "%", "％", "家", "万家", "亿元", "、", "，", "。", "；", "\n",
        "“", "”", "(", ")", "年均", "五年来", "居全国第2位", "3.3:96.7",
        // Round 7–12's ways: lists across clauses, stocks, passives, a PDF's marks and rows.
        "其中", "入园企业", "[2]", "\n[2] [3]\n", "图5 ", "累计", "新建", "个", "智能工厂", "被认定为", "总数", "(河南省)", "2026 年 5 月", "这五年",
        "实现", "营业收入", "自治州", ";", " 9110.91 11.4", "首次突破", "大关", "现有", "等产业集群", "\n— 11 —\n", "分别占", "的", "去年", "成交金额", "全 年 ",
    ];
    text_of(PIECES)
}

/// What `planmeter actuals` promises for any text: no panic, every figure the input's own
/// number at its span, every quote the input at its span.
fn check_bulletin(text: &str) {
    let bulletin = planmeter::extract::bulletin::read_bulletin(text);
    for figure in &bulletin.figures {
        // The number as written at the span's start: digits (full-width too) and one point.
        let mut leading = String::new();
        for c in text.get(figure.number.clone()).expect("a span of the input").chars() {
            let c = if ('０'..='９').contains(&c) || c == '．' { char::from_u32(c as u32 - 0xfee0).unwrap_or(c) } else { c };
            if c.is_ascii_digit() || (c == '.' && !leading.contains('.') && !leading.is_empty()) {
                leading.push(c);
            } else {
                break;
            }
        }
        if let Ok(number) = leading.trim_end_matches('.').parse::<f64>() {
            assert!((number - figure.value.abs()).abs() < 1e-9, "a value that is not the text's number: {text:?} {figure:?}");
        }
        assert_eq!(text.get(figure.span.clone()).map(str::trim), Some(figure.quote.as_str()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn bulletins_are_read_without_inventing(text in prop_oneof![bulletin_like(), "\\PC{0,300}"]) {
        check_bulletin(&text);
    }

    #[test]
    fn extract_never_panics_and_never_invents(text in prop_oneof![plan_like(), "\\PC{0,300}"]) {
        check_extract(&text);
    }

    #[test]
    fn extract_survives_damaged_plans(start in 0usize..20_000, length in 0usize..3_000, edits in proptest::collection::vec((0usize..3_000, "\\PC{0,2}"), 0..8)) {
        let source = include_str!("../catalog/sources/ezhou-2018-2020.txt");
        let mut chars: Vec<char> = source.chars().skip(start % source.chars().count()).take(length).collect();
        for (at, insert) in edits {
            let at = at.min(chars.len());
            chars.splice(at..(at + 1).min(chars.len()), insert.chars());
        }
        check_extract(&chars.into_iter().collect::<String>());
    }

    #[test]
    fn any_text_is_a_config_or_a_clear_error(text in "\\PC{0,200}") {
        exercise(&text);
    }

    #[test]
    fn any_json_object_is_a_config_or_a_clear_error(text in config_like()) {
        exercise(&text);
    }

    #[test]
    fn a_damaged_config_is_a_clear_error(text in mutated_seed()) {
        exercise(&text);
    }

    #[test]
    fn json_survives_a_round_trip(value in json_value()) {
        let text = value.to_string();
        let again = json::parse(&text).expect("what the writer writes, the parser reads");
        prop_assert_eq!(again.to_string(), text);
    }

    #[test]
    fn any_data_file_is_data_or_named_problems(text in prop_oneof![
        "\\PC{0,300}",
        prop::collection::vec(("[a-z.\\-]{0,12}", "-?[0-9]{0,6}", "[-+0-9.eE八a-z ]{0,8}"), 0..20).prop_map(|rows| {
            let mut csv = String::from("indicator,year,value\n");
            for (indicator, year, value) in rows {
                csv.push_str(&format!("{indicator},{year},{value}\n"));
            }
            csv
        }),
        config_like(),
    ]) {
        if let Err(problems) = parse_data(&text) {
            prop_assert!(!problems.is_empty());
            for problem in problems {
                prop_assert!(!problem.message.is_empty());
            }
        }
        let _ = parse_csv(&text);
    }
}

/// Inputs named in issue 8, each run once: huge and tiny numbers, NaN and Infinity as
/// strings, deep nesting, a multi-megabyte string, duplicate keys, impossible years,
/// empty plans, thousands of targets.
#[test]
fn the_named_hostile_inputs_give_clear_errors() {
    let indicator = r#""indicator": "ezhou-2018-2020.value-added-growth""#;
    let cases: Vec<(String, &str)> = vec![
        (format!(r#"{{{indicator}, "actuals": {{"2018": 1e308}}}}"#), ""),
        (format!(r#"{{{indicator}, "actuals": {{"2018": 1e309}}}}"#), "number out of range"),
        (format!(r#"{{{indicator}, "actuals": {{"2018": 5e-324}}}}"#), ""),
        (format!(r#"{{{indicator}, "actuals": {{"2018": "NaN"}}}}"#), r#"actuals.2018: invalid type: string "NaN", expected a number"#),
        (format!(r#"{{{indicator}, "actuals": {{"2018": "Infinity"}}}}"#), "expected a number"),
        (format!(r#"{{{indicator}, "actuals": {{"2018": NaN}}}}"#), "invalid JSON: expected value at line 1 column"),
        (format!(r#"{{{indicator}, "height": {}}}"#, "[".repeat(5000) + &"]".repeat(5000)), "recursion limit exceeded"),
        (format!(r#"{{{indicator}, "asOf": "{}"}}"#, "八".repeat(1_000_000)), "the config is 3,000,063 bytes; at most 1,048,576 are taken"),
        (format!(r#"{{{indicator}, "asOf": "{}"}}"#, "八".repeat(30_000)), "a string of 30,000 characters; at most 20,000 are taken"),
        (format!(r#"{{{indicator}, "asOf": "{}"}}"#, "八".repeat(100)), "asOf: `八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八八… (100 characters)` is not a date"),
        (format!(r#"{{{indicator}, "lang": "{}"}}"#, "x".repeat(10_000)), "lang: unknown variant `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (10,000 characters)`"),
        (format!(r#"{{{indicator}, {indicator}}}"#), "duplicate key `indicator`"),
        (format!(r#"{{{indicator}, "actuals": {{"99999": 1}}}}"#), "is not a year"),
        (format!(r#"{{{indicator}, "actuals": {{"-1": 1}}}}"#), "actuals: `-1` is not a year"),
        (format!(r#"{{{indicator}, "actuals": {{"2018": 1}}, "asOf": "99999-01-01"}}"#), "asOf: `99999-01-01` is not a date"),
        (r#"{"plan": "empty", "plans": [{"id": "empty", "region": {"zh": "某", "en": "A"}, "title": "t", "titleEn": "t", "period": {"start": 2020, "end": 2021}, "issuer": "i", "date": "2020-01-01", "targets": []}]}"#.to_owned(), "plans[0].targets: a plan needs at least one target"),
    ];
    for (config, expected) in &cases {
        match Config::parse(config).and_then(|parsed| Widget::from_config(&parsed, TODAY, Lang::Zh).map(|_| ()).or_else(|error| {
            if matches!(parsed.subject, Some(planmeter::config::Subject::Plan(_))) { PlanWidget::from_config(&parsed, TODAY, Lang::Zh).map(|_| ()) } else { Err(error) }
        })) {
            Ok(()) => assert!(expected.is_empty(), "{}…: expected an error containing {expected:?}", config.chars().take(80).collect::<String>()),
            Err(error) => {
                let shown = error.to_string();
                assert!(
                    !expected.is_empty() && shown.contains(expected),
                    "{}…: got {:?}",
                    config.chars().take(80).collect::<String>(),
                    shown.chars().take(200).collect::<String>()
                );
                assert!(shown.chars().count() < 600, "a message echoes its input whole: {} characters", shown.chars().count());
            }
        }
    }

    // A plan with 1,000 targets (the limit): read, checked and shown as a dashboard; one
    // more is refused before any of it is read.
    let big = |count: usize| {
        let targets: Vec<String> = (0..count)
            .map(|index| {
                format!(
                    r#"{{"id": "big.t{index}", "name": {{"zh": "指标{index}", "en": "T{index}"}}, "quote": "达到{index}家", "unit": "家", "kind": "level", "comparison": "at-least", "value": {index}, "section": "一"}}"#
                )
            })
            .collect();
        format!(
            r#"{{"plan": "big", "plans": [{{"id": "big", "region": {{"zh": "某", "en": "A"}}, "title": "t", "titleEn": "t", "period": {{"start": 2020, "end": 2021}}, "issuer": "i", "date": "2020-01-01", "targets": [{}]}}]}}"#,
            targets.join(",")
        )
    };
    let parsed = Config::parse(&big(1000)).expect("a big plan is valid JSON");
    let plan = PlanWidget::from_config(&parsed, TODAY, Lang::Zh).expect("1,000 targets are a plan");
    assert_eq!(plan.view().tiles.len(), 1000);
    assert_eq!(Config::parse(&big(1001)).err().map(|error| error.to_string()).as_deref(), Some("plans[0].targets: 1,001 targets; at most 1,000 are taken"));
}

/// The shapes of issue 15 at and past the limits: many keys (descending, a duplicate
/// somewhere), many ids, many CSV rows, long strings in any field, deep nesting. Big
/// inputs, so fewer cases than the other properties (a 500th of `PROPTEST_CASES`,
/// at least 24): nothing panics, every message is short, and what the limits refuse is
/// refused.
fn limit_cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|cases| cases.parse::<u32>().ok()).map_or(24, |cases| (cases / 500).max(24))
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, cases: limit_cases(), ..ProptestConfig::default() })]

    #[test]
    fn inputs_at_the_limits_are_answered_briefly(
        shape in 0..5usize,
        size in prop_oneof![1..100usize, 1_000..3_000usize, 20_000..90_000usize],
        duplicate in prop::option::of(0..90_000usize),
        field in prop::sample::select(Config::FIELDS.to_vec()),
    ) {
        let text = match shape {
            // An object of many keys, descending, perhaps with one repeated.
            0 => {
                let mut keys: Vec<String> = (0..size).rev().map(|index| format!(r#""k{index:06}": 1"#)).collect();
                if let Some(at) = duplicate.filter(|at| *at < size) {
                    keys.insert(at, keys[size - 1 - at.min(size - 1)].clone());
                }
                format!(r#"{{"indicator": "ezhou-2018-2020.value-added-growth", "extra": {{{}}}}}"#, keys.join(","))
            }
            // `actuals` keyed by many ids.
            1 => {
                let ids: Vec<String> = (0..size.min(5_000)).rev().map(|index| format!(r#""p.t{index}": {{"2019": 1}}"#)).collect();
                format!(r#"{{"plan": "taizhou-2018-2020", "actuals": {{{}}}}}"#, ids.join(","))
            }
            // A long string in one field.
            2 => format!(r#"{{"indicator": "ezhou-2018-2020.value-added-growth", "{field}": "{}"}}"#, "長".repeat(size)),
            // Deep nesting.
            3 => format!(r#"{{"indicator": "ezhou-2018-2020.value-added-growth", "height": {}1{}}}"#, "[".repeat(size.min(400)), "]".repeat(size.min(400))),
            // A CSV data file of many rows, ids descending.
            _ => {
                let mut csv = String::from("indicator,year,value\n");
                for index in (0..size).rev() {
                    csv.push_str(&format!("p.t{},{},{index}\n", index % 2_500, 1950 + index / 2_500 % 150));
                }
                csv
            }
        };
        let outcome = if shape == 4 {
            parse_data(&text).map(|_| ()).map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))
        } else {
            Config::parse(&text).and_then(|config| Widget::from_config(&config, TODAY, Lang::Zh).map(|_| ())).map_err(|error| error.to_string())
        };
        if let Err(message) = outcome {
            // Every problem of a data file listed is short; a config's one message too.
            let longest = message.split("; ").map(|part| part.chars().count()).max().unwrap_or(0);
            prop_assert!(longest < 600, "a message of {} characters", longest);
        }
        if text.len() > planmeter::limits::CONFIG_BYTES && shape != 4 {
            prop_assert!(Config::parse(&text).is_err());
        }
    }
}
