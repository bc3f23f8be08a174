//! Policy packs: the rules as data. The built-in packs (data/packs/*.toml, turned into statics by build.rs) hold
//! the law baseline, each platform, the merchant-promise layer and the guides. A help centre or the CLI can
//! lay its own pack on top: it may change numbers and wording and add rules, never give less than the law.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::by_id::id_of;
use super::case::{Platform, SoldBy};
use crate::dates::MaybeIsoDay;
use crate::lang::Lang;
use crate::read_fields::read_fields;

mod builtin;

/// How a rule's period is counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Counting {
    /// 民法典 201/203: start the day after, a last day on a rest day rolls to the next working day.
    #[default]
    Civil,
    /// Plain calendar days, no roll-over: platform countdowns.
    Natural,
    /// Working days only, make-up working days (调休) included.
    Working,
}

/// Where a pack sits: the law baseline, a platform, the merchant's promises, or practical guidance.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layer {
    Law,
    Platform,
    Merchant,
    #[default]
    Guide,
}

/// One rule: what it says, how a buyer cites it, where it comes from, and its numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub text: String,
    /// `text` in English, for the rules a decision shows as notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_en: Option<String>,
    pub citation_zh: String,
    pub citation_en: String,
    pub source: String,
    /// Since when the rule holds; absent when the source gives no date (help pages, the seeds' guidance).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::dates::deserialize_maybe_day"
    )]
    pub effective: Option<NaiveDate>,
    /// Whether the numbers were checked against the primary text.
    pub verified: bool,
    #[serde(default)]
    pub layer: Layer,
    /// A window the buyer has (more is better for the buyer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
    /// A limit on the seller (fewer is better for the buyer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seller_days: Option<u32>,
    /// A limit on an agency, in working days (fewer is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_days: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiple: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_yuan: Option<u32>,
    /// Failed repairs after which an exchange or return is due (fewer is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repairs: Option<u32>,
    #[serde(default)]
    pub counting: Counting,
}

/// A rule as a pack file gives it: only `id` is required when it changes a known rule.
#[derive(Debug, Clone)]
struct RuleEntry {
    id: String,
    text: Option<String>,
    text_en: Option<String>,
    citation_zh: Option<String>,
    citation_en: Option<String>,
    source: Option<String>,
    effective: Option<NaiveDate>,
    verified: Option<bool>,
    days: Option<u32>,
    seller_days: Option<u32>,
    working_days: Option<u32>,
    years: Option<u32>,
    multiple: Option<u32>,
    minimum_yuan: Option<u32>,
    repairs: Option<u32>,
    counting: Option<Counting>,
}

read_fields!(strict RuleEntry {
    id: required,
    text: default,
    text_en: default,
    citation_zh: default,
    citation_en: default,
    source: default,
    effective as MaybeIsoDay: default,
    verified: default,
    days: default,
    seller_days: default,
    working_days: default,
    years: default,
    multiple: default,
    minimum_yuan: default,
    repairs: default,
    counting: default,
});

#[derive(Debug, Clone)]
struct PackHeader {
    id: String,
    layer: Layer,
    title: String,
    /// Checked as the built-in packs' are, unused: a custom pack's new rules speak for every platform.
    #[expect(dead_code, reason = "read only to refuse unknown platform ids")]
    platforms: Vec<Platform>,
}

read_fields!(strict PackHeader { id: required, layer: default, title: default, platforms: default });

#[derive(Debug, Clone)]
struct PackFile {
    pack: PackHeader,
    rule: Vec<RuleEntry>,
}

read_fields!(strict PackFile { pack: required, rule: default });

/// Why a pack was refused. Displays as `RULE_ID: reason` (or `pack: reason` when no rule is at fault).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    pub rule: Option<String>,
    pub reason: String,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.rule.as_deref().unwrap_or("pack"), self.reason)
    }
}

impl std::error::Error for PackError {}

/// The largest number a pack may set, so that counting a period stays cheap (100 years of days).
const LARGEST_NUMBER: u32 = 36_500;

/// The full rule set `evaluate` works with: the built-in packs, plus any changes a custom pack made.
#[derive(Debug, Clone)]
pub struct PolicyPack {
    pub id: String,
    pub title: String,
    rules: Vec<Rule>,
    index: HashMap<String, usize>,
    /// The platforms each platform rule speaks for, from its pack header.
    platforms: HashMap<String, Vec<Platform>>,
    /// Rules that bind only one kind of seller (a marketplace's rules bind its shops, not the platform's own sales).
    sellers: HashMap<String, SoldBy>,
}

