//! How much input is taken, and no more. Each limit is checked before the work it bounds,
//! and an input over one is refused with a message naming the limit and the value: a
//! portal cannot promise a page that works while one pasted config can freeze it. Real
//! inputs are far below: a catalog plan is 60 KB, a province's data file a few thousand
//! values.
//!
//! This file is also compiled into `build.rs` with `src/json/` (through `#[path]`): it
//! depends on nothing.

/// Bytes of one widget's config text (inline plans included).
pub const CONFIG_BYTES: usize = 1024 * 1024;
/// Bytes of one data file (`dataUrl`, `planmeter validate --data`); the loader stops
/// reading a response once it passes this.
pub const DATA_BYTES: usize = 2 * 1024 * 1024;
/// Rows of a CSV data file.
pub const DATA_ROWS: usize = 50_000;
/// Distinct indicators (target ids) in one data file or `actuals`.
pub const DATA_IDS: usize = 2_000;
/// Characters of any one JSON string or key (a clause, a note, an id, a URL).
pub const STRING_CHARS: usize = 20_000;
/// Nesting of JSON arrays and objects: deeper is not a config, and is refused before it
/// can exhaust the stack.
pub const JSON_DEPTH: usize = 128;
/// Characters beyond which a name (an indicator or plan id, a key) is not compared with
/// the known ones for a suggestion: every id is shorter.
pub const SUGGESTION_CHARS: usize = 200;
/// Plans inline in one config, and targets in one plan.
pub const PLANS: usize = 50;
pub const PLAN_TARGETS: usize = 1_000;
/// Characters of a source's name (a bulletin's full title fits), of a per-value
/// source, of a source's note, and of a URL (a source's or `dataUrl`).
pub const SOURCE_NAME_CHARS: usize = 200;
pub const NOTE_CHARS: usize = 500;
pub const URL_CHARS: usize = 2000;
/// Characters of input quoted back in a message (then `…` and the length).
pub const ECHO_CHARS: usize = 60;

/// `1,048,576`: a count as people read it in a message.
pub fn grouped(count: usize) -> String {
    let digits = count.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
