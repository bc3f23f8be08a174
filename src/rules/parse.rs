//! Reading a case from JSON with one clear message per problem: `field: reason`.

use std::fmt;

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::case::{Case, Event, Goods, Merchant, PartialReturn};
use crate::dates::ends_by_last_day;

/// The first problem found in a case. Displays as `field: reason`, e.g. `paid_fen: must be a non-negative integer`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseError {
    /// The field's path: `paid_fen`, `goods.opened`, `events[2].on`; `case` for the document as a whole.
    pub field: String,
    pub reason: String,
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.reason)
    }
}

impl std::error::Error for CaseError {}

fn error(field: impl Into<String>, reason: impl Into<String>) -> CaseError {
    CaseError { field: field.into(), reason: reason.into() }
}

/// The fields the parser accepts, in the contract's order (tests/contract_shape.rs holds them to docs/CONTRACT.md 1.1).
pub const CASE_FIELDS: [&str; 17] = [
    "platform",
    "category",
    "problem",
    "paid_on",
    "signed_on",
    "completed_on",
    "today",
    "paid_fen",
    "goods",
    "failed_repairs",
    "merchant",
    "for_business",
    "events",
    "sold_by",
    "livestream",
    "pay_after_delivery",
    "partial_return",
];
const PARTIAL_RETURN_FIELDS: [&str; 2] = ["kept_fen", "gift_kept_fen"];
pub const GOODS_FIELDS: [&str; 6] = ["opened", "seal_broken", "tags_removed", "used", "activated", "damaged_by_buyer"];
pub const MERCHANT_FIELDS: [&str; 8] = [
    "no_reason_days",
    "warranty_days",
    "return_shipping_insurance",
    "no_reason_even_if_excluded",
    "buyer_confirmed_no_return_at_checkout",
    "counterfeit_multiple",
    "allergy_returns",
    "price_protection_days",
];
pub const EVENT_FIELDS: [&str; 2] = ["kind", "on"];

/// Reads a case (docs/CONTRACT.md 1.1) from JSON text.
pub fn parse_case(text: &str) -> Result<Case, CaseError> {
    let value: Value = serde_json::from_str(text).map_err(|e| error("case", format!("not valid JSON ({e})")))?;
    case_from_value(&value)
}

/// Reads a case from an already parsed JSON value (the JS API passes objects).
pub fn case_from_value(value: &Value) -> Result<Case, CaseError> {
    let fields = object("case", value, &CASE_FIELDS, "")?;
    // Read in the contract's order, so the first problem reported is the first field in the table.
    let platform = required(fields, "platform", choice)?;
    let category = required(fields, "category", choice)?;
    let problem = required(fields, "problem", choice)?;
    let paid_on: NaiveDate = required(fields, "paid_on", date)?;
    let case = Case {
        platform,
        category,
        problem,
        paid_on,
        signed_on: optional(fields, "signed_on", date)?,
        completed_on: optional(fields, "completed_on", date)?,
        today: required(fields, "today", date)?,
        paid_fen: required(fields, "paid_fen", count)?,
        goods: optional(fields, "goods", goods)?.unwrap_or_default(),
        failed_repairs: optional(fields, "failed_repairs", count)?.unwrap_or(0),
        merchant: optional(fields, "merchant", merchant)?.unwrap_or_default(),
        for_business: optional(fields, "for_business", flag)?.unwrap_or(false),
        events: optional(fields, "events", events)?.unwrap_or_default(),
        sold_by: optional(fields, "sold_by", choice)?,
        livestream: optional(fields, "livestream", flag)?.unwrap_or(false),
        pay_after_delivery: optional(fields, "pay_after_delivery", flag)?.unwrap_or(false),
        partial_return: optional(fields, "partial_return", partial_return)?,
    };
    // Paid after delivery, the goods are signed for (and the order completed) before or on the day of payment.
    let received = if case.pay_after_delivery {
        vec![]
    } else {
        vec![("signed_on", case.signed_on), ("completed_on", case.completed_on)]
    };
    for (field, day) in received.into_iter().chain([("today", Some(case.today))]) {
        if day.is_some_and(|day| day < paid_on) {
            return Err(error(field, "must not be before paid_on"));
        }
    }
    // A period counted from the case's days must end on a day the decision can write.
    let latest = [case.signed_on, case.completed_on].into_iter().flatten().fold(case.today, NaiveDate::max);
    for (field, days) in [
        ("merchant.no_reason_days", case.merchant.no_reason_days),
        ("merchant.warranty_days", case.merchant.warranty_days),
        ("merchant.price_protection_days", case.merchant.price_protection_days),
    ] {
        if days.is_some_and(|days| !ends_by_last_day(latest, days)) {
            return Err(error(field, "must end by 9999-12-31, the last day a date YYYY-MM-DD can write"));
        }
    }
    Ok(case)
}

