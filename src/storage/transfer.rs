//! The export file: every case in one JSON document that later versions can read, and the checks an
//! imported file must pass before anything changes.
//!
//! `{"format":"shouhou-cases","version":1,"exported_ms":…,"cases":[CaseRecord…]}`. `version` is the
//! record version the cases are written in; a later version reads older files by migrating them.

use std::collections::HashSet;

use serde::Serialize;
use serde_json::{Map, Value};

use super::entry::valid_id;
use crate::record::{read_json_value, CaseRecord, RECORD_VERSION};

pub const EXPORT_FORMAT: &str = "shouhou-cases";
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;
pub const MAX_IMPORT_CASES: usize = 5_000;
/// Keys that would change an object's prototype if a script ever merged the file into one.
const FORBIDDEN_KEYS: [&str; 3] = ["__proto__", "constructor", "prototype"];
const TOP_LEVEL_KEYS: [&str; 4] = ["format", "version", "exported_ms", "cases"];

#[derive(Serialize)]
struct ExportFile<'a> {
    format: &'static str,
    version: u32,
    exported_ms: f64,
    cases: &'a [CaseRecord],
}

pub fn export(cases: &[CaseRecord], now_ms: f64) -> String {
    let file = ExportFile { format: EXPORT_FORMAT, version: RECORD_VERSION, exported_ms: now_ms, cases };
    serde_json::to_string(&file).expect("case records always serialize")
}

/// Why an imported file was refused. Nothing changes when it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    NotJson { line: usize, column: usize, detail: String },
    NotAnExport,
    NewerVersion { version: u64 },
    ForbiddenKey { path: String },
    TooManyCases { count: usize },
    UnknownField { path: String },
    BadField { path: String, detail: String },
    DuplicateId { id: String },
}

/// Reads an export file, or says what is wrong with it.
pub fn parse_import(text: &str) -> Result<Vec<CaseRecord>, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value: Value = serde_json::from_str(text).map_err(|error| ImportError::NotJson {
        line: error.line(),
        column: error.column(),
        detail: error.to_string(),
    })?;
    if let Some(path) = forbidden_key("", &value) {
        return Err(ImportError::ForbiddenKey { path });
    }
    let Some(file) = value.as_object().filter(|file| file.get("format") == Some(&Value::from(EXPORT_FORMAT))) else {
        return Err(ImportError::NotAnExport);
    };
    check_version(file)?;
    if let Some(key) = file.keys().find(|key| !TOP_LEVEL_KEYS.contains(&key.as_str())) {
        return Err(ImportError::UnknownField { path: key.clone() });
    }
    let cases = file.get("cases").ok_or_else(|| bad("cases", "missing"))?;
    let cases = cases.as_array().ok_or_else(|| bad("cases", "not a list"))?;
    if cases.len() > MAX_IMPORT_CASES {
        return Err(ImportError::TooManyCases { count: cases.len() });
    }
    let mut ids = HashSet::new();
    cases
        .iter()
        .enumerate()
        .map(|(index, case)| {
            let path = format!("cases[{index}]");
            if !case.is_object() {
                return Err(bad(&path, "not an object"));
            }
            // Fields this version does not know (a newer one exported them) are kept in the record.
            let record: CaseRecord =
                read_json_value(case).map_err(|error| bad(&error.path_under(&path), &error.reason))?;
            if !valid_id(&record.id) {
                return Err(bad(&format!("{path}.id"), "must be 1 to 64 letters, digits, - or _"));
            }
            if !ids.insert(record.id.clone()) {
                return Err(ImportError::DuplicateId { id: record.id });
            }
            Ok(record)
        })
        .collect()
}

fn check_version(file: &Map<String, Value>) -> Result<(), ImportError> {
    let version = file.get("version").ok_or_else(|| bad("version", "missing"))?;
    let version = version.as_u64().ok_or_else(|| bad("version", "not a whole number"))?;
    if version > u64::from(RECORD_VERSION) {
        return Err(ImportError::NewerVersion { version });
    }
    if version < 1 {
        return Err(bad("version", "no export was ever written in version 0"));
    }
    Ok(())
}

fn bad(path: &str, detail: &str) -> ImportError {
    ImportError::BadField { path: path.to_string(), detail: detail.to_string() }
}

fn forbidden_key(path: &str, value: &Value) -> Option<String> {
    match value {
        Value::Object(fields) => fields.iter().find_map(|(key, inner)| {
            let here = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
            if FORBIDDEN_KEYS.contains(&key.as_str()) {
                Some(here)
            } else {
                forbidden_key(&here, inner)
            }
        }),
        Value::Array(items) => {
            items.iter().enumerate().find_map(|(index, inner)| forbidden_key(&format!("{path}[{index}]"), inner))
        }
        _ => None,
    }
}
