//! Checks on the ticket's facts as the buyer types them: a phone number that can be dialled, an order
//! number that looks like one, and an amount asked back that is not above what was paid. Empty fields
//! are not errors here: the draft lists what is still missing.

use super::form::yuan_to_fen;
use super::{Facts, FieldError, FieldProblem};

/// Every ticket field that is filled in but wrong. `paid_fen` is the amount paid, when the case form
/// gives one.
pub fn check_ticket(facts: &Facts, paid_fen: Option<u64>) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if !facts.phone.trim().is_empty() && !is_phone(&facts.phone) {
        errors.push(FieldError { field: "phone", problem: FieldProblem::NotAPhone });
    }
    if !facts.order_no.trim().is_empty() && !is_order_no(&facts.order_no) {
        errors.push(FieldError { field: "order_no", problem: FieldProblem::NotAnOrderNumber });
    }
    check_amount("requested_yuan", &facts.requested_yuan, paid_fen, &mut errors);
    check_amount("offered_yuan", &facts.offered_yuan, paid_fen, &mut errors);
    errors
}

/// An amount asked back or offered: a number of yuan, not above what was paid.
fn check_amount(field: &'static str, typed: &str, paid_fen: Option<u64>, errors: &mut Vec<FieldError>) {
    if typed.trim().is_empty() {
        return;
    }
    let mut amount_errors = Vec::new();
    match yuan_to_fen(field, typed, &mut amount_errors) {
        Some(fen) if paid_fen.is_some_and(|paid| fen > paid) => {
            errors.push(FieldError { field, problem: FieldProblem::AboveWhatWasPaid })
        }
        Some(_) => {}
        None => errors.extend(amount_errors),
    }
}

/// A mainland mobile number (11 digits from 13x to 19x) or a landline with its area code
/// (010-12345678, 0571 8888 6666), optionally with +86 / 0086 in front.
fn is_phone(text: &str) -> bool {
    let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')')).collect();
    let digits = digits.strip_prefix("+86").or_else(|| digits.strip_prefix("0086")).unwrap_or(&digits);
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let bytes = digits.as_bytes();
    let mobile = bytes.len() == 11 && bytes[0] == b'1' && (b'3'..=b'9').contains(&bytes[1]);
    let landline = (10..=12).contains(&bytes.len()) && bytes[0] == b'0' && bytes[1] != b'0';
    mobile || landline
}

/// Order numbers differ by platform (Taobao's 18-19 digits, JD's 10-12, Pinduoduo's 6+15 with a dash),
/// so this only refuses what cannot be one: 6 to 32 letters, digits and dashes, at least 6 digits.
fn is_order_no(text: &str) -> bool {
    let text = text.trim();
    let allowed = text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    let digits = text.chars().filter(char::is_ascii_digit).count();
    allowed && (6..=32).contains(&text.len()) && digits >= 6
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(facts: Facts, paid_fen: Option<u64>) -> Vec<(&'static str, FieldProblem)> {
        check_ticket(&facts, paid_fen).into_iter().map(|error| (error.field, error.problem)).collect()
    }

    #[test]
    fn empty_fields_are_not_errors() {
        assert!(problems(Facts::default(), Some(100)).is_empty());
    }

    #[test]
    fn mobiles_and_landlines_pass_and_short_numbers_fail() {
        for good in ["13812345678", "+86 138 1234 5678", "010-12345678", "0571 8888 6666"] {
            assert!(is_phone(good), "{good}");
        }
        for bad in ["1381234567", "12812345678", "phone", "00-1234567", "138123456789"] {
            assert!(!is_phone(bad), "{bad}");
        }
        let facts = Facts { phone: "12345".into(), ..Facts::default() };
        assert_eq!(problems(facts, None), vec![("phone", FieldProblem::NotAPhone)]);
    }

    #[test]
    fn order_numbers_of_every_platform_pass_and_words_fail() {
        for good in ["3925816071234567890", "285437219861", "231124-123456789012345"] {
            assert!(is_order_no(good), "{good}");
        }
        for bad in ["12345", "订单123456", "abcdefgh", "1234567 890"] {
            assert!(!is_order_no(bad), "{bad}");
        }
    }

    #[test]
    fn the_amount_asked_back_is_never_above_what_was_paid() {
        let facts = |yuan: &str| Facts { requested_yuan: yuan.into(), ..Facts::default() };
        assert_eq!(problems(facts("199.50"), Some(19950)), vec![]);
        assert_eq!(problems(facts("199.51"), Some(19950)), vec![("requested_yuan", FieldProblem::AboveWhatWasPaid)]);
        assert_eq!(problems(facts("abc"), Some(19950)), vec![("requested_yuan", FieldProblem::NotAnAmount)]);
        assert_eq!(problems(facts("500"), None), vec![]);
    }
}
