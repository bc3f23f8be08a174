//! After the case: confirm the refund arrived and its amount, the seeds' aftercare steps (rate the service,
//! note the lessons, watch the merchant) and how long each stage took.

use leptos::prelude::*;

use super::case_view::CaseCtx;
use super::next_action::screen_lang;
use crate::followup::{stage_durations, texts, yuan, RefundCheck};
use crate::i18n::guide;
use crate::lang::Lang;
use crate::record::{parse_yuan, CaseRecord, Closing};

#[component]
pub fn ClosingPage() -> impl IntoView {
    let lang = screen_lang();
    let ctx = CaseCtx::expect();
    let stored = ctx.record.with_untracked(|record| record.closing.clone());
    // The amount exactly as typed, kept here and in the record so neither a mistyped amount, a language
    // switch nor leaving the page loses it (records from before `refund_received_typed` only have the fen).
    let typed = match stored.refund_received_fen {
        Some(fen) if stored.refund_received_typed.is_empty() => yuan_plain(fen),
        _ => stored.refund_received_typed,
    };
    let typed_amount = RwSignal::new(typed);
    let t = texts(lang);
    let c = &t.closing;
    let record = ctx.record;
    let closing = move || record.with(|record| record.closing.clone());
    let edit = move |change: Box<dyn FnOnce(&mut Closing)>| ctx.update(|record| change(&mut record.closing));

    let amount_error = Memo::new(move |_| {
        let text = typed_amount.get();
        !text.trim().is_empty() && parse_yuan(&text).is_none()
    });
    let on_amount = move |event| {
        let text = event_target_value(&event);
        typed_amount.set(text.clone());
        let fen = parse_yuan(&text);
        edit(Box::new(move |closing| {
            if text.trim().is_empty() || fen.is_some() {
                closing.refund_received_fen = fen;
            }
            closing.refund_received_typed = text;
        }));
    };
    let on_date = move |event| {
        let day = crate::dates::parse_iso(&event_target_value(&event));
        edit(Box::new(move |closing| closing.refund_received_on = day));
    };
    let check = move || {
        record.with(|record| {
            Some(RefundCheck::compare(record.closing.refund_received_fen?, record.form.paid_fen()?).text(lang))
        })
    };
    let paid = move || record.with(|record| record.form.paid_fen().map(yuan));

    let rating = move |label: &'static str, get: fn(&Closing) -> Option<u8>, set: fn(&mut Closing, Option<u8>)| {
        view! {
            <label class="closing-rating">
                {label}
                <select on:change=move |event| {
                    let value = event_target_value(&event).parse().ok();
                    edit(Box::new(move |closing| set(closing, value)));
                }>
                    <option value="" selected=move || get(&closing()).is_none()>
                        "—"
                    </option>
                    {(1..=5u8)
                        .map(|stars| {
                            view! {
                                <option value=stars.to_string() selected=move || get(&closing()) == Some(stars)>
                                    {"★".repeat(stars.into())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        }
    };

    // The seeds' four aftercare points, in their order, each with what the buyer fills in for it.
    let close = &guide(lang).steps.close;
    let parts = [Aftercare::Confirm, Aftercare::Rate, Aftercare::Lessons, Aftercare::Watch];
    let steps = close.points.iter().zip(parts).map(|(point, part)| {
        let body = match part {
            Aftercare::Confirm => view! {
                <div class="closing-confirm">
                    <label>
                        {c.form.refund_amount}
                        <input
                            type="text"
                            inputmode="decimal"
                            name="refund_received"
                            prop:value=move || typed_amount.get()
                            aria-invalid=move || amount_error.get().to_string()
                            on:input=on_amount
                        />
                    </label>
                    {move || {
                        amount_error
                            .get()
                            .then(|| {
                                view! {
                                    <p class="field-error" role="alert">
                                        {c.form.amount_error}
                                    </p>
                                }
                            })
                    }}
                    <label>
                        {c.form.refund_on}
                        <input
                            type="date"
                            name="refund_received_on"
                            prop:value=move || {
                                closing().refund_received_on.map(|day| day.to_string()).unwrap_or_default()
                            }
                            on:change=on_date
                        />
                    </label>
                    <p class="closing-paid">{c.form.paid}": "{move || paid().unwrap_or_default()}</p>
                    <p class="closing-check" role="status">
                        {check}
                    </p>
                    <label class="closing-toggle">
                        <input
                            type="checkbox"
                            prop:checked=move || closing().exchange_received_ok
                            on:change=move |event| {
                                let checked = event_target_checked(&event);
                                edit(Box::new(move |closing| closing.exchange_received_ok = checked));
                            }
                        />
                        {c.form.exchange_ok}
                    </label>
                </div>
            }
            .into_any(),
            Aftercare::Rate => view! {
                <div class="closing-ratings">
                    {rating(c.form.rating_attitude, |c| c.rating_attitude, |c, v| c.rating_attitude = v)}
                    {rating(c.form.rating_speed, |c| c.rating_speed, |c, v| c.rating_speed = v)}
                    {rating(c.form.rating_solution, |c| c.rating_solution, |c, v| c.rating_solution = v)}
                </div>
            }
            .into_any(),
            Aftercare::Lessons => view! {
                <label class="closing-lessons">
                    {c.form.lessons}
                    <textarea
                        name="lessons"
                        prop:value=move || closing().lessons
                        on:input=move |event| {
                            let text = event_target_value(&event);
                            edit(Box::new(move |closing| closing.lessons = text));
                        }
                    ></textarea>
                </label>
            }
            .into_any(),
            Aftercare::Watch => view! {
                <label class="closing-toggle">
                    <input
                        type="checkbox"
                        prop:checked=move || closing().watch_merchant
                        on:change=move |event| {
                            let checked = event_target_checked(&event);
                            edit(Box::new(move |closing| closing.watch_merchant = checked));
                        }
                    />
                    {c.form.watch}
                </label>
            }
            .into_any(),
        };
        view! {
            <li class="aftercare-step">
                <h3>{point.title}</h3>
                <p>{point.text}</p>
                {body}
            </li>
        }
    });

    view! {
        <section class="closing-page" aria-labelledby="closing-heading">
            <h2 id="closing-heading">{close.title}</h2>
            <p>{close.intro}</p>
            <ol class="aftercare-steps">{steps.collect_view()}</ol>
            <h3>{c.form.stages}</h3>
            <StageTable record lang />
        </section>
    }
}

/// 各阶段用时 as a list of stages, each on its own lines, so it fits the narrowest phone.
#[component]
fn StageTable(record: Memo<CaseRecord>, lang: Lang) -> impl IntoView {
    move || {
        let stages = record.with(stage_durations);
        view! {
            <ul class="stage-list" data-testid="stage-list">
                {stages
                    .into_iter()
                    .map(|stage| {
                        view! {
                            <li data-stage=stage.id.clone()>
                                <strong>{stage.name(lang)}</strong>
                                " "
                                <span class="stage-length">{stage.length(lang)}</span>
                                <br />
                                <span class="stage-days">{stage.from.to_string()}" → "{stage.to.to_string()}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    }
}

#[derive(Clone, Copy)]
enum Aftercare {
    Confirm,
    Rate,
    Lessons,
    Watch,
}

/// Fen as plain yuan for the input box: "189.50".
fn yuan_plain(fen: u64) -> String {
    yuan(fen).trim_start_matches('¥').to_string()
}
