//! What the buyer should do next and by when, worked out from everything the buyer recorded (the status
//! history and the communication log, as the decision's events and as promises), the platform's clocks and
//! the decision's deadlines, judged on a given day.

use chrono::NaiveDate;

use super::clocks::{open_promises, running_clocks, BrokenPromise, Clock, RunningClock};
use super::policy::{followup_rules, FollowupRules, Lapse};
use super::texts::{fill, names, texts, ActionText, Texts};
use crate::drafting::Purpose;
use crate::lang::Lang;
use crate::record::{CaseRecord, Step};
use crate::rules::{from_id, id_of, rule, Channel, Deadline, Decision, Platform, SoldBy, TicketStatus};
use crate::short_sort::sort_short_by;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionKind {
    /// A wait of the law or the seeds passed (the decision's deadline named in rules.json).
    Lapse(Lapse),
    /// A platform clock ran out, or one of the buyer's own is near.
    Clock(RunningClock),
    /// Someone promised in the log to act by a day and has not.
    Promise(BrokenPromise),
    /// A buyer-side deadline of the decision is near (the deadline's id).
    Deadline(String),
    /// What the current status asks for when nothing is late.
    Status(TicketStatus),
}

/// Where the buyer turns when the other side is late.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escalation {
    /// Nothing is filed yet: the after-sales request on the order page comes first.
    AfterSales,
    PlatformIntervention,
    Complaint12315,
}

impl Escalation {
    /// The platform steps in where it can and has not yet (once a request is filed); otherwise 12315.
    pub fn for_record(record: &CaseRecord) -> Escalation {
        let platform = from_id::<Platform>(&record.form.platform);
        let sold_by = from_id::<SoldBy>(&record.form.sold_by);
        let can_step_in = platform.is_some_and(|platform| crate::rules::has_intervention(platform, sold_by));
        let intervened = record.status_history.iter().any(|change| change.status == TicketStatus::PlatformIntervention);
        match (can_step_in, record.status(), intervened) {
            (true, TicketStatus::Draft, _) => Escalation::AfterSales,
            (true, _, false) => Escalation::PlatformIntervention,
            _ => Escalation::Complaint12315,
        }
    }

