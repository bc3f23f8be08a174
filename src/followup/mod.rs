//! Next action, reminders (.ics) and the case file (issue 8). Pure Rust: the day to judge on is passed in.
//! What the buyer recorded (status history, log, promises, sent drafts), the platform's clocks
//! (data/clocks.toml) and the decision's deadlines become next actions and reminders; data/followup/rules.json
//! says which deadlines call for which step and draft; the wording is in data/followup/<lang>.json, read into
//! typed tables, and names of ids come from `i18n` and `drafting`.

mod case_file;
mod clocks;
mod closing;
mod entry;
mod ics;
mod next;
mod policy;
mod sheet;
mod texts;

pub use case_file::{case_file, checklist, yuan};
pub use clocks::{
    open_promises, overdue_clocks_and_promises, running_clocks, BrokenPromise, Clock, ClockRule, OverdueItem,
    RunningClock,
};
pub use closing::{refund_line, stage_durations, RefundCheck, StageDuration};
pub use entry::entry_may_close_early;
pub use ics::{calendar_ics, case_name, key_dates, next_line, next_reminder, reminders, Reminder, ANSWER_WITHIN_DAYS};
pub use next::{next_actions, ActionKind, Escalation, NextAction};
pub use policy::{followup_rules, FollowupRules, Lapse, Owner};
pub use sheet::{Row, Section, Sheet};
pub use texts::{fill, names, texts, Names, Texts};
