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

    /// The same problem, told in Chinese too.
    pub fn with_zh(mut self, zh: impl Into<String>) -> ConfigError {
        self.zh = Some(zh.into());
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

/// Deeper nesting than this is not a config; it is refused before it can exhaust the stack.
pub const MAX_DEPTH: usize = 128;

/// Objects with up to this many keys check each new key against the earlier ones.
const FEW_KEYS: usize = 32;

use crate::limits::STRING_CHARS;

/// Parses JSON text (RFC 8259). Errors say what and where: `invalid JSON: trailing comma
/// at line 1 column 44`.
pub fn parse(text: &str) -> Result<Json> {
    let mut parser = Parser { text, bytes: text.as_bytes(), at: 0 };
    let value = parser.value(0)?;
    parser.space();
    if parser.at < parser.bytes.len() {
        return Err(parser.error("trailing characters"));
    }
    Ok(value)
}

/// A JSON syntax problem in Chinese, for editors.
fn syntax_in_chinese(what: &str) -> String {
    if let Some(key) = what.strip_prefix("duplicate key ") {
        return format!("键名{key}重复出现");
    }
    match what {
        "trailing characters" => "值之后还有多余的字符",
        "recursion limit exceeded" => "嵌套超过128层",
        "EOF while parsing a value" => "文本在一个值的中途结束",
        "expected value" => "此处应为一个值",
        "expected ident" => "无法识别的词（应为 true、false 或 null）",
        "EOF while parsing an object" => "文本在对象中途结束（缺少 }）",
        "key must be a string" => "键名必须用英文双引号括起",
        "expected `:`" => "此处应为冒号 :",
        "trailing comma" => "最后一项之后多了逗号",
        "expected `,` or `}`" => "此处应为逗号 , 或 }",
        "EOF while parsing a list" => "文本在数组中途结束（缺少 ]）",
        "expected `,` or `]`" => "此处应为逗号 , 或 ]",
        "EOF while parsing a string" => "字符串缺少结尾的双引号",
        "invalid escape" => "无效的转义符",
        "invalid number" => "无效的数字",
        "number out of range" => "数字超出范围",
        _ if what.starts_with("control character") => "字符串中有控制字符",
        _ => "无效的 Unicode 转义",
    }
    .to_owned()
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    /// `invalid JSON: <what> at line L column C`; the column counts characters, 1-based,
    /// of the offending one (of the last one at the end of the text).
    fn error(&self, what: &str) -> ConfigError {
        let at = self.at.min(self.text.len());
        let mut start = at;
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let before = &self.text[..start];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        let mut column = before[line_start..].chars().count();
        if at < self.text.len() || column == 0 {
            column += 1;
        }
        // Configs are often typed with a Chinese input method on: name the look-alike.
        let hint = match self.text[start..].chars().next() {
            Some(found @ ('“' | '”' | '‘' | '’' | '：' | '，' | '｛' | '｝' | '［' | '］')) => {
                let ascii = match found {
                    '“' | '”' => '"',
                    '‘' | '’' => '\'',
                    '：' => ':',
                    '，' => ',',
                    '｛' => '{',
                    '｝' => '}',
                    '［' => '[',
                    _ => ']',
                };
                format!(" (a full-width {found}; JSON needs the ASCII {ascii} here — 请使用英文半角标点)")
            }
            _ => String::new(),
        };
        let hint_zh = hint.split_once(" — ").map_or(String::new(), |(_, zh)| {
            let found = self.text[start..].chars().next().unwrap_or(' ');
            format!("：此处是全角的“{found}”，{zh}")
        });
        ConfigError::new("", format!("invalid JSON: {what} at line {line} column {column}{hint}"))
            .with_zh(format!("JSON 格式有误：{}（第{line}行第{column}列）{hint_zh}", syntax_in_chinese(what)))
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json> {
        if depth > MAX_DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        self.space();
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => Ok(Json::String(self.string()?)),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            Some(_) => Err(self.error("expected value")),
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json> {
        for expected in word.bytes() {
            match self.peek() {
                None => return Err(self.error("EOF while parsing a value")),
                Some(byte) if byte == expected => self.at += 1,
                Some(_) => return Err(self.error("expected ident")),
            }
        }
        Ok(value)
    }

    fn object(&mut self, depth: usize) -> Result<Json> {
        self.at += 1;
        let mut entries: Vec<(String, Json)> = Vec::new();
        let mut key_starts: Vec<usize> = Vec::new();
        loop {
            self.space();
            match self.peek() {
                None => return Err(self.error("EOF while parsing an object")),
                Some(b'}') if entries.is_empty() => break,
                Some(b'"') => {}
                Some(_) => return Err(self.error("key must be a string")),
            }
            let key_at = self.at;
            let key = self.string()?;
            // A few keys are compared as they come; many are sorted once at the end (a
            // data file's object of 80,000 ids took 20 s compared one by one).
            if entries.len() < FEW_KEYS && entries.iter().any(|(seen, _)| *seen == key) {
                self.at = key_at;
                return Err(self.error(&format!("duplicate key `{}`", shorten(&key))));
            }
            key_starts.push(key_at);
            self.space();
            match self.peek() {
                None => return Err(self.error("EOF while parsing an object")),
                Some(b':') => self.at += 1,
                Some(_) => return Err(self.error("expected `:`")),
            }
            let value = self.value(depth + 1)?;
            entries.push((key, value));
            self.space();
            match self.peek() {
                None => return Err(self.error("EOF while parsing an object")),
                Some(b',') => {
                    self.at += 1;
                    self.space();
                    if self.peek() == Some(b'}') {
                        return Err(self.error("trailing comma"));
                    }
                }
                Some(b'}') => break,
                Some(_) => return Err(self.error("expected `,` or `}`")),
            }
        }
        if entries.len() > FEW_KEYS {
            // The first key (in the text) that repeats an earlier one: O(n log n).
            let order = crate::sorted::order_by(entries.len(), &|a, b| entries[a].0.cmp(&entries[b].0));
            let repeated = order.windows(2).filter(|pair| entries[pair[0]].0 == entries[pair[1]].0).map(|pair| pair[1]).min();
            if let Some(index) = repeated {
                self.at = key_starts[index];
                return Err(self.error(&format!("duplicate key `{}`", shorten(&entries[index].0))));
            }
        }
        self.at += 1;
        Ok(Json::Object(entries))
    }

    fn array(&mut self, depth: usize) -> Result<Json> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.space();
            match self.peek() {
                None => return Err(self.error("EOF while parsing a list")),
                Some(b',') => {
                    self.at += 1;
                    self.space();
                    if self.peek() == Some(b']') {
                        return Err(self.error("trailing comma"));
                    }
                }
                Some(b']') => break,
                Some(_) => return Err(self.error("expected `,` or `]`")),
            }
        }
        self.at += 1;
        Ok(Json::Array(items))
    }

    fn string(&mut self) -> Result<String> {
        let start = self.at;
        self.at += 1;
        let mut out = String::new();
        let mut run = self.at;
        loop {
            let Some(byte) = self.peek() else {
                return Err(self.error("EOF while parsing a string"));
            };
            match byte {
                b'"' => {
                    out.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    let length = if out.len() > STRING_CHARS { out.chars().count() } else { 0 };
                    if length > STRING_CHARS {
                        self.at = start;
                        return Err(self.error(&format!(
                            "a string of {} characters; at most {} are taken",
                            crate::limits::grouped(length),
                            crate::limits::grouped(STRING_CHARS)
                        )));
                    }
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    let escaped = match self.peek() {
                        None => return Err(self.error("EOF while parsing a string")),
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        Some(_) => return Err(self.error("invalid escape")),
                    };
                    self.at += 1;
                    out.push(escaped);
                    run = self.at;
                }
                0..=0x1f => return Err(self.error("control character (\\u0000-\\u001F) found while parsing a string")),
                _ => self.at += 1,
            }
        }
    }

    /// At the `u` of `\uXXXX` (and a following low surrogate); leaves `at` on the last
    /// hex digit.
    fn unicode_escape(&mut self) -> Result<char> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if self.bytes.get(self.at + 1..self.at + 3) != Some(b"\\u") {
                return Err(self.error("lone leading surrogate in hex escape"));
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("lone leading surrogate in hex escape"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))
    }

    /// Reads the four hex digits after the `u` at `at`; leaves `at` on the last one.
    fn hex4(&mut self) -> Result<u32> {
        let mut code = 0;
        for _ in 0..4 {
            self.at += 1;
            let digit = match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(byte) => (byte as char).to_digit(16).ok_or_else(|| self.error("invalid escape"))?,
            };
            code = code * 16 + digit;
        }
        Ok(code)
    }

    fn number(&mut self) -> Result<Json> {
        let start = self.at;
        let digits = |parser: &mut Parser| {
            let from = parser.at;
            while matches!(parser.peek(), Some(b'0'..=b'9')) {
                parser.at += 1;
            }
            parser.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let leading_zero = self.peek() == Some(b'0');
        if !digits(self) {
            return Err(self.error(if self.peek().is_none() { "EOF while parsing a value" } else { "invalid number" }));
        }
        if leading_zero && self.at - start > 1 + usize::from(self.bytes[start] == b'-') {
            self.at = start;
            return Err(self.error("invalid number"));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        match parse_decimal(&self.text[start..self.at]) {
            Some(number) if number.is_finite() => Ok(Json::Number(number)),
            _ => {
                self.at = start;
                Err(self.error("number out of range"))
            }
        }
    }
}

const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22,
];