impl PolicyPack {
    /// The built-in packs, as shipped.
    pub fn builtin() -> &'static PolicyPack {
        static BUILTIN: OnceLock<PolicyPack> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let mut pack = PolicyPack {
                id: "builtin".into(),
                title: "内置规则".into(),
                rules: Vec::new(),
                index: HashMap::new(),
                platforms: HashMap::new(),
                sellers: HashMap::new(),
            };
            for (rule, platforms, sold_by) in builtin::rules() {
                assert!(!pack.index.contains_key(&rule.id), "rule {} is defined twice", rule.id);
                if !platforms.is_empty() {
                    pack.platforms.insert(rule.id.clone(), platforms.to_vec());
                }
                if let Some(sold_by) = sold_by {
                    pack.sellers.insert(rule.id.clone(), sold_by);
                }
                pack.index.insert(rule.id.clone(), pack.rules.len());
                pack.rules.push(rule);
            }
            pack
        })
    }

    /// A custom pack in the same shape as data/packs/*.toml, as JSON (what a help centre passes).
    pub fn from_json(text: &str) -> Result<PolicyPack, PackError> {
        let file: PackFile = serde_json::from_str(text).map_err(|e| PackError { rule: None, reason: e.to_string() })?;
        Self::layered(file)
    }

    /// A custom pack as TOML (the CLI's `--policy FILE.toml`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_toml(text: &str) -> Result<PolicyPack, PackError> {
        let file: PackFile =
            toml::from_str(text).map_err(|e| PackError { rule: None, reason: e.message().to_string() })?;
        Self::layered(file)
    }

    fn layered(file: PackFile) -> Result<PolicyPack, PackError> {
        let mut pack = PolicyPack::builtin().clone();
        pack.id = file.pack.id;
        pack.title = file.pack.title;
        for entry in file.rule {
            let id = entry.id.clone();
            let at_fault = |reason: String| PackError { rule: Some(id.clone()), reason };
            match pack.index.get(&id).copied() {
                Some(at) => {
                    let base = &pack.rules[at];
                    let changed = entry.over(base);
                    if base.layer == Layer::Law {
                        less_than_law(base, &changed).map_or(Ok(()), |reason| Err(at_fault(reason)))?;
                    }
                    check_size(&changed).map_err(at_fault)?;
                    pack.rules[at] = changed;
                }
                None => {
                    let rule = entry.into_rule(file.pack.layer).map_err(at_fault)?;
                    check_size(&rule).map_err(at_fault)?;
                    pack.index.insert(id, pack.rules.len());
                    pack.rules.push(rule);
                }
            }
        }
        Ok(pack)
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.index.get(id).map(|&at| &self.rules[at])
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The platforms a platform rule speaks for; empty for law, merchant and guide rules.
    pub fn platforms_of(&self, id: &str) -> &[Platform] {
        self.platforms.get(id).map_or(&[], Vec::as_slice)
    }

    /// The one kind of seller a rule binds, if it binds only one (JD's marketplace rules bind shops on JD).
    pub fn seller_of(&self, id: &str) -> Option<SoldBy> {
        self.sellers.get(id).copied()
    }

    /// A built-in rule the engine relies on. Its absence is a bug in data/packs, caught by the tests.
    pub(crate) fn known(&self, id: &str) -> &Rule {
        self.rule(id).unwrap_or_else(|| panic!("rule {id} missing from the policy packs"))
    }

    pub(crate) fn days(&self, id: &str) -> u32 {
        self.known(id).days.unwrap_or_else(|| panic!("rule {id} has no days"))
    }
}

impl Rule {
    /// The rule's text in the reader's language where it has one, else in Chinese; with the language it is in.
    pub fn text_in(&self, lang: Lang) -> (&str, Lang) {
        match (lang, &self.text_en) {
            (Lang::En, Some(english)) => (english, Lang::En),
            _ => (&self.text, Lang::ZhCn),
        }
    }
}

impl RuleEntry {
    fn into_rule(self, layer: Layer) -> Result<Rule, String> {
        let missing = |field: &str| format!("a new rule needs `{field}`");
        Ok(Rule {
            text: self.text.ok_or_else(|| missing("text"))?,
            text_en: self.text_en,
            citation_zh: self.citation_zh.ok_or_else(|| missing("citation_zh"))?,
            citation_en: self.citation_en.ok_or_else(|| missing("citation_en"))?,
            source: self.source.ok_or_else(|| missing("source"))?,
            effective: self.effective,
            verified: self.verified.unwrap_or(false),
            layer,
            days: self.days,
            seller_days: self.seller_days,
            working_days: self.working_days,
            years: self.years,
            multiple: self.multiple,
            minimum_yuan: self.minimum_yuan,
            repairs: self.repairs,
            counting: self.counting.unwrap_or_default(),
            id: self.id,
        })
    }

