//! The walkthrough in a real browser: mount the app into a fresh element, drive it as a buyer would,
//! and read what the screen says.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use shouhou::app::route::{Route, Step};
use shouhou::app::{App, AppConfig};
use shouhou::drafting::Purpose;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_host() -> HtmlElement {
    let document = leptos::tachys::dom::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host.unchecked_into()
}

fn embedded() -> AppConfig {
    AppConfig { embedded: true, ..AppConfig::default() }
}

fn find(host: &HtmlElement, testid: &str) -> Element {
    host.query_selector(&format!("[data-testid=\"{testid}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
}

fn text(host: &HtmlElement, testid: &str) -> String {
    find(host, testid).text_content().unwrap_or_default()
}

fn has(host: &HtmlElement, testid: &str) -> bool {
    host.query_selector(&format!("[data-testid=\"{testid}\"]")).unwrap().is_some()
}

fn click(host: &HtmlElement, testid: &str) {
    find(host, testid).unchecked_into::<HtmlElement>().click();
}

fn fire(element: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    element.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

/// Types into a field as the buyer would: the value changes and an `input` event follows.
fn type_into(host: &HtmlElement, field: &str, value: &str) {
    let element = find(host, &format!("field-{field}"));
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(value);
    } else {
        panic!("field-{field} is not a text field");
    }
    fire(&element, "input");
}

fn choose(host: &HtmlElement, field: &str, value: &str) {
    let element = find(host, &format!("field-{field}"));
    element.dyn_ref::<HtmlSelectElement>().expect("a select").set_value(value);
    fire(&element, "change");
}

async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

/// Mounts the app and opens a new case at its first step.
async fn new_case(host: &HtmlElement) -> leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable> {
    let handle = leptos::mount::mount_to(host.clone(), || view! { <App config=embedded() /> });
    settle().await;
    click(host, "start-button");
    settle().await;
    assert!(has(host, "screen-policy"), "the start button opens step 1");
    handle
}

#[wasm_bindgen_test]
fn routes_read_back_what_they_write() {
    for route in [
        Route::Start,
        Route::Cases,
        Route::case("c17-1", None),
        Route::case("c17-1", Some(Step::Ticket)),
        Route::case("id with/slash", Some(Step::Cancel)),
        Route::draft("c17-1", Step::Dispute, Purpose::MerchantFollowUp),
    ] {
        assert_eq!(Route::parse(&route.to_hash()), route, "{}", route.to_hash());
    }
    assert_eq!(Route::parse("#/case/x/nonsense"), Route::case("x", None));
    assert_eq!(Route::parse("#/case/x/dispute/nonsense"), Route::case("x", Some(Step::Dispute)));
    assert_eq!(Route::parse("#/whatever"), Route::Start);
    assert_eq!(Route::parse(""), Route::Start);
}

#[wasm_bindgen_test]
async fn the_start_page_is_in_chinese_and_switches_to_english() {
    let host = fresh_host();
    let _mounted = leptos::mount::mount_to(host.clone(), || view! { <App config=embedded() /> });
    settle().await;
    let heading = host.query_selector("h1").unwrap().unwrap().text_content().unwrap();
    assert!(heading.contains("售后助手"), "{heading}");
    assert_eq!(host.query_selector_all("[data-testid=start-steps] li").unwrap().length(), 7);
    assert!(text(&host, "start-button").contains("开始"));
    click(&host, "lang-switch");
    settle().await;
    assert!(text(&host, "start-button").contains("Start"));
    assert!(host.query_selector("h1").unwrap().unwrap().text_content().unwrap().contains("assistant"));
}

#[wasm_bindgen_test]
async fn filling_the_form_shows_the_decision() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    assert!(has(&host, "decision-waiting"), "no decision before the form is complete");
    complete_the_form(&host).await;
    assert!(!has(&host, "decision-waiting"));
    for remedy in ["refund_only", "return_refund", "exchange", "repair"] {
        assert!(has(&host, &format!("remedy-{remedy}")), "{remedy} has a verdict");
    }
    assert!(text(&host, "remedy-return_refund").contains("可以申请"), "{}", text(&host, "remedy-return_refund"));
    assert!(text(&host, "category-notes").contains("电子产品"));
    assert!(!text(&host, "decision-channel").is_empty());
    assert!(text(&host, "why").chars().any(is_cjk), "Chinese screens give the reason in Chinese");
    click(&host, "lang-switch");
    settle().await;
    let reasons = host.query_selector_all("[data-testid=decision] .why, [data-testid=decision] .needs").unwrap();
    assert_eq!(host.query_selector_all("[data-testid=decision] .why").unwrap().length(), 4);
    for index in 0..reasons.length() {
        let reason = reasons.item(index).unwrap().text_content().unwrap();
        assert!(
            !reason.is_empty() && !reason.chars().any(is_cjk),
            "an English screen gives the reason in English: {reason}"
        );
    }
}

/// The local date `back` days ago, as the form's date fields take it.
fn days_ago(back: f64) -> String {
    let date = js_sys::Date::new(&(js_sys::Date::now() - back * 86_400_000.0).into());
    format!("{:04}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date())
}

/// Fills step 1 (on its screen) with a JD electronics malfunction paid 6 days ago: enough for a decision.
async fn complete_the_form(host: &HtmlElement) {
    choose(host, "platform", "jd");
    choose(host, "category", "electronics");
    choose(host, "problem", "malfunction");
    type_into(host, "paid_on", &days_ago(6.0));
    type_into(host, "signed_on", &days_ago(4.0));
    type_into(host, "paid_yuan", "2999");
    settle().await;
}

/// Waits for the next frame, when what runs after a screen is rendered has run.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn focused() -> Option<Element> {
    leptos::tachys::dom::document().active_element()
}

/// Clicks the next-action link to the draft for `purpose` and waits for the screen it opens.
async fn follow_draft_link(host: &HtmlElement, purpose: &str, why: &str) {
    let link = host.query_selector(&format!("[data-draft={purpose}] a")).unwrap().expect(why);
    link.unchecked_into::<HtmlElement>().click();
    settle().await;
    next_frame().await;
}

#[wasm_bindgen_test]
async fn the_next_actions_draft_link_opens_the_step_at_the_draft_every_time() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    complete_the_form(&host).await;
    click(&host, "nav-overview");
    settle().await;
    follow_draft_link(&host, "platform_ticket", "an unfiled case links the ticket's draft").await;
    assert!(has(&host, "screen-ticket"));
    assert_eq!(focused(), Some(find(&host, "draft-platform_ticket")), "a draft outside a fold has the focus too");
    click(&host, "nav-progress");
    settle().await;
    choose(&host, "status_change", "rejected");
    type_into(&host, "status_on", &days_ago(1.0));
    click(&host, "status-add");
    settle().await;
    for visit in ["first", "second"] {
        click(&host, "nav-overview");
        settle().await;
        next_frame().await;
        assert_eq!(
            focused().and_then(|element| element.text_content()),
            host.query_selector("h1").unwrap().unwrap().text_content()
        );
        follow_draft_link(&host, "platform_intervention", "the rejection links its draft").await;
        assert!(has(&host, "screen-dispute"), "{visit} click");
        let draft = find(&host, "draft-platform_intervention");
        assert_eq!(focused(), Some(draft.clone()), "{visit} click: the draft has the focus");
        let folded = draft.closest("details").unwrap().expect("the dispute's drafts fold");
        assert!(folded.has_attribute("open"), "{visit} click: the draft's section is unfolded");
        assert!(
            draft.get_attribute("aria-label").unwrap_or_default().contains("介入"),
            "the focused draft says what it is"
        );
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

#[wasm_bindgen_test]
async fn a_wrong_amount_is_named_on_its_field() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    type_into(&host, "paid_yuan", "12.345");
    settle().await;
    let message = text(&host, "error-paid_yuan");
    assert!(message.contains("实付金额"), "the message names the field: {message}");
    assert_eq!(find(&host, "field-paid_yuan").get_attribute("aria-invalid").as_deref(), Some("true"));
    type_into(&host, "paid_yuan", "12.34");
    settle().await;
    assert_eq!(text(&host, "error-paid_yuan"), "");
}

#[wasm_bindgen_test]
async fn the_ticket_checks_phone_order_number_and_amount_and_the_copy_button_reports() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    type_into(&host, "paid_on", "2026-01-05");
    type_into(&host, "signed_on", "2026-01-07");
    type_into(&host, "paid_yuan", "100");
    settle().await;
    click(&host, "nav-ticket");
    settle().await;
    assert!(has(&host, "screen-ticket"));
    type_into(&host, "phone", "1381234");
    type_into(&host, "order_no", "订单");
    choose(&host, "wanted_remedy", "refund_only");
    settle().await;
    type_into(&host, "requested_yuan", "150");
    settle().await;
    assert!(text(&host, "error-phone").contains("联系电话"), "{}", text(&host, "error-phone"));
    assert!(text(&host, "error-order_no").contains("订单编号"));
    assert!(text(&host, "error-requested_yuan").contains("不能超过实付金额"));
    type_into(&host, "phone", "13812345678");
    type_into(&host, "item_name", "蓝牙耳机");
    settle().await;
    assert_eq!(text(&host, "error-phone"), "");
    let draft = text(&host, "draft-text");
    assert!(draft.contains("蓝牙耳机"), "the draft follows the typing: {draft}");
    // Facts are still missing: copying asks first, naming them, and copies nothing until the buyer decides.
    assert!(has(&host, "draft-missing"));
    click(&host, "copy-draft");
    settle().await;
    let check = text(&host, "copy-check");
    assert!(check.contains("【…】"), "{check}");
    assert!(
        text(&host, "draft-missing").contains("问题描述") && check.contains("问题描述"),
        "the check names it: {check}"
    );
    assert_eq!(text(&host, "copy-result"), "");
    click(&host, "copy-back");
    settle().await;
    assert!(!has(&host, "copy-check"));
    click(&host, "copy-draft");
    settle().await;
    click(&host, "copy-anyway");
    for _ in 0..100 {
        settle().await;
        if !text(&host, "copy-result").is_empty() {
            break;
        }
        sleep_a_little().await;
    }
    let result = text(&host, "copy-result");
    assert!(result == "已复制到剪贴板。" || result.starts_with("复制失败"), "the copy reports its outcome: {result:?}");
}

