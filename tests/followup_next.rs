//! Every overdue rule produces its next action on the right day and not the day before (fixed `today`).
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Days, NaiveDate};
use shouhou::followup::{followup_rules, next_actions, ActionKind, NextAction};
use shouhou::lang::Lang;
use shouhou::record::{CaseRecord, LogEntry, StatusChange};
use shouhou::rules::{Channel, Deadline, Decision, TicketStatus};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn plus(on: NaiveDate, days: u32) -> NaiveDate {
    on.checked_add_days(Days::new(days.into())).unwrap()
}

fn record(platform: &str, history: &[(TicketStatus, &str)]) -> CaseRecord {
    let mut record = CaseRecord::new("c1");
    record.title = "蓝牙耳机".into();
    record.form.platform = platform.into();
    record.status_history = history
        .iter()
        .map(|(status, on)| StatusChange { status: *status, on: day(on), note: String::new() })
        .collect();
    record
}

fn decision(deadlines: &[(&str, &str)]) -> Decision {
    Decision {
        remedies: vec![],
        recommended: None,
        channel: Channel::PlatformAfterSales,
        evidence: vec![],
        deadlines: deadlines
            .iter()
            .map(|(id, on)| Deadline { id: id.to_string(), on: day(on), basis: vec!["taobao.after_sales".into()] })
            .collect(),
        compensation: None,
        channel_basis: vec![],
        notes: vec![],
        calendar_note: None,
    }
}

fn ids(record: &CaseRecord, decision: &Decision, today: NaiveDate) -> Vec<String> {
    next_actions(record, decision, today).iter().map(NextAction::id).collect()
}

fn clock_days(id: &str) -> u32 {
    followup_rules().clocks.iter().find(|clock| clock.id == id).unwrap().days
}

/// The action appears the day after its period ends and not on the last day of the period.
fn assert_fires_after(record: &CaseRecord, decision: &Decision, action: &str, period_end: NaiveDate) {
    let last_quiet_day = ids(record, decision, period_end);
    assert!(!last_quiet_day.contains(&action.to_string()), "{action} already on {period_end}: {last_quiet_day:?}");
    let first_day = plus(period_end, 1);
    let actions = next_actions(record, decision, first_day);
    let found = actions.iter().find(|a| a.id() == action);
    let found = found.unwrap_or_else(|| panic!("{action} missing on {first_day}: {:?}", ids(record, decision, first_day)));
    assert!(found.overdue);
    assert_eq!(found.due, period_end);
    assert_eq!(actions[0].id(), action, "a late action comes first");
}

#[test]
fn the_legal_thresholds_are_the_laws_numbers() {
    assert_eq!(clock_days("seller_unprocessed"), 15, "七日办法第三十一条: 超过十五日未处理");
    assert_eq!(clock_days("refund_late"), 7, "消法第二十五条: 收到退回商品之日起七日内返还");
    assert_eq!(clock_days("refund_unprocessed"), 15, "七日办法第三十一条: 收到退货后超过十五日未退款");
    let platform_numbers = ["seller_silent", "return_unconfirmed"];
    for clock in followup_rules().clocks.iter().filter(|clock| platform_numbers.contains(&clock.id.as_str())) {
        assert!(!clock.verified, "{} is a platform number from a seed, not a checked rule", clock.id);
    }
}

#[test]
fn a_merchant_silent_for_more_than_15_days_opens_intervention_or_12315() {
    let case = record("jd", &[(TicketStatus::Submitted, "2026-11-01")]);
    let end = plus(day("2026-11-01"), clock_days("seller_unprocessed"));
    assert_eq!(end, day("2026-11-16"));
    assert_fires_after(&case, &decision(&[]), "seller_unprocessed", end);
    let action = &next_actions(&case, &decision(&[]), day("2026-11-17"))[0];
    assert_eq!(action.basis, vec!["cn.no_reason.31"]);
    assert_eq!(action.step, "dispute");
    assert_eq!(action.draft.as_deref(), Some("complaint_12315"));
    assert_eq!(action.title(Lang::ZhCn), "商家已超过15天未处理 (七日办法第三十一条)");
}

