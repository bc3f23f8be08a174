//! Who sold the item and how it was bought, and the shop's promises: 京东自营 against a shop on JD, JD's own
//! windows beside the law's, livestream purchases, and what every note and deadline shows the buyer.
#![cfg(not(target_arch = "wasm32"))]

#[path = "cases/check.rs"]
#[allow(dead_code, reason = "rules_table uses the rest of the shared checker")]
mod check;

use shouhou::i18n::ui;
use shouhou::lang::Lang;
use shouhou::rules::{evaluate, parse_case, rule, Decision, Evidence, Layer, Verdict};

fn decide(json: &str) -> Decision {
    evaluate(&parse_case(json).unwrap())
}

/// A phone from JD that stopped working, signed on 2026-11-04, judged on `today`.
fn phone(today: &str, extra: &str) -> Decision {
    decide(&format!(
        r#"{{"platform":"jd","category":"electronics","problem":"malfunction","paid_on":"2026-11-02",
            "signed_on":"2026-11-04","today":"{today}","paid_fen":399900{extra}}}"#
    ))
}

fn cites(decision: &Decision, id: &str) -> bool {
    check::cited(decision).any(|cited| cited == id)
}

#[test]
fn jd_self_operated_leaves_the_marketplace_rules_out_and_a_shop_or_an_unknown_seller_keeps_them() {
    let own = phone("2026-11-05", r#","sold_by":"platform""#);
    assert!(cites(&own, "jd.self_operated") && !cites(&own, "jd.quality.sanbao"));
    for seller in [r#","sold_by":"shop""#, ""] {
        let shop = phone("2026-11-05", seller);
        assert!(cites(&shop, "jd.quality.sanbao") && !cites(&shop, "jd.self_operated"), "{seller}");
    }
}

#[test]
fn jd_windows_close_before_the_law_and_leave_its_remedies_open() {
    let day = |decision: &Decision, id: &str| decision.deadlines.iter().find(|d| d.id == id).map(|d| d.on).unwrap();
    let decision = phone("2026-11-05", "");
    assert!(day(&decision, "platform_visible_defect") < day(&decision, "platform_subtle_defect"));
    assert!(day(&decision, "platform_subtle_defect") < day(&decision, "quality_return"));
    // Past both of JD's windows, the law's return and exchange are still open.
    let later = phone("2026-11-09", "");
    let verdict = |remedy: usize| later.remedies[remedy].verdict;
    assert_eq!((verdict(1), verdict(2)), (Verdict::Eligible, Verdict::Eligible));
    // No window for a change of mind or goods not yet received.
    let changed_mind = decide(
        r#"{"platform":"jd","category":"electronics","problem":"changed_mind","paid_on":"2026-11-02",
            "signed_on":"2026-11-04","today":"2026-11-05","paid_fen":399900}"#,
    );
    assert!(changed_mind.deadlines.iter().all(|d| !d.id.starts_with("platform_") || d.id == "platform_after_sales"));
    let unsigned = decide(
        r#"{"platform":"jd","category":"electronics","problem":"malfunction","paid_on":"2026-11-02",
            "today":"2026-11-05","paid_fen":399900}"#,
    );
    assert!(unsigned.deadlines.is_empty(), "{:?}", unsigned.deadlines);
}

#[test]
fn the_livestream_recording_comes_right_after_the_photos_when_the_goods_differ_from_the_stream() {
    let case = |problem: &str, livestream: bool| {
        decide(&format!(
            r#"{{"platform":"douyin","category":"clothing","problem":"{problem}","paid_on":"2026-11-05",
                "signed_on":"2026-11-07","today":"2026-11-08","paid_fen":15900,"livestream":{livestream}}}"#
        ))
    };
    assert_eq!(case("not_as_described", true).evidence[1], Evidence::LivestreamRecording);
    assert_eq!(case("size_fit", true).evidence.last(), Some(&Evidence::LivestreamRecording));
    let not_said = case("size_fit", false);
    assert!(!not_said.evidence.contains(&Evidence::LivestreamRecording));
    // Douyin's reminder of the livestream law stays for a buyer who did not say how they bought.
    assert!(not_said.notes.contains(&"douyin.livestream".to_string()));
    assert!(!case("size_fit", true).notes.contains(&"douyin.livestream".to_string()));
}