/// A decimal number: `8.3`, `-0.5`, `+12`, `.5`, `1e-3`. `None` for anything else
/// (`inf`, `NaN`, `1,000`, ``). Exact (correctly rounded) whenever the digits fit in 53
/// bits and the decimal exponent in ±22 — every figure a plan or a statistics bureau
/// publishes; beyond that within a few units in the last place. Infinite when too large.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, mut at) = match bytes.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let mut mantissa: u64 = 0;
    let mut exponent: i64 = 0;
    let mut digits = 0;
    let mut seen_point = false;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'0'..=b'9' => {
                digits += 1;
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(byte - b'0');
                    if seen_point {
                        exponent -= 1;
                    }
                } else if !seen_point {
                    exponent += 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        at += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(at) {
        at += 1;
        let (sign, from) = match bytes.get(at) {
            Some(b'-') => (-1, at + 1),
            Some(b'+') => (1, at + 1),
            _ => (1, at),
        };
        let written = text.get(from..)?;
        if written.is_empty() || !written.bytes().all(|byte| byte.is_ascii_digit()) {
            return None;
        }
        let power: i64 = written.parse().unwrap_or(i64::MAX / 2);
        exponent = exponent.saturating_add(sign * power.min(100_000));
        at = text.len();
    }
    if at != bytes.len() {
        return None;
    }
    let mut value = mantissa as f64;
    if mantissa != 0 {
        // Clinger's fast path when both factors are exact; chunks of 10²² otherwise.
        while exponent > 22 && value.is_finite() {
            value *= 1e22;
            exponent -= 22;
        }
        while exponent < -22 && value != 0.0 {
            value /= 1e22;
            exponent += 22;
        }
        let power = POWERS_OF_TEN[exponent.unsigned_abs().min(22) as usize];
        value = if exponent >= 0 { value * power } else { value / power };
    }
    Some(if negative { -value } else { value })
}

