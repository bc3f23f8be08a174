//! The platform's own 7-day entry and the law's deadline: when 民法典 Art. 203 moved the deadline past a
//! rest day, the order page may still close its entry 168 hours after 00:00 the day after signing
//! (domain research §2.1), so the buyer is told both days.

use chrono::{Days, NaiveDate};

use super::policy::followup_rules;
use super::texts::{fill, texts};
use crate::lang::Lang;
use crate::record::CaseRecord;
use crate::rules::{rule, Decision, Layer};

/// The warning, while the moved deadline is still ahead and the request not yet filed; none when the
/// deadline did not move or a shop's own longer promise sets it.
pub fn entry_may_close_early(record: &CaseRecord, decision: &Decision, today: NaiveDate, lang: Lang) -> Option<String> {
    let rules = followup_rules();
    let early = &rules.entry_may_close_early;
    let deadline = decision.deadlines.iter().find(|deadline| deadline.id == early.deadline)?;
    let basis = || deadline.basis.iter().filter_map(|id| rule(id));
    let moved = deadline.basis.iter().any(|id| id == early.moved_by);
    let promised = basis().any(|rule| rule.layer == Layer::Merchant);
    let filed = rules.approaching.get(early.deadline).is_some_and(|approaching| approaching.is_met(record));
    if !moved || promised || filed || today > deadline.on {
        return None;
    }
    let signed = record.case(today).ok()?.signed_on?;
    let closes = signed.checked_add_days(Days::new(rule(early.days_rule)?.days?.into()))?;
    let t = texts(lang);
    (closes < deadline.on)
        .then(|| fill(t.entry_may_close_early, &[("closes", &t.date(closes)), ("deadline", &t.date(deadline.on))]))
}
