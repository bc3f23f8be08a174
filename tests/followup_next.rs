//! Every overdue rule produces its next action on the right day and not the day before (fixed `today`),
//! with the decision the real rules core gives on that day.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Days, NaiveDate};
use shouhou::followup::{followup_rules, names, next_actions, ActionKind, NextAction};
use shouhou::lang::Lang;
use shouhou::record::{CaseRecord, LogEntry, StatusChange, Step};
use shouhou::rules::{evaluate, Decision, TicketStatus};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn next_day(on: NaiveDate) -> NaiveDate {
    on.checked_add_days(Days::new(1)).unwrap()
}

/// A 7-day no-reason return of headphones bought on `platform`, with the given status history.
fn record(platform: &str, history: &[(TicketStatus, &str)]) -> CaseRecord {
    let mut record = CaseRecord::new("c1");
    record.title = "蓝牙耳机".into();
    record.form.platform = platform.into();
    record.form.category = "electronics".into();
    record.form.problem = "changed_mind".into();
    record.form.paid_on = "2026-11-01".into();
    record.form.signed_on = "2026-11-03".into();
    record.form.paid_yuan = "199".into();
    record.status_history = history
        .iter()
        .map(|(status, on)| StatusChange {
            status: *status,
            on: day(on),
            note: String::new(),
            unknown: Default::default(),
        })
        .collect();
    record
}

fn decided(record: &CaseRecord, today: NaiveDate) -> Decision {
    evaluate(&record.case(today).expect("a complete case"))
}

fn actions_on(record: &CaseRecord, today: NaiveDate) -> Vec<NextAction> {
    next_actions(record, &decided(record, today), today)
}

fn ids_on(record: &CaseRecord, today: NaiveDate) -> Vec<String> {
    actions_on(record, today).iter().map(NextAction::id).collect()
}

/// The last day of the decision's deadline `id`, as the rules core counts it.
fn deadline(record: &CaseRecord, id: &str) -> NaiveDate {
    let decision = decided(record, day("2026-11-30"));
    decision.deadlines.iter().find(|d| d.id == id).unwrap_or_else(|| panic!("no {id} in {:?}", decision.deadlines)).on
}

/// The action is absent on the deadline's last day and first on the list the day after.
fn assert_fires_after(record: &CaseRecord, action: &str, last_day: NaiveDate) -> NextAction {
    let quiet = ids_on(record, last_day);
    assert!(!quiet.contains(&action.to_string()), "{action} already on {last_day}: {quiet:?}");
    let first_day = next_day(last_day);
    let actions = actions_on(record, first_day);
    let found = actions.iter().find(|a| a.id() == action).cloned();
    let found = found.unwrap_or_else(|| panic!("{action} missing on {first_day}: {:?}", ids_on(record, first_day)));
    assert!(found.overdue);
    assert_eq!(found.due, last_day);
    assert_eq!(actions[0].id(), action, "a late action comes first");
    found
}

#[test]
fn a_merchant_silent_for_more_than_15_days_opens_intervention_or_12315() {
    let case = record("jd", &[(TicketStatus::Submitted, "2026-11-04")]);
    let last_day = deadline(&case, "processing_escalation");
    assert!(last_day >= day("2026-11-19"), "七日办法第三十一条: more than 15 days after the request");
    let action = assert_fires_after(&case, "seller_unprocessed", last_day);
    assert_eq!(action.basis[0], "cn.no_reason.31");
    assert!(action.verified);
    assert_eq!((action.step, action.draft.as_deref()), (Step::Dispute, Some("complaint_12315")));
    assert_eq!(action.title(Lang::ZhCn), "商家已超过15天未处理 (七日办法第三十一条)");
}

#[test]
fn on_taobao_the_sellers_5_days_come_first_and_the_15_days_replace_them() {
    let case = record("taobao", &[(TicketStatus::Submitted, "2026-11-04")]);
    let five = deadline(&case, "seller_response");
    assert_eq!(five, day("2026-11-09"), "seed 002: 卖家有5天的时间来处理");
    let action = assert_fires_after(&case, "seller_handles_request", five);
    assert!(!action.verified, "a platform number from a seed, not a checked rule");
    assert_eq!(action.title(Lang::ZhCn), "卖家应在11月9日前处理申请，已逾期1天：可以申请平台介入");
    assert_eq!(action.draft.as_deref(), Some("platform_intervention"));
    let basis = action.basis_text(Lang::ZhCn).unwrap();
    assert!(basis.starts_with("淘宝退款流程说明（卖家处理期）。这个天数来自平台帮助页"), "{basis}");
    let later = ids_on(&case, next_day(deadline(&case, "processing_escalation")));
    assert!(later.contains(&"seller_unprocessed".to_string()));
    assert!(!later.contains(&"seller_handles_request".to_string()), "superseded: {later:?}");
    // JD's clock is 24 hours (总则第三条), checked against the rule text.
    let jd = record("jd", &[(TicketStatus::Submitted, "2026-11-04")]);
    let jd_action = assert_fires_after(&jd, "seller_handles_request", day("2026-11-05"));
    assert!(jd_action.verified);
    assert_eq!(
        jd_action.title(Lang::En),
        "The seller had until Nov 5 to handle the request and has not: you can ask the platform to step in"
    );
}

