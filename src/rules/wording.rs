//! The sentences a decision shows the buyer, one file per language: data/packs/wording.toml (Chinese, the
//! contract's `why` and `needs`) and data/packs/wording.en.toml (English, `why_en` and `needs_en`).

use chrono::{Datelike, NaiveDate};

use super::calendar::{CalendarGap, YearKnown};
use super::case::PartialReturn;
use crate::dates::format_day;
use crate::lang::Lang;
use crate::static_map::StaticMap;

/// Why a remedy got its verdict; each has one sentence in wording.toml.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    Exchange1688Mistake,
    Exchange1688Special,
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
    SanbaoOneMoreRepair,
    QualityExchangeConditional,
    WarrantyOver,
    RepairInWarranty,
    RepairOnceMore,
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
    AllergyReturn,
}

/// What a conditional verdict still needs from the buyer or the seller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Need {
    SellerAgrees,
    DigitalNotDownloaded,
    UseWithinTrial,
    FundamentalBreach,
    ProveNotReceived,
    ProveDefect,
    AllergyProof,
}

/// Built from wording[.en].toml by src/build.rs, which names the file and key of any id it does not know.
struct Wording {
    calendar_note: &'static str,
    calendar_note_weekends: &'static str,
    partial_refund: &'static str,
    partial_refund_gift: &'static str,
    why: StaticMap<Reason, &'static str>,
    needs: StaticMap<Need, &'static str>,
}

include!(concat!(env!("OUT_DIR"), "/wording.rs"));

fn wording(lang: Lang) -> &'static Wording {
    match lang {
        Lang::ZhCn => &ZH_CN,
        Lang::En => &EN,
    }
}

/// A date the way a Chinese buyer reads it: 2026年11月10日.
pub fn chinese_date(day: NaiveDate) -> String {
    format!("{}年{}月{}日", day.year(), day.month(), day.day())
}

/// A date as every English screen writes it (data/followup/en.json `full_date_format`): Nov 10, 2026.
fn english_date(day: NaiveDate) -> String {
    format_day(day, "%b %-d, %Y")
}

pub fn why(lang: Lang, reason: Reason, until: Option<NaiveDate>) -> String {
    let sentence =
        wording(lang).why.get(&reason).unwrap_or_else(|| panic!("{lang:?} wording has no sentence for {reason:?}"));
    let date = match lang {
        Lang::ZhCn => chinese_date,
        Lang::En => english_date,
    };
    match until {
        Some(day) if sentence.contains("{until}") => sentence.replace("{until}", &date(day)),
        _ => sentence.to_string(),
    }
}

pub fn need(lang: Lang, need: Need) -> String {
    wording(lang)
        .needs
        .get(&need)
        .unwrap_or_else(|| panic!("{lang:?} wording has no sentence for {need:?}"))
        .to_string()
}

/// Yuan with two decimals: 1234.50.
fn yuan(fen: u64) -> String {
    format!("{}.{:02}", fen / 100, fen % 100)
}

/// The sum of a partial refund, as the buyer checks it.
pub fn partial_refund(lang: Lang, paid_fen: u64, partial: PartialReturn, refund_fen: u64) -> String {
    let sentence =
        if partial.gift_kept_fen > 0 { wording(lang).partial_refund_gift } else { wording(lang).partial_refund };
    sentence
        .replace("{paid}", &yuan(paid_fen))
        .replace("{kept}", &yuan(partial.kept_fen))
        .replace("{gift}", &yuan(partial.gift_kept_fen))
        .replace("{refund}", &yuan(refund_fen))
}

/// What the buyer should know of a deadline counted in a year without its official holiday arrangement.
pub fn calendar_note(lang: Lang, gap: CalendarGap) -> String {
    let note = match gap.known {
        YearKnown::WeekendsOnly => wording(lang).calendar_note_weekends,
        YearKnown::StatutoryOnly | YearKnown::Official => wording(lang).calendar_note,
    };
    note.replace("{year}", &gap.year.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_and_need_has_a_sentence_in_each_language_and_no_stray_placeholder() {
        let chinese = wording(Lang::ZhCn);
        // The build rejects unknown keys; the counts show none is missing.
        assert_eq!(chinese.why.len(), 44);
        assert_eq!(chinese.needs.len(), 7);
        for lang in Lang::ALL {
            let wording = wording(lang);
            let keys = |map: &StaticMap<Reason, &str>| map.keys().copied().collect::<std::collections::HashSet<_>>();
            assert_eq!(keys(&wording.why), keys(&chinese.why), "{lang:?}: why keys differ from the Chinese");
            let need_keys = |map: &StaticMap<Need, &str>| map.keys().copied().collect::<std::collections::HashSet<_>>();
            assert_eq!(
                need_keys(&wording.needs),
                need_keys(&chinese.needs),
                "{lang:?}: needs keys differ from the Chinese"
            );
            for (reason, sentence) in wording.why.iter() {
                assert_eq!(
                    sentence.contains("{until}"),
                    chinese.why[reason].contains("{until}"),
                    "{lang:?} {reason:?}: {{until}} in one language only"
                );
                assert!(!sentence.replace("{until}", "").contains('{'), "{sentence}");
            }
            for note in [wording.calendar_note, wording.calendar_note_weekends] {
                assert!(note.contains("{year}"), "{lang:?}: calendar note without {{year}}");
            }
        }
    }

    #[test]
    fn english_wording_has_no_chinese_characters() {
        let english = wording(Lang::En);
        let chinese_in = |text: &str| {
            text.chars()
                .any(|c| matches!(c, '\u{3000}'..='\u{303f}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}'))
        };
        for text in english.why.values().chain(english.needs.values()).chain([
            &english.calendar_note,
            &english.calendar_note_weekends,
            &english.partial_refund,
            &english.partial_refund_gift,
        ]) {
            assert!(!chinese_in(text), "Chinese in English wording: {text}");
        }
        let until = NaiveDate::from_ymd_opt(2026, 11, 10);
        assert_eq!(why(Lang::En, Reason::NoReasonExpired, until), "The no-reason return period ended on Nov 10, 2026.");
        assert_eq!(why(Lang::ZhCn, Reason::NoReasonExpired, until), "无理由退货期已在2026年11月10日结束。");
    }
}
