//! Calendar export (RFC 5545): every date of the case still ahead (the decision's deadlines, the day the
//! buyer can act on the other side's silence, the platform's clocks, the promises in the log and the day
//! each sent draft asked for an answer) as an all-day event that reminds the day before at 09:00 and on
//! the day at 09:00, so the phone reminds the buyer even when the page is closed.

use chrono::{DateTime, Days, NaiveDate, Timelike};

use super::clocks::{open_promises, running_clocks};
use super::entry::entry_may_close_early;
use super::next::{
    clock_action, clock_id, lapse_action, next_actions, shown_deadlines, ActionKind, Escalation, NextAction,
};
use super::policy::{followup_rules, Owner};
use super::texts::{fill, names, texts, Texts};
use crate::dates::{days_after, format_day, LAST_DAY};
use crate::lang::Lang;
use crate::record::CaseRecord;
use crate::rules::{Decision, TicketStatus};
use crate::short_sort::sort_short_by;

/// Days a request asks the other side to answer within (the drafts' 请于…前答复): three, as the seeds'
/// example asks (我希望在3天…).
pub const ANSWER_WITHIN_DAYS: u64 = 3;

/// The .ics text for one case, with the dates on or after `today`. UIDs are stable, so importing a newer
/// export updates the events.
pub fn calendar_ics(record: &CaseRecord, decision: &Decision, today: NaiveDate, lang: Lang) -> String {
    let texts = texts(lang);
    let case_name = case_name(record, lang);
    let stamp = DateTime::from_timestamp_millis(record.updated_ms as i64).unwrap_or_default();
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        format_day(stamp.date_naive(), "%Y%m%d"),
        stamp.hour(),
        stamp.minute(),
        stamp.second()
    );
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Shouhou//After-sales assistant//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape(&format!("{} · {}", texts.ics.calendar_name, case_name))),
    ];
    for event in reminders(record, decision, today, lang) {
        let summary = fill(texts.ics.summary, &[("case", &case_name), ("what", &event.what)]);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}-{}-{}@shouhou", escape(&record.id), event.key, format_day(event.on, "%Y%m%d")),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", format_day(event.on, "%Y%m%d")),
            end_of_day(event.on),
            format!("SUMMARY:{}", escape(&summary)),
            format!("DESCRIPTION:{}", escape(&event.description)),
            "TRANSP:TRANSPARENT".into(),
        ]);
        // An all-day event starts at 00:00: 15 hours before is 09:00 the day before, 9 hours after is 09:00.
        for (trigger, alarm) in [("-PT15H", texts.ics.alarm), ("PT9H", texts.ics.alarm_today)] {
            lines.extend([
                "BEGIN:VALARM".to_string(),
                "ACTION:DISPLAY".into(),
                format!("TRIGGER:{trigger}"),
                format!("DESCRIPTION:{}", escape(&fill(alarm, &[("what", &summary)]))),
                "END:VALARM".into(),
            ]);
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|line| fold(line)).collect()
}

/// The name the buyer gave the case, else the item, else a generic name.
pub fn case_name(record: &CaseRecord, lang: Lang) -> String {
    record.display_name().unwrap_or(crate::i18n::ui(lang).untitled_case).to_string()
}

/// One date of the case to be reminded of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// Stable across exports: `deadline-no_reason_return`, `promise0`, `answer1`.
    pub key: String,
    pub on: NaiveDate,
    /// What happens that day, as the calendar and the case list name it.
    pub what: String,
    pub description: String,
    /// How a list names it before the day, when `what` speaks of that day as past ("商家审核已超过…"): the
    /// other side's last day and its name.
    pub ahead: Option<(NaiveDate, String)>,
}

