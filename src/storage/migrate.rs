//! Version 0, the first format: every case in one array under `shouhou.cases`, with the answers under
//! `answers`, the evidence checklist as the list of items collected, the log as dated free-text notes,
//! and only the current status. `migrate_v0` turns it into version-1 records, one case at a time, so one
//! bad case does not stop the others.

use chrono::{DateTime, NaiveDate};
use serde_json::Value;

use super::entry::{unreadable, valid_id, EntryProblem};
use crate::dates::MaybeIsoDay;
use crate::read_fields::read_fields;
use crate::record::{read_json_value, CaseForm, CaseRecord, EvidenceItem, Facts, LogEntry, StatusChange};
use crate::rules::{Evidence, TicketStatus};

struct CaseV0 {
    id: String,
    title: String,
    /// Milliseconds since the epoch of the last save.
    saved_at: u64,
    answers: CaseForm,
    facts: Facts,
    evidence_done: Vec<Evidence>,
    notes: Vec<NoteV0>,
    status: Option<TicketStatus>,
    status_since: Option<NaiveDate>,
}

read_fields!(CaseV0 {
    id: required,
    title: default,
    saved_at: required,
    answers: default,
    facts: default,
    evidence_done: default,
    notes: default,
    status: default,
    status_since as MaybeIsoDay: default,
});

struct NoteV0 {
    date: Option<NaiveDate>,
    text: String,
}

read_fields!(NoteV0 { date as MaybeIsoDay: default, text: required });

/// One v0 case that could not be migrated: its position in the array, its text and why.
pub struct BadV0Case {
    pub index: usize,
    pub raw: String,
    pub problem: EntryProblem,
}

/// Migrates the whole v0 array; `Err` when the text is not an array at all.
pub fn migrate_v0(text: &str) -> Result<(Vec<CaseRecord>, Vec<BadV0Case>), EntryProblem> {
    let items: Vec<Value> = serde_json::from_str(text).map_err(|error| unreadable(error.to_string()))?;
    let mut records = Vec::new();
    let mut bad = Vec::new();
    for (index, item) in items.into_iter().enumerate() {
        match migrate_case(&item) {
            Ok(record) => records.push(record),
            Err(problem) => bad.push(BadV0Case { index, raw: item.to_string(), problem }),
        }
    }
    Ok((records, bad))
}

fn migrate_case(item: &Value) -> Result<CaseRecord, EntryProblem> {
    let old: CaseV0 = read_json_value(item).map_err(|error| unreadable(format!("{}: {}", error.path, error.reason)))?;
    if !valid_id(&old.id) {
        return Err(unreadable(format!("id: \"{}\" is not a valid case id", old.id)));
    }
    let saved_on = DateTime::from_timestamp_millis(old.saved_at as i64)
        .ok_or_else(|| unreadable(format!("saved_at: {} is not a time", old.saved_at)))?
        .date_naive();
    Ok(CaseRecord {
        revision: 1,
        updated_ms: old.saved_at as f64,
        form: old.answers,
        facts: old.facts,
        evidence: old
            .evidence_done
            .into_iter()
            .map(|evidence| EvidenceItem { evidence, done: true, note: String::new(), unknown: Default::default() })
            .collect(),
        log: old
            .notes
            .into_iter()
            .map(|note| LogEntry { on: note.date, said: note.text, ..LogEntry::default() })
            .collect(),
        status_history: old
            .status
            .map(|status| StatusChange {
                status,
                on: old.status_since.unwrap_or(saved_on),
                note: String::new(),
                unknown: Default::default(),
            })
            .into_iter()
            .collect(),
        title: old.title,
        ..CaseRecord::new(old.id)
    })
}
