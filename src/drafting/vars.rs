//! The variables a template can name, from the case, the decision, the facts and the page's options.
//! Each is a text, a missing slot, or absent where it does not apply to this case.

use chrono::{Datelike, NaiveDate};

use super::render::{Value, Vars};
use super::templates::Templates;
use super::{DraftOptions, Purpose, Slot};
use crate::lang::Lang;
use crate::record::{parse_yuan, Facts, LogEntry};
use crate::rules::{self, Case, Channel, Decision, EventKind, Problem, Remedy, TicketStatus, Verdict};

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
    let offer = offered(facts);
    let remedy = match offer {
        Some(_) if purpose == Purpose::ModifyRequest => Some(Remedy::RefundOnly),
        _ => facts.wanted_remedy.or(decision.recommended),
    };
    set_facts(&mut vars, words, case, facts, options, remedy);
    set_demand(&mut vars, purpose, lang, words, case, decision, facts, remedy);
    set_history(&mut vars, purpose, words, case, options);
    set_status(&mut vars, purpose, words, options, offer);
    set_claim(&mut vars, purpose, words, decision);
    let phrases = &words.phrases;
    for (name, template) in [
        ("signed", &phrases.signed),
        ("details", &phrases.details),
        ("exchange", &phrases.exchange),
        ("basis", &phrases.basis),
        ("basis_after", &phrases.basis_after),
        ("channel_basis", &phrases.channel_basis),
        ("shipping_clause", &phrases.shipping_clause),
        ("compensation", &phrases.compensation),
        ("within_period", &phrases.within_period),
        ("thanks", &phrases.thanks),
        ("refund_clause", &phrases.refund_clause),
        ("negotiation_line", &phrases.negotiation_line),
        ("acceptance", &phrases.acceptance),
    ] {
        vars.set(name, Value::Phrase(template));
    }
    vars
}

/// The partial refund the shop offered, in fen, when the buyer typed one that reads as an amount.
fn offered(facts: &Facts) -> Option<u64> {
    Some(facts.offered_yuan.trim()).filter(|typed| !typed.is_empty()).and_then(parse_yuan).filter(|fen| *fen > 0)
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
    if !remedy.is_some_and(Remedy::names_exchange_target) {
        vars.set("exchange_for", Value::Absent);
    } else if facts.exchange_for.trim().is_empty() && faulty(case.problem) {
        vars.set("exchange_for", Value::Text(words.phrases.exchange_same.to_owned()));
    }
    let date_or_missing =
        |on: Option<NaiveDate>, slot| on.map_or(Value::Missing(slot), |on| Value::Text(date(words, on)));
    vars.set("answer_by", date_or_missing(options.answer_by, Slot::AnswerBy));
    vars.set("promise", given(Slot::Promise, &options.promise));
    vars.set("promised_on", date_or_missing(options.promised_on, Slot::PromisedOn));

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
    let refund = remedy.is_some_and(Remedy::refunds);
    let requested = facts.requested_yuan.trim();
    let refund_amount = match offered(facts).filter(|_| purpose == Purpose::ModifyRequest) {
        Some(fen) => money(words, fen),
        None if requested.is_empty() => money(words, case.paid_fen),
        None => words.money.replace("{yuan}", requested),
    };
    vars.set("refund_amount", optional(refund.then_some(refund_amount)));

    // A remedy the rules deny is still the buyer's to ask for, but no rule is cited for it; nor for a
    // partial refund the buyer and the shop agreed on.
    let verdict = remedy
        .and_then(|remedy| decision.remedies.iter().find(|verdict| verdict.remedy == remedy))
        .filter(|verdict| verdict.verdict != Verdict::Ineligible)
        .filter(|_| !(purpose == Purpose::ModifyRequest && offered(facts).is_some()));
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
    // Under 三包, one repair short of the two that open an exchange or a return: the buyer says so.
    let one_more_repair = case.failed_repairs == 1
        && decision.remedies.iter().any(|verdict| {
            verdict.remedy == Remedy::Exchange && verdict.basis.iter().any(|id| id == "cn.sanbao.repairs")
        });
    vars.set("one_more_repair", phrase(one_more_repair, words.phrases.one_more_repair));
    let acceptance = rules::rule(COMPLAINT_ACCEPTANCE);
    vars.set("acceptance_citation", optional(acceptance.map(|rule| rule.citation(lang).to_owned())));
    let days = acceptance.and_then(|rule| rule.working_days);
    vars.set(
        "acceptance_days",
        optional(
            days.map(|days| {
                words.numerals.get(days as usize).map_or_else(|| days.to_string(), |word| word.to_string())
            }),
        ),
    );
    let disputed = case.paid_fen + compensation.map_or(0, |claim| claim.amount_fen);
    vars.set("disputed_amount", Value::Text(money(words, disputed)));
}

