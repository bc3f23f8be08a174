//! The buyers of the first play-test of the follow-up screens: whose each date is, the sentence under an
//! unconfirmed number by its kind of source, one next action for the case list, the case file and the
//! overview, a calendar without countdowns, and the order page's 7-day entry closing before the law's day.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use icalendar::{Calendar, Component};
use shouhou::followup::{
    calendar_ics, case_file, entry_may_close_early, followup_rules, next_actions, next_line, texts, Clock, Owner, Row,
};
use shouhou::lang::Lang;
use shouhou::record::{CaseRecord, LogEntry, StatusChange};
use shouhou::rules::{evaluate, rule, Decision, Layer, Platform, TicketStatus};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn decided(record: &CaseRecord, today: NaiveDate) -> Decision {
    evaluate(&record.case(today).expect("a complete case"))
}

/// 拼多多, a down jacket: request filed 12-02, the shop's chat promised an answer within 48 hours (12-04).
fn down_jacket() -> CaseRecord {
    let mut record = CaseRecord::new("c1");
    record.form.platform = "pinduoduo".into();
    record.form.category = "clothing".into();
    record.form.problem = "quality_defect".into();
    record.form.paid_on = "2026-11-28".into();
    record.form.signed_on = "2026-11-30".into();
    record.form.paid_yuan = "459".into();
    record.status_history = vec![StatusChange {
        status: TicketStatus::Submitted,
        on: day("2026-12-02"),
        note: String::new(),
        unknown: Default::default(),
    }];
    record.log.push(LogEntry {
        on: Some(day("2026-12-02")),
        time: "10:30".into(),
        channel: "merchant_service".into(),
        who: "店铺客服".into(),
        said: "拉链收到第三天就坏了，已发照片，客服说会登记".into(),
        promise: "48小时内回复处理方案".into(),
        promised_by: Some(day("2026-12-04")),
        unknown: Default::default(),
    });
    record
}

/// JD, an air fryer with one failed repair, nothing filed yet.
fn air_fryer() -> CaseRecord {
    let mut record = CaseRecord::new("c4");
    record.form.platform = "jd".into();
    record.form.category = "small_appliance".into();
    record.form.problem = "malfunction".into();
    record.form.paid_on = "2026-09-10".into();
    record.form.signed_on = "2026-09-12".into();
    record.form.paid_yuan = "1299".into();
    record.form.failed_repairs = "1".into();
    record
}

/// Taobao, a change of mind, signed for on 2026-12-25: seven days end on 1-1, New Year's Day.
fn christmas_parcel() -> CaseRecord {
    let mut record = CaseRecord::new("c3");
    record.form.platform = "taobao".into();
    record.form.category = "general".into();
    record.form.problem = "changed_mind".into();
    record.form.paid_on = "2026-12-22".into();
    record.form.signed_on = "2026-12-25".into();
    record.form.paid_yuan = "89".into();
    record.form.goods.opened = true;
    record
}

fn calm_day() -> NaiveDate {
    day("2026-12-03")
}

fn citation(id: &str, lang: Lang) -> String {
    let rule = rule(id).unwrap();
    match lang {
        Lang::ZhCn => rule.citation_zh.clone(),
        Lang::En => rule.citation_en.clone(),
    }
}

