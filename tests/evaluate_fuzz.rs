//! A bounded fuzz of the rules core: cases of the hand-worked table with fields replaced, removed or added
//! at random (ids, dates at the calendar's edges, huge and negative numbers, wrong types, unknown fields),
//! through `parse_case` and `evaluate`. Every case is either refused with a message naming a field, or
//! decided without a panic into a decision whose days are all `YYYY-MM-DD`. `SHOUHOU_FUZZ_CASES` sets
//! how many (default 20,000); the counts are printed (`cargo test --test evaluate_fuzz -- --nocapture`).
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Map, Value};
use shouhou::rules::{evaluate, parse_case, CASE_FIELDS};

/// xorshift64*: the same cases on every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const IDS: [&str; 16] = [
    "taobao",
    "jd",
    "pinduoduo",
    "other",
    "electronics",
    "food",
    "fresh_food",
    "medicine",
    "unsafe_food",
    "changed_mind",
    "quality_defect",
    "not_received",
    "requested",
    "seller_refused",
    "return_received",
    "",
];
const DAYS: [&str; 12] = [
    "2026-11-01",
    "2026-11-05",
    "2026-12-31",
    "2019-01-01",
    "0000-01-01",
    "9999-12-31",
    "9999-12-20",
    "2024-02-29",
    "2023-02-29",
    "2026-13-01",
    "26-11-01",
    "2026-11-05T00:00:00",
];

fn value(random: &mut Random, depth: u32) -> Value {
    match random.below(if depth > 1 { 8 } else { 10 }) {
        0 => json!(random.pick(&IDS)),
        1 => json!(random.pick(&DAYS)),
        2 => json!(random.next() % 1000),
        3 => json!(*random.pick(&[0u64, 1, 7, 365, 2_950_000, u32::MAX as u64, u32::MAX as u64 + 1, u64::MAX])),
        4 => json!(*random.pick(&[-1i64, -365, i64::MIN])),
        5 => json!(*random.pick(&[0.5, 1e300, -0.0])),
        6 => json!(random.below(2) == 0),
        7 => Value::Null,
        8 => Value::Array((0..random.below(4)).map(|_| value(random, depth + 1)).collect()),
        _ => Value::Object(
            (0..random.below(4))
                .map(|_| {
                    (
                        random.pick(&["kind", "on", "opened", "warranty_days", "no_reason_days", "x"]).to_string(),
                        value(random, depth + 1),
                    )
                })
                .collect(),
        ),
    }
}

fn mutate(case: &mut Map<String, Value>, random: &mut Random) {
    let field = random.pick(&CASE_FIELDS).to_string();
    match random.below(6) {
        0 => {
            case.remove(&field);
        }
        1 => {
            case.insert("unknown_field".into(), value(random, 0));
        }
        2 => {
            let events =
                (0..random.below(6)).map(|_| json!({ "kind": random.pick(&IDS), "on": random.pick(&DAYS) })).collect();
            case.insert("events".into(), Value::Array(events));
        }
        3 => {
            let days = *random.pick(&[0u64, 30, 36_500, 2_950_000, u32::MAX as u64]);
            case.insert(
                "merchant".into(),
                json!({ random.pick(&["warranty_days", "no_reason_days"]).to_string(): days }),
            );
        }
        _ => {
            case.insert(field, value(random, 0));
        }
    }
}

fn days_of(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(fields) => fields.iter().for_each(|(key, inner)| match (key.as_str(), inner.as_str()) {
            ("until" | "on", Some(day)) => out.push(day.into()),
            _ => days_of(inner, out),
        }),
        Value::Array(items) => items.iter().for_each(|item| days_of(item, out)),
        _ => {}
    }
}

#[test]
fn random_cases_are_refused_by_name_or_decided_with_days_a_date_can_write() {
    let count: usize = std::env::var("SHOUHOU_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(20_000);
    let table: Value = serde_json::from_str(include_str!("cases/rules_table.json")).unwrap();
    let seeds: Vec<Map<String, Value>> =
        table["rows"].as_array().unwrap().iter().map(|row| row["case"].as_object().unwrap().clone()).collect();
    let mut random = Random(0x5eed_1234_abcd_ef01);
    let (mut decided, mut refused) = (0, 0);
    for _ in 0..count {
        let mut case = random.pick(&seeds).clone();
        for _ in 0..1 + random.below(3) {
            mutate(&mut case, &mut random);
        }
        let text = Value::Object(case).to_string();
        match parse_case(&text) {
            Ok(parsed) => {
                let decision = serde_json::to_value(evaluate(&parsed)).unwrap();
                let mut days = Vec::new();
                days_of(&decision, &mut days);
                assert!(days.iter().all(|day| day.len() == 10 && day.as_str() <= "9999-12-31"), "{text}: {days:?}");
                decided += 1;
            }
            Err(error) => {
                assert!(!error.field.is_empty() && !error.reason.is_empty(), "{text}: {error:?}");
                refused += 1;
            }
        }
    }
    println!("evaluate fuzz: {count} cases, {decided} decided, {refused} refused by name, no panic");
    assert_eq!(decided + refused, count);
    assert!(decided > count / 10 && refused > count / 10, "both paths are exercised: {decided} / {refused}");
}
