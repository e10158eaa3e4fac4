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
            _ => Err(ConfigError::new(path, format!("unknown variant `{tag}`, expected `zh-CN` or `en`"))),
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
