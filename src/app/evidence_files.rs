//! Evidence files on the evidence step and in the case file (issue 16): attach from the camera or from
//! files, thumbnails, a full view, a note per file, delete with confirmation, and the space used and
//! left. The bytes stay in `storage::files`; the case record lists them.

use std::sync::{Arc, Mutex};

use js_sys::Reflect;
use leptos::leptos_dom::helpers::window_event_listener_untyped;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::Url;

use super::locale::Locale;
use crate::i18n::EvidenceText;
use crate::lang::Lang;
use crate::record::{byte_size, EvidenceFile};
use crate::rules::Evidence;
use crate::storage::files::{self, MAX_FILE_BYTES};
use crate::storage::text::say_file;
use crate::storage::{CaseBook, WriteError};

const ACCEPT: &str = "image/*,video/*,application/pdf";

/// What the evidence step shares with its rows: the id of the file open in the full view, the latest
/// messages (what was added; what was refused, one line each) and the row they are about (shown there,
/// under the buttons the buyer just used, not at the top of a long page), and a counter that asks the
/// space line to look again. Signal types the app already has, so the browser build gains no new
/// instances.
#[derive(Clone, Copy)]
pub struct FileDesk {
    viewing: RwSignal<Option<String>>,
    about: RwSignal<Option<String>>,
    done: RwSignal<Option<String>>,
    refused: RwSignal<Option<String>>,
    stored: RwSignal<u32>,
}

impl FileDesk {
    pub fn provide() -> FileDesk {
        let desk = FileDesk {
            viewing: RwSignal::new(None),
            about: RwSignal::new(None),
            done: RwSignal::new(None),
            refused: RwSignal::new(None),
            stored: RwSignal::new(0),
        };
        provide_context(desk);
        desk
    }
}

fn text(lang: Lang, text: EvidenceText) -> String {
    say_file(lang, text, &[])
}

/// An object URL for a kept file while the calling component lives (revoked on cleanup); an empty
/// string once it is known that this device does not have the file.
fn file_url(id: String) -> ReadSignal<Option<String>> {
    let url = RwSignal::new(None);
    // (component gone, URL made): the URL is revoked by whichever of the two comes second.
    let slot = Arc::new(Mutex::new((false, None::<String>)));
    let made_slot = slot.clone();
    spawn_local(async move {
        let made = files::get(&id).await.and_then(|blob| Url::create_object_url_with_blob(&blob).ok());
        let mut slot = made_slot.lock().unwrap();
        match (slot.0, made) {
            (true, Some(made)) => _ = Url::revoke_object_url(&made),
            (true, None) => {}
            (false, made) => {
                slot.1 = made.clone();
                url.try_set(Some(made.unwrap_or_default()));
            }
        }
    });
    on_cleanup(move || {
        let mut slot = slot.lock().unwrap();
        slot.0 = true;
        if let Some(made) = slot.1.take() {
            _ = Url::revoke_object_url(&made);
        }
    });
    url.read_only()
}

/// A file's picture: the image itself, a video's first frame, or the word PDF.
#[component]
fn Preview(file: EvidenceFile, #[prop(optional)] full: bool) -> impl IntoView {
    let lang = Locale::expect().lang();
    let url = file_url(file.id.clone());
    let name = file.name.clone();
    move || match url.get() {
        None => view! {
            <span class="file-loading" aria-hidden="true">
                "…"
            </span>
        }
        .into_any(),
        Some(src) if src.is_empty() => view! {
            <span class="file-missing" data-testid="file-missing">
                {text(lang, EvidenceText::Missing)}
            </span>
        }
        .into_any(),
        Some(src) if file.is_image() => view! { <img src=src alt=name.clone() data-testid="file-image" /> }.into_any(),
        Some(src) if file.is_video() => {
            view! { <video src=src controls=full muted=true preload="metadata" data-testid="file-video"></video> }
                .into_any()
        }
        Some(src) if full => view! { <PdfView src name=name.clone() /> }.into_any(),
        Some(_) => view! { <span class="file-kind">"PDF"</span> }.into_any(),
    }
}

