//! Request texts for every channel and purpose, fitted to the buyer's facts (issue 4).
//!
//! `draft` turns a case, its decision and the buyer's facts into a text ready to copy: factual and polite,
//! stating the demand and the date by which the buyer expects an answer, citing the decision's rules in
//! words a buyer understands, and claiming compensation only where the decision gives it. A fact the
//! buyer has not given is never made up: the text shows a placeholder and `Draft::missing` lists it.
//! The wording lives in data/templates/, one file per language.

mod purpose;
mod render;
mod slot;
mod templates;
mod vars;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use purpose::Purpose;
pub use slot::Slot;
pub use templates::{ticket_limit, CharLimit};

use crate::lang::Lang;
use crate::record::{CaseRecord, Facts};
use crate::rules::{Case, Decision, Evidence};
use render::{Value, Vars};

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
}

impl DraftOptions {
    /// What a stored case already tells: the evidence in hand (ticked or with a file) and the latest promise in the log.
    /// The page adds the answer-by date and, for a change or a cancellation, what the buyer types.
    pub fn from_record(record: &CaseRecord) -> DraftOptions {
        let promise = record.log.iter().rev().find(|entry| !entry.promise.trim().is_empty());
        DraftOptions {
            evidence: record.evidence_in_hand(),
            promise: promise.map(|entry| entry.promise.trim().to_owned()).unwrap_or_default(),
            promised_on: promise.and_then(|entry| entry.promised_by),
            ..DraftOptions::default()
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
}

pub fn draft(
    purpose: Purpose,
    lang: Lang,
    case: &Case,
    decision: &Decision,
    facts: &Facts,
    options: &DraftOptions,
) -> Draft {
    let words = templates::get(lang);
    let template = &words.purposes[&purpose];
    let mut vars = vars::build(purpose, lang, words, case, decision, facts, options);
    let limit = match purpose {
        Purpose::PlatformTicket => ticket_limit(case.platform).cloned(),
        _ => None,
    };

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
    let compose = |vars: &Vars, lines: &[&str], missing: &mut Vec<Slot>| {
        let body = vars.render_lines(lines, missing);
        [fields_text.as_str(), body.as_str()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    let fits = |text: &str| limit.as_ref().is_none_or(|limit| text.chars().count() <= limit.max);

    let candidates = std::iter::once(template.text).chain(template.shorter.iter().copied());
    let mut fitted = None;
    for (index, lines) in candidates.clone().enumerate() {
        let mut shown = Vec::new();
        let text = compose(&vars, lines, &mut shown);
        if fits(&text) {
            fitted = Some((text, shown, index > 0));
            break;
        }
    }
    let (text, shown, shortened) = fitted.unwrap_or_else(|| {
        // Even the shortest text is too long: shorten the buyer's longest words, then cut.
        let shortest = candidates.last().expect("a purpose has a text");
        let max = limit.as_ref().map_or(usize::MAX, |limit| limit.max);
        let mut shown = Vec::new();
        let mut text = compose(&vars, shortest, &mut shown);
        for name in ["exchange_for", "item_name", "description"] {
            let overflow = text.chars().count().saturating_sub(max);
            let Some(words) = vars.text(name).filter(|_| overflow > 0) else { continue };
            let keep = words.chars().count().saturating_sub(overflow + 1);
            if keep > 0 {
                let shortened = words.chars().take(keep).chain(['…']).collect();
                vars.set(name, Value::Text(shortened));
                shown.clear();
                text = compose(&vars, shortest, &mut shown);
            }
        }
        (truncate(text, max), shown, true)
    });
    missing.extend(shown);
    let mut seen = Vec::new();
    missing.retain(|slot| {
        !seen.contains(slot) && {
            seen.push(*slot);
            true
        }
    });

    Draft { purpose, lang, text, fields, missing, limit, shortened }
}

fn truncate(text: String, max: usize) -> String {
    if text.chars().count() <= max {
        return text;
    }
    text.chars().take(max.saturating_sub(1)).chain(['…']).collect()
}
