//! Typed reading: a value at a JSON path into a Rust type, every error naming the path
//! (`plans[0].targets[3].kind: unknown variant `levle` — did you mean `level`?`).

use super::{shorten, ConfigError, Json, Read, Result};

/// `parent.key` (`key` at the top); a key too long to read is shortened (see [`shorten`]).
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

/// The candidate nearest to `wrong` when it is near enough to be a typo (case ignored),
/// by optimal string alignment: each insertion, deletion, substitution or swap of two
/// neighbours counts one (strsim's Damerau–Levenshtein, which also allows edits inside a
/// swap, keeps a hash map: 1.7 KB more of wasm for no typo a person makes).
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
        .map(|candidate| (strsim::osa_distance(&wrong_lower, &candidate.to_ascii_lowercase()), candidate))
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
        self.get(key).ok_or_else(|| self.missing(key))
    }

    /// The value of `key` read as a `T` (see [`Read`]), or what `T` is when absent.
    pub fn read<T: Read>(&self, key: &str) -> Result<T> {
        match self.get(key) {
            Some(json) => T::read(json, &self.at(key)),
            None => T::absent(self, key),
        }
    }

    /// "missing field `key`", at the object's path.
    pub fn missing(&self, key: &str) -> ConfigError {
        ConfigError::new(self.path.clone(), format!("missing field `{key}`"))
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