/// What has happened since the request, from the case's events and the page's promise.
fn set_history(vars: &mut Vars, purpose: Purpose, words: &'static Templates, case: &Case, options: &DraftOptions) {
    let first = |kind: EventKind| case.events.iter().find(|event| event.kind == kind).map(|event| event.on);
    let last = |kind: EventKind| case.events.iter().rev().find(|event| event.kind == kind).map(|event| event.on);
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
    // The follow-up opens with the latest promise; its contact then tells only what was said.
    let stated = (purpose == Purpose::MerchantFollowUp && promised)
        .then(|| {
            options.contacts.iter().rev().find(|entry| {
                entry.promise.trim() == options.promise.trim() && entry.promised_by == options.promised_on
            })
        })
        .flatten();
    let follow_up_reason = match requested_on {
        _ if promised => &phrases.follow_up_promise,
        Some(_) => &phrases.follow_up_waiting,
        None => &phrases.follow_up_plain,
    };
    vars.set("follow_up_reason", Value::Phrase(follow_up_reason));
    vars.set("promise_made", optional(stated.and_then(|entry| entry.on).map(|on| date(words, on))));
    vars.set("promise_made_on", phrase(stated.is_some_and(|entry| entry.on.is_some()), phrases.promise_made_on));
    vars.set("promise_by", phrase(options.promised_on.is_some(), phrases.promise_by));
    let unkept = stated.is_some_and(|entry| broken(case, entry));
    vars.set("promise_outcome", Value::Phrase(if unkept { phrases.promise_unkept } else { phrases.promise_pending }));
    if options.promise.trim().is_empty() {
        vars.set("promise", Value::Text(phrases.contact_promise_reply.to_owned()));
    }
    let contacts: String = options
        .contacts
        .iter()
        .filter_map(|entry| {
            contact(words, vars.lang(), case, entry, stated.is_some_and(|stated| std::ptr::eq(stated, entry)))
        })
        .collect();
    vars.set("contact_history", Value::Text(contacts));
}

/// Whether a promise's day passed with no act from the merchant (agreed, refused, received the return,
/// refunded) between the promise and its day.
fn broken(case: &Case, entry: &LogEntry) -> bool {
    let (Some(on), Some(due)) = (entry.on, entry.promised_by) else { return false };
    due < case.today
        && !case.events.iter().any(|event| {
            matches!(
                event.kind,
                EventKind::SellerAgreed | EventKind::SellerRefused | EventKind::ReturnReceived | EventKind::Refunded
            ) && (on..=due).contains(&event.on)
        })
}

/// One dated contact from the log: when, through which channel, with whom, what was said, what was
/// promised by when, and whether that promise has passed unkept, unless the draft told the promise
/// already (`promise_told`). An entry without a date is left out.
fn contact(words: &'static Templates, lang: Lang, case: &Case, entry: &LogEntry, promise_told: bool) -> Option<String> {
    let on = entry.on?;
    let phrases = &words.phrases;
    let said = trim_end_punctuation(&entry.said);
    let promise = trim_end_punctuation(&entry.promise);
    let channel = rules::from_id::<Channel>(&entry.channel).unwrap_or(Channel::MerchantService);

    let mut vars = Vars::new(lang);
    vars.set("contact_on", Value::Text(date(words, on)));
    vars.set("time", Value::Text(entry.time.trim().to_owned()));
    vars.set("contact_time", phrase(!entry.time.trim().is_empty(), phrases.contact_time));
    vars.set("contact_channel", Value::Text(words.channels[&channel].to_string()));
    vars.set("who", Value::Text(entry.who.trim().to_owned()));
    vars.set("contact_who", phrase(!entry.who.trim().is_empty(), phrases.contact_who));
    vars.set("said", Value::Text(said.clone()));
    vars.set("contact_said", phrase(!said.is_empty(), phrases.contact_said));
    let promise = if promise.is_empty() { phrases.contact_promise_reply.to_owned() } else { promise };
    vars.set("promise", Value::Text(promise));
    vars.set("promised_by", optional(entry.promised_by.map(|due| date(words, due))));
    vars.set("promise_due", phrase(entry.promised_by.is_some(), phrases.contact_promise_due));
    let promised = !promise_told && (!entry.promise.trim().is_empty() || entry.promised_by.is_some());
    vars.set("contact_promise", phrase(promised, phrases.contact_promise));
    vars.set("contact_broken", phrase(promised && broken(case, entry), phrases.contact_broken));
    (promised || !said.is_empty()).then(|| vars.render(phrases.contact, &mut Vec::new())).flatten()
}

