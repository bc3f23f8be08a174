//! Issue 15 with its three buyers: what they logged drives the next action and the reminders, the
//! platform's clocks run out into next actions, and nothing internal reaches any follow-up surface.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/no_internal.rs"]
mod no_internal;

use chrono::NaiveDate;
use no_internal::{assert_no_internal, ics_visible_text, internal_terms};
use shouhou::followup::{
    calendar_ics, case_file, checklist, key_dates, next_actions, next_reminder, overdue_clocks_and_promises, Clock,
    OverdueItem,
};
use shouhou::lang::Lang;
use shouhou::record::{CaseRecord, LogEntry, SentDraft, StatusChange, Step};
use shouhou::rules::{evaluate, Decision, EventKind, Platform, TicketStatus};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn status(status: TicketStatus, on: &str) -> StatusChange {
    StatusChange { status, on: day(on), note: String::new(), unknown: Default::default() }
}

/// 拼多多: a down jacket whose zipper broke; the shop promised on chat to answer within 48 hours and never did.
fn down_jacket() -> CaseRecord {
    let mut record = CaseRecord::new("jacket");
    record.form.platform = "pinduoduo".into();
    record.form.category = "clothing".into();
    record.form.problem = "quality_defect".into();
    record.form.paid_on = "2026-11-20".into();
    record.form.signed_on = "2026-11-23".into();
    record.form.paid_yuan = "459".into();
    record.facts.item_name = "白鸭绒羽绒服".into();
    record.facts.shop_name = "暖冬旗舰店".into();
    record.facts.order_no = "251128-4471203390".into();
    record.facts.description = "穿了两次拉链头脱落，拉不上。".into();
    record.status_history = vec![status(TicketStatus::Submitted, "2026-11-28")];
    record.log.push(LogEntry {
        on: Some(day("2026-11-28")),
        time: "20:15".into(),
        channel: "merchant_service".into(),
        said: "拉链坏了，申请退货退款，客服说要核实".into(),
        promise: "48小时内答复".into(),
        promised_by: Some(day("2026-11-30")),
        ..LogEntry::default()
    });
    record
}

/// Taobao: counterfeit sneakers, the buyer's screen in English; the shop let the request sit.
fn counterfeit_sneakers() -> CaseRecord {
    let mut record = CaseRecord::new("sneakers");
    record.title = "Running shoes, fake".into();
    record.form.platform = "taobao".into();
    record.form.category = "shoes_bags".into();
    record.form.problem = "counterfeit".into();
    record.form.paid_on = "2026-11-01".into();
    record.form.signed_on = "2026-11-03".into();
    record.form.completed_on = "2026-11-05".into();
    record.form.paid_yuan = "899".into();
    record.facts.item_name = "运动跑鞋 42码".into();
    record.facts.order_no = "3987712200451".into();
    record.facts.description = "鞋标与官网不符，防伪码查询无记录。".into();
    record.status_history = vec![status(TicketStatus::Submitted, "2026-11-06")];
    record.sent_drafts.push(SentDraft {
        purpose: "merchant_message".into(),
        on: day("2026-11-12"),
        text: "您好，我购买的运动跑鞋经核对为假货……请于11月15日前答复。".into(),
        unknown: Default::default(),
    });
    record
}

/// Taobao: a no-reason return the shop agreed to; then the shop offered a partial refund instead, promised
/// to pay it within a day, and did not. The buyer thinks of cancelling.
fn partial_refund_offer() -> CaseRecord {
    let mut record = CaseRecord::new("kettle");
    record.form.platform = "taobao".into();
    record.form.category = "appliance".into();
    record.form.problem = "changed_mind".into();
    record.form.paid_on = "2026-11-01".into();
    record.form.signed_on = "2026-11-04".into();
    record.form.paid_yuan = "129".into();
    record.facts.item_name = "电热水壶".into();
    record.status_history =
        vec![status(TicketStatus::Submitted, "2026-11-06"), status(TicketStatus::Approved, "2026-11-07")];
    record.log.push(LogEntry {
        on: Some(day("2026-11-08")),
        channel: "merchant_service".into(),
        who: "店铺客服".into(),
        said: "商家提出不退货，补偿30元".into(),
        promise: "同意后24小时内打款30元".into(),
        promised_by: Some(day("2026-11-09")),
        ..LogEntry::default()
    });
    record
}

