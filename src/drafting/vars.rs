//! The variables a template can name, from the case, the decision, the facts and the page's options.
//! Each is a text, a missing slot, or absent where it does not apply to this case.

use chrono::{Datelike, NaiveDate};

use super::render::{Value, Vars};
use super::templates::Templates;
use super::{DraftOptions, Purpose, Slot};
use crate::lang::Lang;
use crate::record::Facts;
use crate::rules::{self, Case, Decision, EventKind, Problem, Remedy, Verdict};

pub(crate) fn build(
    purpose: Purpose,
    lang: Lang,
    words: &'static Templates,
    case: &Case,
    decision: &Decision,
    facts: &Facts,
    options: &DraftOptions,
) -> Vars {
    let mut vars = Vars::new(lang);
    let remedy = facts.wanted_remedy.or(decision.recommended);
    set_facts(&mut vars, words, case, facts, options, remedy);
    set_demand(&mut vars, purpose, lang, words, case, decision, facts, remedy);
    set_history(&mut vars, words, case, options);
    let phrases = &words.phrases;
    for (name, template) in [
        ("signed", &phrases.signed),
        ("details", &phrases.details),
        ("exchange", &phrases.exchange),
        ("basis", &phrases.basis),
        ("basis_main", &phrases.basis_main),
        ("basis_after", &phrases.basis_after),
        ("channel_basis", &phrases.channel_basis),
        ("shipping_clause", &phrases.shipping_clause),
        ("compensation", &phrases.compensation),
        ("within_period", &phrases.within_period),
    ] {
        vars.set(name, Value::Phrase(template));
    }
    vars
}

fn given(slot: Slot, value: &str) -> Value {
    match value.trim() {
        "" => Value::Missing(slot),
        value => Value::Text(value.to_owned()),
    }
}

fn optional(value: Option<String>) -> Value {
    value.map_or(Value::Absent, Value::Text)
}

/// A phrase that appears only when it applies to the case.
fn phrase(applies: bool, template: &'static str) -> Value {
    if applies {
        Value::Phrase(template)
    } else {
        Value::Text(String::new())
    }
}

/// What the buyer typed and the page chose, and what the case says about the purchase.
fn set_facts(
    vars: &mut Vars,
    words: &'static Templates,
    case: &Case,
    facts: &Facts,
    options: &DraftOptions,
    remedy: Option<Remedy>,
) {
    for slot in Slot::ALL {
        if let Some(value) = slot.fact(facts) {
            vars.set(slot.id(), given(slot, value));
        }
    }
    let description = trim_end_punctuation(&facts.description);
    vars.set(
        "description",
        if !description.is_empty() {
            Value::Text(description)
        } else if needs_description(case.problem) {
            Value::Missing(Slot::Description)
        } else {
            Value::Absent
        },
    );
    if remedy != Some(Remedy::Exchange) {
        vars.set("exchange_for", Value::Absent);
    }
    let date_or_missing =
        |on: Option<NaiveDate>, slot| on.map_or(Value::Missing(slot), |on| Value::Text(date(words, on)));
    vars.set("answer_by", date_or_missing(options.answer_by, Slot::AnswerBy));
    vars.set("promise", given(Slot::Promise, &options.promise));
    vars.set("promised_on", date_or_missing(options.promised_on, Slot::PromisedOn));
    vars.set("change", given(Slot::Change, &options.change));
    vars.set("cancel_reason", given(Slot::CancelReason, &trim_end_punctuation(&options.cancel_reason)));

    vars.set("platform", Value::Text(words.platforms[&case.platform].to_string()));
    vars.set("paid_on", Value::Text(date(words, case.paid_on)));
    vars.set("signed_on", optional(case.signed_on.map(|on| date(words, on))));
    vars.set("today", Value::Text(date(words, case.today)));
    vars.set("amount", Value::Text(money(words, case.paid_fen)));
    vars.set("problem", Value::Text(words.problems[&case.problem].sentence.to_string()));
    vars.set("problem_short", Value::Text(words.problems[&case.problem].short.to_string()));
    let evidence: Vec<String> = options.evidence.iter().map(|evidence| words.evidence[evidence].to_string()).collect();
    vars.set("evidence", optional((!evidence.is_empty()).then(|| list(words, &evidence))));
    vars.set("personal_use", phrase(!case.for_business, words.phrases.personal_use));
}

/// What the buyer asks for, on which rules, until when, with whose postage, and any compensation.
#[allow(clippy::too_many_arguments)]
fn set_demand(
    vars: &mut Vars,
    purpose: Purpose,
    lang: Lang,
    words: &Templates,
    case: &Case,
    decision: &Decision,
    facts: &Facts,
    remedy: Option<Remedy>,
) {
    match remedy {
        Some(remedy) => {
            vars.set("remedy", Value::Text(words.remedies[&remedy].ask.to_string()));
            vars.set("remedy_name", Value::Text(words.remedies[&remedy].name.to_string()));
        }
        None => {
            vars.set("remedy", Value::Missing(Slot::Demand));
            vars.set("remedy_name", Value::Missing(Slot::Demand));
        }
    }
    let refund = matches!(remedy, Some(Remedy::RefundOnly | Remedy::ReturnRefund));
    let requested = facts.requested_yuan.trim();
    let refund_amount =
        if requested.is_empty() { money(words, case.paid_fen) } else { words.money.replace("{yuan}", requested) };
    vars.set("refund_amount", optional(refund.then_some(refund_amount)));

    // A remedy the rules deny is still the buyer's to ask for, but no rule is cited for it.
    let verdict = remedy
        .and_then(|remedy| decision.remedies.iter().find(|verdict| verdict.remedy == remedy))
        .filter(|verdict| verdict.verdict != Verdict::Ineligible);
    let basis = verdict.map(|verdict| verdict.basis.as_slice()).unwrap_or_default();
    vars.set("citations", optional(citations(words, lang, basis)));
    vars.set("main_citation", optional(citations(words, lang, &basis[..basis.len().min(1)])));
    let channel_basis = if decision.channel == purpose.channel() { decision.channel_basis.as_slice() } else { &[] };
    vars.set("channel_citations", optional(citations(words, lang, channel_basis)));
    vars.set("until", optional(verdict.and_then(|verdict| verdict.until).map(|on| date(words, on))));
    let shipping = verdict.and_then(|verdict| verdict.shipping).and_then(|shipping| words.shipping.get(&shipping));
    vars.set("shipping", optional(shipping.map(|words| words.to_string())));

    let compensation = decision.compensation.as_ref().filter(|_| purpose.claims_compensation());
    vars.set("compensation_amount", optional(compensation.map(|claim| money(words, claim.amount_fen))));
    vars.set("compensation_basis", optional(compensation.and_then(|claim| citations(words, lang, &claim.basis))));
    let disputed = case.paid_fen + compensation.map_or(0, |claim| claim.amount_fen);
    vars.set("disputed_amount", Value::Text(money(words, disputed)));
}

