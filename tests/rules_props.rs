//! Properties of `evaluate` over generated cases: it never panics, a merchant's promise never lowers a verdict,
//! deadlines come out sorted, and every decision is internally consistent.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use shouhou::rules::{
    evaluate, parse_case, rule, Case, Event, Goods, Merchant, PartialReturn, Problem, Remedy, Verdict,
};

const PLATFORMS: [&str; 10] = [
    "taobao",
    "tmall",
    "jd",
    "pinduoduo",
    "alibaba_1688",
    "douyin",
    "meituan",
    "brand_official",
    "offline_store",
    "other",
];
const CATEGORIES: [&str; 16] = [
    "general",
    "electronics",
    "appliance",
    "small_appliance",
    "clothing",
    "underwear",
    "shoes_bags",
    "food",
    "fresh_food",
    "cosmetics",
    "medicine",
    "furniture",
    "jewelry",
    "custom_made",
    "digital_content",
    "newspaper",
];
const PROBLEMS: [&str; 13] = [
    "changed_mind",
    "size_fit",
    "ordered_by_mistake",
    "quality_defect",
    "malfunction",
    "not_as_described",
    "wrong_item",
    "missing_parts",
    "damaged_in_transit",
    "not_received",
    "counterfeit",
    "unsafe_food",
    "late_delivery",
];
const EVENT_KINDS: [&str; 8] = [
    "requested",
    "seller_refused",
    "seller_agreed",
    "return_shipped",
    "return_received",
    "refunded",
    "complaint_filed",
    "cancelled",
];

fn id<T: serde::de::DeserializeOwned>(text: &str) -> T {
    serde_json::from_value(serde_json::Value::String(text.into())).unwrap()
}

fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{3000}'..='\u{303f}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}'))
}

fn after(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_add_days(Days::new(days)).unwrap()
}

fn days_or_extreme() -> impl Strategy<Value = Option<u32>> {
    prop_oneof![Just(None), (0u32..800).prop_map(Some), Just(Some(u32::MAX))]
}

