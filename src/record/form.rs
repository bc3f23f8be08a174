//! The case form exactly as the buyer filled it in. Keeping the raw text means nothing typed is lost,
//! even when it does not parse yet; `to_case` turns it into a `Case` or names every field to fix.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Unknown;
use crate::read_fields::read_fields_over_default;
use crate::rules::{from_id, Case, Category, Event, Goods, Merchant, PartialReturn, Platform, Problem, SoldBy};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseForm {
    pub platform: String,
    pub category: String,
    pub problem: String,
    pub paid_on: String,
    pub signed_on: String,
    pub completed_on: String,
    /// Yuan as typed, e.g. "199" or "199.50".
    pub paid_yuan: String,
    pub goods: Goods,
    pub failed_repairs: String,
    pub no_reason_days: String,
    pub warranty_days: String,
    pub return_shipping_insurance: bool,
    pub no_reason_even_if_excluded: bool,
    pub buyer_confirmed_no_return_at_checkout: bool,
    pub for_business: bool,
    /// 先用后付 or 货到付款: paid on or after signing.
    pub pay_after_delivery: bool,
    /// Only part of the order goes back: what the goods kept cost on their own, in yuan as typed.
    pub kept_yuan: String,
    /// The stated price of a gift not sent back, in yuan as typed.
    pub gift_kept_yuan: String,
    /// `platform`, `shop`, or empty when the buyer does not know.
    pub sold_by: String,
    pub livestream: bool,
    /// 假一赔N: N as typed.
    pub counterfeit_multiple: String,
    pub allergy_returns: bool,
    pub price_protection_days: String,
    /// Fields a newer version wrote that this one does not know, written back as they were read.
    #[serde(flatten)]
    pub unknown: Unknown,
}

read_fields_over_default!(CaseForm keep unknown {
    platform,
    category,
    problem,
    paid_on,
    signed_on,
    completed_on,
    paid_yuan,
    goods,
    failed_repairs,
    no_reason_days,
    warranty_days,
    return_shipping_insurance,
    no_reason_even_if_excluded,
    buyer_confirmed_no_return_at_checkout,
    for_business,
    pay_after_delivery,
    kept_yuan,
    gift_kept_yuan,
    sold_by,
    livestream,
    counterfeit_multiple,
    allergy_returns,
    price_protection_days,
});

