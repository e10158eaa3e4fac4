//! Where figures come from: the data source of a widget or a data file (`source`), the
//! standing of one published value (`flag`: 初步核算, 预计, 修订), and a series of values
//! with what is known about each. The progress method reads only the values; the words,
//! the chart, the table and the exports show the rest.

use crate::catalog::Bilingual;
use crate::i18n::Lang;
use crate::json::{self, json_object, ConfigError, Fields, Json, Named, Read};
use crate::limits;
use crate::progress::{Date, Observations};
use crate::sorted::SortedMap;

/// The standing of a published value that is not the final figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema), schemars(rename_all = "kebab-case"))]
pub enum Flag {
    /// 初步核算: the first estimate a bureau publishes, revised later.
    Preliminary,
    /// 预计: a forecast for a year not yet closed (work reports).
    Estimate,
    /// 修订: a figure changed after its first publication.
    Revised,
}

impl Named for Flag {
    const NAMES: &'static [(&'static str, Flag)] =
        &[("preliminary", Flag::Preliminary), ("estimate", Flag::Estimate), ("revised", Flag::Revised)];
}

impl Flag {
    /// The flag in words: 「初步核算」, "preliminary".
    pub fn words(self, lang: Lang) -> &'static str {
        match self {
            Flag::Preliminary => lang.pick("初步核算", "preliminary"),
            Flag::Estimate => lang.pick("预计", "estimate"),
            Flag::Revised => lang.pick("修订", "revised"),
        }
    }
}

json_object! {
    /// Where the figures come from: a bureau's bulletin, a work report, a data portal.
    #[derive(Clone, Debug, PartialEq)]
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
    pub struct Source as r#"an object {"name": …, "url": …, "published": …}"# (schemars) {
        /// The publication: a string, or `{"zh": …, "en": …}`; at most 200 characters
        /// (「鄂州市统计局《2019年鄂州市国民经济和社会发展统计公报》」).
        #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "TextInBoth"))]
        pub name: Bilingual = "name" => read_name,
        /// An http(s) address of the publication.
        #[cfg_attr(not(target_arch = "wasm32"), schemars(regex(pattern = r"^[hH][tT][tT][pP][sS]?://\S+$")))]
        pub url: Option<String> = "url" => read_web_address,
        /// The date it was published, `YYYY-MM-DD`.
        #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<String>", regex(pattern = r"^\d{4}-\d{2}-\d{2}$")))]
        pub published: Option<Date> = "published" => read_published,
        /// Anything a reader should know about the figures (a string or `{zh, en}`).
        #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<TextInBoth>"))]
        pub note: Option<Bilingual> = "note" => read_note,
    }
}

fn read_name(fields: &Fields<'_>, key: &str) -> Result<Bilingual, ConfigError> {
    text_in_both(fields.required(key)?, &fields.at(key), limits::SOURCE_NAME_CHARS)
}

fn read_note(fields: &Fields<'_>, key: &str) -> Result<Option<Bilingual>, ConfigError> {
    fields.get(key).map(|json| text_in_both(json, &fields.at(key), limits::NOTE_CHARS)).transpose()
}

fn read_web_address(fields: &Fields<'_>, key: &str) -> Result<Option<String>, ConfigError> {
    fields.read::<Option<String>>(key)?.map(|url| web_address(&url, &fields.at(key))).transpose()
}

fn read_published(fields: &Fields<'_>, key: &str) -> Result<Option<Date>, ConfigError> {
    fields.read::<Option<String>>(key)?.map(|text| crate::config::read_date(&text, &fields.at(key))).transpose()
}

impl Source {
    /// Reads `{"name": …, "url": …, "published": …, "note": …}`; `name` and `note` are a
    /// string or `{"zh": …, "en": …}`.
    pub fn read(json: &Json, path: &str) -> Result<Source, ConfigError> {
        <Source as Read>::read(json, path)
    }

    /// The source in one line: 「鄂州市统计局《…公报》（2020-04-10发布）」.
    pub fn line(&self, lang: Lang) -> String {
        let name = lang.pick(&self.name.zh, &self.name.en);
        match (self.published, lang) {
            (Some(date), Lang::Zh) => format!("{name}（{date}发布）"),
            (Some(date), Lang::En) => format!("{name} (published {date})"),
            (None, _) => name.to_owned(),
        }
    }
}

/// An http(s) URL, nothing else: a source link a citizen may follow.
fn web_address(url: &str, path: &str) -> Result<String, ConfigError> {
    let lower = url.trim().to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return Err(ConfigError::new(path, format!("`{}` is not a web address: it must start with https:// or http://", json::shorten(url))));
    }
    if url.chars().count() > limits::URL_CHARS || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(ConfigError::new(path, format!("`{}` is not a web address (spaces, control characters, or over {} characters)", json::shorten(url), limits::URL_CHARS)));
    }
    Ok(url.to_owned())
}

