//! The follow-up thresholds, read from data/followup/rules.json: which clock runs from which status,
//! for how many days, what stops it, and which step and draft answer it.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::record::CaseRecord;
use crate::rules::TicketStatus;

#[derive(Debug, Deserialize)]
pub struct FollowupRules {
    /// How many days before a buyer's deadline it becomes a next action.
    pub warn_days_before: u32,
    /// Statuses after which nothing more is asked of the merchant.
    pub finished: Vec<TicketStatus>,
    /// The buyer's own deadlines, announced while they approach.
    pub approaching: BTreeMap<String, Approaching>,
    /// The other side's deadlines that, once passed, call for the buyer to act.
    pub overdue: Vec<Overdue>,
    /// The walkthrough step whose page holds each draft purpose.
    pub draft_steps: BTreeMap<String, String>,
    pub status_steps: BTreeMap<String, StepLink>,
    pub stages: Vec<Stage>,
}

#[derive(Debug, Deserialize)]
pub struct Approaching {
    /// Statuses that show the buyer already did what the deadline asks.
    pub met_by: Vec<TicketStatus>,
    pub step: String,
    #[serde(default)]
    pub draft: Option<String>,
}

/// A wait the other side must not exceed: the decision's deadline `deadline`, from the rules core.
#[derive(Debug, Deserialize)]
pub struct Overdue {
    pub id: String,
    pub deadline: String,
    /// Overdue actions this one replaces: the later, stronger escalation.
    #[serde(default)]
    pub supersedes: Vec<String>,
    /// Statuses after which the buyer already did what this action asks.
    #[serde(default)]
    pub until: Vec<TicketStatus>,
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
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/followup/rules.json")))
            .expect("data/followup/rules.json is valid")
    })
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
}
