//! The case file: one printable page and a text file to keep, for a 12315 officer, a mediator or a court.

use leptos::prelude::*;

use crate::followup::{case_file, texts, Row, Sheet};

use super::next_action::{case_and_decision, download_calendar, local_today, screen_lang};
use super::download::download;

#[component]
pub fn CaseFilePage(#[prop(into)] case_id: String) -> impl IntoView {
    let lang = screen_lang();
    let t = texts(lang);
    let today = local_today();
    let (record, decision) = case_and_decision(case_id, today);
    let sheet = Memo::new(move |_| Some(case_file(&record.get()?, &decision.get()?, today, lang)));
    let save_text = move |_| {
        if let (Some(record), Some(sheet)) = (record.get_untracked(), sheet.get_untracked()) {
            download(&format!("shouhou-{}.txt", record.id), "text/plain;charset=utf-8", &sheet.to_text());
        }
    };
    let save_calendar = move |_| {
        if let (Some(record), Some(decision)) = (record.get_untracked(), decision.get_untracked()) {
            download_calendar(&record, &decision, lang);
        }
    };
    view! {
        <div class="case-file-page">
            <p class="sheet-actions no-print">
                <button type="button" data-testid="print" on:click=move |_| print_page()>{t.case_file("print").to_string()}</button>
                <button type="button" data-testid="save-text" on:click=save_text>{t.case_file("save").to_string()}</button>
                <button type="button" data-testid="calendar-export" on:click=save_calendar>
                    {t.ics.calendar_name}" (.ics)"
                </button>
            </p>
            {move || match sheet.get() {
                Some(sheet) => view! { <SheetView sheet class="sheet case-file"/> }.into_any(),
                None => view! { <SheetMissing/> }.into_any(),
            }}
        </div>
    }
}

/// Said instead of a sheet while the case form still needs a field.
#[component]
pub fn SheetMissing() -> impl IntoView {
    let t = texts(screen_lang());
    view! {
        <h1 tabindex="-1">{t.case_file("heading").to_string()}</h1>
        <p class="sheet-missing">{t.case_file("incomplete").to_string()}</p>
    }
}

pub(crate) fn print_page() {
    let _ = window().print();
}

/// A sheet as HTML: the same sections and rows its text form has.
#[component]
pub fn SheetView(sheet: Sheet, #[prop(into)] class: String) -> impl IntoView {
    let sections = sheet
        .sections
        .into_iter()
        .filter(|section| !section.rows.is_empty())
        .map(|section| {
            let rows = section.rows.into_iter().map(row_view).collect_view();
            view! {
                <section class=format!("sheet-section sheet-{}", section.id)>
                    <h2>{section.heading}</h2>
                    <ul class="sheet-rows">{rows}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <article class=class>
            <header class="sheet-header">
                <h1 tabindex="-1">{sheet.heading}" · "{sheet.case_name}</h1>
                <p class="sheet-dated">{sheet.dated}</p>
            </header>
            {sections}
        </article>
    }
}

fn row_view(row: Row) -> AnyView {
    match row {
        Row::Field { label, value } => {
            view! { <li class="sheet-field"><span class="sheet-label">{label}</span><span class="sheet-value">{value}</span></li> }
                .into_any()
        }
        Row::Check { text, done, note } => {
            let mark = if done { "☑" } else { "☐" };
            let note = (!note.is_empty()).then(|| view! { <span class="sheet-note">{note}</span> });
            view! { <li class="sheet-check" class:done=done><span class="sheet-box" aria-hidden="true">{mark}</span>" "{text}{note}</li> }
                .into_any()
        }
        Row::Dated { on, when, text } => {
            let datetime = on.map(|on| on.to_string());
            view! { <li class="sheet-dated-row"><time class="sheet-when" datetime=datetime>{when}</time><span>{text}</span></li> }
                .into_any()
        }
        Row::Block { title, text } => {
            view! { <li class="sheet-block"><h3>{title}</h3><p class="sheet-text">{text}</p></li> }.into_any()
        }
    }
}