#[wasm_bindgen_test]
async fn every_step_renders_and_typed_text_survives_leaving_the_step() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    type_into(&host, "paid_on", "2026-01-05");
    type_into(&host, "paid_yuan", "88");
    settle().await;
    for step in ["evidence", "channel", "ticket", "progress", "dispute", "cancel", "close", "file", "print"] {
        click(&host, &format!("nav-{step}"));
        settle().await;
        assert!(has(&host, &format!("screen-{step}")), "{step}");
        assert_eq!(host.query_selector_all("h1").unwrap().length(), 1, "{step} has one h1");
    }
    click(&host, "nav-policy");
    settle().await;
    let paid = find(&host, "field-paid_yuan").unchecked_into::<HtmlInputElement>().value();
    assert_eq!(paid, "88");
}

#[wasm_bindgen_test]
async fn half_typed_forms_survive_leaving_the_step() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    click(&host, "nav-progress");
    settle().await;
    choose(&host, "status_change", "rejected");
    type_into(&host, "status_on", "2026-01-07");
    type_into(&host, "status_note", "客服说要先寄回检测");
    let amount = host.query_selector("input[name=refund_received]").unwrap();
    assert!(amount.is_none(), "the closing form is on its own step");
    click(&host, "nav-close");
    settle().await;
    let amount =
        || host.query_selector("input[name=refund_received]").unwrap().unwrap().unchecked_into::<HtmlInputElement>();
    amount().set_value("12.3.4");
    fire(&amount(), "input");
    settle().await;

    click(&host, "nav-policy");
    settle().await;
    click(&host, "nav-progress");
    settle().await;
    let value = |field: &str| match find(&host, &format!("field-{field}")).dyn_into::<HtmlInputElement>() {
        Ok(input) => input.value(),
        Err(element) => element.unchecked_into::<HtmlSelectElement>().value(),
    };
    assert_eq!(value("status_note"), "客服说要先寄回检测");
    assert_eq!(value("status_on"), "2026-01-07");
    assert_eq!(value("status_change"), "rejected");
    click(&host, "status-add");
    settle().await;
    assert!(text(&host, "status-history").contains("客服说要先寄回检测"));
    assert_eq!(value("status_note"), "", "a recorded note leaves the form");

    click(&host, "nav-close");
    settle().await;
    assert_eq!(amount().value(), "12.3.4", "a mistyped amount is kept to be corrected");
}

