//! The calendar export is read back with the `icalendar` crate's parser: events, dates and reminders.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use icalendar::{Calendar, Component, DatePerhapsTime};
use shouhou::followup::calendar_ics;
use shouhou::lang::Lang;
use shouhou::record::{CaseRecord, LogEntry, StatusChange};
use shouhou::rules::{evaluate, Decision, TicketStatus};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A Taobao order completed on 11-04, a no-reason return requested the same day, and the seller's promise.
fn case() -> (CaseRecord, Decision) {
    let mut record = CaseRecord::new("c1764000000000-1");
    record.title = "蓝牙耳机, 左耳无声; 质量问题".into();
    record.form.platform = "taobao".into();
    record.form.category = "electronics".into();
    record.form.problem = "changed_mind".into();
    record.form.paid_on = "2026-11-01".into();
    record.form.signed_on = "2026-11-03".into();
    record.form.completed_on = "2026-11-04".into();
    record.form.paid_yuan = "199".into();
    record.updated_ms = 1_795_000_000_000.0;
    record.status_history = vec![StatusChange {
        status: TicketStatus::Submitted,
        on: day("2026-11-04"),
        note: String::new(),
        unknown: Default::default(),
    }];
    record.log.push(LogEntry {
        on: Some(day("2026-11-04")),
        who: "卖家客服".into(),
        said: "已登记, 正在核实".into(),
        promise: "3天内回复处理方案".into(),
        promised_by: Some(day("2026-11-07")),
        ..LogEntry::default()
    });
    let decision = evaluate(&record.case(day("2026-11-05")).unwrap());
    (record, decision)
}

fn parsed(text: &str) -> Calendar {
    text.parse::<Calendar>().unwrap_or_else(|error| panic!("not a calendar: {error}\n{text}"))
}

fn start(event: &icalendar::Event) -> NaiveDate {
    match event.get_start().expect("DTSTART") {
        DatePerhapsTime::Date(date) => date,
        other => panic!("not an all-day event: {other:?}"),
    }
}

#[test]
fn every_deadline_wait_and_promise_is_an_all_day_event() {
    let (record, decision) = case();
    let text = calendar_ics(&record, &decision, day("2026-11-05"), Lang::ZhCn);
    let calendar = parsed(&text);
    let events: Vec<_> = calendar.events().collect();
    let days: Vec<_> = events.iter().map(|event| start(event)).collect();
    // The promise's day; the last of the seller's 5 days (Taobao's clock, 11-09); the platform entry
    // closing (交易成功 + 15); the day after 七日办法第三十一条's 15 days. The no-reason deadline is met.
    assert_eq!(days, vec![day("2026-11-07"), day("2026-11-09"), day("2026-11-19"), day("2026-11-20")]);
    let summaries: Vec<_> = events.iter().map(|event| event.get_summary().unwrap().to_string()).collect();
    assert!(summaries.iter().all(|summary| summary.starts_with("蓝牙耳机, 左耳无声; 质量问题: ")), "{summaries:?}");
    assert!(summaries[0].ends_with("卖家客服承诺: 3天内回复处理方案"));
    assert!(summaries[1].ends_with("卖家处理售后申请的期限 (对方期限)"), "{}", summaries[1]);
    assert!(events[1].get_description().unwrap().contains("这个天数来自平台帮助页"));
    assert!(summaries[2].ends_with("平台售后入口关闭 (你的期限)"), "the buyer's own: {}", summaries[2]);
    assert!(summaries[3].ends_with("商家已超过15天未处理 (七日办法第三十一条)"));
    let closing = events[2];
    assert!(closing.get_description().unwrap().contains("交易成功后15天内可在订单页点击“申请售后”"));
    assert!(closing.get_description().unwrap().contains("淘宝售后服务说明（交易成功后0-15天申请售后）"));
    assert!(!closing.get_description().unwrap().contains("taobao.aftersales.15"), "no rule id");
    assert!(events[3].get_description().unwrap().contains("第三十一条"));
    for event in &events {
        assert!(matches!(event.get_end(), Some(DatePerhapsTime::Date(end)) if end == start(event).succ_opt().unwrap()));
        assert!(event.get_uid().unwrap().ends_with("@shouhou"));
        assert!(event.get_timestamp().is_some(), "DTSTAMP");
    }
    let uids: std::collections::BTreeSet<_> = events.iter().map(|event| event.get_uid().unwrap()).collect();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
}

#[test]
fn each_event_reminds_the_day_before_at_nine_and_on_the_day() {
    let (record, decision) = case();
    let text = calendar_ics(&record, &decision, day("2026-11-05"), Lang::En);
    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("parses");
    let events: Vec<_> = calendar.components.iter().filter(|c| c.name.as_str() == "VEVENT").collect();
    assert_eq!(events.len(), 4);
    for event in events {
        let alarms: Vec<_> = event.components.iter().filter(|c| c.name.as_str() == "VALARM").collect();
        assert_eq!(alarms.len(), 2);
        let triggers: Vec<_> = alarms.iter().map(|alarm| alarm.find_prop("TRIGGER").unwrap().val.as_str()).collect();
        // From the all-day event's midnight: 09:00 the day before, 09:00 on the day.
        assert_eq!(triggers, ["-PT15H", "PT9H"]);
        assert!(alarms.iter().all(|alarm| alarm.find_prop("ACTION").unwrap().val.as_str() == "DISPLAY"));
        assert!(alarms[0].find_prop("DESCRIPTION").unwrap().val.as_str().starts_with("Tomorrow: "));
        assert!(alarms[1].find_prop("DESCRIPTION").unwrap().val.as_str().starts_with("Today: "));
    }
}

