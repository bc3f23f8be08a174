//! The wording of every draft, one JSON file per language under data/templates/, and the platforms'
//! form limits. Code decides which phrase applies; the files decide what it says.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{Purpose, Slot};
use crate::lang::Lang;
use crate::rules::{Evidence, Platform, Problem, Remedy, Shipping};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Templates {
    /// How a missing value shows, around its label: `【{label}】`.
    pub placeholder: String,
    /// How a form field shows in the text: `{label}：{value}`.
    pub field_line: String,
    /// Joins a list; its last two items are joined by `list_last_separator`.
    pub list_separator: String,
    pub list_last_separator: String,
    /// Joins the citations of rules, which may contain commas themselves.
    pub citation_separator: String,
    /// Where a citation's title ends (`》`), so articles of one law in a row share it; empty: never.
    pub citation_title_end: String,
    /// `{y}`, `{m}`, `{d}` (numbers) and `{month}` (a name from `months`).
    pub date: String,
    #[serde(default)]
    pub months: Vec<String>,
    /// `{yuan}` is the amount with two decimals.
    pub money: String,
    pub slots: HashMap<Slot, String>,
    pub platforms: HashMap<Platform, String>,
    pub problems: HashMap<Problem, ProblemWords>,
    pub remedies: HashMap<Remedy, RemedyWords>,
    /// Who pays the return postage; `none` (nothing goes back) has no words.
    pub shipping: HashMap<Shipping, String>,
    pub evidence: HashMap<Evidence, String>,
    pub phrases: Phrases,
    pub purposes: HashMap<Purpose, PurposeTemplate>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ProblemWords {
    /// A whole clause that can open a sentence.
    pub sentence: String,
    /// A few words for a form's reason field.
    pub short: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RemedyWords {
    /// As a form's service type: 退货退款 / Return and refund.
    pub name: String,
    /// As the object of a request: 退货退款 / a return and refund.
    pub ask: String,
}

/// Sentence parts that appear only when they apply; each is a variable of the same name in templates.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Phrases {
    pub signed: String,
    pub details: String,
    pub exchange: String,
    pub basis: String,
    pub basis_main: String,
    pub basis_after: String,
    /// Why this channel now, from the decision's `channel_basis`.
    pub channel_basis: String,
    pub shipping_clause: String,
    pub compensation: String,
    pub within_period: String,
    pub history: String,
    pub outcome_refused: String,
    pub outcome_agreed: String,
    pub outcome_pending: String,
    /// Why a follow-up: a promise not kept, or a request not answered.
    pub follow_up_promise: String,
    pub follow_up_waiting: String,
    pub personal_use: String,
    pub return_in_transit: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PurposeTemplate {
    /// What the draft is, as the page lists it.
    pub title: String,
    /// Form fields the buyer copies one by one (12315, 黑猫, the platform form).
    #[serde(default)]
    pub fields: Vec<FieldTemplate>,
    /// Whether the text starts with the fields, one `field_line` each.
    #[serde(default)]
    pub fields_in_text: bool,
    /// The text, one line per entry; a line that mentions something that does not apply is left out.
    pub text: Vec<String>,
    /// Shorter texts, longest first, for a channel whose limit the text exceeds.
    #[serde(default)]
    pub shorter: Vec<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FieldTemplate {
    pub id: String,
    pub label: String,
    pub value: String,
}

/// A channel's limit on the length of the text, in characters (a Chinese character counts as one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CharLimit {
    pub min: usize,
    pub max: usize,
    /// Whether the number was checked against the platform's own definition; unchecked numbers are
    /// conservative defaults.
    pub verified: bool,
    pub source: String,
}

impl Templates {
    pub fn slot_label(&self, slot: Slot) -> &str {
        &self.slots[&slot]
    }

    /// Every id the code looks up must have words; a gap is a broken data file, found by the tests.
    fn check(&self) -> Result<(), String> {
        let gaps = [
            missing_keys("slots", &self.slots, &Slot::ALL),
            missing_keys("platforms", &self.platforms, &Platform::ALL),
            missing_keys("problems", &self.problems, &Problem::ALL),
            missing_keys("remedies", &self.remedies, &Remedy::ALL),
            missing_keys("shipping", &self.shipping, &[Shipping::Seller, Shipping::Buyer, Shipping::Insurance]),
            missing_keys("evidence", &self.evidence, &Evidence::ALL),
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

fn missing_keys<K: std::hash::Hash + Eq + std::fmt::Debug, V>(
    section: &str,
    map: &HashMap<K, V>,
    keys: &[K],
) -> Vec<String> {
    keys.iter().filter(|key| !map.contains_key(key)).map(|key| format!("{section}.{key:?}")).collect()
}

fn load(file: &str, json: &str) -> Templates {
    let templates: Templates =
        serde_json::from_str(json).unwrap_or_else(|error| panic!("data/templates/{file}: {error}"));
    if let Err(gaps) = templates.check() {
        panic!("data/templates/{file}: no words for {gaps}");
    }
    templates
}

/// The wording for one language, read once.
pub(crate) fn get(lang: Lang) -> &'static Templates {
    static ZH_CN: OnceLock<Templates> = OnceLock::new();
    static EN: OnceLock<Templates> = OnceLock::new();
    match lang {
        Lang::ZhCn => {
            ZH_CN.get_or_init(|| load("zh-CN.json", include_str!(concat!(env!("OUT_DIR"), "/templates/zh-CN.json"))))
        }
        Lang::En => EN.get_or_init(|| load("en.json", include_str!(concat!(env!("OUT_DIR"), "/templates/en.json")))),
    }
}

/// The length limit of a platform's after-sales description box, if known.
pub fn ticket_limit(platform: Platform) -> Option<&'static CharLimit> {
    static LIMITS: OnceLock<HashMap<Platform, CharLimit>> = OnceLock::new();
    LIMITS
        .get_or_init(|| {
            serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/templates/ticket_limits.json")))
                .unwrap_or_else(|error| panic!("data/templates/ticket_limits.json: {error}"))
        })
        .get(&platform)
}
