//! The follow-up thresholds, read from data/followup/rules.json: which clock runs from which status,
//! for how many days, what stops it, and which step and draft answer it. src/build.rs checks the file and
//! writes it out as the static `RULES`.

use crate::record::{CaseRecord, Step};
use crate::rules::TicketStatus;
use crate::static_map::TextMap;

#[derive(Debug)]
pub struct FollowupRules {
    /// How many days before a buyer's deadline it becomes a next action.
    pub warn_days_before: u32,
    /// Statuses after which nothing more is asked of the merchant.
    pub finished: &'static [TicketStatus],
    /// The buyer's own deadlines, announced while they approach.
    pub approaching: TextMap<Approaching>,
    /// The other side's deadlines that, once passed, call for the buyer to act.
    pub overdue: &'static [Overdue],
    /// The walkthrough step whose page holds each draft purpose.
    pub draft_steps: TextMap<Step>,
    /// Whose each of the decision's deadlines is: the calendar and the case list label them so.
    pub deadline_owners: TextMap<Owner>,
    pub entry_may_close_early: EarlyEntry,
    pub status_steps: TextMap<StepLink>,
    pub stages: &'static [Stage],
}

/// Who has to act by a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Buyer,
    Seller,
    /// The market regulator answering a complaint.
    Authority,
}

/// A deadline 民法典 Art. 203 (`moved_by`) moved past a rest day while the platform's own entry may still
/// close `days_rule`'s days after the event (research §2.1: 168 hours from 00:00 the next day).
#[derive(Debug)]
pub struct EarlyEntry {
    pub deadline: &'static str,
    pub days_rule: &'static str,
    pub moved_by: &'static str,
}

#[derive(Debug)]
pub struct Approaching {
    /// Statuses that show the buyer already did what the deadline asks.
    pub met_by: &'static [TicketStatus],
    pub step: Step,
    pub draft: Option<&'static str>,
}

/// A wait of the law or the seeds that the other side must not exceed (the platforms' own are clocks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lapse {
    /// The shop's usual 1-3 working days of review (the seeds) have passed.
    ReviewSlow,
    /// 七日办法 Art. 31: a return request unhandled for 15 days.
    SellerUnprocessed,
    /// 七日办法 Art. 13: no refund 7 days after the return arrived.
    RefundLate,
    /// 七日办法 Art. 31: no refund 15 days after the return arrived.
    RefundUnprocessed,
}

impl Lapse {
    pub fn id(self) -> &'static str {
        match self {
            Lapse::ReviewSlow => "review_slow",
            Lapse::SellerUnprocessed => "seller_unprocessed",
            Lapse::RefundLate => "refund_late",
            Lapse::RefundUnprocessed => "refund_unprocessed",
        }
    }
}

/// A wait the other side must not exceed: the decision's deadline `deadline`, from the rules core.
#[derive(Debug)]
pub struct Overdue {
    pub id: Lapse,
    pub deadline: &'static str,
    /// Overdue actions this one replaces: the later, stronger escalation.
    pub supersedes: &'static [&'static str],
    /// Statuses after which the buyer already did what this action asks.
    pub until: &'static [TicketStatus],
    pub step: Step,
    pub draft: Option<&'static str>,
}

#[derive(Debug)]
pub struct StepLink {
    pub step: Step,
    pub draft: Option<&'static str>,
}

/// The stretches of a case the closing summary measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageId {
    Review,
    ReturnTransit,
    Refund,
    Intervention,
    WholeCase,
}

impl StageId {
    pub fn id(self) -> &'static str {
        match self {
            StageId::Review => "review",
            StageId::ReturnTransit => "return_transit",
            StageId::Refund => "refund",
            StageId::Intervention => "intervention",
            StageId::WholeCase => "whole_case",
        }
    }
}

/// A stretch of the case whose length the closing summary reports.
#[derive(Debug)]
pub struct Stage {
    pub id: StageId,
    pub from: &'static [TicketStatus],
    pub to: &'static [TicketStatus],
    pub typical_working_days: Option<(u32, u32)>,
}

include!(concat!(env!("OUT_DIR"), "/followup_rules.rs"));

pub fn followup_rules() -> &'static FollowupRules {
    &RULES
}

impl Approaching {
    pub fn is_met(&self, record: &CaseRecord) -> bool {
        record.status_history.iter().any(|change| self.met_by.contains(&change.status))
    }
}

impl FollowupRules {
    pub fn is_finished(&self, status: TicketStatus) -> bool {
        self.finished.contains(&status)
    }

    /// Whose a deadline of the decision is, as the data names it.
    pub fn owner(&self, deadline: &str) -> Option<Owner> {
        self.deadline_owners.get(deadline).copied()
    }
}
