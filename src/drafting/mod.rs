//! Request texts for every channel and purpose, fitted to the buyer's facts (issue 4).
//!
//! `draft` turns a case, its decision and the buyer's facts into a text ready to copy: factual and polite,
//! stating the demand and the date by which the buyer expects an answer, citing the decision's rules in
//! words a buyer understands, and claiming compensation only where the decision gives it. A fact the
//! buyer has not given is never made up: the text shows a placeholder and `Draft::missing` lists it.
//! The wording lives in data/templates/, one file per language.

mod fit;
mod purpose;
mod quoted;
mod render;
mod slot;
mod templates;
mod vars;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use fit::Cut;
use fit::Fitting;
pub use purpose::{NotOffered, Purpose};
pub use quoted::{quoted_in_other_language, written_in};
pub use slot::Slot;
pub use templates::{ticket_limit, CharLimit};

use crate::lang::Lang;
use crate::record::{CaseRecord, Facts, LogEntry};
use crate::rules::{Case, Decision, Evidence, TicketStatus};
use render::Vars;
pub use vars::cited_for_the_buyer;

/// What the page supplies beyond the case, the decision and the facts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftOptions {
    /// The date by which the buyer expects an answer.
    pub answer_by: Option<NaiveDate>,
    /// The evidence the buyer has already collected; a draft offers only these.
    pub evidence: Vec<Evidence>,
    /// For a follow-up: what the merchant promised, and the day it was due.
    pub promise: String,
    pub promised_on: Option<NaiveDate>,
    /// For a modification request: the change asked for.
    pub change: String,
    /// For a cancellation request: why.
    pub cancel_reason: String,
    /// The communication log, oldest first: the contact history the dispute drafts tell.
    pub contacts: Vec<LogEntry>,
    /// The ticket's recorded status and the day it was reached; `None` before anything is recorded.
    pub status: Option<(TicketStatus, NaiveDate)>,
    /// The tracking number of the parcel sent back, if the buyer gave it.
    pub return_tracking_no: String,
}

impl DraftOptions {
    /// What a stored case already tells: the evidence in hand (ticked or with a file), the latest promise and
    /// every contact in the log, the ticket's status, and what the buyer typed for a change or a cancellation.
    /// The page adds the answer-by date.
    pub fn from_record(record: &CaseRecord) -> DraftOptions {
        let promise =
            record.log.iter().rev().find(|entry| !entry.promise.trim().is_empty() || entry.promised_by.is_some());
        let mut contacts = record.log.clone();
        contacts.sort_by_key(|entry| entry.on);
        DraftOptions {
            answer_by: None,
            evidence: record.evidence_in_hand(),
            promise: promise.map(|entry| entry.promise.trim().to_owned()).unwrap_or_default(),
            promised_on: promise.and_then(|entry| entry.promised_by),
            change: record.facts.change.clone(),
            cancel_reason: record.facts.cancel_reason.clone(),
            contacts,
            status: record.status_history.last().map(|change| (change.status, change.on)),
            return_tracking_no: record.return_tracking_no.trim().to_owned(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Draft {
    pub purpose: Purpose,
    pub lang: Lang,
    /// Plain text, ready to copy and send.
    pub text: String,
    /// For form-like channels (12315, 黑猫, the platform form): each field to copy into the form.
    pub fields: Vec<DraftField>,
    /// What the buyer still has to give, in the order the draft first shows it.
    pub missing: Vec<Slot>,
    /// The channel's limit on the text's length, if it has one.
    pub limit: Option<CharLimit>,
    /// Whether the text was shortened to fit `limit`.
    pub shortened: bool,
    /// What the shortening gave up, in the order it was given up.
    pub cuts: Vec<Cut>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DraftField {
    /// Stable across languages, e.g. `complainant_name`.
    pub id: String,
    pub label: String,
    pub value: String,
}

impl Draft {
    /// The length as channels count it: one per character.
    pub fn char_count(&self) -> usize {
        self.text.chars().count()
    }

    /// The form's fields to show apart from the text: none when the text lists them already, one a line
    /// (12315, 黑猫), so that a page shows each field once.
    pub fn fields_apart(&self) -> &[DraftField] {
        match templates::get(self.lang).purposes[&self.purpose].fields_in_text {
            true => &[],
            false => &self.fields,
        }
    }
}

pub fn draft(
    purpose: Purpose,
    lang: Lang,
    case: &Case,
    decision: &Decision,
    facts: &Facts,
    options: &DraftOptions,
) -> Draft {
    let limit = match purpose {
        Purpose::PlatformTicket => ticket_limit(case.platform).cloned(),
        _ => None,
    };
    let max = limit.as_ref().map(|limit| limit.max);
    write(purpose, lang, case, decision, facts, options, limit, Fitting::ToLimit(max))
}

/// The buyer's reading copy of a draft sent in another language: the same text in `lang`, with what the
/// sent text gave up to fit its channel given up here too, except the trimming of the buyer's own words.
pub fn reading_copy(
    sent: &Draft,
    lang: Lang,
    case: &Case,
    decision: &Decision,
    facts: &Facts,
    options: &DraftOptions,
) -> Draft {
    write(sent.purpose, lang, case, decision, facts, options, None, Fitting::Like(&sent.cuts))
}

#[allow(clippy::too_many_arguments)]
fn write(
    purpose: Purpose,
    lang: Lang,
    case: &Case,
    decision: &Decision,
    facts: &Facts,
    options: &DraftOptions,
    limit: Option<CharLimit>,
    fitting: Fitting,
) -> Draft {
    let words = templates::get(lang);
    let template = &words.purposes[&purpose];
    let vars = vars::build(purpose, lang, words, case, decision, facts, options);

    let mut missing = Vec::new();
    let fields: Vec<DraftField> = template
        .fields
        .iter()
        .filter_map(|field| {
            let value = vars.render(field.value, &mut missing)?.trim_end().to_owned();
            Some(DraftField { id: field.id.to_string(), label: field.label.to_string(), value })
        })
        .collect();
    let fields_text = if template.fields_in_text {
        fields
            .iter()
            .map(|field| words.field_line.replace("{label}", &field.label).replace("{value}", &field.value))
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        String::new()
    };
    let compose = |vars: &Vars, missing: &mut Vec<Slot>| {
        let body = vars.render_lines(template.text, missing);
        [fields_text.as_str(), body.as_str()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    let fitted = fit::fit(vars, fitting, compose);
    missing.extend(fitted.shown);
    let mut seen = Vec::new();
    missing.retain(|slot| {
        !seen.contains(slot) && {
            seen.push(*slot);
            true
        }
    });

    Draft {
        purpose,
        lang,
        text: fitted.text,
        fields,
        missing,
        limit,
        shortened: !fitted.cuts.is_empty(),
        cuts: fitted.cuts,
    }
}
