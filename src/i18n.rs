//! Languages and number formatting for everything a citizen reads.

use serde::Serialize;

use crate::json::{self, ConfigError, Json, Read};

/// The language of a widget's words. `zh-CN` is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    Zh,
    #[serde(rename = "en")]
    En,
}

/// `zh-CN` or `en`; any `zh…` or `en…` tag (`zh-Hans`, `en-GB`) is taken too.
impl Read for Lang {
    fn read(json: &Json, path: &str) -> Result<Lang, ConfigError> {
        let tag = json::as_string(json, path)?;
        match tag.to_ascii_lowercase().split(['-', '_']).next() {
            Some("zh") => Ok(Lang::Zh),
            Some("en") => Ok(Lang::En),
            _ => Err(ConfigError::new(path, format!("unknown variant `{}`, expected `zh-CN` or `en`", json::shorten(&tag)))),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Lang {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Lang".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "zh-CN or en; any zh… or en… tag (zh-Hans, en-GB) is taken too.",
            "type": "string",
            "pattern": "^([zZ][hH]|[eE][nN])([-_].*)?$",
            "examples": ["zh-CN", "en"]
        })
    }
}

impl Lang {
    /// Picks the Chinese or the English of a pair.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// The BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        self.pick("zh-CN", "en")
    }
}

/// A number with at most `decimals` decimals and no trailing zeros: 8 → "8", 7.95 → "8",
/// 8.133 → "8.1" (decimals 1), -0.04 → "0".
pub fn number(value: f64, decimals: usize) -> String {
    json::format_decimal(value, decimals)
}

/// Whether `unit` counts whole things (家, 个, 项 …): such values never show fractions
/// where the widget computes them (an on-schedule path, a projection).
pub fn is_count(unit: &str) -> bool {
    const COUNTS: &[&str] = &[
        "家", "个", "项", "件", "次", "场", "名", "人", "人次", "座", "台", "套", "条", "所", "户", "款", "批", "位", "处",
        "辆", "艘", "部", "本", "种", "只", "架", "栋", "间", "支", "期", "届", "家次", "项次", "个次",
    ];
    COUNTS.contains(&unit)
}

/// A value the widget computed (not observed) in `unit`: counts rounded to a whole
/// number and read as approximate (「约128」, "about 128"), others to two decimals.
pub fn computed(value: f64, unit: &str, lang: Lang) -> String {
    if is_count(unit) {
        format!("{}{}", lang.pick("约", "about "), number(value.round(), 0))
    } else {
        number(value, 2)
    }
}

/// A signed change in words: 「上升2%」「下降1.5个百分点」, "+2%", "−1.5 pp".
pub fn signed_change(value: f64, unit: &str, lang: Lang) -> String {
    let size = number(value.abs(), 2);
    match lang {
        Lang::Zh if size == "0" => format!("持平（0{unit}）"),
        Lang::Zh if value > 0.0 => format!("上升{size}{unit}"),
        Lang::Zh => format!("下降{size}{unit}"),
        Lang::En => {
            let unit = crate::progress::english_unit(unit);
            if size == "0" {
                format!("0{unit}")
            } else if value > 0.0 {
                format!("+{size}{unit}")
            } else {
                format!("\u{2212}{size}{unit}")
            }
        }
    }
}

/// The words of the widget's own controls, which the loader puts in the page: here with
/// every other word a citizen reads (the loader keeps only the four it needs before the
/// wasm has loaded: loading, retry, unavailable, technical details). `shown` holds
/// `{shown}` and `{total}`.
pub fn control_words(lang: Lang) -> Json {
    let words = WORDS.iter().map(|&(key, zh, en)| (key.to_owned(), lang.pick(zh, en)));
    // A value's flag (`flag.preliminary`: 初步核算), for the configurator's reading of a data box.
    let flags = <crate::provenance::Flag as crate::json::Named>::NAMES.iter().map(|&(name, flag)| (format!("flag.{name}"), flag.words(lang)));
    Json::Object(words.chain(flags).map(|(key, word)| (key, Json::String(word.to_owned()))).collect())
}

/// One of [`control_words`], for the words the core draws itself (the export's frame).
pub fn control_word(lang: Lang, key: &str) -> &'static str {
    WORDS.iter().find(|(name, _, _)| *name == key).map_or("", |&(_, zh, en)| lang.pick(zh, en))
}

const WORDS: &[(&str, &str, &str)] = &[
        ("chart", "图表", "Chart"),
        ("table", "表格", "Table"),
        ("png", "下载图片", "Download image"),
        ("csv", "下载数据", "Download data"),
        ("method", "计算方法", "How this is judged"),
        ("source", "来源", "Source"),
        ("sourceAndMethod", "来源与方法", "Source and method"),
        ("document", "文件", "Document"),
        ("docNumber", "文号", "Document no."),
        ("issuer", "发布机关", "Issued by"),
        ("section", "所在部分", "Section"),
        ("measure", "所属措施", "Measure"),
        ("responsible", "责任单位", "Responsible units"),
        ("noResponsible", "原文未列明", "not named in the text"),
        ("reading", "解读说明", "Reading of the text"),
        (
            "plotHelp",
            "交互图表：用左右方向键逐年查看数据，Home/End 跳到首末年，Esc 关闭提示。",
            "Interactive chart: left and right arrow keys step through the years, Home and End jump to the first and last, Esc closes the tooltip.",
        ),
        ("views", "显示方式与下载", "View and download"),
        ("back", "← 返回全部目标", "← Back to all targets"),
        ("filterStatus", "按状态筛选", "Status"),
        ("filterSection", "按部分筛选", "Section"),
        ("all", "全部", "All"),
        ("shown", "显示 {shown} / {total} 个目标", "Showing {shown} of {total} targets"),
        ("summary", "各状态目标数", "Targets per status"),
        ("illustrative", "示例数据", "Illustrative data"),
        ("illustrativeLong", "示例数据：图中数值仅为示意，并非官方统计", "Illustrative data: the figures are examples, not official statistics"),
        ("dataSource", "数据来源", "Data source"),
        ("copyLink", "复制链接", "Copy link"),
        ("copied", "链接已复制", "Link copied"),
        ("copyByHand", "请复制下面的链接：", "Copy this link:"),
        ("colon", "：", ": "),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn check(value: f64, expect: &str) {
        assert_eq!(number(value, 1), expect, "number({value}, 1)");
    }

    #[test]
    fn numbers_drop_trailing_zeros() {
        check(8.0, "8");
        check(7.9, "7.9");
        check(8.133, "8.1");
        check(7.96, "8");
        check(-0.04, "0");
        check(-2.5, "-2.5");
        check(f64::NAN, "—");
    }
}
