//! No input freezes a reader's tab: every reader is linear (or n log n) in the size of
//! what it reads, and what is over a limit is refused before it is read. Complexity is
//! checked by doubling the input: the time may double, it must not quadruple (the best
//! of several runs, so that a busy machine does not decide). The limits themselves are
//! tested with inputs just under and just over them.

use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use planmeter::config::Config;
use planmeter::data::parse_data;
use planmeter::i18n::Lang;
use planmeter::limits;
use planmeter::progress::Date;
use planmeter::widget::Widget;

const TODAY: Date = Date { year: 2020, month: 3, day: 31 };

/// The best of five runs of `work`.
fn fastest(work: impl Fn()) -> Duration {
    (0..5)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Held by every test of this file: they run one at a time, so that one's large inputs
/// do not slow down another's measurement (which made a linear reader look quadratic).
static ALONE: Mutex<()> = Mutex::new(());

fn alone() -> MutexGuard<'static, ()> {
    ALONE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// `read` on an input of size `n` and of `2n` (built by `input`): the time must grow less
/// than 3× (linear is 2×, quadratic 4×). A machine busy with other work can stretch one
/// measurement, so three tries are allowed; a quadratic reader fails all three.
fn grows_linearly(name: &str, n: usize, input: impl Fn(usize) -> String, read: impl Fn(&str)) {
    let (small, large) = (input(n), input(2 * n));
    let mut tries = Vec::new();
    for _ in 0..3 {
        let (once, twice) = (fastest(|| read(&small)), fastest(|| read(&large)));
        let ratio = twice.as_secs_f64() / once.as_secs_f64().max(1e-6);
        if ratio < 3.0 {
            return;
        }
        tries.push(format!("{n} took {once:?}, {} took {twice:?} ({ratio:.1}×)", 2 * n));
    }
    panic!("{name}: not linear: {}", tries.join("; "));
}

/// `{"k0000099": 1, "k0000098": 1, …}`: `count` keys in descending order.
fn object_of(count: usize) -> String {
    let keys: Vec<String> = (0..count).rev().map(|index| format!(r#""k{index:07}": 1"#)).collect();
    format!("{{{}}}", keys.join(","))
}

#[test]
fn many_keys_are_checked_for_duplicates_in_n_log_n() {
    let _alone = alone();
    // 40,000 keys took 3.7 s compared one by one.
    grows_linearly("object keys", 20_000, |count| format!(r#"{{"indicator": "x", "extra": {}}}"#, object_of(count)), |text| {
        let _ = Config::parse(text);
    });
    // A duplicate among many keys is still found, and named where it repeats.
    let mut text = object_of(1000);
    text.insert_str(1, r#""k0000500": 2, "#);
    let error = planmeter::json::parse(&text).expect_err("a duplicate key");
    assert_eq!(error.to_string(), "invalid JSON: duplicate key `k0000500` at line 1 column 7003");
}

#[test]
fn many_ids_in_a_data_file_are_read_in_n_log_n() {
    let _alone = alone();
    // JSON keyed by target id, descending.
    grows_linearly("JSON ids", 1_000, |count| {
        let ids: Vec<String> = (0..count).rev().map(|index| format!(r#""p.t{index:05}": {{"2019": 1, "2020": 2}}"#)).collect();
        format!("{{{}}}", ids.join(","))
    }, |text| {
        parse_data(text).expect("data");
    });
    // CSV rows, ids descending: 100,000 rows took 1.9 s inserted one by one.
    grows_linearly("CSV rows", 20_000, |rows| {
        let mut csv = String::from("indicator,year,value\n");
        for index in (0..rows).rev() {
            csv.push_str(&format!("p.t{:04},{},{index}\n", index % 2000, 1950 + index / 2000 % 150));
        }
        csv
    }, |text| {
        let _ = parse_data(text);
    });
    // The same as people paste them (issue 18): Chinese headers, full-width digits and
    // `年`, thousands separators and `%`, separated by tabs with \r\n and a trailing
    // empty column, or by full-width commas.
    for separator in ['\t', '，'] {
        grows_linearly(&format!("pasted rows separated by {separator:?}"), 20_000, |rows| pasted(rows, separator), |text| {
            parse_data(text).expect("pasted");
        });
    }
}

/// `rows` rows of a pasted table, ids descending, separated by `separator`.
fn pasted(rows: usize, separator: char) -> String {
    let wide = |number: usize| number.to_string().chars().map(|digit| char::from_u32(digit as u32 + 0xfee0).unwrap_or(digit)).collect::<String>();
    let mut text = format!("指标编号{separator}年份{separator}数值{separator}\r\n");
    for index in (0..rows).rev() {
        let year = wide(1950 + index / 2000 % 150);
        text.push_str(&format!("p.t{:04}{separator}{year}年{separator}1,{:03}.5%{separator}\r\n", index % 2000, index % 1000));
    }
    text
}

#[test]
fn a_long_unknown_name_costs_no_suggestion() {
    let _alone = alone();
    // A 100 KB indicator froze the tab for 3 s while a did-you-mean compared it.
    grows_linearly("unknown indicator", 8_000, |length| format!(r#"{{"indicator": "{}"}}"#, "x".repeat(length)), |text| {
        let error = Widget::from_json(text, TODAY, Lang::Zh).err().map(|error| error.to_string()).unwrap_or_default();
        assert!(error.starts_with("indicator: unknown indicator `xxxx") && error.len() < 200, "{error}");
    });
}

#[test]
fn over_a_limit_is_refused_with_the_limit_and_the_value() {
    let _alone = alone();
    let error = |text: &str| Config::parse(text).err().map(|error| error.to_string()).unwrap_or_default();
    let padded = |bytes: usize| format!(r#"{{"indicator": "x", "lang": "zh", "asOf": "2020-01-01"{}}}"#, " ".repeat(bytes));
    assert_eq!(error(&padded(limits::CONFIG_BYTES)), "the config is 1,048,630 bytes; at most 1,048,576 are taken");
    assert!(!error(&padded(limits::CONFIG_BYTES - 100)).contains("at most"));
    let long = format!(r#"{{"indicator": "{}"}}"#, "長".repeat(limits::STRING_CHARS + 1));
    assert_eq!(error(&long), "invalid JSON: a string of 20,001 characters; at most 20,000 are taken at line 1 column 15");
    let problems = |text: &str| parse_data(text).err().map(|problems| problems[0].to_string()).unwrap_or_default();
    assert_eq!(problems(&"x".repeat(limits::DATA_BYTES + 1)), "the data file is 2,097,153 bytes; at most 2,097,152 are taken");
    let rows = format!("indicator,year,value\n{}", "a.b,2019,1\n".repeat(limits::DATA_ROWS + 1));
    assert_eq!(problems(&rows), "the file has 50,001 rows; at most 50,000 are taken");
    let ids: String = (0..=limits::DATA_IDS).map(|index| format!("a.t{index},2019,1\n")).collect();
    assert_eq!(problems(&format!("indicator,year,value\n{ids}")), "the file has 2,001 indicators; at most 2,000 are taken");
    let json_ids: Vec<String> = (0..=limits::DATA_IDS).map(|index| format!(r#""a.t{index}": {{"2019": 1}}"#)).collect();
    assert_eq!(problems(&format!("{{{}}}", json_ids.join(","))), "2,001 target ids; at most 2,000 are taken");
}

#[test]
fn the_smaller_doors_have_their_own_errors() {
    let _alone = alone();
    let error = |text: &str| Widget::from_json(text, TODAY, Lang::Zh).err().map(|error| error.to_string()).unwrap_or_default();
    let id = r#""indicator": "ezhou-2018-2020.value-added-growth""#;
    assert_eq!(error(&format!(r#"{{{id}, "dataUrl": ""}}"#)), "dataUrl: is empty: give the address of a data file, or leave `dataUrl` out");
    assert_eq!(error(&format!(r#"{{{id}, "asOf": "9999-12-31"}}"#)), "asOf: 9999-12-31 is outside the years 1900–2100");
    assert_eq!(error(&format!(r#"{{{id}, "asOf": "0000-01-01"}}"#)), "asOf: 0000-01-01 is outside the years 1900–2100");
    // The dashboard path checks the height as the single-target path does.
    let dashboard = Config::parse(r#"{"plan": "taizhou-2018-2020", "height": 99999}"#).expect("config");
    let plan = planmeter::dashboard::PlanWidget::from_config(&dashboard, TODAY, Lang::Zh).err().map(|error| error.to_string());
    assert_eq!(plan.as_deref(), Some("height: 99999 is outside 160–1200 (CSS pixels)"));
}
