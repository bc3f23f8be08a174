//! The case table, natively: every row decided as worked out by hand, every seed table row held, and every
//! rule in the packs cited by some row.
#![cfg(not(target_arch = "wasm32"))]

#[path = "cases/check.rs"]
mod check;

use std::collections::BTreeSet;

use shouhou::rules::{evaluate, parse_case, ticket, PolicyPack, Verdict};

#[test]
fn every_row_and_every_seed_ticket_row_is_decided_as_worked_out_by_hand() {
    let table = check::table();
    assert!(table.rows.len() >= 60, "the table has {} rows", table.rows.len());
    let failures = check::failures(&table);
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_rule_in_the_packs_is_cited_by_some_row() {
    let table = check::table();
    let mut cited: BTreeSet<String> = BTreeSet::new();
    for row in &table.rows {
        let (decision, _) = check::check(row);
        cited.extend(check::cited(&decision.expect("row parses")));
    }
    for row in &table.tickets {
        cited.extend(ticket::cancel_policy(row.status, row.platform).basis);
        cited.extend(ticket::modify_policy(row.status).basis);
    }
    let uncited: Vec<&str> =
        PolicyPack::builtin().rules().iter().map(|rule| rule.id.as_str()).filter(|id| !cited.contains(*id)).collect();
    assert!(uncited.is_empty(), "rules no row cites: {uncited:?}");
    let unknown: Vec<&String> = cited.iter().filter(|id| shouhou::rules::rule(id).is_none()).collect();
    assert!(unknown.is_empty(), "cited ids missing from the packs: {unknown:?}");
}

#[test]
fn every_row_explains_itself() {
    for row in check::table().rows {
        assert!(row.reasoning.chars().count() > 20, "{}: the hand calculation is missing", row.name);
    }
}

#[test]
fn the_table_covers_every_platform_category_and_problem_of_the_contract() {
    let table = check::table();
    let used = |field: &str| -> BTreeSet<String> {
        table.rows.iter().filter_map(|row| row.case[field].as_str().map(String::from)).collect()
    };
    let contract = [
        ("platform", "taobao tmall jd pinduoduo alibaba_1688 douyin meituan brand_official offline_store other"),
        (
            "category",
            "general electronics appliance small_appliance clothing underwear shoes_bags food fresh_food cosmetics medicine furniture jewelry custom_made digital_content newspaper",
        ),
        (
            "problem",
            "changed_mind size_fit ordered_by_mistake quality_defect malfunction not_as_described wrong_item missing_parts damaged_in_transit not_received counterfeit unsafe_food late_delivery",
        ),
    ];
    for (field, ids) in contract {
        let used = used(field);
        let missing: Vec<&str> = ids.split(' ').filter(|id| !used.contains(*id)).collect();
        assert!(missing.is_empty(), "no row has {field} {missing:?}");
    }
}

#[test]
fn unsafe_food_names_both_measures_of_the_law_and_its_floor() {
    let case = r#"{"platform":"meituan","category":"food","problem":"unsafe_food","paid_on":"2026-11-04",
        "signed_on":"2026-11-04","today":"2026-11-04","paid_fen":3000}"#;
    let decision = evaluate(&parse_case(case).expect("case parses"));
    let refund = decision.remedies.iter().find(|remedy| remedy.verdict == Verdict::Eligible).expect("a refund");
    for (text, words) in
        [(&refund.why, ["价款十倍", "损失三倍", "一千元"]), (&refund.why_en, ["ten times", "three times", "1,000"])]
    {
        for word in words {
            assert!(text.contains(word), "食安法148 in {text:?} lacks {word}");
        }
    }
}
