//! What the rules decided for this case: each remedy's verdict, last day and postage payer with why and
//! the rules behind it, the key dates counted down, the category's special notes, and the reminder to
//! keep the policy page.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::case_view::CaseCtx;
use super::choices::{from_id, id_of};
use super::locale::Locale;
use super::rule_cite::RuleCites;
use super::widgets::{yuan, Label};
use crate::i18n::Ui;
use crate::record::{FieldError, FieldProblem};
use crate::rules::{Category, Decision, Layer, Platform, RemedyVerdict, Verdict};

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
        _ => |ui| ui.more_details,
    }
}

/// "还剩 3 天" for a day, from the buyer's today.
pub fn countdown(ui: &Ui, today: NaiveDate, day: NaiveDate) -> String {
    (ui.days_left)((day - today).num_days())
}

#[component]
pub fn DecisionView() -> impl IntoView {
    let locale = Locale::expect();
    let ctx = CaseCtx::expect();
    view! {
        <section class="decision" data-testid="decision" aria-live="polite">
            <h2>{move || locale.ui().decision_heading}</h2>
            {move || match ctx.decision.get() {
                Some(decision) => view! { <DecisionBody decision=decision/> }.into_any(),
                None => view! { <FormStillNeeds/> }.into_any(),
            }}
            <CategoryNotes/>
            <p class="reminder" data-testid="save-policy">{move || locale.ui().save_policy_reminder}</p>
            <PlatformNotes/>
        </section>
    }
}

