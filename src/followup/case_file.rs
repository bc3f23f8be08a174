//! The case file (what a 12315 officer, a mediator or a court needs: facts, decision and its rules,
//! evidence, the timeline of the log, the texts sent) and the one-page checklist to print.

use chrono::NaiveDate;

use super::clocks::{overdue_clocks_and_promises, running_clocks, OverdueItem};
use super::closing::refund_line;
use super::ics::case_name;
use super::next::{next_actions, shown_deadlines, ActionKind};
use super::policy::followup_rules;
use super::sheet::{Row, Section, Sheet};
use super::texts::{fill, names, texts};
use crate::i18n::ui;
use crate::lang::Lang;
use crate::record::{byte_size, utc_day, CaseRecord, Step};
use crate::rules::{from_id, Category, Decision, Evidence, Platform, Problem, TicketStatus};
use crate::short_sort::sort_short_by;

pub fn case_file(record: &CaseRecord, decision: &Decision, today: NaiveDate, lang: Lang) -> Sheet {
    let t = texts(lang);
    let mut sections = vec![
        facts(record, lang, None),
        decision_section(decision, lang),
        next_section(record, decision, today, lang),
        deadlines(record, decision, today, lang, t.case_file.deadlines, true),
        evidence(record, decision, lang, t.case_file.evidence),
        evidence_files(record, lang),
        timeline(record, today, lang),
        drafts(record, lang),
    ];
    sections.retain(|section| section.id != "files" || !section.rows.is_empty());
    if let Some(line) = refund_line(record, lang) {
        sections.push(Section { id: "closing", heading: t.case_file.closing.into(), rows: vec![line] });
    }
    Sheet {
        heading: t.case_file.heading.into(),
        case_name: case_name(record, lang),
        dated: format!("{}: {}", t.case_file.made_on, t.full_date(today)),
        sections,
    }
}

/// One page: the steps with what is done, the evidence to bring, the deadlines and what to do next.
pub fn checklist(record: &CaseRecord, decision: &Decision, today: NaiveDate, lang: Lang) -> Sheet {
    let t = texts(lang);
    let mut sections = vec![
        facts(record, lang, Some(&["platform", "shop", "order_no", "paid", "ticket_no", "return_tracking_no"])),
        next_section(record, decision, today, lang),
        steps(record, decision, lang),
        evidence(record, decision, lang, t.checklist.evidence),
        evidence_files(record, lang),
        deadlines(record, decision, today, lang, t.checklist.deadlines, false),
    ];
    sections.retain(|section| section.id != "files" || !section.rows.is_empty());
    Sheet {
        heading: t.checklist.heading.into(),
        case_name: case_name(record, lang),
        dated: t.full_date(today),
        sections,
    }
}

pub fn yuan(fen: u64) -> String {
    format!("¥{}.{:02}", fen / 100, fen % 100)
}

/// What to do next, as the overview says it: the same next actions.
fn next_section(record: &CaseRecord, decision: &Decision, today: NaiveDate, lang: Lang) -> Section {
    let t = texts(lang);
    let rows = next_actions(record, decision, today)
        .iter()
        .map(|action| {
            let dated = !matches!(action.kind, ActionKind::Status(_));
            let when = if dated { t.date(action.due) } else { String::new() };
            Row::Dated { on: dated.then_some(action.due), when, text: action.title(lang) }
        })
        .collect();
    Section { id: "next", heading: t.checklist.next.into(), rows }
}