type Reader<T> = fn(&str, &Value) -> Result<T, CaseError>;

fn required<T>(fields: &Map<String, Value>, name: &str, read: Reader<T>) -> Result<T, CaseError> {
    match fields.get(name) {
        Some(value) => read(name, value),
        None => Err(error(name, "is required")),
    }
}

fn optional<T>(fields: &Map<String, Value>, name: &str, read: Reader<T>) -> Result<Option<T>, CaseError> {
    match fields.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => read(name, value).map(Some),
    }
}

fn object<'a>(
    field: &str,
    value: &'a Value,
    known: &[&str],
    prefix: &str,
) -> Result<&'a Map<String, Value>, CaseError> {
    let fields = value.as_object().ok_or_else(|| error(field, "must be a JSON object"))?;
    match fields.keys().find(|key| !known.contains(&key.as_str())) {
        Some(unknown) => Err(error(format!("{prefix}{unknown}"), "unknown field")),
        None => Ok(fields),
    }
}

/// Reads the id as the form and the app do (from a `Value::String`), so every enum has one reader.
fn choice<T: DeserializeOwned>(field: &str, value: &Value) -> Result<T, CaseError> {
    let id = value.as_str().ok_or_else(|| error(field, "must be a string id"))?;
    serde_json::from_value(Value::String(id.to_string()))
        .map_err(|e| error(field, e.to_string().replace("variant", "value")))
}

fn date(field: &str, value: &Value) -> Result<NaiveDate, CaseError> {
    value.as_str().and_then(crate::dates::parse_iso).ok_or_else(|| error(field, "must be a date YYYY-MM-DD"))
}

fn count<T: TryFrom<u64>>(field: &str, value: &Value) -> Result<T, CaseError> {
    value
        .as_u64()
        .and_then(|number| T::try_from(number).ok())
        .ok_or_else(|| error(field, "must be a non-negative integer"))
}

fn flag(field: &str, value: &Value) -> Result<bool, CaseError> {
    value.as_bool().ok_or_else(|| error(field, "must be true or false"))
}

fn goods(field: &str, value: &Value) -> Result<Goods, CaseError> {
    let fields = object(field, value, &GOODS_FIELDS, "goods.")?;
    let read = |name: &str| optional(fields, name, flag).map(Option::unwrap_or_default).map_err(|e| nested("goods", e));
    Ok(Goods {
        opened: read("opened")?,
        seal_broken: read("seal_broken")?,
        tags_removed: read("tags_removed")?,
        used: read("used")?,
        activated: read("activated")?,
        damaged_by_buyer: read("damaged_by_buyer")?,
    })
}

fn merchant(field: &str, value: &Value) -> Result<Merchant, CaseError> {
    let fields = object(field, value, &MERCHANT_FIELDS, "merchant.")?;
    let days = |name: &str| optional(fields, name, count).map_err(|e| nested("merchant", e));
    let promise =
        |name: &str| optional(fields, name, flag).map(Option::unwrap_or_default).map_err(|e| nested("merchant", e));
    Ok(Merchant {
        no_reason_days: days("no_reason_days")?,
        warranty_days: days("warranty_days")?,
        return_shipping_insurance: promise("return_shipping_insurance")?,
        no_reason_even_if_excluded: promise("no_reason_even_if_excluded")?,
        buyer_confirmed_no_return_at_checkout: promise("buyer_confirmed_no_return_at_checkout")?,
        counterfeit_multiple: days("counterfeit_multiple")?,
        allergy_returns: promise("allergy_returns")?,
        price_protection_days: days("price_protection_days")?,
    })
}

fn partial_return(field: &str, value: &Value) -> Result<PartialReturn, CaseError> {
    let fields = object(field, value, &PARTIAL_RETURN_FIELDS, "partial_return.")?;
    let nest = |e: CaseError| nested("partial_return", e);
    Ok(PartialReturn {
        kept_fen: required(fields, "kept_fen", count).map_err(nest)?,
        gift_kept_fen: optional(fields, "gift_kept_fen", count).map_err(nest)?.unwrap_or(0),
    })
}

fn events(field: &str, value: &Value) -> Result<Vec<Event>, CaseError> {
    let list = value.as_array().ok_or_else(|| error(field, "must be a list"))?;
    list.iter()
        .enumerate()
        .map(|(at, item)| {
            let path = format!("events[{at}]");
            let fields = object(&path, item, &EVENT_FIELDS, &format!("{path}."))?;
            let nest = |e: CaseError| nested(&path, e);
            Ok(Event {
                kind: required(fields, "kind", choice).map_err(nest)?,
                on: required(fields, "on", date).map_err(nest)?,
            })
        })
        .collect()
}