/// Every date of the case, past ones too, soonest first, named for the progress screen's countdowns: the
/// decision's deadlines, the platform's clocks and the promises in the log.
/// A buyer's deadline already met (the request was filed) is left out; without a decision (the form is not
/// complete yet) the promises still count.
pub fn key_dates(record: &CaseRecord, decision: Option<&Decision>, lang: Lang) -> Vec<(NaiveDate, String)> {
    let texts = texts(lang);
    let approaching = &followup_rules().approaching;
    let met = |id: &str| approaching.get(id).is_some_and(|approaching| approaching.is_met(record));
    let mut dates: Vec<(NaiveDate, String)> = decision
        .map(|decision| {
            shown_deadlines(record, decision)
                .filter(|deadline| !met(&deadline.id))
                .map(|deadline| (deadline.on, names(lang).deadline(&deadline.id)))
                .collect()
        })
        .unwrap_or_default();
    dates
        .extend(running_clocks(record).into_iter().map(|clock| (clock.due, texts.clock_name(clock.clock).to_string())));
    for promise in open_promises(record) {
        let who = if promise.who.is_empty() { names(lang).channel_id(&promise.channel) } else { promise.who.clone() };
        let promised = match promise.promise.is_empty() {
            true => fill(texts.promise_unnamed, &[("date", &texts.date(promise.due))]),
            false => promise.promise.clone(),
        };
        dates.push((promise.due, fill(texts.ics.promise, &[("who", &who), ("promise", &promised)])));
    }
    sort_short_by(&mut dates, |a, b| a.0.cmp(&b.0));
    dates
}

/// The next date of the case, if any is still ahead: the case list shows it.
pub fn next_reminder(record: &CaseRecord, decision: &Decision, today: NaiveDate, lang: Lang) -> Option<Reminder> {
    reminders(record, decision, today, lang).into_iter().next()
}

/// The case list's line for a case: its next action (the one the overview and the case file show) when it
/// is late, or is the buyer's to do (a request to file, a deadline or clock near) no later than the next
/// date; else the next date.
pub fn next_line(record: &CaseRecord, decision: &Decision, today: NaiveDate, lang: Lang) -> Option<String> {
    let t = texts(lang);
    let colon = crate::i18n::ui(lang).colon;
    let reminder = next_reminder(record, decision, today, lang);
    if let Some(action) = next_actions(record, decision, today).into_iter().next() {
        let due = action.due.max(today);
        let buyers_move = matches!(
            action.kind,
            ActionKind::Deadline(_) | ActionKind::Clock(_) | ActionKind::Status(TicketStatus::Draft)
        );
        if action.overdue {
            return Some(format!("{}{colon}{}", t.checklist.next_step, action.title(lang)));
        }
        if buyers_move && reminder.as_ref().is_none_or(|reminder| due <= reminder.on) {
            return Some(format!("{}{colon}{} · {}", t.checklist.next_step, t.full_date(due), action.title(lang)));
        }
    }
    let reminder = reminder?;
    let (on, what) = reminder.ahead.filter(|(on, _)| *on >= today).unwrap_or((reminder.on, reminder.what));
    Some(format!("{}{colon}{} · {}", t.checklist.next_date, t.full_date(on), what))
}