    /// This entry laid over a known rule: what it names replaces, what it leaves out stays.
    fn over(self, base: &Rule) -> Rule {
        let text_changed = self.text.is_some();
        Rule {
            id: base.id.clone(),
            text: self.text.unwrap_or_else(|| base.text.clone()),
            // A changed Chinese text makes the old English one wrong: it goes unless the entry gives a new one.
            text_en: self.text_en.or_else(|| if text_changed { None } else { base.text_en.clone() }),
            citation_zh: self.citation_zh.unwrap_or_else(|| base.citation_zh.clone()),
            citation_en: self.citation_en.unwrap_or_else(|| base.citation_en.clone()),
            source: self.source.unwrap_or_else(|| base.source.clone()),
            effective: self.effective.or(base.effective),
            verified: self.verified.unwrap_or(base.verified),
            layer: base.layer,
            days: self.days.or(base.days),
            seller_days: self.seller_days.or(base.seller_days),
            working_days: self.working_days.or(base.working_days),
            years: self.years.or(base.years),
            multiple: self.multiple.or(base.multiple),
            minimum_yuan: self.minimum_yuan.or(base.minimum_yuan),
            repairs: self.repairs.or(base.repairs),
            counting: self.counting.unwrap_or(base.counting),
        }
    }
}

/// Why `changed` gives the buyer less than the law rule `law`, if it does.
fn less_than_law(law: &Rule, changed: &Rule) -> Option<String> {
    let buyer_window = [("days", law.days, changed.days), ("years", law.years, changed.years)];
    let money =
        [("multiple", law.multiple, changed.multiple), ("minimum_yuan", law.minimum_yuan, changed.minimum_yuan)];
    for (field, law_value, value) in buyer_window.into_iter().chain(money) {
        if let (Some(law_value), Some(value)) = (law_value, value) {
            if value < law_value {
                return Some(format!("{field} {value} gives the buyer less than the law ({law_value})"));
            }
        }
    }
    let limits = [
        ("seller_days", law.seller_days, changed.seller_days),
        ("working_days", law.working_days, changed.working_days),
        ("repairs", law.repairs, changed.repairs),
    ];
    for (field, law_value, value) in limits {
        if let (Some(law_value), Some(value)) = (law_value, value) {
            if value > law_value {
                return Some(format!("{field} {value} gives the buyer less than the law (at most {law_value})"));
            }
        }
    }
    (changed.counting != law.counting)
        .then(|| format!("counting {} differs from the law's {}", id_of(changed.counting), id_of(law.counting)))
}

fn check_size(rule: &Rule) -> Result<(), String> {
    let numbers = [
        ("days", rule.days),
        ("seller_days", rule.seller_days),
        ("working_days", rule.working_days),
        ("years", rule.years.map(|years| years.saturating_mul(365))),
        ("repairs", rule.repairs),
    ];
    match numbers.into_iter().find(|(_, value)| value.is_some_and(|value| value > LARGEST_NUMBER)) {
        Some((field, _)) => Err(format!("{field} is too large (at most {LARGEST_NUMBER} days)")),
        None => Ok(()),
    }
}

/// A built-in rule by id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    PolicyPack::builtin().rule(id)
}

impl Rule {
    /// How a buyer cites the rule in `lang`, e.g. 《消费者权益保护法》第二十五条.
    pub fn citation(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn => &self.citation_zh,
            Lang::En => &self.citation_en,
        }
    }
}

/// The rules' citations in `lang`, each article once: a rule that cites two articles
/// (《消费者权益保护法》第二条、《市场监督管理投诉举报处理暂行办法》第十五条) gives both, and an article another
/// rule already cites is not repeated.
pub fn cited_once<'a>(rules: impl IntoIterator<Item = &'a Rule>, lang: Lang) -> Vec<&'a str> {
    let mut cited: Vec<&str> = Vec::new();
    for rule in rules {
        let citation = rule.citation(lang);
        let mut rest = citation;
        while !rest.is_empty() {
            let end = ["、《", "; "].iter().filter_map(|separator| rest.find(separator)).min().unwrap_or(rest.len());
            let part = &rest[..end];
            if !part.is_empty() && !cited.contains(&part) {
                cited.push(part);
            }
            rest = &rest[end..];
            rest = rest.strip_prefix('、').or_else(|| rest.strip_prefix("; ")).unwrap_or(rest);
        }
    }
    cited
}
