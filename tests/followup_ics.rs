//! The calendar export is read back with the `icalendar` crate's parser: events, dates and reminders.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use icalendar::{Calendar, Component, DatePerhapsTime};
use shouhou::followup::calendar_ics;
use shouhou::lang::Lang;
use shouhou::record::{CaseRecord, LogEntry, StatusChange};
use shouhou::rules::{Channel, Deadline, Decision, TicketStatus};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn case() -> (CaseRecord, Decision) {
    let mut record = CaseRecord::new("c1764000000000-1");
    record.title = "蓝牙耳机, 左耳无声; 质量问题".into();
    record.form.platform = "taobao".into();
    record.updated_ms = 1_795_000_000_000.0;
    record.status_history = vec![StatusChange { status: TicketStatus::Submitted, on: day("2026-11-04"), note: String::new() }];
    record.log.push(LogEntry {
        on: Some(day("2026-11-05")),
        who: "卖家客服".into(),
        said: "已登记, 正在核实".into(),
        promise: "3天内回复处理方案".into(),
        promised_by: Some(day("2026-11-08")),
        ..LogEntry::default()
    });
    let decision = Decision {
        remedies: vec![],
        recommended: None,
        channel: Channel::PlatformAfterSales,
        evidence: vec![],
        deadlines: vec![
            Deadline { id: "no_reason_return".into(), on: day("2026-11-10"), basis: vec!["cn.no_reason.10".into()] },
            Deadline { id: "platform_after_sales".into(), on: day("2026-11-19"), basis: vec!["taobao.after_sales".into()] },
        ],
        compensation: None,
        channel_basis: vec![],
        notes: vec![],
        calendar_note: None,
    };
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
    let text = calendar_ics(&record, &decision, Lang::ZhCn);
    let calendar = parsed(&text);
    let events: Vec<_> = calendar.events().collect();
    let days: Vec<_> = events.iter().map(|event| start(event)).collect();
    // Promise 11-08, no-reason deadline 11-10, the seller's 5 days run out after 11-09, 15 days after 11-19,
    // the platform entry closes 11-19.
    assert_eq!(
        days,
        vec![day("2026-11-08"), day("2026-11-10"), day("2026-11-10"), day("2026-11-19"), day("2026-11-20")]
    );
    let summaries: Vec<_> = events.iter().map(|event| event.get_summary().unwrap().to_string()).collect();
    assert!(summaries.iter().all(|summary| summary.starts_with("蓝牙耳机, 左耳无声; 质量问题: ")), "{summaries:?}");
    assert!(summaries[0].contains("卖家客服承诺: 3天内回复处理方案"));
    assert!(summaries.iter().any(|summary| summary.ends_with("平台售后入口关闭")));
    let closing = events.iter().find(|event| start(event) == day("2026-11-19")).unwrap();
    assert!(closing.get_description().unwrap().contains("平台售后入口将于11月19日关闭"));
    assert!(closing.get_description().unwrap().contains("taobao.after_sales"));
    for event in &events {
        assert!(matches!(event.get_end(), Some(DatePerhapsTime::Date(end)) if end == start(event).succ_opt().unwrap()));
        assert!(event.get_uid().unwrap().ends_with("@shouhou"));
        assert!(event.get_timestamp().is_some(), "DTSTAMP");
    }
    let uids: std::collections::BTreeSet<_> = events.iter().map(|event| event.get_uid().unwrap()).collect();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
}

#[test]
fn each_event_carries_a_display_reminder_the_day_before() {
    let (record, decision) = case();
    let text = calendar_ics(&record, &decision, Lang::En);
    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("parses");
    let events: Vec<_> = calendar.components.iter().filter(|c| c.name.as_str() == "VEVENT").collect();
    assert_eq!(events.len(), 5);
    for event in events {
        let alarm = event.components.iter().find(|c| c.name.as_str() == "VALARM").expect("VALARM");
        assert_eq!(alarm.find_prop("ACTION").unwrap().val.as_str(), "DISPLAY");
        assert_eq!(alarm.find_prop("TRIGGER").unwrap().val.as_str(), "-P1D");
        assert!(alarm.find_prop("DESCRIPTION").unwrap().val.as_str().starts_with("Tomorrow: "));
    }
}

#[test]
fn the_text_follows_rfc_5545_line_rules() {
    let (record, decision) = case();
    let text = calendar_ics(&record, &decision, Lang::ZhCn);
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
fn a_finished_case_still_exports_its_deadlines_but_no_running_waits() {
    let (mut record, decision) = case();
    record.status_history.push(StatusChange { status: TicketStatus::Refunded, on: day("2026-11-07"), note: String::new() });
    let calendar = parsed(&calendar_ics(&record, &decision, Lang::ZhCn));
    let days: Vec<_> = calendar.events().map(start).collect();
    assert_eq!(days, vec![day("2026-11-10"), day("2026-11-19")]);
}
