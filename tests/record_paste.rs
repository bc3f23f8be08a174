//! Order details pasted from the platforms' order pages (tests/fixtures/paste/): what is read, from which
//! words, and what is left alone.
#![cfg(not(target_arch = "wasm32"))]

use shouhou::record::{fill, read_order, still_missing, CaseRecord, Filled, OrderFact, OrderReading};

fn reading(fixture: &str) -> OrderReading {
    let path = format!("{}/tests/fixtures/paste/{fixture}", env!("CARGO_MANIFEST_DIR"));
    read_order(&std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}")))
}

/// The facts read, as (field, value), in the reading's order.
fn values(reading: &OrderReading) -> Vec<(&'static str, &str)> {
    reading.found.iter().map(|found| (found.fact.field(), found.value.as_str())).collect()
}

fn words(reading: &OrderReading, fact: OrderFact) -> &str {
    &reading.found.iter().find(|found| found.fact == fact).expect("the fact is read").words
}

#[test]
fn taobao_order_page_with_line_breaks() {
    let read = reading("taobao-lines.txt");
    assert_eq!(
        values(&read),
        [
            ("order_no", "3901234567890123456"),
            ("paid_on", "2026-11-01"),
            ("completed_on", "2026-11-05"),
            ("paid_yuan", "¥459.00"),
            ("item_name", "男士轻薄羽绒服 冬季加厚外套"),
            ("shop_name", "优衣良品旗舰店"),
        ]
    );
    assert_eq!(words(&read, OrderFact::PaidOn), "付款时间：2026-11-01 10:02:45");
    assert_eq!(words(&read, OrderFact::PaidYuan), "实付款：¥459.00");
    // 支付宝交易号 names no platform: the buyer chooses it.
    assert!(read.conflicting.is_empty());
}

#[test]
fn taobao_copy_without_line_breaks_reads_the_labelled_numbers_but_no_unlabelled_name() {
    let read = reading("taobao-one-line.txt");
    assert_eq!(
        values(&read),
        [
            ("order_no", "3901234567890123456"),
            ("paid_on", "2026-11-01"),
            ("completed_on", "2026-11-05"),
            ("paid_yuan", "¥459.00"),
        ]
    );
    assert_eq!(words(&read, OrderFact::OrderNo), "订单编号 3901234567890123456");
}

#[test]
fn the_apps_share_text_gives_the_platform_and_the_title() {
    let read = reading("taobao-share.txt");
    assert_eq!(
        values(&read),
        [
            ("order_no", "3925816071234567890"),
            ("paid_on", "2026-11-10"),
            ("paid_yuan", "￥299.00"),
            ("item_name", "2026新款男士运动鞋 透气跑步鞋"),
            ("platform", "taobao"),
        ]
    );
    assert_eq!(words(&read, OrderFact::ItemName), "「2026新款男士运动鞋 透气跑步鞋」");
    assert_eq!(words(&read, OrderFact::Platform), "淘宝");
}

#[test]
fn full_width_digits_chinese_dates_and_a_note_after_the_label() {
    let read = reading("tmall-full-width.txt");
    assert_eq!(
        values(&read),
        [
            ("order_no", "3901234567890123456"),
            ("paid_on", "2026-11-02"),
            ("paid_yuan", "¥1,299.00"),
            ("shop_name", "某某电器官方旗舰店"),
            ("platform", "tmall"),
        ]
    );
    assert_eq!(
        words(&read, OrderFact::OrderNo),
        "订单编号：３９０１２３４５６７８９０１２３４５６",
        "the words as pasted"
    );
}

#[test]
fn jd_order_reads_the_paid_amount_not_the_subtotal() {
    let read = reading("jd-lines.txt");
    assert_eq!(
        values(&read),
        [
            ("order_no", "285437219861"),
            ("paid_on", "2026-11-12"),
            ("signed_on", "2026-11-14"),
            ("paid_yuan", "¥5,799.00"),
            ("item_name", "华为 Mate 70 12GB+512GB 雅川青"),
            ("shop_name", "华为京东自营官方旗舰店"),
            ("platform", "jd"),
        ]
    );
}

#[test]
fn pinduoduo_on_one_line_takes_the_order_day_and_says_so() {
    let read = reading("pdd-one-line.txt");
    assert_eq!(
        values(&read),
        [
            ("order_no", "241112-123456789012345"),
            ("paid_on", "2026-11-12"),
            ("signed_on", "2026-11-15"),
            ("paid_yuan", "¥45.5"),
            ("shop_name", "暖冬羽绒专营店"),
            ("platform", "pinduoduo"),
        ]
    );
    assert_eq!(words(&read, OrderFact::PaidOn), "下单时间：2026/11/12 21:03", "the words show it is the order day");
}

