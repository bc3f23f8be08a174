//! A live draft for one purpose (the platform ticket, a follow-up, an intervention request, a 12315
//! complaint, ...), rebuilt as the buyer types, with a Copy button that says whether copying worked.

use chrono::Days;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use super::case_view::CaseCtx;
use super::locale::Locale;
use crate::drafting::{self, Draft, DraftOptions, Purpose};
use crate::record::CaseRecord;

/// The day a request asks an answer by: three days on, as the seeds' example asks (我希望在3天…).
const ANSWER_WITHIN_DAYS: u64 = 3;

fn options(record: &CaseRecord, today: chrono::NaiveDate) -> DraftOptions {
    let promised = record.log.iter().rev().find(|entry| !entry.promise.is_empty() || entry.promised_by.is_some());
    DraftOptions {
        answer_by: today.checked_add_days(Days::new(ANSWER_WITHIN_DAYS)),
        evidence: record.evidence_in_hand(),
        promise: promised.map(|entry| entry.promise.clone()).unwrap_or_default(),
        promised_on: promised.and_then(|entry| entry.promised_by),
        change: record.facts.change.clone(),
        cancel_reason: record.facts.cancel_reason.clone(),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum CopyResult {
    Copied,
    Failed,
}

#[component]
pub fn DraftPanel(purpose: Purpose) -> impl IntoView {
    let locale = Locale::expect();
    let ctx = CaseCtx::expect();
    let (ui, lang) = (locale.ui(), locale.lang());
    let draft = Memo::new(move |_| {
        let decision = ctx.decision.get()?;
        ctx.case.with(|case| {
            let case = case.as_ref().ok()?;
            ctx.record.with(|record| {
                Some(drafting::draft(purpose, lang, case, &decision, &record.facts, &options(record, ctx.today)))
            })
        })
    });
    let copy_result = RwSignal::new(None::<CopyResult>);
    let testid = purpose.id();
    view! {
        <div class="draft" data-testid=format!("draft-{testid}") role="group" aria-label=(ui.purpose)(purpose) tabindex="-1">
            {move || match draft.get() {
                None => view! { <p class="note" data-testid="draft-waiting">{ui.draft_waiting}</p> }.into_any(),
                Some(draft) => view! { <DraftBody draft=draft copy_result=copy_result/> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn DraftBody(draft: Draft, copy_result: RwSignal<Option<CopyResult>>) -> impl IntoView {
    let ui = Locale::expect().ui();
    let lang = draft.lang;
    let text = draft.text.clone();
    let count = draft.char_count();
    let max = draft.limit.as_ref().map(|limit| limit.max);
    let copy = move |_| {
        copy_result.set(None);
        let text = text.clone();
        spawn_local(async move {
            let copied = match window().navigator().clipboard() {
                clipboard if !clipboard.is_undefined() => JsFuture::from(clipboard.write_text(&text)).await.is_ok(),
                _ => false,
            };
            copy_result.try_set(Some(if copied { CopyResult::Copied } else { CopyResult::Failed }));
        });
    };
    view! {
        {(!draft.fields.is_empty()).then(|| {
            view! {
                <dl class="draft-fields">
                    {draft
                        .fields
                        .iter()
                        .map(|field| view! { <dt>{field.label.clone()}</dt><dd>{field.value.clone()}</dd> })
                        .collect_view()}
                </dl>
            }
        })}
        <pre class="draft-text" data-testid="draft-text" tabindex="0">{draft.text.clone()}</pre>
        <p class="draft-meta">
            <span data-testid="draft-chars">{(ui.draft_chars)(count, max)}</span>
            {draft.shortened.then(|| view! { " · "{ui.draft_shortened} })}
        </p>
        {(!draft.missing.is_empty()).then(|| {
            view! {
                <div class="draft-missing" data-testid="draft-missing">
                    <p>{ui.draft_missing}{ui.colon}</p>
                    <ul>{draft.missing.iter().map(|slot| view! { <li>{slot.label(lang)}</li> }).collect_view()}</ul>
                </div>
            }
        })}
        <div class="copy-row">
            <button type="button" class="button primary" data-testid="copy-draft" on:click=copy>
                {ui.copy}
            </button>
            <span class="copy-result" data-testid="copy-result" role="status" aria-live="polite">
                {move || copy_result.get().map(|result| match result {
                    CopyResult::Copied => ui.copied,
                    CopyResult::Failed => ui.copy_failed,
                })}
            </span>
        </div>
    }
}