fn merchant() -> impl Strategy<Value = Merchant> {
    (
        days_or_extreme(),
        days_or_extreme(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        prop_oneof![Just(None), (0u32..11).prop_map(Some), Just(Some(u32::MAX))],
        any::<bool>(),
        days_or_extreme(),
    )
        .prop_map(|(no_reason, warranty, insurance, even, confirmed, counterfeit, allergy, price)| Merchant {
            no_reason_days: no_reason,
            warranty_days: warranty,
            return_shipping_insurance: insurance,
            no_reason_even_if_excluded: even,
            buyer_confirmed_no_return_at_checkout: confirmed,
            counterfeit_multiple: counterfeit,
            allergy_returns: allergy,
            price_protection_days: price,
        })
}

/// Every value of a decision at a key naming a day (`until`, `on`).
fn collect_days(value: &serde_json::Value, days: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(fields) => {
            for (key, inner) in fields {
                match (key.as_str(), inner.as_str()) {
                    ("until" | "on", Some(day)) => days.push(day.to_string()),
                    _ => collect_days(inner, days),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|item| collect_days(item, days)),
        _ => {}
    }
}

prop_compose! {
    fn a_case()(
        platform in 0..PLATFORMS.len(), category in 0..CATEGORIES.len(), problem in 0..PROBLEMS.len(),
        paid_offset in 0u64..4000, signed in proptest::option::of(0u64..60), completed in proptest::option::of(0u64..30),
        today_offset in 0u64..1200, paid_fen in prop_oneof![0u64..1_000_000, Just(u64::MAX)],
        goods in any::<[bool; 6]>(), failed_repairs in prop_oneof![0u32..4, Just(u32::MAX)],
        merchant in merchant(),
        (for_business, pay_after_delivery, partial) in (
            any::<bool>(), any::<bool>(), proptest::option::of((0u64..2_000_000, prop_oneof![Just(0u64), 0u64..50_000])),
        ),
        (sold_by, livestream) in (proptest::option::of(prop_oneof![Just("platform"), Just("shop")]), any::<bool>()),
        events in proptest::collection::vec((0..EVENT_KINDS.len(), 0u64..1200), 0..6),
    ) -> Case {
        // 2019-01-01 plus up to ~11 years: inside and beyond the holiday data.
        let paid_on = after(NaiveDate::from_ymd_opt(2019, 1, 1).unwrap(), paid_offset);
        let signed_on = signed.map(|days| after(paid_on, days));
        let completed_on = completed.map(|days| after(signed_on.unwrap_or(paid_on), days));
        let today = after(paid_on, today_offset);
        Case {
            platform: id(PLATFORMS[platform]), category: id(CATEGORIES[category]), problem: id(PROBLEMS[problem]),
            paid_on, signed_on, completed_on, today, paid_fen,
            goods: Goods { opened: goods[0], seal_broken: goods[1], tags_removed: goods[2], used: goods[3], activated: goods[4], damaged_by_buyer: goods[5] },
            failed_repairs, merchant, for_business, pay_after_delivery,
            partial_return: partial.map(|(kept_fen, gift_kept_fen)| PartialReturn { kept_fen, gift_kept_fen }), sold_by: sold_by.map(id), livestream,
            events: events.into_iter().map(|(kind, day)| Event { kind: id(EVENT_KINDS[kind]), on: after(paid_on, day.min(today_offset)) }).collect(),
        }
    }
}

/// The same case with every promise a shop can add made more generous; the checkout confirmation is the
/// buyer's act, not a promise, and stays as it was.
fn with_more_promises(case: &Case, extra_days: u32) -> Case {
    let mut more = case.clone();
    let merchant = &mut more.merchant;
    merchant.no_reason_days = Some(merchant.no_reason_days.unwrap_or(0).saturating_add(extra_days));
    merchant.warranty_days = Some(merchant.warranty_days.unwrap_or(0).saturating_add(extra_days));
    merchant.return_shipping_insurance = true;
    merchant.no_reason_even_if_excluded = true;
    merchant.allergy_returns = true;
    merchant.counterfeit_multiple = Some(merchant.counterfeit_multiple.unwrap_or(0).saturating_add(extra_days));
    merchant.price_protection_days = Some(merchant.price_protection_days.unwrap_or(0).saturating_add(extra_days));
    more
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_decision_is_complete_and_consistent(case in a_case()) {
        let decision = evaluate(&case);
        let remedies: Vec<Remedy> = decision.remedies.iter().map(|r| r.remedy).collect();
        prop_assert_eq!(remedies, Remedy::ALL.to_vec());
        for remedy in &decision.remedies {
            prop_assert!(!remedy.why.is_empty() && !remedy.why.contains('{'), "{}", remedy.why);
            prop_assert_eq!(remedy.verdict == Verdict::Conditional, !remedy.needs.is_empty(), "{:?}", remedy);
            prop_assert!(!remedy.why_en.is_empty() && !remedy.why_en.contains('{'), "{}", remedy.why_en);
            prop_assert_eq!(remedy.needs_en.len(), remedy.needs.len());
            for english in remedy.needs_en.iter().chain([&remedy.why_en]) {
                prop_assert!(!has_cjk(english), "Chinese in English text: {}", english);
            }
            prop_assert!(!remedy.basis.is_empty());
            for id in &remedy.basis {
                prop_assert!(rule(id).is_some(), "unknown rule {}", id);
            }
        }
        if let Some(recommended) = decision.recommended {
            prop_assert_ne!(decision.remedies.iter().find(|r| r.remedy == recommended).unwrap().verdict, Verdict::Ineligible);
        }
        prop_assert_eq!(decision.calendar_note.is_some(), decision.calendar_note_en.is_some());
        if let Some(note) = &decision.calendar_note_en {
            prop_assert!(!has_cjk(note), "Chinese in English text: {}", note);
        }
        for note in &decision.notes {
            prop_assert!(rule(note).is_some(), "unknown note {}", note);
        }
        if let Some(compensation) = &decision.compensation {
            prop_assert!(compensation.amount_fen >= compensation.minimum_fen);
        }
        let return_open = decision.remedies[1].verdict != Verdict::Ineligible;
        prop_assert_eq!(decision.partial_refund.is_some(), case.partial_return.is_some() && return_open);
        if let Some(refund) = &decision.partial_refund {
            prop_assert!(refund.refund_fen <= case.paid_fen);
            prop_assert!(!has_cjk(&refund.why_en) && has_cjk(&refund.why) && !refund.why.contains('{'), "{:?}", refund);
        }
    }

    #[test]
    fn for_a_fault_the_exchange_is_open_whenever_the_return_is(mut case in a_case(), fault in 0..6usize) {
        // A smaller remedy is never refused while the larger one is offered (issue 15 point 8).
        case.problem = [
            Problem::QualityDefect, Problem::Malfunction, Problem::NotAsDescribed, Problem::WrongItem,
            Problem::MissingParts, Problem::DamagedInTransit,
        ][fault];
        let decision = evaluate(&case);
        let verdict = |remedy| decision.remedies.iter().find(|r| r.remedy == remedy).unwrap().verdict;
        if verdict(Remedy::ReturnRefund) != Verdict::Ineligible {
            prop_assert_ne!(verdict(Remedy::Exchange), Verdict::Ineligible, "{:?}", decision.remedies);
        }
    }

    #[test]
    fn deadlines_come_out_sorted(case in a_case()) {
        let deadlines = evaluate(&case).deadlines;
        prop_assert!(deadlines.windows(2).all(|pair| pair[0].on <= pair[1].on), "{:?}", deadlines);
    }

    #[test]
    fn a_merchant_promise_never_lowers_a_verdict(case in a_case(), extra_days in prop_oneof![0u32..30, Just(u32::MAX)]) {
        let before = evaluate(&case);
        let after = evaluate(&with_more_promises(&case, extra_days));
        for (was, now) in before.remedies.iter().zip(&after.remedies) {
            prop_assert!(now.verdict >= was.verdict, "{:?}: {:?} became {:?}", was.remedy, was.verdict, now.verdict);
        }
        let amount = |decision: &shouhou::rules::Decision| decision.compensation.as_ref().map_or(0, |c| c.amount_fen);
        prop_assert!(amount(&after) >= amount(&before), "a promise lowered the compensation");
    }

    #[test]
    fn a_platform_that_sold_the_item_itself_is_never_asked_to_judge_its_own_sale(case in a_case()) {
        let mut own = case.clone();
        own.sold_by = Some(shouhou::rules::SoldBy::Platform);
        let decision = evaluate(&own);
        prop_assert_ne!(decision.channel, shouhou::rules::Channel::PlatformIntervention);
        let marketplace_rules = ["jd.dispute.3", "jd.dispute.7", "jd.quality.sanbao"];
        let cited = decision.remedies.iter().flat_map(|r| &r.basis).chain(&decision.channel_basis);
        for id in cited.chain(decision.deadlines.iter().flat_map(|d| &d.basis)) {
            prop_assert!(!marketplace_rules.contains(&id.as_str()), "{} cited for the platform's own sale", id);
        }
    }

    #[test]
    fn a_case_survives_the_trip_through_json(case in a_case()) {
        let text = serde_json::to_string(&case).unwrap();
        match parse_case(&text) {
            Ok(read) => prop_assert_eq!(read, case),
            // Only a promise whose end no YYYY-MM-DD can write is refused, naming it.
            Err(error) => {
                let field = error.field.strip_prefix("merchant.").unwrap_or_default();
                let days = match field {
                    "no_reason_days" => case.merchant.no_reason_days,
                    "warranty_days" => case.merchant.warranty_days,
                    "price_protection_days" => case.merchant.price_protection_days,
                    _ => None,
                };
                prop_assert_eq!(days, Some(u32::MAX), "{}", error);
            }
        }
    }

    /// Cases in the last weeks a date can say, with every period as long as it can be: every day of the
    /// decision is still a `YYYY-MM-DD` day.
    #[test]
    fn no_day_of_a_decision_is_past_9999_12_31(case in a_case(), start in 0u64..60) {
        let first = after(NaiveDate::from_ymd_opt(9999, 10, 1).unwrap(), start);
        let shift = |day: NaiveDate| after(first, (day - case.paid_on).num_days().clamp(0, 30) as u64);
        let mut late = case.clone();
        late.paid_on = shift(case.paid_on);
        late.signed_on = case.signed_on.map(shift);
        late.completed_on = case.completed_on.map(shift);
        late.today = shift(case.today);
        for event in &mut late.events {
            event.on = shift(event.on);
        }
        let decision = serde_json::to_value(evaluate(&late)).unwrap();
        let mut days = Vec::new();
        collect_days(&decision, &mut days);
        for day in days {
            prop_assert!(day.len() == 10 && day.as_str() <= "9999-12-31", "{}", day);
        }
    }
}