#[test]
fn wholesale_1688_order() {
    let read = reading("1688-lines.txt");
    assert_eq!(
        values(&read),
        [
            ("order_no", "3871926354120998877"),
            ("paid_on", "2026-11-03"),
            ("completed_on", "2026-11-09"),
            ("paid_yuan", "¥5,600.00"),
            ("shop_name", "义乌市某某日用品有限公司"),
            ("platform", "alibaba_1688"),
        ]
    );
}

#[test]
fn two_orders_pasted_together_leave_what_they_disagree_on() {
    let read = reading("two-orders.txt");
    assert_eq!(values(&read), [("paid_yuan", "¥459.00")]);
    assert_eq!(read.conflicting, [OrderFact::OrderNo, OrderFact::PaidOn, OrderFact::Platform]);
}

#[test]
fn a_chat_message_is_not_an_order() {
    let read = reading("chat-not-an-order.txt");
    assert_eq!(read, OrderReading::default());
}

#[test]
fn a_1688_inside_an_order_number_names_no_platform() {
    let read = read_order("订单编号：3901688123456");
    assert_eq!(values(&read), [("order_no", "3901688123456")]);
}

#[test]
fn filling_keeps_what_the_buyer_typed() {
    let mut record = CaseRecord::new("c1");
    record.form.paid_yuan = "460".into();
    record.facts.order_no = "3901234567890123456".into();
    let filled = fill(&mut record, &reading("jd-lines.txt"));
    let outcome = |fact| filled.iter().find(|(found, _)| found.fact == fact).map(|(_, outcome)| outcome.clone());
    assert_eq!(outcome(OrderFact::PaidYuan), Some(Filled::KeptYours("460".into())));
    assert_eq!(outcome(OrderFact::OrderNo), Some(Filled::KeptYours("3901234567890123456".into())));
    assert_eq!(outcome(OrderFact::PaidOn), Some(Filled::Filled));
    assert_eq!(outcome(OrderFact::Platform), Some(Filled::Filled), "the platform is a choice: the paste sets it");
    assert_eq!((record.form.paid_yuan.as_str(), record.form.paid_on.as_str()), ("460", "2026-11-12"));
    assert_eq!((record.form.platform.as_str(), record.facts.shop_name.as_str()), ("jd", "华为京东自营官方旗舰店"));
    let again = fill(&mut record, &reading("jd-lines.txt"));
    assert!(again.iter().all(|(_, outcome)| *outcome != Filled::Filled), "a second paste changes nothing");
}

#[test]
fn a_pasted_case_evaluates() {
    let mut record = CaseRecord::new("c1");
    fill(&mut record, &reading("pdd-one-line.txt"));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let case =
        record.case(today).expect("the paste gives every essential fact but the category and problem's defaults");
    assert_eq!(case.paid_fen, 4550);
}

#[test]
fn the_short_label_shangpinming_names_the_item() {
    let read = reading("pdd-short-labels.txt");
    assert_eq!(words(&read, OrderFact::ItemName), "商品名：连帽白鸭绒羽绒服 黑色 L码");
    assert!(values(&read).contains(&("item_name", "连帽白鸭绒羽绒服 黑色 L码")));
}

#[test]
fn an_amount_or_day_typed_another_way_is_the_same_not_kept_over_the_paste() {
    let read = reading("pdd-short-labels.txt");
    let mut record = CaseRecord::default();
    record.form.paid_yuan = "459".into();
    record.form.paid_on = "2026-11-20".into();
    let outcomes = fill(&mut record, &read);
    let outcome = |fact| outcomes.iter().find(|(found, _)| found.fact == fact).map(|(_, outcome)| outcome.clone());
    assert_eq!(outcome(OrderFact::PaidYuan), Some(Filled::Same));
    assert_eq!(outcome(OrderFact::PaidOn), Some(Filled::Same));
    record.form.paid_yuan = "460".into();
    let outcomes = fill(&mut record, &read);
    assert!(outcomes
        .iter()
        .any(|(found, outcome)| found.fact == OrderFact::PaidYuan && *outcome == Filled::KeptYours("460".into())));
}

#[test]
fn facts_the_case_already_holds_are_not_listed_as_still_to_type() {
    let read = reading("pdd-short-labels.txt");
    let mut record = CaseRecord::default();
    record.form.platform = "pinduoduo".into();
    record.form.signed_on = "2026-11-23".into();
    fill(&mut record, &read);
    let missing = still_missing(&record, &read);
    assert!(!missing.contains(&OrderFact::SignedOn), "{missing:?}");
    assert!(!missing.contains(&OrderFact::Platform), "{missing:?}");
    assert!(missing.contains(&OrderFact::CompletedOn), "{missing:?}");
    record.form.signed_on.clear();
    assert!(still_missing(&record, &read).contains(&OrderFact::SignedOn));
}