fn decided(record: &CaseRecord, today: NaiveDate) -> Decision {
    evaluate(&record.case(today).expect("a complete case"))
}

#[test]
fn the_down_jackets_broken_promise_is_the_next_action_not_the_usual_review_time() {
    let record = down_jacket();
    let today = day("2026-12-03");
    let actions = next_actions(&record, &decided(&record, today), today);
    let first = &actions[0];
    assert_eq!(first.id(), "promise");
    assert_eq!(first.title(Lang::ZhCn), "商家承诺48小时内答复，已逾期3天：可以申请平台介入");
    assert_eq!((first.draft.as_deref(), first.draft_step()), (Some("platform_intervention"), Some(Step::Dispute)));
    assert!(first.detail(Lang::ZhCn).contains("11月28日"), "{}", first.detail(Lang::ZhCn));
    for action in &actions {
        let text = format!("{} {}", action.title(Lang::ZhCn), action.detail(Lang::ZhCn));
        assert!(!text.contains("等待商家审核") && !text.contains("1-3个工作日内"), "{text}");
        assert!(!matches!(action.kind, shouhou::followup::ActionKind::Status(_)), "no 'wait' while late: {text}");
    }
    // The day before the promise ran out, the status still speaks.
    let calm = next_actions(&record, &decided(&record, day("2026-11-29")), day("2026-11-29"));
    assert_eq!(calm.last().unwrap().id(), "status:submitted");

    match overdue_clocks_and_promises(&record, today).as_slice() {
        [OverdueItem::Promise(promise)] => {
            assert_eq!(
                (promise.promise.as_str(), promise.made_on, promise.due),
                ("48小时内答复", Some(day("2026-11-28")), day("2026-11-30"))
            );
            assert_eq!(promise.channel, "merchant_service");
        }
        other => panic!("the promise, and no clock (Pinduoduo publishes none): {other:?}"),
    }
}

#[test]
fn the_sneakers_clock_runs_out_in_english_and_the_answer_day_is_ahead() {
    let record = counterfeit_sneakers();
    let today = day("2026-11-13");
    let decision = decided(&record, today);
    let actions = next_actions(&record, &decision, today);
    let late = actions.iter().find(|action| action.id() == "seller_handles_request").expect("Taobao's 5 days");
    assert_eq!(
        late.title(Lang::En),
        "The seller had until Nov 11 to handle the request and has not: you can ask the platform to step in"
    );
    assert!(late.basis_text(Lang::En).unwrap().contains("the platform may have changed it"));
    match overdue_clocks_and_promises(&record, today).as_slice() {
        [OverdueItem::Clock(clock)] => {
            assert_eq!((clock.clock, clock.started), (Clock::SellerHandlesRequest, day("2026-11-06")))
        }
        other => panic!("{other:?}"),
    }
    // The message sent on 11-12 asked for an answer within 3 days.
    let next = next_reminder(&record, &decision, today, Lang::En).expect("a date ahead");
    assert_eq!(next.on, day("2026-11-15"));
    assert!(next.what.starts_with("Message to the shop") || next.what.contains("answer"), "{}", next.what);
}