    fn draft(self) -> &'static str {
        match self {
            Escalation::AfterSales => "platform_ticket",
            Escalation::PlatformIntervention => "platform_intervention",
            Escalation::Complaint12315 => "complaint_12315",
        }
    }

    /// The walkthrough step whose page holds the draft.
    fn step(self) -> Step {
        match self {
            Escalation::AfterSales => Step::Ticket,
            Escalation::PlatformIntervention | Escalation::Complaint12315 => Step::Dispute,
        }
    }

    fn text(self, texts: &Texts) -> &'static str {
        match self {
            Escalation::AfterSales => texts.escalate.after_sales,
            Escalation::PlatformIntervention => texts.escalate.platform_intervention,
            Escalation::Complaint12315 => texts.escalate.complaint_12315,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextAction {
    pub kind: ActionKind,
    /// When it was or is due: the day a wait ran out, a promise's day, a deadline, or the status change.
    pub due: NaiveDate,
    pub overdue: bool,
    /// The number the text speaks of: days over, a wait's length, or the days left before a deadline.
    pub days: i64,
    /// The walkthrough step that does it.
    pub step: Step,
    /// The drafting purpose of the text that does it, if a text does.
    pub draft: Option<String>,
    /// The rules behind it (ids: the screens cite them with `basis_text`).
    pub basis: Vec<String>,
    /// False where the number comes from a platform page no primary rule text confirms.
    pub verified: bool,
    pub escalate: Escalation,
}

impl NextAction {
    /// A stable id for the page and the tests: `seller_handles_request`, `promise`, `review_slow`,
    /// `deadline:platform_after_sales`, `status:submitted`.
    pub fn id(&self) -> String {
        match &self.kind {
            ActionKind::Lapse(lapse) => lapse.id().into(),
            ActionKind::Clock(clock) => clock_id(clock.clock).into(),
            ActionKind::Promise(_) => "promise".into(),
            ActionKind::Deadline(id) => format!("deadline:{id}"),
            ActionKind::Status(status) => format!("status:{}", id_of(status)),
        }
    }

    /// The step whose page holds the draft that does it: the ticket step holds the first request, whichever
    /// channel the buyer chose; rules.json says where the others are.
    pub fn draft_step(&self) -> Option<Step> {
        let purpose = self.draft.as_ref()?;
        match self.step {
            Step::Ticket => Some(Step::Ticket),
            _ => followup_rules().draft_steps.get(purpose).copied(),
        }
    }

    pub fn title(&self, lang: Lang) -> String {
        self.text(lang, |text| text.title)
    }

    pub fn detail(&self, lang: Lang) -> String {
        self.text(lang, |text| text.detail)
    }

    /// The rules behind the action as a buyer cites them, with a plain sentence for an unconfirmed number.
    pub fn basis_text(&self, lang: Lang) -> Option<String> {
        let t = texts(lang);
        let text = match &self.kind {
            ActionKind::Clock(clock) => t.clock_citation(clock.rule, lang),
            _ => t.cite(&self.basis, lang),
        };
        (!text.is_empty()).then_some(text)
    }

    fn text(&self, lang: Lang, part: impl Fn(&ActionText) -> &'static str) -> String {
        let t = texts(lang);
        let days = self.days.to_string();
        let date = t.date(self.due);
        let escalate = self.escalate.text(t);
        let mut values: Vec<(&str, String)> =
            vec![("days", days), ("date", date.clone()), ("escalate", escalate.to_string())];
        let template = match &self.kind {
            ActionKind::Lapse(lapse) => part(lapse_text(t, *lapse)),
            ActionKind::Clock(clock) => {
                values.push(("limit", t.limit(clock.rule)));
                values.push(("deadline", t.clock_name(clock.clock).to_string()));
                part(clock_text(t, clock.clock, self.overdue))
            }
            ActionKind::Promise(promise) => {
                let who = if promise.who.is_empty() { t.the_shop } else { promise.who.as_str() };
                let what = match promise.promise.is_empty() {
                    true => fill(t.promise_unnamed, &[("date", &date)]),
                    false => promise.promise.clone(),
                };
                values.push(("who", who.to_string()));
                values.push(("promise", what));
                values.push(("made", promise.made_on.map(|on| t.date(on)).unwrap_or_default()));
                part(&t.actions.promise_overdue)
            }
            ActionKind::Deadline(id) if id == "platform_after_sales" => part(&t.actions.platform_after_sales_closes),
            ActionKind::Deadline(id) => {
                values.push(("deadline", names(lang).deadline(id)));
                part(&t.actions.deadline)
            }
            ActionKind::Status(TicketStatus::Draft) if self.draft.as_deref() != Some(Purpose::PlatformTicket.id()) => {
                let purpose = self.draft.as_deref().and_then(Purpose::from_id).unwrap_or(Purpose::PlatformTicket);
                values.push(("channel", names(lang).channel(purpose.channel())));
                values.push(("draft", names(lang).draft(purpose.id())));
                part(&t.actions.first_request_chosen)
            }
            ActionKind::Status(status) => part(t.status(*status)),
        };
        let pairs: Vec<(&str, &str)> = values.iter().map(|(name, value)| (*name, value.as_str())).collect();
        fill(template, &pairs)
    }
}

fn lapse_text(t: &'static Texts, lapse: Lapse) -> &'static ActionText {
    match lapse {
        Lapse::ReviewSlow => &t.actions.review_slow,
        Lapse::SellerUnprocessed => &t.actions.seller_unprocessed,
        Lapse::RefundLate => &t.actions.refund_late,
        Lapse::RefundUnprocessed => &t.actions.refund_unprocessed,
    }
}

fn clock_text(t: &'static Texts, clock: Clock, overdue: bool) -> &'static ActionText {
    let actions = &t.actions;
    match clock {
        _ if !overdue => &actions.clock_buyer_ahead,
        Clock::SellerHandlesRequest => &actions.clock_seller_handles_request,
        Clock::BuyerShipsReturn => &actions.clock_buyer_ships_return,
        Clock::SellerConfirmsReceipt => &actions.clock_seller_confirms_receipt,
        Clock::RefundAfterReceipt => &actions.clock_refund_after_receipt,
        Clock::BuyerAsksPlatform => &actions.clock_buyer_asks_platform,
    }
}

pub(crate) fn clock_id(clock: Clock) -> &'static str {
    match clock {
        Clock::SellerHandlesRequest => "seller_handles_request",
        Clock::BuyerShipsReturn => "buyer_ships_return",
        Clock::SellerConfirmsReceipt => "seller_confirms_receipt",
        Clock::RefundAfterReceipt => "refund_after_receipt",
        Clock::BuyerAsksPlatform => "buyer_asks_platform",
    }
}

/// Every next action on `today`: late things first (oldest first), then deadlines coming up; what the
/// current status asks for only when nothing is late (a broken promise is not "wait for the review").
pub fn next_actions(record: &CaseRecord, decision: &Decision, today: NaiveDate) -> Vec<NextAction> {
    let rules = followup_rules();
    if rules.is_finished(record.status()) {
        return status_action(record, today, rules).into_iter().collect();
    }
    let escalate = Escalation::for_record(record);
    let mut late: Vec<NextAction> = lapses(record, decision, today, rules, escalate);
    let clocks = running_clocks(record);
    late.extend(clocks.iter().filter(|clock| today > clock.due).map(|clock| clock_action(*clock, today, escalate)));
    late.extend(
        open_promises(record)
            .into_iter()
            .filter(|promise| today > promise.due)
            .map(|promise| promise_action(promise, today, escalate)),
    );
    let superseded: Vec<&str> = late
        .iter()
        .filter_map(|action| match action.kind {
            ActionKind::Lapse(lapse) => rules.overdue.iter().find(|overdue| overdue.id == lapse),
            _ => None,
        })
        .flat_map(|overdue| overdue.supersedes.iter().copied())
        .collect();
    late.retain(|action| !superseded.contains(&action.id().as_str()));
    // A promise broken says more than the usual review time passing: the promise is the story.
    if late.iter().any(|action| matches!(action.kind, ActionKind::Promise(_))) {
        late.retain(|action| action.kind != ActionKind::Lapse(Lapse::ReviewSlow));
    }
    let mut coming = approaching_deadlines(record, decision, today, rules, escalate);
    coming.extend(clocks.iter().filter(|clock| clock.clock.on_buyer()).filter_map(|clock| {
        let days_left = (clock.due - today).num_days();
        (0..=i64::from(rules.warn_days_before)).contains(&days_left).then(|| NextAction {
            days: days_left,
            overdue: false,
            ..clock_action(*clock, today, escalate)
        })
    }));
    sort_short_by(&mut late, |a, b| a.due.cmp(&b.due));
    sort_short_by(&mut coming, |a, b| a.due.cmp(&b.due));
    let status = late.is_empty().then(|| status_action(record, today, rules)).flatten();
    late.into_iter().chain(coming).chain(status).collect()
}

/// The decision's deadlines the follow-up shows: those a platform clock of the case does not replace.
pub(crate) fn shown_deadlines<'a>(record: &CaseRecord, decision: &'a Decision) -> impl Iterator<Item = &'a Deadline> {
    let platform = from_id::<Platform>(&record.form.platform);
    let replaced: Vec<&str> = Clock::ALL
        .into_iter()
        .filter(|clock| platform.is_some_and(|platform| clock.rule(platform).is_some()))
        .filter_map(Clock::decision_deadline)
        .collect();
    decision.deadlines.iter().filter(move |deadline| !replaced.contains(&deadline.id.as_str()))
}

