//! The print view (issue 7): the case as a one-page checklist (the order, next steps, steps, evidence,
//! deadlines) to carry on paper.

use leptos::prelude::*;

use crate::followup::{checklist, texts};

use super::case_file::{print_action, SheetMissing, SheetView};
use super::next_action::{case_and_decision, local_today, screen_lang};
use super::route::{Link, Route, Step};

#[component]
pub fn PrintChecklist(#[prop(into)] case_id: String) -> impl IntoView {
    let lang = screen_lang();
    let t = texts(lang);
    let today = local_today();
    let (record, decision) = case_and_decision(case_id.clone(), today);
    let sheet = Memo::new(move |_| Some(checklist(&record.get()?, &decision.get()?, today, lang)));
    view! {
        <div class="print-page">
            <p class="sheet-actions no-print">
                <button type="button" data-testid="print" on:click=print_action()>{t.checklist.print}</button>
                <Link to=Route::case(&case_id, Some(Step::File))>{t.checklist.open_case_file}</Link>
            </p>
            {move || match sheet.get() {
                Some(sheet) => view! { <SheetView sheet class="sheet checklist"/> }.into_any(),
                None => view! { <SheetMissing/> }.into_any(),
            }}
        </div>
    }
}
