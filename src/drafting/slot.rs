use serde::{Deserialize, Serialize};

use super::templates;
use crate::lang::Lang;
use crate::record::Facts;

/// A value a draft needs from the buyer or the page. When it is not given, the draft shows a visible
/// placeholder (【订单号】, [order number]) and lists the slot in `Draft::missing`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Slot {
    BuyerName,
    Phone,
    Address,
    OrderNo,
    ItemName,
    Spec,
    Quantity,
    ShopName,
    MerchantName,
    MerchantAddress,
    Description,
    ExchangeFor,
    TicketNo,
    RefusalReason,
    /// The remedy asked for, when the decision recommends none and the page chose none.
    Demand,
    AnswerBy,
    Promise,
    PromisedOn,
    Change,
    CancelReason,
    /// The province, city and district the merchant is registered in: 12315 routes the complaint by it.
    MerchantRegion,
    /// What happened when the buyer contacted the shop, when the record holds nothing of it.
    Negotiation,
    OfferedYuan,
}

impl Slot {
    pub const ALL: [Slot; 23] = [
        Slot::BuyerName,
        Slot::Phone,
        Slot::Address,
        Slot::OrderNo,
        Slot::ItemName,
        Slot::Spec,
        Slot::Quantity,
        Slot::ShopName,
        Slot::MerchantName,
        Slot::MerchantAddress,
        Slot::Description,
        Slot::ExchangeFor,
        Slot::TicketNo,
        Slot::RefusalReason,
        Slot::Demand,
        Slot::AnswerBy,
        Slot::Promise,
        Slot::PromisedOn,
        Slot::Change,
        Slot::CancelReason,
        Slot::MerchantRegion,
        Slot::Negotiation,
        Slot::OfferedYuan,
    ];

    /// The stable id: the `Facts` member or `DraftOptions` member it comes from, or `demand`.
    pub fn id(self) -> &'static str {
        match self {
            Slot::BuyerName => "buyer_name",
            Slot::Phone => "phone",
            Slot::Address => "address",
            Slot::OrderNo => "order_no",
            Slot::ItemName => "item_name",
            Slot::Spec => "spec",
            Slot::Quantity => "quantity",
            Slot::ShopName => "shop_name",
            Slot::MerchantName => "merchant_name",
            Slot::MerchantAddress => "merchant_address",
            Slot::Description => "description",
            Slot::ExchangeFor => "exchange_for",
            Slot::TicketNo => "ticket_no",
            Slot::RefusalReason => "refusal_reason",
            Slot::Demand => "demand",
            Slot::AnswerBy => "answer_by",
            Slot::Promise => "promise",
            Slot::PromisedOn => "promised_on",
            Slot::Change => "change",
            Slot::CancelReason => "cancel_reason",
            Slot::MerchantRegion => "merchant_region",
            Slot::Negotiation => "negotiation",
            Slot::OfferedYuan => "offered_yuan",
        }
    }

    /// What the buyer is asked to fill in, e.g. 订单号 / order number.
    pub fn label(self, lang: Lang) -> &'static str {
        templates::get(lang).slot_label(self)
    }

    /// How the slot shows in a draft while it is missing, e.g. 【订单号】 / [order number].
    pub fn placeholder(self, lang: Lang) -> String {
        let words = templates::get(lang);
        words.placeholder.replace("{label}", words.slot_label(self))
    }

    /// The buyer's text for a `Facts` member, trimmed; `None` for slots that are not facts.
    pub fn fact(self, facts: &Facts) -> Option<&str> {
        let value = match self {
            Slot::BuyerName => &facts.buyer_name,
            Slot::Phone => &facts.phone,
            Slot::Address => &facts.address,
            Slot::OrderNo => &facts.order_no,
            Slot::ItemName => &facts.item_name,
            Slot::Spec => &facts.spec,
            Slot::Quantity => &facts.quantity,
            Slot::ShopName => &facts.shop_name,
            Slot::MerchantName => &facts.merchant_name,
            Slot::MerchantAddress => &facts.merchant_address,
            Slot::Description => &facts.description,
            Slot::ExchangeFor => &facts.exchange_for,
            Slot::TicketNo => &facts.ticket_no,
            Slot::RefusalReason => &facts.refusal_reason,
            Slot::MerchantRegion => &facts.merchant_region,
            Slot::OfferedYuan => &facts.offered_yuan,
            Slot::Negotiation
            | Slot::Demand
            | Slot::AnswerBy
            | Slot::Promise
            | Slot::PromisedOn
            | Slot::Change
            | Slot::CancelReason => return None,
        };
        Some(value.trim())
    }
}