/// The facts the buyer gave, those in `only` when given (in the case file's order).
fn facts(record: &CaseRecord, lang: Lang, only: Option<&[&str]>) -> Section {
    let (t, ui) = (texts(lang), ui(lang));
    // A choice the form cannot read shows as typed.
    let named = |id: &str, name: Option<&str>| name.map(str::to_string).unwrap_or_else(|| id.to_string());
    let form = &record.form;
    let f = &record.facts;
    let paid = form.paid_fen().map(yuan).unwrap_or_else(|| form.paid_yuan.clone());
    let item = [f.item_name.as_str(), f.spec.as_str(), f.quantity.as_str()]
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" / ");
    let fields: Vec<(&str, &str, String)> = vec![
        ("buyer", t.case_file.buyer, f.buyer_name.clone()),
        ("phone", t.case_file.phone, f.phone.clone()),
        ("address", t.case_file.address, f.address.clone()),
        ("platform", t.case_file.platform, named(&form.platform, from_id::<Platform>(&form.platform).map(ui.platform))),
        ("shop", t.case_file.shop, f.shop_name.clone()),
        ("merchant", t.case_file.merchant, f.merchant_name.clone()),
        ("merchant_address", t.case_file.merchant_address, f.merchant_address.clone()),
        ("order_no", t.case_file.order_no, f.order_no.clone()),
        ("item", t.case_file.item, item),
        ("category", t.case_file.category, named(&form.category, from_id::<Category>(&form.category).map(ui.category))),
        ("problem", t.case_file.problem, named(&form.problem, from_id::<Problem>(&form.problem).map(ui.problem))),
        ("paid", t.case_file.paid, paid),
        ("paid_on", t.case_file.paid_on, form.paid_on.clone()),
        ("signed_on", t.case_file.signed_on, form.signed_on.clone()),
        ("completed_on", t.case_file.completed_on, form.completed_on.clone()),
        ("ticket_no", t.case_file.ticket_no, f.ticket_no.clone()),
        ("return_tracking_no", t.case_file.return_tracking_no, record.return_tracking_no.clone()),
        ("description", t.case_file.description, f.description.clone()),
        ("refusal_reason", t.case_file.refusal_reason, f.refusal_reason.clone()),
    ];
    let rows = fields
        .into_iter()
        .filter(|(key, _, value)| !value.trim().is_empty() && only.is_none_or(|only| only.contains(key)))
        .map(|(_, label, value)| Row::Field { label: label.into(), value: value.trim().into() })
        .collect();
    Section { id: "facts", heading: t.case_file.facts.into(), rows }
}

fn decision_section(decision: &Decision, lang: Lang) -> Section {
    let (t, ui) = (texts(lang), ui(lang));
    let mut rows = Vec::new();
    if let Some(remedy) = decision.recommended {
        rows.push(Row::Field { label: t.case_file.recommended.into(), value: (ui.remedy)(remedy).into() });
    }
    rows.push(Row::Field { label: t.case_file.channel.into(), value: names(lang).channel(decision.channel) });
    for remedy in &decision.remedies {
        let mut title = format!("{}: {}", (ui.remedy)(remedy.remedy), (ui.verdict)(remedy.verdict));
        if let Some(until) = remedy.until {
            title.push_str(&format!(", {} {}", t.case_file.until, t.full_date(until)));
        }
        if let Some(shipping) = remedy.shipping {
            title.push_str(&format!(", {}: {}", ui.shipping_label, (ui.shipping)(shipping)));
        }
        let mut text = remedy.why_in(lang).to_string();
        for need in remedy.needs_in(lang) {
            text.push_str(&format!("\n· {need}"));
        }
        text.push_str(&format!("\n{}: {}", t.case_file.basis, cite(&remedy.basis, lang)));
        rows.push(Row::Block { title, text });
    }
    if let Some(compensation) = &decision.compensation {
        rows.push(Row::Field {
            label: t.case_file.compensation.into(),
            value: format!(
                "{} ({}: {})",
                yuan(compensation.amount_fen),
                t.case_file.basis,
                cite(&compensation.basis, lang)
            ),
        });
    }
    Section { id: "decision", heading: t.case_file.decision.into(), rows }
}

/// Rules as a buyer cites them, with the plain sentence for a number no rule text confirms.
fn cite(ids: &[String], lang: Lang) -> String {
    texts(lang).cite(ids, lang)
}

