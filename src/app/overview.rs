//! A case's first screen: its name, where it stands, and every step to go to.

use leptos::prelude::*;

use super::case_view::CaseCtx;
use super::locale::Locale;
use super::next_action::screen_lang;
use super::route::{Link, Step};
use super::widgets::TextField;
use super::NextActionPanel;
use crate::followup::{fill, texts};

#[component]
pub fn Overview() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    let t = texts(screen_lang());
    // Once a request is filed, the main button goes where the next action (the panel's first) is done.
    let resume = Memo::new(move |_| ctx.resume_step());
    let step_item = move |step: Step| {
        view! {
            <li>
                <Link to=ctx.route(Some(step)) testid=format!("overview-{}", step.id())>
                    {ui.step_name(step)}
                </Link>
            </li>
        }
    };
    view! {
        <h1 tabindex="-1">{move || ctx.record.with(|record| super::case_view::case_title(ui, record))}</h1>
        <TextField
            name="title"
            label=|ui| ui.overview_title_label
            value=ctx.text(|record| &record.title)
            on_input=move |text: String| ctx.update(|record| record.title = text)
            hint=Signal::stored(ui.overview_title_hint.to_string())
        />
        <p data-testid="overview-status">{ui.status_label} {ui.colon} <strong>{ctx.status_text(ui)}</strong></p>
        <p>
            {move || match resume.get() {
                Some(step) => {
                    view! {
                        <Link to=ctx.route(Some(step)) class="button primary" testid="overview-start">
                            {fill(t.checklist.continue_at, &[("step", ui.step_name(step))])}
                        </Link>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <Link to=ctx.route(Some(Step::Policy)) class="button primary" testid="overview-start">
                            {ui.overview_start}
                        </Link>
                    }
                        .into_any()
                }
            }}
        </p>
        <NextActionPanel />
        <h2>{ui.overview_walk}</h2>
        <ol class="overview-steps">{Step::WALK.map(step_item).collect_view()}</ol>
        <h2>{ui.overview_more}</h2>
        <ul class="overview-steps">{Step::MORE.map(step_item).collect_view()}</ul>
    }
}
