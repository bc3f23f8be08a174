//! The storage screens: the banner that says when nothing is kept, a save failed, entries were set
//! aside, or two tabs edited one case; and the data panel (export, import, delete everything, entries
//! kept aside). Opening and deleting one case belong to the case list.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::bundle_panel::BundlePanel;
use crate::i18n::StorageText;
use crate::lang::Lang;
use crate::storage::text::{entry_problem, import_error, import_summary, say};
use crate::storage::{CaseBook, ImportError, SetAside, WriteError, MAX_IMPORT_BYTES};

/// Saves every case as one JSON file through the browser's download.
pub fn download_export(book: CaseBook) {
    let day: String = String::from(js_sys::Date::new_0().to_iso_string()).chars().take(10).collect();
    super::download::download(&format!("shouhou-cases-{day}.json"), "application/json", &book.export_json());
}

/// A fixed text in the screen's language (the app builds these screens again when the language changes).
fn label(lang: Lang, text: StorageText) -> String {
    say(lang, text, &[])
}

fn button(lang: Lang, text: StorageText, testid: &'static str, on_click: impl Fn() + 'static) -> AnyView {
    view! {
        <button type="button" data-testid=testid on:click=move |_| on_click()>
            {label(lang, text)}
        </button>
    }
    .into_any()
}

#[component]
pub fn StorageBanner(#[prop(optional)] lang: Lang) -> impl IntoView {
    let book = CaseBook::expect();
    let storage = book.storage();
    let save_error = move || {
        storage.with(|state| state.save_error).map(|error| {
            let text = if error == WriteError::QuotaFull { StorageText::QuotaFull } else { StorageText::SaveRefused };
            view! {
                <p role="alert" data-testid="save-error">
                    {label(lang, text)}
                    " "
                    {button(lang, StorageText::Export, "export", move || download_export(book))}
                    " "
                    {button(lang, StorageText::Retry, "retry", move || book.save_now())}
                </p>
            }
        })
    };
    let set_aside = move || {
        let count = storage.with(|state| state.set_aside.len());
        (count > 0).then(|| {
            view! {
                <p role="status" data-testid="set-aside-notice">
                    {say(lang, StorageText::SetAsideSummary, &[("count", count.to_string())])}
                </p>
            }
        })
    };
    let notices = move || {
        let (migrated, conflicts) = storage.with(|state| (state.migrated, state.conflicts.clone()));
        let mut lines: Vec<String> = conflicts
            .iter()
            .map(|conflict| {
                let title = if conflict.title.is_empty() {
                    say(lang, StorageText::Untitled, &[])
                } else {
                    conflict.title.clone()
                };
                say(lang, StorageText::ConflictCopy, &[("title", title), ("copy", conflict.copy_title.clone())])
            })
            .collect();
        if migrated > 0 {
            lines.push(say(lang, StorageText::Migrated, &[("count", migrated.to_string())]));
        }
        (!lines.is_empty()).then(|| {
            view! {
                <div role="status" data-testid="storage-notices">
                    {lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                    {button(lang, StorageText::Dismiss, "dismiss", move || book.dismiss_notices())}
                </div>
            }
        })
    };
    // Whether the browser keeps data is known once, when the book opens.
    let memory_only = (!storage.with_untracked(|state| state.keeps_data)).then(|| {
        view! {
            <p role="alert" data-testid="memory-only">
                {label(lang, StorageText::MemoryOnly)}
                " "
                {button(lang, StorageText::Export, "export", move || download_export(book))}
            </p>
        }
    });
    view! {
        <div class="storage-banner" data-testid="storage-banner">
            {memory_only}
            {save_error}
            {set_aside}
            {notices}
        </div>
    }
}

/// Asks before an irreversible step: `question` with a confirm and a cancel button.
fn confirmation(
    lang: Lang,
    testid: &'static str,
    question: impl IntoView + 'static,
    confirm: StorageText,
    on_confirm: impl Fn() + 'static,
    asking: RwSignal<bool>,
) -> AnyView {
    view! {
        <span role="alertdialog" data-testid=testid>
            {question}
            " "
            {button(
                lang,
                confirm,
                "confirm",
                move || {
                    on_confirm();
                    asking.set(false);
                },
            )}
            " "
            {button(lang, StorageText::Cancel, "cancel", move || asking.set(false))}
        </span>
    }
    .into_any()
}

#[component]
pub fn DataPanel(#[prop(optional)] lang: Lang) -> impl IntoView {
    let book = CaseBook::expect();
    let import_result: RwSignal<Option<Result<String, String>>> = RwSignal::new(None);
    let show_import = move |result: Result<String, String>| import_result.set(Some(result));
    let import_text = move |text: String| {
        show_import(match book.import_json(&text) {
            Ok(summary) => Ok(import_summary(lang, &summary)),
            Err(error) => Err(import_error(lang, &error)),
        })
    };
    let on_file = move |event: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&event);
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        if file.size() > MAX_IMPORT_BYTES as f64 {
            let error = ImportError::TooLarge { bytes: file.size() as usize };
            return show_import(Err(import_error(lang, &error)));
        }
        read_text(file, import_text, move || show_import(Err(say(lang, StorageText::ReadFailed, &[]))));
    };
    let confirm_all = RwSignal::new(false);
    let case_count = move || book.cases().with(Vec::len);
    view! {
        <section class="data-panel" data-testid="data-panel">
            <h2>{label(lang, StorageText::PanelTitle)}</h2>
            <p>{button(lang, StorageText::Export, "export", move || download_export(book))}</p>
            <p>
                <label class="button secondary file-button">
                    {label(lang, StorageText::ImportLabel)}
                    <input type="file" accept=".json,application/json" data-testid="import" on:change=on_file />
                </label>
            </p>
            {move || {
                import_result
                    .get()
                    .map(|result| match result {
                        Ok(text) => {
                            view! {
                                <p role="status" data-testid="import-done">
                                    {text}
                                </p>
                            }
                                .into_any()
                        }
                        Err(text) => {
                            view! {
                                <p role="alert" data-testid="import-error">
                                    {text}
                                </p>
                            }
                                .into_any()
                        }
                    })
            }}
            <BundlePanel lang />
            {move || {
                (case_count() > 0)
                    .then(|| {
                        view! {
                            <p>{button(lang, StorageText::DeleteAll, "delete-all", move || confirm_all.set(true))}</p>
                        }
                    })
            }}
            {move || {
                confirm_all
                    .get()
                    .then(|| {
                        confirmation(
                            lang,
                            "confirm-delete-all",
                            move || say(lang, StorageText::ConfirmDeleteAll, &[("count", case_count().to_string())]),
                            StorageText::DeleteAll,
                            move || book.delete_all(),
                            confirm_all,
                        )
                    })
            }}
            <SetAsideList lang />
        </section>
    }
}