fn deadlines(
    record: &CaseRecord,
    decision: &Decision,
    today: NaiveDate,
    lang: Lang,
    heading: &str,
    with_basis: bool,
) -> Section {
    let t = texts(lang);
    let approaching = &followup_rules().approaching;
    let met = |id: &str| approaching.get(id).is_some_and(|approaching| approaching.is_met(record));
    // A buyer's deadline already met (the request was filed in time) is no longer a date to keep.
    let decided = shown_deadlines(record, decision).filter(|deadline| !met(&deadline.id)).map(|deadline| {
        let basis = if with_basis { cite(&deadline.basis, lang) } else { String::new() };
        (deadline.on, names(lang).deadline(&deadline.id), basis)
    });
    let clocks = running_clocks(record).into_iter().map(|clock| {
        let rule = clock.rule;
        let basis = if with_basis { t.clock_citation(rule, lang) } else { String::new() };
        (clock.due, t.clock_name(clock.clock).to_string(), basis)
    });
    let mut dated: Vec<_> = decided.chain(clocks).collect();
    sort_short_by(&mut dated, |a, b| a.0.cmp(&b.0));
    let rows = dated
        .into_iter()
        .map(|(on, name, basis)| {
            let days_left = (on - today).num_days();
            let state = match days_left {
                ..0 => t.checklist.passed.to_string(),
                0 => t.checklist.today.to_string(),
                days => fill(t.checklist.days_left, &[("days", &days.to_string())]),
            };
            let basis = if basis.is_empty() { basis } else { format!(" · {}: {basis}", t.case_file.basis) };
            Row::Dated { on: Some(on), when: t.full_date(on), text: format!("{name} ({state}){basis}") }
        })
        .collect();
    Section { id: "deadlines", heading: heading.into(), rows }
}

/// The decision's evidence, most important first, then anything else the buyer listed.
fn evidence(record: &CaseRecord, decision: &Decision, lang: Lang, heading: &str) -> Section {
    let kept = |evidence: Evidence| record.evidence.iter().find(|item| item.evidence == evidence);
    let extra =
        record.evidence.iter().map(|item| item.evidence).filter(|evidence| !decision.evidence.contains(evidence));
    let rows = decision
        .evidence
        .iter()
        .copied()
        .chain(extra)
        .map(|evidence| Row::Check {
            text: names(lang).evidence(evidence),
            done: record.has_evidence(evidence),
            note: kept(evidence).map(|item| item.note.trim().to_string()).unwrap_or_default(),
        })
        .collect();
    Section { id: "evidence", heading: heading.into(), rows }
}

/// Every file attached to the case with what it shows, its size, when it was added and its fingerprint.
fn evidence_files(record: &CaseRecord, lang: Lang) -> Section {
    let t = texts(lang);
    let rows = record
        .files
        .iter()
        .map(|file| {
            let note = file.note.trim();
            let mut parts = vec![
                format!("{}: {}", t.case_file.file_evidence, names(lang).evidence(file.evidence)),
                byte_size(file.size),
            ];
            if !note.is_empty() {
                parts.insert(1, note.to_string());
            }
            if let Some(day) = utc_day(file.added_ms) {
                parts.push(format!("{} {}", t.case_file.file_added, t.full_date(day)));
            }
            parts.push(format!("{}: {}", t.case_file.file_fingerprint, file.sha256));
            if !file.location_removed_from.is_empty() {
                parts.push(format!("{}: {}", t.case_file.file_location_removed, file.location_removed_from));
            }
            let detail = parts.join(" · ");
            Row::File { name: file.name.clone(), detail, file_id: file.id.clone(), image: file.is_image() }
        })
        .collect();
    Section { id: "files", heading: t.case_file.files.into(), rows }
}

