//! Durable local records (issue 6) in headless Chromium: corrupt and newer entries set aside, the v0
//! migration, a full quota, storage denied, two tabs, export and import, deletion, batching and the
//! 1,000-entry benchmark. "Another tab" is a same-origin iframe: it shares this page's local storage
//! and its writes reach this page as real `storage` events.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use leptos::prelude::*;
use serde_json::json;
use shouhou::app::{DataPanel, StorageBanner};
use shouhou::record::{CaseRecord, Closing, EvidenceItem, LogEntry, SentDraft, StatusChange};
use shouhou::rules::{Evidence, TicketStatus};
use shouhou::storage::{
    CaseBook, EntryProblem, ImportError, Shelf, WriteError, ASIDE_PREFIX, CASE_PREFIX, LEGACY_V0_KEY, MAX_IMPORT_BYTES,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const V0_FIXTURE: &str = include_str!("fixtures/storage/v0-cases.json");

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn keys(prefix: &str) -> Vec<String> {
    let storage = local();
    let mut keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|index| storage.key(index).unwrap())
        .filter(|key| key.starts_with(prefix))
        .collect();
    keys.sort();
    keys
}

fn stored(key: &str) -> Option<String> {
    local().get_item(key).unwrap()
}

fn stored_case(id: &str) -> Option<serde_json::Value> {
    stored(&format!("{CASE_PREFIX}{id}")).map(|text| serde_json::from_str(&text).unwrap())
}

fn plant_case(case: &CaseRecord) {
    let text = json!({ "v": 1, "case": case }).to_string();
    local().set_item(&format!("{CASE_PREFIX}{}", case.id), &text).unwrap();
}

fn case(id: &str, title: &str, revision: u64) -> CaseRecord {
    CaseRecord {
        title: title.into(),
        revision,
        updated_ms: 1_700_000_000_000.0 + revision as f64,
        ..CaseRecord::new(id)
    }
}

/// A fresh page's worth of state: empty storage and a book in its own reactive owner.
fn open_book(shelf: Shelf) -> (Owner, CaseBook) {
    let owner = Owner::new();
    let book = owner.with(|| CaseBook::provide_with(shelf));
    (owner, book)
}

/// The case as the book holds it (read outside any reactive view).
fn in_memory(book: CaseBook, id: &str) -> Option<CaseRecord> {
    book.cases().with_untracked(|cases| cases.iter().find(|case| case.id == id).cloned())
}

fn clear() {
    local().clear().unwrap();
}

fn mount_storage_screens(owner: &Owner) -> (web_sys::HtmlElement, leptos::mount::UnmountHandle<impl Mountable>) {
    let document = document();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = owner.with(|| {
        leptos::mount::mount_to(root.clone(), || {
            view! {
                <StorageBanner />
                <DataPanel />
            }
        })
    });
    (root, handle)
}

fn find(root: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector(selector).unwrap().map(|element| element.unchecked_into())
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    find(root, selector).unwrap_or_else(|| panic!("{selector} is not on screen")).text_content().unwrap_or_default()
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits (up to two seconds) until `done`: storage events arrive as tasks, later under load.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting for {what}");
}

/// The other tab: an iframe of this origin, writing to the same local storage.
fn other_tab() -> (web_sys::HtmlIFrameElement, web_sys::Storage) {
    let frame: web_sys::HtmlIFrameElement = document().create_element("iframe").unwrap().unchecked_into();
    document().body().unwrap().append_child(&frame).unwrap();
    let storage = frame.content_window().unwrap().local_storage().unwrap().unwrap();
    (frame, storage)
}

