//! What the buyer should do next and by when, worked out from the status history, the communication log
//! and the decision's deadlines, judged on a given day.

use chrono::NaiveDate;

use super::policy::{followup_rules, FollowupRules};
use super::texts::{fill, names, texts};
use crate::lang::Lang;
use crate::record::CaseRecord;
use crate::rules::{id_of, rule, Deadline, Decision, TicketStatus};
use crate::short_sort::sort_short_by;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionKind {
    /// One of the other side's deadlines passed (the overdue rule's id in rules.json).
    Clock(String),
    /// Someone promised in the log to act by a day and has not.
    Promise { who: String, promise: String },
    /// A buyer-side deadline of the decision is near (the deadline's id).
    Deadline(String),
    /// What the current status asks for when nothing is late.
    Status(TicketStatus),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextAction {
    pub kind: ActionKind,
    /// When it was or is due: the day a wait ran out, a promise's day, a deadline, or the status change.
    pub due: NaiveDate,
    pub overdue: bool,
    /// The number the text speaks of: a wait's length, or the days left before a deadline.
    pub days: i64,
    /// The walkthrough step that does it (`ticket`, `progress`, `dispute`, `close`, ...).
    pub step: String,
    /// The drafting purpose of the text that does it, if a text does.
    pub draft: Option<String>,
    pub basis: Vec<String>,
    /// False where the number comes from a platform page no primary rule text confirms.
    pub verified: bool,
}

impl NextAction {
    /// `seller_unprocessed`, `promise`, `deadline:platform_after_sales`, `status:submitted`.
    pub fn id(&self) -> String {
        match &self.kind {
            ActionKind::Clock(id) => id.clone(),
            ActionKind::Promise { .. } => "promise".into(),
            ActionKind::Deadline(id) => format!("deadline:{id}"),
            ActionKind::Status(status) => format!("status:{}", id_of(status)),
        }
    }

    /// The step whose page holds the draft that does it.
    pub fn draft_step(&self) -> Option<&'static str> {
        let purpose = self.draft.as_ref()?;
        followup_rules().draft_steps.get(purpose).copied()
    }

    pub fn title(&self, lang: Lang) -> String {
        self.text(lang, |text| text.title)
    }

    pub fn detail(&self, lang: Lang) -> String {
        self.text(lang, |text| text.detail)
    }

    fn text(&self, lang: Lang, part: impl Fn(&super::texts::ActionText) -> &str) -> String {
        let texts = texts(lang);
        let (key, deadline_name, who, promise) = match &self.kind {
            ActionKind::Clock(id) => (id.clone(), String::new(), "", ""),
            ActionKind::Promise { who, promise } => {
                ("promise_overdue".into(), String::new(), who.as_str(), promise.as_str())
            }
            ActionKind::Deadline(id) => {
                let specific = format!("deadline_{id}");
                let key = if texts.actions.contains_key(&specific) { specific } else { "deadline".into() };
                (key, names(lang).deadline(id), "", "")
            }
            ActionKind::Status(status) => (format!("status_{}", id_of(status)), String::new(), "", ""),
        };
        let Some(template) = texts.actions.get(&key) else { return key };
        let days = self.days.to_string();
        let date = texts.date(self.due);
        fill(
            part(template),
            &[("days", &days), ("date", &date), ("deadline", &deadline_name), ("who", who), ("promise", promise)],
        )
    }
}

/// Every next action on `today`: late things first (oldest first), then deadlines coming up, then
/// what the current status asks for.
pub fn next_actions(record: &CaseRecord, decision: &Decision, today: NaiveDate) -> Vec<NextAction> {
    let rules = followup_rules();
    let finished = rules.is_finished(record.status());
    let mut late = Vec::new();
    let mut coming = Vec::new();
    if !finished {
        late.extend(overdue_deadlines(record, decision, today, rules));
        late.extend(overdue_promises(record, today));
        coming.extend(approaching_deadlines(record, decision, today, rules));
    }
    sort_short_by(&mut late, |a, b| a.due.cmp(&b.due));
    sort_short_by(&mut coming, |a, b| a.due.cmp(&b.due));
    late.into_iter().chain(coming).chain(status_action(record, today, rules)).collect()
}

