//! Each JSON object described once: [`json_object!`] declares a struct whose fields name
//! their JSON keys, and from that one declaration come the struct, its key list
//! (`FIELDS`: unknown keys refused with a did-you-mean), its reader ([`Read`]: every error
//! with its path) and — natively — the key each field has in the JSON Schema (through a
//! `rename` attribute for schemars or serde). A field's type says how it is read and
//! what its absence means (`Option` and `Vec` may be absent, `bool` is `false`); a field
//! whose value needs more than its type says names its reader after `=>`.

use super::{as_choice, as_number, as_string, as_whole, invalid, Fields, Json, Named, Result};

/// A value read from JSON at a path.
pub trait Read: Sized {
    fn read(json: &Json, path: &str) -> Result<Self>;

    /// The value when the object has no such field (or it is `null`): by default, a
    /// "missing field" error at the object's path.
    fn absent(fields: &Fields<'_>, key: &str) -> Result<Self> {
        Err(fields.missing(key))
    }
}

impl Read for String {
    fn read(json: &Json, path: &str) -> Result<String> {
        as_string(json, path)
    }
}

impl Read for f64 {
    fn read(json: &Json, path: &str) -> Result<f64> {
        as_number(json, path)
    }
}

/// A whole number (a year, a count).
impl Read for i32 {
    fn read(json: &Json, path: &str) -> Result<i32> {
        as_whole(json, path)
    }
}

/// `true` or `false`; `false` when absent.
impl Read for bool {
    fn read(json: &Json, path: &str) -> Result<bool> {
        match json {
            Json::Bool(value) => Ok(*value),
            other => Err(invalid(other, path, "true or false")),
        }
    }

    fn absent(_: &Fields<'_>, _: &str) -> Result<bool> {
        Ok(false)
    }
}

/// `[low, high]`.
impl Read for [f64; 2] {
    fn read(json: &Json, path: &str) -> Result<[f64; 2]> {
        match json {
            Json::Array(items) if items.len() == 2 => {
                Ok([as_number(&items[0], &format!("{path}[0]"))?, as_number(&items[1], &format!("{path}[1]"))?])
            }
            other => Err(invalid(other, path, "an array of two numbers [low, high]")),
        }
    }
}

impl<T: Read> Read for Option<T> {
    fn read(json: &Json, path: &str) -> Result<Option<T>> {
        T::read(json, path).map(Some)
    }

    fn absent(_: &Fields<'_>, _: &str) -> Result<Option<T>> {
        Ok(None)
    }
}

/// An array, each item read at `path[index]`; empty when absent.
impl<T: Read> Read for Vec<T> {
    fn read(json: &Json, path: &str) -> Result<Vec<T>> {
        let Json::Array(items) = json else {
            return Err(invalid(json, path, "an array"));
        };
        items.iter().enumerate().map(|(index, item)| T::read(item, &format!("{path}[{index}]"))).collect()
    }

    fn absent(_: &Fields<'_>, _: &str) -> Result<Vec<T>> {
        Ok(Vec::new())
    }
}

/// One of the enum's names (`"kind": "level"`).
impl<T: Named> Read for T {
    fn read(json: &Json, path: &str) -> Result<T> {
        as_choice(json, path, T::NAMES)
    }
}

/// A field read as its type says, or the type's default when absent (`"theme"`: light).
pub fn or_default<T: Read + Default>(fields: &Fields<'_>, key: &str) -> Result<T> {
    fields.get(key).map(|json| T::read(json, &fields.at(key))).transpose().map(Option::unwrap_or_default)
}

/// A field that must be there, even where its type could be absent.
pub fn required<T: Read>(fields: &Fields<'_>, key: &str) -> Result<T> {
    T::read(fields.required(key)?, &fields.at(key))
}

/// The number of keys in `parts`: the length of [`concat`]'s answer.
pub const fn count(parts: &[&[&str]]) -> usize {
    let (mut total, mut index) = (0, 0);
    while index < parts.len() {
        total += parts[index].len();
        index += 1;
    }
    total
}

