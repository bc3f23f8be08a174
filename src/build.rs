//! Turns the TOML data under data/ into JSON in OUT_DIR, so the browser build only ever parses JSON.
//! data/packs/*.toml become one array, packs.json (sorted by file name); the calendar and the wording
//! (wording.toml in Chinese, wording.en.toml in English) become calendar.json and wording[.en].json.
//! The JSON under data/{guide,templates,followup} is copied to OUT_DIR/<folder>/ without its layout
//! whitespace: the wasm embeds those copies.

use std::{env, fs, path::Path};

fn toml_to_json(path: &Path) -> serde_json::Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::to_value(value).expect("TOML is representable as JSON")
}

/// `json` without the whitespace between tokens; strings, key order and duplicates stay as written.
fn without_layout(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            (in_string, escaped) = (escaped || c != '"', !escaped && c == '\\');
        } else if c.is_ascii_whitespace() {
            continue;
        } else {
            in_string = c == '"';
        }
        out.push(c);
    }
    out
}

fn copy_json_without_layout(folder: &str, out: &Path) {
    println!("cargo:rerun-if-changed=data/{folder}");
    fs::create_dir_all(out.join(folder)).expect("OUT_DIR is writable");
    for entry in fs::read_dir(Path::new("data").join(folder)).unwrap_or_else(|e| panic!("data/{folder}: {e}")) {
        let path = entry.expect("readable entry").path();
        if path.extension().is_some_and(|ext| ext == "json") {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path.file_name().expect("a file name");
            fs::write(out.join(folder).join(name), without_layout(&text)).expect("OUT_DIR is writable");
        }
    }
}

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    println!("cargo:rerun-if-changed=data/packs");
    println!("cargo:rerun-if-changed=data/calendar");

    let mut pack_files: Vec<_> = fs::read_dir("data/packs")
        .expect("data/packs exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    pack_files.sort();
    let mut packs = Vec::new();
    for path in &pack_files {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path.file_stem().and_then(|stem| stem.to_str()).unwrap_or_default();
        if stem.starts_with("wording") {
            fs::write(out.join(format!("{stem}.json")), toml_to_json(path).to_string()).expect("OUT_DIR is writable");
        } else {
            packs.push(toml_to_json(path));
        }
    }
    fs::write(out.join("packs.json"), serde_json::Value::Array(packs).to_string()).expect("OUT_DIR is writable");

    for folder in ["guide", "templates", "followup"] {
        copy_json_without_layout(folder, out);
    }

    let calendar = Path::new("data/calendar/cn_holidays.toml");
    println!("cargo:rerun-if-changed={}", calendar.display());
    fs::write(out.join("calendar.json"), toml_to_json(calendar).to_string()).expect("OUT_DIR is writable");
}