#[wasm_bindgen_test]
async fn a_corrupt_or_newer_entry_is_kept_aside_and_the_rest_loads() {
    clear();
    plant_case(&case("good", "好的案件", 3));
    let corrupt = "{\"v\":1,\"case\":{\"id\":\"broken\",\"revision\":\"three\"";
    local().set_item(&format!("{CASE_PREFIX}broken"), corrupt).unwrap();
    let newer = json!({ "v": 7, "case": { "id": "future", "hologram": true } }).to_string();
    local().set_item(&format!("{CASE_PREFIX}future"), &newer).unwrap();
    let bad_field = json!({ "v": 1, "case": { "id": "badlog", "log": [{ "on": "yesterday" }] } }).to_string();
    local().set_item(&format!("{CASE_PREFIX}badlog"), &bad_field).unwrap();

    let (owner, book) = open_book(Shelf::open());
    let ids: Vec<String> = book.cases().get_untracked().into_iter().map(|case| case.id).collect();
    assert_eq!(ids, vec!["good"]);
    assert_eq!(keys(CASE_PREFIX), vec![format!("{CASE_PREFIX}good")], "bad entries move out of the case keys");
    let aside = book.storage().get_untracked().set_aside;
    assert_eq!(aside.len(), 3);
    assert_eq!(keys(ASIDE_PREFIX).len(), 3, "kept aside in storage, not deleted");
    let find_aside =
        |id: &str| aside.iter().find(|entry| entry.original_key == format!("{CASE_PREFIX}{id}")).unwrap().clone();
    assert_eq!(find_aside("broken").raw, corrupt, "the raw text is kept exactly");
    assert!(matches!(find_aside("broken").problem, EntryProblem::Unreadable { .. }));
    assert_eq!(find_aside("future").problem, EntryProblem::NewerVersion { version: 7 });
    assert_eq!(find_aside("future").raw, newer);
    match find_aside("badlog").problem {
        EntryProblem::Unreadable { detail } => assert!(detail.contains("log[0].on"), "names the field: {detail}"),
        other => panic!("expected unreadable, got {other:?}"),
    }

    let (root, _handle) = mount_storage_screens(&owner);
    leptos::task::tick().await;
    assert!(text_of(&root, "[data-testid=set-aside-notice]").contains("3 条"));
    let raws: Vec<String> = (1..=3)
        .map(|n| {
            let selector = format!("[data-testid=set-aside-entry]:nth-child({n}) [data-testid=set-aside-raw]");
            find(&root, &selector).unwrap().unchecked_into::<web_sys::HtmlTextAreaElement>().value()
        })
        .collect();
    assert!(raws.contains(&corrupt.to_string()), "the buyer is offered the raw text");
    let problems = text_of(&root, "[data-testid=set-aside-list]");
    assert!(problems.contains("更新版本（第 7 版）"), "{problems}");
    assert!(problems.contains("已损坏"), "{problems}");

    // A second load finds them aside, still there, and finds nothing new to set aside.
    drop(_handle);
    owner.cleanup();
    let (owner, book) = open_book(Shelf::open());
    assert_eq!(book.storage().get_untracked().set_aside.len(), 3);
    assert_eq!(book.cases().get_untracked().len(), 1);

    // Discarding one entry (after the buyer confirmed in the panel) removes only that one.
    let key = book.storage().get_untracked().set_aside[0].key.clone();
    book.discard_set_aside(&key);
    assert_eq!(keys(ASIDE_PREFIX).len(), 2);
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn the_v0_format_is_migrated_on_load_from_the_stored_fixture() {
    clear();
    local().set_item(LEGACY_V0_KEY, V0_FIXTURE).unwrap();
    let (owner, book) = open_book(Shelf::open());
    let cases = book.cases().get_untracked();
    assert_eq!(cases.len(), 2, "the two readable v0 cases load");
    let earphones = cases.iter().find(|case| case.id == "1730702400000").unwrap();
    assert_eq!(earphones.title, "蓝牙耳机左耳没声音");
    assert_eq!(earphones.updated_ms, 1_731_052_800_000.0);
    assert_eq!(earphones.revision, 1);
    assert_eq!(earphones.form.platform, "taobao");
    assert_eq!(earphones.form.paid_yuan, "299.00");
    assert_eq!(earphones.form.warranty_days, "365");
    assert!(earphones.form.return_shipping_insurance);
    assert!(earphones.form.goods.opened && earphones.form.goods.used && !earphones.form.goods.activated);
    assert_eq!(earphones.facts.buyer_name, "王小明");
    assert_eq!(earphones.facts.order_no, "3912345678901234567");
    assert_eq!(
        earphones.evidence,
        [Evidence::Photos, Evidence::Video, Evidence::OrderScreenshot]
            .map(|evidence| EvidenceItem { evidence, done: true, note: String::new(), unknown: Default::default() })
            .to_vec()
    );
    assert_eq!(earphones.log.len(), 2);
    assert_eq!(earphones.log[1].on, NaiveDate::from_ymd_opt(2024, 11, 6));
    assert_eq!(earphones.log[1].said, "客服同意换货，要求 48 小时内寄回。");
    assert_eq!(
        earphones.status_history,
        vec![StatusChange {
            status: TicketStatus::Approved,
            on: NaiveDate::from_ymd_opt(2024, 11, 6).unwrap(),
            note: String::new(),
            unknown: Default::default(),
        }]
    );
    let shirt = cases.iter().find(|case| case.id == "1731300000000").unwrap();
    assert_eq!(shirt.log[0].on, None);
    assert_eq!(shirt.log[0].said, "尺码偏小一号");
    assert_eq!(
        shirt.status_history[0].on,
        NaiveDate::from_ymd_opt(2024, 11, 11).unwrap(),
        "no status date: the save date"
    );

    assert_eq!(stored(LEGACY_V0_KEY), None, "the old key goes once everything in it is written or kept aside");
    assert_eq!(keys(CASE_PREFIX).len(), 2);
    assert_eq!(stored_case("1730702400000").unwrap()["v"], 1);
    let aside = book.storage().get_untracked().set_aside;
    assert_eq!(aside.len(), 1, "the unreadable v0 case is kept aside");
    assert_eq!(aside[0].original_key, format!("{LEGACY_V0_KEY}[2]"));
    assert!(aside[0].raw.contains("外卖少送一份"));
    assert_eq!(book.storage().get_untracked().migrated, 2);
    owner.cleanup();

    // The next load reads the new format and migrates nothing again.
    let (owner, book) = open_book(Shelf::open());
    assert_eq!(book.storage().get_untracked().migrated, 0);
    assert_eq!(book.cases().get_untracked(), cases);
    owner.cleanup();
}

/// Fills local storage until one more character does not fit; returns the filler keys.
fn fill_storage() -> Vec<String> {
    let storage = local();
    let mut fillers = Vec::new();
    let mut chunk = 1 << 20;
    while chunk >= 1 {
        let key = format!("filler.{}", fillers.len());
        if storage.set_item(&key, &"x".repeat(chunk)).is_ok() {
            fillers.push(key);
        } else {
            chunk /= 2;
        }
    }
    fillers
}

#[wasm_bindgen_test]
async fn a_full_quota_fails_the_save_keeps_the_edit_and_offers_export() {
    clear();
    plant_case(&case("full", "原来的名称", 1));
    let (owner, book) = open_book(Shelf::open());
    let (root, _handle) = mount_storage_screens(&owner);
    let fillers = fill_storage();

    book.update("full", |case| case.facts.description = "屏幕有坏点，".repeat(40));
    book.save_now();
    leptos::task::tick().await;
    assert_eq!(book.storage().get_untracked().save_error, Some(WriteError::QuotaFull));
    assert_eq!(
        in_memory(book, "full").unwrap().facts.description,
        "屏幕有坏点，".repeat(40),
        "the edit stays in memory"
    );
    assert_eq!(stored_case("full").unwrap()["case"]["revision"], 1, "storage still holds the last saved version");
    let message = text_of(&root, "[data-testid=save-error]");
    assert!(message.contains("存储空间已满") && message.contains("导出全部案件"), "{message}");
    assert!(book.export_json().contains("屏幕有坏点"), "the export holds the unsaved edit");

    for key in fillers {
        local().remove_item(&key).unwrap();
    }
    find(&root, "[data-testid=save-error] button:last-child").unwrap().click();
    leptos::task::tick().await;
    assert_eq!(book.storage().get_untracked().save_error, None);
    assert!(find(&root, "[data-testid=save-error]").is_none());
    assert_eq!(stored_case("full").unwrap()["case"]["revision"], 2);
    drop(_handle);
    owner.cleanup();
}

/// Makes `window.localStorage` throw a SecurityError, as it does with cookies blocked or in a sandboxed
/// iframe, for the duration of `run`.
fn with_storage_denied<T>(run: impl FnOnce() -> T) -> T {
    let window = web_sys::window().unwrap();
    let object = js_sys::Object::from(JsValue::from(window.clone()));
    let original = js_sys::Object::get_own_property_descriptor(&object, &"localStorage".into());
    let descriptor = js_sys::Object::new();
    let getter = js_sys::Function::new_no_args("throw new DOMException('The operation is insecure.', 'SecurityError')");
    js_sys::Reflect::set(&descriptor, &"get".into(), &getter).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&object, &"localStorage".into(), &descriptor);
    assert!(window.local_storage().is_err(), "storage access now throws");
    let result = run();
    if original.is_undefined() {
        js_sys::Reflect::delete_property(&object, &"localStorage".into()).unwrap();
    } else {
        js_sys::Object::define_property(&object, &"localStorage".into(), &original.unchecked_into());
    }
    result
}

