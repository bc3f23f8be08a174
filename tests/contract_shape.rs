//! docs/CONTRACT.md is the one place that says what outside callers rely on. This test reads its tables
//! (1.1 case, 1.2 decision) and fails when the case parser, the decision's JSON or an id list drifts from
//! them, in either direction: a field or id in the code the document does not name, or one the document
//! names that the code does not know. An addition made to both passes.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};
use shouhou::rules::{
    case_from_value, evaluate, Category, Channel, EventKind, Evidence, Platform, Problem, Remedy, Shipping, Verdict,
    CASE_FIELDS, EVENT_FIELDS, GOODS_FIELDS, MERCHANT_FIELDS,
};

const CONTRACT: &str = include_str!("../docs/CONTRACT.md");

/// One row of a contract table: `| \`field\` | type | meaning |`.
#[derive(Debug, Clone)]
struct Field {
    name: String,
    kind: String,
    meaning: String,
}

impl Field {
    fn optional(&self) -> bool {
        self.kind.ends_with('?')
    }

    /// The ids the meaning lists in backticks (`taobao`, `tmall`, ...), leaving out what it says in
    /// parentheses (`needs` in "(... `needs` says what)") and the shapes (`[{ "kind": ID }]`).
    fn ids(&self) -> BTreeSet<String> {
        backticked(&without_parentheses(&self.meaning))
            .into_iter()
            .filter(|token| {
                !token.is_empty() && token.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            })
            .collect()
    }

    /// The field names of the object shape the meaning gives in backticks (`{ "opened": bool, ... }`).
    fn shape(&self) -> BTreeSet<String> {
        let shape = backticked(&self.meaning)
            .into_iter()
            .find(|token| token.contains('{'))
            .unwrap_or_else(|| panic!("CONTRACT.md: the meaning of `{}` gives no object shape", self.name));
        shape.split('"').skip(1).step_by(2).map(String::from).collect()
    }
}

fn backticked(text: &str) -> Vec<String> {
    text.split('`').skip(1).step_by(2).map(String::from).collect()
}

fn without_parentheses(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect()
}

/// The rows of the table under the heading that starts with `heading`.
fn table(heading: &str) -> BTreeMap<String, Field> {
    let start = CONTRACT.find(heading).unwrap_or_else(|| panic!("CONTRACT.md has no heading {heading}"));
    let section = &CONTRACT[start..];
    let section = &section[..section[3..].find("\n#").map_or(section.len(), |end| end + 3)];
    let mut fields = BTreeMap::new();
    for line in section.lines().filter(|line| line.starts_with("| `")) {
        let cells: Vec<&str> = line.trim_matches('|').splitn(3, " | ").map(str::trim).collect();
        let [name, kind, meaning] = cells[..] else { panic!("CONTRACT.md: a row without three cells: {line}") };
        let name = name.trim_matches('`').to_string();
        let field =
            Field { name: name.clone(), kind: kind.to_string(), meaning: meaning.trim_end_matches('|').trim().into() };
        assert!(fields.insert(name.clone(), field).is_none(), "CONTRACT.md names `{name}` twice");
    }
    assert!(!fields.is_empty(), "CONTRACT.md: no table under {heading}");
    fields
}

fn case_table() -> BTreeMap<String, Field> {
    table("### 1.1")
}

fn decision_table() -> BTreeMap<String, Field> {
    table("### 1.2")
}

fn row<'a>(table: &'a BTreeMap<String, Field>, name: &str) -> &'a Field {
    table.get(name).unwrap_or_else(|| panic!("CONTRACT.md has no row `{name}`"))
}

/// Every id an enum reads, as its reader names them when refusing one it does not know.
fn code_ids<T: DeserializeOwned>() -> BTreeSet<String> {
    let message =
        serde_json::from_value::<T>(json!("\u{1}")).err().expect("no enum reads a control character").to_string();
    let expected = message.split_once("expected").map_or("", |(_, rest)| rest);
    backticked(expected).into_iter().collect()
}

fn names(list: &[&str]) -> BTreeSet<String> {
    list.iter().map(|name| name.to_string()).collect()
}

fn set(names: impl IntoIterator<Item = impl Into<String>>) -> BTreeSet<String> {
    names.into_iter().map(Into::into).collect()
}

/// The two sets are equal, or a message naming what each side lacks.
fn same(what: &str, doc: &BTreeSet<String>, code: &BTreeSet<String>) -> Result<(), String> {
    let only_doc: Vec<_> = doc.difference(code).collect();
    let only_code: Vec<_> = code.difference(doc).collect();
    if only_doc.is_empty() && only_code.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{what}: in CONTRACT.md but not in the code {only_doc:?}; in the code but not in CONTRACT.md {only_code:?}"
    ))
}

