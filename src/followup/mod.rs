//! Next action, reminders (.ics) and the case file (issue 8). Pure Rust: the day to judge on is passed in.
//! The deadlines and their days are the rules core's (`Decision::deadlines`); data/followup/rules.json says
//! which of them call for which step and draft; the wording is in data/followup/<lang>.json, and names of
//! ids come from `i18n` and `drafting`.

mod case_file;
mod closing;
mod ics;
mod next;
mod policy;
mod sheet;
mod texts;

pub use case_file::{case_file, checklist, yuan};
pub use closing::{stage_durations, RefundCheck, StageDuration};
pub use ics::{calendar_ics, case_name};
pub use next::{next_actions, ActionKind, NextAction};
pub use policy::{followup_rules, FollowupRules};
pub use sheet::{Row, Section, Sheet};
pub use texts::{fill, names, texts, Names, Texts};
