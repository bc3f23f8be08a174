//! Step 1, 了解政策: the buyer describes the case in a short form, and the decision appears beside it.

use leptos::prelude::*;

use super::case_view::CaseCtx;
use super::choices::{from_id, id_of, CATEGORIES, PLATFORMS, PROBLEMS};
use super::decision::{form_field_label, DecisionView};
use super::locale::Locale;
use super::widgets::{CheckField, Faqs, GuidePoints, GuideTable, Label, SelectField, StepIntro, TextField};
use crate::i18n::guide::{FaqId, TableId};
use crate::record::{fill, read_order, still_missing, CaseForm, CaseRecord, FieldProblem, Filled, Found, OrderFact};
use crate::rules::{Goods, Platform, SoldBy};

#[component]
pub fn PolicyStep() -> impl IntoView {
    // On a phone the essentials come first, the verdict right after them, then what else there is; on a
    // wide screen the verdict stays beside the form (style: .policy-layout).
    view! {
        <StepIntro pick=|guide| &guide.steps.policy />
        <PasteOrder />
        <div class="policy-layout">
            <CaseFormView />
            <VerdictJump />
            <DecisionView />
            <MoreFacts />
        </div>
        <GuidePoints pick=|guide| &guide.steps.policy />
        <GuideTable id=TableId::WarrantyEffect />
        <Faqs ids=&[FaqId::Warranty, FaqId::ApplyLimit] />
    }
}

/// The facts every verdict needs, asked first.
const ESSENTIALS: [&str; 9] = [
    "platform",
    "sold_by",
    "category",
    "problem",
    "pay_after_delivery",
    "paid_on",
    "signed_on",
    "completed_on",
    "paid_yuan",
];
/// The other facts, by the fieldset they sit in under 更多情况. Those that decide this case
/// (`CaseForm::decides_here`) are asked right after the essentials instead. A new fact joins one list
/// here and gets its field in `field_view`.
const GOODS: [&str; 6] = ["opened", "seal_broken", "tags_removed", "used", "activated", "damaged_by_buyer"];
const MERCHANT: [&str; 8] = [
    "return_shipping_insurance",
    "no_reason_even_if_excluded",
    "buyer_confirmed_no_return_at_checkout",
    "no_reason_days",
    "warranty_days",
    "allergy_returns",
    "counterfeit_multiple",
    "price_protection_days",
];
const OTHERS: [&str; 5] = ["kept_yuan", "gift_kept_yuan", "livestream", "failed_repairs", "for_business"];

/// The facts of `names` that do (or do not) decide the case as described, following the record only
/// when that set changes, so a field being typed in is not rebuilt.
fn deciding(ctx: CaseCtx, names: &'static [&'static str], decides: bool) -> Memo<Vec<&'static str>> {
    Memo::new(move |_| {
        ctx.record
            .with(|record| names.iter().copied().filter(|name| record.form.decides_here(name) == decides).collect())
    })
}

fn fields(names: Memo<Vec<&'static str>>) -> impl IntoView {
    move || names.get().into_iter().map(field_view).collect_view()
}

/// The field's problem, except "missing", which the decision panel lists instead of scolding an
/// empty form; so is "needs the goods" (no signing date for a fault) while other facts are still missing:
/// a new case starts as a quality problem with nothing typed, and that is not the buyer's mistake.
fn form_error(ctx: CaseCtx, field: &'static str) -> Signal<Option<FieldProblem>> {
    Signal::derive(move || {
        ctx.case.with(|case| {
            let errors = case.as_ref().err()?;
            let still_filling = errors.iter().any(|error| error.problem == FieldProblem::Missing);
            errors
                .iter()
                .find(|error| error.field == field)
                .map(|error| error.problem)
                .filter(|problem| *problem != FieldProblem::Missing)
                .filter(|problem| !(still_filling && *problem == FieldProblem::NeedsTheGoods))
        })
    })
}