fn assert_all(results: Vec<Result<(), String>>) {
    let failures: Vec<String> = results.into_iter().filter_map(Result::err).collect();
    assert!(failures.is_empty(), "the code drifted from docs/CONTRACT.md:\n{}", failures.join("\n"));
}

#[test]
fn the_contract_tables_are_read() {
    let case = case_table();
    let decision = decision_table();
    assert!(case.len() >= 13 && decision.len() >= 19, "case {} rows, decision {} rows", case.len(), decision.len());
    assert!(row(&case, "platform").ids().contains("taobao"));
    assert!(row(&case, "goods").shape().contains("opened"));
    assert!(!row(&decision, "remedies[].verdict").ids().contains("needs"), "parenthesised asides are not ids");
}

#[test]
fn the_case_parser_reads_exactly_the_fields_of_section_1_1() {
    let doc = case_table();
    let events = row(&doc, "events");
    assert_all(vec![
        same("case fields", &set(doc.keys().cloned()), &names(&CASE_FIELDS)),
        same("goods fields", &row(&doc, "goods").shape(), &names(&GOODS_FIELDS)),
        same("merchant fields", &row(&doc, "merchant").shape(), &names(&MERCHANT_FIELDS)),
        same("event fields", &events.shape(), &names(&EVENT_FIELDS)),
        same("platform ids", &row(&doc, "platform").ids(), &code_ids::<Platform>()),
        same("category ids", &row(&doc, "category").ids(), &code_ids::<Category>()),
        same("problem ids", &row(&doc, "problem").ids(), &code_ids::<Problem>()),
        same("event kinds", &events.ids(), &code_ids::<EventKind>()),
    ]);
}

/// A value of a contract type, for a case that fills in every field the document names.
fn sample(field: &Field, day: u32) -> Value {
    let kind = field.kind.trim_end_matches('?');
    let date = json!(format!("2026-11-{day:02}"));
    match kind {
        "id" => json!(field.ids().into_iter().next().expect("an id row lists its ids")),
        "date" => date,
        "integer" => json!(100),
        "bool" => json!(true),
        "object" => Value::Object(
            field
                .shape()
                .into_iter()
                .map(|name| {
                    let shown = field.meaning.split(&format!("\"{name}\":")).nth(1).unwrap_or("");
                    let value = if shown.trim_start().starts_with("int") { json!(7) } else { json!(true) };
                    (name, value)
                })
                .collect(),
        ),
        "list" => json!([{ "kind": field.ids().into_iter().next().expect("event kinds"), "on": date }]),
        other => panic!("CONTRACT.md: `{}` has a type this test does not know: {other}", field.name),
    }
}

#[test]
fn a_case_with_every_documented_field_is_read_and_each_required_one_is_required() {
    let doc = case_table();
    let full: Map<String, Value> =
        doc.values().enumerate().map(|(at, field)| (field.name.clone(), sample(field, 1 + at as u32))).collect();
    let mut full = Value::Object(full);
    full["paid_on"] = json!("2026-11-01");
    let case = case_from_value(&full).unwrap_or_else(|error| panic!("a case with every documented field: {error}"));
    // What the parser read, written back: every documented field, and nothing else.
    let written = serde_json::to_value(&case).unwrap();
    let keys = |value: &Value| set(value.as_object().expect("an object").keys().cloned());
    assert_all(vec![
        same("the case as read", &set(doc.keys().cloned()), &keys(&written)),
        same("goods as read", &row(&doc, "goods").shape(), &keys(&written["goods"])),
        same("merchant as read", &row(&doc, "merchant").shape(), &keys(&written["merchant"])),
    ]);
    for field in doc.values() {
        let mut without = full.clone();
        without.as_object_mut().unwrap().remove(&field.name);
        let read = case_from_value(&without);
        match field.optional() {
            true => assert!(read.is_ok(), "`{}` is optional in CONTRACT.md: {:?}", field.name, read.err()),
            false => assert_eq!(read.err().map(|e| e.to_string()), Some(format!("{}: is required", field.name))),
        }
    }
}

