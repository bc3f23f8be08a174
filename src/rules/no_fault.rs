//! Nothing wrong with the goods: the 7-day no-reason return (消法 25 and the 七日办法), exchanges by agreement,
//! and the order that never arrived.

use super::case::{Category, Platform, Problem};
use super::context::{Ctx, Judged, Period, Remedies, Route};
use super::decision::{Deadline, Shipping};
use super::wording::{Need, Reason};

/// Categories the 七日办法 Art. 6 always excludes, whatever the buyer did.
fn excluded_by_art6(ctx: &Ctx) -> bool {
    let goods = ctx.case.goods;
    match ctx.case.category {
        Category::CustomMade | Category::FreshFood | Category::Newspaper => true,
        Category::DigitalContent => goods.opened || goods.seal_broken || goods.activated || goods.used,
        _ => false,
    }
}

/// Art. 7 goods, excluded only when the buyer confirmed so at checkout (Art. 20).
fn art7_goods(ctx: &Ctx) -> bool {
    let goods = ctx.case.goods;
    match ctx.case.category {
        Category::Food | Category::Cosmetics | Category::Underwear => true,
        Category::Electronics | Category::Appliance | Category::SmallAppliance => goods.activated || goods.used,
        _ => false,
    }
}

/// The 七日办法 Art. 9 tests of "not intact", by category; `Err` when the goods fail them.
fn intact(ctx: &Ctx) -> Result<Option<Need>, ()> {
    let goods = ctx.case.goods;
    let failed = goods.damaged_by_buyer
        || match ctx.case.category {
            Category::Food | Category::Cosmetics | Category::Medicine | Category::FreshFood => goods.seal_broken,
            Category::Electronics | Category::Appliance | Category::SmallAppliance | Category::DigitalContent => {
                goods.activated || goods.used
            }
            Category::Clothing | Category::Underwear | Category::ShoesBags | Category::Furniture => {
                goods.tags_removed || goods.used
            }
            _ => false,
        };
    if failed {
        return Err(());
    }
    let only_trial_use = goods.used
        && matches!(
            ctx.case.category,
            Category::General | Category::Jewelry | Category::Newspaper | Category::CustomMade
        );
    Ok(only_trial_use.then_some(Need::UseWithinTrial))
}

/// The no-reason return (退货退款 without a fault) and the period it runs in, if the buyer has one.
pub(crate) fn no_reason_return(ctx: &Ctx) -> (Judged, Option<Period>) {
    let case = ctx.case;
    let Some(signed_on) = case.signed_on else {
        return (Judged::ineligible(Reason::NotReceivedYet, vec!["cn.cpl.25"]), None);
    };
    let promise = case.merchant.no_reason_days;
    let mut basis = vec!["cn.cpl.25"];
    if !ctx.distance_sale() && promise.is_none() {
        return (Judged::ineligible(Reason::OfflineNoRight, vec!["offline.no_distance_right", "cn.cpl.25"]), None);
    }
    if !ctx.consumer() && promise.is_none() {
        let mut basis = vec!["cn.cpl.2"];
        basis.extend(ctx.platform_rule("alibaba.wholesale"));
        return (Judged::ineligible(Reason::NotConsumer, basis), None);
    }
    if !ctx.distance_sale() {
        basis = vec!["offline.no_distance_right"];
    }
    let even_if_excluded = case.merchant.no_reason_even_if_excluded;
    let confirmed = case.merchant.buyer_confirmed_no_return_at_checkout;
    if excluded_by_art6(ctx) || case.category == Category::Medicine {
        if !even_if_excluded {
            let reason =
                if case.category == Category::Medicine { Reason::ExcludedMedicine } else { Reason::ExcludedByLaw };
            let rule = if case.category == Category::Medicine { "cn.medicine.gsp" } else { "cn.no_reason.6" };
            return (Judged::ineligible(reason, vec![rule]), None);
        }
        basis.extend(["merchant.no_reason_even_if_excluded", "cn.spc_online.2"]);
    } else if art7_goods(ctx) {
        if confirmed && !even_if_excluded {
            return (Judged::ineligible(Reason::ExcludedConfirmed, vec!["cn.no_reason.7", "cn.no_reason.20"]), None);
        }
        basis.push(if confirmed { "merchant.no_reason_even_if_excluded" } else { "cn.no_reason.20" });
    } else if confirmed {
        // A checkout confirmation cannot widen the excluded list.
        basis.extend(["cn.reg.19", "cn.cpl.26"]);
    }
    let trial_need = match intact(ctx) {
        Err(()) => return (Judged::ineligible(Reason::NotIntact, vec!["cn.no_reason.9"]), None),
        Ok(need) => need,
    };
    if case.goods.opened {
        basis.extend(["cn.no_reason.8", "cn.spc_online.3"]);
    }
    if case.category == Category::DigitalContent {
        basis.push("cn.no_reason.6");
    }

    let law_days = if ctx.distance_sale() && ctx.consumer() { ctx.pack.days("cn.cpl.25") } else { 0 };
    let days = law_days.max(promise.unwrap_or(0));
    if law_days > 0 {
        basis.push("cn.no_reason.10");
    }
    if promise.is_some_and(|promised| promised > law_days) || law_days == 0 {
        basis.push("merchant.no_reason_days");
    }
    let period = ctx.period_of(signed_on, days, ctx.pack.known("cn.no_reason.10").counting);
    if !ctx.open(period) {
        return (Judged::ineligible(Reason::NoReasonExpired, basis).until(period.end.on), Some(period));
    }
    let (shipping, shipping_basis) = if case.merchant.return_shipping_insurance {
        (Shipping::Insurance, "merchant.shipping_insurance")
    } else {
        (Shipping::Buyer, "cn.no_reason.18")
    };
    basis.push(shipping_basis);
    let mut judged = Judged::eligible(Reason::NoReasonOpen, basis)
        .until(period.end.on)
        .shipping(shipping)
        .also(ctx.platform_rule("taobao.dispute.53"));
    if case.category == Category::DigitalContent && !case.goods.opened {
        judged = judged.needing(Need::DigitalNotDownloaded);
    }
    if let Some(need) = trial_need {
        judged = judged.needing(need);
    }
    (judged, Some(period))
}

