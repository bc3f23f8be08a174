//! The built-in packs as src/build.rs writes them from data/packs/*.toml (see src/build/shapes.rs).

use chrono::NaiveDate;

use super::{Counting, Layer, Rule};
use crate::rules::case::Platform;

struct BuiltinHeader {
    layer: Layer,
    /// The platforms a platform pack speaks for; empty for every platform.
    platforms: &'static [Platform],
}

/// A pack file: `pack` is its header, `rule` its rules, as in the TOML.
pub(super) struct BuiltinPack {
    pack: BuiltinHeader,
    rule: &'static [BuiltinRule],
}

struct BuiltinRule {
    id: &'static str,
    text: &'static str,
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

/// Every built-in rule with the platforms its pack speaks for, in file order.
pub(super) fn rules() -> impl Iterator<Item = (Rule, &'static [Platform])> {
    BUILTIN_PACKS
        .iter()
        .flat_map(|file| file.rule.iter().map(|rule| (rule.to_rule(file.pack.layer), file.pack.platforms)))
}

impl BuiltinRule {
    fn to_rule(&self, layer: Layer) -> Rule {
        Rule {
            id: self.id.into(),
            text: self.text.into(),
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
