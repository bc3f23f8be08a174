//! The wording of every draft, one JSON file per language under data/templates/, and the platforms'
//! form limits. Code decides which phrase applies; the files decide what it says. src/build.rs checks the
//! files and writes them out as the statics below.

use serde::Serialize;

use super::{Cut, Purpose, Slot};
use crate::lang::Lang;
use crate::rules::{Channel, Evidence, Platform, Problem, Remedy, Shipping, TicketStatus};
use crate::static_map::StaticMap;

#[derive(Debug)]
pub(crate) struct Templates {
    /// How a missing value shows, around its label: `【{label}】`.
    pub placeholder: &'static str,
    /// How a form field shows in the text: `{label}：{value}`.
    pub field_line: &'static str,
    /// Joins a list; its last two items are joined by `list_last_separator`.
    pub list_separator: &'static str,
    pub list_last_separator: &'static str,
    /// Joins the citations of rules, which may contain commas themselves.
    pub citation_separator: &'static str,
    /// Where a citation's title ends (`》`), so articles of one law in a row share it; empty: never.
    pub citation_title_end: &'static str,
    /// `{y}`, `{m}`, `{d}` (numbers) and `{month}` (a name from `months`).
    pub date: &'static str,
    pub months: &'static [&'static str],
    /// `{yuan}` is the amount with two decimals.
    pub money: &'static str,
    /// Zero to ten in words (三倍, three times); larger numbers are written in digits.
    pub numerals: &'static [&'static str],
    /// The channels of the communication log, as the contact history names them.
    pub channels: StaticMap<Channel, &'static str>,
    /// What a shortened text gave up, as the page lists it.
    pub cuts: StaticMap<Cut, &'static str>,
    pub slots: StaticMap<Slot, &'static str>,
    pub platforms: StaticMap<Platform, &'static str>,
    pub problems: StaticMap<Problem, ProblemWords>,
    pub remedies: StaticMap<Remedy, RemedyWords>,
    /// Who pays the return postage; `none` (nothing goes back) has no words.
    pub shipping: StaticMap<Shipping, &'static str>,
    pub evidence: StaticMap<Evidence, &'static str>,
    pub phrases: Phrases,
    /// What a cancellation says about the ticket's recorded status; a status without words adds nothing.
    pub cancel_status: StaticMap<TicketStatus, &'static str>,
    pub purposes: StaticMap<Purpose, PurposeTemplate>,
}

#[derive(Debug)]
pub(crate) struct ProblemWords {
    /// A whole clause that can open a sentence.
    pub sentence: &'static str,
    /// A few words for a form's reason field.
    pub short: &'static str,
}

#[derive(Debug)]
pub(crate) struct RemedyWords {
    /// As a form's service type: 退货退款 / Return and refund.
    pub name: &'static str,
    /// As the object of a request: 退货退款 / a return and refund.
    pub ask: &'static str,
}

/// Sentence parts that appear only when they apply; each is a variable of the same name in templates.
#[derive(Debug)]
pub(crate) struct Phrases {
    pub signed: &'static str,
    pub details: &'static str,
    pub exchange: &'static str,
    pub basis: &'static str,
    pub basis_after: &'static str,
    pub shipping_clause: &'static str,
    pub compensation: &'static str,
    pub within_period: &'static str,
    pub thanks: &'static str,
    pub history: &'static str,
    pub outcome_refused: &'static str,
    pub outcome_agreed: &'static str,
    pub outcome_pending: &'static str,
    /// Why a follow-up: a promise not kept, or a request not answered.
    pub follow_up_promise: &'static str,
    pub follow_up_waiting: &'static str,
    pub follow_up_plain: &'static str,
    pub promise_made_on: &'static str,
    pub promise_by: &'static str,
    pub promise_unkept: &'static str,
    pub promise_pending: &'static str,
    pub exchange_same: &'static str,
    pub one_more_repair: &'static str,
    pub acceptance: &'static str,
    /// Why this channel now, from the decision's `channel_basis`.
    pub channel_basis: &'static str,
    pub personal_use: &'static str,
    /// One entry of the communication log, and its optional parts.
    pub contact: &'static str,
    pub contact_time: &'static str,
    pub contact_who: &'static str,
    pub contact_said: &'static str,
    pub contact_promise: &'static str,
    pub contact_promise_due: &'static str,
    /// What a promise with a date but no words is taken to be: an answer.
    pub contact_promise_reply: &'static str,
    pub contact_broken: &'static str,
    pub status_line: &'static str,
    /// What happened so far: the requests, the contacts and the status.
    pub negotiation: &'static str,
    pub negotiation_line: &'static str,
    /// The case for statutory compensation: fraud (消法 Art. 55) or unsafe food (食安法 Art. 148).
    pub fraud_argument: &'static str,
    pub food_argument: &'static str,
    /// A partial refund agreed with the shop: who keeps the item, and how the request changes.
    pub offer_keep: &'static str,
    pub offer_send_back: &'static str,
    pub offer_reason: &'static str,
    pub offer_change: &'static str,
    pub offer_pay_first: &'static str,
    pub tracking: &'static str,
    pub refund_clause: &'static str,
}

