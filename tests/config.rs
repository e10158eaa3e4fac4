//! Config errors name the field and say what is wrong, for every kind of bad input.

use planmeter::i18n::Lang;
use planmeter::progress::Date;
use planmeter::widget::Widget;

const TODAY: Date = Date { year: 2020, month: 3, day: 31 };

/// Parses and resolves `config`; expects the error text `expect`.
fn check_error(config: &str, expect: &str) {
    match Widget::from_json(config, TODAY, Lang::Zh) {
        Ok(_) => panic!("expected an error for {config}"),
        Err(error) => assert_eq!(error.to_string(), expect, "config: {config}"),
    }
}

#[test]
fn invalid_json_says_where() {
    check_error(r#"{"indicator": "x", "actuals": {"2018": 8.3,}}"#, "invalid JSON: trailing comma at line 1 column 44");
    check_error(r#"{"indicator": "x""#, "invalid JSON: EOF while parsing an object at line 1 column 17");
    check_error(" ", r#"the config is empty; write at least {"indicator": "<target id>"}"#);
    check_error(r#"{"indicator": "ezhou-2018-2020.value-added-growth"} {}"#, "invalid JSON: trailing characters at line 1 column 53");
}

#[test]
fn unknown_field_suggests_the_right_one() {
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actual": {"2018": 8.3}}"#,
        "actual: unknown field `actual` — did you mean `actuals`? (expected one of `indicator`, `plan`, `actuals`, `benchmark`, `dataUrl`, `chart`, `lang`, `theme`, `elder`, `height`, `asOf`, `plans`, `source`, `illustrative`)",
    );
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "colour": "red"}"#,
        "colour: unknown field `colour`, expected one of `indicator`, `plan`, `actuals`, `benchmark`, `dataUrl`, `chart`, `lang`, `theme`, `elder`, `height`, `asOf`, `plans`, `source`, `illustrative`",
    );
}

#[test]
fn wrong_types_name_their_path() {
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"2019": "八"}}"#,
        r#"actuals.2019: invalid type: string "八", expected a number"#,
    );
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"2019": null}}"#,
        "actuals.2019: invalid type: null, expected a number",
    );
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": [8.3, 7.9]}"#,
        "actuals: invalid type: array, expected an object of year → number, or of target id → {year: number}",
    );
    check_error(r#"{"indicator": 7}"#, "indicator: invalid type: number `7`, expected a string");
    check_error(r#"{"indicator": "ezhou-2018-2020.value-added-growth", "elder": "yes"}"#, r#"elder: invalid type: string "yes", expected true or false"#);
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "theme": "drak"}"#,
        "theme: unknown variant `drak` — did you mean `dark`? (expected one of `light`, `dark`, `auto`)",
    );
}

#[test]
fn years_must_be_years() {
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"20l8": 8.3}}"#,
        "actuals: `20l8` is not a year (expected four digits, 1949–2100)",
    );
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"99999": 8.3}}"#,
        "actuals: `99999` is not a year (expected four digits, 1949–2100)",
    );
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"2018": 8.3, "2018": 9}}"#,
        "invalid JSON: duplicate key `2018` at line 1 column 78",
    );
}

#[test]
fn huge_numbers_are_rejected_not_infinite() {
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"2018": 1e400}}"#,
        "invalid JSON: number out of range at line 1 column 73",
    );
}

#[test]
fn unknown_indicator_suggests_the_nearest_id() {
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-add-growth"}"#,
        "indicator: unknown indicator `ezhou-2018-2020.value-add-growth`; did you mean `ezhou-2018-2020.value-added-growth`?",
    );
    check_error(r#"{"indicator": "gdp"}"#, "indicator: unknown indicator `gdp`");
    check_error(r#"{"actuals": {"2018": 1}}"#, "the config needs `indicator` (a target id)");
}

#[test]
fn as_of_must_be_a_real_date() {
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "asOf": "2020-02-30"}"#,
        "asOf: `2020-02-30` is not a date of the form YYYY-MM-DD",
    );
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "asOf": "2020/03/01"}"#,
        "asOf: `2020/03/01` is not a date of the form YYYY-MM-DD",
    );
}

#[test]
fn series_for_another_target_is_an_error() {
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"ezhou-2018-2020.other": {"2018": 1}}}"#,
        r#"actuals.ezhou-2018-2020.other: this widget shows `ezhou-2018-2020.value-added-growth`; give its values as {"2019": 7.9}"#,
    );
}

