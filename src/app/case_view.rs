//! One case's screens: the step list, the screen of the route's step, and previous/next. The case, its
//! evaluation and the decision are derived once here and shared with the step screens.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::choices::from_id;
use super::lazy_screens::{prefetch_step_screen, step_screen};
use super::locale::Locale;
use super::route::{Link, Route, Step};
use crate::followup::{next_actions, NextAction};
use crate::i18n::Ui;
use crate::record::{CaseRecord, FieldError};
use crate::rules::{Case, Decision, Platform, TicketStatus};
use crate::storage::CaseBook;

/// The open case, shared with its step screens.
#[derive(Clone, Copy)]
pub struct CaseCtx {
    pub id: StoredValue<String>,
    pub record: Memo<CaseRecord>,
    pub case: Memo<Result<Case, Vec<FieldError>>>,
    pub decision: Memo<Option<Decision>>,
    /// What to do next (`followup::next_actions`): the overview's button, its panel and the pager read it.
    pub actions: Memo<Vec<NextAction>>,
    pub today: NaiveDate,
}

impl CaseCtx {
    pub fn expect() -> CaseCtx {
        expect_context::<CaseCtx>()
    }

    /// Derives the open case once (its record, the case the form makes of it, the decision with the host's
    /// policy pack, and the one `today` every screen of it counts from) and provides it to the screens below.
    pub fn provide(id: String, today: NaiveDate) -> CaseCtx {
        let book = CaseBook::expect();
        let rules = super::Rules::expect();
        let id = StoredValue::new(id);
        let record = Memo::new(move |_| id.with_value(|id| book.get(id)).unwrap_or_default());
        let case = Memo::new(move |_| record.with(|record| record.case(today)));
        let decision = Memo::new(move |_| case.with(|case| case.as_ref().ok().map(|case| rules.evaluate(case))));
        let actions = Memo::new(move |_| match decision.get() {
            Some(decision) => record.with(|record| next_actions(record, &decision, today)),
            None => Vec::new(),
        });
        let ctx = CaseCtx { id, record, case, decision, actions, today };
        provide_context(ctx);
        ctx
    }

    /// Saves an edit at once: nothing the buyer types waits for a button.
    pub fn update(&self, edit: impl FnOnce(&mut CaseRecord)) {
        CaseBook::expect().update(&self.id.get_value(), edit);
    }

    pub fn route(&self, step: Option<Step>) -> Route {
        Route::case(&self.id.get_value(), step)
    }

    /// One of the record's texts, as the field showing it reads it (one closure type for every field).
    pub fn text(self, read: fn(&CaseRecord) -> &String) -> Signal<String> {
        Signal::derive(move || self.record.with(|record| read(record).clone()))
    }

    /// One of the record's yes/no answers, as the checkbox showing it reads it.
    pub fn flag(self, read: fn(&CaseRecord) -> bool) -> Signal<bool> {
        Signal::derive(move || self.record.with(read))
    }

    /// The case's platform, once the form names one.
    pub fn platform(self) -> Memo<Option<Platform>> {
        Memo::new(move |_| self.record.with(|record| from_id::<Platform>(&record.form.platform)))
    }

    /// Where the case goes on once a request is filed: the step of the first next action. None before, when
    /// the walk from its first step is the way.
    pub fn resume_step(self) -> Option<Step> {
        if self.record.with(|record| record.status() == TicketStatus::Draft) {
            return None;
        }
        self.actions.with(|actions| actions.first().map(|action| action.step))
    }

    /// The ticket's status in words, following the record.
    pub fn status_text(self, ui: &'static Ui) -> impl Fn() -> &'static str + Copy + 'static {
        move || (ui.status)(self.record.with(CaseRecord::status))
    }
}

