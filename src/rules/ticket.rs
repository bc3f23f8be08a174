//! The after-sales ticket's life, from draft to closed: for each status whether and how the buyer can cancel
//! or change the ticket and what that costs (seeds 000 and 001, data/packs/ticket.toml), and the deadlines
//! each event starts.

use serde::{Deserialize, Serialize};

use super::by_id::deserialize_by_id;

use super::case::{Case, EventKind, Platform};
use super::context::{Ctx, Route};
use super::decision::Deadline;
use super::pack::PolicyPack;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketStatus {
    Draft,
    Submitted,
    PendingReview,
    InReview,
    Approved,
    ReturnShipped,
    MerchantReceived,
    Refunded,
    Exchanged,
    Repaired,
    Rejected,
    PlatformIntervention,
    Cancelled,
    Closed,
}

impl TicketStatus {
    pub const ALL: [TicketStatus; 14] = [
        TicketStatus::Draft,
        TicketStatus::Submitted,
        TicketStatus::PendingReview,
        TicketStatus::InReview,
        TicketStatus::Approved,
        TicketStatus::ReturnShipped,
        TicketStatus::MerchantReceived,
        TicketStatus::Refunded,
        TicketStatus::Exchanged,
        TicketStatus::Repaired,
        TicketStatus::Rejected,
        TicketStatus::PlatformIntervention,
        TicketStatus::Cancelled,
        TicketStatus::Closed,
    ];

    /// The contract event this status change records, if any.
    pub fn event_kind(self) -> Option<EventKind> {
        match self {
            TicketStatus::Submitted => Some(EventKind::Requested),
            TicketStatus::Rejected => Some(EventKind::SellerRefused),
            TicketStatus::Approved => Some(EventKind::SellerAgreed),
            TicketStatus::ReturnShipped => Some(EventKind::ReturnShipped),
            TicketStatus::MerchantReceived => Some(EventKind::ReturnReceived),
            TicketStatus::Refunded => Some(EventKind::Refunded),
            TicketStatus::Cancelled => Some(EventKind::Cancelled),
            _ => None,
        }
    }

    /// Nothing is left to cancel or change.
    pub fn is_finished(self) -> bool {
        matches!(
            self,
            TicketStatus::Refunded
                | TicketStatus::Exchanged
                | TicketStatus::Repaired
                | TicketStatus::Cancelled
                | TicketStatus::Closed
        )
    }
}

/// How hard it is to cancel, from the seeds' tables (未审核 一般可以 / 已审核未处理 需商家同意 / 已处理中 较难撤销).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CancelEase {
    /// The buyer can withdraw it alone, with the page's cancel button.
    Free,
    /// Through customer service, or after the review ends.
    AskService,
    /// Only with the seller's consent.
    SellerConsent,
    /// Needs negotiating with the seller; may cost the buyer.
    Negotiate,
    /// The ticket is over; nothing to cancel.
    NotNeeded,
    /// The shop refused: ask the platform to step in rather than withdraw, which may bar a new request.
    EscalateInstead,
}

/// What cancelling may cost the buyer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CancelCost {
    Nothing,
    /// Compensation or a refund already received goes back.
    ReturnWhatWasReceived,
    /// Postage or costs already incurred (a return in transit, a repair visit) may fall on the buyer.
    CostsIncurred,
}