/// One fact of the case form, by its id (the `CaseForm` member and `FieldError::field`).
fn field_view(name: &'static str) -> AnyView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    let choice = move |label: Label,
                       read: fn(&CaseRecord) -> &String,
                       write: fn(&mut CaseForm, String),
                       options: fn(&crate::i18n::Ui) -> Vec<(String, String)>| {
        view! {
            <SelectField
                name=name
                label=label
                value=ctx.text(read)
                options=Signal::stored(options(ui))
                on_change=move |value: String| ctx.update(|record| write(&mut record.form, value))
                error=form_error(ctx, name)
            />
        }
        .into_any()
    };
    let date =
        move |label: Label, read: fn(&CaseRecord) -> &String, write: fn(&mut CaseForm, String), hint: Option<Label>| {
            view! {
                <TextField
                    name=name
                    label=label
                    kind="date"
                    value=ctx.text(read)
                    on_input=move |value: String| ctx.update(|record| write(&mut record.form, value))
                    hint=Signal::stored(hint.map(|hint| hint(ui).to_string()).unwrap_or_default())
                    error=form_error(ctx, name)
                />
            }
            .into_any()
        };
    let number =
        move |label: Label, read: fn(&CaseRecord) -> &String, write: fn(&mut CaseForm, String), hint: Label| {
            view! {
                <TextField
                    name=name
                    label=label
                    inputmode="decimal"
                    value=ctx.text(read)
                    on_input=move |value: String| ctx.update(|record| write(&mut record.form, value))
                    hint=Signal::stored(hint(ui).to_string())
                    error=form_error(ctx, name)
                />
            }
            .into_any()
        };
    let goods = move |label: Label, read: fn(&CaseRecord) -> bool, write: fn(&mut Goods, bool)| {
        view! {
            <CheckField
                name=name
                label=label
                checked=ctx.flag(read)
                on_change=move |on: bool| ctx.update(|record| write(&mut record.form.goods, on))
            />
        }
        .into_any()
    };
    let flag = move |label: Label, read: fn(&CaseRecord) -> bool, write: fn(&mut CaseForm, bool)| {
        view! {
            <CheckField
                name=name
                label=label
                checked=ctx.flag(read)
                on_change=move |on: bool| ctx.update(|record| write(&mut record.form, on))
            />
        }
        .into_any()
    };
    match name {
        "platform" => choice(
            |ui| ui.f_platform,
            |record| &record.form.platform,
            |form, value| form.platform = value,
            |ui| PLATFORMS.map(|platform| (id_of(platform), (ui.platform)(platform).to_string())).to_vec(),
        ),
        // Asked for JD only: 京东自营 or a shop on JD.
        "sold_by" => {
            let platform = ctx.platform();
            let options = |ui: &crate::i18n::Ui| {
                let known = SoldBy::ALL.map(|sold_by| (id_of(sold_by), (ui.sold_by)(sold_by).to_string()));
                [(String::new(), ui.sold_by_unknown.to_string())].into_iter().chain(known).collect()
            };
            let sold_by = move || {
                (platform.get() == Some(Platform::Jd)).then(|| {
                    choice(
                        |ui| ui.f_sold_by,
                        |record| &record.form.sold_by,
                        |form, value| form.sold_by = value,
                        options,
                    )
                })
            };
            sold_by.into_any()
        }
        "category" => choice(
            |ui| ui.f_category,
            |record| &record.form.category,
            |form, value| form.category = value,
            |ui| CATEGORIES.map(|category| (id_of(category), (ui.category)(category).to_string())).to_vec(),
        ),
        "problem" => choice(
            |ui| ui.f_problem,
            |record| &record.form.problem,
            |form, value| form.problem = value,
            |ui| PROBLEMS.map(|problem| (id_of(problem), (ui.problem)(problem).to_string())).to_vec(),
        ),
        "pay_after_delivery" => flag(
            |ui| ui.f_pay_after_delivery,
            |record| record.form.pay_after_delivery,
            |form, on| form.pay_after_delivery = on,
        ),
        "paid_on" => date(
            |ui| ui.f_paid_on,
            |record| &record.form.paid_on,
            |form, value| form.paid_on = value,
            Some(|ui| ui.hint_paid_on),
        ),
        "signed_on" => date(
            |ui| ui.f_signed_on,
            |record| &record.form.signed_on,
            |form, value| form.signed_on = value,
            Some(|ui| ui.hint_signed_on),
        ),
        "completed_on" => date(
            |ui| ui.f_completed_on,
            |record| &record.form.completed_on,
            |form, value| form.completed_on = value,
            Some(|ui| ui.hint_completed_on),
        ),
        "paid_yuan" => number(
            |ui| ui.f_paid_yuan,
            |record| &record.form.paid_yuan,
            |form, value| form.paid_yuan = value,
            |ui| ui.hint_paid_yuan,
        ),
        "opened" => goods(|ui| ui.g_opened, |record| record.form.goods.opened, |goods, on| goods.opened = on),
        "seal_broken" => {
            goods(|ui| ui.g_seal_broken, |record| record.form.goods.seal_broken, |goods, on| goods.seal_broken = on)
        }
        "tags_removed" => {
            goods(|ui| ui.g_tags_removed, |record| record.form.goods.tags_removed, |goods, on| goods.tags_removed = on)
        }
        "used" => goods(|ui| ui.g_used, |record| record.form.goods.used, |goods, on| goods.used = on),
        "activated" => {
            goods(|ui| ui.g_activated, |record| record.form.goods.activated, |goods, on| goods.activated = on)
        }
        "damaged_by_buyer" => goods(
            |ui| ui.g_damaged_by_buyer,
            |record| record.form.goods.damaged_by_buyer,
            |goods, on| goods.damaged_by_buyer = on,
        ),
        "return_shipping_insurance" => flag(
            |ui| ui.m_insurance,
            |record| record.form.return_shipping_insurance,
            |form, on| form.return_shipping_insurance = on,
        ),
        "no_reason_even_if_excluded" => flag(
            |ui| ui.m_no_reason_even_if_excluded,
            |record| record.form.no_reason_even_if_excluded,
            |form, on| form.no_reason_even_if_excluded = on,
        ),
        "buyer_confirmed_no_return_at_checkout" => flag(
            |ui| ui.m_confirmed_no_return_at_checkout,
            |record| record.form.buyer_confirmed_no_return_at_checkout,
            |form, on| form.buyer_confirmed_no_return_at_checkout = on,
        ),
        "no_reason_days" => number(
            |ui| ui.f_no_reason_days,
            |record| &record.form.no_reason_days,
            |form, value| form.no_reason_days = value,
            |ui| ui.hint_merchant_days,
        ),
        "warranty_days" => number(
            |ui| ui.f_warranty_days,
            |record| &record.form.warranty_days,
            |form, value| form.warranty_days = value,
            |ui| ui.hint_merchant_days,
        ),
        "allergy_returns" => {
            flag(|ui| ui.m_allergy_returns, |record| record.form.allergy_returns, |form, on| form.allergy_returns = on)
        }
        "counterfeit_multiple" => number(
            |ui| ui.f_counterfeit_multiple,
            |record| &record.form.counterfeit_multiple,
            |form, value| form.counterfeit_multiple = value,
            |ui| ui.hint_counterfeit_multiple,
        ),
        "price_protection_days" => number(
            |ui| ui.f_price_protection_days,
            |record| &record.form.price_protection_days,
            |form, value| form.price_protection_days = value,
            |ui| ui.hint_price_protection_days,
        ),
        "livestream" => flag(|ui| ui.f_livestream, |record| record.form.livestream, |form, on| form.livestream = on),
        "kept_yuan" => number(
            |ui| ui.f_kept_yuan,
            |record| &record.form.kept_yuan,
            |form, value| form.kept_yuan = value,
            |ui| ui.hint_kept_yuan,
        ),
        "gift_kept_yuan" => number(
            |ui| ui.f_gift_kept_yuan,
            |record| &record.form.gift_kept_yuan,
            |form, value| form.gift_kept_yuan = value,
            |ui| ui.hint_gift_kept_yuan,
        ),
        "failed_repairs" => number(
            |ui| ui.f_failed_repairs,
            |record| &record.form.failed_repairs,
            |form, value| form.failed_repairs = value,
            |ui| ui.optional,
        ),
        "for_business" => {
            flag(|ui| ui.f_for_business, |record| record.form.for_business, |form, on| form.for_business = on)
        }
        _ => unreachable!("every fact in ESSENTIALS, GOODS, MERCHANT and OTHERS has a field"),
    }
}

