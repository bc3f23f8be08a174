//! The rules core: given a buyer's case, what they may ask for, until when, who pays the postage,
//! what evidence to collect, where to go next, and why. Pure Rust, no browser and no clock.

mod case;
mod decision;
pub mod ticket;

pub use case::{Case, Category, Event, EventKind, Goods, Merchant, Platform, Problem};
pub use decision::{Channel, Compensation, Deadline, Decision, Evidence, Remedy, RemedyVerdict, Shipping, Verdict};
pub use ticket::TicketStatus;

/// Placeholder until the rules core lands (issue 3).
pub fn evaluate(_case: &Case) -> Decision {
    unimplemented!("rules core not built yet")
}