#[derive(Debug)]
pub(crate) struct PurposeTemplate {
    /// What the draft is, as the page lists it.
    pub title: &'static str,
    /// Form fields the buyer copies one by one (12315, 黑猫, the platform form).
    pub fields: &'static [FieldTemplate],
    /// Whether the text starts with the fields, one `field_line` each.
    pub fields_in_text: bool,
    /// The text, one line per entry; a line that mentions something that does not apply is left out.
    pub text: &'static [&'static str],
}

#[derive(Debug)]
pub(crate) struct FieldTemplate {
    pub id: &'static str,
    pub label: &'static str,
    pub value: &'static str,
}

/// A channel's limit on the length of the text, in characters (a Chinese character counts as one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CharLimit {
    pub min: usize,
    pub max: usize,
    /// Whether the number was checked against the platform's own definition; unchecked numbers are
    /// conservative defaults.
    pub verified: bool,
    pub source: &'static str,
}

impl Templates {
    pub fn slot_label(&self, slot: Slot) -> &'static str {
        self.slots[&slot]
    }

    /// Every id the code looks up must have words; a gap is a broken data file, found by the tests.
    #[cfg(test)]
    fn check(&self) -> Result<(), String> {
        let gaps = [
            missing_keys("slots", &self.slots, &Slot::ALL),
            missing_keys("platforms", &self.platforms, &Platform::ALL),
            missing_keys("problems", &self.problems, &Problem::ALL),
            missing_keys("remedies", &self.remedies, &Remedy::ALL),
            missing_keys("shipping", &self.shipping, &[Shipping::Seller, Shipping::Buyer, Shipping::Insurance]),
            missing_keys("evidence", &self.evidence, &Evidence::ALL),
            missing_keys("channels", &self.channels, &Channel::ALL),
            missing_keys("cuts", &self.cuts, &Cut::ALL),
            missing_keys("purposes", &self.purposes, &Purpose::ALL),
        ]
        .concat();
        if gaps.is_empty() {
            Ok(())
        } else {
            Err(gaps.join(", "))
        }
    }
}

#[cfg(test)]
fn missing_keys<K: PartialEq + std::fmt::Debug, V>(section: &str, map: &StaticMap<K, V>, keys: &[K]) -> Vec<String> {
    keys.iter().filter(|key| !map.contains_key(key)).map(|key| format!("{section}.{key:?}")).collect()
}

include!(concat!(env!("OUT_DIR"), "/templates.rs"));

/// The wording for one language.
pub(crate) fn get(lang: Lang) -> &'static Templates {
    match lang {
        Lang::ZhCn => &ZH_CN,
        Lang::En => &EN,
    }
}

/// The length limit of a platform's after-sales description box, if known.
pub fn ticket_limit(platform: Platform) -> Option<&'static CharLimit> {
    TICKET_LIMITS.get(&platform)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_words_for_every_id() {
        for lang in [Lang::ZhCn, Lang::En] {
            assert_eq!(get(lang).check(), Ok(()), "{lang:?}");
        }
    }
}
