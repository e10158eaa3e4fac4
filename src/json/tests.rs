//! The JSON reader's and writer's unit tests.

use super::*;

fn error(text: &str) -> String {
    parse(text).expect_err(text).to_string()
}

#[test]
fn parses_what_json_allows() {
    let value = parse(r#" {"a": [1, -2.5e1, true, null, "x\"\u00e9\ud83d\ude00"], "b": {}} "#).expect("valid");
    let expected = Json::Object(vec![
        (
            "a".into(),
            Json::Array(vec![
                Json::Number(1.0),
                Json::Number(-25.0),
                Json::Bool(true),
                Json::Null,
                Json::String("x\"é😀".into()),
            ]),
        ),
        ("b".into(), Json::Object(vec![])),
    ]);
    assert_eq!(value, expected);
    assert_eq!(value.to_string(), r#"{"a":[1,-25,true,null,"x\"é😀"],"b":{}}"#);
}

#[test]
fn syntax_errors_say_where() {
    assert_eq!(error(r#"{"a": 1,}"#), "invalid JSON: trailing comma at line 1 column 9");
    assert_eq!(error(r#"{"a": 1"#), "invalid JSON: EOF while parsing an object at line 1 column 7");
    assert_eq!(error("{\n  \"a\": 01}"), "invalid JSON: invalid number at line 2 column 8");
    assert_eq!(error(r#"{"a": 1} x"#), "invalid JSON: trailing characters at line 1 column 10");
    assert_eq!(error(r#"{"a": 1, "a": 2}"#), "invalid JSON: duplicate key `a` at line 1 column 10");
    assert_eq!(error(r#"{"年份": 1e400}"#), "invalid JSON: number out of range at line 1 column 8");
    assert_eq!(error(r#"["\ud800"]"#), "invalid JSON: lone leading surrogate in hex escape at line 1 column 8");
    assert_eq!(error("[NaN]"), "invalid JSON: expected value at line 1 column 2");
    assert_eq!(error(""), "invalid JSON: EOF while parsing a value at line 1 column 1");
    assert_eq!(error(&"[".repeat(200)), "invalid JSON: recursion limit exceeded at line 1 column 130");
    assert_eq!(
        error("{“indicator”: 1}"),
        "invalid JSON: key must be a string at line 1 column 2 (a full-width “; JSON needs the ASCII \" here — 请使用英文半角标点)"
    );
    assert_eq!(
        error(r#"{"indicator"："x"}"#),
        "invalid JSON: expected `:` at line 1 column 13 (a full-width ：; JSON needs the ASCII : here — 请使用英文半角标点)"
    );
}

#[test]
fn decimals_read_exactly() {
    for (text, value) in [("8.3", 8.3), ("-0.5", -0.5), ("+12", 12.0), (".5", 0.5), ("1e-3", 1e-3), ("1E5", 1e5), ("0.1", 0.1)] {
        assert_eq!(parse_decimal(text), Some(value), "{text}");
    }
    for text in ["", "-", "inf", "NaN", "1,000", "1e", "8.3.1", "1e+"] {
        assert_eq!(parse_decimal(text), None, "{text}");
    }
    assert_eq!(parse_decimal("1e400"), Some(f64::INFINITY));
    assert_eq!(parse_decimal("12345678901234567890123"), Some(1.2345678901234568e22));
}

#[test]
fn decimals_write_rounded() {
    for (value, decimals, text) in [
        (8.0, 1, "8"),
        (7.9, 1, "7.9"),
        (8.133, 1, "8.1"),
        (7.96, 1, "8"),
        (-0.04, 1, "0"),
        (-2.5, 1, "-2.5"),
        (0.05, 2, "0.05"),
        (1234567.891, 2, "1234567.89"),
        (1e20, 2, "100000000000000000000"),
        (f64::NAN, 1, "—"),
    ] {
        assert_eq!(format_decimal(value, decimals), text, "{value} to {decimals}");
    }
}

#[test]
fn fields_name_their_path() {
    let json = parse(r#"{"theme": "drak", "n": "八", "list": [1, "x"]}"#).expect("valid");
    let fields = Fields::of(&json, "", "an object", &["theme", "n", "list"]).expect("known");
    let theme = fields.choice("theme", &[("light", 0), ("dark", 1), ("auto", 2)]).expect_err("typo");
    assert_eq!(theme.to_string(), "theme: unknown variant `drak` — did you mean `dark`? (expected one of `light`, `dark`, `auto`)");
    assert_eq!(fields.opt_number("n").expect_err("text").to_string(), r#"n: invalid type: string "八", expected a number"#);
    assert_eq!(fields.list("list", as_number).expect_err("text").to_string(), r#"list[1]: invalid type: string "x", expected a number"#);
    let unknown = Fields::of(&json, "", "an object", &["theme", "n"]).err().map(|error| error.to_string());
    assert_eq!(unknown.as_deref(), Some("list: unknown field `list`, expected `theme` or `n`"));
}
