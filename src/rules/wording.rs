//! The sentences a decision shows the buyer, from data/packs/wording.toml.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

/// Why a remedy got its verdict; each has one sentence in wording.toml.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    NotReceivedYet,
    RefundBeforeReceipt,
    RefundBeforeReceiptByAgreement,
    MustReturnGoods,
    OfflineNoRight,
    NotConsumer,
    ExcludedByLaw,
    ExcludedMedicine,
    ExcludedConfirmed,
    NotIntact,
    NoReasonExpired,
    NoReasonOpen,
    ExchangeByAgreement,
    #[serde(rename = "exchange_1688_mistake")]
    Exchange1688Mistake,
    #[serde(rename = "exchange_1688_excluded")]
    Exchange1688Excluded,
    NoExchangeRight,
    NothingToRepair,
    QualityReturnOpen,
    SanbaoReturnAfterRepairs,
    QualityReturnConditional,
    QualityNoticeExpired,
    QualityExchangeOpen,
    SanbaoExchangeOpen,
    SanbaoNeedsRepairs,
    WarrantyOver,
    RepairInWarranty,
    RepairQuality,
    NotRepairable,
    RepairDoesNotFit,
    PriceReduction,
    MissingPartsRefund,
    UnsafeFoodRefund,
    UnsafeFoodReturn,
    CounterfeitReturn,
    NotReceivedRefund,
    SignedNotReceived,
    LateRefund,
    BusinessQuality,
    DamagedByBuyer,
}

/// What a conditional verdict still needs from the buyer or the seller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    SellerAgrees,
    DigitalNotDownloaded,
    UseWithinTrial,
    FundamentalBreach,
    ProveNotReceived,
    ProveDefect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Wording {
    calendar_note: String,
    why: HashMap<Reason, String>,
    needs: HashMap<Need, String>,
}

fn wording() -> &'static Wording {
    static WORDING: OnceLock<Wording> = OnceLock::new();
    WORDING.get_or_init(|| serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/wording.json"))).expect("wording parses"))
}

/// A date the way a Chinese buyer reads it: 2026年11月10日.
pub fn chinese_date(day: NaiveDate) -> String {
    format!("{}年{}月{}日", day.year(), day.month(), day.day())
}

pub fn why(reason: Reason, until: Option<NaiveDate>) -> String {
    let sentence = wording().why.get(&reason).unwrap_or_else(|| panic!("wording.toml has no sentence for {reason:?}"));
    match until {
        Some(day) if sentence.contains("{until}") => sentence.replace("{until}", &chinese_date(day)),
        _ => sentence.clone(),
    }
}

pub fn need(need: Need) -> String {
    wording().needs.get(&need).unwrap_or_else(|| panic!("wording.toml has no sentence for {need:?}")).clone()
}

pub fn calendar_note(first_uncovered_year: i32) -> String {
    wording().calendar_note.replace("{year}", &first_uncovered_year.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_and_need_has_a_sentence_and_no_stray_placeholder() {
        let wording = wording();
        // Deserialising rejects unknown keys; the counts show none is missing.
        assert_eq!(wording.why.len(), 39);
        assert_eq!(wording.needs.len(), 6);
        for sentence in wording.why.values() {
            assert!(!sentence.replace("{until}", "").contains('{'), "{sentence}");
        }
    }
}
