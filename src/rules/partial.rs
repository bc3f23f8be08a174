//! A partial return from a bundle, a gift offer or a 满减 order (七日办法 Arts. 12, 15-17): the goods kept are
//! settled at their own price (多退少补), a gift kept is paid at the price the shop stated beforehand.

use super::case::Case;
use super::decision::PartialRefund;
use super::wording;
use crate::lang::Lang;

pub(crate) fn refund(case: &Case) -> Option<PartialRefund> {
    let partial = case.partial_return?;
    let refund_fen = case.paid_fen.saturating_sub(partial.kept_fen).saturating_sub(partial.gift_kept_fen);
    let basis = ["cn.no_reason.17", "cn.no_reason.12"];
    let why = |lang| wording::partial_refund(lang, case.paid_fen, partial, refund_fen);
    Some(PartialRefund {
        refund_fen,
        kept_fen: partial.kept_fen,
        gift_kept_fen: partial.gift_kept_fen,
        basis: basis.into_iter().map(String::from).collect(),
        why: why(Lang::ZhCn),
        why_en: why(Lang::En),
    })
}
