//! What the rules decided for this case: each remedy's verdict, last day and postage payer with why and
//! the rules behind it, the key dates counted down, the category's special notes, and the reminder to
//! keep the policy page.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::case_view::CaseCtx;
use super::choices::{from_id, id_of};
use super::locale::Locale;
use super::rule_cite::RuleCites;
use super::widgets::{list_items, yuan, Label};
use crate::followup::texts;
use crate::i18n::Ui;
use crate::lang::Lang;
use crate::record::{FieldError, FieldProblem};
use crate::rules::{Category, Decision, Layer, RemedyVerdict, Verdict};

/// The label of a case-form field, by the id `FieldError` names it with.
pub fn form_field_label(field: &str) -> Label {
    match field {
        "platform" => |ui| ui.f_platform,
        "category" => |ui| ui.f_category,
        "problem" => |ui| ui.f_problem,
        "paid_on" => |ui| ui.f_paid_on,
        "signed_on" => |ui| ui.f_signed_on,
        "completed_on" => |ui| ui.f_completed_on,
        "paid_yuan" => |ui| ui.f_paid_yuan,
        "failed_repairs" => |ui| ui.f_failed_repairs,
        "no_reason_days" => |ui| ui.f_no_reason_days,
        "warranty_days" => |ui| ui.f_warranty_days,
        "counterfeit_multiple" => |ui| ui.f_counterfeit_multiple,
        "price_protection_days" => |ui| ui.f_price_protection_days,
        "sold_by" => |ui| ui.f_sold_by,
        "kept_yuan" => |ui| ui.f_kept_yuan,
        "gift_kept_yuan" => |ui| ui.f_gift_kept_yuan,
        _ => |ui| ui.more_details,
    }
}

/// "还剩 3 天" for a day, from the buyer's today.
pub fn countdown(ui: &Ui, today: NaiveDate, day: NaiveDate) -> String {
    (ui.days_left)((day - today).num_days())
}

#[component]
pub fn DecisionView() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    view! {
        <section class="decision" data-testid="decision" aria-live="polite">
            <h2>{ui.decision_heading}</h2>
            {move || match ctx.decision.get() {
                Some(decision) => view! { <DecisionBody decision=decision /> }.into_any(),
                None => view! { <FormStillNeeds /> }.into_any(),
            }}
            <CategoryNotes />
            <p class="reminder" data-testid="save-policy">
                {ui.save_policy_reminder}
            </p>
            <PlatformNotes />
        </section>
    }
}

/// Until the case is complete: which fields are still empty and how many need fixing.
#[component]
fn FormStillNeeds() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    move || {
        let errors = ctx.case.with(|case| case.as_ref().err().cloned().unwrap_or_default());
        // A fault without a signing date is a question to answer, like an empty field, not a mistake.
        let (missing, wrong): (Vec<&FieldError>, Vec<&FieldError>) = errors
            .iter()
            .partition(|error| matches!(error.problem, FieldProblem::Missing | FieldProblem::NeedsTheGoods));
        view! {
            <p data-testid="decision-waiting">{ui.decision_waiting}</p>
            <ul class="still-needed">
                {missing
                    .iter()
                    .map(|error| {
                        let label = form_field_label(error.field);
                        view! { <li>{super::widgets::field_message(ui, label, error.problem)}</li> }
                    })
                    .collect_view()}
            </ul>
            {(!wrong.is_empty()).then(|| view! { <p class="field-error">{(ui.form_fix_first)(wrong.len())}</p> })}
        }
    }
}