#[test]
fn inline_plans_are_checked_with_paths() {
    let plan = r#"{"indicator": "my-city.x", "plans": [{
        "id": "my-city", "region": {"zh": "某市", "en": "A city"}, "title": "某市方案", "titleEn": "Plan",
        "period": {"start": 2021, "end": 2023}, "issuer": "某市人民政府", "date": "2021-01-01",
        "targets": [{"id": "my-city.x", "name": {"zh": "增速", "en": "Growth"}, "quote": "年均增长6%以上",
          "unit": "%", "kind": "annual-growth", "comparison": "at-least", "value": 6, "deadline": 2025,
          "section": "一、目标"}]}]}"#;
    check_error(plan, "plans[0].targets[0].deadline: 2025 is outside the plan period 2021–2023");
    let typo = plan.replace(r#""unit": "%""#, r#""units": "%""#);
    assert!(
        Widget::from_json(&typo, TODAY, Lang::Zh).expect_err("a typo in a field").to_string().starts_with("plans[0].targets[0].units: unknown field `units` — did you mean `unit`?"),
    );
}

#[test]
fn a_plan_of_ones_own_renders() {
    let config = r#"{"indicator": "my-city.x", "actuals": {"2021": 6.5}, "plans": [{
        "id": "my-city", "region": {"zh": "某市", "en": "A city"}, "title": "某市方案", "titleEn": "Plan",
        "period": {"start": 2021, "end": 2023}, "issuer": "某市人民政府", "date": "2021-01-01",
        "targets": [{"id": "my-city.x", "name": {"zh": "增速", "en": "Growth"}, "quote": "年均增长6%以上",
          "unit": "%", "kind": "annual-growth", "comparison": "at-least", "value": 6,
          "section": "一、目标"}]}]}"#;
    let widget = Widget::from_json(config, TODAY, Lang::Zh).expect("valid inline plan");
    assert_eq!(widget.summary().status, "on-track");
}

#[test]
fn lang_falls_back_to_the_page() {
    let config = r#"{"indicator": "ezhou-2018-2020.value-added-growth"}"#;
    let widget = Widget::from_json(config, TODAY, Lang::En).expect("valid");
    assert_eq!(widget.summary().lang, "en");
    let config = r#"{"indicator": "ezhou-2018-2020.value-added-growth", "lang": "zh-CN"}"#;
    let widget = Widget::from_json(config, TODAY, Lang::En).expect("valid");
    assert_eq!(widget.summary().lang, "zh-CN");
}

#[test]
fn languages_are_tags() {
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "lang": "fr"}"#,
        "lang: unknown variant `fr`, expected `zh-CN` or `en`",
    );
    for tag in ["zh", "zh-Hans", "zh_CN", "en-GB", "EN"] {
        let config = format!(r#"{{"indicator": "ezhou-2018-2020.value-added-growth", "lang": "{tag}"}}"#);
        assert!(Widget::from_json(&config, TODAY, Lang::Zh).is_ok(), "{tag}");
    }
}

#[test]
fn chart_types_fit_their_targets() {
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "chart": "progress"}"#,
        "chart: `progress` is for level, cumulative and change targets; `ezhou-2018-2020.value-added-growth` is `annual-growth`: use `trend`",
    );
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "chart": "dashboard"}"#,
        "chart: `dashboard` shows a whole plan: give `plan` instead of `indicator`",
    );
    check_error(
        r#"{"indicator": "ezhou-2018-2020.value-added-growth", "chart": "pie"}"#,
        "chart: unknown variant `pie`, expected one of `auto`, `trend`, `table`, `progress`, `dashboard`",
    );
    let progress = r#"{"indicator": "ezhou-2018-2020.high-tech-enterprises-2020", "chart": "progress", "actuals": {"2018": 110, "2019": 128}}"#;
    let widget = Widget::from_json(progress, TODAY, Lang::Zh).expect("a level target takes a progress bar");
    let bar = widget.summary().progress.expect("bar");
    assert_eq!(bar.now, "2019年 128家，完成45%");
}

#[test]
fn height_is_checked() {
    check_error(r#"{"indicator": "ezhou-2018-2020.value-added-growth", "height": 20}"#, "height: 20 is outside 160–1200 (CSS pixels)");
    let widget = Widget::from_json(r#"{"indicator": "ezhou-2018-2020.value-added-growth", "height": 320}"#, TODAY, Lang::Zh).expect("valid");
    assert_eq!(widget.summary().height, Some(320.0));
}
