//! The architecture's invariants, written as absences and checked on every test run
//! (see ARCHITECTURE.md).

use std::fs;
use std::path::{Path, PathBuf};

fn files(dir: &str, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("readable dir") {
            let path = entry.expect("dir entry").path();
            if path.is_symlink() {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == extension) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn relative(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(path).display().to_string()
}

/// Lines of Rust code, without `//` comments.
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(|line| line.split("//").next().unwrap_or("")).filter(|line| !line.trim().is_empty())
}

#[test]
fn every_rust_file_says_what_it_is() {
    for path in files("src", "rs").into_iter().chain(files("tests", "rs")) {
        let text = fs::read_to_string(&path).expect("readable");
        assert!(text.starts_with("//!"), "{} must start with a `//!` comment saying what it is", relative(&path));
    }
}

#[test]
fn only_src_web_knows_the_browser() {
    for path in files("src", "rs") {
        let name = relative(&path);
        if name.starts_with("src/web/") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("readable");
        for word in ["web_sys", "wasm_bindgen", "js_sys", "plotters_canvas"] {
            assert!(!code_lines(&text).any(|line| line.contains(word)), "{name} uses {word}: only src/web/ may");
        }
    }
}

#[test]
fn the_core_reads_no_clock_and_does_no_io() {
    for path in files("src", "rs") {
        let name = relative(&path);
        if name.starts_with("src/bin/") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("readable");
        for word in ["SystemTime", "Instant::now", "std::fs", "std::net", "std::env", "std::io::stdin", "println!"] {
            assert!(!code_lines(&text).any(|line| line.contains(word)), "{name} uses {word}: the core takes dates and data as inputs");
        }
    }
}

#[test]
fn the_loader_never_evaluates_or_injects_markup() {
    for path in files("www", "js") {
        let name = relative(&path);
        let text = fs::read_to_string(&path).expect("readable");
        let code: Vec<&str> = text.lines().filter(|line| !line.trim_start().starts_with("//")).collect();
        for word in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setAttribute('style'", "http://", "https://"] {
            assert!(!code.iter().any(|line| line.contains(word)), "{name} uses {word}");
        }
    }
}

#[test]
fn pages_load_no_inline_scripts() {
    for path in files("www", "html") {
        let text = fs::read_to_string(&path).expect("readable");
        for (index, piece) in text.split("<script").enumerate().skip(1) {
            let tag = piece.split('>').next().unwrap_or("");
            assert!(tag.contains("src="), "{}: <script> #{index} is inline; pages use src= only (strict CSP)", relative(&path));
        }
        assert!(!text.contains(" style=\""), "{}: style attributes break a strict style-src CSP", relative(&path));
        assert!(!text.contains(" onclick=") && !text.contains(" onload="), "{}: inline handlers", relative(&path));
    }
}

#[test]
fn no_source_file_is_over_800_lines() {
    let sources = files("src", "rs").into_iter().chain(files("tests", "rs")).chain(files("www", "js")).chain(files("scripts", "mjs"));
    for path in sources {
        let lines = fs::read_to_string(&path).expect("readable").lines().count();
        assert!(lines <= 800, "{} has {lines} lines: split it where it divides (at most 800)", relative(&path));
    }
}

#[test]
fn no_extractor_function_is_over_80_lines() {
    for path in files("src/extract", "rs") {
        let text = fs::read_to_string(&path).expect("readable");
        let lines: Vec<&str> = text.lines().collect();
        for (start, line) in lines.iter().enumerate() {
            let indent = line.len() - line.trim_start().len();
            let trimmed = line.trim_start();
            let is_fn = ["fn ", "pub fn ", "pub(super) fn ", "pub(crate) fn "].iter().any(|head| trimmed.starts_with(head));
            if !is_fn || !line.trim_end().ends_with('{') {
                continue;
            }
            let closing = " ".repeat(indent) + "}";
            let length = lines[start..].iter().position(|line| *line == closing).map_or(0, |end| end + 1);
            assert!(length <= 80, "{}:{}: a function of {length} lines; give its steps names (at most 80)", relative(&path), start + 1);
        }
    }
}

#[test]
fn only_the_json_module_reads_object_keys_by_hand() {
    // Every other object is a `json_object!`: its keys written once.
    for path in files("src", "rs") {
        let name = relative(&path);
        if name.starts_with("src/json/") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("readable");
        assert!(!code_lines(&text).any(|line| line.contains("Fields::of(")), "{name} lists an object's keys by hand: declare it with json_object!");
    }
}