impl Default for CaseForm {
    fn default() -> Self {
        CaseForm {
            platform: "taobao".into(),
            category: "general".into(),
            problem: "quality_defect".into(),
            paid_on: String::new(),
            signed_on: String::new(),
            completed_on: String::new(),
            paid_yuan: String::new(),
            goods: Goods::default(),
            failed_repairs: String::new(),
            no_reason_days: String::new(),
            warranty_days: String::new(),
            return_shipping_insurance: false,
            no_reason_even_if_excluded: false,
            buyer_confirmed_no_return_at_checkout: false,
            for_business: false,
            pay_after_delivery: false,
            kept_yuan: String::new(),
            gift_kept_yuan: String::new(),
            sold_by: String::new(),
            livestream: false,
            counterfeit_multiple: String::new(),
            allergy_returns: false,
            price_protection_days: String::new(),
            unknown: Unknown::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldProblem {
    Missing,
    UnknownChoice,
    NotADate,
    InTheFuture,
    BeforePayment,
    NotAnAmount,
    NotAWholeNumber,
    NotAPhone,
    NotAnOrderNumber,
    AboveWhatWasPaid,
    /// A number of days whose end would be past 9999-12-31, the last day a date can say.
    EndsTooLate,
    /// The problem means the goods arrived, yet no signing date is given.
    NeedsTheGoods,
}

/// One field the buyer has to fix: `field` is the form field's id, the same as the `CaseForm` member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: &'static str,
    pub problem: FieldProblem,
}

impl CaseForm {
    /// The amount paid in fen, when the typed text reads as one (whatever the other fields hold).
    pub fn paid_fen(&self) -> Option<u64> {
        parse_yuan(&self.paid_yuan)
    }

    pub fn to_case(&self, today: NaiveDate, events: Vec<Event>) -> Result<Case, Vec<FieldError>> {
        let mut errors = Vec::new();
        let platform = choice::<Platform>("platform", &self.platform, &mut errors);
        let category = choice::<Category>("category", &self.category, &mut errors);
        let problem = choice::<Problem>("problem", &self.problem, &mut errors);
        let paid_on = date("paid_on", &self.paid_on, today, None, &mut errors).flatten();
        if paid_on.is_none() && !errors.iter().any(|e| e.field == "paid_on") {
            errors.push(FieldError { field: "paid_on", problem: FieldProblem::Missing });
        }
        // Paid after delivery, signing comes first: only the future is refused.
        let not_before = if self.pay_after_delivery { None } else { paid_on };
        let signed_on = date("signed_on", &self.signed_on, today, not_before, &mut errors).flatten();
        let completed_on = date("completed_on", &self.completed_on, today, not_before, &mut errors).flatten();
        // An empty signing date reads as "not received": ask rather than judge a broken item as never arrived.
        if self.signed_on.trim().is_empty() && problem.is_some_and(Problem::needs_the_goods) {
            errors.push(FieldError { field: "signed_on", problem: FieldProblem::NeedsTheGoods });
        }
        let paid_fen = yuan_to_fen("paid_yuan", &self.paid_yuan, &mut errors);
        let failed_repairs = whole("failed_repairs", &self.failed_repairs, &mut errors).unwrap_or(0);
        let partial_return = self.partial_return(&mut errors);
        let no_reason_days = period("no_reason_days", &self.no_reason_days, today, &mut errors);
        let warranty_days = period("warranty_days", &self.warranty_days, today, &mut errors);
        let counterfeit_multiple = whole("counterfeit_multiple", &self.counterfeit_multiple, &mut errors);
        let price_protection_days = period("price_protection_days", &self.price_protection_days, today, &mut errors);
        let sold_by =
            if self.sold_by.trim().is_empty() { None } else { choice::<SoldBy>("sold_by", &self.sold_by, &mut errors) };

        match (platform, category, problem, paid_on, paid_fen) {
            (Some(platform), Some(category), Some(problem), Some(paid_on), Some(paid_fen)) if errors.is_empty() => {
                Ok(Case {
                    platform,
                    category,
                    problem,
                    paid_on,
                    signed_on,
                    completed_on,
                    today,
                    paid_fen,
                    goods: self.goods,
                    failed_repairs,
                    merchant: Merchant {
                        no_reason_days,
                        warranty_days,
                        return_shipping_insurance: self.return_shipping_insurance,
                        no_reason_even_if_excluded: self.no_reason_even_if_excluded,
                        buyer_confirmed_no_return_at_checkout: self.buyer_confirmed_no_return_at_checkout,
                        counterfeit_multiple,
                        allergy_returns: self.allergy_returns,
                        price_protection_days,
                    },
                    for_business: self.for_business,
                    events,
                    pay_after_delivery: self.pay_after_delivery,
                    partial_return,
                    sold_by,
                    livestream: self.livestream,
                })
            }
            _ => Err(errors),
        }
    }

    /// A partial return when either amount is typed; an empty one is 0 (every gift goes back, or nothing
    /// bought is kept).
    fn partial_return(&self, errors: &mut Vec<FieldError>) -> Option<PartialReturn> {
        let amount = |field, text: &str, errors: &mut Vec<FieldError>| {
            if text.trim().is_empty() {
                Some(0)
            } else {
                yuan_to_fen(field, text, errors)
            }
        };
        if self.kept_yuan.trim().is_empty() && self.gift_kept_yuan.trim().is_empty() {
            return None;
        }
        let kept_fen = amount("kept_yuan", &self.kept_yuan, errors);
        let gift_kept_fen = amount("gift_kept_yuan", &self.gift_kept_yuan, errors);
        Some(PartialReturn { kept_fen: kept_fen?, gift_kept_fen: gift_kept_fen? })
    }
}

/// The facts beyond the essentials that can change the verdict, by what the case is about: asked right
/// after the essentials when they matter, folded under 更多情况 otherwise. A new fact joins one list here.
const NO_REASON_FACTS: [&str; 5] = ["opened", "seal_broken", "tags_removed", "used", "activated"];
const FAULT_FACTS: [&str; 2] = ["failed_repairs", "damaged_by_buyer"];
const WHOLESALE_FACTS: [&str; 1] = ["for_business"];

impl CaseForm {
    /// Whether `field` (a form field's id) can change the verdict for the platform and problem chosen.
    pub fn decides_here(&self, field: &str) -> bool {
        let problem = crate::rules::from_id::<Problem>(&self.problem);
        let platform = crate::rules::from_id::<Platform>(&self.platform);
        let no_reason = matches!(problem, Some(Problem::ChangedMind | Problem::SizeFit | Problem::OrderedByMistake));
        let fault = matches!(problem, Some(Problem::QualityDefect | Problem::Malfunction));
        (no_reason && NO_REASON_FACTS.contains(&field))
            || (fault && FAULT_FACTS.contains(&field))
            || (platform == Some(Platform::Alibaba1688) && WHOLESALE_FACTS.contains(&field))
    }
}

/// Fen from yuan as typed ("199", "¥199.50"); None when it does not read as an amount.
pub fn parse_yuan(text: &str) -> Option<u64> {
    yuan_to_fen("amount", text, &mut Vec::new())
}

fn choice<T: serde::de::DeserializeOwned>(field: &'static str, text: &str, errors: &mut Vec<FieldError>) -> Option<T> {
    if text.trim().is_empty() {
        errors.push(FieldError { field, problem: FieldProblem::Missing });
        return None;
    }
    let parsed = from_id(text);
    if parsed.is_none() {
        errors.push(FieldError { field, problem: FieldProblem::UnknownChoice });
    }
    parsed
}

/// `Some(None)` for an empty optional date, `None` when the text is wrong (the error is recorded).
fn date(
    field: &'static str,
    text: &str,
    today: NaiveDate,
    not_before: Option<NaiveDate>,
    errors: &mut Vec<FieldError>,
) -> Option<Option<NaiveDate>> {
    let text = text.trim();
    if text.is_empty() {
        return Some(None);
    }
    let Some(day) = crate::dates::parse_written_day(text) else {
        errors.push(FieldError { field, problem: FieldProblem::NotADate });
        return None;
    };
    if day > today {
        errors.push(FieldError { field, problem: FieldProblem::InTheFuture });
        return None;
    }
    if not_before.is_some_and(|paid| day < paid) {
        errors.push(FieldError { field, problem: FieldProblem::BeforePayment });
        return None;
    }
    Some(Some(day))
}

/// Yuan as buyers write them: "199", "199.50", "459元", "¥459", "￥4,599.00", "RMB 88", full-width
/// "４５９", "1.5万" (15000 yuan). At most two decimals of a yuan, never negative; commas only between
/// groups of three digits.
pub(super) fn yuan_to_fen(field: &'static str, text: &str, errors: &mut Vec<FieldError>) -> Option<u64> {
    let text: String = text.trim().chars().map(crate::dates::half_width).collect();
    if text.trim().is_empty() {
        errors.push(FieldError { field, problem: FieldProblem::Missing });
        return None;
    }
    let fen = read_yuan(text.trim());
    if fen.is_none() {
        errors.push(FieldError { field, problem: FieldProblem::NotAnAmount });
    }
    fen
}

fn read_yuan(text: &str) -> Option<u64> {
    let text =
        ["¥", "￥", "RMB", "rmb", "CNY"].iter().fold(text, |text, sign| text.strip_prefix(sign).unwrap_or(text)).trim();
    let text = ["块钱", "元整", "元", "块", "圆"]
        .iter()
        .fold(text, |text, unit| text.strip_suffix(unit).unwrap_or(text))
        .trim();
    let (text, ten_thousands) = match text.strip_suffix('万') {
        Some(rest) => (rest.trim(), true),
        None => (text, false),
    };
    let (whole_part, decimals) = text.split_once('.').unwrap_or((text, ""));
    let whole_part = without_thousands_commas(whole_part)?;
    let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let places = if ten_thousands { 6 } else { 2 };
    if whole_part.is_empty() || !digits_only(&whole_part) || !digits_only(decimals) || decimals.len() > places {
        return None;
    }
    let scale = 10u64.pow(places as u32);
    let whole: u64 = whole_part.parse().ok()?;
    let fraction: u64 = format!("{decimals:0<places$}").parse().ok()?;
    // Fen are hundredths of a yuan, and millionths of a 万.
    whole.checked_mul(scale)?.checked_add(fraction)
}

/// "4,599" and "1,234,567" without their commas; `None` when a comma does not separate groups of three.
fn without_thousands_commas(whole: &str) -> Option<String> {
    let mut groups = whole.split(',');
    let first = groups.next().unwrap_or_default();
    let mut joined = first.to_string();
    for group in groups {
        if first.is_empty() || first.len() > 3 || group.len() != 3 {
            return None;
        }
        joined.push_str(group);
    }
    Some(joined)
}

/// A number of days counted from a day of the case (none is after `today`): its end must be a day
/// `YYYY-MM-DD` can write.
fn period(field: &'static str, text: &str, today: NaiveDate, errors: &mut Vec<FieldError>) -> Option<u32> {
    let days = whole(field, text, errors)?;
    if !crate::dates::ends_by_last_day(today, days) {
        errors.push(FieldError { field, problem: FieldProblem::EndsTooLate });
        return None;
    }
    Some(days)
}

fn whole(field: &'static str, text: &str, errors: &mut Vec<FieldError>) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let parsed = text.parse().ok();
    if parsed.is_none() {
        errors.push(FieldError { field, problem: FieldProblem::NotAWholeNumber });
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn filled() -> CaseForm {
        CaseForm {
            paid_on: "2026-11-01".into(),
            signed_on: "2026-11-03".into(),
            paid_yuan: "199.5".into(),
            ..CaseForm::default()
        }
    }

    #[test]
    fn a_filled_form_becomes_a_case_with_the_amount_in_fen() {
        let case = filled().to_case(day("2026-11-24"), vec![]).unwrap();
        assert_eq!(case.paid_fen, 19950);
        assert_eq!(case.signed_on, Some(day("2026-11-03")));
        assert_eq!(case.platform, Platform::Taobao);
    }

    #[test]
    fn every_bad_field_is_named() {
        let form = CaseForm {
            platform: "amazon".into(),
            paid_on: "2026-13-01".into(),
            paid_yuan: "-5".into(),
            failed_repairs: "two".into(),
            ..CaseForm::default()
        };
        let errors = form.to_case(day("2026-11-24"), vec![]).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| (e.field, e.problem)).collect();
        assert!(fields.contains(&("platform", FieldProblem::UnknownChoice)));
        assert!(fields.contains(&("paid_on", FieldProblem::NotADate)));
        assert!(fields.contains(&("paid_yuan", FieldProblem::NotAnAmount)));
        assert!(fields.contains(&("failed_repairs", FieldProblem::NotAWholeNumber)));
    }

    #[test]
    fn the_seller_livestream_and_shop_promises_reach_the_case() {
        let form = CaseForm {
            platform: "jd".into(),
            sold_by: "platform".into(),
            livestream: true,
            counterfeit_multiple: " 4 ".into(),
            allergy_returns: true,
            price_protection_days: "30".into(),
            ..filled()
        };
        let case = form.to_case(day("2026-11-24"), vec![]).unwrap();
        assert_eq!((case.sold_by, case.livestream), (Some(SoldBy::Platform), true));
        assert_eq!(case.merchant.counterfeit_multiple, Some(4));
        assert_eq!(case.merchant.price_protection_days, Some(30));
        assert!(case.merchant.allergy_returns);
        assert_eq!(filled().to_case(day("2026-11-24"), vec![]).unwrap().sold_by, None);
        let form = CaseForm { sold_by: "jd".into(), counterfeit_multiple: "四".into(), ..filled() };
        let errors = form.to_case(day("2026-11-24"), vec![]).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| (e.field, e.problem)).collect();
        assert_eq!(
            fields,
            [("counterfeit_multiple", FieldProblem::NotAWholeNumber), ("sold_by", FieldProblem::UnknownChoice)]
        );
    }

    #[test]
    fn dates_after_today_or_before_payment_are_refused() {
        let form = CaseForm { signed_on: "2026-10-01".into(), completed_on: "2026-12-01".into(), ..filled() };
        let errors = form.to_case(day("2026-11-24"), vec![]).unwrap_err();
        assert!(errors.contains(&FieldError { field: "signed_on", problem: FieldProblem::BeforePayment }));
        assert!(errors.contains(&FieldError { field: "completed_on", problem: FieldProblem::InTheFuture }));
    }

    #[test]
    fn a_period_ending_after_9999_is_refused_naming_its_field() {
        let form = CaseForm { warranty_days: "4000000".into(), no_reason_days: "2950000".into(), ..filled() };
        let errors = form.to_case(day("2026-11-24"), vec![]).unwrap_err();
        assert_eq!(
            errors,
            vec![
                FieldError { field: "no_reason_days", problem: FieldProblem::EndsTooLate },
                FieldError { field: "warranty_days", problem: FieldProblem::EndsTooLate },
            ]
        );
        let form = CaseForm { warranty_days: "2000000".into(), ..filled() };
        assert_eq!(form.to_case(day("2026-11-24"), vec![]).unwrap().merchant.warranty_days, Some(2_000_000));
    }

    #[test]
    fn paid_after_delivery_the_signing_may_come_before_the_payment() {
        let form = CaseForm { paid_on: "2026-11-10".into(), signed_on: "2026-11-03".into(), ..filled() };
        let errors = form.to_case(day("2026-11-24"), vec![]).unwrap_err();
        assert_eq!(errors, vec![FieldError { field: "signed_on", problem: FieldProblem::BeforePayment }]);
        let case = CaseForm { pay_after_delivery: true, ..form }.to_case(day("2026-11-24"), vec![]).unwrap();
        assert_eq!((case.signed_on, case.paid_on), (Some(day("2026-11-03")), day("2026-11-10")));
        assert!(case.pay_after_delivery);
        // Still never in the future.
        let late = CaseForm { pay_after_delivery: true, signed_on: "2026-11-25".into(), ..filled() };
        let errors = late.to_case(day("2026-11-24"), vec![]).unwrap_err();
        assert!(errors.contains(&FieldError { field: "signed_on", problem: FieldProblem::InTheFuture }));
    }

    #[test]
    fn a_fault_without_a_signing_date_asks_whether_the_goods_arrived() {
        let broken = CaseForm { problem: "malfunction".into(), signed_on: String::new(), ..filled() };
        let errors = broken.to_case(day("2026-11-24"), vec![]).unwrap_err();
        assert_eq!(errors, vec![FieldError { field: "signed_on", problem: FieldProblem::NeedsTheGoods }]);
        // Not received, late or a change of mind before delivery: an empty date means what it says.
        for problem in ["not_received", "late_delivery", "changed_mind", "ordered_by_mistake"] {
            let form = CaseForm { problem: problem.into(), signed_on: String::new(), ..filled() };
            assert!(form.to_case(day("2026-11-24"), vec![]).unwrap().signed_on.is_none(), "{problem}");
        }
    }

    #[test]
    fn a_partial_return_is_read_from_the_two_amounts() {
        assert_eq!(filled().to_case(day("2026-11-24"), vec![]).unwrap().partial_return, None);
        let kept = CaseForm { kept_yuan: "200".into(), ..filled() };
        let partial = kept.to_case(day("2026-11-24"), vec![]).unwrap().partial_return;
        assert_eq!(partial, Some(PartialReturn { kept_fen: 20000, gift_kept_fen: 0 }));
        let gift = CaseForm { gift_kept_yuan: "29".into(), ..filled() };
        let partial = gift.to_case(day("2026-11-24"), vec![]).unwrap().partial_return;
        assert_eq!(partial, Some(PartialReturn { kept_fen: 0, gift_kept_fen: 2900 }));
        let wrong = CaseForm { kept_yuan: "两百".into(), ..filled() };
        let errors = wrong.to_case(day("2026-11-24"), vec![]).unwrap_err();
        assert_eq!(errors, vec![FieldError { field: "kept_yuan", problem: FieldProblem::NotAnAmount }]);
    }

    #[test]
    fn amounts_take_at_most_two_decimals() {
        let mut errors = vec![];
        assert_eq!(yuan_to_fen("paid_yuan", "¥12.3", &mut errors), Some(1230));
        assert_eq!(yuan_to_fen("paid_yuan", "12.345", &mut errors), None);
        assert_eq!(yuan_to_fen("paid_yuan", "99999999999999999999", &mut errors), None);
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn amounts_read_as_buyers_write_them() {
        let read = |text: &str| parse_yuan(text);
        assert_eq!(read("459元"), Some(45900));
        assert_eq!(read("¥459"), Some(45900));
        assert_eq!(read("￥ 459.00"), Some(45900));
        assert_eq!(read("4,599"), Some(459900));
        assert_eq!(read("1,234,567.8"), Some(123456780));
        assert_eq!(read("４５９．５"), Some(45950));
        assert_eq!(read("４，５９９元"), Some(459900));
        assert_eq!(read("1.5万"), Some(1_500_000));
        assert_eq!(read("2万元"), Some(2_000_000));
        assert_eq!(read("RMB 88"), Some(8800));
        assert_eq!(read("45块"), Some(4500));
    }

    #[test]
    fn what_is_not_an_amount_is_refused_and_kept() {
        for text in ["4,59", "45,99,9", ",459", "1.234", "1.2345678万", "-5", "四百", "459美元", "12..3", "万"] {
            assert_eq!(parse_yuan(text), None, "{text}");
        }
        let form = CaseForm { paid_yuan: "4,59".into(), ..filled() };
        let errors = form.to_case(day("2026-11-24"), vec![]).unwrap_err();
        assert_eq!(errors, vec![FieldError { field: "paid_yuan", problem: FieldProblem::NotAnAmount }]);
        assert_eq!(form.paid_yuan, "4,59", "the text stays as typed");
    }

    #[test]
    fn dates_read_as_order_pages_write_them() {
        for text in ["2026/11/1", "2026.11.01", "2026年11月1日", "2026-11-01 09:15:22", "２０２６-１１-０１"]
        {
            let form = CaseForm { paid_on: text.into(), ..filled() };
            assert_eq!(form.to_case(day("2026-11-24"), vec![]).unwrap().paid_on, day("2026-11-01"), "{text}");
        }
        let form = CaseForm { paid_on: "2026-11-01 later".into(), ..filled() };
        assert!(form.to_case(day("2026-11-24"), vec![]).is_err());
    }

    #[test]
    fn the_facts_that_decide_follow_the_problem() {
        let fault = CaseForm { problem: "malfunction".into(), ..filled() };
        assert!(fault.decides_here("failed_repairs") && fault.decides_here("damaged_by_buyer"));
        assert!(!fault.decides_here("tags_removed"));
        let changed_mind = CaseForm { problem: "changed_mind".into(), ..filled() };
        assert!(changed_mind.decides_here("tags_removed") && !changed_mind.decides_here("failed_repairs"));
        let wholesale = CaseForm { platform: "alibaba_1688".into(), problem: "wrong_item".into(), ..filled() };
        assert!(wholesale.decides_here("for_business") && !wholesale.decides_here("opened"));
        assert!(!filled().decides_here("no_reason_days"));
    }
}