#[test]
fn the_text_follows_rfc_5545_line_rules() {
    let (record, decision) = case();
    let text = calendar_ics(&record, &decision, day("2026-11-05"), Lang::ZhCn);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
    assert!(text.split("\r\n").all(|line| line.len() <= 75), "lines fold at 75 octets");
    assert!(text.contains("\r\n "), "long Chinese lines are folded");
    assert!(text.contains("DTSTAMP:20261118T110640Z"), "DTSTAMP is the record's last change, in UTC");
    // Commas and semicolons in the buyer's title are escaped, and come back intact after parsing.
    assert!(text.contains("蓝牙耳机\\, 左耳无声\\; 质量问题"));
}

#[test]
fn a_finished_case_exports_no_reminders() {
    let (mut record, _) = case();
    record.status_history.push(StatusChange {
        status: TicketStatus::Refunded,
        on: day("2026-11-06"),
        note: String::new(),
        unknown: Default::default(),
    });
    let decision = evaluate(&record.case(day("2026-11-06")).unwrap());
    let text = calendar_ics(&record, &decision, day("2026-11-05"), Lang::ZhCn);
    assert_eq!(parsed(&text).events().count(), 0, "{text}");
}

#[test]
fn a_crafted_id_or_control_characters_in_the_buyer_text_add_no_lines() {
    let (mut record, decision) = case();
    record.id = "c1\r\nX-INJECTED:1\r\nBEGIN:VEVENT".into();
    record.title = "耳机\u{7}\u{1b}[2J\r\nX-TITLE:1\u{0}\u{7f}".into();
    record.log[0].promise = "退款\rEND:VCALENDAR\u{b}\u{c}".into();
    let text = calendar_ics(&record, &decision, day("2026-11-05"), Lang::ZhCn);
    let lines: Vec<&str> = text.split("\r\n").collect();
    for line in &lines {
        assert!(!line.chars().any(|c| c.is_ascii_control() && c != '\t'), "a control character in {line:?}");
        assert!(!line.starts_with("X-INJECTED") && !line.starts_with("X-TITLE"), "an added line: {line:?}");
    }
    assert_eq!(lines.iter().filter(|line| **line == "END:VCALENDAR").count(), 1);
    let calendar = parsed(&text);
    assert_eq!(calendar.events().count(), lines.iter().filter(|line| **line == "BEGIN:VEVENT").count());
}

#[test]
fn only_dates_still_ahead_are_exported_with_the_day_a_sent_draft_asked_for_an_answer() {
    let (mut record, _) = case();
    record.sent_drafts.push(shouhou::record::SentDraft {
        purpose: "follow_up".into(),
        on: day("2026-11-08"),
        text: "请于11月11日前答复".into(),
        unknown: Default::default(),
    });
    let today = day("2026-11-08");
    let decision = evaluate(&record.case(today).unwrap());
    let calendar = parsed(&calendar_ics(&record, &decision, today, Lang::ZhCn));
    let events: Vec<_> = calendar.events().collect();
    let days: Vec<_> = events.iter().map(|event| start(event)).collect();
    // The promise (11-07) is past; the follow-up sent on 11-08 asked for an answer within 3 days: 11-11.
    assert!(days.iter().all(|on| *on >= today), "{days:?}");
    assert!(!days.contains(&day("2026-11-07")), "a past promise is not exported");
    let answer = events.iter().find(|event| start(event) == day("2026-11-11")).expect("the answer day");
    assert!(answer.get_summary().unwrap().ends_with("要求对方答复的日期"), "{:?}", answer.get_summary());
}

/// The policy's key date and the follow-up's clock for the seller's answer are the same date: one name (s3).
#[test]
fn the_sellers_answer_date_has_one_name_on_every_page() {
    use shouhou::followup::{texts, Clock};
    for lang in [Lang::ZhCn, Lang::En] {
        let policy_label = (shouhou::i18n::ui(lang).deadline)("seller_response");
        assert_eq!(policy_label, Some(texts(lang).clock_name(Clock::SellerHandlesRequest)), "{lang:?}");
    }
}

/// A case with no name of its own is called by its item, else its shop, else its order number (play-test s2).
#[test]
fn an_unnamed_case_is_called_by_its_item_shop_or_order_number() {
    let (mut record, decision) = case();
    record.title.clear();
    record.facts.item_name.clear();
    record.facts.shop_name = "北极暖冬服饰旗舰店".into();
    record.facts.order_no = "231120-583920175634821".into();
    let summary = |record: &CaseRecord| {
        let ics = calendar_ics(record, &decision, day("2026-11-05"), Lang::ZhCn);
        ics.lines().find(|line| line.starts_with("SUMMARY:")).unwrap().to_string()
    };
    assert_eq!(shouhou::followup::case_name(&record, Lang::ZhCn), "北极暖冬服饰旗舰店");
    assert!(summary(&record).starts_with("SUMMARY:北极暖冬服饰旗舰店"), "{}", summary(&record));
    record.facts.shop_name.clear();
    assert_eq!(shouhou::followup::case_name(&record, Lang::ZhCn), "231120-583920175634821");
    record.facts.order_no.clear();
    assert_eq!(shouhou::followup::case_name(&record, Lang::ZhCn), "未命名的售后");
}
