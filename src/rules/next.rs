//! After the verdicts: what to ask for first, where to go, what to collect, extra damages, and category notes.

use super::case::{Category, EventKind, Platform, Problem, SoldBy};
use super::context::{Ctx, Remedies, Route};
use super::decision::{Channel, Compensation, Deadline, Evidence, Remedy, Verdict};

/// The remedy to ask for first: the first eligible one in the order that fits the problem, else the first
/// conditional one.
pub(crate) fn recommended(ctx: &Ctx, remedies: &Remedies) -> Option<Remedy> {
    use Remedy::*;
    let order: &[Remedy] = match ctx.route {
        Route::NotReceived | Route::Late => &[RefundOnly],
        Route::UnsafeFood => &[RefundOnly, ReturnRefund, Exchange],
        Route::Quality if ctx.case.problem == Problem::MissingParts => &[RefundOnly, Exchange, ReturnRefund],
        Route::Quality | Route::Counterfeit => &[ReturnRefund, Exchange, Repair, RefundOnly],
        Route::NoFault if ctx.case.problem == Problem::SizeFit => &[Exchange, ReturnRefund, RefundOnly],
        Route::NoFault => &[ReturnRefund, RefundOnly, Exchange],
    };
    [Verdict::Eligible, Verdict::Conditional]
        .into_iter()
        .find_map(|verdict| order.iter().copied().find(|&remedy| remedies.get(remedy).verdict == verdict))
}

/// Extra damages the law gives a consumer: 消法 55 for fraud (counterfeits), 食安法 148 for unsafe food.
pub(crate) fn compensation(ctx: &Ctx) -> Option<Compensation> {
    let rule_id = match ctx.route {
        Route::Counterfeit => "cn.cpl.55",
        Route::UnsafeFood => "cn.food_safety.148",
        _ => return None,
    };
    if !ctx.consumer() {
        return None;
    }
    let rule = ctx.pack.known(rule_id);
    let multiple = rule.multiple.unwrap_or(0);
    let minimum_fen = u64::from(rule.minimum_yuan.unwrap_or(0)) * 100;
    let amount_fen = ctx.case.paid_fen.saturating_mul(u64::from(multiple)).max(minimum_fen);
    Some(Compensation { basis: vec![rule_id.into()], multiple, minimum_fen, amount_fen })
}

/// Whether the buyer can ask the platform to step in (申请平台介入): not in a physical shop, on a brand's own
/// site, or where the platform itself sold the item (京东自营: no platform stands above the seller).
pub fn has_intervention(platform: Platform, sold_by: Option<SoldBy>) -> bool {
    !matches!(platform, Platform::OfflineStore | Platform::BrandOfficial | Platform::Other)
        && sold_by != Some(SoldBy::Platform)
}

/// Where to go next, and the rules that say so.
pub(crate) fn channel(
    ctx: &Ctx,
    remedies: &Remedies,
    has_compensation: bool,
    deadlines: &[Deadline],
) -> (Channel, Vec<&'static str>) {
    let case = ctx.case;
    if let Some(filed) = ctx.last(EventKind::ComplaintFiled) {
        let acceptance = ctx.period(filed, "cn.complaint.14");
        return if ctx.open(acceptance) {
            (Channel::Complaint12315, vec!["cn.complaint.14"])
        } else {
            (Channel::ConsumerAssociation, vec!["cn.cpl.39"])
        };
    }
    let refused = ctx.last(EventKind::SellerRefused).filter(|&refused| {
        !ctx.happened_since(EventKind::SellerAgreed, refused) && !ctx.happened_since(EventKind::Refunded, refused)
    });
    let nothing_open = Remedy::ALL.iter().all(|&remedy| remedies.get(remedy).verdict == Verdict::Ineligible);
    if !ctx.consumer() {
        return match refused {
            Some(_) if has_intervention(case.platform, case.sold_by) => {
                (Channel::PlatformIntervention, vec!["cn.complaint.15"])
            }
            Some(_) => (Channel::Court, vec!["cn.complaint.15", "cn.civil.582"]),
            None if nothing_open || !has_intervention(case.platform, case.sold_by) => {
                (Channel::MerchantService, vec![])
            }
            None => (Channel::PlatformAfterSales, vec![]),
        };
    }
    if has_compensation {
        let mut basis = vec!["cn.cpl.39"];
        basis.extend(ctx.platform_rule("taobao.dispute.6"));
        return (Channel::Complaint12315, basis);
    }
    if let Some(refused) = refused {
        if !has_intervention(case.platform, case.sold_by) {
            let mut basis = vec!["cn.cpl.39"];
            basis.extend(super::platforms::self_operated(ctx));
            return (Channel::Complaint12315, basis);
        }
        if let Some(rule) = ctx.platform_rule("jd.dispute.7") {
            return if ctx.open(ctx.period(refused, rule)) {
                (Channel::PlatformIntervention, vec!["jd.dispute.3", rule])
            } else {
                (Channel::Complaint12315, vec![rule, "cn.cpl.39"])
            };
        }
        return (Channel::PlatformIntervention, vec![]);
    }
    let last_event = case.events.iter().max_by_key(|event| event.on).map(|event| event.kind);
    let after_sales_cancelled = case.completed_on.is_some() && last_event == Some(EventKind::Cancelled);
    if let Some(rule) = ctx.platform_rule("taobao.aftersales.once").filter(|_| after_sales_cancelled) {
        // After 交易成功 the one after-sales chance is used up: only the seller can still help.
        return (Channel::MerchantService, vec![rule]);
    }
    let escalation_passed = deadlines.iter().any(|deadline| {
        matches!(deadline.id.as_str(), "processing_escalation" | "refund_escalation") && case.today > deadline.on
    });
    if escalation_passed {
        return (Channel::Complaint12315, vec!["cn.no_reason.31"]);
    }
    if nothing_open {
        return (Channel::MerchantService, vec![]);
    }
    match case.platform {
        Platform::OfflineStore | Platform::Other => return (Channel::MerchantService, vec![]),
        Platform::BrandOfficial => return (Channel::PlatformAfterSales, vec![]),
        _ => {}
    }
    if let (Some(rule), Some(completed)) = (ctx.platform_rule("taobao.aftersales.15"), case.completed_on) {
        if !ctx.open(ctx.period(completed, rule)) {
            let mut basis = vec![rule];
            if matches!(ctx.route, Route::Quality | Route::NotReceived) {
                basis.push("taobao.dispute.5");
            }
            return (Channel::MerchantService, basis);
        }
    }
    (Channel::PlatformAfterSales, vec![])
}

