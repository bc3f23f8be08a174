//! The after-sales ticket's life, from draft to closed.

use serde::{Deserialize, Serialize};

use super::case::EventKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketStatus {
    Draft,
    Submitted,
    PendingReview,
    InReview,
    Approved,
    ReturnShipped,
    MerchantReceived,
    Refunded,
    Exchanged,
    Repaired,
    Rejected,
    PlatformIntervention,
    Cancelled,
    Closed,
}

impl TicketStatus {
    pub const ALL: [TicketStatus; 14] = [
        TicketStatus::Draft,
        TicketStatus::Submitted,
        TicketStatus::PendingReview,
        TicketStatus::InReview,
        TicketStatus::Approved,
        TicketStatus::ReturnShipped,
        TicketStatus::MerchantReceived,
        TicketStatus::Refunded,
        TicketStatus::Exchanged,
        TicketStatus::Repaired,
        TicketStatus::Rejected,
        TicketStatus::PlatformIntervention,
        TicketStatus::Cancelled,
        TicketStatus::Closed,
    ];

    /// The contract event this status change records, if any.
    pub fn event_kind(self) -> Option<EventKind> {
        match self {
            TicketStatus::Submitted => Some(EventKind::Requested),
            TicketStatus::Rejected => Some(EventKind::SellerRefused),
            TicketStatus::Approved => Some(EventKind::SellerAgreed),
            TicketStatus::ReturnShipped => Some(EventKind::ReturnShipped),
            TicketStatus::MerchantReceived => Some(EventKind::ReturnReceived),
            TicketStatus::Refunded => Some(EventKind::Refunded),
            TicketStatus::Cancelled => Some(EventKind::Cancelled),
            _ => None,
        }
    }
}