#[component]
fn SetAsideList(lang: Lang) -> impl IntoView {
    let book = CaseBook::expect();
    move || {
        let entries = book.storage().with(|state| state.set_aside.clone());
        (!entries.is_empty()).then(|| {
            view! {
                <h3>{label(lang, StorageText::SetAsideTitle)}</h3>
                <ul data-testid="set-aside-list">
                    {entries.into_iter().map(|entry| view! { <SetAsideRow entry lang /> }).collect_view()}
                </ul>
            }
        })
    }
}

#[component]
fn SetAsideRow(entry: SetAside, lang: Lang) -> impl IntoView {
    let book = CaseBook::expect();
    let confirming = RwSignal::new(false);
    let SetAside { original_key, problem, raw, key, .. } = entry;
    let copy_text = raw.clone();
    let copy = move || {
        let _ = window().navigator().clipboard().write_text(&copy_text);
    };
    let can_discard = !key.is_empty();
    view! {
        <li data-testid="set-aside-entry">
            <p data-testid="set-aside-problem">{entry_problem(lang, &original_key, &problem)}</p>
            <textarea readonly data-testid="set-aside-raw" rows="4">
                {raw}
            </textarea>
            {button(lang, StorageText::CopyText, "copy", copy)}
            " "
            {can_discard.then(|| button(lang, StorageText::Discard, "discard", move || confirming.set(true)))}
            {move || {
                confirming
                    .get()
                    .then(|| {
                        let key = key.clone();
                        let question = label(lang, StorageText::ConfirmDiscard);
                        confirmation(
                            lang,
                            "confirm-discard",
                            question,
                            StorageText::Discard,
                            move || book.discard_set_aside(&key),
                            confirming,
                        )
                    })
            }}
        </li>
    }
}

/// Reads a chosen file as text, then calls `done` (or `failed`).
fn read_text(file: web_sys::File, done: impl FnOnce(String) + 'static, failed: impl Fn() + Copy + 'static) {
    let Ok(reader) = web_sys::FileReader::new() else { return failed() };
    let result_reader = reader.clone();
    let onload = Closure::once_into_js(move || match result_reader.result().ok().and_then(|text| text.as_string()) {
        Some(text) => done(text),
        None => failed(),
    });
    let onerror = Closure::once_into_js(failed);
    reader.set_onload(Some(onload.unchecked_ref()));
    reader.set_onerror(Some(onerror.unchecked_ref()));
    if reader.read_as_text(&file).is_err() {
        failed();
    }
}
