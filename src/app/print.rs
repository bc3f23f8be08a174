//! The print view (issue 7): the case as a one-page checklist (the order, next steps, steps, evidence,
//! deadlines) to carry on paper.

use leptos::prelude::*;

use crate::followup::{checklist, texts};

use super::case_file::{print_action, SheetMissing, SheetView};
use super::case_view::CaseCtx;
use super::next_action::screen_lang;
use super::route::{Link, Step};

#[component]
pub fn PrintChecklist() -> impl IntoView {
    let lang = screen_lang();
    let t = texts(lang);
    let ctx = CaseCtx::expect();
    let sheet = Memo::new(move |_| {
        let decision = ctx.decision.get()?;
        Some(ctx.record.with(|record| checklist(record, &decision, ctx.today, lang)))
    });
    view! {
        <div class="print-page">
            <p class="sheet-actions no-print">
                <button type="button" class="button secondary" data-testid="print" on:click=print_action()>
                    {t.checklist.print}
                </button>
                <Link to=ctx.route(Some(Step::File))>{t.checklist.open_case_file}</Link>
            </p>
            {move || match sheet.get() {
                Some(sheet) => view! { <SheetView sheet class="sheet checklist" /> }.into_any(),
                None => view! { <SheetMissing /> }.into_any(),
            }}
        </div>
    }
}
