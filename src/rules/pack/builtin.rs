//! The built-in packs as src/build.rs writes them from data/packs/*.toml (see src/build/shapes.rs).

use chrono::NaiveDate;

use super::{Counting, Layer, Rule};
use crate::rules::case::{Platform, SoldBy};

struct BuiltinHeader {
    layer: Layer,
    /// The platforms a platform pack speaks for; empty for every platform.
    platforms: &'static [Platform],
    /// The one kind of seller the pack's rules bind, if only one.
    sold_by: Option<SoldBy>,
}

/// A pack file: `pack` is its header, `rule` its rules, as in the TOML.
pub(super) struct BuiltinPack {
    pack: BuiltinHeader,
    rule: &'static [BuiltinRule],
}

struct BuiltinRule {
    id: &'static str,
    text: &'static str,
    text_en: Option<&'static str>,
    citation_zh: &'static str,
    citation_en: &'static str,
    source: &'static str,
    effective: Option<NaiveDate>,
    verified: bool,
    days: Option<u32>,
    seller_days: Option<u32>,
    working_days: Option<u32>,
    years: Option<u32>,
    multiple: Option<u32>,
    minimum_yuan: Option<u32>,
    repairs: Option<u32>,
    counting: Option<Counting>,
}

include!(concat!(env!("OUT_DIR"), "/packs.rs"));

/// Every built-in rule with the platforms and the kind of seller its pack speaks for, in file order.
pub(super) fn rules() -> impl Iterator<Item = (Rule, &'static [Platform], Option<SoldBy>)> {
    BUILTIN_PACKS.iter().flat_map(|file| {
        file.rule.iter().map(|rule| (rule.to_rule(file.pack.layer), file.pack.platforms, file.pack.sold_by))
    })
}

impl BuiltinRule {
    fn to_rule(&self, layer: Layer) -> Rule {
        Rule {
            id: self.id.into(),
            text: self.text.into(),
            text_en: self.text_en.map(String::from),
            citation_zh: self.citation_zh.into(),
            citation_en: self.citation_en.into(),
            source: self.source.into(),
            effective: self.effective,
            verified: self.verified,
            layer,
            days: self.days,
            seller_days: self.seller_days,
            working_days: self.working_days,
            years: self.years,
            multiple: self.multiple,
            minimum_yuan: self.minimum_yuan,
            repairs: self.repairs,
            counting: self.counting.unwrap_or_default(),
        }
    }
}
