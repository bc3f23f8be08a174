//! Small building blocks every screen uses: labelled fields with their messages, and the seeds'
//! guidance (step intro, tips, tables, FAQ) rendered the same way everywhere.

use leptos::prelude::*;

use super::locale::Locale;
use crate::i18n::guide::{FaqId, Point, StepGuide, TableId};
use crate::i18n::{Guide, Ui};
use crate::record::FieldProblem;

pub type Label = fn(&Ui) -> &'static str;

/// "付款日期：不能晚于今天。": the message names the field, so it reads right on its own too.
pub fn field_message(ui: &Ui, label: Label, problem: FieldProblem) -> String {
    format!("{}{}{}", label(ui), ui.colon, (ui.field_problem)(problem))
}

/// A labelled text input (text, date, tel, ...) with its hint and its validation message.
#[component]
pub fn TextField(
    #[prop(into)] name: String,
    label: Label,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(optional)] kind: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional, into)] error: Option<Signal<Option<FieldProblem>>>,
    #[prop(optional)] multiline: bool,
    /// A multiline field's height in lines (4 unless given).
    #[prop(optional)]
    rows: Option<u8>,
) -> impl IntoView {
    let ui = Locale::expect().ui();
    let id = format!("f-{name}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let problem = move || error.and_then(|error| error.get());
    let described = format!("{hint_id} {error_id}");
    let input = if multiline {
        view! {
            <textarea
                id=id.clone()
                data-testid=format!("field-{name}")
                rows=rows.unwrap_or(4).to_string()
                aria-describedby=described.clone()
                aria-invalid=move || problem().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |event| on_input.run(event_target_value(&event))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                data-testid=format!("field-{name}")
                type=kind.unwrap_or("text")
                inputmode=inputmode
                autocomplete=autocomplete
                aria-describedby=described.clone()
                aria-invalid=move || problem().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |event| on_input.run(event_target_value(&event))
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:invalid=move || problem().is_some()>
            <label for=id.clone()>{label(ui)}</label>
            {input}
            <p class="hint" id=hint_id.clone()>
                {move || hint.map(|hint| hint.get())}
            </p>
            <p class="field-error" id=error_id.clone() data-testid=format!("error-{name}") aria-live="polite">
                {move || problem().map(|problem| field_message(ui, label, problem))}
            </p>
        </div>
    }
}

/// A labelled choice among ids; `options` gives each id with its name in the current language.
#[component]
pub fn SelectField(
    #[prop(into)] name: String,
    label: Label,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional, into)] error: Option<Signal<Option<FieldProblem>>>,
) -> impl IntoView {
    let ui = Locale::expect().ui();
    let id = format!("f-{name}");
    let error_id = format!("{id}-error");
    let problem = move || error.and_then(|error| error.get());
    view! {
        <div class="field">
            <label for=id.clone()>{label(ui)}</label>
            <select
                id=id.clone()
                data-testid=format!("field-{name}")
                aria-describedby=error_id.clone()
                on:change=move |event| on_change.run(event_target_value(&event))
            >
                {move || {
                    let current = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(id, text)| {
                            let selected = id == current;
                            view! {
                                <option value=id selected=selected>
                                    {text}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
            <p class="field-error" id=error_id.clone() aria-live="polite">
                {move || problem().map(|problem| field_message(ui, label, problem))}
            </p>
        </div>
    }
}

/// A labelled checkbox.
#[component]
pub fn CheckField(
    name: &'static str,
    label: Label,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] on_change: Callback<bool>,
) -> impl IntoView {
    let ui = Locale::expect().ui();
    let id = format!("f-{name}");
    view! {
        <div class="check">
            <input
                type="checkbox"
                id=id.clone()
                data-testid=format!("field-{name}")
                prop:checked=move || checked.get()
                on:change=move |event| on_change.run(event_target_checked(&event))
            />
            <label for=id>{label(ui)}</label>
        </div>
    }
}

/// The step's title (the page's one `h1`) and the seeds' introduction to it.
#[component]
pub fn StepIntro(pick: fn(&Guide) -> &StepGuide) -> impl IntoView {
    let step = pick(Locale::expect().guide());
    view! {
        <h1 tabindex="-1">{step.title}</h1>
        <p class="lead">{step.intro}</p>
    }
}

/// The seeds' tips for a step.
#[component]
pub fn GuidePoints(pick: fn(&Guide) -> &StepGuide) -> impl IntoView {
    let locale = Locale::expect();
    view! {
        <details class="guide" data-testid="guide-points">
            <summary>{locale.ui().guide_points}</summary>
            {points(pick(locale.guide()).points)}
        </details>
    }
}

/// One `<li>` per text: the seeds' lists, the same way everywhere.
pub fn list_items<S: AsRef<str>>(items: &[S]) -> AnyView {
    items.iter().map(|item| view! { <li>{item.as_ref().to_string()}</li> }).collect_view().into_any()
}

/// A list of titled points, as the seeds write them.
pub fn points(points: &[Point]) -> impl IntoView {
    view! {
        <dl class="points">
            {points
                .iter()
                .map(|point| {
                    view! {
                        <dt>{point.title}</dt>
                        <dd>{point.text}</dd>
                    }
                })
                .collect_view()}
        </dl>
    }
}

/// A titled section of points (reasons, ways, problems, ...), folded behind its level-2 heading.
#[component]
pub fn PointsSection(heading: Label, pick: fn(&Guide) -> &[Point], testid: &'static str) -> impl IntoView {
    let locale = Locale::expect();
    view! {
        <details class="guide-section" data-testid=testid>
            <summary>
                <h2>{heading(locale.ui())}</h2>
            </summary>
            {points(pick(locale.guide()))}
        </details>
    }
}

/// One of the seeds' tables, folded behind its caption, with its own header cells. Below 480 px each row
/// reads as a short list, every cell named by its column (style: .guide-table).
#[component]
pub fn GuideTable(id: TableId, #[prop(optional)] summary: Option<Label>) -> impl IntoView {
    let locale = Locale::expect();
    locale.guide().table(id).map(|table| {
        let head = table.head;
        view! {
            <details class="guide-table">
                <summary>{summary.map_or(table.caption, |summary| summary(locale.ui()))}</summary>
                <div class="table-scroll" role="region" tabindex="0" aria-label=table.caption>
                    <table data-testid=format!("table-{}", crate::app::choices::id_of(id))>
                        <caption>{table.caption}</caption>
                        <thead>
                            <tr>{head.iter().map(|cell| view! { <th scope="col">{*cell}</th> }).collect_view()}</tr>
                        </thead>
                        <tbody>
                            {table
                                .rows
                                .iter()
                                .map(|row| {
                                    let (first, rest) = row
                                        .split_first()
                                        .expect("rows are checked by tests/guide_data.rs");
                                    view! {
                                        <tr>
                                            <th scope="row">{*first}</th>
                                            {rest
                                                .iter()
                                                .enumerate()
                                                .map(|(index, cell)| {
                                                    let column = head.get(index + 1).copied().unwrap_or_default();
                                                    view! { <td data-label=column>{*cell}</td> }
                                                })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            </details>
        }
    })
}

/// The seeds' FAQ questions that arise at this point, each answer folded under its question.
#[component]
pub fn Faqs(ids: &'static [FaqId]) -> impl IntoView {
    let locale = Locale::expect();
    let guide = locale.guide();
    let faqs = ids.iter().filter_map(|id| guide.faq(*id)).map(|faq| {
        view! {
            <details class="faq">
                <summary>{faq.question}</summary>
                <ul>{list_items(faq.items)}</ul>
            </details>
        }
    });
    view! {
        <section class="faqs" data-testid="faqs">
            <h2>{locale.ui().faq_heading}</h2>
            {faqs.collect_view()}
        </section>
    }
}

/// Fen as yuan the way a buyer writes it: 19950 -> "199.50", 20000 -> "200".
pub fn yuan(fen: u64) -> String {
    if fen.is_multiple_of(100) {
        format!("{}", fen / 100)
    } else {
        format!("{}.{:02}", fen / 100, fen % 100)
    }
}
