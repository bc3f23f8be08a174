//! Step 4, 填写工单: the ticket's facts (basic info, order info, reason, desired remedy, evidence) with
//! messages on the field, and the live draft beside them, ready to copy.

use leptos::prelude::*;

use super::case_fields::{fact_field, no_hint, static_hint};
use super::case_view::CaseCtx;
use super::choices::{from_id, id_of, REMEDIES};
use super::draft_panel::DraftPanel;
use super::locale::Locale;
use super::widgets::{yuan, Faqs, GuidePoints, GuideTable, SelectField, StepIntro};
use crate::drafting::Purpose;
use crate::i18n::guide::{FaqId, TableId};
use crate::record::CaseRecord;
use crate::rules::Remedy;

#[component]
pub fn TicketStep() -> impl IntoView {
    let locale = Locale::expect();
    let chosen = super::channel::chosen_channel(CaseCtx::expect());
    view! {
        <StepIntro pick=|guide| &guide.steps.ticket />
        <div class="two-columns">
            <TicketForm />
            <section class="draft-side">
                <h2>{locale.ui().draft_heading}</h2>
                // The channel the buyer chose gives the first draft (选择渠道).
                {move || match Purpose::first_request(chosen.get()) {
                    Purpose::PlatformTicket => view! { <DraftPanel purpose=Purpose::PlatformTicket /> }.into_any(),
                    first => {
                        view! {
                            <DraftPanel purpose=first />
                            <details class="more-drafts">
                                <summary>{(locale.ui().purpose)(Purpose::PlatformTicket)}</summary>
                                <DraftPanel purpose=Purpose::PlatformTicket />
                            </details>
                        }
                            .into_any()
                    }
                }}
            </section>
        </div>
        <GuideTable id=TableId::TicketInfo />
        <GuidePoints pick=|guide| &guide.steps.ticket />
        <Faqs ids=&[FaqId::HowToApply, FaqId::Modify] />
    }
}

#[component]
fn TicketForm() -> impl IntoView {
    let locale = Locale::expect();
    let (ui, guide) = (locale.ui(), locale.guide());
    let ctx = CaseCtx::expect();
    let paid = move || ctx.record.with(|record| record.form.paid_fen()).map(yuan);
    let remedy_options = Signal::derive(move || {
        ctx.decision.with(|decision| {
            let recommended = decision.as_ref().and_then(|decision| decision.recommended);
            let first = match recommended {
                Some(remedy) => (ui.remedy_as_recommended)((ui.remedy)(remedy)),
                None => "—".to_string(),
            };
            // Each remedy with the rules' verdict, so the buyer sees which are open before choosing.
            let named = |remedy| {
                let verdict =
                    decision.iter().flat_map(|decision| &decision.remedies).find(|verdict| verdict.remedy == remedy);
                match verdict {
                    Some(verdict) => format!("{} · {}", (ui.remedy)(remedy), (ui.verdict)(verdict.verdict)),
                    None => (ui.remedy)(remedy).to_string(),
                }
            };
            std::iter::once((String::new(), first))
                .chain(REMEDIES.map(|remedy| (id_of(remedy), named(remedy))))
                .collect::<Vec<_>>()
        })
    });
    let done_evidence = move || ctx.record.with(CaseRecord::evidence_in_hand);
    // The remedy the drafts ask for: the buyer's choice, else the recommended one; with neither, every field.
    let asks = move |serves: fn(Remedy) -> bool| {
        let wanted = ctx.record.with(|record| record.facts.wanted_remedy);
        let remedy = wanted.or_else(|| ctx.decision.with(|decision| decision.as_ref()?.recommended));
        remedy.is_none_or(serves)
    };
    let asks_exchange_target = move || asks(Remedy::names_exchange_target);
    let asks_amount = move || asks(Remedy::refunds);
    view! {
        <form class="ticket-form" data-testid="ticket-form" on:submit=|event| event.prevent_default()>
            <fieldset>
                <legend>{ui.ticket_basic}</legend>
                {fact_field(
                    "buyer_name",
                    |ui| ui.t_buyer_name,
                    |r| &r.facts.buyer_name,
                    |f, v| f.buyer_name = v,
                    no_hint(),
                )}
                {fact_field(
                    "phone",
                    |ui| ui.t_phone,
                    |r| &r.facts.phone,
                    |f, v| f.phone = v,
                    static_hint(|ui| ui.hint_phone),
                )}
                {fact_field("address", |ui| ui.t_address, |r| &r.facts.address, |f, v| f.address = v, no_hint())}
            </fieldset>
            <fieldset>
                <legend>{ui.ticket_order}</legend>
                {fact_field(
                    "order_no",
                    |ui| ui.t_order_no,
                    |r| &r.facts.order_no,
                    |f, v| f.order_no = v,
                    static_hint(|ui| ui.hint_order_no),
                )}
                {fact_field(
                    "item_name",
                    |ui| ui.t_item_name,
                    |r| &r.facts.item_name,
                    |f, v| f.item_name = v,
                    no_hint(),
                )}
                {fact_field("spec", |ui| ui.t_spec, |r| &r.facts.spec, |f, v| f.spec = v, no_hint())}
                {fact_field("quantity", |ui| ui.t_quantity, |r| &r.facts.quantity, |f, v| f.quantity = v, no_hint())}
                {fact_field(
                    "shop_name",
                    |ui| ui.t_shop_name,
                    |r| &r.facts.shop_name,
                    |f, v| f.shop_name = v,
                    no_hint(),
                )}
            </fieldset>
            <fieldset>
                <legend>{ui.ticket_reason}</legend>
                {fact_field(
                    "description",
                    |ui| ui.t_description,
                    |r| &r.facts.description,
                    |f, v| f.description = v,
                    no_hint(),
                )}
            </fieldset>
            <fieldset>
                <legend>{ui.ticket_remedy}</legend>
                <SelectField
                    name="wanted_remedy"
                    label=|ui| ui.t_remedy
                    value=Signal::derive(move || {
                        ctx.record.with(|record| record.facts.wanted_remedy.map(id_of).unwrap_or_default())
                    })
                    options=remedy_options
                    on_change=move |id: String| ctx.update(|record| record.facts.wanted_remedy = from_id(&id))
                />
                // Each field only for the remedies it serves, as the drafts use it; a hidden field keeps its text.
                <Show when=asks_exchange_target>
                    {fact_field(
                        "exchange_for",
                        |ui| ui.t_exchange_for,
                        |r| &r.facts.exchange_for,
                        |f, v| f.exchange_for = v,
                        no_hint(),
                    )}
                </Show>
                <Show when=asks_amount>
                    {fact_field(
                        "requested_yuan",
                        |ui| ui.t_requested_yuan,
                        |r| &r.facts.requested_yuan,
                        |f, v| f.requested_yuan = v,
                        Signal::derive(move || paid().map(|paid| (ui.hint_requested_yuan)(&paid)).unwrap_or_default()),
                    )}
                </Show>
            </fieldset>
            <fieldset>
                <legend>{ui.ticket_evidence}</legend>
                {move || {
                    let done = done_evidence();
                    if done.is_empty() {
                        view! {
                            <p class="note" data-testid="ticket-evidence-empty">
                                {ui.evidence_none_done}
                            </p>
                        }
                            .into_any()
                    } else {
                        view! {
                            <ul data-testid="ticket-evidence">
                                {done
                                    .into_iter()
                                    .filter_map(|evidence| guide.evidence(evidence))
                                    .map(|item| view! { <li>{item.name}</li> })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                }}
            </fieldset>
        </form>
    }
}