#[test]
fn an_answer_from_the_merchant_stops_the_wait() {
    let case = record("jd", &[(TicketStatus::Submitted, "2026-11-04"), (TicketStatus::Approved, "2026-11-05")]);
    assert_eq!(ids_on(&case, day("2026-11-30")), vec!["status:approved"]);
    // On Taobao the approval starts the buyer's own clock: 7 days to ship the return.
    let taobao = record("taobao", &[(TicketStatus::Submitted, "2026-11-04"), (TicketStatus::Approved, "2026-11-05")]);
    let ahead = actions_on(&taobao, day("2026-11-10"));
    assert_eq!(ahead[0].id(), "buyer_ships_return");
    assert!(!ahead[0].overdue);
    assert_eq!(ahead[0].title(Lang::ZhCn), "寄回退货的期限: 11月12日 (还剩2天)");
    let late = actions_on(&taobao, day("2026-11-13")).remove(0);
    assert_eq!((late.id().as_str(), late.overdue, late.days), ("buyer_ships_return", true, 1));
    assert_eq!(late.title(Lang::ZhCn), "寄回退货的期限11月12日已过1天");
    let escalated = record(
        "taobao",
        &[(TicketStatus::Submitted, "2026-11-04"), (TicketStatus::PlatformIntervention, "2026-11-10")],
    );
    let ids = ids_on(&escalated, day("2026-11-12"));
    assert!(ids.contains(&"seller_handles_request".to_string()), "the seller is still late: {ids:?}");
    let late = actions_on(&escalated, day("2026-11-12")).remove(0);
    assert_eq!(late.draft.as_deref(), Some("complaint_12315"), "already with the platform: 12315 next");
}

#[test]
fn a_return_not_confirmed_within_the_platforms_10_days() {
    let case = record(
        "tmall",
        &[
            (TicketStatus::Submitted, "2026-11-04"),
            (TicketStatus::Approved, "2026-11-05"),
            (TicketStatus::ReturnShipped, "2026-11-06"),
        ],
    );
    let last_day = deadline(&case, "seller_confirm_return");
    assert_eq!(last_day, day("2026-11-16"), "seed 002: 卖家会有10天的时间来进行确认收货");
    let action = assert_fires_after(&case, "seller_confirms_receipt", last_day);
    assert!(action.title(Lang::ZhCn).starts_with("卖家应在11月16日前确认收到退货，已逾期1天"));
}

#[test]
fn a_return_signed_for_7_days_ago_and_not_refunded() {
    let history = [
        (TicketStatus::Submitted, "2026-11-04"),
        (TicketStatus::Approved, "2026-11-05"),
        (TicketStatus::ReturnShipped, "2026-11-06"),
        (TicketStatus::MerchantReceived, "2026-11-10"),
    ];
    let case = record("jd", &history);
    let seven = deadline(&case, "seller_refund");
    assert!(seven >= day("2026-11-17"), "消法第二十五条: 收到退回商品之日起七日内");
    let action = assert_fires_after(&case, "refund_late", seven);
    assert_eq!(action.title(Lang::ZhCn), "退货已签收7天仍未退款");
    assert_eq!(action.title(Lang::En), "The return was signed for 7 days ago and no refund yet");
    assert!(action.basis.contains(&"cn.no_reason.13".to_string()));

    let fifteen = deadline(&case, "refund_escalation");
    assert_fires_after(&case, "refund_unprocessed", fifteen);
    assert!(!ids_on(&case, next_day(fifteen)).contains(&"refund_late".to_string()), "superseded");

    let mut refunded = history.to_vec();
    refunded.push((TicketStatus::Refunded, "2026-11-12"));
    assert_eq!(ids_on(&record("jd", &refunded), day("2026-11-30")), vec!["status:refunded"]);
}

#[test]
fn a_promise_past_its_day_is_overdue_unless_something_happened_since() {
    let mut case = record("jd", &[(TicketStatus::Approved, "2026-11-05")]);
    case.log.push(LogEntry {
        on: Some(day("2026-11-06")),
        who: "卖家客服".into(),
        promise: "3天内回复".into(),
        promised_by: Some(day("2026-11-09")),
        ..LogEntry::default()
    });
    let action = assert_fires_after(&case, "promise", day("2026-11-09"));
    assert_eq!(action.title(Lang::ZhCn), "卖家客服承诺3天内回复，已逾期1天：可以申请平台介入");
    assert_eq!(action.draft.as_deref(), Some("platform_intervention"));
    assert_eq!((action.step, action.draft_step()), (Step::Dispute, Some(Step::Dispute)));

    case.status_history.push(StatusChange {
        status: TicketStatus::ReturnShipped,
        on: day("2026-11-08"),
        note: String::new(),
        unknown: Default::default(),
    });
    assert!(!ids_on(&case, day("2026-11-10")).contains(&"promise".to_string()));
}