/// What has happened since the request, from the case's events and the page's promise.
fn set_history(vars: &mut Vars, words: &'static Templates, case: &Case, options: &DraftOptions) {
    let first = |kind: EventKind| case.events.iter().find(|event| event.kind == kind).map(|event| event.on);
    let last = |kind: EventKind| case.events.iter().rev().find(|event| event.kind == kind).map(|event| event.on);
    let happened = |kind: EventKind| case.events.iter().any(|event| event.kind == kind);
    let requested_on = first(EventKind::Requested);
    let refused_on = last(EventKind::SellerRefused);
    let agreed_on = last(EventKind::SellerAgreed);
    vars.set("requested_on", optional(requested_on.map(|on| date(words, on))));
    vars.set("refused_on", optional(refused_on.map(|on| date(words, on))));
    vars.set("agreed_on", optional(agreed_on.map(|on| date(words, on))));

    let phrases = &words.phrases;
    let outcome = if refused_on.is_some() {
        &phrases.outcome_refused
    } else if agreed_on.is_some() {
        &phrases.outcome_agreed
    } else {
        &phrases.outcome_pending
    };
    vars.set("outcome", Value::Phrase(outcome));
    vars.set("history", phrase(requested_on.is_some(), phrases.history));
    let promised = !options.promise.trim().is_empty() || options.promised_on.is_some();
    let follow_up_reason = match requested_on {
        Some(_) if !promised => &phrases.follow_up_waiting,
        _ => &phrases.follow_up_promise,
    };
    vars.set("follow_up_reason", Value::Phrase(follow_up_reason));
    let in_transit =
        happened(EventKind::ReturnShipped) && !happened(EventKind::ReturnReceived) && !happened(EventKind::Refunded);
    vars.set("return_in_transit", phrase(in_transit, phrases.return_in_transit));
}

/// Problems the buyer has to describe; a no-reason return or a missing parcel speaks for itself.
fn needs_description(problem: Problem) -> bool {
    matches!(
        problem,
        Problem::QualityDefect
            | Problem::Malfunction
            | Problem::NotAsDescribed
            | Problem::WrongItem
            | Problem::MissingParts
            | Problem::DamagedInTransit
            | Problem::Counterfeit
            | Problem::UnsafeFood
    )
}

/// The buyer's sentence without its closing punctuation, so the template's own full stop follows it.
fn trim_end_punctuation(text: &str) -> String {
    text.trim().trim_end_matches(['。', '.', '！', '!', '；', ';', '，', ',', ' ']).to_owned()
}

/// The rules behind the demand in words a buyer understands, e.g. 《消费者权益保护法》第二十五条. Articles
/// of the same law in a row share its title: 《消费者权益保护法》第二十四条、第二十五条.
fn citations(words: &Templates, lang: Lang, basis: &[String]) -> Option<String> {
    let mut seen: Vec<&str> = Vec::new();
    let mut cited: Vec<String> = Vec::new();
    let mut last_title = "";
    for id in basis {
        let Some(rule) = rules::rule(id) else { continue };
        let citation = match lang {
            Lang::ZhCn => rule.citation_zh.as_str(),
            Lang::En => rule.citation_en.as_str(),
        };
        if seen.contains(&citation) {
            continue;
        }
        seen.push(citation);
        let title_end = Some(words.citation_title_end)
            .filter(|end| !end.is_empty())
            .and_then(|end| citation.find(end).map(|at| at + end.len()));
        let (title, article) = title_end.map_or((citation, ""), |end| citation.split_at(end));
        match cited.last_mut() {
            Some(previous) if !article.is_empty() && title == last_title => {
                previous.push_str(words.list_separator);
                previous.push_str(article);
            }
            _ => cited.push(citation.to_owned()),
        }
        last_title = title;
    }
    (!cited.is_empty()).then(|| cited.join(words.citation_separator))
}

fn list(words: &Templates, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{}{}{last}", init.join(words.list_separator), words.list_last_separator),
    }
}

fn date(words: &Templates, on: NaiveDate) -> String {
    let month = words.months.get(on.month0() as usize).copied().unwrap_or("");
    words
        .date
        .replace("{y}", &on.year().to_string())
        .replace("{m}", &on.month().to_string())
        .replace("{d}", &on.day().to_string())
        .replace("{month}", month)
}

fn money(words: &Templates, fen: u64) -> String {
    words.money.replace("{yuan}", &format!("{}.{:02}", fen / 100, fen % 100))
}
