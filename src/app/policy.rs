//! Step 1, 了解政策: the buyer describes the case in a short form, and the decision appears beside it.

use leptos::prelude::*;

use super::case_view::CaseCtx;
use super::choices::{id_of, CATEGORIES, PLATFORMS, PROBLEMS};
use super::decision::DecisionView;
use super::locale::Locale;
use super::widgets::{CheckField, Faqs, GuidePoints, GuideTable, Label, SelectField, StepIntro, TextField};
use crate::i18n::guide::{FaqId, TableId};
use crate::record::{CaseForm, CaseRecord, FieldProblem};
use crate::rules::{Goods, Platform, SoldBy};

#[component]
pub fn PolicyStep() -> impl IntoView {
    view! {
        <StepIntro pick=|guide| &guide.steps.policy/>
        <div class="two-columns">
            <CaseFormView/>
            <DecisionView/>
        </div>
        <GuidePoints pick=|guide| &guide.steps.policy/>
        <GuideTable id=TableId::WarrantyEffect/>
        <Faqs ids=&[FaqId::Warranty, FaqId::ApplyLimit]/>
    }
}

/// The field's problem, except "missing", which the decision panel lists instead of scolding an
/// empty form.
fn form_error(ctx: CaseCtx, field: &'static str) -> Signal<Option<FieldProblem>> {
    Signal::derive(move || {
        ctx.case.with(|case| {
            case.as_ref()
                .err()
                .and_then(|errors| errors.iter().find(|error| error.field == field))
                .map(|error| error.problem)
                .filter(|problem| *problem != FieldProblem::Missing)
        })
    })
}