/// A PDF in the full view: shown in a frame where the page's policy allows framing it (a host page's
/// may not: the frame is then taken away and a sentence says so), and always the buttons to open it in
/// the browser's own viewer (what a phone does best) and to save a copy under its name.
#[component]
fn PdfView(src: String, name: String) -> impl IntoView {
    let lang = Locale::expect().lang();
    let blocked = RwSignal::new(false);
    let refusal = window_event_listener_untyped("securitypolicyviolation", move |event| {
        let said = |key: &str| Reflect::get(&event, &key.into()).ok().and_then(|value| value.as_string());
        if said("effectiveDirective").as_deref() == Some("frame-src")
            && said("blockedURI").is_some_and(|uri| uri.starts_with("blob"))
        {
            blocked.try_set(true);
        }
    });
    on_cleanup(move || refusal.remove());
    let frame_src = src.clone();
    let frame_name = name.clone();
    view! {
        <div class="file-pdf">
            {move || {
                if blocked.get() {
                    view! {
                        <p class="file-pdf-blocked" data-testid="file-pdf-blocked">
                            {text(lang, EvidenceText::PdfNotShown)}
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <iframe src=frame_src.clone() title=frame_name.clone() data-testid="file-pdf-frame"></iframe>
                    }
                        .into_any()
                }
            }} <p class="file-pdf-actions">
                <a class="button" href=src.clone() target="_blank" rel="noopener" data-testid="file-open">
                    {text(lang, EvidenceText::OpenPdf)}
                </a>
                <a class="button secondary" href=src download=name data-testid="file-save">
                    {text(lang, EvidenceText::SavePdf)}
                </a>
            </p>
        </div>
    }
}

