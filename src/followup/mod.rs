//! Next action, reminders (.ics) and the case file (issue 8). Pure Rust: the day to judge on is passed in.
//! Thresholds live in data/followup/rules.json, wording in data/followup/<lang>.json.

mod ics;
mod next;
mod policy;
mod texts;

pub use ics::{calendar_ics, case_name};
pub use next::{next_actions, ActionKind, NextAction};
pub use policy::{followup_rules, FollowupRules};
pub use texts::{texts, Texts};
