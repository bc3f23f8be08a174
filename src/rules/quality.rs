//! Something is wrong with the goods: 消法 24 (7 days to return, then exchange or repair), the 三包 ladder for
//! electronics and appliances, counterfeit and unsafe food, and contract law for wholesale buyers.

use chrono::NaiveDate;

use super::case::{Category, Problem};
use super::context::{Ctx, Judged, Period, Remedies, Route};
use super::decision::{Deadline, Shipping};
use super::pack::Counting;
use super::wording::{Need, Reason};

/// The periods a quality problem runs on, all from the day of signing.
struct Clock {
    /// 消法 24 / 三包: return within 7 days.
    return_days: Period,
    /// 三包: exchange within 15 days.
    exchange_days: Option<Period>,
    /// 三包 validity or the shop's warranty, whichever is longer, and the rules behind it.
    warranty: Option<(Period, Vec<&'static str>)>,
    /// 民法典 621: at most two years to give notice of a defect.
    notice: Period,
}

impl Clock {
    fn new(ctx: &Ctx, signed_on: NaiveDate) -> Clock {
        let sanbao = ctx.sanbao();
        let law_warranty = if sanbao { ctx.pack.days("cn.sanbao.warranty") } else { 0 };
        let promised = ctx.case.merchant.warranty_days.unwrap_or(0);
        let mut warranty_basis = Vec::new();
        if sanbao {
            warranty_basis.push("cn.sanbao.warranty");
        }
        if promised > law_warranty {
            warranty_basis.extend(["merchant.warranty_days", "cn.reg.18"]);
        }
        let warranty = (!warranty_basis.is_empty())
            .then(|| (ctx.period_of(signed_on, law_warranty.max(promised), Counting::Civil), warranty_basis));
        Clock {
            return_days: ctx.period(signed_on, if sanbao { "cn.sanbao.7day" } else { "cn.cpl.24" }),
            exchange_days: sanbao.then(|| ctx.period(signed_on, "cn.sanbao.15day")),
            warranty,
            notice: ctx.years(signed_on, "cn.civil.621"),
        }
    }
}

fn repairable(category: Category) -> bool {
    !matches!(
        category,
        Category::Food
            | Category::FreshFood
            | Category::Cosmetics
            | Category::Medicine
            | Category::DigitalContent
            | Category::Newspaper
    )
}

/// Repair answers a fault in the goods, not a wrong, missing, fake or unsafe item.
fn repair_fits(problem: Problem) -> bool {
    matches!(problem, Problem::QualityDefect | Problem::Malfunction | Problem::DamagedInTransit)
}

pub(crate) fn judge(ctx: &Ctx) -> (Remedies, Vec<Deadline>) {
    let Some(signed_on) = ctx.case.signed_on else {
        let not_yet = || Judged::ineligible(Reason::NotReceivedYet, vec!["cn.civil.604"]);
        let refund_only = Judged::eligible(Reason::NotReceivedRefund, vec!["cn.civil.604"]).shipping(Shipping::None);
        return (
            Remedies { refund_only, return_refund: not_yet(), exchange: not_yet(), repair: not_yet() },
            Vec::new(),
        );
    };
    let clock = Clock::new(ctx, signed_on);
    let (mut remedies, deadlines) = if ctx.consumer() {
        let remedies = Remedies {
            refund_only: refund_only(ctx, &clock),
            return_refund: return_refund(ctx, &clock),
            exchange: exchange(ctx, &clock),
            repair: repair(ctx, &clock),
        };
        (remedies, deadlines(ctx, &clock))
    } else {
        (wholesale(ctx, &clock), vec![outer_limit(ctx, &clock)])
    };
    if ctx.case.goods.damaged_by_buyer && ctx.route == Route::Quality {
        // Damage the buyer caused is not the seller's fault: free repair ends, the rest needs proof of the defect.
        for judged in [&mut remedies.return_refund, &mut remedies.exchange] {
            if judged.is_open() {
                *judged = judged.clone().also(Some("cn.sanbao.exclusions")).needing(Need::ProveDefect);
            }
        }
        if remedies.repair.is_open() {
            remedies.repair = Judged::ineligible(Reason::DamagedByBuyer, vec!["cn.sanbao.exclusions"]);
        }
    }
    (remedies, deadlines)
}

/// The seller pays the postage on a quality return (消法 24; on Taobao also Art. 49).
fn seller_pays(ctx: &Ctx, judged: Judged) -> Judged {
    judged.shipping(Shipping::Seller).also(ctx.platform_rule("taobao.dispute.49"))
}

fn sanbao_basis(ctx: &Ctx, rule: &'static str) -> Vec<&'static str> {
    let mut basis = vec![rule];
    basis.extend(ctx.platform_rule("jd.quality.sanbao"));
    basis
}

fn repairs_needed(ctx: &Ctx) -> u32 {
    ctx.pack.known("cn.sanbao.repairs").repairs.unwrap_or(u32::MAX)
}

fn repairs_failed_enough(ctx: &Ctx) -> bool {
    ctx.case.failed_repairs >= repairs_needed(ctx)
}

/// One more failed repair would open the 三包 exchange or return.
fn one_repair_short(ctx: &Ctx) -> bool {
    ctx.case.failed_repairs > 0 && ctx.case.failed_repairs.checked_add(1) == Some(repairs_needed(ctx))
}

fn in_warranty(ctx: &Ctx, clock: &Clock) -> Option<NaiveDate> {
    clock.warranty.as_ref().filter(|(period, _)| ctx.open(*period)).map(|(period, _)| period.end.on)
}

fn refund_only(ctx: &Ctx, clock: &Clock) -> Judged {
    let refund = |judged: Judged| judged.shipping(Shipping::None);
    match (ctx.route, ctx.case.problem) {
        (Route::UnsafeFood, _) => refund(Judged::eligible(Reason::UnsafeFoodRefund, vec!["cn.food_safety.148"])),
        (Route::Quality, _) if !ctx.open(clock.notice) => {
            Judged::ineligible(Reason::QualityNoticeExpired, vec!["cn.civil.621"])
        }
        (_, Problem::MissingParts) => refund(Judged::eligible(Reason::MissingPartsRefund, vec!["cn.civil.582"])),
        _ => refund(Judged::eligible(Reason::PriceReduction, vec!["cn.civil.582"]).needing(Need::SellerAgrees)),
    }
}

fn return_refund(ctx: &Ctx, clock: &Clock) -> Judged {
    match ctx.route {
        Route::Counterfeit => {
            let judged = Judged::eligible(Reason::CounterfeitReturn, vec!["cn.cpl.55"])
                .also(ctx.platform_rule("taobao.dispute.69"))
                .also(ctx.platform_rule("taobao.dispute.5"));
            return seller_pays(ctx, judged);
        }
        Route::UnsafeFood => {
            return seller_pays(
                ctx,
                Judged::eligible(Reason::UnsafeFoodReturn, vec!["cn.food_safety.148", "cn.cpl.24"]),
            )
        }
        _ => {}
    }
    if ctx.open(clock.return_days) {
        let mut basis = vec!["cn.cpl.24"];
        if ctx.sanbao() {
            basis.extend(sanbao_basis(ctx, "cn.sanbao.7day"));
        }
        return seller_pays(ctx, Judged::eligible(Reason::QualityReturnOpen, basis).until(clock.return_days.end.on));
    }
    if ctx.sanbao() && repairs_failed_enough(ctx) {
        if let Some(until) = in_warranty(ctx, clock) {
            let judged =
                Judged::eligible(Reason::SanbaoReturnAfterRepairs, sanbao_basis(ctx, "cn.sanbao.repairs")).until(until);
            return seller_pays(ctx, judged);
        }
    }
    if ctx.open(clock.notice) {
        // Bounded only by the two-year outer limit, which the decision gives as its own deadline.
        let judged =
            Judged::eligible(Reason::QualityReturnConditional, vec!["cn.cpl.24", "cn.civil.563", "cn.civil.621"])
                .needing(Need::FundamentalBreach);
        return seller_pays(ctx, judged);
    }
    Judged::ineligible(Reason::QualityNoticeExpired, vec!["cn.civil.621"])
}

fn exchange(ctx: &Ctx, clock: &Clock) -> Judged {
    if !ctx.sanbao() {
        if !ctx.open(clock.notice) {
            return Judged::ineligible(Reason::QualityNoticeExpired, vec!["cn.civil.621"]);
        }
        let mut basis = vec!["cn.cpl.24", "cn.civil.621"];
        if matches!(ctx.case.category, Category::SmallAppliance) {
            basis.push("cn.sanbao.scope");
        }
        let judged =
            Judged::eligible(Reason::QualityExchangeOpen, basis).also(ctx.platform_rule("alibaba.exchange.conditions"));
        return seller_pays(ctx, judged);
    }
    if let Some(period) = clock.exchange_days.filter(|period| ctx.open(*period)) {
        return seller_pays(
            ctx,
            Judged::eligible(Reason::SanbaoExchangeOpen, sanbao_basis(ctx, "cn.sanbao.15day")).until(period.end.on),
        );
    }
    let warranty = in_warranty(ctx, clock);
    if let Some(until) = warranty.filter(|_| repairs_failed_enough(ctx)) {
        return seller_pays(
            ctx,
            Judged::eligible(Reason::SanbaoReturnAfterRepairs, sanbao_basis(ctx, "cn.sanbao.repairs")).until(until),
        );
    }
    if !ctx.open(clock.notice) {
        return Judged::ineligible(Reason::QualityNoticeExpired, vec!["cn.civil.621"]);
    }
    // Whenever a return is open on a fundamental breach, so is the smaller exchange (民法典 582), and the
    // buyer is told what else opens it.
    let reason = match warranty {
        Some(_) if one_repair_short(ctx) => Reason::SanbaoOneMoreRepair,
        Some(_) => Reason::SanbaoNeedsRepairs,
        None => Reason::QualityExchangeConditional,
    };
    let first = if warranty.is_some() { "cn.sanbao.repairs" } else { "cn.cpl.24" };
    let judged = Judged::eligible(reason, vec![first, "cn.civil.582", "cn.civil.563"]).needing(Need::FundamentalBreach);
    seller_pays(ctx, judged)
}

fn repair(ctx: &Ctx, clock: &Clock) -> Judged {
    if !repairable(ctx.case.category) {
        return Judged::ineligible(Reason::NotRepairable, vec!["cn.cpl.24"]);
    }
    if !repair_fits(ctx.case.problem) {
        return Judged::ineligible(Reason::RepairDoesNotFit, vec!["cn.cpl.24"]);
    }
    let warranty = clock.warranty.as_ref().filter(|(period, _)| ctx.open(*period));
    if ctx.sanbao() {
        let reason = if one_repair_short(ctx) { Reason::RepairOnceMore } else { Reason::RepairInWarranty };
        return match warranty {
            Some((period, basis)) => seller_pays(ctx, Judged::eligible(reason, basis.clone()).until(period.end.on)),
            None => Judged::ineligible(Reason::WarrantyOver, vec!["cn.sanbao.warranty"]),
        };
    }
    // Outside 三包, 消法 24 gives repair for as long as a defect may be raised; a longer promise extends it.
    match warranty.filter(|(period, _)| period.end.on > clock.notice.end.on) {
        Some((period, basis)) => {
            seller_pays(ctx, Judged::eligible(Reason::RepairInWarranty, basis.clone()).until(period.end.on))
        }
        None if ctx.open(clock.notice) => {
            seller_pays(ctx, Judged::eligible(Reason::RepairQuality, vec!["cn.cpl.24", "cn.civil.621"]))
        }
        None => Judged::ineligible(Reason::QualityNoticeExpired, vec!["cn.civil.621"]),
    }
}

fn deadlines(ctx: &Ctx, clock: &Clock) -> Vec<Deadline> {
    let return_rule = if ctx.sanbao() { "cn.sanbao.7day" } else { "cn.cpl.24" };
    let mut deadlines = Vec::new();
    // A counterfeit's return (消法55) and unsafe food's (食品安全法148) have no fixed deadline: the 7-day
    // defect return does not limit them.
    if !matches!(ctx.route, Route::Counterfeit | Route::UnsafeFood) {
        deadlines.push(ctx.deadline("quality_return", clock.return_days, vec![return_rule]));
    }
    if let Some(period) = clock.exchange_days {
        deadlines.push(ctx.deadline("quality_exchange", period, vec!["cn.sanbao.15day"]));
    }
    if let Some((period, basis)) = &clock.warranty {
        deadlines.push(ctx.deadline("warranty", *period, basis.clone()));
    }
    deadlines.push(outer_limit(ctx, clock));
    deadlines
}

/// 民法典 621: the latest day to tell the seller of a defect, two years after receipt; not a window of its own.
fn outer_limit(ctx: &Ctx, clock: &Clock) -> Deadline {
    ctx.deadline("quality_outer_limit", clock.notice, vec!["cn.civil.621"])
}

/// A wholesale buyer is not a consumer: contract law (民法典 582) within the notice period of 621.
fn wholesale(ctx: &Ctx, clock: &Clock) -> Remedies {
    if !ctx.open(clock.notice) {
        let expired = || Judged::ineligible(Reason::QualityNoticeExpired, vec!["cn.civil.621"]);
        return Remedies { refund_only: expired(), return_refund: expired(), exchange: expired(), repair: expired() };
    }
    let contract =
        || Judged::eligible(Reason::BusinessQuality, vec!["cn.civil.582", "cn.civil.621"]).shipping(Shipping::Seller);
    let mut exchange = contract().also(ctx.platform_rule("alibaba.exchange.conditions"));
    if ctx.platform_rule("alibaba.exchange.exclusions").is_some() {
        // 1688 does not take a quality claim the buyer cannot back with evidence.
        exchange = exchange.also(Some("alibaba.exchange.exclusions")).needing(Need::ProveDefect);
    }
    let repair = if !repairable(ctx.case.category) {
        Judged::ineligible(Reason::NotRepairable, vec!["cn.cpl.24"])
    } else if !repair_fits(ctx.case.problem) {
        Judged::ineligible(Reason::RepairDoesNotFit, vec!["cn.cpl.24"])
    } else {
        contract()
    };
    let refund_only = if ctx.case.problem == Problem::MissingParts {
        Judged::eligible(Reason::MissingPartsRefund, vec!["cn.civil.582"]).shipping(Shipping::None)
    } else {
        Judged::eligible(Reason::PriceReduction, vec!["cn.civil.582"])
            .shipping(Shipping::None)
            .needing(Need::SellerAgrees)
    };
    Remedies { refund_only, return_refund: contract(), exchange, repair }
}