#[test]
fn the_partial_refund_offer_promise_and_the_buyers_own_clock_to_ship() {
    let record = partial_refund_offer();
    let today = day("2026-11-12");
    let decision = decided(&record, today);
    let ids: Vec<String> = next_actions(&record, &decision, today).iter().map(|action| action.id()).collect();
    assert_eq!(ids, ["promise", "buyer_ships_return"], "late first, then the buyer's own clock");
    let actions = next_actions(&record, &decision, today);
    assert_eq!(actions[0].title(Lang::ZhCn), "店铺客服承诺同意后24小时内打款30元，已逾期3天：可以申请平台介入");
    assert_eq!(actions[1].title(Lang::ZhCn), "寄回退货的期限: 11月14日 (还剩2天)");
    let ics = calendar_ics(&record, &decision, today, Lang::ZhCn);
    assert!(ics.contains("DTSTART;VALUE=DATE:20261114"), "the buyer's clock is in the calendar: {ics}");
    assert!(!ics.contains("DTSTART;VALUE=DATE:20261109"), "the past promise is not");
}

#[test]
fn the_log_and_the_status_history_are_the_contracts_events() {
    let mut record = down_jacket();
    record.log.push(LogEntry {
        on: Some(day("2026-12-04")),
        channel: "complaint_12315".into(),
        said: "在12315平台提交投诉".into(),
        ..LogEntry::default()
    });
    let kinds: Vec<(EventKind, NaiveDate)> = record.events().iter().map(|event| (event.kind, event.on)).collect();
    assert_eq!(kinds, [(EventKind::Requested, day("2026-11-28")), (EventKind::ComplaintFiled, day("2026-12-04"))]);
    let decision = decided(&record, day("2026-12-05"));
    assert!(
        decision.deadlines.iter().any(|deadline| deadline.id == "complaint_acceptance"),
        "{:?}",
        decision.deadlines
    );
}

#[test]
fn every_platform_has_the_five_clocks_with_sourced_numbers() {
    let text = std::fs::read_to_string("data/clocks.toml").unwrap();
    for platform in [Platform::Taobao, Platform::Tmall, Platform::Jd] {
        assert!(Clock::SellerHandlesRequest.rule(platform).is_some(), "{platform:?}");
    }
    for platform in Platform::ALL {
        for clock in Clock::ALL {
            if let Some(rule) = clock.rule(platform) {
                assert!(rule.days.is_some() != rule.hours.is_some(), "{platform:?} {clock:?}: days or hours");
                assert!(!rule.source.is_empty() && !rule.citation_zh.is_empty() && !rule.citation_en.is_empty());
            }
        }
    }
    assert!(text.contains("verified = false"), "the seeds' Taobao numbers are unconfirmed");
    assert_eq!(Clock::SellerHandlesRequest.rule(Platform::Jd).unwrap().hours, Some(24));
}

#[test]
fn every_deadline_the_rules_core_makes_has_a_name_in_both_languages() {
    let ids = no_internal::deadline_ids();
    assert!(ids.len() >= 10, "{ids:?}");
    for id in ids {
        for lang in Lang::ALL {
            let name = shouhou::followup::names(lang).deadline(&id);
            assert!(
                !name.contains('_') && name != shouhou::i18n::ui(lang).deadlines_heading,
                "{id} has no {lang:?} name"
            );
        }
    }
}

/// The follow-up surfaces of one case on one day, each as the buyer reads it.
fn surfaces(record: &CaseRecord, today: NaiveDate, lang: Lang) -> Vec<(String, String)> {
    let decision = decided(record, today);
    let actions = next_actions(record, &decision, today)
        .iter()
        .map(|action| {
            format!("{}\n{}\n{}", action.title(lang), action.detail(lang), action.basis_text(lang).unwrap_or_default())
        })
        .collect::<Vec<_>>()
        .join("\n");
    let progress =
        key_dates(record, Some(&decision), lang).into_iter().map(|(_, what)| what).collect::<Vec<_>>().join("\n");
    let next_date = next_reminder(record, &decision, today, lang).map(|reminder| reminder.what).unwrap_or_default();
    vec![
        ("next actions".into(), actions),
        ("progress".into(), progress),
        ("case file".into(), case_file(record, &decision, today, lang).to_text()),
        ("print view".into(), checklist(record, &decision, today, lang).to_text()),
        (".ics".into(), ics_visible_text(&calendar_ics(record, &decision, today, lang))),
        ("case list".into(), next_date),
    ]
}