/// Status changes and contacts in date order; undated contacts last, as entered.
fn timeline(record: &CaseRecord, today: NaiveDate, lang: Lang) -> Section {
    let (t, ui) = (texts(lang), ui(lang));
    let broken: Vec<_> = overdue_clocks_and_promises(record, today)
        .into_iter()
        .filter_map(|item| match item {
            OverdueItem::Promise(promise) => Some(promise),
            OverdueItem::Clock(_) => None,
        })
        .collect();
    let statuses = record.status_history.iter().map(|change| {
        let status = (ui.status)(change.status);
        let text = if change.note.trim().is_empty() {
            status.to_string()
        } else {
            format!("{status}: {}", change.note.trim())
        };
        (Some(change.on), String::new(), text)
    });
    let contacts = record.log.iter().map(|entry| {
        let who = [names(lang).channel_id(&entry.channel), entry.who.trim().to_string()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        let mut text = format!("{who}: {}", entry.said.trim());
        if !entry.promise.trim().is_empty() {
            text.push_str(&format!(" · {}: {}", t.case_file.promise, entry.promise.trim()));
            if let Some(by) = entry.promised_by {
                let unkept = broken.iter().find(|promise| {
                    promise.made_on == entry.on && promise.due == by && promise.said == entry.said.trim()
                });
                let overdue = unkept
                    .map(|promise| {
                        fill(t.case_file.overdue_days, &[("days", &(today - promise.due).num_days().to_string())])
                    })
                    .unwrap_or_default();
                text.push_str(&format!(" ({} {}{overdue})", t.case_file.by, t.full_date(by)));
            }
        }
        (entry.on, entry.time.trim().to_string(), text)
    });
    let mut lines: Vec<_> = statuses.chain(contacts).collect();
    sort_short_by(&mut lines, |(a_on, a_time, _), (b_on, b_time, _)| {
        (a_on.is_none(), a_on, a_time).cmp(&(b_on.is_none(), b_on, b_time))
    });
    let rows = lines
        .into_iter()
        .map(|(on, time, text)| {
            let day = on.map(|on| on.to_string()).unwrap_or_else(|| "—".into());
            let when = if time.is_empty() { day } else { format!("{day} {time}") };
            Row::Dated { on, when, text }
        })
        .collect();
    Section { id: "timeline", heading: t.case_file.timeline.into(), rows }
}

fn drafts(record: &CaseRecord, lang: Lang) -> Section {
    let t = texts(lang);
    let rows = record
        .sent_drafts
        .iter()
        .map(|draft| Row::Block {
            title: format!("{} · {}", draft.on, names(lang).draft(&draft.purpose)),
            text: draft.text.clone(),
        })
        .collect();
    Section { id: "drafts", heading: t.case_file.drafts.into(), rows }
}

/// The walkthrough's steps, ticked as far as the status shows they are done.
fn steps(record: &CaseRecord, decision: &Decision, lang: Lang) -> Section {
    let rules = followup_rules();
    let status = record.status();
    let submitted = status != TicketStatus::Draft;
    let finished = rules.is_finished(status);
    let evidence_done = decision.evidence.iter().all(|evidence| record.has_evidence(*evidence));
    let disputed = record
        .status_history
        .iter()
        .any(|change| matches!(change.status, TicketStatus::Rejected | TicketStatus::PlatformIntervention));
    let closing = &record.closing;
    let closed =
        closing.refund_received_fen.is_some() || closing.exchange_received_ok || closing.rating_speed.is_some();
    let mut steps = vec![
        (Step::Policy, submitted),
        (Step::Evidence, evidence_done),
        (Step::Channel, submitted),
        (Step::Ticket, submitted),
        (Step::Progress, finished),
    ];
    if disputed {
        steps.push((Step::Dispute, finished));
    }
    steps.push((Step::Close, closed));
    let rows = steps
        .into_iter()
        .map(|(step, done)| Row::Check { text: names(lang).step(step), done, note: String::new() })
        .collect();
    Section { id: "steps", heading: texts(lang).checklist.steps.into(), rows }
}