#[component]
fn CaseFormView() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    let choice = move |name: &'static str,
                       label: Label,
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
    };
    let date = move |name: &'static str,
                     label: Label,
                     read: fn(&CaseRecord) -> &String,
                     write: fn(&mut CaseForm, String),
                     hint: Option<Label>| {
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
    };
    let number = move |name: &'static str,
                       label: Label,
                       read: fn(&CaseRecord) -> &String,
                       write: fn(&mut CaseForm, String),
                       hint: Label| {
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
    };
    let goods = move |name: &'static str, label: Label, read: fn(&CaseRecord) -> bool, write: fn(&mut Goods, bool)| {
        view! {
            <CheckField
                name=name
                label=label
                checked=ctx.flag(read)
                on_change=move |on: bool| ctx.update(|record| write(&mut record.form.goods, on))
            />
        }
    };
    let flag =
        move |name: &'static str, label: Label, read: fn(&CaseRecord) -> bool, write: fn(&mut CaseForm, bool)| {
            view! {
                <CheckField
                    name=name
                    label=label
                    checked=ctx.flag(read)
                    on_change=move |on: bool| ctx.update(|record| write(&mut record.form, on))
                />
            }
        };
    let platform = ctx.platform();
    let sold_by = move || {
        (platform.get() == Some(Platform::Jd)).then(|| {
            choice(
                "sold_by",
                |ui| ui.f_sold_by,
                |record| &record.form.sold_by,
                |form, value| form.sold_by = value,
                |ui| {
                    let known = SoldBy::ALL.map(|sold_by| (id_of(sold_by), (ui.sold_by)(sold_by).to_string()));
                    [(String::new(), ui.sold_by_unknown.to_string())].into_iter().chain(known).collect()
                },
            )
        })
    };
    view! {
        <form class="case-form" data-testid="case-form" on:submit=|event| event.prevent_default()>
            <h2>{ui.form_heading}</h2>
            {choice("platform", |ui| ui.f_platform, |record| &record.form.platform, |form, value| form.platform = value, |ui| {
                PLATFORMS.map(|platform| (id_of(platform), (ui.platform)(platform).to_string())).to_vec()
            })}
            {sold_by}
            {choice("category", |ui| ui.f_category, |record| &record.form.category, |form, value| form.category = value, |ui| {
                CATEGORIES.map(|category| (id_of(category), (ui.category)(category).to_string())).to_vec()
            })}
            {choice("problem", |ui| ui.f_problem, |record| &record.form.problem, |form, value| form.problem = value, |ui| {
                PROBLEMS.map(|problem| (id_of(problem), (ui.problem)(problem).to_string())).to_vec()
            })}
            {flag("pay_after_delivery", |ui| ui.f_pay_after_delivery, |record| record.form.pay_after_delivery, |form, on| form.pay_after_delivery = on)}
            {date("paid_on", |ui| ui.f_paid_on, |record| &record.form.paid_on, |form, value| form.paid_on = value, Some(|ui| ui.hint_paid_on))}
            {date("signed_on", |ui| ui.f_signed_on, |record| &record.form.signed_on, |form, value| form.signed_on = value, Some(|ui| ui.hint_signed_on))}
            {date("completed_on", |ui| ui.f_completed_on, |record| &record.form.completed_on, |form, value| form.completed_on = value, Some(|ui| ui.hint_completed_on))}
            {number("paid_yuan", |ui| ui.f_paid_yuan, |record| &record.form.paid_yuan, |form, value| form.paid_yuan = value, |ui| ui.hint_paid_yuan)}
            <fieldset>
                <legend>{ui.goods_legend}</legend>
                {goods("opened", |ui| ui.g_opened, |record| record.form.goods.opened, |goods, on| goods.opened = on)}
                {goods("seal_broken", |ui| ui.g_seal_broken, |record| record.form.goods.seal_broken, |goods, on| goods.seal_broken = on)}
                {goods("tags_removed", |ui| ui.g_tags_removed, |record| record.form.goods.tags_removed, |goods, on| goods.tags_removed = on)}
                {goods("used", |ui| ui.g_used, |record| record.form.goods.used, |goods, on| goods.used = on)}
                {goods("activated", |ui| ui.g_activated, |record| record.form.goods.activated, |goods, on| goods.activated = on)}
                {goods("damaged_by_buyer", |ui| ui.g_damaged_by_buyer, |record| record.form.goods.damaged_by_buyer, |goods, on| goods.damaged_by_buyer = on)}
            </fieldset>
            <details class="more-details" data-testid="more-details">
                <summary>{ui.more_details}</summary>
                <fieldset>
                    <legend>{ui.merchant_legend}</legend>
                    {flag("return_shipping_insurance", |ui| ui.m_insurance, |record| record.form.return_shipping_insurance, |form, on| form.return_shipping_insurance = on)}
                    {flag("no_reason_even_if_excluded", |ui| ui.m_no_reason_even_if_excluded, |record| record.form.no_reason_even_if_excluded, |form, on| form.no_reason_even_if_excluded = on)}
                    {flag("buyer_confirmed_no_return_at_checkout", |ui| ui.m_confirmed_no_return_at_checkout, |record| record.form.buyer_confirmed_no_return_at_checkout, |form, on| form.buyer_confirmed_no_return_at_checkout = on)}
                    {number("no_reason_days", |ui| ui.f_no_reason_days, |record| &record.form.no_reason_days, |form, value| form.no_reason_days = value, |ui| ui.hint_merchant_days)}
                    {number("warranty_days", |ui| ui.f_warranty_days, |record| &record.form.warranty_days, |form, value| form.warranty_days = value, |ui| ui.hint_merchant_days)}
                    {flag("allergy_returns", |ui| ui.m_allergy_returns, |record| record.form.allergy_returns, |form, on| form.allergy_returns = on)}
                    {number("counterfeit_multiple", |ui| ui.f_counterfeit_multiple, |record| &record.form.counterfeit_multiple, |form, value| form.counterfeit_multiple = value, |ui| ui.hint_counterfeit_multiple)}
                    {number("price_protection_days", |ui| ui.f_price_protection_days, |record| &record.form.price_protection_days, |form, value| form.price_protection_days = value, |ui| ui.hint_price_protection_days)}
                </fieldset>
                {number("kept_yuan", |ui| ui.f_kept_yuan, |record| &record.form.kept_yuan, |form, value| form.kept_yuan = value, |ui| ui.hint_kept_yuan)}
                {number("gift_kept_yuan", |ui| ui.f_gift_kept_yuan, |record| &record.form.gift_kept_yuan, |form, value| form.gift_kept_yuan = value, |ui| ui.hint_gift_kept_yuan)}
                {flag("livestream", |ui| ui.f_livestream, |record| record.form.livestream, |form, on| form.livestream = on)}
                {number("failed_repairs", |ui| ui.f_failed_repairs, |record| &record.form.failed_repairs, |form, value| form.failed_repairs = value, |ui| ui.optional)}
                {flag("for_business", |ui| ui.f_for_business, |record| record.form.for_business, |form, on| form.for_business = on)}
            </details>
        </form>
    }
}
