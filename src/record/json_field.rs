//! Reading a typed value out of parsed JSON and, when it does not fit, naming the field that broke
//! (`log[0].on`). serde_json reports only a position in the text, so the value is read from its compact
//! text and the position is mapped back to a path by measuring the same text from the value tree:
//! no second, path-tracking copy of every type's deserializer in the wasm.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// The field of a JSON value that does not have the expected shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrongField {
    /// `log[0].on`, `status_history[1].status`; empty when the value as a whole is wrong.
    pub path: String,
    pub reason: String,
}

impl WrongField {
    /// The path under `parent` (`case.log[0].on`).
    pub fn path_under(&self, parent: &str) -> String {
        join(parent, &self.path)
    }
}

/// Reads `value` as a `T`, or says which field does not fit and why.
pub fn read_json_value<T: DeserializeOwned>(value: &Value) -> Result<T, WrongField> {
    let text = value.to_string();
    serde_json::from_str(&text).map_err(|error| {
        let position = format!(" at line {} column {}", error.line(), error.column());
        let reason = error.to_string().trim_end_matches(&position).to_string();
        // The text is on one line, so the column is a byte offset: where the value serde_json refused
        // starts (refused on sight) or ends (refused once read), or the end of an object missing a field.
        let mut path = None;
        measure(value, 0, error.column(), reason.starts_with("missing field"), "", &mut path);
        WrongField { path: path.unwrap_or_default(), reason }
    })
}

/// Walks `value` as written compactly from byte `start` and returns where it ends. Records in `found`
/// the path of the value serde_json stopped at (see `read_json_value`).
fn measure(
    value: &Value,
    start: usize,
    stop: usize,
    missing_field: bool,
    path: &str,
    found: &mut Option<String>,
) -> usize {
    let end = match value {
        Value::Object(fields) => {
            let mut at = start + 1;
            for (index, (key, inner)) in fields.iter().enumerate() {
                at += usize::from(index > 0) + Value::from(key.as_str()).to_string().len() + 1;
                at = measure(inner, at, stop, missing_field, &join(path, key), found);
            }
            at + 1
        }
        Value::Array(items) => {
            let mut at = start + 1;
            for (index, inner) in items.iter().enumerate() {
                at += usize::from(index > 0);
                at = measure(inner, at, stop, missing_field, &format!("{path}[{index}]"), found);
            }
            at + 1
        }
        leaf => start + leaf.to_string().len(),
    };
    let here = if missing_field { value.is_object() && end == stop } else { start == stop || end == stop };
    if here && found.is_none() {
        *found = Some(path.to_string());
    }
    end
}

fn join(parent: &str, child: &str) -> String {
    match (parent.is_empty(), child.is_empty() || child.starts_with('[')) {
        (true, _) => child.to_string(),
        (false, true) => format!("{parent}{child}"),
        (false, false) => format!("{parent}.{child}"),
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::json;

    use super::*;
    use crate::record::CaseRecord;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Note {
        id: String,
        pairs: Vec<(u8, bool)>,
    }

    fn wrong<T: DeserializeOwned + std::fmt::Debug>(value: Value) -> WrongField {
        read_json_value::<T>(&value).unwrap_err()
    }

    #[test]
    fn names_the_field_that_does_not_fit() {
        let good = serde_json::to_value(CaseRecord::new("a")).unwrap();
        let with = |field: &str, bad: Value| {
            let mut case = good.clone();
            case[field] = bad;
            wrong::<CaseRecord>(case).path
        };
        assert_eq!(with("revision", json!(-1)), "revision");
        assert_eq!(with("title", json!(5)), "title");
        assert_eq!(with("log", json!([{ "on": "2026-11-02" }, { "on": "yesterday", "said": "说了" }])), "log[1].on");
        assert_eq!(with("evidence", json!([{ "evidence": "rumours" }])), "evidence[0].evidence");
        assert_eq!(with("log", json!([{ "said": "好" }, 7])), "log[1]");
        assert_eq!(with("status_history", json!({})), "status_history");
        assert_eq!(read_json_value::<CaseRecord>(&good).unwrap(), CaseRecord::new("a"));
    }

    #[test]
    fn a_missing_field_names_its_object_and_the_reason_has_no_position() {
        let error = wrong::<Vec<Note>>(json!([{ "id": "a", "pairs": [] }, { "pairs": [[1, true]] }]));
        assert_eq!(error, WrongField { path: "[1]".into(), reason: "missing field `id`".into() });
        let error = wrong::<Vec<Note>>(json!([{ "id": "a", "pairs": [[1, true], [300, false]] }]));
        assert_eq!(error.path, "[0].pairs[1][0]");
        assert!(error.reason.starts_with("invalid value: integer `300`"), "{}", error.reason);
        assert_eq!(error.path_under("notes"), "notes[0].pairs[1][0]");
        assert_eq!(wrong::<Note>(json!("note")).path_under("case"), "case");
    }
}