/// `value` with at most `decimals` (≤ 10) decimals and no trailing zeros, rounded half
/// away from zero as statistics bureaus round (四舍五入): 7.96 → "8", 8.25 → "8.3" at one
/// decimal, -0.04 → "0". Very large values keep their leading 16 digits. Not finite: "—".
pub fn format_decimal(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let mut decimals = decimals.min(10);
    let mut scaled = (value.abs() * POWERS_OF_TEN[decimals]).round();
    while scaled >= 9e15 && decimals > 0 {
        decimals -= 1;
        scaled = (value.abs() * POWERS_OF_TEN[decimals]).round();
    }
    let mut zeros = 0;
    while scaled >= 9e15 {
        scaled = (scaled / 10.0).round();
        zeros += 1;
    }
    let units = scaled as u64;
    if units == 0 {
        return "0".to_owned();
    }
    let mut text = if value < 0.0 { String::from("-") } else { String::new() };
    let divisor = 10u64.pow(decimals as u32);
    text.push_str(&(units / divisor).to_string());
    for _ in 0..zeros {
        text.push('0');
    }
    let fraction = units % divisor;
    if fraction != 0 {
        let digits = fraction.to_string();
        text.push('.');
        for _ in digits.len()..decimals {
            text.push('0');
        }
        text.push_str(digits.trim_end_matches('0'));
    }
    text
}

