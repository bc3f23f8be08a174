//! The next-action panel on a case's first screen: what to do next and by when, each action linking to
//! the step and the draft that does it, plus the calendar export.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::followup::{calendar_ics, names, next_actions, texts, NextAction};
use crate::lang::Lang;
use crate::record::CaseRecord;
use crate::rules::{evaluate, Decision};
use crate::storage::CaseBook;

use super::AppConfig;

/// The page's local date: deadlines are days in the buyer's own time zone.
pub(crate) fn local_today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or_default()
}

pub(crate) fn current_lang() -> Lang {
    use_context::<AppConfig>().map(|config| config.lang).unwrap_or_default()
}

/// The decision for a case whose form is complete enough to judge; None while a field still needs fixing.
pub(crate) fn decide(record: &CaseRecord, today: NaiveDate) -> Option<Decision> {
    record.case(today).ok().map(|case| evaluate(&case))
}

/// The address of one step of a case.
pub(crate) fn step_href(case_id: &str, step: &str) -> String {
    format!("#/case/{}/{step}", String::from(js_sys::encode_uri_component(case_id)))
}

/// Offers `text` as a file download named `filename`.
pub(crate) fn download(filename: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let anchor = document().create_element("a").ok().and_then(|element| {
        use wasm_bindgen::JsCast;
        element.dyn_into::<web_sys::HtmlAnchorElement>().ok()
    });
    if let Some(anchor) = anchor {
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

#[component]
pub fn NextActionPanel(#[prop(into)] case_id: String) -> impl IntoView {
    let book = CaseBook::expect();
    let lang = current_lang();
    let today = local_today();
    let id = case_id.clone();
    let record = Memo::new(move |_| book.cases().with(|cases| cases.iter().find(|case| case.id == id).cloned()));
    let decision = Memo::new(move |_| record.with(|record| record.as_ref().and_then(|record| decide(record, today))));
    let actions = Memo::new(move |_| match (record.get(), decision.get()) {
        (Some(record), Some(decision)) => next_actions(&record, &decision, today),
        _ => Vec::new(),
    });
    let t = texts(lang);
    let export = move |_| {
        if let (Some(record), Some(decision)) = (record.get_untracked(), decision.get_untracked()) {
            download(&format!("shouhou-{}.ics", record.id), "text/calendar;charset=utf-8", &calendar_ics(&record, &decision, lang));
        }
    };
    view! {
        <section class="next-actions" data-testid="next-actions" aria-labelledby="next-actions-heading">
            <h2 id="next-actions-heading">{t.checklist("next").to_string()}</h2>
            <ol class="next-action-list">
                {move || {
                    actions
                        .get()
                        .into_iter()
                        .map(|action| view! { <NextActionItem action case_id=case_id.clone() lang/> })
                        .collect_view()
                }}
            </ol>
            <Show
                when=move || decision.with(Option::is_some)
                fallback=move || view! { <p class="next-actions-waiting">{t.case_file("incomplete").to_string()}</p> }
            >
                <button type="button" class="calendar-export" on:click=export>
                    {t.ics.calendar_name.clone()}" (.ics)"
                </button>
            </Show>
        </section>
    }
}

#[component]
fn NextActionItem(action: NextAction, case_id: String, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let class = if action.overdue { "next-action overdue" } else { "next-action" };
    let when = t.full_date(action.due);
    let step_link = step_href(&case_id, &action.step);
    let draft_link = action
        .draft
        .as_deref()
        .zip(action.draft_step())
        .map(|(purpose, step)| (step_href(&case_id, step), purpose.to_string(), t.draft(purpose).to_string()));
    let basis = (!action.basis.is_empty()).then(|| format!("{}: {}", t.case_file("basis"), action.basis.join(", ")));
    view! {
        <li class=class data-action=action.id()>
            <p class="next-action-title"><strong>{action.title(lang)}</strong></p>
            <p class="next-action-when"><time datetime=action.due.to_string()>{when}</time></p>
            <p class="next-action-detail">{action.detail(lang)}</p>
            {basis.map(|basis| view! { <p class="next-action-basis">{basis}</p> })}
            <p class="next-action-links">
                <a href=step_link>{names(lang).step(&action.step)}</a>
                {draft_link.map(|(href, purpose, name)| view! { " · " <a href=href data-draft=purpose>{name}</a> })}
            </p>
        </li>
    }
}
