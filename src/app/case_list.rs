//! Every case the buyer keeps, side by side: open one, start another, delete one (after a confirm).

use chrono::NaiveDate;
use leptos::prelude::*;

use super::case_view::case_title;
use super::choices::from_id;
use super::lazy_screens::LazyDataPanel;
use super::locale::Locale;
use super::route::{Link, Route};
use super::Rules;
use crate::followup::next_line;
use crate::lang::Lang;
use crate::record::CaseRecord;
use crate::rules::{Platform, Problem};
use crate::storage::CaseBook;

#[component]
pub fn CaseList(today: NaiveDate) -> impl IntoView {
    let locale = Locale::expect();
    let ui = locale.ui();
    let book = CaseBook::expect();
    let create = move |_| super::open_new_case();
    view! {
        <section class="cases">
            <h1 tabindex="-1">{ui.cases_title}</h1>
            <button type="button" class="button primary" data-testid="new-case" on:click=create>
                {ui.new_case}
            </button>
            {move || {
                let cards = book
                    .cases()
                    .with(|cases| {
                        cases.iter().map(|record| view! { <CaseCard record=record.clone() today /> }).collect_view()
                    });
                match cards.is_empty() {
                    true => view! { <p data-testid="cases-empty">{ui.cases_empty}</p> }.into_any(),
                    false => {
                        view! {
                            <ul class="case-cards" data-testid="my-cases">
                                {cards}
                            </ul>
                        }
                            .into_any()
                    }
                }
            }}
            <LazyDataPanel lang=locale.lang() />
        </section>
    }
}

/// "下一步：…" or "下一个日期：12月8日 · 卖家处理售后申请的期限", when the case has either.
fn next_date_line(record: &CaseRecord, today: NaiveDate, lang: Lang) -> Option<String> {
    let decision = Rules::expect().evaluate(&record.case(today).ok()?);
    next_line(record, &decision, today, lang)
}

#[component]
fn CaseCard(record: CaseRecord, today: NaiveDate) -> impl IntoView {
    let ui = Locale::expect().ui();
    let book = CaseBook::expect();
    let confirming = RwSignal::new(false);
    let id = record.id.clone();
    let platform = from_id::<Platform>(&record.form.platform).map(ui.platform);
    let problem = from_id::<Problem>(&record.form.problem).map(ui.problem);
    let status = (ui.status)(record.status());
    let summary = [platform, problem, Some(status)].into_iter().flatten().collect::<Vec<_>>().join(" · ");
    let title = case_title(ui, &record);
    let next_date = next_date_line(&record, today, Locale::expect().lang());
    let delete = {
        let id = id.clone();
        move |_| book.delete(&id)
    };
    view! {
        <li class="case-card" data-testid="case-card">
            <h2>
                <Link to=Route::case(&id, None) testid="open-case">
                    {title}
                </Link>
            </h2>
            <p>{summary}</p>
            {next_date
                .map(|line| {
                    view! {
                        <p class="case-next-date" data-testid="case-next-date">
                            {line}
                        </p>
                    }
                })}
            {move || match confirming.get() {
                false => {
                    view! {
                        <button
                            type="button"
                            class="button secondary small"
                            data-testid="delete-case"
                            on:click=move |_| confirming.set(true)
                        >
                            {ui.delete_case}
                        </button>
                    }
                        .into_any()
                }
                true => {
                    view! {
                        <div class="confirm" role="alert">
                            <p>{ui.delete_confirm}</p>
                            <button
                                type="button"
                                class="button danger small"
                                data-testid="delete-yes"
                                on:click=delete.clone()
                            >
                                {ui.delete_yes}
                            </button>
                            <button
                                type="button"
                                class="button secondary small"
                                on:click=move |_| confirming.set(false)
                            >
                                {ui.delete_no}
                            </button>
                        </div>
                    }
                        .into_any()
                }
            }}
        </li>
    }
}