fn events(text: &str) -> Vec<(String, String, String)> {
    let calendar: Calendar = text.parse().unwrap_or_else(|error| panic!("not a calendar: {error}"));
    calendar
        .events()
        .map(|event| {
            (
                event.get_uid().unwrap().to_string(),
                event.get_summary().unwrap_or_default().to_string(),
                event.get_description().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_buyers_own_deadline_to_report_a_defect_is_labelled_hers() {
    let record = down_jacket();
    let today = day("2026-12-06");
    for (lang, mine, theirs) in
        [(Lang::ZhCn, "(你的期限)", "(对方期限)"), (Lang::En, "(your deadline)", "(their deadline)")]
    {
        let ics = calendar_ics(&record, &decided(&record, today), today, lang);
        let outer = events(&ics).into_iter().find(|(uid, ..)| uid.contains("quality_outer_limit")).expect("Art. 621");
        assert!(outer.1.ends_with(mine), "{}", outer.1);
        assert!(!outer.1.contains(theirs), "{}", outer.1);
    }
    let rules = followup_rules();
    assert_eq!(rules.owner("quality_outer_limit"), Some(Owner::Buyer));
    assert_eq!(rules.owner("seller_refund"), Some(Owner::Seller));
    assert_eq!(rules.owner("complaint_acceptance"), Some(Owner::Authority));
}

#[test]
fn every_deadline_the_screens_name_says_whose_it_is() {
    let ui = shouhou::i18n::ui(Lang::ZhCn);
    let ids = [
        "no_reason_return",
        "platform_after_sales",
        "quality_return",
        "quality_exchange",
        "quality_outer_limit",
        "warranty",
        "seller_refund",
        "complaint_acceptance",
        "intervention_request",
        "merchant_review",
        "seller_response",
        "processing_escalation",
        "seller_confirm_return",
        "refund_escalation",
    ];
    for id in ids {
        assert!((ui.deadline)(id).is_some(), "{id} is a deadline the screens name");
        assert!(followup_rules().owner(id).is_some(), "{id} has an owner in data/followup/rules.json");
    }
}

#[test]
fn the_case_list_shows_the_next_action_when_it_comes_first() {
    // Nothing filed: the request to file today, not the 2028 outer limit.
    let fryer = air_fryer();
    let today = day("2026-12-06");
    let line = next_line(&fryer, &decided(&fryer, today), today, Lang::En).unwrap();
    assert_eq!(line, "Next step: Dec 6, 2026 · Submit the after-sales request");
    // The jacket's promise is broken: the card says so, as the overview does, not a review wait ahead.
    let jacket = down_jacket();
    let decision = decided(&jacket, today);
    let line = next_line(&jacket, &decision, today, Lang::ZhCn).unwrap();
    let first = &next_actions(&jacket, &decision, today)[0];
    assert_eq!(line, format!("下一步：{}", first.title(Lang::ZhCn)));
    assert_eq!(line, "下一步：店铺客服承诺48小时内回复处理方案，已逾期2天：可以申请平台介入");
    // With no promise, the shop's usual review time is named as the shop's, before its day, not as past.
    let mut quiet = down_jacket();
    quiet.log.clear();
    let line = next_line(&quiet, &decided(&quiet, calm_day()), calm_day(), Lang::ZhCn).unwrap();
    assert_eq!(line, "下一个日期：2026年12月7日 · 商家审核一般用时 (1-3个工作日) (对方期限)");
    // While the promise still runs, the next date is the promise's.
    let calm = day("2026-12-03");
    let line = next_line(&jacket, &decided(&jacket, calm), calm, Lang::ZhCn).unwrap();
    assert!(line.starts_with("下一个日期：2026年12月4日 · "), "{line}");
}

#[test]
fn the_case_file_has_the_overviews_next_action_and_flags_the_broken_promise() {
    let record = down_jacket();
    let today = day("2026-12-06");
    let decision = decided(&record, today);
    let sheet = case_file(&record, &decision, today, Lang::ZhCn);
    let next = sheet.sections.iter().find(|section| section.id == "next").expect("a 下一步 section");
    assert_eq!(next.heading, "下一步");
    let titles: Vec<String> =
        next_actions(&record, &decision, today).iter().map(|action| action.title(Lang::ZhCn)).collect();
    let rows: Vec<String> = next
        .rows
        .iter()
        .map(|row| match row {
            Row::Dated { text, .. } => text.clone(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(rows, titles);
    let text = sheet.to_text();
    assert!(text.contains("承诺: 48小时内回复处理方案 (期限 2026年12月4日，已逾期2天)"), "{text}");
    let english = case_file(&record, &decision, today, Lang::En).to_text();
    assert!(english.contains("2 days overdue"), "{english}");
    // Before the day, no flag.
    let calm = day("2026-12-04");
    let text = case_file(&record, &decided(&record, calm), calm, Lang::ZhCn).to_text();
    assert!(text.contains("(期限 2026年12月4日)"), "{text}");
}

#[test]
fn the_sentence_under_an_unconfirmed_number_names_its_kind_of_source() {
    let ids = |ids: &[&str]| ids.iter().map(|id| id.to_string()).collect::<Vec<_>>();
    for lang in [Lang::ZhCn, Lang::En] {
        let t = texts(lang);
        let law = t.cite(&ids(&["cn.sanbao.7day"]), lang);
        assert!(law.ends_with(t.unverified.law), "{law}");
        assert!(!law.contains(t.unverified.platform), "a legal right is not a help page: {law}");
        let guide = t.cite(&ids(&["guide.merchant_review"]), lang);
        assert!(guide.ends_with(t.unverified.guide), "{guide}");
        let help = t.cite(&ids(&["taobao.refund.seller_response"]), lang);
        assert!(help.ends_with(t.unverified.platform), "{help}");
        let no_number = t.cite(&ids(&["alibaba.exchange.conditions"]), lang);
        assert_eq!(no_number, citation("alibaba.exchange.conditions", lang), "no number, no sentence");
        assert_eq!(t.cite(&ids(&["cn.cpl.24"]), lang), citation("cn.cpl.24", lang));
    }
    assert_eq!(rule("cn.sanbao.7day").unwrap().layer, Layer::Law);
    // Every unconfirmed platform clock says it is a help page's number.
    let t = texts(Lang::ZhCn);
    for platform in [Platform::Taobao, Platform::Jd, Platform::Pinduoduo] {
        for clock in Clock::ALL {
            let Some(clock_rule) = clock.rule(platform) else { continue };
            let cited = t.clock_citation(clock_rule, Lang::ZhCn);
            assert_eq!(cited.contains(t.unverified.platform), !clock_rule.verified, "{cited}");
        }
    }
    // The jacket's calendar cites the guide's 1-3 working days as the guide's.
    let record = down_jacket();
    let today = day("2026-12-06");
    let ics = calendar_ics(&record, &decided(&record, today), today, Lang::ZhCn);
    let review = events(&ics).into_iter().find(|(uid, ..)| uid.contains("merchant_review")).expect("review wait");
    assert!(review.2.contains("这是售后指南给出的一般用时"), "{}", review.2);
    assert!(!review.2.contains("平台帮助页"), "{}", review.2);
}

#[test]
fn the_calendar_says_the_same_on_every_day_it_is_exported() {
    let record = christmas_parcel();
    let (early, late) = (day("2026-12-26"), day("2026-12-31"));
    for lang in [Lang::ZhCn, Lang::En] {
        let first = events(&calendar_ics(&record, &decided(&record, early), early, lang));
        let second = events(&calendar_ics(&record, &decided(&record, late), late, lang));
        assert!(!second.is_empty());
        for event in &second {
            let same = first.iter().find(|(uid, ..)| *uid == event.0).expect("exported both days");
            assert_eq!(same, event, "an event does not change with the day it was exported");
            let text = format!("{} {}", event.1, event.2);
            assert!(!text.contains("还剩") && !text.contains("days left"), "no countdown: {text}");
        }
    }
}

#[test]
fn a_deadline_moved_past_new_year_warns_that_the_order_page_may_close_first() {
    let record = christmas_parcel();
    let today = day("2026-12-26");
    let decision = decided(&record, today);
    let deadline = decision.deadlines.iter().find(|deadline| deadline.id == "no_reason_return").unwrap();
    assert_eq!(deadline.on, day("2027-01-04"), "民法典 Art. 203 moves 1-1 past the holiday and the weekend");
    assert_eq!(
        entry_may_close_early(&record, &decision, today, Lang::ZhCn).unwrap(),
        "订单页的七天入口可能按168小时计算，在1月1日24点关闭；请在此之前申请。法律上的截止日是1月4日，入口关闭后可凭此找客服或平台。"
    );
    let english = entry_may_close_early(&record, &decision, today, Lang::En).unwrap();
    assert!(
        english.contains("close at midnight at the end of Jan 1") && english.contains("legal deadline is Jan 4"),
        "{english}"
    );
    // The calendar's reminder of the deadline carries it.
    let ics = calendar_ics(&record, &decision, today, Lang::ZhCn);
    let reminder = events(&ics).into_iter().find(|(uid, ..)| uid.contains("no_reason_return")).unwrap();
    assert!(reminder.2.contains("在1月1日24点关闭"), "{}", reminder.2);
    // Filed, or a deadline no rest day moved: nothing to warn of.
    let mut filed = record.clone();
    filed.status_history.push(StatusChange {
        status: TicketStatus::Submitted,
        on: today,
        note: String::new(),
        unknown: Default::default(),
    });
    assert_eq!(entry_may_close_early(&filed, &decision, today, Lang::ZhCn), None);
    let mut plain = record.clone();
    plain.form.paid_on = "2026-11-01".into();
    plain.form.signed_on = "2026-11-03".into();
    let on = day("2026-11-04");
    assert_eq!(entry_may_close_early(&plain, &decided(&plain, on), on, Lang::ZhCn), None);
    assert_eq!(entry_may_close_early(&record, &decision, day("2027-01-05"), Lang::ZhCn), None);
}