/// What the buyer does once a wait of the law or the seeds has passed, whatever today is; None for a
/// deadline no overdue rule names, or when the buyer has already done it.
pub(crate) fn lapse_action(
    record: &CaseRecord,
    deadline: &Deadline,
    rules: &FollowupRules,
    escalate: Escalation,
) -> Option<NextAction> {
    let overdue = rules.overdue.iter().find(|overdue| overdue.deadline == deadline.id)?;
    if record.status_history.iter().any(|change| overdue.until.contains(&change.status)) {
        return None;
    }
    let basis_rules = || deadline.basis.iter().filter_map(|id| rule(id));
    Some(NextAction {
        kind: ActionKind::Lapse(overdue.id),
        due: deadline.on,
        overdue: true,
        days: basis_rules()
            .find_map(|rule| rule.seller_days.or(rule.days).or(rule.working_days))
            .unwrap_or_default()
            .into(),
        step: overdue.step,
        draft: overdue.draft.map(str::to_string),
        basis: deadline.basis.clone(),
        verified: basis_rules().all(|rule| rule.verified),
        escalate,
    })
}

fn lapses(
    record: &CaseRecord,
    decision: &Decision,
    today: NaiveDate,
    rules: &FollowupRules,
    escalate: Escalation,
) -> Vec<NextAction> {
    shown_deadlines(record, decision)
        .filter(|deadline| today > deadline.on)
        .filter_map(|deadline| lapse_action(record, deadline, rules, escalate))
        .collect()
}