#[test]
fn the_platform_entry_closing_is_announced_from_3_days_before_until_the_day() {
    let mut case = record("taobao", &[]);
    case.form.problem = "malfunction".into();
    case.form.completed_on = "2026-11-04".into();
    let closes = deadline(&case, "platform_after_sales");
    assert_eq!(closes, day("2026-11-19"), "seed 002: 交易成功后0-15天");
    let warn = followup_rules().warn_days_before;
    let first = closes.checked_sub_days(Days::new(warn.into())).unwrap();
    let id = "deadline:platform_after_sales".to_string();
    assert!(!ids_on(&case, first.pred_opt().unwrap()).contains(&id));
    for today in [first, closes] {
        let actions = actions_on(&case, today);
        let action = actions.iter().find(|a| a.id() == id).expect("announced");
        assert!(!action.overdue);
        assert_eq!(action.title(Lang::ZhCn), "平台售后入口将于11月19日关闭");
        assert_eq!(action.step, Step::Dispute);
    }
    assert!(!ids_on(&case, next_day(closes)).contains(&id));
}

#[test]
fn a_deadline_already_met_is_not_announced() {
    let draft = record("taobao", &[]);
    let last_day = deadline(&draft, "no_reason_return");
    let actions = actions_on(&draft, last_day.pred_opt().unwrap());
    assert_eq!(actions[0].id(), "deadline:no_reason_return");
    assert_eq!(actions[0].days, 1);
    assert_eq!(actions.last().unwrap().kind, ActionKind::Status(TicketStatus::Draft));
    assert_eq!(actions.last().unwrap().draft_step(), Some(Step::Ticket));

    let submitted = record("taobao", &[(TicketStatus::Submitted, "2026-11-04")]);
    assert!(!ids_on(&submitted, last_day.pred_opt().unwrap()).contains(&"deadline:no_reason_return".to_string()));
}

#[test]
fn every_status_has_its_own_next_step_and_text_in_both_languages() {
    for status in TicketStatus::ALL {
        let case = record("jd", &[(status, "2026-11-04")]);
        let actions = actions_on(&case, day("2026-11-05"));
        let last = actions.last().expect("a status action");
        assert_eq!(last.kind, ActionKind::Status(status));
        for lang in Lang::ALL {
            assert!(!last.title(lang).starts_with("status_"), "{status:?} has no {lang:?} text");
        }
    }
}

#[test]
fn every_draft_and_deadline_in_the_data_is_one_the_app_has() {
    // Steps need no check here: the build writes them as `Step` variants, so an unknown one does not compile.
    let rules = followup_rules();
    let mut drafts: Vec<Option<&str>> = rules.overdue.iter().map(|o| o.draft).collect();
    drafts.extend(rules.approaching.values().map(|a| a.draft));
    drafts.extend(rules.status_steps.values().map(|s| s.draft));
    for draft in drafts.into_iter().flatten() {
        assert!(rules.draft_steps.get(draft).is_some(), "draft {draft} has no step");
        assert!(shouhou::drafting::Purpose::from_id(draft).is_some(), "no drafting purpose {draft}");
    }
    let deadlines = rules.approaching.keys().chain(rules.overdue.iter().map(|overdue| overdue.deadline));
    for id in deadlines {
        for lang in Lang::ALL {
            assert_ne!(&names(lang).deadline(id), id, "deadline {id} has no {lang:?} name");
        }
    }
    for status in TicketStatus::ALL {
        let id = serde_json::to_value(status).unwrap();
        assert!(rules.status_steps.contains_key(id.as_str().unwrap()), "{status:?} has no next step");
    }
}

#[test]
fn both_languages_have_every_follow_up_text() {
    fn keys(value: &serde_json::Value, path: String, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                map.iter().for_each(|(key, value)| keys(value, format!("{path}.{key}"), out))
            }
            serde_json::Value::Array(items) => out.push(format!("{path}[{}]", items.len())),
            _ => out.push(path),
        }
    }
    let [zh, en] =
        [include_str!("../data/followup/zh-CN.json"), include_str!("../data/followup/en.json")].map(|text| {
            let mut out = Vec::new();
            keys(&serde_json::from_str(text).unwrap(), String::new(), &mut out);
            out.sort();
            out
        });
    assert_eq!(zh, en);
}
