//! Calendar export (RFC 5545): every open deadline, the day after each of the other side's, and every open
//! promise as an all-day event with a reminder the day before, so the phone reminds the buyer even when
//! the page is closed.

use chrono::{DateTime, NaiveDate, Timelike};

use super::next::{open_promises, overdue_action, ActionKind, NextAction};
use super::policy::followup_rules;
use super::texts::{fill, names, texts};
use crate::dates::{days_after, format_day, LAST_DAY};
use crate::lang::Lang;
use crate::record::CaseRecord;
use crate::rules::Decision;
use crate::short_sort::sort_short_by;

/// The .ics text for one case. UIDs are stable, so importing a newer export updates the events.
pub fn calendar_ics(record: &CaseRecord, decision: &Decision, lang: Lang) -> String {
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
    for event in events(record, decision, lang) {
        let summary = fill(texts.ics.summary, &[("case", &case_name), ("what", &event.what)]);
        let alarm = fill(texts.ics.alarm, &[("what", &summary)]);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}-{}-{}@shouhou", escape(&record.id), event.key, format_day(event.on, "%Y%m%d")),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", format_day(event.on, "%Y%m%d")),
            end_of_day(event.on),
            format!("SUMMARY:{}", escape(&summary)),
            format!("DESCRIPTION:{}", escape(&event.description)),
            "TRANSP:TRANSPARENT".into(),
            "BEGIN:VALARM".into(),
            "ACTION:DISPLAY".into(),
            "TRIGGER:-P1D".into(),
            format!("DESCRIPTION:{}", escape(&alarm)),
            "END:VALARM".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|line| fold(line)).collect()
}

/// The name the buyer gave the case, else the item, else a generic name.
pub fn case_name(record: &CaseRecord, lang: Lang) -> String {
    record.display_name().unwrap_or(crate::i18n::ui(lang).untitled_case).to_string()
}

struct CalendarEvent {
    key: String,
    on: NaiveDate,
    what: String,
    description: String,
}

fn events(record: &CaseRecord, decision: &Decision, lang: Lang) -> Vec<CalendarEvent> {
    let texts = texts(lang);
    let rules = followup_rules();
    let finished = rules.is_finished(record.status());
    let with_basis = |detail: String, basis: &[String]| {
        if basis.is_empty() {
            detail
        } else {
            format!("{detail}\n{}: {}", texts.ics.basis, basis.join(", "))
        }
    };
    if finished {
        return Vec::new();
    }
    let mut events: Vec<CalendarEvent> = decision
        .deadlines
        .iter()
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
                    days: 0,
                    step: approaching.step.to_string(),
                    draft: approaching.draft.map(str::to_string),
                    basis: deadline.basis.clone(),
                    verified: true,
                };
                return Some(CalendarEvent {
                    key: format!("deadline-{}", deadline.id),
                    on: deadline.on,
                    what: name,
                    description: with_basis(action.title(lang), &deadline.basis),
                });
            }
            if rules.overdue.iter().any(|overdue| overdue.deadline == deadline.id) {
                // The day the buyer can act on the other side's silence, named by what to do.
                let action = overdue_action(record, deadline, rules)?;
                return Some(CalendarEvent {
                    key: format!("overdue-{}", deadline.id),
                    on: days_after(deadline.on, 1),
                    what: action.title(lang),
                    description: with_basis(action.detail(lang), &deadline.basis),
                });
            }
            Some(CalendarEvent {
                key: format!("deadline-{}", deadline.id),
                on: deadline.on,
                what: fill(texts.ics.seller_due, &[("what", &name)]),
                description: with_basis(String::new(), &deadline.basis),
            })
        })
        .collect();
    for (index, (entry, by)) in open_promises(record).enumerate() {
        let channel = names(lang).channel_id(&entry.channel);
        let who = if entry.who.trim().is_empty() { channel.as_str() } else { entry.who.as_str() };
        events.push(CalendarEvent {
            key: format!("promise{index}"),
            on: by,
            what: fill(texts.ics.promise, &[("who", who), ("promise", &entry.promise)]),
            description: entry.said.clone(),
        });
    }
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