/// `text` for an error message: at most 60 characters, the rest as `…`, so a pasted
/// megabyte does not come back as a megabyte of error.
/// At most 60 characters of `text` for a message: a longer text is cut, with `…` and its
/// length, so no input is ever echoed whole.
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

// ---- Typed reading ------------------------------------------------------------------

/// `parent.key`, or `key` at the top.
/// `parent.key`; a key too long to read is shortened (see [`shorten`]).
pub fn join(parent: &str, key: &str) -> String {
    let key = &shorten(key);
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

/// `invalid type: string "八", expected a number`, at `path`.
pub fn invalid(json: &Json, path: &str, expected: &str) -> ConfigError {
    ConfigError::new(path, format!("invalid type: {}, expected {expected}", json.describe()))
}

/// "expected `a`", "expected `a` or `b`", "expected one of `a`, `b`, `c`".
fn expected_names(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    match quoted.as_slice() {
        [] => "expected nothing".to_owned(),
        [one] => format!("expected {one}"),
        [first, second] => format!("expected {first} or {second}"),
        _ => format!("expected one of {}", quoted.join(", ")),
    }
}

/// `unknown field `actual` — did you mean `actuals`? (expected one of …)`.
fn unknown(what: &str, name: &str, names: &[&str]) -> String {
    let expected = expected_names(names);
    let name = &shorten(name);
    match closest(name, names.iter().copied()) {
        Some(best) => format!("unknown {what} `{name}` — did you mean `{best}`? ({expected})"),
        None => format!("unknown {what} `{name}`, {expected}"),
    }
}

/// The candidate nearest to `wrong` when it is near enough to be a typo (case ignored).
/// Only names of plausible length are compared (the distance costs the product of the two
/// lengths: a 100 KB `indicator` once froze a tab for seconds), and only with candidates
/// whose length is near enough for the distance to qualify.
pub fn closest<'a>(wrong: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    if wrong.len() > crate::limits::SUGGESTION_CHARS {
        return None;
    }
    let wrong_lower = wrong.to_ascii_lowercase();
    let wrong_length = wrong.chars().count();
    candidates
        .filter(|candidate| wrong_length.abs_diff(candidate.chars().count()) <= (candidate.chars().count() / 3).max(1))
        .map(|candidate| (strsim::damerau_levenshtein(&wrong_lower, &candidate.to_ascii_lowercase()), candidate))
        .filter(|&(distance, candidate)| distance <= (candidate.chars().count() / 3).max(1))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// The JSON names of an enum's variants, for reading and writing them.
pub trait Named: Copy + PartialEq + 'static {
    const NAMES: &'static [(&'static str, Self)];

    fn name(self) -> &'static str {
        Self::NAMES.iter().find(|(_, value)| *value == self).map_or("", |(name, _)| name)
    }
}

/// The fields of a JSON object being read, every one known: see [`Fields::of`].
pub struct Fields<'a> {
    pub path: String,
    pub entries: &'a [(String, Json)],
}