#[test]
fn no_rule_id_text_key_or_marker_reaches_a_follow_up_surface() {
    assert!(internal_terms().contains("cn.civil.582") && internal_terms().contains("merchant_review"));
    let cases = [
        (down_jacket(), ["2026-11-29", "2026-12-03", "2026-12-20"]),
        (counterfeit_sneakers(), ["2026-11-08", "2026-11-13", "2026-11-30"]),
        (partial_refund_offer(), ["2026-11-08", "2026-11-12", "2026-11-25"]),
    ];
    let mut checked = 0;
    for (record, days) in &cases {
        for today in days.map(day) {
            for lang in Lang::ALL {
                for (surface, text) in surfaces(record, today, lang) {
                    assert_no_internal(&format!("{} on {today} in {lang:?}: {surface}", record.id), &text);
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 3 * 3 * 2 * 6);
}

#[test]
fn the_checker_finds_what_the_issue_saw() {
    for seen in [
        "2026-12-04 merchant_review 已过 2 天",
        "[cn.civil.582]",
        "依据: taobao.aftersales.15 这条规则的数字尚未与原文核对",
    ] {
        assert!(!no_internal::internal_terms_in(seen).is_empty(), "{seen}");
    }
    assert!(no_internal::internal_terms_in("商家承诺48小时内答复，已逾期3天：可以申请平台介入").is_empty());
}

#[test]
fn the_progress_dates_leave_out_a_deadline_the_buyer_already_met() {
    let record = down_jacket();
    let today = day("2026-12-06");
    let decision = decided(&record, today);
    assert!(decision.deadlines.iter().any(|deadline| deadline.id == "quality_return"));
    let dates: Vec<String> =
        key_dates(&record, Some(&decision), Lang::ZhCn).into_iter().map(|(_, what)| what).collect();
    assert!(!dates.iter().any(|what| what == "质量问题退货截止"), "the request was filed in time: {dates:?}");
    assert_eq!(dates[0], "商家客服承诺: 48小时内答复");
}

#[test]
fn a_promise_broken_before_anything_was_filed_points_to_the_after_sales_request() {
    let mut record = down_jacket();
    record.status_history.clear();
    let today = day("2026-12-03");
    let first = next_actions(&record, &decided(&record, today), today).remove(0);
    assert_eq!(first.title(Lang::ZhCn), "商家承诺48小时内答复，已逾期3天：可以先在订单页提交售后申请");
    assert_eq!((first.step, first.draft.as_deref()), (Step::Ticket, Some("platform_ticket")));
    // An offline shop has no platform: 12315.
    record.form.platform = "offline_store".into();
    let offline = next_actions(&record, &decided(&record, today), today).remove(0);
    assert_eq!(offline.title(Lang::ZhCn), "商家承诺48小时内答复，已逾期3天：可以向12315投诉");
}

#[test]
fn the_case_file_and_the_checklist_list_the_dates_still_to_keep() {
    let record = counterfeit_sneakers();
    let today = day("2026-11-13");
    let decision = decided(&record, today);
    // A counterfeit's return has no fixed deadline: the 7-day defect return is no date of its own (play-test s1).
    assert!(decision.deadlines.iter().all(|deadline| deadline.id != "quality_return"), "{:?}", decision.deadlines);
    for sheet in [case_file(&record, &decision, today, Lang::En), checklist(&record, &decision, today, Lang::En)] {
        let text = sheet.to_text();
        assert!(!text.contains("Return for a defect ends"), "filed in time, not a date to keep: {text}");
        assert!(text.contains("Seller must handle the request by (passed)"), "{text}");
    }
}

#[test]
fn a_deadline_already_met_is_left_off_the_case_file() {
    // The jacket's 7-day defect return ran out on 11-30; the request was filed on 11-28, in time.
    let record = down_jacket();
    let today = day("2026-12-06");
    let decision = decided(&record, today);
    let quality_return = decision.deadlines.iter().find(|deadline| deadline.id == "quality_return");
    assert_eq!(quality_return.map(|deadline| deadline.on), Some(day("2026-11-30")), "{:?}", decision.deadlines);
    for (lang, name) in [(Lang::ZhCn, "质量问题退货截止"), (Lang::En, "Return for a defect ends")] {
        for sheet in [case_file(&record, &decision, today, lang), checklist(&record, &decision, today, lang)] {
            let text = sheet.to_text();
            assert!(!text.contains(name), "filed in time, not a date to keep: {text}");
            assert!(text.contains("2028"), "the two-year notice limit is still a date to keep: {text}");
        }
    }
    // Unfiled, the passed date is the buyer's to see.
    let mut unfiled = record.clone();
    unfiled.status_history.clear();
    let text = case_file(&unfiled, &decided(&unfiled, today), today, Lang::ZhCn).to_text();
    assert!(text.contains("质量问题退货截止"), "{text}");
}

#[test]
fn before_filing_the_next_actions_follow_the_channel_the_buyer_chose() {
    let mut record = down_jacket();
    record.status_history.clear();
    let today = day("2026-11-28");
    let by_id = |record: &CaseRecord| {
        let actions = next_actions(record, &decided(record, today), today);
        let pick = |id: &str| actions.iter().find(|action| action.id() == id).cloned().expect(id);
        (pick("status:draft"), pick("deadline:quality_return"))
    };
    let (asked, deadline) = by_id(&record);
    assert_eq!(asked.title(Lang::ZhCn), "提交售后申请", "no choice: the platform's form");
    for action in [&asked, &deadline] {
        assert_eq!((action.draft.as_deref(), action.draft_step()), (Some("platform_ticket"), Some(Step::Ticket)));
    }
    for (channel, draft, name) in [
        ("complaint_12315", "complaint_12315", "12315 投诉"),
        ("merchant_service", "merchant_message", "商家客服"),
        ("heimao", "heimao", "黑猫投诉"),
    ] {
        record.chosen_channel = channel.into();
        let (asked, deadline) = by_id(&record);
        for action in [&asked, &deadline] {
            assert_eq!((action.draft.as_deref(), action.draft_step()), (Some(draft), Some(Step::Ticket)), "{channel}");
        }
        assert_eq!(asked.title(Lang::ZhCn), format!("通过你选的渠道提出请求：{name}"));
        assert!(asked.detail(Lang::En).contains("copy the draft"), "{}", asked.detail(Lang::En));
        let decision = decided(&record, today);
        let sheet = case_file(&record, &decision, today, Lang::ZhCn).to_text();
        assert!(sheet.contains(&format!("通过你选的渠道提出请求：{name}")), "the case file's next step: {sheet}");
    }
    // The platform's own form and a court (no draft from here) keep the after-sales request.
    for channel in ["platform_after_sales", "court"] {
        record.chosen_channel = channel.into();
        assert_eq!(by_id(&record).0.draft.as_deref(), Some("platform_ticket"), "{channel}");
    }
    // Once filed, a broken promise still escalates through the platform, whatever was chosen first.
    record.chosen_channel = "merchant_service".into();
    record.status_history = vec![status(TicketStatus::Submitted, "2026-11-28")];
    let late = next_actions(&record, &decided(&record, day("2026-12-03")), day("2026-12-03")).remove(0);
    assert_eq!(late.draft.as_deref(), Some("platform_intervention"));
}

#[test]
fn the_case_lists_line_follows_the_chosen_channel() {
    let mut record = down_jacket();
    record.status_history.clear();
    record.log.clear();
    record.chosen_channel = "complaint_12315".into();
    let today = day("2026-11-24");
    let line = shouhou::followup::next_line(&record, &decided(&record, today), today, Lang::ZhCn).unwrap();
    assert!(line.contains("通过你选的渠道提出请求：12315 投诉"), "{line}");
}