#[wasm_bindgen_test]
async fn standalone_the_url_hash_follows_the_steps() {
    let window = web_sys::window().unwrap();
    window.location().set_hash("#/cases").unwrap();
    let host = fresh_host();
    let _mounted = leptos::mount::mount_to(host.clone(), || view! { <App /> });
    settle().await;
    assert!(host.query_selector("h1").unwrap().unwrap().text_content().unwrap().contains("我的售后"));
    click(&host, "new-case");
    settle().await;
    let hash = window.location().hash().unwrap();
    assert!(hash.starts_with("#/case/") && hash.ends_with("/policy"), "{hash}");
    window.location().set_hash("#/").unwrap();
    // hashchange is asynchronous.
    for _ in 0..50 {
        settle().await;
        if has(&host, "start-page") {
            break;
        }
        sleep_a_little().await;
    }
    assert!(has(&host, "start-page"), "the app follows the URL back to the start page");
}

#[wasm_bindgen_test]
async fn the_own_page_remembers_the_language_and_an_embed_keeps_the_hosts() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item(shouhou::storage::LANG_KEY).unwrap();
    web_sys::window().unwrap().location().set_hash("#/").unwrap();
    let first_visit = fresh_host();
    let mounted = leptos::mount::mount_to(first_visit.clone(), || view! { <App /> });
    settle().await;
    assert!(text(&first_visit, "start-button").contains("开始"));
    click(&first_visit, "lang-switch");
    settle().await;
    drop(mounted);

    let reload = fresh_host();
    let remounted = leptos::mount::mount_to(reload.clone(), || view! { <App /> });
    settle().await;
    assert!(text(&reload, "start-button").contains("Start"), "the chosen English survives a reload");
    drop(remounted);

    let embed = fresh_host();
    let _embedded = leptos::mount::mount_to(embed.clone(), || view! { <App config=embedded() /> });
    settle().await;
    assert!(text(&embed, "start-button").contains("开始"), "a host page's language wins over the saved choice");
    storage.remove_item(shouhou::storage::LANG_KEY).unwrap();
}

