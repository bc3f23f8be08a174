//! The follow-up thresholds, read from data/followup/rules.json: which clock runs from which status,
//! for how many days, what stops it, and which step and draft answer it.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::rules::{Platform, TicketStatus};

#[derive(Debug, Deserialize)]
pub struct FollowupRules {
    /// How many days before a buyer-side deadline it becomes a next action.
    pub warn_days_before: u32,
    /// Statuses after which nothing more is asked of the merchant.
    pub finished: Vec<TicketStatus>,
    pub clocks: Vec<Clock>,
    pub deadlines: BTreeMap<String, DeadlineRule>,
    /// The walkthrough step whose page holds each draft purpose.
    pub draft_steps: BTreeMap<String, String>,
    pub status_steps: BTreeMap<String, StepLink>,
    pub stages: Vec<Stage>,
}

/// A wait the other side must not exceed: it starts at the last time the case entered `from`.
#[derive(Debug, Deserialize)]
pub struct Clock {
    pub id: String,
    /// Empty: every platform.
    #[serde(default)]
    pub platforms: Vec<Platform>,
    pub from: TicketStatus,
    pub days: u32,
    /// Clocks this one replaces once it runs out: the later, stronger escalation.
    #[serde(default)]
    pub supersedes: Vec<String>,
    /// The decision's deadline for the same duty; when the decision carries it, its date is used.
    #[serde(default)]
    pub deadline: Option<String>,
    /// Statuses that stop the clock, besides the finished ones.
    pub until: Vec<TicketStatus>,
    pub step: String,
    #[serde(default)]
    pub draft: Option<String>,
    pub basis: Vec<String>,
    pub verified: bool,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Buyer,
    Seller,
    Authority,
}

#[derive(Debug, Deserialize)]
pub struct DeadlineRule {
    pub side: Side,
    /// Statuses that show the buyer already did what the deadline asks.
    pub met_by: Vec<TicketStatus>,
    pub step: String,
    #[serde(default)]
    pub draft: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct StepLink {
    pub step: String,
    #[serde(default)]
    pub draft: Option<String>,
}

/// A stretch of the case whose length the closing summary reports.
#[derive(Debug, Deserialize)]
pub struct Stage {
    pub id: String,
    pub from: Vec<TicketStatus>,
    pub to: Vec<TicketStatus>,
    #[serde(default)]
    pub typical_working_days: Option<(u32, u32)>,
}

pub fn followup_rules() -> &'static FollowupRules {
    static RULES: OnceLock<FollowupRules> = OnceLock::new();
    RULES.get_or_init(|| {
        serde_json::from_str(include_str!("../../data/followup/rules.json")).expect("data/followup/rules.json is valid")
    })
}

impl FollowupRules {
    pub fn is_finished(&self, status: TicketStatus) -> bool {
        self.finished.contains(&status)
    }
}