/// The files attached to one evidence item, and the inputs that attach more: each a button in the
/// screen's language (the label), its native input (whose own button speaks the browser's language)
/// hidden from sight but still the one that takes the focus and the keys.
#[component]
pub fn EvidenceFiles(evidence: Evidence, #[prop(into)] case_id: String, #[prop(into)] testid: String) -> impl IntoView {
    let lang = Locale::expect().lang();
    let book = CaseBook::expect();
    let desk = expect_context::<FileDesk>();
    let case_id = StoredValue::new(case_id);
    let testid = StoredValue::new(testid);
    let attached = Memo::new(move |_| {
        book.cases().with(|cases| {
            cases
                .iter()
                .find(|case| case.id == case_id.get_value())
                .map(|case| case.files.iter().filter(|file| file.evidence == evidence).cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let on_files = move |event: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&event);
        let Some(list) = input.files() else { return };
        let chosen: Vec<web_sys::File> = (0..list.length()).filter_map(|index| list.get(index)).collect();
        input.set_value("");
        desk.about.set(Some(testid.get_value()));
        spawn_local(attach(book, case_id.get_value(), evidence, chosen, lang, desk));
    };
    let messages_here = move || desk.about.with(|about| about.as_deref() == Some(testid.get_value().as_str()));
    view! {
        <div class="evidence-files">
            <ul class="file-list" data-testid=format!("{}-files", testid.get_value())>
                {move || {
                    attached
                        .get()
                        .into_iter()
                        .map(|file| view! { <FileCard file case_id=case_id.get_value() /> })
                        .collect_view()
                }}
            </ul>
            <p class="file-inputs">
                <label class="button secondary file-button">
                    {text(lang, EvidenceText::AddFiles)}
                    <input
                        type="file"
                        accept=ACCEPT
                        multiple=true
                        data-testid=format!("{}-add", testid.get_value())
                        on:change=on_files
                    />
                </label>
                <label class="button secondary file-button">
                    {text(lang, EvidenceText::TakePhoto)}
                    <input
                        type="file"
                        accept="image/*,video/*"
                        capture="environment"
                        data-testid=format!("{}-camera", testid.get_value())
                        on:change=on_files
                    />
                </label>
            </p>
            {move || messages_here().then(|| view! { <FileMessages /> })}
        </div>
    }
}

/// Checks and keeps each chosen file, one after another; a file that cannot be kept is named in a
/// message and changes nothing else.
async fn attach(
    book: CaseBook,
    case_id: String,
    evidence: Evidence,
    chosen: Vec<web_sys::File>,
    lang: Lang,
    desk: FileDesk,
) {
    let mut refused = Vec::new();
    let mut added = 0;
    for file in chosen {
        let name = file.name();
        let size = file.size();
        let media_type = file.type_();
        let refuse = |text: EvidenceText, extra: Option<(&'static str, String)>| {
            let mut values = vec![("name", name.clone()), ("size", byte_size(size as u64))];
            values.extend(extra);
            say_file(lang, text, &values)
        };
        if !["image/", "video/", "application/pdf"].iter().any(|kind| media_type.starts_with(kind)) {
            refused.push(refuse(EvidenceText::WrongType, None));
            continue;
        }
        if size > MAX_FILE_BYTES {
            refused.push(refuse(EvidenceText::TooBig, Some(("limit", byte_size(MAX_FILE_BYTES as u64)))));
            continue;
        }
        if let Some((used, quota)) = files::estimate().await {
            if size > quota - used {
                refused.push(refuse(EvidenceText::NoRoom, Some(("left", byte_size((quota - used).max(0.0) as u64)))));
                continue;
            }
        }
        let Ok(sha256) = files::sha256_hex(&file).await else {
            refused.push(refuse(EvidenceText::HashFailed, None));
            continue;
        };
        desk.done.try_set(Some(say_file(lang, EvidenceText::Adding, &[("name", name.clone())])));
        let id = format!("f{}-{:x}", js_sys::Date::now() as u64, (js_sys::Math::random() * 1e12) as u64);
        match files::put_all(&[(id.clone(), file.into())]).await {
            Err(WriteError::QuotaFull) => refused.push(refuse(EvidenceText::QuotaFull, None)),
            Err(WriteError::Refused) => refused.push(refuse(EvidenceText::SaveFailed, None)),
            Ok(()) => {
                let added_ms = js_sys::Date::now();
                let record = EvidenceFile {
                    id,
                    evidence,
                    note: String::new(),
                    name: name.clone(),
                    media_type,
                    size: size as u64,
                    added_ms,
                    sha256,
                    location_removed_from: String::new(),
                    unknown: Default::default(),
                };
                book.update(&case_id, |case| case.files.push(record));
                added += 1;
            }
        }
    }
    if added > 0 {
        desk.done.try_set(Some(say_file(lang, EvidenceText::Added, &[("count", added.to_string())])));
        desk.stored.try_update(|count| *count += 1);
    }
    if added == 0 {
        desk.done.try_set(None);
    }
    desk.refused.try_set((!refused.is_empty()).then(|| refused.join("\n")));
}

/// One attached file: its picture (opens the full view), name, size, fingerprint, note and delete.
#[component]
fn FileCard(file: EvidenceFile, case_id: String) -> impl IntoView {
    let lang = Locale::expect().lang();
    let book = CaseBook::expect();
    let desk = expect_context::<FileDesk>();
    let asking = RwSignal::new(false);
    let id = StoredValue::new(file.id.clone());
    let case_id = StoredValue::new(case_id);
    let note_id = format!("file-note-{}", file.id);
    // Closing the full view puts the focus back on the thumbnail that opened it.
    let thumb = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |was_open: Option<bool>| {
        let open = desk.viewing.with(|viewing| viewing.as_deref() == Some(id.get_value().as_str()));
        if was_open == Some(true) && !open {
            if let Some(thumb) = thumb.get_untracked() {
                let _ = thumb.focus();
            }
        }
        open
    });
    let set_note = move |event: leptos::ev::Event| {
        let note = event_target_value(&event);
        book.update(&case_id.get_value(), |case| {
            if let Some(file) = case.files.iter_mut().find(|file| file.id == id.get_value()) {
                file.note = note;
            }
        });
    };
    let delete = move |_| {
        asking.set(false);
        book.update(&case_id.get_value(), |case| case.files.retain(|file| file.id != id.get_value()));
        files::forget(Some(vec![id.get_value()]));
        desk.stored.update(|count| *count += 1);
    };
    let shown = file.id.clone();
    let name = file.name.clone();
    view! {
        <li class="file-card" data-testid="file-card" data-sha256=file.sha256.clone()>
            <button
                type="button"
                class="file-thumb"
                node_ref=thumb
                aria-label=format!("{} {}", text(lang, EvidenceText::View), file.name)
                data-testid="file-view"
                on:click=move |_| desk.viewing.set(Some(shown.clone()))
            >
                <Preview file=file.clone() />
            </button>
            <div class="file-about">
                <p class="file-name" data-testid="file-name">
                    {file.name.clone()}
                </p>
                <p class="file-meta">{byte_size(file.size)}</p>
                <p class="file-hash">
                    <span class="file-hash-label">{text(lang, EvidenceText::Fingerprint)}</span>
                    " "
                    <code data-testid="file-sha256">{file.sha256.clone()}</code>
                </p>
                <div class="field">
                    <label for=note_id.clone()>{text(lang, EvidenceText::FileNote)}</label>
                    <input id=note_id type="text" data-testid="file-note" value=file.note.clone() on:change=set_note />
                </div>
                <p>
                    <button type="button" data-testid="file-delete" on:click=move |_| asking.set(true)>
                        {text(lang, EvidenceText::Delete)}
                    </button>
                </p>
                {move || {
                    asking
                        .get()
                        .then(|| {
                            view! {
                                <div role="alertdialog" class="file-confirm" data-testid="confirm-file-delete">
                                    <p>{say_file(lang, EvidenceText::ConfirmDelete, &[("name", name.clone())])}</p>
                                    <p class="file-confirm-actions">
                                        <button
                                            type="button"
                                            class="button danger small"
                                            data-testid="confirm"
                                            on:click=delete
                                        >
                                            {text(lang, EvidenceText::Delete)}
                                        </button>
                                        <button
                                            type="button"
                                            class="button secondary small"
                                            data-testid="cancel"
                                            on:click=move |_| asking.set(false)
                                        >
                                            {text(lang, EvidenceText::Cancel)}
                                        </button>
                                    </p>
                                </div>
                            }
                        })
                }}
            </div>
        </li>
    }
}

/// The full view of the file opened from a thumbnail; Escape or the close button leaves it.
#[component]
pub fn FileViewer(#[prop(into)] case_id: String) -> impl IntoView {
    let lang = Locale::expect().lang();
    let book = CaseBook::expect();
    let desk = expect_context::<FileDesk>();
    let close = move || desk.viewing.set(None);
    let close_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = close_button.get() {
            let _ = button.focus();
        }
    });
    move || {
        let id = desk.viewing.get()?;
        let file = book.get(&case_id)?.files.into_iter().find(|file| file.id == id)?;
        Some(view! {
            <div
                class="file-viewer"
                role="dialog"
                aria-modal="true"
                aria-label=file.name.clone()
                data-testid="file-viewer"
                on:keydown=move |event| {
                    if event.key() == "Escape" {
                        close()
                    }
                }
            >
                <p class="file-viewer-bar">
                    <span>{file.name.clone()}</span>
                    " "
                    <button type="button" node_ref=close_button data-testid="viewer-close" on:click=move |_| close()>
                        {text(lang, EvidenceText::Close)}
                    </button>
                </p>
                <div class="file-viewer-body">
                    <Preview file=file.clone() full=true />
                </div>
            </div>
        })
    }
}