/// The ticket's recorded status, what happened so far, and for a cancellation or a change, the
/// sentences that status allows, with a partial refund the shop offered.
fn set_status(
    vars: &mut Vars,
    purpose: Purpose,
    words: &'static Templates,
    options: &DraftOptions,
    offer: Option<u64>,
) {
    let phrases = &words.phrases;
    let lang = vars.lang();
    let status = options.status.filter(|(status, _)| *status != TicketStatus::Draft);
    vars.set("status", optional(status.map(|(status, _)| (crate::i18n::ui(lang).status)(status).to_owned())));
    vars.set("status_on", optional(status.map(|(_, on)| date(words, on))));
    vars.set("status_line", phrase(status.is_some(), phrases.status_line));

    let has_contacts = vars.text("contact_history").is_some_and(|text| !text.is_empty());
    let requested = vars.text("requested_on").is_some();
    vars.set(
        "story",
        if has_contacts || status.is_some() { Value::Phrase("{contact_history}{status_line}") } else { Value::Absent },
    );
    vars.set(
        "negotiation",
        if has_contacts || status.is_some() || requested {
            Value::Phrase(phrases.negotiation)
        } else {
            Value::Missing(Slot::Negotiation)
        },
    );

    let status = status.map(|(status, _)| status);
    let tracking = options.return_tracking_no.trim();
    vars.set("tracking_no", Value::Text(tracking.to_owned()));
    vars.set("tracking", phrase(!tracking.is_empty(), phrases.tracking));
    vars.set(
        "cancel_status",
        status
            .and_then(|status| words.cancel_status.get(&status))
            .map_or(Value::Text(String::new()), |words| Value::Phrase(words)),
    );
    let goods_sent_back = matches!(status, Some(TicketStatus::ReturnShipped | TicketStatus::MerchantReceived));
    vars.set("offer_goods", Value::Phrase(if goods_sent_back { phrases.offer_send_back } else { phrases.offer_keep }));
    vars.set("offered_amount", optional(offer.map(|fen| money(words, fen))));
    vars.set("offer_pay_first", phrase(offer.is_some() && purpose == Purpose::CancelRequest, phrases.offer_pay_first));
    let typed_or_offer = |slot: Slot, typed: &str, offer_phrase: &'static str| match trim_end_punctuation(typed) {
        typed if !typed.is_empty() => Value::Text(typed),
        _ if offer.is_some() => Value::Phrase(offer_phrase),
        _ => Value::Missing(slot),
    };
    vars.set("cancel_reason", typed_or_offer(Slot::CancelReason, &options.cancel_reason, phrases.offer_reason));
    vars.set("change", typed_or_offer(Slot::Change, &options.change, phrases.offer_change));
}

/// The case for the statutory compensation, where the decision gives one and the recipient may award it:
/// fraud (the price times three, at least 500 yuan) or unsafe food (ten times the price, at least 1,000).
fn set_claim(vars: &mut Vars, purpose: Purpose, words: &'static Templates, decision: &Decision) {
    let claim = decision.compensation.as_ref().filter(|_| purpose.claims_compensation());
    let argument = claim.map(|claim| {
        let food = claim.basis.iter().any(|id| id.starts_with("cn.food_safety."));
        if food {
            words.phrases.food_argument
        } else {
            words.phrases.fraud_argument
        }
    });
    vars.set("claim_argument", argument.map_or(Value::Text(String::new()), Value::Phrase));
    let multiple = claim.map(|claim| {
        words.numerals.get(claim.multiple as usize).map_or_else(|| claim.multiple.to_string(), |word| word.to_string())
    });
    vars.set("multiple", optional(multiple));
    // The law's floor is a round sum: 500元, not 500.00元.
    let minimum = claim.map(|claim| words.money.replace("{yuan}", &(claim.minimum_fen / 100).to_string()));
    vars.set("minimum", optional(minimum));
}

/// Problems with the item itself, where an exchange means a sound one of the same model.
fn faulty(problem: Problem) -> bool {
    matches!(problem, Problem::QualityDefect | Problem::Malfunction | Problem::DamagedInTransit)
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
pub(super) fn trim_end_punctuation(text: &str) -> String {
    text.trim().trim_end_matches(['。', '.', '！', '!', '；', ';', '，', ',', ' ']).to_owned()
}

/// 12315's own period: it decides within seven working days whether it accepts a complaint.
const COMPLAINT_ACCEPTANCE: &str = "cn.complaint.14";

/// Rules the screens explain a limit with, which a buyer never cites in a request: the 三包 scope that
/// leaves the item out, and who is not a consumer.
const AGAINST_THE_BUYER: [&str; 4] =
    ["cn.sanbao.scope", "alibaba.wholesale", "cn.complaint.15", "alibaba.exchange.exclusions"];

/// Whether a draft may cite the rule: not one that limits the buyer.
pub fn cited_for_the_buyer(id: &str) -> bool {
    !AGAINST_THE_BUYER.contains(&id)
}

/// The rules behind the demand in words a buyer understands, e.g. 《消费者权益保护法》第二十五条. Articles
/// of the same law in a row share its title: 《消费者权益保护法》第二十四条、第二十五条.
fn citations(words: &Templates, lang: Lang, basis: &[String]) -> Option<String> {
    let supporting = basis.iter().filter(|id| cited_for_the_buyer(id)).filter_map(|id| rules::rule(id));
    let mut cited: Vec<String> = Vec::new();
    let mut last_title = "";
    for citation in rules::cited_once(supporting, lang) {
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
