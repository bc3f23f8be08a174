//! What must never reach a buyer: rule ids, text keys, contract ids and "unchecked" markers. The list is
//! built from the packs' rule ids and the data files' own keys, so it grows with them and cannot go stale.
//! Include it with `#[path = "support/no_internal.rs"] mod no_internal;`.

#![allow(dead_code)]

use std::collections::BTreeSet;

use serde_json::Value;
use shouhou::rules::{
    id_of, Category, Channel, EventKind, Evidence, Platform, PolicyPack, Problem, Remedy, TicketStatus,
};

/// Words that mark a number as checked or not: they belong in the data, never on the buyer's side.
const MARKERS: [&str; 7] = ["unchecked", "unverified", "verified", "未核对", "尚未与原文核对", "{", "}"];

/// Data files whose object keys are text keys.
const KEYED_FILES: [&str; 6] = [
    "data/followup/zh-CN.json",
    "data/followup/en.json",
    "data/followup/rules.json",
    "data/templates/zh-CN.json",
    "data/templates/en.json",
    "data/guide/zh-CN.json",
];

/// Every term a buyer-facing text must not contain.
pub fn internal_terms() -> BTreeSet<String> {
    let mut terms: BTreeSet<String> = PolicyPack::builtin().rules().iter().map(|rule| rule.id.to_string()).collect();
    for path in KEYED_FILES {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        collect_keys(&value, &mut terms);
    }
    terms.extend(deadline_ids());
    let clocks = std::fs::read_to_string("data/clocks.toml").expect("data/clocks.toml");
    for line in clocks.lines() {
        if let Some(section) = line.trim().strip_prefix("[platform.").and_then(|rest| rest.strip_suffix(']')) {
            terms.insert(section.to_string());
        }
    }
    let ids = TicketStatus::ALL
        .iter()
        .map(|&status| id_of(status))
        .chain(Channel::ALL.iter().map(|&channel| id_of(channel)))
        .chain(Evidence::ALL.iter().map(|&evidence| id_of(evidence)))
        .chain(Remedy::ALL.iter().map(|&remedy| id_of(remedy)))
        .chain(Platform::ALL.iter().map(|&platform| id_of(platform)))
        .chain(Category::ALL.iter().map(|&category| id_of(category)))
        .chain(Problem::ALL.iter().map(|&problem| id_of(problem)))
        .chain(
            [
                EventKind::Requested,
                EventKind::SellerRefused,
                EventKind::SellerAgreed,
                EventKind::ReturnShipped,
                EventKind::ReturnReceived,
                EventKind::Refunded,
                EventKind::ComplaintFiled,
                EventKind::Cancelled,
            ]
            .iter()
            .map(|&kind| id_of(kind)),
        );
    terms.extend(ids);
    // A plain word ("shop", "paid") is a key and an English word alike: only ids with `_` or `.` are telling.
    terms.retain(|term| term.contains('_') || term.contains('.'));
    terms.extend(MARKERS.iter().map(|marker| marker.to_string()));
    terms
}

/// The ids of the decision's deadlines, as the rules core writes them (`ctx.deadline("merchant_review", …)`).
pub fn deadline_ids() -> Vec<String> {
    let mut ids = Vec::new();
    for entry in std::fs::read_dir("src/rules").expect("src/rules") {
        let source = std::fs::read_to_string(entry.expect("an entry").path()).unwrap_or_default();
        for piece in source.split("deadline(").skip(1) {
            if let Some(rest) = piece.trim_start().strip_prefix('"') {
                ids.extend(rest.split('"').next().map(str::to_string));
            }
        }
    }
    ids
}

fn collect_keys(value: &Value, terms: &mut BTreeSet<String>) {
    match value {
        Value::Object(entries) => {
            for (key, value) in entries {
                if !key.starts_with('_') {
                    terms.insert(key.clone());
                }
                collect_keys(value, terms);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_keys(item, terms)),
        _ => {}
    }
}

/// The internal terms found in `text`.
pub fn internal_terms_in(text: &str) -> Vec<String> {
    internal_terms().into_iter().filter(|term| text.contains(term.as_str())).collect()
}

/// Fails naming the surface, the terms and the text around the first one.
pub fn assert_no_internal(surface: &str, text: &str) {
    let found = internal_terms_in(text);
    if let Some(first) = found.first() {
        let at = text[..text.find(first.as_str()).unwrap_or(0)].chars().count();
        let around: String = text.chars().skip(at.saturating_sub(40)).take(100).collect();
        panic!("{surface} shows internal terms {found:?}: …{around}…");
    }
}

/// The words of an .ics a calendar shows (names, summaries, descriptions, alarms), unfolded and unescaped.
pub fn ics_visible_text(ics: &str) -> String {
    ics.replace("\r\n ", "")
        .lines()
        .filter_map(|line| {
            let (name, value) = line.split_once(':')?;
            matches!(name, "SUMMARY" | "DESCRIPTION" | "X-WR-CALNAME" | "LOCATION")
                .then(|| value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}