#[test]
fn on_taobao_the_sellers_5_days_come_first_and_the_15_days_replace_them() {
    let case = record("taobao", &[(TicketStatus::Submitted, "2026-11-01")]);
    assert_fires_after(&case, &decision(&[]), "seller_silent", plus(day("2026-11-01"), clock_days("seller_silent")));
    let later = ids(&case, &decision(&[]), day("2026-11-17"));
    assert!(later.contains(&"seller_unprocessed".to_string()));
    assert!(!later.contains(&"seller_silent".to_string()), "superseded: {later:?}");
    assert!(!ids(&record("jd", &[(TicketStatus::Submitted, "2026-11-01")]), &decision(&[]), day("2026-11-10"))
        .contains(&"seller_silent".to_string()));
}

#[test]
fn an_answer_from_the_merchant_stops_the_wait() {
    let case = record("taobao", &[(TicketStatus::Submitted, "2026-11-01"), (TicketStatus::Approved, "2026-11-03")]);
    let actions = ids(&case, &decision(&[]), day("2026-11-30"));
    assert_eq!(actions, vec!["status:approved"]);
}

#[test]
fn a_return_not_confirmed_within_the_platforms_10_days() {
    let case = record(
        "tmall",
        &[(TicketStatus::Submitted, "2026-11-01"), (TicketStatus::Approved, "2026-11-02"), (TicketStatus::ReturnShipped, "2026-11-05")],
    );
    assert_fires_after(&case, &decision(&[]), "return_unconfirmed", day("2026-11-15"));
}

#[test]
fn a_return_signed_for_7_days_ago_and_not_refunded() {
    let history = [(TicketStatus::Submitted, "2026-11-01"), (TicketStatus::MerchantReceived, "2026-11-10")];
    let case = record("jd", &history);
    assert_fires_after(&case, &decision(&[]), "refund_late", day("2026-11-17"));
    let action = next_actions(&case, &decision(&[]), day("2026-11-18")).remove(0);
    assert_eq!(action.basis, vec!["cn.cpl.25", "cn.no_reason.13"]);
    assert_eq!(action.title(Lang::ZhCn), "退货已签收7天仍未退款");
    assert_eq!(action.title(Lang::En), "The return was signed for 7 days ago and no refund yet");

    // The decision's own seller_refund day (e.g. moved past a holiday) wins over counting here.
    let with_deadline = decision(&[("seller_refund", "2026-11-19")]);
    assert_fires_after(&case, &with_deadline, "refund_late", day("2026-11-19"));

    assert_fires_after(&case, &decision(&[]), "refund_unprocessed", day("2026-11-25"));
    assert!(!ids(&case, &decision(&[]), day("2026-11-26")).contains(&"refund_late".to_string()));

    let refunded = record("jd", &[history[0], history[1], (TicketStatus::Refunded, "2026-11-12")]);
    assert_eq!(ids(&refunded, &decision(&[]), day("2026-11-30")), vec!["status:refunded"]);
}

#[test]
fn a_promise_past_its_day_is_overdue_unless_something_happened_since() {
    let mut case = record("taobao", &[(TicketStatus::Approved, "2026-11-02")]);
    case.log.push(LogEntry {
        on: Some(day("2026-11-05")),
        who: "卖家客服".into(),
        promise: "3天内回复".into(),
        promised_by: Some(day("2026-11-08")),
        ..LogEntry::default()
    });
    assert_fires_after(&case, &decision(&[]), "promise", day("2026-11-08"));
    let action = next_actions(&case, &decision(&[]), day("2026-11-09")).remove(0);
    assert_eq!(action.title(Lang::ZhCn), "卖家客服承诺11月8日前处理, 已逾期");
    assert_eq!(action.draft.as_deref(), Some("follow_up"));
    assert_eq!((action.step.as_str(), action.draft_step()), ("progress", Some("dispute")), "the log, and the reminder's draft");

    case.status_history.push(StatusChange { status: TicketStatus::ReturnShipped, on: day("2026-11-07"), note: String::new() });
    assert!(!ids(&case, &decision(&[]), day("2026-11-09")).contains(&"promise".to_string()));
}

