//! The case file, the one-page checklist and the after-the-case summary of a filled case.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use shouhou::followup::{case_file, checklist, stage_durations, RefundCheck, Row};
use shouhou::lang::Lang;
use shouhou::record::{CaseRecord, EvidenceFile, EvidenceItem, LogEntry, SentDraft, StatusChange};
use shouhou::rules::{Channel, Deadline, Decision, Evidence, Remedy, RemedyVerdict, Shipping, TicketStatus, Verdict};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn status(status: TicketStatus, on: &str) -> StatusChange {
    StatusChange { status, on: day(on), note: String::new(), unknown: Default::default() }
}

fn filled() -> (CaseRecord, Decision) {
    let mut record = CaseRecord::new("c1");
    record.title = "蓝牙耳机左耳无声".into();
    record.form.platform = "taobao".into();
    record.form.category = "electronics".into();
    record.form.problem = "malfunction".into();
    record.form.paid_on = "2026-11-01".into();
    record.form.signed_on = "2026-11-03".into();
    record.form.paid_yuan = "199.5".into();
    record.facts.buyer_name = "张三".into();
    record.facts.phone = "13800000000".into();
    record.facts.order_no = "3901234567890".into();
    record.facts.item_name = "XX蓝牙耳机".into();
    record.facts.merchant_name = "某某电子商行".into();
    record.evidence = vec![
        EvidenceItem {
            evidence: Evidence::Video,
            done: true,
            note: "开机演示左耳无声".into(),
            unknown: Default::default(),
        },
        EvidenceItem { evidence: Evidence::ChatLog, done: false, note: String::new(), unknown: Default::default() },
    ];
    record.status_history = vec![
        status(TicketStatus::Submitted, "2026-11-04"),
        status(TicketStatus::Approved, "2026-11-06"),
        status(TicketStatus::ReturnShipped, "2026-11-07"),
        status(TicketStatus::MerchantReceived, "2026-11-10"),
    ];
    record.log.push(LogEntry {
        on: Some(day("2026-11-05")),
        time: "14:30".into(),
        channel: "merchant_service".into(),
        who: "客服小王".into(),
        said: "已登记".into(),
        promise: "3天内回复".into(),
        promised_by: Some(day("2026-11-08")),
        unknown: Default::default(),
    });
    record.sent_drafts.push(SentDraft {
        purpose: "platform_ticket".into(),
        on: day("2026-11-04"),
        text: "申请退货退款: 左耳无声。".into(),
        unknown: Default::default(),
    });
    let decision = Decision {
        remedies: vec![RemedyVerdict {
            remedy: Remedy::ReturnRefund,
            verdict: Verdict::Eligible,
            until: Some(day("2026-11-10")),
            shipping: Some(Shipping::Seller),
            basis: vec!["cn.cpl.24".into()],
            why: "七日内出现性能故障, 可以退货。".into(),
            needs: vec![],
            why_en: "A performance fault within seven days: it can be returned.".into(),
            needs_en: vec![],
        }],
        recommended: Some(Remedy::ReturnRefund),
        channel: Channel::PlatformAfterSales,
        evidence: vec![Evidence::Video, Evidence::ChatLog, Evidence::OrderScreenshot],
        deadlines: vec![Deadline {
            id: "seller_refund".into(),
            on: day("2026-11-17"),
            basis: vec!["cn.no_reason.13".into()],
        }],
        compensation: None,
        channel_basis: vec![],
        notes: vec![],
        calendar_note: None,
        calendar_note_en: None,
        partial_refund: None,
    };
    (record, decision)
}

#[test]
fn the_case_file_holds_what_an_officer_needs() {
    let (record, decision) = filled();
    let sheet = case_file(&record, &decision, day("2026-11-20"), Lang::ZhCn);
    let text = sheet.to_text();
    for fact in [
        "售后案件材料 · 蓝牙耳机左耳无声",
        "整理日期: 2026年11月20日",
        "买家: 张三",
        "订单号: 3901234567890",
        "经营者: 某某电子商行",
        "实付金额: ¥199.50",
        "平台: 淘宝",
        "建议申请: 退货退款",
        "退货退款: 可以申请, 截至 2026年11月10日, 退货运费: 商家承担",
        "依据: 《消费者权益保护法》第二十四条\n",
        "[x] 问题视频 (开机演示左耳无声)",
        "[ ] 与商家的沟通记录",
        "[ ] 订单截图",
        "2026年11月17日  商家应退款 (已过) · 依据: 《网络购买商品七日无理由退货暂行办法》第十三条",
        "2026-11-05 14:30  商家客服 · 客服小王: 已登记 · 承诺: 3天内回复 (期限 2026年11月8日)",
        "-- 2026-11-04 · 平台售后申请（原因说明与期望方案）\n申请退货退款: 左耳无声。",
    ] {
        assert!(text.contains(fact), "missing {fact:?} in\n{text}");
    }
    let timeline: Vec<_> = match sheet.section("timeline") {
        Some(section) => section
            .rows
            .iter()
            .map(|row| match row {
                Row::Dated { on, .. } => on.unwrap(),
                _ => panic!(),
            })
            .collect(),
        None => panic!("no timeline"),
    };
    let mut sorted = timeline.clone();
    sorted.sort();
    assert_eq!(timeline, sorted, "the timeline reads in date order");
    assert_eq!(timeline.len(), 5);
    assert!(sheet.section("closing").is_none(), "no outcome before the refund is confirmed");
}

