//! A live draft for one purpose (the platform ticket, a follow-up, an intervention request, a 12315
//! complaint, ...), rebuilt as the buyer types. It is written in its recipient's language (Chinese), with a
//! reading copy in the screen's language beside it when the two differ, and a Copy button that warns
//! first when places are still unfilled and then says whether copying worked.

use chrono::Days;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use super::case_view::CaseCtx;
use super::locale::Locale;
use super::route::{Link, Step};
use crate::drafting::{self, Draft, DraftOptions, Purpose};
use crate::followup::{texts, ANSWER_WITHIN_DAYS};
use crate::lang::Lang;

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    /// The draft has unfilled places: the buyer is asked before copying.
    Confirming,
    Copied,
    Failed,
}

#[component]
pub fn DraftPanel(purpose: Purpose) -> impl IntoView {
    let locale = Locale::expect();
    let ctx = CaseCtx::expect();
    let (ui, screen_lang) = (locale.ui(), locale.lang());
    let send_lang = RwSignal::new(purpose.recipient_lang());
    let not_offered = Memo::new(move |_| {
        let status = ctx.record.with(|record| record.status());
        ctx.case.with(|case| case.as_ref().ok().and_then(|case| purpose.not_offered(case, status)))
    });
    let drafts = Memo::new(move |_| {
        let decision = ctx.decision.get()?;
        let send = send_lang.get();
        ctx.case.with(|case| {
            let case = case.as_ref().ok()?;
            ctx.record.with(|record| {
                let options = DraftOptions {
                    answer_by: ctx.today.checked_add_days(Days::new(ANSWER_WITHIN_DAYS)),
                    ..DraftOptions::from_record(record)
                };
                let sent = drafting::draft(purpose, send, case, &decision, &record.facts, &options);
                let reading = (send != screen_lang)
                    .then(|| drafting::reading_copy(&sent, screen_lang, case, &decision, &record.facts, &options));
                let other_language: Vec<String> = drafting::quoted_in_other_language(&sent, &options.contacts)
                    .into_iter()
                    .filter_map(|entry| entry.on.map(|on| texts(screen_lang).date(on)))
                    .collect();
                Some((sent, reading, other_language))
            })
        })
    });
    let copy_state = RwSignal::new(None::<CopyState>);
    let testid = purpose.id();
    let draft = move || {
        view! {
            <div
                class="draft"
                data-testid=format!("draft-{testid}")
                role="group"
                aria-label=(ui.purpose)(purpose)
                tabindex="-1"
            >
                <label class="draft-lang">
                    <input
                        type="checkbox"
                        data-testid="draft-send-english"
                        prop:checked=move || send_lang.get() == Lang::En
                        on:change=move |event| {
                            copy_state.set(None);
                            let lang = if event_target_checked(&event) { Lang::En } else { purpose.recipient_lang() };
                            spawn_local(async move {
                                if super::lazy_screens::load_language(lang).await {
                                    send_lang.set(lang);
                                }
                            });
                        }
                    />
                    {ui.draft_send_english}
                </label>
                {move || match drafts.get() {
                    None => {
                        view! {
                            <p class="note" data-testid="draft-waiting">
                                {ui.draft_waiting}
                            </p>
                        }
                            .into_any()
                    }
                    Some((draft, reading, other_language)) => {
                        view! { <DraftBody draft reading other_language copy_state /> }.into_any()
                    }
                }}
            </div>
        }
    };
    move || match not_offered.get() {
        Some(reason) => view! {
            <p class="note" data-testid=format!("draft-{testid}-not-offered")>
                {(ui.draft_not_offered)(reason)}
            </p>
        }
        .into_any(),
        None => draft().into_any(),
    }
}