/// The essentials, then the facts that decide this case.
#[component]
fn CaseFormView() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    let (goods, others) = (deciding(ctx, &GOODS, true), deciding(ctx, &OTHERS, true));
    view! {
        <form class="case-form" data-testid="case-form" on:submit=|event| event.prevent_default()>
            <h2>{ui.form_heading}</h2>
            {ESSENTIALS.map(field_view).collect_view()}
            {move || {
                (!goods.with(Vec::is_empty) || !others.with(Vec::is_empty))
                    .then(|| {
                        view! {
                            <fieldset data-testid="deciding-facts">
                                <legend>{ui.deciding_legend}</legend>
                                {fields(goods)}
                                {fields(others)}
                            </fieldset>
                        }
                    })
            }}
        </form>
    }
}

/// Everything else, folded: the goods' state and the shop's promises when they do not decide this case.
#[component]
fn MoreFacts() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    let goods = deciding(ctx, &GOODS, false);
    let others = deciding(ctx, &OTHERS, false);
    view! {
        <form class="more-facts" on:submit=|event| event.prevent_default()>
            <details class="more-details" data-testid="more-details">
                <summary>{ui.more_details}</summary>
                {move || {
                    (!goods.with(Vec::is_empty))
                        .then(|| {
                            view! {
                                <fieldset>
                                    <legend>{ui.goods_legend}</legend>
                                    {fields(goods)}
                                </fieldset>
                            }
                        })
                }}
                <fieldset>
                    <legend>{ui.merchant_legend}</legend>
                    {MERCHANT.map(field_view).collect_view()}
                </fieldset>
                {fields(others)}
            </details>
        </form>
    }
}

