//! The print view (issue 7): the case as a one-page checklist (next steps, steps, evidence, deadlines)
//! to carry on paper.

use leptos::prelude::*;

use crate::followup::{checklist, texts};
use crate::storage::CaseBook;

use super::case_file::{print_page, SheetView};
use super::next_action::{current_lang, decide, local_today, step_href};

#[component]
pub fn PrintChecklist(#[prop(into)] case_id: String) -> impl IntoView {
    let book = CaseBook::expect();
    let lang = current_lang();
    let today = local_today();
    let t = texts(lang);
    let id = case_id.clone();
    let sheet = Memo::new(move |_| {
        let record = book.cases().with(|cases| cases.iter().find(|case| case.id == id).cloned())?;
        let decision = decide(&record, today)?;
        Some(checklist(&record, &decision, today, lang))
    });
    view! {
        <div class="print-page">
            <p class="sheet-actions no-print">
                <button type="button" on:click=move |_| print_page()>{t.checklist("print").to_string()}</button>
                <a href=step_href(&case_id, "file")>{t.checklist("open_case_file").to_string()}</a>
            </p>
            {move || match sheet.get() {
                Some(sheet) => view! { <SheetView sheet class="sheet checklist"/> }.into_any(),
                None => view! { <p class="sheet-missing">{t.case_file("incomplete").to_string()}</p> }.into_any(),
            }}
        </div>
    }
}
