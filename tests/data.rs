//! Data as people have it (issue 18): every shape a statistician pastes or a portal
//! publishes — `year,value` without an indicator, Chinese headers, tab-separated text from
//! Excel or WPS, the full-width comma, full-width digits, thousands separators, `8.3%`,
//! `2019年` — reads to the same values as the canonical `indicator,year,value` CSV; and
//! whatever the reader would have to guess is a problem naming its row, in English and
//! in Chinese.

use planmeter::config::Actuals;
use planmeter::data::{parse_data, values_for};
use planmeter::provenance::Series;

const ID: &str = "ezhou-2018-2020.value-added-growth";

/// `text` read for the widget of `ID`.
fn series(text: &str) -> Series {
    let actuals: Actuals = parse_data(text).unwrap_or_else(|problems| panic!("{text:?}: {problems:?}"));
    values_for(&actuals, Some(ID)).unwrap_or_else(|problem| panic!("{text:?}: {problem}"));
    actuals.of(ID)
}

/// Every shape in `shapes` reads to what `canonical` does.
fn same_as(canonical: &str, shapes: &[&str]) {
    let expected = series(canonical);
    assert!(!expected.is_empty());
    for shape in shapes {
        assert_eq!(series(shape), expected, "{shape:?}");
    }
}

#[test]
fn every_shape_reads_as_the_canonical_csv() {
    let canonical = format!("indicator,year,value\n{ID},2018,8.3\n{ID},2019,7.9\n");
    same_as(
        &canonical,
        &[
            // No indicator column: the widget's own target.
            "year,value\n2018,8.3\n2019,7.9\n",
            "value,year\n8.3,2018\n7.9,2019\n",
            // Chinese headers, any case and spacing, full-width spaces.
            "年份,数值\n2018,8.3\n2019,7.9\n",
            "年份,值\n2018,8.3\n2019,7.9\n",
            "年度,数据\n2018,8.3\n2019,7.9\n",
            " Year , VALUE \n2018,8.3\n2019,7.9\n",
            "\u{3000}年 份\u{3000},\u{3000}数值\u{3000}\n2018,8.3\n2019,7.9\n",
            &format!("指标,年份,数值\n{ID},2018,8.3\n{ID},2019,7.9\n"),
            &format!("指标编号\t年份\t数值\n{ID}\t2018\t8.3\n{ID}\t2019\t7.9\n"),
            // Pasted from Excel or WPS: tabs, \r\n, a trailing empty column.
            "年份\t数值\t\r\n2018\t8.3\t\r\n2019\t7.9\t\r\n",
            "年份\t数值\r\n2018\t8.3\r\n2019\t7.9\r\n\r\n",
            // Excel's "CSV UTF-8": a BOM and \r\n.
            "\u{feff}年份,数值\r\n2018,8.3\r\n2019,7.9\r\n",
            // The full-width comma between cells.
            "年份，数值\n2018，8.3\n2019，7.9\n",
            // Full-width digits and point, percent signs, years with 年.
            "年份,数值\n２０１８,８．３\n２０１９,７．９\n",
            "year,value\n2018,8.3%\n2019,7.9 %\n",
            "年份\t数值\n２０１８年\t８．３％\n２０１９年\t７．９％\n",
            "年份,数值\n2018年,8.3\n2019 年,7.9\n",
            // A note for people is read past.
            "年份,数值,备注\n2018,8.3,初步\n2019,7.9,\"据公报, 第3页\"\n",
        ],
    );
}

#[test]
fn thousands_and_signs_read_as_the_canonical_csv() {
    let canonical = format!("indicator,year,value\n{ID},2018,1234.5\n{ID},2019,-12.5\n{ID},2020,1234567\n");
    same_as(
        &canonical,
        &[
            // A comma inside a quoted cell, in tab-separated text, or a full-width one.
            "year,value\n2018,\"1,234.5\"\n2019,-12.5\n2020,\"1,234,567\"\n",
            "年份\t数值\n2018\t1,234.5\n2019\t－12.5\n2020\t1,234,567\n",
            "年份,数值\n2018,1，234.5\n2019,\u{2212}12.5\n2020,１，２３４，５６７\n",
            "年份，数值\n2018，1,234.5\n2019，－１２．５\n2020，1,234,567\n",
        ],
    );
}