#[test]
fn a_promise_below_the_law_leaves_the_law_s_compensation_alone() {
    let fake = |multiple: u32| {
        decide(&format!(
            r#"{{"platform":"tmall","category":"shoes_bags","problem":"counterfeit","paid_on":"2026-11-01",
                "signed_on":"2026-11-03","today":"2026-11-05","paid_fen":20000,"merchant":{{"counterfeit_multiple":{multiple}}}}}"#
        ))
        .compensation
        .unwrap()
    };
    let law = fake(2);
    assert_eq!((law.multiple, law.amount_fen), (3, 60000));
    assert!(!law.basis.contains(&"merchant.counterfeit_multiple".to_string()) && !law.promised_by_shop());
    let promised = fake(10);
    assert_eq!(promised.amount_fen, 200000);
    assert!(promised.promised_by_shop());
}

/// Everything a table row's decision puts on screen has words in both languages: every deadline a label,
/// every note an English text.
#[test]
fn every_deadline_and_note_of_the_table_speaks_both_languages() {
    for row in check::table().rows {
        let (decision, _) = check::check(&row);
        let decision = decision.expect("row parses");
        for deadline in &decision.deadlines {
            for lang in [Lang::ZhCn, Lang::En] {
                assert!(
                    (ui(lang).deadline)(&deadline.id).is_some(),
                    "{}: no {lang:?} label for {}",
                    row.name,
                    deadline.id
                );
            }
        }
        for note in &decision.notes {
            let rule = rule(note).unwrap();
            let guide = rule.layer == Layer::Guide;
            assert!(guide || rule.text_en.is_some(), "{}: note {note} has no English text", row.name);
        }
    }
}

#[test]
fn a_late_answer_on_a_jd_self_operated_order_goes_to_12315_not_to_jd_intervention() {
    use shouhou::followup::Escalation;
    use shouhou::record::{CaseRecord, StatusChange};
    use shouhou::rules::TicketStatus;
    let filed = |sold_by: &str| {
        let mut record = CaseRecord::new("jd-phone");
        record.form.platform = "jd".into();
        record.form.sold_by = sold_by.into();
        let on = chrono::NaiveDate::from_ymd_opt(2026, 11, 5).unwrap();
        record.status_history.push(StatusChange {
            status: TicketStatus::Submitted,
            on,
            note: String::new(),
            unknown: Default::default(),
        });
        Escalation::for_record(&record)
    };
    assert_eq!(filed("platform"), Escalation::Complaint12315);
    assert_eq!(filed("shop"), Escalation::PlatformIntervention);
    assert_eq!(filed(""), Escalation::PlatformIntervention);
}

#[test]
fn jd_s_clocks_for_shops_do_not_run_on_an_item_jd_sold_itself() {
    use shouhou::followup::{running_clocks, Clock};
    use shouhou::record::{CaseRecord, StatusChange};
    use shouhou::rules::TicketStatus;
    let refused = |sold_by: &str| {
        let mut record = CaseRecord::new("jd-phone");
        record.form.platform = "jd".into();
        record.form.sold_by = sold_by.into();
        let on = |day| chrono::NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
        for (status, day) in [(TicketStatus::Submitted, 5), (TicketStatus::Rejected, 6)] {
            record.status_history.push(StatusChange {
                status,
                on: on(day),
                note: String::new(),
                unknown: Default::default(),
            });
        }
        running_clocks(&record).into_iter().map(|running| running.clock).collect::<Vec<Clock>>()
    };
    assert!(refused("shop").contains(&Clock::BuyerAsksPlatform), "{:?}", refused("shop"));
    assert_eq!(refused("platform"), Vec::<Clock>::new());
}