async fn sleep_a_little() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_host_page_chooses_the_platform_and_the_steps_shown() {
    let host = fresh_host();
    let config = AppConfig {
        embedded: true,
        platform: Some(shouhou::rules::Platform::Jd),
        steps: Some(vec!["policy".into(), "ticket".into()]),
        ..AppConfig::default()
    };
    let _mounted = leptos::mount::mount_to(host.clone(), move || view! { <App config=config.clone() /> });
    settle().await;
    click(&host, "start-button");
    settle().await;
    assert_eq!(find(&host, "field-platform").unchecked_into::<HtmlSelectElement>().value(), "jd");
    assert!(has(&host, "nav-ticket"));
    assert!(!has(&host, "nav-evidence"), "steps the host left out are not offered");
    assert!(text(&host, "next-step").contains("填写工单"), "next skips to the next step shown");
}

#[wasm_bindgen_test]
async fn paid_after_delivery_and_a_fault_without_a_signing_date_are_asked_about() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    // A broken item with no signing date is not read as "not received": the form asks.
    choose(&host, "problem", "malfunction");
    type_into(&host, "paid_on", "2026-01-05");
    type_into(&host, "paid_yuan", "1299");
    settle().await;
    assert!(text(&host, "error-signed_on").contains("没收到货"), "{}", text(&host, "error-signed_on"));
    // 先用后付: signed for before paying is refused until the buyer says so, then accepted.
    type_into(&host, "signed_on", "2026-01-03");
    settle().await;
    assert!(text(&host, "error-signed_on").contains("先用后付"), "{}", text(&host, "error-signed_on"));
    click(&host, "field-pay_after_delivery");
    settle().await;
    assert_eq!(text(&host, "error-signed_on"), "");
}

#[wasm_bindgen_test]
async fn a_new_case_is_not_scolded_before_anything_is_typed() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    // A new case starts as a quality problem with no dates: the signing date is asked for in the list of
    // what is still needed, not shown as a red error on an empty form.
    assert_eq!(text(&host, "error-signed_on"), "");
    assert!(!text(&host, "decision-waiting").is_empty());
    let needed =
        host.query_selector(".still-needed").unwrap().expect("the list of what is still needed").text_content();
    assert!(needed.unwrap_or_default().contains("没收到货"), "the list asks whether the goods arrived");
}

#[wasm_bindgen_test]
async fn a_partial_return_shows_the_refund_and_what_goes_back() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    complete_the_form(&host).await;
    assert!(!has(&host, "partial-refund"), "only when part of the order stays");
    // 2999 paid for a bundle; the part kept costs 1999 on its own, and a gift priced 99 stays too.
    type_into(&host, "kept_yuan", "1999");
    type_into(&host, "gift_kept_yuan", "99");
    settle().await;
    let refund = text(&host, "partial-refund");
    assert!(refund.contains("应退901.00元") && refund.contains("赠品"), "{refund}");
}