/// What the buyer does once one of the other side's deadlines has passed, whatever today is; None for a
/// deadline no overdue rule names, or when the buyer has already done it.
pub(crate) fn overdue_action(record: &CaseRecord, deadline: &Deadline, rules: &FollowupRules) -> Option<NextAction> {
    let overdue = rules.overdue.iter().find(|overdue| overdue.deadline == deadline.id)?;
    if record.status_history.iter().any(|change| overdue.until.contains(&change.status)) {
        return None;
    }
    let basis_rules = || deadline.basis.iter().filter_map(|id| rule(id));
    Some(NextAction {
        kind: ActionKind::Clock(overdue.id.to_string()),
        due: deadline.on,
        overdue: true,
        days: basis_rules().find_map(|rule| rule.seller_days.or(rule.days)).unwrap_or_default().into(),
        step: overdue.step.to_string(),
        draft: overdue.draft.map(str::to_string),
        basis: deadline.basis.clone(),
        verified: basis_rules().all(|rule| rule.verified),
    })
}

fn overdue_deadlines(
    record: &CaseRecord,
    decision: &Decision,
    today: NaiveDate,
    rules: &FollowupRules,
) -> Vec<NextAction> {
    let passed: Vec<NextAction> = decision
        .deadlines
        .iter()
        .filter(|deadline| today > deadline.on)
        .filter_map(|deadline| overdue_action(record, deadline, rules))
        .collect();
    let superseded: Vec<&str> = rules
        .overdue
        .iter()
        .filter(|overdue| passed.iter().any(|action| matches!(&action.kind, ActionKind::Clock(id) if id == overdue.id)))
        .flat_map(|overdue| overdue.supersedes.iter().copied())
        .collect();
    passed
        .into_iter()
        .filter(|action| !matches!(&action.kind, ActionKind::Clock(id) if superseded.contains(&id.as_str())))
        .collect()
}

/// A promise is kept once the status changed after the day it was made.
pub(crate) fn open_promises(record: &CaseRecord) -> impl Iterator<Item = (&crate::record::LogEntry, NaiveDate)> {
    record.log.iter().filter_map(|entry| {
        let by = entry.promised_by?;
        let kept = record.status_history.iter().any(|change| entry.on.is_some_and(|made| change.on > made));
        (!kept).then_some((entry, by))
    })
}

fn overdue_promises(record: &CaseRecord, today: NaiveDate) -> Vec<NextAction> {
    open_promises(record)
        .filter(|(_, by)| today > *by)
        .map(|(entry, by)| NextAction {
            kind: ActionKind::Promise { who: entry.who.clone(), promise: entry.promise.clone() },
            due: by,
            overdue: true,
            days: (today - by).num_days(),
            step: "progress".into(),
            draft: Some("follow_up".into()),
            basis: Vec::new(),
            verified: true,
        })
        .collect()
}

fn approaching_deadlines(
    record: &CaseRecord,
    decision: &Decision,
    today: NaiveDate,
    rules: &FollowupRules,
) -> Vec<NextAction> {
    decision
        .deadlines
        .iter()
        .filter_map(|deadline| {
            let approaching = rules.approaching.get(&deadline.id)?;
            let met = approaching.is_met(record);
            let days_left = (deadline.on - today).num_days();
            let near = (0..=i64::from(rules.warn_days_before)).contains(&days_left);
            (!met && near).then(|| NextAction {
                kind: ActionKind::Deadline(deadline.id.clone()),
                due: deadline.on,
                overdue: false,
                days: days_left,
                step: approaching.step.to_string(),
                draft: approaching.draft.map(str::to_string),
                basis: deadline.basis.clone(),
                verified: deadline.basis.iter().filter_map(|id| rule(id)).all(|rule| rule.verified),
            })
        })
        .collect()
}

fn status_action(record: &CaseRecord, today: NaiveDate, rules: &FollowupRules) -> Option<NextAction> {
    let status = record.status();
    let link = rules.status_steps.get(&id_of(status))?;
    Some(NextAction {
        kind: ActionKind::Status(status),
        due: record.status_history.last().map(|change| change.on).unwrap_or(today),
        overdue: false,
        days: 0,
        step: link.step.to_string(),
        draft: link.draft.map(str::to_string),
        basis: Vec::new(),
        verified: true,
    })
}