/// What to collect, most important first.
pub(crate) fn evidence(ctx: &Ctx) -> Vec<Evidence> {
    use Evidence::*;
    let case = ctx.case;
    let mut list: Vec<Evidence> = match ctx.route {
        Route::NoFault if !ctx.received() => vec![OrderScreenshot, ChatLog, LogisticsProof],
        Route::NoFault => vec![OrderScreenshot, Photos, ChatLog],
        Route::NotReceived | Route::Late => vec![LogisticsProof, OrderScreenshot, ChatLog],
        Route::Counterfeit => {
            vec![InspectionReport, Photos, OrderScreenshot, ChatLog, PolicyScreenshot, PackagingLabel]
        }
        Route::UnsafeFood => vec![Photos, PackagingLabel, OrderScreenshot, InspectionReport, Video, ChatLog],
        Route::Quality => match case.problem {
            Problem::DamagedInTransit => vec![Video, Photos, LogisticsProof, OrderScreenshot, ChatLog],
            Problem::NotAsDescribed => vec![Photos, PolicyScreenshot, OrderScreenshot, ChatLog],
            Problem::Malfunction => vec![Video, Photos, OrderScreenshot, ChatLog],
            _ => vec![Photos, Video, OrderScreenshot, ChatLog],
        },
    };
    let faulty = matches!(ctx.route, Route::Quality | Route::Counterfeit);
    let mut add = |item: Evidence| {
        if !list.contains(&item) {
            list.push(item);
        }
    };
    if faulty && ctx.sanbao() {
        add(Invoice);
        add(WarrantyCard);
        add(InspectionReport);
    }
    if faulty && case.category == Category::SmallAppliance {
        add(Invoice);
    }
    if faulty && case.category == Category::Medicine {
        add(InspectionReport);
    }
    if case.failed_repairs > 0 {
        add(RepairRecords);
    }
    if matches!(case.category, Category::Clothing | Category::Underwear | Category::ShoesBags)
        && ctx.route == Route::NoFault
    {
        add(Tags);
    }
    if matches!(case.category, Category::Food | Category::FreshFood | Category::Cosmetics | Category::Medicine) {
        add(PackagingLabel);
    }
    let merchant = case.merchant;
    if merchant.no_reason_days.is_some()
        || merchant.warranty_days.is_some()
        || merchant.no_reason_even_if_excluded
        || merchant.return_shipping_insurance
        || merchant.counterfeit_multiple.is_some()
        || merchant.allergy_returns
        || merchant.price_protection_days.is_some()
    {
        add(PolicyScreenshot);
    }
    if case.events.iter().any(|event| event.kind == EventKind::ReturnShipped) {
        add(LogisticsProof);
    }
    if case.livestream {
        // What the host said is the description itself when the goods differ from it or are fake.
        let at = if matches!(case.problem, Problem::NotAsDescribed | Problem::Counterfeit) { 1 } else { list.len() };
        list.insert(at.min(list.len()), LivestreamRecording);
    }
    list
}

/// Rule ids of tips that fit the case: the category's guide, the platform's own notes, the seller and the
/// livestream, and what the shop's promises really give.
pub(crate) fn notes(ctx: &Ctx, remedies: &Remedies) -> Vec<String> {
    let case = ctx.case;
    let guide = match case.category {
        Category::Electronics => Some("guide.electronics"),
        Category::Appliance | Category::SmallAppliance => Some("guide.appliance"),
        Category::Clothing => Some("guide.clothing"),
        Category::ShoesBags => Some("guide.shoes_bags"),
        Category::Underwear => Some("guide.underwear"),
        Category::Food => Some("guide.food"),
        Category::FreshFood => Some("guide.fresh_food"),
        Category::Cosmetics => Some("guide.cosmetics"),
        Category::Medicine => Some("guide.medicine"),
        Category::Furniture => Some("guide.furniture"),
        Category::Jewelry => Some("guide.jewelry"),
        Category::CustomMade => Some("guide.custom_made"),
        Category::DigitalContent => Some("guide.digital"),
        Category::General | Category::Newspaper => None,
    };
    let platform_notes = [
        ctx.platform_rule("pdd.aftersales.types"),
        ctx.platform_rule("meituan.groupbuy"),
        ctx.platform_rule("tmall.allergy")
            .filter(|_| case.platform == Platform::Tmall && case.category == Category::Cosmetics),
        ctx.platform_rule("brand.joint_warranty").filter(|_| ctx.sanbao()),
        ctx.platform_rule("alibaba.wholesale").filter(|_| case.for_business),
    ];
    guide
        .into_iter()
        .chain(platform_notes.into_iter().flatten())
        .chain(super::platforms::notes(ctx))
        .chain(super::promises::notes(remedies))
        .map(String::from)
        .collect()
}