#[component]
pub fn CaseView(id: String, step: Option<Step>, today: NaiveDate) -> impl IntoView {
    let book = CaseBook::expect();
    let locale = Locale::expect();
    let exists = {
        let id = id.clone();
        Memo::new(move |_| book.cases().with(|cases| cases.iter().any(|case| case.id == id)))
    };
    let ctx = CaseCtx::provide(id, today);
    // The screen the buyer will likely open next: the walk's next step.
    let next = match step {
        None => Some(Step::Policy),
        Some(step) => Step::WALK.iter().skip_while(|walk| **walk != step).nth(1).copied(),
    };
    if next.is_some() {
        prefetch_step_screen(next);
    }

    move || {
        let ui = locale.ui();
        if !exists.get() {
            return view! {
                <h1 tabindex="-1">{ui.case_not_found}</h1>
                <p>
                    <Link to=Route::Cases testid="go-cases">
                        {ui.nav_cases}
                    </Link>
                </p>
            }
            .into_any();
        }
        view! {
            <p class="case-name" data-testid="case-name">
                {move || ctx.record.with(|record| case_title(ui, record))}
            </p>
            <StepNav current=step />
            <div class="screen" data-testid=format!("screen-{}", step.map_or("overview", Step::id))>
                {step_screen(step)}
            </div>
            <PrevNext current=step />
        }
        .into_any()
    }
}

/// The buyer's own name for the case, or what it is about.
pub fn case_title(ui: &Ui, record: &CaseRecord) -> String {
    record.display_name().unwrap_or(ui.untitled_case).to_string()
}

/// Every step of the case, the current one marked. On a phone it is one row that scrolls on its own, the
/// walk's steps shown by number and the current one by name (style: .step-row), scrolled to the current.
#[component]
fn StepNav(current: Option<Step>) -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    let row = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let Some(row) = row.get() else { return };
        let current = row.query_selector("[aria-current=page]").ok().flatten();
        if let Some(current) =
            current.and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok())
        {
            row.set_scroll_left(current.offset_left() - row.offset_left() - 8);
        }
    });
    let link = move |step: Step| {
        view! {
            <li>
                <Link
                    to=ctx.route(Some(step))
                    testid=format!("nav-{}", step.id())
                    class="step-link"
                    current=current == Some(step)
                >
                    {step.number().map(|n| view! { <span class="step-number">{n}</span> })}
                    <span class=if step.number().is_some() {
                        "step-label numbered"
                    } else {
                        "step-label"
                    }>{ui.step_name(step)}</span>
                </Link>
            </li>
        }
    };
    view! {
        <nav class="step-nav" aria-label=ui.steps_nav>
            <div class="step-row" node_ref=row>
                <ol class="walk">
                    <li>
                        <Link to=ctx.route(None) testid="nav-overview" class="step-link" current=current.is_none()>
                            {ui.back_to_case}
                        </Link>
                    </li>
                    {super::shown_walk().into_iter().map(link).collect_view()}
                </ol>
                <ul class="more">{Step::MORE.map(link).collect_view()}</ul>
            </div>
        </nav>
    }
}

/// Previous and next step of the walk, with where the buyer is.
#[component]
fn PrevNext(current: Option<Step>) -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    let walk = super::shown_walk();
    let position = current.and_then(|current| walk.iter().position(|step| *step == current));
    let total = walk.len();
    let previous = position.and_then(|index| index.checked_sub(1)).map(|index| walk[index]);
    // The overview's next is where the case goes on (as its main button), else the walk's first step.
    let next = move || match (current, position) {
        (None, _) => ctx.resume_step().or_else(|| walk.first().copied()),
        (Some(_), Some(index)) => walk.get(index + 1).copied(),
        (Some(_), None) => None,
    };
    let number = position.map(|index| index + 1);
    view! {
        <nav class="prev-next" aria-label=ui.prev_next_nav>
            {previous
                .map(|step| {
                    view! {
                        <Link to=ctx.route(Some(step)) class="button secondary" testid="prev-step">
                            {format!("← {}", ui.prev_step)}
                        </Link>
                    }
                })}
            {number.map(|n| view! { <span class="step-of">{(ui.step_of)(n, total)}</span> })}
            {move || {
                next()
                    .map(|step| {
                        view! {
                            <Link to=ctx.route(Some(step)) class="button" testid="next-step">
                                {format!("{}{}{} →", ui.next_step, ui.colon, ui.step_name(step))}
                            </Link>
                        }
                    })
            }}
        </nav>
    }
}