fn nested(parent: &str, inner: CaseError) -> CaseError {
    error(format!("{parent}.{}", inner.field), inner.reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{"platform":"taobao","category":"general","problem":"changed_mind","paid_on":"2026-11-01","today":"2026-11-05","paid_fen":100}"#;

    fn fails_with(text: &str) -> String {
        parse_case(text).unwrap_err().to_string()
    }

    #[test]
    fn a_minimal_case_takes_the_defaults() {
        let case = parse_case(MINIMAL).unwrap();
        assert_eq!(case.failed_repairs, 0);
        assert!(case.events.is_empty() && !case.for_business && case.signed_on.is_none());
    }

    #[test]
    fn each_problem_names_its_field() {
        let with = |from: &str, to: &str| fails_with(&MINIMAL.replace(from, to));
        assert_eq!(with(r#""paid_fen":100"#, r#""paid_fen":-5"#), "paid_fen: must be a non-negative integer");
        assert_eq!(with(r#""paid_fen":100"#, r#""paid_fen":1.5"#), "paid_fen: must be a non-negative integer");
        assert_eq!(with(r#""paid_fen":100"#, r#""paid_fen":100,"colour":"red""#), "colour: unknown field");
        assert_eq!(with(r#""today":"2026-11-05","#, ""), "today: is required");
        assert_eq!(with("2026-11-05", "2026-11-31"), "today: must be a date YYYY-MM-DD");
        assert_eq!(with("2026-11-05", "2026-10-05"), "today: must not be before paid_on");
        assert!(with("taobao", "amazon").starts_with("platform: unknown value `amazon`, expected one of `taobao`"));
        let nested = r#""paid_fen":100,"goods":{"opened":"yes"},"events":[{"kind":"requested","on":"x"}]"#;
        assert_eq!(with(r#""paid_fen":100"#, nested), "goods.opened: must be true or false");
        let event =
            r#""paid_fen":100,"events":[{"kind":"requested","on":"2026-11-02"},{"kind":"asked","on":"2026-11-03"}]"#;
        assert!(with(r#""paid_fen":100"#, event).starts_with("events[1].kind: unknown value `asked`"));
        let merchant = r#""paid_fen":100,"merchant":{"warranty_days":365,"refund_days":3}"#;
        assert_eq!(with(r#""paid_fen":100"#, merchant), "merchant.refund_days: unknown field");
        let promise = r#""paid_fen":100,"merchant":{"counterfeit_multiple":"four"}"#;
        assert_eq!(with(r#""paid_fen":100"#, promise), "merchant.counterfeit_multiple: must be a non-negative integer");
        assert!(with(r#""paid_fen":100"#, r#""paid_fen":100,"sold_by":"jd""#)
            .starts_with("sold_by: unknown value `jd`, expected one of `platform`, `shop`"));
        assert_eq!(with(r#""paid_fen":100"#, r#""paid_fen":100,"livestream":1"#), "livestream: must be true or false");
        assert!(fails_with("{").starts_with("case: not valid JSON"));
        assert_eq!(fails_with(r#"{"platform":"jd"}"#), "category: is required");
        assert_eq!(fails_with("[]"), "case: must be a JSON object");
        let forever = r#""paid_fen":100,"merchant":{"warranty_days":4294967295}"#;
        assert!(with(r#""paid_fen":100"#, forever).starts_with("merchant.warranty_days: must end by 9999-12-31"));
        let late = MINIMAL
            .replace("2026-11-05", "9999-12-20")
            .replace("\"paid_fen\":100", "\"paid_fen\":100,\"merchant\":{\"no_reason_days\":12}");
        assert!(fails_with(&late).starts_with("merchant.no_reason_days: must end by 9999-12-31"));
    }

    #[test]
    fn paid_after_delivery_the_signing_may_come_first() {
        let signed_before = MINIMAL.replace(r#""today""#, r#""signed_on":"2026-10-28","today""#);
        assert_eq!(fails_with(&signed_before), "signed_on: must not be before paid_on");
        let pay_later = signed_before.replace(r#""paid_fen":100"#, r#""paid_fen":100,"pay_after_delivery":true"#);
        let case = parse_case(&pay_later).unwrap();
        assert!(case.pay_after_delivery && case.signed_on < Some(case.paid_on));
        let partial = pay_later.replace(r#""paid_fen":100,"#, r#""paid_fen":100,"partial_return":{"kept_fen":-1},"#);
        assert_eq!(fails_with(&partial), "partial_return.kept_fen: must be a non-negative integer");
        let partial = pay_later.replace(r#""paid_fen":100,"#, r#""paid_fen":100,"partial_return":{},"#);
        assert_eq!(fails_with(&partial), "partial_return.kept_fen: is required");
        let flag_text = pay_later.replace("true", r#""yes""#);
        assert_eq!(fails_with(&flag_text), "pay_after_delivery: must be true or false");
        // Today is still never before the payment recorded.
        assert_eq!(fails_with(&pay_later.replace("2026-11-05", "2026-10-30")), "today: must not be before paid_on");
    }
}
