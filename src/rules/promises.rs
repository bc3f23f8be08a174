//! The shop's promises on the item page, each adding to the law: 过敏包退 (allergy returns), 假一赔N (a multiple
//! for a fake), 价保 (price protection), and what 运费险 (return shipping insurance) really pays.

use super::case::Platform;
use super::context::{Ctx, Judged, Remedies, Route};
use super::decision::{Compensation, Deadline, Remedy, Shipping};
use super::wording::{Need, Reason};

/// 过敏包退: the promised window, and a return the law left shut opened for an allergy until its end.
pub(crate) fn allergy_return(ctx: &Ctx, remedies: &mut Remedies, deadlines: &mut Vec<Deadline>) {
    let (true, Some(signed_on)) = (ctx.case.merchant.allergy_returns, ctx.case.signed_on) else { return };
    let period = ctx.period(signed_on, "merchant.allergy_returns");
    let mut basis = vec!["merchant.allergy_returns"];
    basis.extend(ctx.platform_rule("tmall.allergy").filter(|_| ctx.case.platform == Platform::Tmall));
    deadlines.push(ctx.deadline("allergy_return", period, basis.clone()));
    if !remedies.return_refund.is_open() && ctx.open(period) {
        remedies.return_refund =
            Judged::eligible(Reason::AllergyReturn, basis).until(period.end.on).needing(Need::AllergyProof);
    }
}

/// 价保: the last day a price cut is refunded, counted from payment.
pub(crate) fn price_protection(ctx: &Ctx) -> Option<Deadline> {
    let days = ctx.case.merchant.price_protection_days.filter(|&days| days > 0)?;
    let rule = "merchant.price_protection";
    let period = ctx.period_of(ctx.case.paid_on, days, ctx.pack.known(rule).counting);
    Some(ctx.deadline("price_protection", period, vec![rule]))
}

/// 假一赔N where it gives more than the law's damages (SPC Art. 10 holds the shop to a higher promise).
pub(crate) fn compensation(ctx: &Ctx, law: Option<Compensation>) -> Option<Compensation> {
    let promised = ctx.case.merchant.counterfeit_multiple.filter(|_| ctx.route == Route::Counterfeit);
    let Some(multiple) = promised.filter(|&multiple| law.as_ref().is_none_or(|law| multiple > law.multiple)) else {
        return law;
    };
    let (mut basis, minimum_fen) = law.map_or((Vec::new(), 0), |law| (law.basis, law.minimum_fen));
    basis.push("merchant.counterfeit_multiple".into());
    let amount_fen = ctx.case.paid_fen.saturating_mul(u64::from(multiple)).max(minimum_fen);
    Some(Compensation { basis, multiple, minimum_fen, amount_fen })
}

/// What the buyer should know about the promises the decision relies on: 运费险 pays a fixed sum.
pub(crate) fn notes(remedies: &Remedies) -> Option<&'static str> {
    Remedy::ALL
        .iter()
        .any(|&remedy| remedies.get(remedy).shipping == Some(Shipping::Insurance))
        .then_some("merchant.shipping_insurance")
}