#[wasm_bindgen_test]
async fn the_12315_draft_shows_each_field_once() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    complete_the_form(&host).await;
    click(&host, "nav-dispute");
    settle().await;
    let complaint = find(&host, "draft-complaint_12315");
    let shown = complaint.text_content().unwrap_or_default();
    assert_eq!(shown.matches("投诉人姓名").count(), 1, "{shown}");
    assert_eq!(shown.matches("被投诉人名称").count(), 1, "{shown}");
    assert!(complaint.query_selector(".draft-fields").unwrap().is_none(), "no field list beside the text");
    // The platform's form keeps its choices apart: its text is the explanation only.
    click(&host, "nav-ticket");
    settle().await;
    assert!(find(&host, "draft-platform_ticket").query_selector(".draft-fields").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn the_overviews_next_actions_follow_the_chosen_channel() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    complete_the_form(&host).await;
    click(&host, "nav-channel");
    settle().await;
    let card = find(&host, "channel-complaint_12315");
    card.query_selector("[data-testid=choose-channel]").unwrap().unwrap().unchecked_into::<HtmlElement>().click();
    settle().await;
    click(&host, "nav-overview");
    settle().await;
    let first = host.query_selector("[data-action=\"status:draft\"]").unwrap().expect("the request to make");
    let title = first.query_selector(".next-action-title").unwrap().unwrap().text_content().unwrap();
    assert!(title.contains("12315"), "{title}");
    assert!(!has(&host, "draft-platform_ticket"));
    follow_draft_link(&host, "complaint_12315", "the chosen channel's draft is linked").await;
    assert!(has(&host, "screen-ticket"), "the ticket step holds the chosen channel's first draft");
    assert_eq!(focused(), Some(find(&host, "draft-complaint_12315")));
}

#[wasm_bindgen_test]
async fn the_overviews_pager_goes_where_a_filed_case_goes_on() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    complete_the_form(&host).await;
    click(&host, "nav-overview");
    settle().await;
    assert!(text(&host, "next-step").contains("了解政策"), "an unfiled case starts with the walk");
    click(&host, "nav-progress");
    settle().await;
    choose(&host, "status_change", "submitted");
    type_into(&host, "status_on", &days_ago(1.0));
    click(&host, "status-add");
    settle().await;
    click(&host, "nav-overview");
    settle().await;
    let pager = text(&host, "next-step");
    assert!(!pager.contains("了解政策"), "{pager}");
    assert!(pager.contains("跟进进度"), "{pager}");
    let button = text(&host, "overview-start");
    assert!(button.contains("跟进进度"), "the pager and the main button agree: {button}");
}

#[wasm_bindgen_test]
async fn a_log_note_in_english_quoted_in_a_chinese_draft_is_pointed_out_beside_it() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    complete_the_form(&host).await;
    click(&host, "nav-progress");
    settle().await;
    click(&host, "log-add");
    settle().await;
    let english = "Agent said the screen flicker is normal and refused to help";
    type_into(&host, "log-0-said", english);
    settle().await;
    click(&host, "nav-dispute");
    settle().await;
    let draft = find(&host, "draft-platform_intervention");
    let sent = draft.query_selector("[data-testid=draft-text]").unwrap().unwrap().text_content().unwrap();
    assert!(sent.contains(english), "quoted as typed: {sent}");
    assert!(!sent.contains("英文") && !sent.contains("English"), "no marker in the text to send: {sent}");
    let note = draft.query_selector("[data-testid=draft-other-language]").unwrap().expect("a note beside the draft");
    let said = note.text_content().unwrap();
    assert!(said.contains("英文") && said.contains("中文") && said.contains("沟通记录"), "{said}");
    let link = note.query_selector("a").unwrap().expect("a link to the log");
    link.unchecked_into::<HtmlElement>().click();
    settle().await;
    assert!(has(&host, "screen-progress"));
    // Written in Chinese, the note goes away.
    type_into(&host, "log-0-said", "客服说屏幕闪烁属于正常现象，拒绝处理");
    settle().await;
    click(&host, "nav-dispute");
    settle().await;
    assert!(!has(&host, "draft-other-language"));
}