/// On a phone, the verdict in one line that stays at the bottom of the screen while the buyer fills in
/// the form, and takes them to the decision (style: .verdict-jump, sticky, right above the decision).
#[component]
fn VerdictJump() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    let first = Memo::new(move |_| {
        ctx.decision.with(|decision| {
            let decision = decision.as_ref()?;
            let remedy = decision.recommended.or_else(|| decision.remedies.first().map(|verdict| verdict.remedy))?;
            let verdict =
                decision.remedies.iter().find(|verdict| verdict.remedy == remedy).map(|verdict| verdict.verdict);
            Some((remedy, verdict))
        })
    });
    let jump = move |_| {
        if let Some(decision) = document().query_selector("[data-testid=decision]").ok().flatten() {
            decision.scroll_into_view();
        }
    };
    move || {
        first.get().map(|(remedy, verdict)| {
            view! {
                <button type="button" class="verdict-jump" data-testid="verdict-jump" on:click=jump>
                    {ui.recommended}
                    {ui.colon}
                    <strong>{(ui.remedy)(remedy)}</strong>
                    {verdict.map(|verdict| format!(" · {}", (ui.verdict)(verdict)))}
                    " ↓"
                </button>
            }
        })
    }
}

/// The order details pasted once: the facts recognised fill the empty fields, each shown with the words
/// it came from; the rest is left for the buyer.
#[component]
fn PasteOrder() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    let result = RwSignal::new(None::<PasteResult>);
    let read = move |_| {
        let reading = read_order(&ctx.record.with_untracked(|record| record.order_paste.clone()));
        let mut filled = Vec::new();
        if !reading.found.is_empty() {
            ctx.update(|record| filled = fill(record, &reading));
        }
        let missing = ctx.record.with_untracked(|record| still_missing(record, &reading));
        result.set(Some(PasteResult { filled, conflicting: reading.conflicting, missing }));
    };
    view! {
        <details class="paste-order" data-testid="paste-order">
            <summary>{ui.paste_heading}</summary>
            <TextField
                name="order_paste"
                label=|ui| ui.paste_label
                multiline=true
                rows=3
                value=ctx.text(|record| &record.order_paste)
                on_input=move |text: String| ctx.update(|record| record.order_paste = text)
                hint=Signal::stored(ui.paste_hint.to_string())
            />
            <button type="button" class="button" data-testid="paste-read" on:click=read>
                {ui.paste_read}
            </button>
            <div class="paste-result" role="status" data-testid="paste-result">
                {move || result.get().map(|result| paste_report(ui, result))}
            </div>
        </details>
    }
}