impl<'a> Fields<'a> {
    /// `json` as an object whose keys are all in `known`; `expected` describes it for
    /// the "invalid type" message ("an object").
    pub fn of(json: &'a Json, path: &str, expected: &str, known: &[&str]) -> Result<Fields<'a>> {
        let Json::Object(entries) = json else {
            return Err(invalid(json, path, expected));
        };
        for (key, _) in entries {
            if !known.contains(&key.as_str()) {
                return Err(ConfigError::new(join(path, key), unknown("field", key, known)));
            }
        }
        Ok(Fields { path: path.to_owned(), entries })
    }

    pub fn at(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// The value of `key`; `None` when absent or `null`.
    pub fn get(&self, key: &str) -> Option<&'a Json> {
        self.entries.iter().find(|(name, _)| name == key).map(|(_, value)| value).filter(|value| **value != Json::Null)
    }

    pub fn required(&self, key: &str) -> Result<&'a Json> {
        self.get(key).ok_or_else(|| ConfigError::new(self.path.clone(), format!("missing field `{key}`")))
    }

    pub fn string(&self, key: &str) -> Result<String> {
        as_string(self.required(key)?, &self.at(key))
    }

    pub fn opt_string(&self, key: &str) -> Result<Option<String>> {
        self.get(key).map(|json| as_string(json, &self.at(key))).transpose()
    }

    pub fn opt_number(&self, key: &str) -> Result<Option<f64>> {
        self.get(key).map(|json| as_number(json, &self.at(key))).transpose()
    }

    pub fn whole(&self, key: &str) -> Result<i32> {
        as_whole(self.required(key)?, &self.at(key))
    }

    pub fn opt_whole(&self, key: &str) -> Result<Option<i32>> {
        self.get(key).map(|json| as_whole(json, &self.at(key))).transpose()
    }

    /// `true` or `false`; `false` when absent.
    pub fn flag(&self, key: &str) -> Result<bool> {
        match self.get(key) {
            None => Ok(false),
            Some(Json::Bool(value)) => Ok(*value),
            Some(other) => Err(invalid(other, &self.at(key), "true or false")),
        }
    }

    /// Each item of the array at `key` read by `read(item, its path)`; empty when absent.
    pub fn list<T>(&self, key: &str, read: impl Fn(&'a Json, &str) -> Result<T>) -> Result<Vec<T>> {
        let Some(json) = self.get(key) else { return Ok(Vec::new()) };
        let path = self.at(key);
        let Json::Array(items) = json else {
            return Err(invalid(json, &path, "an array"));
        };
        items.iter().enumerate().map(|(index, item)| read(item, &format!("{path}[{index}]"))).collect()
    }

    pub fn strings(&self, key: &str) -> Result<Vec<String>> {
        self.list(key, as_string)
    }

    /// One of a fixed set of names (`"kind": "level"`), required.
    pub fn one_of<T: Copy>(&self, key: &str, options: &[(&str, T)]) -> Result<T> {
        as_choice(self.required(key)?, &self.at(key), options)
    }

    /// One of a fixed set of names, when given.
    pub fn choice<T: Copy>(&self, key: &str, options: &[(&str, T)]) -> Result<Option<T>> {
        self.get(key).map(|json| as_choice(json, &self.at(key), options)).transpose()
    }
}

pub fn as_string(json: &Json, path: &str) -> Result<String> {
    match json {
        Json::String(text) => Ok(text.clone()),
        other => Err(invalid(other, path, "a string")),
    }
}

pub fn as_number(json: &Json, path: &str) -> Result<f64> {
    match json {
        Json::Number(value) => Ok(*value),
        other => Err(invalid(other, path, "a number")),
    }
}

pub fn as_whole(json: &Json, path: &str) -> Result<i32> {
    match json {
        Json::Number(value) if value.fract() == 0.0 && value.abs() <= f64::from(i32::MAX) => Ok(*value as i32),
        other => Err(invalid(other, path, "a whole number")),
    }
}

pub fn as_choice<T: Copy>(json: &Json, path: &str, options: &[(&str, T)]) -> Result<T> {
    let names: Vec<&str> = options.iter().map(|(name, _)| *name).collect();
    let Json::String(name) = json else {
        return Err(invalid(json, path, &expected_names(&names).replacen("expected ", "", 1)));
    };
    options
        .iter()
        .find(|(option, _)| option == name)
        .map(|(_, value)| *value)
        .ok_or_else(|| ConfigError::new(path, unknown("variant", name, &names)))
}

#[cfg(test)]
mod tests {
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
}