#[component]
fn DraftBody(
    draft: Draft,
    reading: Option<Draft>,
    /// The dates of the log notes the draft quotes in another language than its own.
    other_language: Vec<String>,
    copy_state: RwSignal<Option<CopyState>>,
) -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    let lang = draft.lang;
    let text = draft.text.clone();
    let count = draft.char_count();
    let max = draft.limit.as_ref().map(|limit| limit.max);
    let unverified = draft.limit.as_ref().is_some_and(|limit| !limit.verified);
    let unfilled = draft.missing.len();
    let write_clipboard = move || {
        let text = text.clone();
        spawn_local(async move {
            let copied = match window().navigator().clipboard() {
                clipboard if !clipboard.is_undefined() => JsFuture::from(clipboard.write_text(&text)).await.is_ok(),
                _ => false,
            };
            copy_state.try_set(Some(if copied { CopyState::Copied } else { CopyState::Failed }));
        });
    };
    let copy = {
        let write_clipboard = write_clipboard.clone();
        move |_| {
            if unfilled > 0 {
                copy_state.set(Some(CopyState::Confirming));
            } else {
                copy_state.set(None);
                write_clipboard();
            }
        }
    };
    let copy_anyway = move |_| {
        copy_state.set(None);
        write_clipboard();
    };
    let screen = Locale::expect().lang();
    let cuts = (!draft.cuts.is_empty()).then(|| {
        let labels: Vec<&str> = draft.cuts.iter().map(|cut| cut.label(screen)).collect();
        format!(
            "{}{}",
            (ui.draft_cuts)(max.unwrap_or_default()),
            labels.join(if screen == Lang::ZhCn { "；" } else { "; " })
        )
    });
    let missing_labels: Vec<&'static str> = draft.missing.iter().map(|slot| slot.label(screen)).collect();
    let fields = (!draft.fields_apart().is_empty()).then(|| {
        view! {
            <dl class="draft-fields" lang=lang.code()>
                {draft
                    .fields_apart()
                    .iter()
                    .map(|field| {
                        view! {
                            <dt>{field.label.clone()}</dt>
                            <dd>{field.value.clone()}</dd>
                        }
                    })
                    .collect_view()}
            </dl>
        }
    });
    let has_reading = reading.is_some();
    view! {
        <div class="draft-pair" class:with-reading=has_reading>
            <div class="draft-send">
                {has_reading
                    .then(|| {
                        view! {
                            <p class="draft-label" data-testid="draft-send-label">
                                {(ui.draft_send_label)(lang)}
                            </p>
                        }
                    })} {fields} <pre class="draft-text" data-testid="draft-text" lang=lang.code() tabindex="0">
                    {draft.text.clone()}
                </pre>
            </div>
            {reading
                .map(|reading| {
                    view! {
                        <div class="draft-reading" data-testid="draft-reading">
                            <p class="draft-label">{ui.draft_reading_copy}</p>
                            <pre
                                class="draft-text reading"
                                data-testid="draft-reading-text"
                                lang=reading.lang.code()
                                tabindex="0"
                            >
                                {reading.text}
                            </pre>
                        </div>
                    }
                })}
        </div>
        {(!other_language.is_empty())
            .then(|| {
                let separator = if screen == Lang::ZhCn { "、" } else { ", " };
                view! {
                    <p class="draft-other-language" role="note" data-testid="draft-other-language">
                        {(ui.draft_quotes_other_language)(lang, &other_language.join(separator))}
                        <Link to=ctx.route(Some(Step::Progress))>{ui.log_heading}</Link>
                    </p>
                }
            })}
        <p class="draft-meta">
            <span data-testid="draft-chars">{(ui.draft_chars)(count, max)}</span>
            {unverified.then_some(ui.draft_limit_unverified)}
        </p>
        {cuts
            .map(|cuts| {
                view! {
                    <p class="draft-cuts" data-testid="draft-cuts">
                        {cuts}
                    </p>
                }
            })}
        {(!draft.missing.is_empty())
            .then(|| {
                let labels = missing_labels.clone();
                view! {
                    <div class="draft-missing" data-testid="draft-missing">
                        <p>{ui.draft_missing}{ui.colon}</p>
                        <ul>{labels.into_iter().map(|label| view! { <li>{label}</li> }).collect_view()}</ul>
                    </div>
                }
            })}
        <div class="copy-row">
            <button type="button" class="button primary" data-testid="copy-draft" on:click=copy>
                {ui.copy}
            </button>
            <span class="copy-result" data-testid="copy-result" role="status" aria-live="polite">
                {move || {
                    copy_state
                        .get()
                        .and_then(|state| match state {
                            CopyState::Copied => Some(ui.copied),
                            CopyState::Failed => Some(ui.copy_failed),
                            CopyState::Confirming => None,
                        })
                }}
            </span>
        </div>
        {move || {
            (copy_state.get() == Some(CopyState::Confirming))
                .then(|| {
                    let labels = missing_labels.join(if screen == Lang::ZhCn { "、" } else { ", " });
                    view! {
                        <div class="copy-check" data-testid="copy-check" role="alertdialog" aria-live="assertive">
                            <p>{(ui.copy_check)(unfilled)}" "{labels}</p>
                            <button
                                type="button"
                                class="button secondary"
                                data-testid="copy-anyway"
                                on:click=copy_anyway.clone()
                            >
                                {ui.copy_anyway}
                            </button>
                            " "
                            <button
                                type="button"
                                class="button primary"
                                data-testid="copy-back"
                                on:click=move |_| copy_state.set(None)
                            >
                                {ui.copy_back}
                            </button>
                        </div>
                    }
                })
        }}
    }
}