/// Until the case is complete: which fields are still empty and how many need fixing.
#[component]
fn FormStillNeeds() -> impl IntoView {
    let locale = Locale::expect();
    let ctx = CaseCtx::expect();
    move || {
        let ui = locale.ui();
        let errors = ctx.case.with(|case| case.as_ref().err().cloned().unwrap_or_default());
        let (missing, wrong): (Vec<&FieldError>, Vec<&FieldError>) =
            errors.iter().partition(|error| error.problem == FieldProblem::Missing);
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
    let ctx = CaseCtx::expect();
    let today = ctx.today;
    let recommended = decision.recommended;
    let remedies = decision.remedies.clone();
    let deadlines = decision.deadlines.clone();
    let compensation = decision.compensation.clone();
    let channel = decision.channel;
    let channel_basis = decision.channel_basis.clone();
    let rules = super::Rules::expect();
    // Guide-layer notes are the seeds' category tips, which CategoryNotes shows in the screen's language.
    let notes: Vec<String> = decision
        .notes
        .iter()
        .filter_map(|id| rules.rule(id))
        .filter(|rule| rule.layer != Layer::Guide)
        .map(|rule| rule.text)
        .collect();
    view! {
        {move || recommended.map(|remedy| {
            let ui = locale.ui();
            view! {
                <p class="recommended" data-testid="recommended">
                    {ui.recommended}{ui.colon}<strong>{(ui.remedy)(remedy)}</strong>
                </p>
            }
        })}
        <ul class="remedies">
            {remedies.into_iter().map(|verdict| view! { <RemedyCard verdict=verdict today=today/> }).collect_view()}
        </ul>
        {(!deadlines.is_empty()).then(|| {
            view! {
                <h3>{move || locale.ui().deadlines_heading}</h3>
                <ul class="deadlines" data-testid="deadlines">
                    {deadlines
                        .into_iter()
                        .map(|deadline| {
                            let on = deadline.on;
                            let id = deadline.id.clone();
                            view! {
                                <li>
                                    <span>{move || (locale.ui().deadline)(&id).map(str::to_string).unwrap_or_else(|| id.clone())}</span>
                                    " "<time datetime=on.to_string()>{on.to_string()}</time>
                                    " "<span class="countdown">{move || countdown(locale.ui(), today, on)}</span>
                                    <RuleCites ids=deadline.basis.clone()/>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })}
        {compensation.map(|compensation| {
            view! {
                <div class="compensation" data-testid="compensation">
                    <h3>{move || locale.ui().compensation_heading}</h3>
                    <p>
                        {move || {
                            (locale.ui().compensation_text)(compensation.multiple, &yuan(compensation.minimum_fen), &yuan(compensation.amount_fen))
                        }}
                    </p>
                    <RuleCites ids=compensation.basis.clone()/>
                </div>
            }
        })}
        <p class="next-channel" data-testid="decision-channel">
            {move || locale.ui().next_channel}
            {move || locale.ui().colon}
            <strong>{move || locale.guide().channel(channel).map(|guide| guide.name.clone())}</strong>
        </p>
        <RuleCites ids=channel_basis/>
        {(!notes.is_empty()).then(|| {
            view! {
                <ul class="rule-notes" lang="zh-CN" data-testid="decision-notes">
                    {notes.into_iter().map(|note| view! { <li>{note}</li> }).collect_view()}
                </ul>
            }
        })}
        {move || {
            let lang = locale.lang();
            decision.calendar_note_in(lang).map(|note| view! { <p class="note" lang=lang.code()>{note.to_string()}</p> })
        }}
    }
}

#[component]
fn RemedyCard(verdict: RemedyVerdict, today: NaiveDate) -> impl IntoView {
    let locale = Locale::expect();
    let texts = verdict.clone();
    let RemedyVerdict { remedy, verdict, until, shipping, basis, .. } = verdict;
    view! {
        <li class=format!("remedy {}", id_of(verdict)) data-testid=format!("remedy-{}", id_of(remedy))>
            <h3>
                {move || (locale.ui().remedy)(remedy)}
                " "<span class="verdict" data-testid="verdict">{move || (locale.ui().verdict)(verdict)}</span>
            </h3>
            {(verdict != Verdict::Ineligible).then(|| {
                view! {
                    <p class="until">
                        {move || match until {
                            Some(day) => format!("{} · {}", (locale.ui().until)(&day.to_string()), countdown(locale.ui(), today, day)),
                            None => locale.ui().no_until.to_string(),
                        }}
                    </p>
                }
            })}
            {shipping.map(|shipping| {
                view! {
                    <p>{move || locale.ui().shipping_label}{move || locale.ui().colon}{move || (locale.ui().shipping)(shipping)}</p>
                }
            })}
            {move || {
                let lang = locale.lang();
                let needs = texts.needs_in(lang);
                view! {
                    <p class="why" lang=lang.code() data-testid="why">{texts.why_in(lang).to_string()}</p>
                    {(!needs.is_empty()).then(|| {
                        view! {
                            <p>{locale.ui().needs_label}{locale.ui().colon}</p>
                            <ul class="needs" lang=lang.code()>{needs.iter().map(|need| view! { <li>{need.clone()}</li> }).collect_view()}</ul>
                        }
                    })}
                }
            }}
            <RuleCites ids=basis/>
        </li>
    }
}

/// The seeds' notes for this kind of goods (food, electronics, clothing, furniture, ...).
#[component]
fn CategoryNotes() -> impl IntoView {
    let locale = Locale::expect();
    let ctx = CaseCtx::expect();
    let category = Memo::new(move |_| ctx.record.with(|record| from_id::<Category>(&record.form.category)));
    move || {
        let guide = locale.guide();
        category.get().and_then(|category| guide.category_note(category)).map(|note| {
            view! {
                <div class="category-notes" data-testid="category-notes">
                    <h3>{locale.ui().category_notes_heading}{locale.ui().colon}{note.title.clone()}</h3>
                    <ul>{note.notes.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}</ul>
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
    let platform = Memo::new(move |_| ctx.record.with(|record| from_id::<Platform>(&record.form.platform)));
    move || {
        let guide = locale.guide();
        platform.get().map(|platform| {
            guide
                .platform_notes(platform)
                .map(|note| {
                    view! {
                        <details class="platform-note" data-testid="platform-note">
                            <summary>{note.title.clone()}</summary>
                            {note
                                .sections
                                .iter()
                                .map(|section| {
                                    view! {
                                        <h4>{section.title.clone()}</h4>
                                        <ul>{section.items.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view()}</ul>
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