#[test]
fn the_case_file_in_english_uses_english_labels() {
    let (record, mut decision) = filled();
    let entry_days = vec!["taobao.aftersales.15".to_string()];
    decision.deadlines.push(Deadline { id: "platform_after_sales".into(), on: day("2026-11-19"), basis: entry_days });
    let text = case_file(&record, &decision, day("2026-11-20"), Lang::En).to_text();
    assert!(text.contains("Basis: Consumer Rights Protection Law, Art. 24\n"), "{text}");
    assert!(
        text.contains(
            "0-15 days after the order completes (交易成功). This number comes from the platform's help pages"
        ),
        "a seed's platform number gets a plain sentence: {text}"
    );
    assert!(!text.contains("taobao.") && !text.contains("unchecked") && !text.contains("[cn."), "{text}");
    assert!(text.contains("Order no.: 3901234567890"));
    assert!(text.contains("Return and refund: Open to you, until Nov 10, 2026, Return postage: the shop pays"));
}

#[test]
fn the_checklist_puts_next_steps_first_and_ticks_what_is_done() {
    let (record, decision) = filled();
    let sheet = checklist(&record, &decision, day("2026-11-18"), Lang::ZhCn);
    let ids: Vec<_> = sheet.sections.iter().map(|section| section.id).collect();
    assert_eq!(ids, vec!["facts", "next", "steps", "evidence", "deadlines"]);
    let text = sheet.to_text();
    assert!(text.contains("订单号: 3901234567890"));
    assert!(!text.contains("张三"), "the checklist names the order, not the buyer");
    assert!(text.contains("11月17日  退货已签收7天仍未退款"), "{text}");
    assert!(text.contains("[x] 填写工单"));
    assert!(text.contains("[ ] 收集证据"), "two of three items are missing");
    assert!(text.contains("[ ] 跟进进度"));
    assert!(!text.contains("处理争议"), "no dispute step in a case without one");
    assert!(text.contains("商家应退款 (已过)"));
}

#[test]
fn after_the_refund_the_file_checks_the_amount_and_the_stages_are_measured() {
    let (mut record, decision) = filled();
    record.status_history.push(status(TicketStatus::Refunded, "2026-11-12"));
    record.closing.refund_received_fen = Some(18950);
    record.closing.refund_received_on = Some(day("2026-11-13"));
    let text = case_file(&record, &decision, day("2026-11-20"), Lang::ZhCn).to_text();
    assert!(text.contains("实际到账: ¥189.50 (2026年11月13日) · 退款比实付金额少¥10.00"), "{text}");

    let stages: Vec<_> = stage_durations(&record).into_iter().map(|stage| (stage.id, stage.days)).collect();
    assert_eq!(
        stages,
        vec![("review".into(), 2), ("return_transit".into(), 3), ("refund".into(), 2), ("whole_case".into(), 8)]
    );
    let review = &stage_durations(&record)[0];
    assert_eq!(review.length(Lang::ZhCn), "2天 (一般1-3个工作日)");
    assert_eq!(RefundCheck::compare(19950, 19950), RefundCheck::Full);
    assert_eq!(RefundCheck::compare(20000, 19950).text(Lang::En), "The refund is ¥0.50 more than you paid.");
}

fn attached(id: &str, evidence: Evidence, name: &str, media_type: &str) -> EvidenceFile {
    EvidenceFile {
        id: id.into(),
        evidence,
        note: String::new(),
        name: name.into(),
        media_type: media_type.into(),
        size: 1_258_291,
        // 2026-11-05 12:00 UTC
        added_ms: 1_793_880_000_000.0,
        sha256: format!("{id:0>64}"),
        location_removed_from: String::new(),
        unknown: Default::default(),
    }
}

#[test]
fn evidence_files_are_listed_with_fingerprints_and_count_as_collected() {
    let (mut record, decision) = filled();
    let mut chat = attached("f1", Evidence::ChatLog, "聊天截图.png", "image/png");
    chat.note = "客服承认故障".into();
    record.files = vec![chat, attached("f2", Evidence::OrderScreenshot, "订单.pdf", "application/pdf")];
    let sheet = case_file(&record, &decision, day("2026-11-20"), Lang::ZhCn);
    let text = sheet.to_text();
    for line in [
        "[x] 与商家的沟通记录",
        "[x] 订单截图",
        "== 证据文件 ==",
        "聊天截图.png\n    证明: 与商家的沟通记录 · 客服承认故障 · 1.2 MB · 添加于 2026年11月5日 · SHA-256 指纹: 00000000000000000000000000000000000000000000000000000000000000f1",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    let rows = &sheet.section("files").expect("a files section").rows;
    assert!(matches!(&rows[0], Row::File { image: true, file_id, .. } if file_id == "f1"));
    assert!(matches!(&rows[1], Row::File { image: false, .. }));
    let list = checklist(&record, &decision, day("2026-11-18"), Lang::ZhCn).to_text();
    assert!(list.contains("[x] 收集证据"), "every item has a file or a tick:\n{list}");
    assert!(list.contains("订单.pdf"));
}