#[test]
fn flags_and_sources_under_chinese_headers() {
    let canonical = format!("indicator,year,value,flag,source\n{ID},2018,8.3,,公报\n{ID},2019,7.9,preliminary,《2019年统计公报》\n");
    same_as(
        &canonical,
        &[
            "年份,数值,标注,数据来源\n2018,8.3,,公报\n2019,7.9,初步核算,《2019年统计公报》\n",
            "来源\t标注\t数值\t年份\t\r\n公报\t\t8.3\t2018\t\r\n《2019年统计公报》\t初步核算\t7.9\t2019\t\r\n",
            "Year,Value,Flag,Source\n2018年,8.3,,公报\n2019年,７．９,PRELIMINARY,《2019年统计公报》\n",
        ],
    );
}

#[test]
fn json_data_files_read_as_before() {
    let json = r#"{"2018": 8.3, "2019": 7.9}"#;
    assert_eq!(series(json), series(&format!("indicator,year,value\n{ID},2018,8.3\n{ID},2019,7.9\n")));
    let keyed = parse_data(&format!(r#"{{"{ID}": {{"2019": {{"value": 7.9, "flag": "preliminary"}}}}}}"#)).expect("keyed");
    assert_eq!(values_for(&keyed, None).expect("a plan's").to_string(), format!(r#"{{"{ID}":{{"2019":{{"value":7.9,"flag":"preliminary"}}}}}}"#));
}

/// The problems of `text`, in English and in Chinese.
fn problems(text: &str) -> (Vec<String>, Vec<String>) {
    let problems = parse_data(text).expect_err(text);
    (problems.iter().map(|problem| problem.message_in(false)).collect(), problems.iter().map(|problem| problem.message_in(true)).collect())
}

/// `text` has exactly the problem `en` / `zh`.
fn refused(text: &str, en: &str, zh: &str) {
    assert_eq!(problems(text), (vec![en.to_owned()], vec![zh.to_owned()]), "{text:?}");
}

#[test]
fn a_number_or_two_cells_is_asked_not_guessed() {
    refused(
        "year,value\n2018,8.3\n2019,1,234\n",
        r#"row 3: `1,234`: one number or two cells? A comma separates the cells here: quote the number ("1,234") or leave the comma out (1234)"#,
        r#"第3行：“1,234”是一个数还是两格？这里逗号用来分隔各列：请给数字加上引号（"1,234"）或去掉逗号（1234）"#,
    );
    refused(
        "年份，数值\n2019，1，234.5\n",
        r#"row 2: `1，234.5`: one number or two cells? A full-width comma separates the cells here: quote the number ("1，234.5") or leave the comma out (1234.5)"#,
        r#"第2行：“1，234.5”是一个数还是两格？这里全角逗号用来分隔各列：请给数字加上引号（"1，234.5"）或去掉逗号（1234.5）"#,
    );
    // A decimal comma is not a thousands separator, nor a guess.
    refused(
        "年份\t数值\n2019\t7,9\n",
        "row 2: the value `7,9` is not a number (a comma only groups thousands, as in 1,234.5)",
        "第2行：数值“7,9”不是数字（逗号只用作千位分隔，如 1,234.5）",
    );
}

#[test]
fn two_values_for_one_year_are_refused() {
    refused("year,value\n2019,7.9\n2018,8.3\n2019年,8.1\n", "row 4: a second value for 2019 (the first is in row 2)", "第4行：2019年已有数值（第2行），不能有两个");
    refused(
        &format!("指标,年份,数值\n{ID},2019,7.9\n{ID},2019,8.1\n"),
        &format!("row 3: `{ID}` has a second value for 2019"),
        &format!("第3行：“{ID}”的2019年数值重复"),
    );
}

#[test]
fn a_year_must_be_one_a_plan_can_have() {
    refused("year,value\n2019,7.9\n1800,1\n", "row 3: 1800 is outside the years 1949–2100", "第3行：1800年不在1949—2100年之间");
    refused("年份,数值\n２２００年,1\n", "row 2: 2200 is outside the years 1949–2100", "第2行：2200年不在1949—2100年之间");
    refused("年份,数值\n19年,1\n", "row 2: `19年` is not a year (expected four digits)", "第2行：“19年”不是年份（应为四位数字）");
}

#[test]
fn an_unknown_header_is_named_with_the_one_it_is_close_to() {
    refused("yaer,value\n2019,7.9\n", "row 1: unknown column `yaer`; did you mean `year`?", "第1行：不认识的列名“yaer”，是否应为“year”？");
    refused("年分\t数值\n2019\t7.9\n", "row 1: unknown column `年分`; did you mean `年份`?", "第1行：不认识的列名“年分”，是否应为“年份”？");
    refused("year,value,flags\n2019,7.9,\n", "row 1: unknown column `flags`; did you mean `flag`?", "第1行：不认识的列名“flags”，是否应为“flag”？");
    refused(
        "年份,数值,单位\n2019,7.9,%\n",
        "row 1: unknown column `单位`; the columns are year and value, and optionally indicator, flag, source, note (or 年份, 数值, 指标, 标注, 来源, 备注)",
        "第1行：不认识的列名“单位”；可用的列为 年份、数值，以及可选的 指标、标注、来源、备注（或 year、value、indicator、flag、source、note）",
    );
    refused("年份,数值,值\n2019,7.9,7.9\n", "row 1: `数值` and `值` name the same column; keep one", "第1行：“数值”和“值”是同一列，只保留一个");
    refused(
        "2018\t8.3\n2019\t7.9\n",
        "row 1: the first row names the columns (year and value, and indicator for a file of several targets), but it holds figures: `2018`, `8.3`",
        "第1行应为列名（年份、数值，多个指标时加上指标），这里却是数据：“2018”、“8.3”",
    );
    refused(
        "年份,数值，备注\n2019,7.9\n",
        "row 1: the header has both , and ，: which one separates the columns? Use one of them (or tabs)",
        "第1行：表头中既有半角逗号“,”又有全角逗号“，”，无法判断用哪个分隔各列；请只用其中一种（或制表符）",
    );
}

#[test]
fn a_row_with_more_cells_than_the_header_is_refused() {
    refused(
        "year,value\n2019,7.9,estimate\n",
        "row 2: `estimate` is in column 3, but the header names 2 columns; a row has no more cells than the header",
        "第2行：“estimate”在第3列，但表头只有2列；每行的格数不能多于表头",
    );
    refused("年份\t数值\t\r\n2018\t8.3\t\r\n2019\t7.9\t预计\r\n", "row 3: `预计` is in column 3, which has no name in the header", "第3行：“预计”在第3列，但表头中这一列没有列名");
    // Empty cells past the header are Excel's, and fine.
    same_as("year,value\n2019,7.9\n", &["year,value\n2019,7.9,,\n", "年份\t数值\n2019\t7.9\t\t\n"]);
}

#[test]
fn every_problem_of_a_paste_is_named_in_row_order() {
    let (en, zh) = problems("年份,数值\n2018,八\n20l9,1\n2020,1,234\n1800,3\n");
    assert_eq!(
        en,
        [
            "row 2: the value `八` is not a number",
            "row 3: `20l9` is not a year (expected four digits)",
            r#"row 4: `1,234`: one number or two cells? A comma separates the cells here: quote the number ("1,234") or leave the comma out (1234)"#,
            "row 5: 1800 is outside the years 1949–2100",
        ]
    );
    assert!(zh.iter().zip(["第2行：", "第3行：", "第4行：", "第5行："]).all(|(message, row)| message.starts_with(row)), "{zh:?}");
}

#[test]
fn values_go_where_they_can_be_meant() {
    // `year,value` for a whole plan: whose are they?
    let plain = parse_data("year,value\n2019,7.9\n").expect("plain");
    let problem = values_for(&plain, None).expect_err("a plan's need indicators");
    assert_eq!(problem.to_string(), "indicator: figures without an indicator column are one target's; a whole plan's need the column indicator (指标) naming each row's target");
    assert_eq!(problem.message_in(true), "指标：没有指标列的数据只能用于单个目标；整份规划的数据须有“指标”（indicator）列，写明每行的目标编号");
    // A file of other targets only: nothing to show, and said, with the near id.
    let others = parse_data("indicator,year,value\nezhou-2018-2020.value-add-growth,2019,7.9\n").expect("others");
    let problem = values_for(&others, Some(ID)).expect_err("no row for the target");
    assert_eq!(
        problem.to_string(),
        format!("indicator: no row is for `{ID}`; the file's indicators are `ezhou-2018-2020.value-add-growth`; did you mean `ezhou-2018-2020.value-add-growth`?")
    );
    assert_eq!(
        problem.message_in(true),
        format!("指标：没有“{ID}”的数据；文件中的指标为“ezhou-2018-2020.value-add-growth”；是否应为“ezhou-2018-2020.value-add-growth”？")
    );
    // A plan-wide file for one target: its rows.
    let shared = parse_data(&format!("indicator,year,value\na.b,2019,1\n{ID},2019,7.9\n")).expect("shared");
    assert_eq!(values_for(&shared, Some(ID)).expect("its rows").to_string(), r#"{"2019":7.9}"#);
}