/// A text in both languages: a string (the same in both) or `{"zh": …, "en": …}`, each
/// non-empty and at most `limit` characters.
pub fn text_in_both(json: &Json, path: &str, limit: usize) -> Result<Bilingual, ConfigError> {
    let bounded = |text: String, path: &str| -> Result<String, ConfigError> {
        let length = text.chars().count();
        if text.trim().is_empty() {
            Err(ConfigError::new(path, "is empty"))
        } else if length > limit {
            Err(ConfigError::new(path, format!("is {length} characters long; at most {limit} are taken (`{}`)", json::shorten(&text))))
        } else {
            Ok(text)
        }
    };
    match json {
        Json::String(text) => {
            let text = bounded(text.clone(), path)?;
            Ok(Bilingual { zh: text.clone(), en: text })
        }
        Json::Object(_) => {
            let both = <Bilingual as Read>::read(json, path)?;
            Ok(Bilingual { zh: bounded(both.zh, &json::join(path, "zh"))?, en: bounded(both.en, &json::join(path, "en"))? })
        }
        other => Err(json::invalid(other, path, r#"a string, or an object {"zh": …, "en": …}"#)),
    }
}

/// A text in both languages: one string for both, or `{"zh": …, "en": …}`.
#[cfg(not(target_arch = "wasm32"))]
struct TextInBoth;

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for TextInBoth {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TextInBoth".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "One string for both languages, or {\"zh\": …, \"en\": …}; at most 200 characters each (a note: 500).",
            "oneOf": [
                { "type": "string", "minLength": 1, "maxLength": 500 },
                {
                    "type": "object",
                    "properties": {
                        "zh": { "type": "string", "minLength": 1, "maxLength": 500 },
                        "en": { "type": "string", "minLength": 1, "maxLength": 500 }
                    },
                    "required": ["zh", "en"],
                    "additionalProperties": false
                }
            ]
        })
    }
}
/// What is known about one value besides the number.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mark {
    pub flag: Option<Flag>,
    /// The value's own source, where a data file names one per row.
    pub source: Option<String>,
}

json_object! {
    /// A value with its mark, as `actuals` and data files write it:
    /// `{"value": 7.9, "flag": "preliminary", "source": "…"}`.
    #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema), schemars(deny_unknown_fields))]
    pub struct MarkedValue as r#"a number, or an object {"value": …, "flag": …}"# (schemars) {
        pub value: f64 = "value",
        /// preliminary 初步核算, estimate 预计, revised 修订.
        pub flag: Option<Flag> = "flag",
        /// That value's own source, at most 200 characters.
        #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 200)))]
        pub source: Option<String> = "source" => read_value_source,
    }
}

fn read_value_source(fields: &Fields<'_>, key: &str) -> Result<Option<String>, ConfigError> {
    fields.read::<Option<String>>(key)?.map(|text| bounded_line(&text, &fields.at(key))).transpose()
}

/// Values by year, and the marks of the years that have any.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    pub values: Observations,
    pub marks: SortedMap<i32, Mark>,
}

impl Series {
    /// In the shape of `actuals`: a number per year, or `{"value", "flag", "source"}`
    /// where the year has a mark.
    pub fn to_json(&self) -> Json {
        let entries = self.values.iter().map(|(&year, &value)| {
            let json = match self.marks.get(&year) {
                None => Json::Number(value),
                Some(mark) => {
                    let mut fields = vec![("value".to_owned(), Json::Number(value))];
                    if let Some(flag) = mark.flag {
                        fields.push(("flag".to_owned(), Json::String(flag.name().to_owned())));
                    }
                    if let Some(source) = &mark.source {
                        fields.push(("source".to_owned(), Json::String(source.clone())));
                    }
                    Json::Object(fields)
                }
            };
            (year.to_string(), json)
        });
        Json::Object(entries.collect())
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Sets `year` to `value` with its mark (`Mark::default()` for none).
    pub fn set(&mut self, year: i32, value: f64, mark: Mark) -> Option<f64> {
        if mark == Mark::default() {
            self.marks.remove(&year);
        } else {
            self.marks.insert(year, mark);
        }
        self.values.insert(year, value)
    }

    /// Adds `other`'s values; where both have a year, `other`'s value and mark win.
    pub fn extend(&mut self, other: &Series) {
        for (&year, &value) in &other.values {
            self.set(year, value, other.marks.get(&year).cloned().unwrap_or_default());
        }
    }

    /// `{"2018": 8.3, "2019": {"value": 7.9, "flag": "preliminary"}}` at `path`.
    pub fn read(json: &Json, path: &str) -> Result<Series, ConfigError> {
        let Json::Object(entries) = json else {
            return Err(json::invalid(json, path, r#"an object of year → number, like {"2019": 7.9}"#));
        };
        let mut series = Series::default();
        for (key, value) in entries {
            series.read_year(key, value, path)?;
        }
        Ok(series)
    }

    /// One `"2019": 7.9` (or `"2019": {"value": 7.9, "flag": …, "source": …}`) of the
    /// object at `path`.
    pub fn read_year(&mut self, key: &str, json: &Json, path: &str) -> Result<(), ConfigError> {
        let year = crate::config::parse_year(key).map_err(|message| {
            ConfigError::new(path, message).with_zh(|| format!("{}“{}”不是年份（应为四位数字的年份）", if path.is_empty() { String::new() } else { format!("{path}：") }, json::shorten(key)))
        })?;
        let at = json::join(path, key);
        let (value, mark) = match json {
            Json::Object(_) => {
                let marked = MarkedValue::read(json, &at)?;
                (marked.value, Mark { flag: marked.flag, source: marked.source })
            }
            other => {
                let value = json::as_number(other, &at).map_err(|error| {
                    let found = match other {
                        Json::String(text) => format!("“{}”", json::shorten(text)),
                        Json::Null => "null".to_owned(),
                        Json::Bool(value) => value.to_string(),
                        _ => "数组".to_owned(),
                    };
                    error.with_zh(|| format!("{at}：数值应为数字，这里是{found}"))
                })?;
                (value, Mark::default())
            }
        };
        self.set(year, value, mark);
        Ok(())
    }
}

/// A one-line text of at most [`limits::SOURCE_NAME_CHARS`] characters (a per-value source).
pub fn bounded_line(text: &str, path: &str) -> Result<String, ConfigError> {
    let length = text.chars().count();
    if length > limits::SOURCE_NAME_CHARS {
        return Err(ConfigError::new(path, format!("is {length} characters long; at most {} are taken (`{}`)", limits::SOURCE_NAME_CHARS, json::shorten(text))));
    }
    Ok(text.trim().to_owned())
}
