use serde::Serialize;

use super::Unknown;
use crate::read_fields::read_fields_over_default;
use crate::rules::Remedy;

/// What the ticket and the drafts need beyond the case: typed by the buyer, never invented.
/// An empty string is a fact not yet given; drafts show it as a placeholder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Facts {
    pub buyer_name: String,
    pub phone: String,
    pub address: String,
    pub order_no: String,
    pub item_name: String,
    pub spec: String,
    pub quantity: String,
    pub shop_name: String,
    /// The merchant's registered name and address, from the shop's business licence page.
    pub merchant_name: String,
    pub merchant_address: String,
    /// The province, city and district of the merchant's registered address (12315 asks for it).
    pub merchant_region: String,
    /// What is wrong, in the buyer's words.
    pub description: String,
    /// For an exchange: the size, colour or model wanted instead.
    pub exchange_for: String,
    pub ticket_no: String,
    /// The merchant's stated reason for refusing, if it refused.
    pub refusal_reason: String,
    /// The amount asked back, in yuan as typed; never above what was paid.
    pub requested_yuan: String,
    /// The remedy the buyer asks for; `None` follows the decision's recommendation.
    pub wanted_remedy: Option<Remedy>,
    /// For a request to withdraw the ticket: why.
    pub cancel_reason: String,
    /// For a request to change the ticket: what to change.
    pub change: String,
    /// A partial refund the shop offered, in yuan as typed (keeping the item).
    pub offered_yuan: String,
    /// Fields a newer version wrote that this one does not know, written back as they were read.
    #[serde(flatten)]
    pub unknown: Unknown,
}

read_fields_over_default!(Facts keep unknown {
    buyer_name,
    phone,
    address,
    order_no,
    item_name,
    spec,
    quantity,
    shop_name,
    merchant_name,
    merchant_address,
    merchant_region,
    description,
    exchange_for,
    ticket_no,
    refusal_reason,
    requested_yuan,
    wanted_remedy,
    cancel_reason,
    change,
    offered_yuan,
});
