//! The JSON parser: RFC 8259 text into [`Json`], every error with its line and column
//! (and in Chinese for editors); duplicate keys and nesting past [`JSON_DEPTH`] refused.

use super::{parse_decimal, shorten, ConfigError, Json, Result};

/// Objects with up to this many keys check each new key against the earlier ones.
const FEW_KEYS: usize = 32;

use crate::limits::{JSON_DEPTH, STRING_CHARS};

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
            .with_zh(|| format!("JSON 格式有误：{}（第{line}行第{column}列）{hint_zh}", syntax_in_chinese(what)))
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
        if depth > JSON_DEPTH {
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
