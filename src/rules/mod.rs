//! The rules core: given a buyer's case, what they may ask for, until when, who pays the postage,
//! what evidence to collect, where to go next, and why. Pure Rust, no browser and no clock.
//!
//! The rules are data (data/packs/*.toml, checked and written out as Rust statics by build.rs); this module holds
//! the mechanics.

mod by_id;
mod calendar;
mod case;
mod context;
mod decision;
mod next;
mod no_fault;
mod pack;
mod parse;
mod partial;
mod platforms;
mod promises;
mod quality;
pub mod ticket;
mod wording;

pub use by_id::{from_id, id_of};
pub use calendar::{Calendar, CalendarGap, PeriodEnd, YearKnown};
pub use case::{Case, Category, Event, EventKind, Goods, Merchant, PartialReturn, Platform, Problem, SoldBy};
pub use decision::{
    Channel, Compensation, Deadline, Decision, Evidence, PartialRefund, Remedy, RemedyVerdict, Shipping, Verdict,
};
pub use next::has_intervention;
pub use pack::{cited_once, rule, Counting, Layer, PackError, PolicyPack, Rule};
pub use parse::{case_from_value, parse_case, CaseError, CASE_FIELDS, EVENT_FIELDS, GOODS_FIELDS, MERCHANT_FIELDS};
pub use ticket::TicketStatus;

use crate::lang::Lang;
use crate::short_sort::sort_short_by;
use context::{Ctx, Route};

/// Decides the case with the built-in policy packs.
pub fn evaluate(case: &Case) -> Decision {
    evaluate_with(case, PolicyPack::builtin())
}

/// Decides the case with a pack laid over the built-in ones (`PolicyPack::from_json` / `from_toml`).
pub fn evaluate_with(case: &Case, pack: &PolicyPack) -> Decision {
    let ctx = Ctx::new(case, pack);
    let (mut remedies, mut deadlines) = match ctx.route {
        Route::NoFault => no_fault::judge(&ctx),
        Route::Quality | Route::Counterfeit | Route::UnsafeFood => quality::judge(&ctx),
        Route::NotReceived | Route::Late => (no_fault::not_received(&ctx), Vec::new()),
    };
    if let (Some(rule), Some(completed)) = (ctx.platform_rule("taobao.aftersales.15"), case.completed_on) {
        deadlines.push(ctx.deadline("platform_after_sales", ctx.period(completed, rule), vec![rule]));
    }
    deadlines.extend(ticket::started(&ctx));
    promises::allergy_return(&ctx, &mut remedies, &mut deadlines);
    deadlines.extend(promises::price_protection(&ctx));
    deadlines.extend(platforms::defect_windows(&ctx));
    sort_short_by(&mut deadlines, |a, b| a.on.cmp(&b.on).then_with(|| a.id.cmp(&b.id)));

    let compensation = promises::compensation(&ctx, next::compensation(&ctx));
    let (channel, channel_basis) = next::channel(&ctx, &remedies, compensation.is_some(), &deadlines);
    let recommended = next::recommended(&ctx, &remedies);
    // What a partial return refunds matters only while a return is open.
    let partial_refund = remedies.return_refund.is_open().then(|| partial::refund(case)).flatten();
    let remedy_verdicts = Remedy::ALL
        .iter()
        .map(|&remedy| {
            let judged = remedies.get(remedy);
            RemedyVerdict {
                remedy,
                verdict: judged.verdict,
                until: judged.until,
                shipping: judged.shipping,
                basis: judged.basis.iter().map(|id| id.to_string()).collect(),
                why: wording::why(Lang::ZhCn, judged.reason, judged.until),
                needs: judged.needs.iter().map(|&need| wording::need(Lang::ZhCn, need)).collect(),
                why_en: wording::why(Lang::En, judged.reason, judged.until),
                needs_en: judged.needs.iter().map(|&need| wording::need(Lang::En, need)).collect(),
            }
        })
        .collect();
    Decision {
        remedies: remedy_verdicts,
        recommended,
        channel,
        evidence: next::evidence(&ctx),
        deadlines,
        compensation,
        channel_basis: channel_basis.into_iter().map(String::from).collect(),
        notes: next::notes(&ctx, &remedies),
        calendar_note: ctx.calendar_gap().map(|gap| wording::calendar_note(Lang::ZhCn, gap)),
        calendar_note_en: ctx.calendar_gap().map(|gap| wording::calendar_note(Lang::En, gap)),
        partial_refund,
    }
}