/// How easily the ticket's content can still be changed (seed 001, 售后工单可以修改内容吗).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModifyEase {
    Free,
    /// Before processing: ask after-sales staff, give the reason.
    Easy,
    /// Once processing: reviewed, maybe only once, may slow things down.
    Reviewed,
    NotNeeded,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CancelPolicy {
    pub ease: CancelEase,
    pub cost: CancelCost,
    /// What to do, in Chinese, from the rule that says so.
    pub how: String,
    /// Warnings that apply on this platform (Taobao: 售后机会只有一次), in Chinese.
    pub warnings: Vec<String>,
    pub basis: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModifyPolicy {
    pub ease: ModifyEase,
    pub how: String,
    pub basis: Vec<String>,
}

fn rule_text(id: &str) -> String {
    PolicyPack::builtin().known(id).text.clone()
}

/// Whether and how the buyer can cancel a ticket in this status on this platform, and what it costs.
pub fn cancel_policy(status: TicketStatus, platform: Platform) -> CancelPolicy {
    use TicketStatus::*;
    let (ease, cost, rule) = match status {
        Draft => (CancelEase::Free, CancelCost::Nothing, "ticket.cancel.draft"),
        Submitted | PendingReview => (CancelEase::Free, CancelCost::Nothing, "ticket.cancel.unreviewed"),
        InReview => (CancelEase::AskService, CancelCost::Nothing, "ticket.cancel.in_review"),
        Approved => (CancelEase::SellerConsent, CancelCost::ReturnWhatWasReceived, "ticket.cancel.approved"),
        ReturnShipped | MerchantReceived => {
            (CancelEase::Negotiate, CancelCost::CostsIncurred, "ticket.cancel.processing")
        }
        Rejected => (CancelEase::EscalateInstead, CancelCost::Nothing, "ticket.cancel.rejected"),
        PlatformIntervention => (CancelEase::AskService, CancelCost::Nothing, "ticket.intervention"),
        Refunded | Exchanged | Repaired | Cancelled | Closed => {
            (CancelEase::NotNeeded, CancelCost::ReturnWhatWasReceived, "ticket.cancel.finished")
        }
    };
    let mut basis = vec![rule.to_string()];
    let mut warnings = Vec::new();
    let once = "taobao.aftersales.once";
    if status != Draft && !status.is_finished() && PolicyPack::builtin().platforms_of(once).contains(&platform) {
        warnings.push(rule_text(once));
        basis.push(once.into());
    }
    CancelPolicy { ease, cost, how: rule_text(rule), warnings, basis }
}

/// Whether and how the buyer can change what the ticket asks for in this status.
pub fn modify_policy(status: TicketStatus) -> ModifyPolicy {
    use TicketStatus::*;
    let (ease, rule) = match status {
        Draft => (ModifyEase::Free, "ticket.cancel.draft"),
        Submitted | PendingReview | InReview => (ModifyEase::Easy, "ticket.modify.before"),
        Approved | ReturnShipped | MerchantReceived | Rejected => (ModifyEase::Reviewed, "ticket.modify.after"),
        PlatformIntervention => (ModifyEase::Reviewed, "ticket.intervention"),
        Refunded | Exchanged | Repaired | Cancelled | Closed => (ModifyEase::NotNeeded, "ticket.cancel.finished"),
    };
    ModifyPolicy { ease, how: rule_text(rule), basis: vec![rule.into()] }
}

/// The deadlines the case's events have started and that are still pending, with the built-in rules.
pub fn event_deadlines(case: &Case) -> Vec<Deadline> {
    started(&Ctx::new(case, PolicyPack::builtin()))
}

pub(crate) fn started(ctx: &Ctx) -> Vec<Deadline> {
    let mut deadlines = Vec::new();
    let pending_since = |since, answers: &[EventKind]| !answers.iter().any(|&kind| ctx.happened_since(kind, since));
    let no_reason = ctx.route == Route::NoFault && ctx.distance_sale() && ctx.consumer();

    if let Some(requested) = ctx.last(EventKind::Requested) {
        let answers = [EventKind::SellerAgreed, EventKind::SellerRefused, EventKind::Refunded, EventKind::Cancelled];
        if pending_since(requested, &answers) {
            match ctx.platform_rule("taobao.refund.seller_response") {
                Some(rule) => deadlines.push(ctx.deadline("seller_response", ctx.period(requested, rule), vec![rule])),
                None => deadlines.push(ctx.deadline(
                    "merchant_review",
                    ctx.period(requested, "guide.merchant_review"),
                    vec!["guide.merchant_review"],
                )),
            }
            if no_reason {
                deadlines.push(ctx.deadline(
                    "processing_escalation",
                    ctx.period(requested, "cn.no_reason.31"),
                    vec!["cn.no_reason.31"],
                ));
            }
        }
    }
    if let Some(shipped) = ctx.last(EventKind::ReturnShipped) {
        let answers = [EventKind::ReturnReceived, EventKind::Refunded, EventKind::Cancelled];
        if let Some(rule) =
            ctx.platform_rule("taobao.refund.auto_after_return").filter(|_| pending_since(shipped, &answers))
        {
            deadlines.push(ctx.deadline("seller_confirm_return", ctx.period(shipped, rule), vec![rule]));
        }
    }
    if let Some(received) = ctx.last(EventKind::ReturnReceived) {
        if no_reason && pending_since(received, &[EventKind::Refunded, EventKind::Cancelled]) {
            deadlines.push(ctx.deadline(
                "seller_refund",
                ctx.period(received, "cn.no_reason.13"),
                vec!["cn.no_reason.13", "cn.cpl.25"],
            ));
            deadlines.push(ctx.deadline(
                "refund_escalation",
                ctx.period(received, "cn.no_reason.31"),
                vec!["cn.no_reason.31"],
            ));
        }
    }
    if let Some(refused) = ctx.last(EventKind::SellerRefused) {
        if let Some(rule) = ctx.platform_rule("jd.dispute.7") {
            deadlines.push(ctx.deadline("intervention_request", ctx.period(refused, rule), vec![rule]));
        }
    }
    if let Some(filed) = ctx.last(EventKind::ComplaintFiled) {
        deadlines.push(ctx.deadline(
            "complaint_acceptance",
            ctx.period(filed, "cn.complaint.14"),
            vec!["cn.complaint.14", "cn.cpl.46"],
        ));
    }
    deadlines
}

deserialize_by_id!(TicketStatus);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_tables_rows_hold() {
        // seed 000: 未审核 一般可以 无特殊条件; 已审核未处理 可能可以 需商家同意; 已处理中 较难撤销 需协商 可能承担一定费用.
        let unreviewed = cancel_policy(TicketStatus::PendingReview, Platform::Jd);
        assert_eq!((unreviewed.ease, unreviewed.cost), (CancelEase::Free, CancelCost::Nothing));
        let approved = cancel_policy(TicketStatus::Approved, Platform::Jd);
        assert_eq!((approved.ease, approved.cost), (CancelEase::SellerConsent, CancelCost::ReturnWhatWasReceived));
        let processing = cancel_policy(TicketStatus::ReturnShipped, Platform::Jd);
        assert_eq!((processing.ease, processing.cost), (CancelEase::Negotiate, CancelCost::CostsIncurred));
        assert!(processing.how.contains("可能承担一定费用"));
        // seed 001: 审核中 — wait for the result or ask customer service.
        assert_eq!(cancel_policy(TicketStatus::InReview, Platform::Jd).ease, CancelEase::AskService);
        // seed 000 常见问题三: once refused, ask the platform to step in rather than withdraw.
        assert_eq!(cancel_policy(TicketStatus::Rejected, Platform::Taobao).ease, CancelEase::EscalateInstead);
    }

    #[test]
    fn taobao_warns_that_there_is_one_after_sales_chance() {
        let policy = cancel_policy(TicketStatus::Submitted, Platform::Tmall);
        assert_eq!(policy.basis, ["ticket.cancel.unreviewed", "taobao.aftersales.once"]);
        assert!(policy.warnings[0].contains("售后机会只有一次"));
        assert!(cancel_policy(TicketStatus::Submitted, Platform::Pinduoduo).warnings.is_empty());
        assert!(cancel_policy(TicketStatus::Closed, Platform::Taobao).warnings.is_empty());
    }

    #[test]
    fn every_rule_the_cancel_step_shows_reads_in_english_too() {
        for status in TicketStatus::ALL {
            let cited = cancel_policy(status, Platform::Taobao).basis.into_iter().chain(modify_policy(status).basis);
            for id in cited {
                assert!(PolicyPack::builtin().known(&id).text_en.is_some(), "{id} has no English text");
            }
        }
    }

    #[test]
    fn changing_a_ticket_gets_harder_as_it_is_processed() {
        assert_eq!(modify_policy(TicketStatus::Draft).ease, ModifyEase::Free);
        assert_eq!(modify_policy(TicketStatus::PendingReview).ease, ModifyEase::Easy);
        assert_eq!(modify_policy(TicketStatus::ReturnShipped).ease, ModifyEase::Reviewed);
        assert_eq!(modify_policy(TicketStatus::Refunded).ease, ModifyEase::NotNeeded);
        for status in TicketStatus::ALL {
            assert!(!cancel_policy(status, Platform::Taobao).how.is_empty());
        }
    }
}
