//! The rules table in headless Chromium: the wasm build decides every row exactly as the native run does
//! (both hold the decisions against the same hand-worked expectations in tests/cases/rules_table.json).
#![cfg(target_arch = "wasm32")]

#[path = "cases/check.rs"]
mod check;

use shouhou::rules::{evaluate_with, parse_case, rule, PolicyPack, Verdict};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn every_row_is_decided_in_the_browser_as_worked_out_by_hand() {
    let table = check::table();
    let failures = check::failures(&table);
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
    for row in &table.rows {
        let decision = check::check(row).0.expect("row parses");
        for id in check::cited(&decision) {
            assert!(rule(&id).is_some(), "{}: cites {id}, which the embedded packs lack", row.name);
        }
    }
}

#[wasm_bindgen_test]
fn a_help_centre_pack_passed_as_json_applies_in_the_browser() {
    let case = parse_case(
        r#"{"platform":"jd","category":"clothing","problem":"size_fit","paid_on":"2026-11-01","signed_on":"2026-11-03","today":"2026-11-12","paid_fen":19900}"#,
    )
    .unwrap();
    let pack = PolicyPack::from_json(r#"{"pack":{"id":"jd-help"},"rule":[{"id":"cn.cpl.25","days":15}]}"#).unwrap();
    // 15 days from Tue 11-03 end Wed 11-18.
    let decision = evaluate_with(&case, &pack);
    assert_eq!(decision.remedies[1].verdict, Verdict::Eligible);
    assert_eq!(decision.remedies[1].until.unwrap().to_string(), "2026-11-18");
    let less = PolicyPack::from_json(r#"{"pack":{"id":"shop"},"rule":[{"id":"cn.cpl.25","days":3}]}"#).unwrap_err();
    assert!(less.to_string().starts_with("cn.cpl.25:"));
}