/// No fault on the seller's side: return without reason, exchange only by agreement, nothing to repair.
pub(crate) fn judge(ctx: &Ctx) -> (Remedies, Vec<Deadline>) {
    let (return_refund, period) = no_reason_return(ctx);
    // A period comes back only when the return is open or has just run out.
    let deadlines = period
        .map(|period| {
            let period_rules = ["cn.no_reason.10", "merchant.no_reason_days"];
            let basis = return_refund.basis.iter().copied().filter(|id| period_rules.contains(id)).collect();
            ctx.deadline("no_reason_return", period, basis)
        })
        .into_iter()
        .collect();
    let refund_only = if ctx.received() {
        Judged::ineligible(Reason::MustReturnGoods, vec!["cn.cpl.25"])
    } else {
        refund_before_receipt(ctx)
    };
    let exchange = exchange(ctx, &return_refund);
    let repair = Judged::ineligible(Reason::NothingToRepair, vec!["cn.cpl.24"]);
    (Remedies { refund_only, return_refund, exchange, repair }, deadlines)
}

fn refund_before_receipt(ctx: &Ctx) -> Judged {
    if ctx.distance_sale() && ctx.consumer() {
        Judged::eligible(Reason::RefundBeforeReceipt, vec!["cn.cpl.25"])
            .shipping(Shipping::None)
            .also(ctx.platform_rule("taobao.dispute.23"))
    } else {
        Judged::eligible(Reason::RefundBeforeReceiptByAgreement, vec!["cn.civil.543"])
            .shipping(Shipping::None)
            .needing(Need::SellerAgrees)
    }
}

fn exchange(ctx: &Ctx, no_reason: &Judged) -> Judged {
    if !ctx.received() {
        return Judged::ineligible(Reason::NotReceivedYet, vec!["cn.civil.543"]);
    }
    if ctx.case.platform == Platform::Alibaba1688 {
        // Seed 003: ordering by mistake (拍错、多拍) qualifies, the buyer paying the postage; special causes such
        // as transport delays qualify on terms agreed with the shop; being unhappy with goods as described does not.
        return match ctx.case.problem {
            Problem::OrderedByMistake => {
                Judged::eligible(Reason::Exchange1688Mistake, vec!["alibaba.exchange.conditions"])
                    .shipping(Shipping::Buyer)
            }
            Problem::LateDelivery => Judged::eligible(Reason::Exchange1688Special, vec!["alibaba.exchange.conditions"])
                .needing(Need::SellerAgrees),
            _ => Judged::ineligible(Reason::Exchange1688Excluded, vec!["alibaba.exchange.exclusions"]),
        };
    }
    if !no_reason.is_open() {
        return Judged::ineligible(Reason::NoExchangeRight, vec!["cn.civil.543"]);
    }
    let shipping = if ctx.case.merchant.return_shipping_insurance { Shipping::Insurance } else { Shipping::Buyer };
    let mut judged = Judged::eligible(Reason::ExchangeByAgreement, vec!["cn.civil.543"])
        .shipping(shipping)
        .also(ctx.platform_rule("taobao.dispute.54"))
        .needing(Need::SellerAgrees);
    judged.until = no_reason.until;
    judged
}

/// The order never arrived, or is late and not yet here.
pub(crate) fn not_received(ctx: &Ctx) -> Remedies {
    let not_yet = || Judged::ineligible(Reason::NotReceivedYet, vec!["cn.civil.604"]);
    let refund_only = match (ctx.route, ctx.received()) {
        (Route::Late, _) => Judged::eligible(Reason::LateRefund, vec!["cn.civil.563"]).shipping(Shipping::None),
        (_, false) => Judged::eligible(Reason::NotReceivedRefund, vec!["cn.civil.604"])
            .shipping(Shipping::None)
            .also(ctx.platform_rule("taobao.dispute.38")),
        (_, true) => Judged::eligible(Reason::SignedNotReceived, vec!["cn.civil.604"])
            .shipping(Shipping::None)
            .also(ctx.platform_rule("taobao.dispute.38"))
            .needing(Need::ProveNotReceived),
    };
    Remedies { refund_only, return_refund: not_yet(), exchange: not_yet(), repair: not_yet() }
}