#[test]
fn the_platform_entry_closing_is_announced_from_3_days_before_until_the_day() {
    let case = record("taobao", &[(TicketStatus::Submitted, "2026-11-04")]);
    let closes = decision(&[("platform_after_sales", "2026-11-19")]);
    let warn = followup_rules().warn_days_before;
    let first = day("2026-11-19").checked_sub_days(Days::new(warn.into())).unwrap();
    assert!(!ids(&case, &closes, first.pred_opt().unwrap()).contains(&"deadline:platform_after_sales".to_string()));
    for today in [first, day("2026-11-19")] {
        let actions = next_actions(&case, &closes, today);
        let action = actions.iter().find(|a| a.id() == "deadline:platform_after_sales").expect("announced");
        assert!(!action.overdue);
        assert_eq!(action.title(Lang::ZhCn), "平台售后入口将于11月19日关闭");
        assert_eq!(action.step, "dispute");
    }
    assert!(!ids(&case, &closes, day("2026-11-20")).contains(&"deadline:platform_after_sales".to_string()));
}

#[test]
fn a_deadline_already_met_is_not_announced() {
    let submitted = record("taobao", &[(TicketStatus::Submitted, "2026-11-04")]);
    let draft = record("taobao", &[]);
    let no_reason = decision(&[("no_reason_return", "2026-11-10")]);
    assert!(!ids(&submitted, &no_reason, day("2026-11-09")).contains(&"deadline:no_reason_return".to_string()));
    let actions = next_actions(&draft, &no_reason, day("2026-11-09"));
    assert_eq!(actions[0].id(), "deadline:no_reason_return");
    assert_eq!(actions[0].days, 1);
    assert_eq!(actions[0].title(Lang::ZhCn), "7天无理由退货截止: 11月10日 (还剩1天)");
    assert_eq!(actions[1].kind, ActionKind::Status(TicketStatus::Draft));
    assert_eq!(actions[1].draft.as_deref(), Some("platform_ticket"));
    assert_eq!(actions[1].draft_step(), Some("ticket"));
}

#[test]
fn every_status_has_its_own_next_step_and_text_in_both_languages() {
    for status in TicketStatus::ALL {
        let case = record("jd", &[(status, "2026-11-01")]);
        let actions = next_actions(&case, &decision(&[]), day("2026-11-02"));
        let last = actions.last().expect("a status action");
        assert_eq!(last.kind, ActionKind::Status(status));
        for lang in Lang::ALL {
            assert!(!last.title(lang).starts_with("status_"), "{status:?} has no {lang:?} text");
        }
    }
}

#[test]
fn every_step_and_draft_in_the_data_is_one_the_app_has() {
    let rules = followup_rules();
    let steps = ["policy", "evidence", "channel", "ticket", "progress", "dispute", "cancel", "close", "file", "print"];
    let mut links: Vec<(&str, Option<&String>)> = rules.clocks.iter().map(|c| (c.step.as_str(), c.draft.as_ref())).collect();
    links.extend(rules.deadlines.values().map(|d| (d.step.as_str(), d.draft.as_ref())));
    links.extend(rules.status_steps.values().map(|s| (s.step.as_str(), s.draft.as_ref())));
    for (step, draft) in links {
        assert!(steps.contains(&step), "unknown step {step}");
        if let Some(draft) = draft {
            let page = rules.draft_steps.get(draft).unwrap_or_else(|| panic!("draft {draft} has no step"));
            assert!(steps.contains(&page.as_str()));
            for lang in Lang::ALL {
                assert!(shouhou::followup::texts(lang).drafts.contains_key(draft), "draft {draft} has no {lang:?} name");
            }
        }
    }
    for status in TicketStatus::ALL {
        let id = serde_json::to_value(status).unwrap();
        assert!(rules.status_steps.contains_key(id.as_str().unwrap()), "{status:?} has no next step");
    }
}
