//! JSON in and out, small: a parser into [`Json`], a writer, decimal numbers both ways,
//! and typed reading with a path in every error (`plans[0].targets[3].kind: unknown
//! variant `levle` — did you mean `level`?`).
//!
//! Why not serde_json + serde_path_to_error: measured on the release wasm, that pair was
//! monomorphised per config and plan type into ~130 KB of code, most of the module; the
//! widget's whole budget is 70 KB gzip. Here one parser and one set of field readers
//! serve the config, inline plans, data files, the embedded catalog and `build.rs`
//! (which compiles this file through `#[path]`), so every one of them reports errors the
//! same way. It also rejects what serde_json lets pass silently: duplicate keys.
//!
//! May depend on nothing but `std` and `strsim`.

use std::fmt;

/// A parsed JSON value. Objects keep their keys in order (duplicates are a parse error).
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// A problem with a config, a plan or a data file, at a JSON path (empty for the whole
/// document): `actuals.2019: invalid type: string "八", expected a number`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    pub message: String,
    /// The whole problem in Chinese, path included, where one is written (the problems an
    /// editor meets in a data file); `message` is the English for everyone else.
    pub zh: Option<String>,
}

impl ConfigError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> ConfigError {
        ConfigError { path: path.into(), message: message.into(), zh: None }
    }

    /// The same problem, told in Chinese too: for editors (the CLI, the configurator on the
    /// editors' wasm). The widgets' wasm tells developers in English and leaves the words
    /// out (5 KB of gzip on every page): `zh` is never called there.
    #[cfg(any(not(target_arch = "wasm32"), feature = "author"))]
    pub fn with_zh<S: Into<String>>(mut self, zh: impl FnOnce() -> S) -> ConfigError {
        self.zh = Some(zh().into());
        self
    }

    /// The widgets' wasm: the English only.
    #[cfg(all(target_arch = "wasm32", not(feature = "author")))]
    pub fn with_zh<S: Into<String>>(self, _zh: impl FnOnce() -> S) -> ConfigError {
        self
    }

    /// The problem in Chinese where it has been written so, else in English.
    pub fn message_in(&self, chinese: bool) -> String {
        match (&self.zh, chinese) {
            (Some(zh), true) => zh.clone(),
            _ => self.to_string(),
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for ConfigError {}

pub type Result<T> = std::result::Result<T, ConfigError>;

mod decimal;
mod object;
mod parse;
mod read;
#[cfg(test)]
mod tests;

pub use decimal::{format_decimal, parse_decimal};
pub use parse::parse;
pub use read::*;
pub use object::{concat, count, or_default, required, Read};
pub(crate) use object::json_object;

/// At most 60 characters of `text` for a message: a longer text is cut, with `…` and its
/// length, so no input is ever echoed whole (a pasted megabyte does not come back as a
/// megabyte of error).
pub fn shorten(text: &str) -> String {
    match text.char_indices().nth(crate::limits::ECHO_CHARS) {
        Some((at, _)) => format!("{}… ({} characters)", &text[..at], crate::limits::grouped(text.chars().count())),
        None => text.to_owned(),
    }
}


impl Json {
    /// Compact JSON text. Numbers carry up to 10 decimals; NaN and infinities, which
    /// JSON cannot hold, become `null`.
    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Json::Number(value) if value.is_finite() => out.push_str(&format_decimal(*value, 10)),
            Json::Number(_) => out.push_str("null"),
            Json::String(text) => write_string(text, out),
            Json::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(entries) => {
                out.push('{');
                for (index, (key, value)) in entries.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }

    /// What this value is, for "invalid type" messages: `string "八"`, `number 7`, `null`.
    pub fn describe(&self) -> String {
        match self {
            Json::Null => "null".to_owned(),
            Json::Bool(value) => format!("boolean `{value}`"),
            Json::Number(value) => format!("number `{}`", format_decimal(*value, 10)),
            Json::String(text) => {
                let mut quoted = String::new();
                write_string(&shorten(text), &mut quoted);
                format!("string {quoted}")
            }
            Json::Array(_) => "array".to_owned(),
            Json::Object(_) => "object".to_owned(),
        }
    }
}

impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        self.write(&mut out);
        f.write_str(&out)
    }
}

fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{0}'..='\u{1f}' | '\u{2028}' | '\u{2029}' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let code = character as usize;
                out.push_str("\\u");
                for shift in [12, 8, 4, 0] {
                    out.push(HEX[(code >> shift) & 0xf] as char);
                }
            }
            _ => out.push(character),
        }
    }
    out.push('"');
}

/// Builds a JSON object in order: `Object::new().field("a", 1.0).finish()`.
#[derive(Default)]
pub struct Object(Vec<(String, Json)>);

impl Object {
    pub fn new() -> Object {
        Object(Vec::new())
    }

    pub fn field(mut self, key: &str, value: impl Into<Json>) -> Object {
        self.0.push((key.to_owned(), value.into()));
        self
    }

    pub fn finish(self) -> Json {
        Json::Object(self.0)
    }
}

impl From<f64> for Json {
    fn from(value: f64) -> Json {
        Json::Number(value)
    }
}

impl From<i32> for Json {
    fn from(value: i32) -> Json {
        Json::Number(value.into())
    }
}

impl From<bool> for Json {
    fn from(value: bool) -> Json {
        Json::Bool(value)
    }
}

impl From<&str> for Json {
    fn from(value: &str) -> Json {
        Json::String(value.to_owned())
    }
}

impl From<String> for Json {
    fn from(value: String) -> Json {
        Json::String(value)
    }
}

impl From<&String> for Json {
    fn from(value: &String) -> Json {
        Json::String(value.clone())
    }
}

impl<T: Into<Json>> From<Option<T>> for Json {
    fn from(value: Option<T>) -> Json {
        value.map_or(Json::Null, Into::into)
    }
}

impl<T: Into<Json>> From<Vec<T>> for Json {
    fn from(items: Vec<T>) -> Json {
        Json::Array(items.into_iter().map(Into::into).collect())
    }
}
