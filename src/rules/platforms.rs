//! Who sold the item and how it was bought: 京东自营 versus a shop on JD, JD's own windows for reporting a
//! defect, Douyin's after-sales, and livestream purchases (who answers as the seller, the recording as evidence).

use super::case::Category;
use super::context::{Ctx, Route};
use super::decision::Deadline;

/// JD's windows for reporting a defect, by category: the deadline id and the rule. Shorter than the law's
/// periods, which outlast them.
fn defect_windows_of(category: Category) -> &'static [(&'static str, &'static str)] {
    match category {
        Category::Electronics => {
            &[("platform_visible_defect", "jd.goods.visible_3c"), ("platform_subtle_defect", "jd.goods.subtle_3c")]
        }
        Category::Appliance | Category::Furniture => &[("platform_defect_notice", "jd.goods.notice_48h")],
        _ => &[],
    }
}

/// The platform's own windows for reporting a defect, counted from signing.
pub(crate) fn defect_windows(ctx: &Ctx) -> Vec<Deadline> {
    let (Route::Quality, Some(signed_on)) = (ctx.route, ctx.case.signed_on) else { return Vec::new() };
    defect_windows_of(ctx.case.category)
        .iter()
        .filter_map(|&(deadline, rule)| {
            let rule = ctx.platform_rule(rule)?;
            Some(ctx.deadline(deadline, ctx.period(signed_on, rule), vec![rule]))
        })
        .collect()
}

/// The rule that makes the platform the seller when it sold the item itself.
pub(crate) fn self_operated(ctx: &Ctx) -> Option<&'static str> {
    ctx.platform_rule("jd.self_operated").filter(|_| ctx.sold_by_platform())
}

/// Notes on the seller, the platform's after-sales and the livestream, as rule ids.
pub(crate) fn notes(ctx: &Ctx) -> Vec<&'static str> {
    let case = ctx.case;
    let window = (ctx.route == Route::Quality && case.signed_on.is_some())
        .then(|| defect_windows_of(case.category).first().and_then(|&(_, rule)| ctx.platform_rule(rule)))
        .flatten();
    let livestream: &[&'static str] = if case.livestream { &["cn.spc_online.12", "cn.online_trading.20"] } else { &[] };
    [self_operated(ctx), window, ctx.platform_rule("douyin.aftersales.types")]
        .into_iter()
        .flatten()
        .chain(livestream.iter().copied())
        // Douyin sells mostly through livestreams: where the buyer did not say, the same law as a reminder.
        .chain(ctx.platform_rule("douyin.livestream").filter(|_| !case.livestream))
        .collect()
}
