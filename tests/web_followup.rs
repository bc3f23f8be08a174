//! The follow-up screens in a real browser: the next-action panel links each action to its step and draft,
//! the case file and checklist render as sheets, and the after-the-case form keeps what the buyer typed.
#![cfg(target_arch = "wasm32")]

use chrono::{Days, NaiveDate};
use leptos::prelude::*;
use shouhou::app::route::Nav;
use shouhou::app::{CaseCtx, CaseFilePage, ClosingPage, NextActionPanel, PrintChecklist};
use shouhou::record::{CaseRecord, EvidenceItem, StatusChange};
use shouhou::rules::{Evidence, TicketStatus};
use shouhou::storage::{CaseBook, Shelf};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap()
}

fn days_ago(days: u64) -> NaiveDate {
    local_today().checked_sub_days(Days::new(days)).unwrap()
}

/// A JD no-reason return requested 30 days ago that the merchant never answered.
fn unanswered(id: &str) -> CaseRecord {
    let mut record = CaseRecord::new(id);
    record.title = "蓝牙耳机".into();
    record.form.platform = "jd".into();
    record.form.category = "electronics".into();
    record.form.problem = "changed_mind".into();
    record.form.paid_on = days_ago(35).to_string();
    record.form.signed_on = days_ago(32).to_string();
    record.form.paid_yuan = "199.50".into();
    record.facts.order_no = "3901234567890".into();
    record.evidence = vec![EvidenceItem {
        evidence: Evidence::OrderScreenshot,
        done: true,
        note: "订单详情页".into(),
        unknown: Default::default(),
    }];
    record.status_history = vec![StatusChange {
        status: TicketStatus::Submitted,
        on: days_ago(30),
        note: String::new(),
        unknown: Default::default(),
    }];
    record
}

/// Mounts `screen` as the case view does, over a book (in memory) holding `record` as the open case;
/// returns the host element and the book.
fn mount(record: CaseRecord, screen: fn() -> AnyView) -> (web_sys::Element, CaseBook, impl Drop) {
    let document = leptos::tachys::dom::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let book_slot = StoredValue::new(None::<CaseBook>);
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), move || {
        Nav::provide(true);
        let book = CaseBook::provide_with(Shelf::memory());
        let id = book.create();
        book.update(&id, |stored| *stored = CaseRecord { id: id.clone(), ..record.clone() });
        book_slot.set_value(Some(book));
        CaseCtx::provide(id, local_today());
        screen()
    });
    (host, book_slot.get_value().unwrap(), handle)
}

fn text(host: &web_sys::Element) -> String {
    host.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_panel_says_what_is_late_and_links_the_step_and_the_draft() {
    let (host, book, _handle) = mount(unanswered("x"), || view! { <NextActionPanel /> }.into_any());
    leptos::task::tick().await;
    let id = book.cases().get_untracked()[0].id.clone();
    let late = host.query_selector("[data-action=seller_unprocessed]").unwrap().expect("the 15-day action is shown");
    assert!(late.get_attribute("class").unwrap_or_default().split(' ').any(|class| class == "overdue"));
    assert!(text(&late).contains("商家已超过15天未处理"));
    let step_link = late.query_selector("a").unwrap().expect("a link to the step");
    assert_eq!(step_link.get_attribute("href").unwrap(), format!("#/case/{id}/dispute"));
    let draft_link = late.query_selector("[data-draft] a").unwrap().expect("a link to the draft");
    assert_eq!(draft_link.get_attribute("href").unwrap(), format!("#/case/{id}/dispute/complaint_12315"));
    let draft_link = late.query_selector("[data-draft]").unwrap().unwrap();
    assert_eq!(draft_link.get_attribute("data-draft").as_deref(), Some("complaint_12315"));
    assert!(text(&draft_link).contains("12315"));
    let first = host.query_selector("li.next-action").unwrap().unwrap();
    assert_eq!(first.get_attribute("data-action").as_deref(), Some("seller_unprocessed"), "late first");
    assert!(host.query_selector("button.calendar-export").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn the_case_file_and_the_checklist_render_their_sheets() {
    let (host, _book, _handle) = mount(unanswered("y"), || view! { <CaseFilePage /> }.into_any());
    leptos::task::tick().await;
    let sheet = host.query_selector("article.case-file").unwrap().expect("a case file");
    for fact in
        ["售后案件材料", "3901234567890", "¥199.50", "订单详情页", "证据清单", "七日无理由退货暂行办法》第三十一条"]
    {
        assert!(text(&sheet).contains(fact), "no {fact} in {}", text(&sheet));
    }
    assert!(!text(&sheet).contains("cn.no_reason.31"), "the rule by its name, not its id");
    let (host, _book, _handle) = mount(unanswered("z"), || view! { <PrintChecklist /> }.into_any());
    leptos::task::tick().await;
    let checklist = host.query_selector("article.checklist").unwrap().expect("a checklist");
    assert!(checklist.query_selector(".sheet-next").unwrap().is_some());
    assert!(text(&checklist).contains("商家已超过15天未处理"));
}

#[wasm_bindgen_test]
async fn a_mistyped_refund_is_kept_and_named_and_a_good_one_is_checked_against_the_price() {
    let mut record = unanswered("w");
    record.status_history.push(StatusChange {
        status: TicketStatus::Refunded,
        on: days_ago(2),
        note: String::new(),
        unknown: Default::default(),
    });
    let (host, book, _handle) = mount(record, || view! { <ClosingPage /> }.into_any());
    leptos::task::tick().await;
    let input: web_sys::HtmlInputElement =
        host.query_selector("input[name=refund_received]").unwrap().unwrap().unchecked_into();
    let type_in = |value: &str| {
        input.set_value(value);
        input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    };
    type_in("18,95元");
    leptos::task::tick().await;
    let error = host.query_selector(".field-error").unwrap().expect("the field is named");
    assert!(text(&error).contains("退款到账金额"));
    assert_eq!(input.value(), "18,95元", "what was typed stays in the box");
    assert_eq!(book.cases().get_untracked()[0].closing.refund_received_fen, None);

    // Written as buyers write it: a full-width digit and 元.
    type_in("18９.5元");
    leptos::task::tick().await;
    assert!(host.query_selector(".field-error").unwrap().is_none());
    assert_eq!(book.cases().get_untracked()[0].closing.refund_received_fen, Some(18950));
    assert!(text(&host).contains("退款比实付金额少¥10.00"));
    assert!(host.query_selector("[data-stage=whole_case]").unwrap().is_some(), "how long the case took");
}