/// A clock that ran out (or, for the buyer's own, is running): the seller's call for escalation.
pub(crate) fn clock_action(clock: RunningClock, today: NaiveDate, escalate: Escalation) -> NextAction {
    let (step, draft) = match clock.clock {
        Clock::BuyerShipsReturn => (Step::Progress, None),
        Clock::BuyerAsksPlatform if today <= clock.due => (Step::Dispute, Some("platform_intervention")),
        Clock::BuyerAsksPlatform => (Step::Dispute, Some("complaint_12315")),
        _ => (escalate.step(), Some(escalate.draft())),
    };
    NextAction {
        kind: ActionKind::Clock(clock),
        due: clock.due,
        overdue: today > clock.due,
        days: (today - clock.due).num_days(),
        step,
        draft: draft.map(str::to_string),
        basis: Vec::new(),
        verified: clock.rule.verified,
        escalate,
    }
}

fn promise_action(promise: BrokenPromise, today: NaiveDate, escalate: Escalation) -> NextAction {
    NextAction {
        due: promise.due,
        overdue: true,
        days: (today - promise.due).num_days(),
        kind: ActionKind::Promise(promise),
        step: escalate.step(),
        draft: Some(escalate.draft().into()),
        basis: Vec::new(),
        verified: true,
        escalate,
    }
}

fn approaching_deadlines(
    record: &CaseRecord,
    decision: &Decision,
    today: NaiveDate,
    rules: &FollowupRules,
    escalate: Escalation,
) -> Vec<NextAction> {
    shown_deadlines(record, decision)
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
                step: approaching.step,
                draft: first_request(record, approaching.draft),
                basis: deadline.basis.clone(),
                verified: deadline.basis.iter().filter_map(|id| rule(id)).all(|rule| rule.verified),
                escalate,
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
        step: link.step,
        draft: first_request(record, link.draft),
        basis: Vec::new(),
        verified: true,
        escalate: Escalation::for_record(record),
    })
}

/// A draft the data names for the first request (the platform's form) becomes the first draft of the channel
/// the buyer chose in 选择渠道; any other draft stays.
fn first_request(record: &CaseRecord, draft: Option<&'static str>) -> Option<String> {
    let draft = draft?;
    let chosen = from_id::<Channel>(&record.chosen_channel);
    match draft == Purpose::PlatformTicket.id() {
        true => Some(Purpose::first_request(chosen).id().to_string()),
        false => Some(draft.to_string()),
    }
}
