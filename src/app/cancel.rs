//! 撤销或修改: withdrawing or changing a ticket, by its status, with the seeds' warnings, ways, problems
//! and after-care, and the request drafts.

use leptos::prelude::*;

use super::case_fields::{fact_field, no_hint};
use super::case_view::CaseCtx;
use super::choices::from_id;
use super::draft_panel::DraftPanel;
use super::locale::Locale;
use super::route::{Link, Step};
use super::rule_cite::RuleCites;
use super::widgets::yuan;
use super::widgets::{points, Faqs, GuideTable, PointsSection, StepIntro};
use crate::drafting::Purpose;
use crate::i18n::guide::{CancelClass, FaqId, TableId};
use crate::record::parse_yuan;
use crate::rules::ticket::{cancel_policy, modify_policy, CancelEase, CancelPolicy, ModifyPolicy};
use crate::rules::{Platform, TicketStatus};

#[component]
pub fn CancelStep() -> impl IntoView {
    let locale = Locale::expect();
    let (ui, guide) = (locale.ui(), locale.guide());
    let ctx = CaseCtx::expect();
    let policy = policies(ctx);
    let filed = Memo::new(move |_| ctx.record.with(|record| record.status()) != TicketStatus::Draft);
    let refused = Memo::new(move |_| ctx.record.with(|record| record.status()) == TicketStatus::Rejected);
    view! {
        <StepIntro pick=|guide| &guide.steps.cancel />
        <section data-testid="cancel-status">
            <h2>
                {ui.cancel_status_now}{ui.colon} <span data-testid="cancel-status-now">{ctx.status_text(ui)}</span>
                <span data-testid="cancel-stage">
                    {move || {
                        let filed = ctx.record.with(|record| record.status()) != TicketStatus::Draft;
                        let class = seed_class(policy.get().0.ease);
                        let stage = guide.cancel.statuses.iter().find(|status| status.class == class);
                        filed.then_some(stage).flatten().map(|stage| (ui.cancel_stage)(stage.title))
                    }}
                </span>
            </h2>
            <CancelPolicyView />
            <ul class="cancel-classes">
                {move || {
                    let filed = ctx.record.with(|record| record.status()) != TicketStatus::Draft;
                    let current = filed.then(|| seed_class(policy.get().0.ease));
                    guide
                        .cancel
                        .statuses
                        .iter()
                        .map(|status| {
                            let here = Some(status.class) == current;
                            view! {
                                <li class:current=here aria-current=here.then_some("step")>
                                    <strong>{status.title}</strong>
                                    {ui.colon}
                                    {status.text}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <GuideTable id=TableId::CancelByStatus />
        </section>
        <OfferAdvice />
        {move || {
            if filed.get() {
                // A ticket not yet submitted needs no letter: the panel says so once, without the fields.
                // (A memo: typing in the fields must not rebuild them.)
                view! {
                    <section class="two-columns">
                        <div>
                            {move || {
                                if refused.get() {
                                    // Withdrawing a refused ticket may bar a new request: the way on is the platform.
                                    view! {
                                        <p data-testid="cancel-escalate">
                                            <Link to=ctx.route(Some(Step::Dispute)) testid="cancel-to-intervention">
                                                {ui.cancel_refused_link}
                                            </Link>
                                        </p>
                                    }
                                        .into_any()
                                } else {
                                    view! {
                                        {fact_field(
                                            "cancel_reason",
                                            |ui| ui.cancel_reason_label,
                                            |r| &r.facts.cancel_reason,
                                            |f, v| f.cancel_reason = v,
                                            no_hint(),
                                        )}
                                        <DraftPanel purpose=Purpose::CancelRequest />
                                    }
                                        .into_any()
                                }
                            }}
                        </div>
                        <div>
                            {fact_field(
                                "change",
                                |ui| ui.modify_change_label,
                                |r| &r.facts.change,
                                |f, v| f.change = v,
                                no_hint(),
                            )} <DraftPanel purpose=Purpose::ModifyRequest />
                        </div>
                    </section>
                }
                    .into_any()
            } else {
                view! {
                    <section>
                        <DraftPanel purpose=Purpose::CancelRequest />
                    </section>
                }
                    .into_any()
            }
        }}
        <details class="guide-section" data-testid="cancel-reasons">
            <summary>
                <h2>{ui.cancel_reasons_heading}</h2>
            </summary>
            {points(guide.steps.cancel.points)}
        </details>
        <PointsSection heading=|ui| ui.cancel_ways_heading pick=|guide| guide.cancel.ways testid="cancel-ways" />
        <GuideTable id=TableId::CancelTechniques />
        <PointsSection
            heading=|ui| ui.cancel_problems_heading
            pick=|guide| guide.cancel.problems
            testid="cancel-problems"
        />
        <PointsSection heading=|ui| ui.cancel_after_heading pick=|guide| guide.cancel.after testid="cancel-after" />
        <PointsSection heading=|ui| ui.cancel_avoid_heading pick=|guide| guide.cancel.avoid testid="cancel-avoid" />
        <Faqs ids=&[FaqId::CanCancel, FaqId::Modify, FaqId::ApplyLimit] />
        // Restaurants, hospitals and banks are not an online order: last, and named as other industries.
        <GuideTable id=TableId::CancelByIndustry summary=|ui| ui.other_industries />
    }
}

/// The rules' cancel and modify policies for the ticket's status on the case's platform.
fn policies(ctx: CaseCtx) -> Memo<(CancelPolicy, ModifyPolicy)> {
    Memo::new(move |_| {
        ctx.record.with(|record| {
            let status = record.status();
            let platform = from_id::<Platform>(&record.form.platform).unwrap_or(Platform::Other);
            (cancel_policy(status, platform), modify_policy(status))
        })
    })
}

/// Which of the seeds' ticket states (待审核 / 审核中 / 已通过审核 / 处理中) reads like this ease.
fn seed_class(ease: CancelEase) -> CancelClass {
    match ease {
        CancelEase::Free => CancelClass::Pending,
        CancelEase::AskService => CancelClass::Reviewing,
        CancelEase::SellerConsent => CancelClass::Approved,
        CancelEase::Negotiate => CancelClass::Processing,
        CancelEase::NotNeeded => CancelClass::Finished,
        CancelEase::EscalateInstead => CancelClass::Refused,
    }
}

#[component]
fn CancelPolicyView() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    let policy = policies(ctx);
    move || {
        let (cancel, modify) = policy.get();
        let filed = ctx.record.with(|record| record.status()) != TicketStatus::Draft;
        view! {
            <div class="cancel-policy" data-testid="cancel-policy">
                <h3>{ui.cancel_policy_heading}</h3>
                {filed
                    .then(|| {
                        let cost = (cancel.ease != CancelEase::EscalateInstead).then(|| (ui.cancel_cost)(cancel.cost));
                        // Once refused, withdrawing "costs nothing" would invite the wrong move: the cost line goes.
                        view! {
                            <p>
                                <strong>{(ui.cancel_ease)(cancel.ease)}</strong>
                                " "
                                {cost}
                            </p>
                        }
                    })}
                {rule_text(&cancel.basis[0], None)}
                {cancel.basis[1..].iter().map(|id| rule_text(id, Some("cancel-warning"))).collect_view()}
                {filed.then(|| view! { <RuleCites ids=cancel.basis.clone() /> })}
                {filed
                    .then(|| {
                        view! {
                            <p>
                                <strong>{(ui.modify_ease)(modify.ease)}</strong>
                            </p>
                            {rule_text(&modify.basis[0], None)}
                            <RuleCites ids=modify.basis.clone() />
                        }
                    })}
            </div>
        }
    }
}

/// A rule's text in the screen's language where the pack has it; a warning (`testid`) reads as a reminder.
fn rule_text(id: &str, testid: Option<&'static str>) -> impl IntoView {
    let lang = Locale::expect().lang();
    super::Rules::expect().rule(id).map(|rule| {
        let (text, in_lang) = rule.text_in(lang);
        view! {
            <p class:reminder=testid.is_some() lang=in_lang.code() data-testid=testid>
                {text.to_string()}
            </p>
        }
    })
}

/// A partial refund the shop offered: before withdrawing (and, on Taobao, spending the order's one
/// after-sales chance), change the request to a refund only of that amount, or let the shop pay first.
#[component]
fn OfferAdvice() -> impl IntoView {
    let locale = Locale::expect();
    let (ui, lang) = (locale.ui(), locale.lang());
    let ctx = CaseCtx::expect();
    let policy = policies(ctx);
    let offer = move || {
        ctx.record.with(|record| {
            let open = !record.status().is_finished();
            parse_yuan(&record.facts.offered_yuan).filter(|fen| open && *fen > 0).map(yuan)
        })
    };
    view! {
        <section class="offer" data-testid="offer">
            {fact_field(
                "offered_yuan",
                |ui| ui.t_offered_yuan,
                |r| &r.facts.offered_yuan,
                |f, v| f.offered_yuan = v,
                no_hint(),
            )}
            {move || {
                offer()
                    .map(|amount| {
                        let once = !policy.get().0.warnings.is_empty();
                        let refused = policy.get().0.ease == CancelEase::EscalateInstead;
                        view! {
                            <div class="reminder" data-testid="offer-advice" role="note">
                                <h3>{ui.offer_heading}</h3>
                                {return_ends(ctx)
                                    .map(|(on, days)| {
                                        let on = crate::followup::texts(lang).date(on);
                                        view! {
                                            <p data-testid="offer-return-ends">
                                                {(ui.offer_return_ends)(&on, &(ui.days_left)(days))}
                                            </p>
                                        }
                                    })}
                                <ol>
                                    <li>{(ui.offer_change_first)(&amount, ui.modify_change_label)}</li>
                                    // A refused ticket has no withdraw letter (the platform is the way on).
                                    {(!refused)
                                        .then(|| {
                                            view! { <li>{(ui.offer_pay_first)(&amount, ui.cancel_reason_label)}</li> }
                                        })}
                                </ol>
                                {once.then(|| view! { <p>{ui.offer_once}</p> })}
                            </div>
                        }
                    })
            }}
        </section>
    }
}

/// The earliest return right still open (the 7-day no-reason or the defect return): withdrawing for a partial
/// refund gives it up, so the buyer sees when it ends, and in how many days.
fn return_ends(ctx: CaseCtx) -> Option<(chrono::NaiveDate, i64)> {
    let decision = ctx.decision.get()?;
    decision
        .deadlines
        .iter()
        .filter(|deadline| matches!(deadline.id.as_str(), "no_reason_return" | "quality_return"))
        .map(|deadline| deadline.on)
        .filter(|on| *on >= ctx.today)
        .min()
        .map(|on| (on, (on - ctx.today).num_days()))
}