/// Every date of the case on or after `today`, soonest first; none once the case is finished.
pub fn reminders(record: &CaseRecord, decision: &Decision, today: NaiveDate, lang: Lang) -> Vec<Reminder> {
    let texts = texts(lang);
    let rules = followup_rules();
    if rules.is_finished(record.status()) {
        return Vec::new();
    }
    let escalate = Escalation::for_record(record);
    let with_basis = |detail: String, basis: &[String]| {
        let cited = texts.cite(basis, lang);
        match (detail.is_empty(), cited.is_empty()) {
            (_, true) => detail,
            (true, false) => cited,
            (false, false) => format!("{detail}\n{cited}"),
        }
    };
    let mut events: Vec<Reminder> = shown_deadlines(record, decision)
        .filter_map(|deadline| {
            let name = names(lang).deadline(&deadline.id);
            if let Some(approaching) = rules.approaching.get(&deadline.id) {
                if approaching.is_met(record) {
                    return None;
                }
                let action = NextAction {
                    kind: ActionKind::Deadline(deadline.id.clone()),
                    due: deadline.on,
                    overdue: false,
                    days: (deadline.on - today).num_days(),
                    step: approaching.step,
                    draft: approaching.draft.map(str::to_string),
                    basis: deadline.basis.clone(),
                    verified: true,
                    escalate,
                };
                // The day is the event's own: no countdown, which would be wrong the next day.
                let mut detail = action.detail(lang);
                if let Some(warning) = entry_may_close_early(record, decision, today, lang)
                    .filter(|_| deadline.id == rules.entry_may_close_early.deadline)
                {
                    detail = format!("{warning}\n{detail}");
                }
                return Some(Reminder {
                    key: format!("deadline-{}", deadline.id),
                    on: deadline.on,
                    what: whose(texts, rules.owner(&deadline.id), &name),
                    description: with_basis(detail, &deadline.basis),
                    ahead: None,
                });
            }
            if rules.overdue.iter().any(|overdue| overdue.deadline == deadline.id) {
                // The day the buyer can act on the other side's silence, named by what to do.
                let action = lapse_action(record, deadline, rules, escalate)?;
                return Some(Reminder {
                    key: format!("overdue-{}", deadline.id),
                    on: days_after(deadline.on, 1),
                    what: action.title(lang),
                    description: with_basis(action.detail(lang), &deadline.basis),
                    ahead: Some((deadline.on, whose(texts, rules.owner(&deadline.id), &name))),
                });
            }
            Some(Reminder {
                key: format!("deadline-{}", deadline.id),
                on: deadline.on,
                what: whose(texts, rules.owner(&deadline.id), &name),
                description: with_basis(String::new(), &deadline.basis),
                ahead: None,
            })
        })
        .collect();
    for clock in running_clocks(record) {
        let name = texts.clock_name(clock.clock);
        let owner = if clock.clock.on_buyer() { Owner::Buyer } else { Owner::Seller };
        let what = whose(texts, Some(owner), name);
        let action = clock_action(clock, today, escalate);
        events.push(Reminder {
            key: format!("clock-{}", clock_id(clock.clock)),
            on: clock.due,
            what,
            description: action.basis_text(lang).unwrap_or_default(),
            ahead: None,
        });
    }
    for (index, promise) in open_promises(record).into_iter().enumerate() {
        let channel = names(lang).channel_id(&promise.channel);
        let who = if promise.who.is_empty() { channel } else { promise.who.clone() };
        let promised = match promise.promise.is_empty() {
            true => fill(texts.promise_unnamed, &[("date", &texts.date(promise.due))]),
            false => promise.promise.clone(),
        };
        events.push(Reminder {
            key: format!("promise{index}"),
            on: promise.due,
            what: fill(texts.ics.promise, &[("who", &who), ("promise", &promised)]),
            description: promise.said.clone(),
            ahead: None,
        });
    }
    for (index, sent) in record.sent_drafts.iter().enumerate() {
        let Some(answer_by) = sent.on.checked_add_days(Days::new(ANSWER_WITHIN_DAYS)) else { continue };
        events.push(Reminder {
            key: format!("answer{index}"),
            on: answer_by,
            what: fill(texts.ics.answer_due, &[("draft", &names(lang).draft(&sent.purpose))]),
            description: String::new(),
            ahead: None,
        });
    }
    events.retain(|event| event.on >= today);
    sort_short_by(&mut events, |a, b| a.on.cmp(&b.on));
    events
}

/// An all-day event ends the next day; on the last day a date can say, it lasts one day instead.
fn end_of_day(on: NaiveDate) -> String {
    match on < LAST_DAY {
        true => format!("DTEND;VALUE=DATE:{}", format_day(days_after(on, 1), "%Y%m%d")),
        false => "DURATION:P1D".into(),
    }
}

/// A date's name with whose it is: "(对方期限)", "(你的期限)".
fn whose(texts: &Texts, owner: Option<Owner>, name: &str) -> String {
    let template = match owner {
        Some(Owner::Buyer) => texts.ics.buyer_due,
        Some(Owner::Seller) => texts.ics.seller_due,
        Some(Owner::Authority) => texts.ics.authority_due,
        None => return name.to_string(),
    };
    fill(template, &[("what", name)])
}

/// TEXT value escaping (RFC 5545 3.3.11). Other control characters, which TEXT may not hold (3.1,
/// CONTROL), are left out; a tab is kept.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(c),
            c if c.is_ascii_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character, and ends it with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut octets_on_line = 0;
    for c in line.chars() {
        if octets_on_line + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            octets_on_line = 1;
        }
        out.push(c);
        octets_on_line += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_lines_stay_within_75_octets_and_unfold_to_the_original() {
        let line = format!("SUMMARY:{}", "平台售后入口将于十一月十九日关闭".repeat(6));
        let folded = fold(&line);
        assert!(folded.split("\r\n").all(|physical| physical.len() <= 75));
        assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), line);
    }

    #[test]
    fn text_values_escape_separators() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn text_values_hold_no_control_characters() {
        assert_eq!(escape("a\r\nb\u{0}\u{7}\u{1b}[31m\tc\u{7f}"), "a\\nb[31m\tc");
    }
}
