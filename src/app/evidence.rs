//! Step 2, 收集证据: the decision's evidence list as a checklist, each item with why it matters and how
//! to capture it, a done tick and a note, its files (`evidence_files`), and a completeness meter that
//! counts an item with a file or a tick.

use leptos::prelude::*;

use super::case_fields::NeedsCase;
use super::case_view::CaseCtx;
use super::choices::{from_id, id_of};
use super::evidence_files::{EvidenceFiles, FileDesk, FileStatus, FileViewer};
use super::locale::Locale;
use super::widgets::{GuidePoints, StepIntro};
use crate::record::EvidenceItem;
use crate::rules::{Category, Evidence};

#[component]
pub fn EvidenceStep() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    FileDesk::provide();
    // The decision (a memo) changes only with the case form, never with the ticks and notes made here.
    let wanted = move || ctx.decision.with(|decision| decision.as_ref().map(|decision| decision.evidence.clone()));
    let done_count = move || {
        let wanted = wanted().unwrap_or_default();
        ctx.record.with(|record| wanted.iter().filter(|evidence| record.has_evidence(**evidence)).count())
    };
    view! {
        <StepIntro pick=|guide| &guide.steps.evidence />
        {move || match wanted() {
            None => view! { <NeedsCase /> }.into_any(),
            Some(list) => {
                let total = list.len();
                view! {
                    <div class="meter-row">
                        <progress
                            max=total.to_string()
                            value=move || done_count().to_string()
                            aria-labelledby="evidence-meter"
                        ></progress>
                        <span id="evidence-meter" data-testid="evidence-meter" aria-live="polite">
                            {move || (ui.evidence_meter)(done_count(), total)}
                        </span>
                    </div>
                    <FileStatus />
                    <ul class="checklist" data-testid="evidence-list">
                        {list.into_iter().map(|evidence| view! { <EvidenceRow evidence=evidence /> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }
        }}
        <GuidePoints pick=|guide| &guide.steps.evidence />
        <FileViewer case_id=ctx.id.get_value() />
    }
}

#[component]
fn EvidenceRow(evidence: Evidence) -> impl IntoView {
    let locale = Locale::expect();
    let ui = locale.ui();
    let guide = locale.guide();
    let ctx = CaseCtx::expect();
    let advice = move || {
        let category = ctx.record.with(|record| from_id::<Category>(&record.form.category));
        guide.evidence_for(evidence, category)
    };
    let id = id_of(evidence);
    let item = Memo::new(move |_| {
        ctx.record.with(|record| record.evidence.iter().find(|item| item.evidence == evidence).cloned())
    });
    let edit = move |change: Box<dyn FnOnce(&mut EvidenceItem)>| {
        ctx.update(|record| {
            let index = match record.evidence.iter().position(|item| item.evidence == evidence) {
                Some(index) => index,
                None => {
                    record.evidence.push(EvidenceItem {
                        evidence,
                        done: false,
                        note: String::new(),
                        unknown: Default::default(),
                    });
                    record.evidence.len() - 1
                }
            };
            change(&mut record.evidence[index]);
        })
    };
    let check_id = format!("evidence-{id}");
    let name_id = format!("evidence-{id}-name");
    let note_id = format!("evidence-{id}-note");
    view! {
        <li
            class="evidence-item"
            class:done=move || ctx.record.with(|record| record.has_evidence(evidence))
            data-testid=format!("evidence-{id}")
        >
            <h2 id=name_id.clone()>{guide.evidence(evidence).map(|item| item.name)}</h2>
            <dl class="why-how">
                <dt>{ui.why_label}</dt>
                <dd>{move || advice().map(|item| item.why)}</dd>
                <dt>{ui.how_label}</dt>
                <dd>{move || advice().map(|item| item.how)}</dd>
            </dl>
            <div class="check">
                <input
                    type="checkbox"
                    id=check_id.clone()
                    aria-describedby=name_id
                    data-testid=format!("evidence-{id}-done")
                    prop:checked=move || item.get().is_some_and(|item| item.done)
                    on:change=move |event| {
                        let done = event_target_checked(&event);
                        edit(Box::new(move |item| item.done = done));
                    }
                />
                <label for=check_id>{ui.evidence_done}</label>
            </div>
            <div class="field">
                <label for=note_id.clone()>{ui.evidence_note}</label>
                <input
                    id=note_id
                    type="text"
                    data-testid=format!("evidence-{id}-note")
                    prop:value=move || item.get().map(|item| item.note).unwrap_or_default()
                    on:input=move |event| {
                        let note = event_target_value(&event);
                        edit(Box::new(move |item| item.note = note));
                    }
                />
            </div>
            <EvidenceFiles evidence case_id=ctx.id.get_value() testid=format!("evidence-{id}") />
        </li>
    }
}