/// Decisions for every row of the hand-worked case table, a year past the holiday data and unsafe food:
/// between them every field of the decision appears.
fn decisions() -> Vec<Value> {
    let table: Value = serde_json::from_str(include_str!("cases/rules_table.json")).expect("the case table parses");
    let mut cases: Vec<Value> = table["rows"].as_array().unwrap().iter().map(|row| row["case"].clone()).collect();
    cases.push(json!({"platform": "jd", "category": "food", "problem": "unsafe_food", "paid_on": "2031-03-01",
        "signed_on": "2031-03-02", "today": "2031-03-04", "paid_fen": 5000}));
    cases
        .iter()
        .map(|case| {
            let case = case_from_value(case).expect("a table case parses");
            serde_json::to_value(evaluate(&case)).expect("a decision serializes")
        })
        .collect()
}

#[test]
fn the_decision_writes_exactly_the_fields_of_section_1_2() {
    let doc = decision_table();
    let top = set(doc.keys().filter(|name| !name.contains('.')).cloned());
    let per_remedy = set(doc.keys().filter_map(|name| name.strip_prefix("remedies[].")));
    let mut seen: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut results = Vec::new();
    for decision in decisions() {
        let fields = decision.as_object().unwrap();
        for (name, _) in doc.iter().filter(|(name, field)| !name.contains('.') && !field.optional()) {
            if !fields.contains_key(name) {
                results.push(Err(format!("`{name}` is not optional in CONTRACT.md but a decision left it out")));
            }
        }
        seen.entry("top").or_default().extend(fields.keys().cloned());
        for remedy in decision["remedies"].as_array().unwrap() {
            seen.entry("remedy").or_default().extend(remedy.as_object().unwrap().keys().cloned());
        }
        for deadline in decision["deadlines"].as_array().unwrap() {
            seen.entry("deadline").or_default().extend(deadline.as_object().unwrap().keys().cloned());
        }
        if let Some(compensation) = decision.get("compensation") {
            seen.entry("compensation").or_default().extend(compensation.as_object().unwrap().keys().cloned());
        }
    }
    results.extend([
        same("decision fields", &top, &seen["top"]),
        same("remedies[] fields", &per_remedy, &seen["remedy"]),
        same("deadlines[] fields", &row(&doc, "deadlines").shape(), &seen["deadline"]),
        same("compensation fields", &row(&doc, "compensation").shape(), &seen["compensation"]),
    ]);
    assert_all(results);
}

/// The rules core's sources: the ids they pass to `deadline(…)` as literals, and every string literal in
/// them (an id given through a table, as the platforms' clocks are, is one of those).
fn deadline_ids_in_the_source() -> (BTreeSet<String>, BTreeSet<String>) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules");
    let (mut called, mut literals) = (BTreeSet::new(), BTreeSet::new());
    for file in std::fs::read_dir(dir).unwrap() {
        let path = file.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for call in text.split(".deadline(").skip(1) {
                let call = call.trim_start();
                if let Some(id) = call.strip_prefix('"').and_then(|rest| rest.split('"').next()) {
                    called.insert(id.to_string());
                }
            }
            literals.extend(text.split('"').skip(1).step_by(2).map(String::from));
        }
    }
    assert!(called.len() >= 8, "found only {called:?} in src/rules");
    (called, literals)
}

#[test]
fn the_decision_uses_exactly_the_ids_of_section_1_2() {
    let doc = decision_table();
    let decisions = decisions();
    let given = |list: &str, field: &str| -> BTreeSet<String> {
        decisions
            .iter()
            .flat_map(|decision| {
                decision[list].as_array().unwrap().iter().map(|item| item[field].clone()).collect::<Vec<_>>()
            })
            .filter_map(|id| id.as_str().map(String::from))
            .collect()
    };
    let deadline_ids = row(&doc, "deadlines").ids();
    let (called, literals) = deadline_ids_in_the_source();
    let named: BTreeSet<String> = called.union(&given("deadlines", "id")).cloned().collect();
    assert_all(vec![
        same("remedy ids", &row(&doc, "remedies").ids(), &code_ids::<Remedy>()),
        same("remedies[].remedy ids", &row(&doc, "remedies").ids(), &set(Remedy::ALL.map(shouhou::rules::id_of))),
        same("verdict ids", &row(&doc, "remedies[].verdict").ids(), &code_ids::<Verdict>()),
        same("shipping ids", &row(&doc, "remedies[].shipping").ids(), &code_ids::<Shipping>()),
        same("channel ids", &row(&doc, "channel").ids(), &code_ids::<Channel>()),
        same("evidence ids", &row(&doc, "evidence").ids(), &code_ids::<Evidence>()),
        same("deadline ids the core names or gives", &deadline_ids.intersection(&named).cloned().collect(), &named),
        same(
            "deadline ids of CONTRACT.md in the core's sources",
            &deadline_ids,
            &deadline_ids.intersection(&literals.union(&named).cloned().collect()).cloned().collect(),
        ),
    ]);
}