#[wasm_bindgen_test]
async fn the_ticket_asks_the_exchange_target_and_the_amount_only_for_their_remedies() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    complete_the_form(&host).await;
    click(&host, "nav-ticket");
    settle().await;
    choose(&host, "wanted_remedy", "exchange");
    settle().await;
    type_into(&host, "exchange_for", "黑色 256G");
    settle().await;
    assert!(!has(&host, "field-requested_yuan"), "an exchange asks no refund amount");
    choose(&host, "wanted_remedy", "return_refund");
    settle().await;
    assert!(!has(&host, "field-exchange_for"), "a return and refund names no exchange target");
    type_into(&host, "requested_yuan", "2999");
    choose(&host, "wanted_remedy", "repair");
    settle().await;
    assert!(!has(&host, "field-exchange_for") && !has(&host, "field-requested_yuan"), "a repair asks neither");
    choose(&host, "wanted_remedy", "refund_only");
    settle().await;
    assert!(!has(&host, "field-exchange_for"));
    let amount = find(&host, "field-requested_yuan").unchecked_into::<HtmlInputElement>();
    assert_eq!(amount.value(), "2999", "a hidden amount keeps what was typed");
    choose(&host, "wanted_remedy", "exchange");
    settle().await;
    let target = find(&host, "field-exchange_for").unchecked_into::<HtmlInputElement>();
    assert_eq!(target.value(), "黑色 256G", "a hidden exchange target keeps what was typed");
}

#[wasm_bindgen_test]
async fn the_evidence_step_gives_a_jacket_video_advice_for_clothes() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    complete_the_form(&host).await;
    click(&host, "nav-evidence");
    settle().await;
    assert!(text(&host, "evidence-video").contains("序列号"), "a phone's video shows its serial number");
    click(&host, "nav-policy");
    settle().await;
    choose(&host, "category", "clothing");
    choose(&host, "problem", "quality_defect");
    settle().await;
    click(&host, "nav-evidence");
    settle().await;
    let video = text(&host, "evidence-video");
    assert!(!video.contains("死机") && !video.contains("序列号"), "a jacket's video is not a device's: {video}");
    assert!(video.contains("问题部位"), "{video}");
}

#[wasm_bindgen_test]
async fn taobaos_one_request_drawback_shows_on_taobao_not_on_jd() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    complete_the_form(&host).await;
    click(&host, "nav-channel");
    settle().await;
    let card = text(&host, "channel-platform_after_sales");
    assert!(!card.contains("淘宝") && !card.contains("只有一次"), "a JD case: {card}");
    click(&host, "nav-policy");
    settle().await;
    choose(&host, "platform", "taobao");
    settle().await;
    click(&host, "nav-channel");
    settle().await;
    assert!(text(&host, "channel-platform_after_sales").contains("淘宝、天猫的售后机会可能只有一次"));
}

/// `YYYY-MM-DD` somewhere in the text.
fn has_iso_day(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let digit = |at: usize| chars.get(at).is_some_and(char::is_ascii_digit);
    (0..chars.len()).any(|at| {
        (0..4).all(|i| digit(at + i))
            && chars.get(at + 4) == Some(&'-')
            && digit(at + 5)
            && digit(at + 6)
            && chars.get(at + 7) == Some(&'-')
    })
}

#[wasm_bindgen_test]
async fn english_screens_write_days_one_way() {
    let host = fresh_host();
    let _mounted = new_case(&host).await;
    click(&host, "lang-switch");
    settle().await;
    complete_the_form(&host).await;
    let policy = text(&host, "screen-policy");
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let written = |text: &str| months.iter().any(|month| text.contains(&format!("until {month} ")));
    assert!(!has_iso_day(&policy), "no 2026-10-31 on the English policy screen: {policy}");
    assert!(written(&policy), "the last day as the progress screen writes it (Oct 31, 2026): {policy}");
    let long_months = ["January", "February", "March", "April", "June", "July", "August", "September", "October"];
    let long_months = long_months.into_iter().chain(["November", "December"]);
    assert!(!long_months.clone().any(|month| policy.contains(month)), "no 31 October 2026 either: {policy}");
    click(&host, "nav-progress");
    settle().await;
    let progress = text(&host, "screen-progress");
    assert!(!has_iso_day(&progress) && !long_months.into_iter().any(|month| progress.contains(month)), "{progress}");
    click(&host, "lang-switch");
    settle().await;
    click(&host, "nav-policy");
    settle().await;
    assert!(has_iso_day(&text(&host, "screen-policy")), "Chinese keeps its days as they were");
}
