//! The choices the case form offers, in the order a buyer looks for them, and the contract id of each.

pub use crate::rules::{from_id, id_of};
use crate::rules::{Category, Platform, Problem, Remedy, TicketStatus};

pub const PLATFORMS: [Platform; 10] = Platform::ALL;

pub const CATEGORIES: [Category; 16] = [
    Category::General,
    Category::Clothing,
    Category::ShoesBags,
    Category::Underwear,
    Category::Electronics,
    Category::Appliance,
    Category::SmallAppliance,
    Category::Furniture,
    Category::Food,
    Category::FreshFood,
    Category::Cosmetics,
    Category::Medicine,
    Category::Jewelry,
    Category::CustomMade,
    Category::DigitalContent,
    Category::Newspaper,
];

pub const PROBLEMS: [Problem; 13] = [
    Problem::QualityDefect,
    Problem::Malfunction,
    Problem::NotAsDescribed,
    Problem::WrongItem,
    Problem::MissingParts,
    Problem::DamagedInTransit,
    Problem::NotReceived,
    Problem::LateDelivery,
    Problem::Counterfeit,
    Problem::UnsafeFood,
    Problem::ChangedMind,
    Problem::SizeFit,
    Problem::OrderedByMistake,
];

pub const REMEDIES: [Remedy; 4] = Remedy::ALL;

/// The statuses a buyer records after filing (everything but the draft).
pub fn recorded_statuses() -> impl Iterator<Item = TicketStatus> {
    TicketStatus::ALL.into_iter().filter(|status| *status != TicketStatus::Draft)
}