use wasm_bindgen::JsValue;

#[wasm_bindgen_test]
async fn storage_denied_runs_in_memory_with_a_banner() {
    clear();
    plant_case(&case("kept", "本机保存的案件", 1));
    let (owner, book) = with_storage_denied(|| open_book(Shelf::open()));
    assert!(!book.storage().get_untracked().keeps_data);
    assert!(book.cases().get_untracked().is_empty(), "nothing can be read");
    let (root, _handle) = mount_storage_screens(&owner);
    leptos::task::tick().await;
    let banner = text_of(&root, "[data-testid=memory-only]");
    assert!(banner.contains("关闭后不会保留") && banner.contains("导出"), "{banner}");

    let id = book.create();
    book.update(&id, |case| case.title = "只在内存里".into());
    book.save_now();
    assert_eq!(in_memory(book, &id).unwrap().title, "只在内存里", "the app works in memory");
    assert_eq!(book.storage().get_untracked().save_error, None);
    assert_eq!(keys(CASE_PREFIX), vec![format!("{CASE_PREFIX}kept")], "nothing reached local storage");
    drop(_handle);
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn another_tabs_save_comes_in_without_reload() {
    clear();
    plant_case(&case("shared", "第一版", 1));
    let (owner, book) = open_book(Shelf::open());
    let root: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let shown_title =
        move || book.cases().with(|cases| cases.iter().find(|case| case.id == "shared").map(|case| case.title.clone()));
    let _handle = owner
        .with(|| leptos::mount::mount_to(root.clone(), move || view! { <p data-testid="shown">{shown_title}</p> }));
    leptos::task::tick().await;
    let (frame, tab_b) = other_tab();

    let mut edited = case("shared", "另一标签页改的", 2);
    edited.log.push(LogEntry { said: "客服答应退款".into(), ..LogEntry::default() });
    let seen = json!({ "revision": 1, "updated_ms": case("shared", "", 1).updated_ms });
    tab_b
        .set_item(&format!("{CASE_PREFIX}shared"), &json!({ "v": 1, "parent": seen, "case": edited }).to_string())
        .unwrap();
    tab_b
        .set_item(&format!("{CASE_PREFIX}born"), &json!({ "v": 1, "case": case("born", "新案件", 1) }).to_string())
        .unwrap();
    until("the other tab's saves", || {
        in_memory(book, "born").is_some() && in_memory(book, "shared").is_some_and(|c| c.revision == 2)
    })
    .await;
    leptos::task::tick().await;
    assert_eq!(in_memory(book, "shared").unwrap(), edited);
    assert_eq!(in_memory(book, "born").unwrap().title, "新案件");
    leptos::task::tick().await;
    assert_eq!(text_of(&root, "[data-testid=shown]"), "另一标签页改的", "a view of the case shows it");

    // Editing on top of it here is not a conflict: this page had seen the other tab's save.
    book.update("shared", |case| case.title = "本页接着改".into());
    book.save_now();
    assert!(book.storage().get_untracked().conflicts.is_empty());
    assert_eq!(stored_case("shared").unwrap()["case"]["title"], "本页接着改");

    tab_b.remove_item(&format!("{CASE_PREFIX}born")).unwrap();
    until("a delete in the other tab", || in_memory(book, "born").is_none()).await;
    frame.remove();
    drop(_handle);
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn concurrent_edits_in_two_tabs_keep_both() {
    clear();
    plant_case(&case("both", "耳机", 4));
    let (owner, book) = open_book(Shelf::open());
    let (root, _handle) = mount_storage_screens(&owner);
    let (frame, tab_b) = other_tab();

    // The other tab's save arrives (as an event) while this page has an unsaved edit of the same field,
    // and the two texts cannot both be kept in one.
    book.update("both", |case| case.facts.description = "本页写的描述".into());
    let theirs = CaseRecord {
        facts: shouhou::record::Facts {
            description: "另一页写的".into(),
            order_no: "B-123".into(),
            ..Default::default()
        },
        ..case("both", "耳机", 5)
    };
    tab_b.set_item(&format!("{CASE_PREFIX}both"), &json!({ "v": 1, "case": theirs }).to_string()).unwrap();
    until("the other tab's save", || in_memory(book, "both").as_ref() == Some(&theirs)).await;
    book.save_now();
    leptos::task::tick().await;

    let cases = book.cases().get_untracked();
    assert_eq!(cases.len(), 2);
    assert_eq!(in_memory(book, "both").unwrap(), theirs, "the version saved first keeps the case");
    let copy = cases.iter().find(|case| case.id != "both").unwrap();
    assert_eq!(copy.facts.description, "本页写的描述", "this page's edit is kept as a copy");
    assert_eq!(copy.title, "耳机 (2)");
    assert_eq!(stored_case("both").unwrap()["case"]["facts"]["order_no"], "B-123", "their save was not overwritten");
    assert_eq!(stored_case(&copy.id).unwrap()["case"]["facts"]["description"], "本页写的描述");
    let notice = text_of(&root, "[data-testid=storage-notices]");
    assert!(notice.contains("另一个标签页") && notice.contains("耳机 (2)"), "{notice}");

    // The same race caught at save time: the other tab writes just before this page saves, before its
    // event has been delivered.
    book.update("both", |case| case.facts.shop_name = "本页的店名".into());
    let later = CaseRecord {
        facts: shouhou::record::Facts {
            shop_name: "对方的店名".into(),
            order_no: "B-456".into(),
            ..theirs.facts.clone()
        },
        ..case("both", "耳机", 6)
    };
    tab_b.set_item(&format!("{CASE_PREFIX}both"), &json!({ "v": 1, "case": later }).to_string()).unwrap();
    book.save_now();
    assert_eq!(stored_case("both").unwrap()["case"]["facts"]["order_no"], "B-456");
    assert!(book.cases().get_untracked().iter().any(|case| case.facts.shop_name == "本页的店名" && case.id != "both"));
    sleep(100).await;
    assert_eq!(in_memory(book, "both").unwrap(), later, "the late event changes nothing more");
    assert_eq!(book.cases().get_untracked().len(), 3);
    assert_eq!(keys(CASE_PREFIX).len(), 3);
    frame.remove();
    drop(_handle);
    owner.cleanup();
}

/// One buyer with the case open in two windows: what they type in each is merged into the one case,
/// whether the other window's save arrives as an event or is found at save time.
#[wasm_bindgen_test]
async fn one_buyer_typing_in_two_tabs_keeps_one_case() {
    clear();
    plant_case(&CaseRecord {
        facts: shouhou::record::Facts { description: "耳机".into(), ..Default::default() },
        ..case("one", "耳机", 1)
    });
    let (owner, book) = open_book(Shelf::open());
    let (frame, tab_b) = other_tab();
    let write_theirs = |record: &CaseRecord, parent: &CaseRecord| {
        let parent = json!({ "revision": parent.revision, "updated_ms": parent.updated_ms });
        let text = json!({ "v": 1, "parent": parent, "case": record }).to_string();
        tab_b.set_item(&format!("{CASE_PREFIX}one"), &text).unwrap();
    };
    let base = in_memory(book, "one").unwrap();

    // This page types on in the description; the other window, a moment behind, saved the sentence so far
    // and filled in the order number.
    book.update("one", |case| case.facts.description = "耳机左耳没声音，换了手机也一样".into());
    let mut theirs = base.clone();
    theirs.facts.description = "耳机左耳没声音".into();
    theirs.facts.order_no = "A-100".into();
    theirs.revision = 2;
    theirs.updated_ms += 1.0;
    write_theirs(&theirs, &base);
    until("the other tab's save", || in_memory(book, "one").is_some_and(|case| case.facts.order_no == "A-100")).await;
    let merged = in_memory(book, "one").unwrap();
    assert_eq!(merged.facts.description, "耳机左耳没声音，换了手机也一样");
    book.save_now();
    assert_eq!(book.cases().get_untracked().len(), 1, "no copy");
    assert!(book.storage().get_untracked().conflicts.is_empty());
    let stored = stored_case("one").unwrap();
    assert_eq!(stored["case"]["facts"]["description"], "耳机左耳没声音，换了手机也一样");
    assert_eq!(stored["case"]["facts"]["order_no"], "A-100");
    assert_eq!(stored["parent"]["revision"], 2, "written over their save, which this page had taken in");

    // At save time: the other window's write lands before its event.
    let seen = in_memory(book, "one").unwrap();
    book.update("one", |case| case.title = "蓝牙耳机".into());
    let mut theirs = seen.clone();
    theirs.log.push(LogEntry { said: "客服说补发".into(), ..LogEntry::default() });
    theirs.revision += 1;
    theirs.updated_ms += 1.0;
    write_theirs(&theirs, &seen);
    book.save_now();
    let stored = stored_case("one").unwrap();
    assert_eq!(stored["case"]["title"], "蓝牙耳机");
    assert_eq!(stored["case"]["log"][0]["said"], "客服说补发");
    sleep(100).await;
    assert_eq!(book.cases().get_untracked().len(), 1, "still one case");
    assert_eq!(in_memory(book, "one").unwrap().log.len(), 1);
    assert!(book.storage().get_untracked().conflicts.is_empty());
    frame.remove();
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn two_tabs_saving_the_same_version_unseen_settle_on_both_versions() {
    for theirs_is_later in [true, false] {
        clear();
        let original = case("twin", "洗衣机", 1);
        plant_case(&original);
        let (owner, book) = open_book(Shelf::open());
        book.update("twin", |case| case.facts.description = "本页：滚筒异响".into());
        book.save_now();
        let mine = in_memory(book, "twin").unwrap();

        // The other tab saved its own edit of revision 1 without having seen this page's save.
        let (frame, tab_b) = other_tab();
        let updated_ms = if theirs_is_later { mine.updated_ms + 60_000.0 } else { mine.updated_ms - 60_000.0 };
        let theirs = CaseRecord {
            facts: shouhou::record::Facts { description: "对方：不脱水".into(), ..Default::default() },
            updated_ms,
            ..case("twin", "洗衣机", 2)
        };
        let parent = json!({ "revision": 1, "updated_ms": original.updated_ms });
        tab_b
            .set_item(&format!("{CASE_PREFIX}twin"), &json!({ "v": 1, "parent": parent, "case": theirs }).to_string())
            .unwrap();
        let (winner, loser) = if theirs_is_later { (&theirs, &mine) } else { (&mine, &theirs) };
        let copy_id = format!("twin-{}", loser.updated_ms as u64);
        until("the other tab's save", || in_memory(book, &copy_id).is_some()).await;
        assert_eq!(&in_memory(book, "twin").unwrap(), winner, "the later edit keeps the case");
        let copy = in_memory(book, &copy_id).expect("the other edit is kept as a copy");
        assert_eq!(copy.facts, loser.facts);
        assert_eq!(copy.title, "洗衣机 (2)");
        assert_eq!(stored_case("twin").unwrap()["case"]["facts"]["description"], winner.facts.description.as_str());
        assert_eq!(stored_case(&copy_id).unwrap()["case"]["facts"]["description"], loser.facts.description.as_str());
        let conflicts = book.storage().get_untracked().conflicts;
        assert_eq!(conflicts.len(), usize::from(theirs_is_later), "this page is told when its version became the copy");
        frame.remove();
        owner.cleanup();
    }
}

fn rich_case(id: &str) -> CaseRecord {
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let mut case = case(id, "扫地机器人不充电", 9);
    case.form.platform = "jd".into();
    case.form.category = "appliance".into();
    case.form.problem = "malfunction".into();
    case.form.paid_on = "2026-11-01".into();
    case.form.signed_on = "2026-11-03".into();
    case.form.paid_yuan = "1999.50".into();
    case.form.goods.opened = true;
    case.form.failed_repairs = "1".into();
    case.form.for_business = false;
    case.facts.buyer_name = "李雷".into();
    case.facts.address = "北京市海淀区某某路 1 号".into();
    case.facts.exchange_for = "同型号新机".into();
    case.evidence = vec![
        EvidenceItem {
            evidence: Evidence::Video,
            done: true,
            note: "开机无反应的视频".into(),
            unknown: Default::default(),
        },
        EvidenceItem {
            evidence: Evidence::RepairRecords,
            done: false,
            note: String::new(),
            unknown: Default::default(),
        },
    ];
    case.log = vec![LogEntry {
        on: Some(day(5)),
        time: "14:30".into(),
        channel: "merchant_service".into(),
        who: "客服小张".into(),
        said: "让我寄修".into(),
        promise: "三天内回复".into(),
        promised_by: Some(day(8)),
        unknown: Default::default(),
    }];
    case.status_history = vec![
        StatusChange {
            status: TicketStatus::Submitted,
            on: day(5),
            note: "提交申请".into(),
            unknown: Default::default(),
        },
        StatusChange { status: TicketStatus::Repaired, on: day(12), note: String::new(), unknown: Default::default() },
    ];
    case.return_tracking_no = "SF1234567890".into();
    case.sent_drafts = vec![SentDraft {
        purpose: "platform_ticket".into(),
        on: day(5),
        text: "您好，我购买的扫地机器人……".into(),
        unknown: Default::default(),
    }];
    case.closing = Closing {
        refund_received_fen: Some(199_950),
        refund_received_typed: "1999.5".into(),
        refund_received_on: Some(day(20)),
        exchange_received_ok: false,
        rating_attitude: Some(4),
        rating_speed: Some(2),
        rating_solution: Some(3),
        lessons: "保留开箱视频".into(),
        watch_merchant: true,
        unknown: Default::default(),
    };
    case
}

#[wasm_bindgen_test]
async fn export_then_import_gives_back_every_field() {
    clear();
    let (owner, book) = open_book(Shelf::open());
    let originals =
        vec![rich_case("rich-1"), CaseRecord { title: "第二个".into(), ..rich_case("rich-2") }, case("plain", "", 1)];
    for original in &originals {
        plant_case(original);
    }
    owner.cleanup();
    let (owner, book_before) = open_book(Shelf::open());
    let _ = book;
    let file = book_before.export_json();
    let parsed: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(parsed["format"], "shouhou-cases");
    assert_eq!(parsed["version"], 1);
    book_before.delete_all();
    assert!(keys(CASE_PREFIX).is_empty());
    owner.cleanup();

    let (owner, book) = open_book(Shelf::open());
    let summary = book.import_json(&file).unwrap();
    assert_eq!((summary.added, summary.unchanged, summary.copied), (3, 0, 0));
    for original in &originals {
        let back = in_memory(book, &original.id).unwrap();
        assert_eq!(back.title, original.title);
        assert_eq!(back.revision, original.revision);
        assert_eq!(back.updated_ms, original.updated_ms);
        assert_eq!(back.form, original.form);
        assert_eq!(back.facts, original.facts);
        assert_eq!(back.evidence, original.evidence);
        assert_eq!(back.log, original.log);
        assert_eq!(back.status_history, original.status_history);
        assert_eq!(back.return_tracking_no, original.return_tracking_no);
        assert_eq!(back.sent_drafts, original.sent_drafts);
        assert_eq!(back.closing, original.closing);
        assert_eq!(&back, original);
        assert_eq!(
            stored_case(&original.id).unwrap()["case"],
            serde_json::to_value(original).unwrap(),
            "written at once"
        );
    }
    // Importing the same file again adds nothing; a different case under a taken id is added as a copy.
    assert_eq!(book.import_json(&file).unwrap().unchanged, 3);
    let changed = file.replace("扫地机器人不充电", "扫地机器人不充电（改）");
    let summary = book.import_json(&changed).unwrap();
    assert_eq!((summary.added, summary.unchanged, summary.copied), (0, 2, 1));
    assert_eq!(in_memory(book, "rich-1").unwrap(), originals[0], "the case already here is not overwritten");
    let cases = book.cases().get_untracked();
    assert_eq!(cases.len(), 4);
    assert!(cases.iter().any(|case| case.id.starts_with("rich-1-") && case.title == "扫地机器人不充电（改）"));
    owner.cleanup();
}

fn export_with_cases(cases: serde_json::Value) -> String {
    json!({ "format": "shouhou-cases", "version": 1, "exported_ms": 0, "cases": cases }).to_string()
}

#[wasm_bindgen_test]
async fn a_malformed_or_hostile_import_is_refused_and_changes_nothing() {
    clear();
    plant_case(&rich_case("here"));
    let (owner, book) = open_book(Shelf::open());
    let before = book.cases().get_untracked();
    let storage_before: Vec<(String, Option<String>)> =
        keys("").into_iter().map(|key| (key.clone(), stored(&key))).collect();
    let good = serde_json::to_value(case("new", "新", 1)).unwrap();
    let with_field = |field: &str, value: serde_json::Value| {
        let mut case = good.clone();
        case[field] = value;
        export_with_cases(json!([case]))
    };
    let bad = |path: &str| ImportError::BadField { path: path.into(), detail: String::new() };
    let files: Vec<(String, ImportError)> = vec![
        ("x".repeat(MAX_IMPORT_BYTES + 1), ImportError::TooLarge { bytes: MAX_IMPORT_BYTES + 1 }),
        ("{\"format\": \"shouhou-cases\", ".into(), ImportError::NotJson { line: 1, column: 0, detail: String::new() }),
        ("[1, 2, 3]".into(), ImportError::NotAnExport),
        (json!({ "format": "other-app", "version": 1, "cases": [] }).to_string(), ImportError::NotAnExport),
        (
            json!({ "format": "shouhou-cases", "version": 99, "cases": [] }).to_string(),
            ImportError::NewerVersion { version: 99 },
        ),
        (json!({ "format": "shouhou-cases", "version": "1", "cases": [] }).to_string(), bad("version")),
        (json!({ "format": "shouhou-cases", "cases": [] }).to_string(), bad("version")),
        (json!({ "format": "shouhou-cases", "version": 1, "cases": {} }).to_string(), bad("cases")),
        (
            json!({ "format": "shouhou-cases", "version": 1, "cases": [], "extra": 1 }).to_string(),
            ImportError::UnknownField { path: "extra".into() },
        ),
        (
            r#"{"format":"shouhou-cases","version":1,"cases":[{"id":"p","__proto__":{"isAdmin":true}}]}"#.into(),
            ImportError::ForbiddenKey { path: "cases[0].__proto__".into() },
        ),
        (
            export_with_cases(json!([{ "id": "p", "facts": { "constructor": { "prototype": { "x": 1 } } } }])),
            ImportError::ForbiddenKey { path: "cases[0].facts.constructor".into() },
        ),
        (export_with_cases(json!(vec![json!({}); 5_001])), ImportError::TooManyCases { count: 5_001 }),
        (export_with_cases(json!(["not a case"])), bad("cases[0]")),
        (with_field("revision", json!(-1)), bad("cases[0].revision")),
        (with_field("log", json!([{ "on": "yesterday" }])), bad("cases[0].log[0].on")),
        (with_field("evidence", json!([{ "evidence": "rumours" }])), bad("cases[0].evidence[0].evidence")),
        (with_field("id", json!("../../etc")), bad("cases[0].id")),
        (with_field("id", json!("")), bad("cases[0].id")),
        (export_with_cases(json!([good.clone(), good.clone()])), ImportError::DuplicateId { id: "new".into() }),
    ];
    for (file, expected) in files {
        let error = book.import_json(&file).expect_err("refused");
        match (&error, &expected) {
            (ImportError::BadField { path, detail }, ImportError::BadField { path: want, .. }) => {
                assert_eq!(path, want);
                assert!(!detail.is_empty());
            }
            (ImportError::NotJson { line, .. }, ImportError::NotJson { .. }) => assert_eq!(*line, 1),
            _ => assert_eq!(error, expected),
        }
        let message = shouhou::storage::text::import_error(shouhou::lang::Lang::ZhCn, &error);
        assert!(message.contains("没有导入任何内容"), "{message}");
        if let ImportError::BadField { path, .. }
        | ImportError::UnknownField { path }
        | ImportError::ForbiddenKey { path } = &error
        {
            assert!(message.contains(path.as_str()), "the message names the field: {message}");
        }
    }
    assert_eq!(book.cases().get_untracked(), before, "nothing changed in memory");
    let storage_after: Vec<(String, Option<String>)> =
        keys("").into_iter().map(|key| (key.clone(), stored(&key))).collect();
    assert_eq!(storage_after, storage_before, "nothing changed in storage");
    assert_eq!(js_sys::eval("({}).isAdmin").unwrap(), JsValue::UNDEFINED);
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn one_case_or_everything_is_deleted_after_confirmation() {
    clear();
    plant_case(&case("one", "第一个", 1));
    plant_case(&case("two", "第二个", 1));
    local().set_item(&format!("{CASE_PREFIX}bad"), "not json").unwrap();
    let (owner, book) = open_book(Shelf::open());
    let (root, _handle) = mount_storage_screens(&owner);
    leptos::task::tick().await;

    // One case: the case list asks first (its own test); the book removes it here and in storage at once.
    book.delete("one");
    assert!(in_memory(book, "one").is_none() && stored_case("one").is_none());
    assert!(stored_case("two").is_some());

    find(&root, "[data-testid=delete-all]").unwrap().click();
    leptos::task::tick().await;
    assert!(text_of(&root, "[data-testid=confirm-delete-all]").contains("全部 1 个案件"));
    assert_eq!(keys(CASE_PREFIX).len(), 1, "nothing is deleted before the buyer confirms");
    find(&root, "[data-testid=confirm-delete-all] [data-testid=cancel]").unwrap().click();
    leptos::task::tick().await;
    assert!(find(&root, "[data-testid=confirm-delete-all]").is_none());
    assert_eq!(keys(CASE_PREFIX).len(), 1, "cancel keeps everything");
    find(&root, "[data-testid=delete-all]").unwrap().click();
    leptos::task::tick().await;
    find(&root, "[data-testid=confirm-delete-all] [data-testid=confirm]").unwrap().click();
    leptos::task::tick().await;
    assert!(book.cases().get_untracked().is_empty());
    assert!(keys(CASE_PREFIX).is_empty() && keys(ASIDE_PREFIX).is_empty());
    assert!(find(&root, "[data-testid=set-aside-list]").is_none());
    drop(_handle);
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn edits_are_batched_and_flushed_when_the_page_is_hidden() {
    clear();
    plant_case(&case("typing", "", 1));
    let (owner, book) = open_book(Shelf::open());
    for length in 1..=60 {
        book.update("typing", |case| case.facts.description = "字".repeat(length));
    }
    assert_eq!(stored_case("typing").unwrap()["case"]["revision"], 1, "typing does not write each keystroke");
    sleep(600).await;
    assert_eq!(stored_case("typing").unwrap()["case"]["revision"], 61, "one batched write after the delay");
    assert_eq!(stored_case("typing").unwrap()["case"]["facts"]["description"], "字".repeat(60));

    book.update("typing", |case| case.title = "离开前".into());
    web_sys::window().unwrap().dispatch_event(&web_sys::Event::new("pagehide").unwrap()).unwrap();
    assert_eq!(stored_case("typing").unwrap()["case"]["title"], "离开前", "pagehide writes at once");

    // Switching to another tab or app: the document becomes hidden.
    book.update("typing", |case| case.title = "切到后台前".into());
    let document_object = js_sys::Object::from(JsValue::from(document()));
    let hidden = js_sys::Object::new();
    js_sys::Reflect::set(&hidden, &"get".into(), &js_sys::Function::new_no_args("return true")).unwrap();
    js_sys::Reflect::set(&hidden, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&document_object, &"hidden".into(), &hidden);
    // As the browser does: at the document, bubbling up to the window.
    js_sys::eval("document.dispatchEvent(new Event('visibilitychange', { bubbles: true }))").unwrap();
    js_sys::Reflect::delete_property(&document_object, &"hidden".into()).unwrap();
    assert_eq!(stored_case("typing").unwrap()["case"]["title"], "切到后台前", "hiding the page writes at once");
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn a_pending_edit_is_written_when_the_book_is_taken_down() {
    clear();
    plant_case(&case("widget", "", 1));
    let (owner, book) = open_book(Shelf::open());
    book.update("widget", |case| case.facts.description = "刚打的字".into());
    assert_eq!(stored_case("widget").unwrap()["case"]["revision"], 1, "still within the save delay");
    // What a host page's removing the widget, or changing one of its attributes, does to it.
    owner.cleanup();
    assert_eq!(stored_case("widget").unwrap()["case"]["facts"]["description"], "刚打的字");
    sleep(500).await;
    assert_eq!(stored_case("widget").unwrap()["case"]["revision"], 2);
}

#[wasm_bindgen_test]
async fn fields_a_newer_version_wrote_survive_this_versions_saves_and_exports() {
    clear();
    let mut entry = json!({ "v": 1, "case": case("newer", "新版本写的", 1) });
    entry["case"]["facts"]["email"] = json!("buyer@example.cn");
    entry["case"]["log"] = json!([{ "said": "客服说可以", "photo": { "name": "chat.png", "bytes": 2048 } }]);
    entry["case"]["colour"] = json!("red");
    local().set_item(&format!("{CASE_PREFIX}newer"), &entry.to_string()).unwrap();
    let (owner, book) = open_book(Shelf::open());
    book.update("newer", |case| case.facts.order_no = "A-1".into());
    book.save_now();
    let stored = stored_case("newer").unwrap();
    assert_eq!(stored["case"]["facts"]["order_no"], "A-1");
    assert_eq!(stored["case"]["facts"]["email"], "buyer@example.cn");
    assert_eq!(stored["case"]["log"][0]["photo"]["name"], "chat.png");
    assert_eq!(stored["case"]["colour"], "red");

    let exported: serde_json::Value = serde_json::from_str(&book.export_json()).unwrap();
    assert_eq!(exported["cases"][0]["facts"]["email"], "buyer@example.cn");
    let mut imported = exported.clone();
    imported["cases"][0]["id"] = json!("from-file");
    imported["cases"][0]["log"][0]["video"] = json!("v.mp4");
    book.import_json(&imported.to_string()).expect("a file with fields this version does not know is taken");
    let stored = stored_case("from-file").unwrap();
    assert_eq!(stored["case"]["log"][0]["video"], "v.mp4");
    assert_eq!(stored["case"]["facts"]["email"], "buyer@example.cn");
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn a_stored_id_that_is_not_a_case_id_is_set_aside() {
    clear();
    let crafted = "x\r\nBEGIN:VEVENT";
    let entry = json!({ "v": 1, "case": case(crafted, "伪造", 1) }).to_string();
    local().set_item(&format!("{CASE_PREFIX}{crafted}"), &entry).unwrap();
    plant_case(&case("fine", "正常", 1));
    let (owner, book) = open_book(Shelf::open());
    let ids: Vec<String> = book.cases().get_untracked().into_iter().map(|case| case.id).collect();
    assert_eq!(ids, vec!["fine"]);
    let aside = book.storage().get_untracked().set_aside;
    assert_eq!(aside.len(), 1);
    assert_eq!(aside[0].raw, entry, "kept aside as it was");
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn an_import_larger_than_the_quota_says_how_many_cases_were_not_stored() {
    clear();
    let (owner, book) = open_book(Shelf::open());
    let fillers = fill_storage();
    // Room for a few cases only.
    for key in fillers.iter().rev().take(4) {
        local().remove_item(key).unwrap();
    }
    let cases: Vec<CaseRecord> = (0..40)
        .map(|n| CaseRecord {
            facts: shouhou::record::Facts { description: "很长的描述".repeat(100), ..Default::default() },
            ..case(&format!("many-{n}"), "导入", 1)
        })
        .collect();
    let summary = book.import_json(&export_with_cases(json!(cases))).expect("a good file");
    let stored = keys(CASE_PREFIX).len();
    assert_eq!(summary.added, 40);
    assert!(stored < 40, "the quota held back some: {stored} stored");
    assert_eq!(summary.not_stored, 40 - stored, "the summary counts what storage did not take");
    let message = shouhou::storage::text::import_summary(shouhou::lang::Lang::ZhCn, &summary);
    assert!(message.contains(&format!("其中 {} 个", 40 - stored)) && message.contains("只在本页"), "{message}");
    assert_eq!(book.storage().get_untracked().save_error, Some(WriteError::QuotaFull));
    for key in fillers {
        local().remove_item(&key).unwrap();
    }
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn benchmark_a_log_of_1000_entries_loads_and_saves_within_a_frame() {
    clear();
    let mut big = rich_case("bench");
    big.log = (0..1000)
        .map(|n| LogEntry {
            on: NaiveDate::from_ymd_opt(2026, 1 + (n % 12) as u32, 1 + (n % 28) as u32),
            time: format!("{:02}:{:02}", n % 24, n % 60),
            channel: "merchant_service".into(),
            who: format!("客服{n}号"),
            said: format!("第 {n} 次沟通：商家答应尽快处理退款，请耐心等待，不要申请平台介入。"),
            promise: "48 小时内回复".into(),
            promised_by: NaiveDate::from_ymd_opt(2026, 12, 1),
            unknown: Default::default(),
        })
        .collect();
    plant_case(&big);
    let bytes = stored(&format!("{CASE_PREFIX}bench")).unwrap().len();
    let performance = web_sys::window().unwrap().performance().unwrap();
    let mut loads = Vec::new();
    let mut saves = Vec::new();
    for round in 0..20 {
        let start = performance.now();
        let (owner, book) = open_book(Shelf::open());
        loads.push(performance.now() - start);
        assert_eq!(in_memory(book, "bench").unwrap().log.len(), 1000);
        let start = performance.now();
        book.update("bench", |case| case.log[round].said.push('。'));
        book.save_now();
        saves.push(performance.now() - start);
        owner.cleanup();
    }
    assert_eq!(stored_case("bench").unwrap()["case"]["revision"], 29);
    // The first round also pays for compiling the code paths; it is shown apart.
    let summary = |times: &mut Vec<f64>| {
        let first = times.remove(0);
        times.sort_by(f64::total_cmp);
        let at = |share: f64| times[((times.len() - 1) as f64 * share) as usize];
        format!("median {:.2} ms, p90 {:.2} ms, max {:.2} ms (first round {first:.2} ms)", at(0.5), at(0.9), at(1.0))
    };
    let report = format!(
        "benchmark: a case with a log of 1,000 entries ({bytes} bytes stored), 20 rounds: load {}; save {}",
        summary(&mut loads),
        summary(&mut saves)
    );
    console_log!("{report}");
}