/// What one press of "read" did: the facts filled (or kept), those pasted twice over, and those still to type.
#[derive(Clone)]
struct PasteResult {
    filled: Vec<(Found, Filled)>,
    conflicting: Vec<OrderFact>,
    missing: Vec<OrderFact>,
}

fn paste_report(ui: &'static crate::i18n::Ui, PasteResult { filled, conflicting, missing }: PasteResult) -> AnyView {
    if filled.is_empty() && conflicting.is_empty() {
        return view! { <p data-testid="paste-nothing">{ui.paste_nothing}</p> }.into_any();
    }
    let label = |fact: OrderFact| match fact {
        OrderFact::OrderNo => ui.t_order_no,
        OrderFact::ItemName => ui.t_item_name,
        OrderFact::ShopName => ui.t_shop_name,
        _ => form_field_label(fact.field())(ui),
    };
    let shown = |found: &Found| match found.fact {
        OrderFact::Platform => from_id::<Platform>(&found.value)
            .map_or(found.value.clone(), |platform| (ui.platform)(platform).to_string()),
        _ => found.value.clone(),
    };
    let missing: Vec<&str> = missing.into_iter().map(label).collect();
    view! {
        <p class="pasted-heading">{ui.paste_filled}</p>
        <ul class="pasted">
            {filled
                .iter()
                .map(|(found, outcome)| {
                    let note = match outcome {
                        Filled::Filled => None,
                        Filled::Same => Some(ui.paste_same.to_string()),
                        Filled::KeptYours(yours) => Some((ui.paste_kept)(yours)),
                    };
                    view! {
                        <li data-testid=format!("pasted-{}", found.fact.field())>
                            <strong>{label(found.fact)}</strong>
                            " ← "
                            <span class="pasted-words">{(ui.paste_from)(&found.words)}</span>
                            {(found.fact == OrderFact::Platform).then(|| format!("（{}）", shown(found)))}
                            {note
                                .map(|note| {
                                    view! {
                                        " · "
                                        <em>{note}</em>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view()}
            {conflicting
                .iter()
                .map(|fact| {
                    view! {
                        <li data-testid=format!("pasted-{}", fact.field())>
                            <strong>{label(*fact)}</strong>
                            {ui.colon}
                            {ui.paste_conflict}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {(!missing.is_empty())
            .then(|| {
                view! {
                    <p class="note" data-testid="paste-missing">
                        {ui.paste_missing}
                        {ui.colon}
                        {missing.join("、")}
                    </p>
                }
            })}
    }
    .into_any()
}
