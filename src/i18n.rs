//! Languages and number formatting for everything a citizen reads.

use serde::Serialize;

use crate::json::{self, ConfigError, Json};

/// The language of a widget's words. `zh-CN` is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    Zh,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// `zh-CN` or `en`; any `zh…` or `en…` tag (`zh-Hans`, `en-GB`) is taken too.
    pub fn read(json: &Json, path: &str) -> Result<Lang, ConfigError> {
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
