//! The next-action panel on a case's first screen: what to do next and by when, each action linking to
//! the step and the draft that does it, plus the calendar export.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::drafting::Purpose;
use crate::followup::{calendar_ics, entry_may_close_early, names, texts, NextAction};
use crate::lang::Lang;
use crate::record::CaseRecord;
use crate::rules::Decision;

use super::case_view::CaseCtx;
use super::route::{Link, Route};
use super::{AppConfig, Locale};

/// The page's local date: deadlines are days in the buyer's own time zone.
pub(crate) fn local_today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or_default()
}

/// The screen language (a switch builds the screen again: see `Locale`).
pub(crate) fn screen_lang() -> Lang {
    match use_context::<Locale>() {
        Some(locale) => locale.lang(),
        None => use_context::<AppConfig>().map(|config| config.lang).unwrap_or_default(),
    }
}

/// Downloads the case's reminders as an .ics file.
pub(crate) fn download_calendar(record: &CaseRecord, decision: &Decision, today: NaiveDate, lang: Lang) {
    super::download::download(
        &format!("shouhou-{}.ics", record.id),
        "text/calendar;charset=utf-8",
        &calendar_ics(record, decision, today, lang),
    );
}

#[component]
pub fn NextActionPanel() -> impl IntoView {
    let lang = screen_lang();
    let t = texts(lang);
    let ctx = CaseCtx::expect();
    let today = ctx.today;
    let actions = ctx.actions;
    let entry_warning = Memo::new(move |_| {
        let decision = ctx.decision.get()?;
        ctx.record.with(|record| entry_may_close_early(record, &decision, today, lang))
    });
    let export = move |_| {
        if let Some(decision) = ctx.decision.get_untracked() {
            ctx.record.with_untracked(|record| download_calendar(record, &decision, today, lang));
        }
    };
    let case_id = ctx.id.get_value();
    view! {
        <section class="next-actions" data-testid="next-actions" aria-labelledby="next-actions-heading">
            <h2 id="next-actions-heading">{t.checklist.next}</h2>
            {move || {
                entry_warning
                    .get()
                    .map(|warning| {
                        view! {
                            <p class="entry-warning" role="note" data-testid="entry-warning">
                                {warning}
                            </p>
                        }
                    })
            }}
            <ol class="next-action-list">
                {move || {
                    actions
                        .get()
                        .into_iter()
                        .map(|action| view! { <NextActionItem action case_id=case_id.clone() lang /> })
                        .collect_view()
                }}
            </ol>
            {move || match ctx.decision.with(Option::is_some) {
                true => {
                    view! {
                        <button
                            type="button"
                            class="button secondary calendar-export"
                            data-testid="calendar-export"
                            on:click=export
                        >
                            {t.ics.calendar_name}
                            " (.ics)"
                        </button>
                    }
                        .into_any()
                }
                false => view! { <p class="next-actions-waiting">{t.case_file.incomplete}</p> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn NextActionItem(action: NextAction, case_id: String, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let class = if action.overdue { "next-action overdue" } else { "next-action" };
    let when = t.full_date(action.due);
    let step_name = names(lang).step(action.step);
    let step_link = view! { <Link to=Route::case(&case_id, Some(action.step))>{step_name}</Link> };
    let draft = action.draft.as_deref().and_then(Purpose::from_id);
    let draft_link = draft.zip(action.draft_step()).map(|(purpose, step)| {
        let name = names(lang).draft(purpose.id());
        view! {
            " · "
            <span data-draft=purpose.id()>
                <Link to=Route::draft(&case_id, step, purpose)>{name}</Link>
            </span>
        }
    });
    let basis =
        action.basis_text(lang).map(|basis| format!("{}{}{basis}", t.case_file.basis, crate::i18n::ui(lang).colon));
    view! {
        <li class=class data-action=action.id()>
            <p class="next-action-title">
                <strong>{action.title(lang)}</strong>
            </p>
            <p class="next-action-when">
                <time datetime=action.due.to_string()>{when}</time>
            </p>
            <p class="next-action-detail">{action.detail(lang)}</p>
            {basis.map(|basis| view! { <p class="next-action-basis">{basis}</p> })}
            <p class="next-action-links">{step_link}{draft_link}</p>
        </li>
    }
}