/// The keys of `parts` in one list, at compile time (an object's own keys after those of
/// the objects flattened into it).
pub const fn concat<const N: usize>(parts: &[&[&'static str]]) -> [&'static str; N] {
    let mut keys = [""; N];
    let (mut at, mut part) = (0, 0);
    while part < parts.len() {
        let mut index = 0;
        while index < parts[part].len() {
            keys[at] = parts[part][index];
            at += 1;
            index += 1;
        }
        part += 1;
    }
    keys
}

/// Declares a struct read from a JSON object:
///
/// ```ignore
/// json_object! {
///     /// A value a plan states for a starting year.
///     pub struct Baseline as "an object {\"year\": …, \"value\": …}" (serde) {
///         pub year: i32 = "year",
///         pub value: f64 = "value",
///     }
/// }
/// ```
///
/// `as` says what the object is in a type error; `(serde)` puts each key in a
/// `#[serde(rename)]` (for a struct that derives `Serialize`; schemars reads it too),
/// `(schemars)` in a native-only `#[schemars(rename)]`; with neither, the struct has no
/// schema. A field `= "key" => reader` is
/// read by `reader(&fields, "key")`. Fields first written `..name: Type = Part =>
/// convert;` are flattened: `Part` (itself a `json_object!`) reads its keys from the same
/// object and `convert(part, &fields)` makes the field.
macro_rules! json_object {
    ($(#[$meta:meta])* $vis:vis struct $name:ident as $expected:literal (serde) { $($body:tt)* }) => {
        $crate::json::json_object!(@define [all()] serde $(#[$meta])* $vis struct $name as $expected { $($body)* });
    };
    ($(#[$meta:meta])* $vis:vis struct $name:ident as $expected:literal (schemars) { $($body:tt)* }) => {
        $crate::json::json_object!(@define [not(target_arch = "wasm32")] schemars $(#[$meta])* $vis struct $name as $expected { $($body)* });
    };
    ($(#[$meta:meta])* $vis:vis struct $name:ident as $expected:literal { $($body:tt)* }) => {
        $crate::json::json_object!(@define [any()] schemars $(#[$meta])* $vis struct $name as $expected { $($body)* });
    };
    (@define [$when:meta] $rename:ident
        $(#[$meta:meta])*
        $vis:vis struct $name:ident as $expected:literal {
            $(
                ..$(#[$part_meta:meta])*
                $part_vis:vis $part:ident: $part_type:ty = $from:ty => $convert:path;
            )*
            $(
                $(#[$field_meta:meta])*
                $field_vis:vis $field:ident: $type:ty = $key:literal $(=> $reader:path)?
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $name {
            $(
                $(#[$part_meta])*
                $part_vis $part: $part_type,
            )*
            $(
                $(#[$field_meta])*
                #[cfg_attr($when, $rename(rename = $key))]
                $field_vis $field: $type,
            )*
        }

        impl $name {
            /// Every key the object may have.
            pub const FIELDS: &'static [&'static str] = &$crate::json::concat::<
                { $crate::json::count(&[$(<$from>::FIELDS,)* &[$($key),*]]) },
            >(&[$(<$from>::FIELDS,)* &[$($key),*]]);

            /// Reads the fields of an object whose keys are all known.
            pub fn from_fields(fields: &$crate::json::Fields<'_>) -> $crate::json::Result<$name> {
                Ok($name {
                    $($part: $convert(<$from>::from_fields(fields)?, fields)?,)*
                    $($field: $crate::json::json_object!(@read fields, $key $(, $reader)?),)*
                })
            }
        }

        impl $crate::json::Read for $name {
            fn read(json: &$crate::json::Json, path: &str) -> $crate::json::Result<$name> {
                $name::from_fields(&$crate::json::Fields::of(json, path, $expected, $name::FIELDS)?)
            }
        }
    };
    (@read $fields:ident, $key:literal) => {
        $fields.read($key)?
    };
    (@read $fields:ident, $key:literal, $reader:path) => {
        $reader($fields, $key)?
    };
}

pub(crate) use json_object;
