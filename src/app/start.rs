//! The first screen: what the assistant does, the steps it walks through, and a start button.

use leptos::prelude::*;

use super::locale::Locale;
use super::route::{Link, Route, Step};
use super::widgets::list_items;
use crate::storage::CaseBook;

#[component]
pub fn StartPage() -> impl IntoView {
    let locale = Locale::expect();
    let (ui, guide) = (locale.ui(), locale.start_guide());
    let book = CaseBook::expect();
    let start = move |_| super::open_new_case();
    let count = move || book.cases().with(Vec::len);
    // The start page's seven steps are the walk's six and closing the case.
    let steps = Step::WALK.into_iter().chain([Step::Close]);
    let walk = guide
        .walk
        .iter()
        .zip(steps)
        .filter(|(_, step)| super::step_shown(*step))
        .map(|(step, _)| {
            view! {
                <li>
                    <strong>{step.title}</strong>
                    <span>{step.text}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="start" data-testid="start-page">
            <h1 tabindex="-1">{ui.start_title}</h1>
            <p class="lead">{guide.lead}</p>
            <div class="actions">
                <button type="button" class="button primary" data-testid="start-button" on:click=start>
                    {ui.start_button}
                </button>
                {move || {
                    let count = count();
                    (count > 0)
                        .then(|| {
                            view! {
                                <Link to=Route::Cases class="button secondary" testid="continue-cases">
                                    {(ui.start_continue)(count)}
                                </Link>
                            }
                        })
                }}
            </div>
            <h2>{ui.start_walk}</h2>
            <ol class="walk-list" data-testid="start-steps">
                {walk}
            </ol>
            <h2>{ui.start_does}</h2>
            <ul class="does">{list_items(guide.does)}</ul>
            <p class="note">{guide.privacy}</p>
        </section>
    }
}