#[component]
fn DecisionBody(decision: Decision) -> impl IntoView {
    let locale = Locale::expect();
    let (ui, lang) = (locale.ui(), locale.lang());
    let ctx = CaseCtx::expect();
    let today = ctx.today;
    let rules = super::Rules::expect();
    let entry_warning = {
        let decision = decision.clone();
        move || {
            ctx.record.with(|record| crate::followup::entry_may_close_early(record, &decision, today, lang)).map(
                |warning| {
                    view! {
                        <p class="note entry-warning" role="note" data-testid="entry-warning">
                            {warning}
                        </p>
                    }
                },
            )
        }
    };
    // Guide-layer notes are the seeds' category tips, which CategoryNotes shows in the screen's language.
    let notes: Vec<(String, Lang)> = decision
        .notes
        .iter()
        .filter_map(|id| rules.rule(id))
        .filter(|rule| rule.layer != Layer::Guide)
        .map(|rule| {
            let (text, in_lang) = rule.text_in(lang);
            (text.to_string(), in_lang)
        })
        .collect();
    let calendar_note = decision.calendar_note_in(lang).map(|note| {
        view! {
            <p class="note" lang=lang.code()>
                {note.to_string()}
            </p>
        }
    });
    let partial_refund = decision.partial_refund.as_ref().map(|refund| {
        view! {
            <p class="partial-refund" lang=lang.code() data-testid="partial-refund">
                {refund.why_in(lang).to_string()}
            </p>
            <RuleCites ids=refund.basis.clone() />
        }
    });
    let Decision { recommended, remedies, deadlines, compensation, channel, channel_basis, .. } = decision;
    view! {
        {recommended
            .map(|remedy| {
                view! {
                    <p class="recommended" data-testid="recommended">
                        {ui.recommended}
                        {ui.colon}
                        <strong>{(ui.remedy)(remedy)}</strong>
                    </p>
                }
            })}
        <ul class="remedies">
            {remedies.into_iter().map(|verdict| view! { <RemedyCard verdict=verdict today=today /> }).collect_view()}
        </ul>
        {partial_refund}
        {(!deadlines.is_empty())
            .then(|| {
                view! {
                    <h3>{ui.deadlines_heading}</h3>
                    <ul class="deadlines" data-testid="deadlines">
                        {deadlines
                            .into_iter()
                            .map(|deadline| {
                                let on = deadline.on;
                                let name = (ui.deadline)(&deadline.id).map(str::to_string).unwrap_or(deadline.id);
                                view! {
                                    <li>
                                        <span>{name}</span>
                                        " "
                                        <time datetime=on.to_string()>{shown_day(lang, on)}</time>
                                        " "
                                        <span class="countdown">{countdown(ui, today, on)}</span>
                                        <RuleCites ids=deadline.basis />
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
        {entry_warning}
        {compensation
            .map(|compensation| {
                view! {
                    <div class="compensation" data-testid="compensation">
                        <h3>{ui.compensation_heading}</h3>
                        <p>
                            {if compensation.promised_by_shop() {
                                (ui.compensation_promised_text)(compensation.multiple, &yuan(compensation.amount_fen))
                            } else {
                                (ui
                                    .compensation_text)(
                                    compensation.multiple,
                                    &yuan(compensation.minimum_fen),
                                    &yuan(compensation.amount_fen),
                                )
                            }}
                        </p>
                        <RuleCites ids=compensation.basis />
                    </div>
                }
            })}
        <p class="next-channel" data-testid="decision-channel">
            {ui.next_channel}
            {ui.colon}
            <strong>{locale.guide().channel(channel).map(|guide| guide.name)}</strong>
        </p>
        <RuleCites ids=channel_basis />
        {(!notes.is_empty())
            .then(|| {
                view! {
                    <ul class="rule-notes" data-testid="decision-notes">
                        {notes
                            .into_iter()
                            .map(|(text, in_lang)| view! { <li lang=in_lang.code()>{text}</li> })
                            .collect_view()}
                    </ul>
                }
            })}
        {calendar_note}
    }
}

/// A day the rules give: in English as the other English screens write it (Oct 31, 2026); in Chinese as the
/// form's date fields do.
fn shown_day(lang: Lang, day: NaiveDate) -> String {
    match lang {
        Lang::En => texts(lang).full_date(day),
        Lang::ZhCn => day.to_string(),
    }
}

#[component]
fn RemedyCard(verdict: RemedyVerdict, today: NaiveDate) -> impl IntoView {
    let locale = Locale::expect();
    let (ui, lang) = (locale.ui(), locale.lang());
    let needs = verdict.needs_in(lang);
    let why = verdict.why_in(lang).to_string();
    let needs = (!needs.is_empty()).then(|| {
        view! {
            <p>{ui.needs_label}{ui.colon}</p>
            <ul class="needs" lang=lang.code()>
                {list_items(needs)}
            </ul>
        }
    });
    let RemedyVerdict { remedy, verdict, until, shipping, basis, .. } = verdict;
    let until = match until {
        Some(day) => format!("{} · {}", (ui.until)(&shown_day(lang, day)), countdown(ui, today, day)),
        None => ui.no_until.to_string(),
    };
    view! {
        <li class=format!("remedy {}", id_of(verdict)) data-testid=format!("remedy-{}", id_of(remedy))>
            <h3>
                {(ui.remedy)(remedy)} " "<span class="verdict" data-testid="verdict">
                    {(ui.verdict)(verdict)}
                </span>
            </h3>
            {(verdict != Verdict::Ineligible).then(|| view! { <p class="until">{until}</p> })}
            {shipping.map(|shipping| view! { <p>{ui.shipping_label}{ui.colon}{(ui.shipping)(shipping)}</p> })}
            <p class="why" lang=lang.code() data-testid="why">
                {why}
            </p>
            {needs}
            <RuleCites ids=basis />
        </li>
    }
}

/// The seeds' notes for this kind of goods (food, electronics, clothing, furniture, ...).
#[component]
fn CategoryNotes() -> impl IntoView {
    let locale = Locale::expect();
    let ctx = CaseCtx::expect();
    let category = Memo::new(move |_| ctx.record.with(|record| from_id::<Category>(&record.form.category)));
    let (ui, guide) = (locale.ui(), locale.guide());
    move || {
        category.get().and_then(|category| guide.category_note(category)).map(|note| {
            view! {
                <div class="category-notes" data-testid="category-notes">
                    <h3>{ui.category_notes_heading}{ui.colon}{note.title}</h3>
                    <ul>{list_items(note.notes)}</ul>
                </div>
            }
        })
    }
}

/// The platform's own flow and conditions from the seeds (Taobao's refund timeline, 1688's exchange
/// conditions, shop versus national warranty).
#[component]
fn PlatformNotes() -> impl IntoView {
    let locale = Locale::expect();
    let ctx = CaseCtx::expect();
    let platform = ctx.platform();
    let category = Memo::new(move |_| ctx.record.with(|record| from_id::<Category>(&record.form.category)));
    let guide = locale.guide();
    move || {
        platform.get().map(|platform| {
            guide
                .platform_notes(platform, category.get())
                .map(|note| {
                    view! {
                        <details class="platform-note" data-testid="platform-note">
                            <summary>{note.title}</summary>
                            {note
                                .sections
                                .iter()
                                .map(|section| {
                                    view! {
                                        <h4>{section.title}</h4>
                                        <ul>{list_items(section.items)}</ul>
                                    }
                                })
                                .collect_view()}
                        </details>
                    }
                })
                .collect_view()
        })
    }
}