/// The space used and left on this device, the limit for one file, and whether the browser keeps them.
#[component]
pub fn FileStatus() -> impl IntoView {
    let lang = Locale::expect().lang();
    let desk = expect_context::<FileDesk>();
    let space = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        desk.stored.track();
        spawn_local(async move {
            let Some((used, quota)) = files::estimate().await else { return };
            let mut line = say_file(
                lang,
                EvidenceText::SpaceUsed,
                &[
                    ("used", byte_size(used as u64)),
                    ("left", byte_size((quota - used).max(0.0) as u64)),
                    ("limit", byte_size(MAX_FILE_BYTES as u64)),
                ],
            );
            if files::kept_on_device().await {
                let kept =
                    if files::ask_to_persist().await { EvidenceText::Persisted } else { EvidenceText::NotPersisted };
                line.push_str(lang.sentence_gap());
                line.push_str(&text(lang, kept));
            }
            space.try_set(Some(line));
        });
    });
    view! {
        <p class="note" data-testid="file-space">
            {move || space.get()}
        </p>
    }
}

/// What became of the files just chosen: added, or refused with the reason, one line each.
#[component]
fn FileMessages() -> impl IntoView {
    let desk = expect_context::<FileDesk>();
    view! {
        <div class="file-messages">
            {move || {
                desk.done
                    .get()
                    .map(|line| {
                        view! {
                            <p role="status" data-testid="file-notice">
                                {line}
                            </p>
                        }
                    })
            }}
            {move || {
                desk.refused
                    .get()
                    .map(|lines| {
                        view! {
                            <p role="alert" class="file-problem" data-testid="file-problem">
                                {lines}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// A file in the case file or the print view: thumbnail (images), name and the line with its fingerprint.
#[component]
pub fn FileRow(name: String, detail: String, file_id: String, image: bool) -> impl IntoView {
    let url = image.then(|| file_url(file_id));
    let alt = name.clone();
    view! {
        <li class="sheet-file" data-testid="sheet-file">
            {url
                .map(|url| move || {
                    url.get()
                        .filter(|src| !src.is_empty())
                        .map(|src| {
                            view! { <img class="sheet-thumb" src=src alt=alt.clone() data-testid="file-image" /> }
                        })
                })}
            <span class="sheet-file-name">{name}</span>
            <span class="sheet-file-detail">{detail}</span>
        </li>
    }
}
