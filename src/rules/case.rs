//! The buyer's case: the input of `evaluate`, exactly as docs/CONTRACT.md section 1.1 names it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::by_id::deserialize_by_id;
use crate::read_fields::read_fields;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Taobao,
    Tmall,
    Jd,
    Pinduoduo,
    #[serde(rename = "alibaba_1688")]
    Alibaba1688,
    Douyin,
    Meituan,
    BrandOfficial,
    OfflineStore,
    Other,
}

impl Platform {
    pub const ALL: [Platform; 10] = [
        Platform::Taobao,
        Platform::Tmall,
        Platform::Jd,
        Platform::Pinduoduo,
        Platform::Alibaba1688,
        Platform::Douyin,
        Platform::Meituan,
        Platform::BrandOfficial,
        Platform::OfflineStore,
        Platform::Other,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    General,
    Electronics,
    Appliance,
    /// Small appliances outside the 三包 catalogue (air fryers, rice cookers, hair dryers).
    SmallAppliance,
    Clothing,
    Underwear,
    ShoesBags,
    Food,
    FreshFood,
    Cosmetics,
    Medicine,
    Furniture,
    Jewelry,
    CustomMade,
    DigitalContent,
    Newspaper,
}

impl Category {
    pub const ALL: [Category; 16] = [
        Category::General,
        Category::Electronics,
        Category::Appliance,
        Category::SmallAppliance,
        Category::Clothing,
        Category::Underwear,
        Category::ShoesBags,
        Category::Food,
        Category::FreshFood,
        Category::Cosmetics,
        Category::Medicine,
        Category::Furniture,
        Category::Jewelry,
        Category::CustomMade,
        Category::DigitalContent,
        Category::Newspaper,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    ChangedMind,
    SizeFit,
    OrderedByMistake,
    QualityDefect,
    Malfunction,
    NotAsDescribed,
    WrongItem,
    MissingParts,
    DamagedInTransit,
    NotReceived,
    Counterfeit,
    UnsafeFood,
    LateDelivery,
}

impl Problem {
    /// A problem the buyer can only have once the goods arrived (the rules read a case without `signed_on`
    /// as not received).
    pub fn needs_the_goods(self) -> bool {
        !matches!(self, Problem::ChangedMind | Problem::OrderedByMistake | Problem::NotReceived | Problem::LateDelivery)
    }

    pub const ALL: [Problem; 13] = [
        Problem::ChangedMind,
        Problem::SizeFit,
        Problem::OrderedByMistake,
        Problem::QualityDefect,
        Problem::Malfunction,
        Problem::NotAsDescribed,
        Problem::WrongItem,
        Problem::MissingParts,
        Problem::DamagedInTransit,
        Problem::NotReceived,
        Problem::Counterfeit,
        Problem::UnsafeFood,
        Problem::LateDelivery,
    ];
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Goods {
    pub opened: bool,
    pub seal_broken: bool,
    pub tags_removed: bool,
    pub used: bool,
    pub activated: bool,
    pub damaged_by_buyer: bool,
}

read_fields!(strict Goods {
    opened: default,
    seal_broken: default,
    tags_removed: default,
    used: default,
    activated: default,
    damaged_by_buyer: default,
});

/// Who sold the item: the platform itself (京东自营) or a shop on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SoldBy {
    Platform,
    Shop,
}

impl SoldBy {
    pub const ALL: [SoldBy; 2] = [SoldBy::Platform, SoldBy::Shop];
}

/// Part of a bundle, a gift offer or a 满减 order going back (七日办法 Arts. 12, 15-17).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartialReturn {
    /// What the goods the buyer keeps cost on their own: their item prices, with only the offers they still
    /// qualify for without the goods sent back.
    pub kept_fen: u64,
    /// The price the shop stated beforehand for a gift the buyer keeps or cannot send back; 0 when every
    /// gift goes back.
    #[serde(default)]
    pub gift_kept_fen: u64,
}

/// The shop's own promises. They can add to the law, never take from it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Merchant {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_reason_days: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warranty_days: Option<u32>,
    pub return_shipping_insurance: bool,
    pub no_reason_even_if_excluded: bool,
    pub buyer_confirmed_no_return_at_checkout: bool,
    /// 假一赔N: N times the price for a fake (Tmall's 假一赔四: 4).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counterfeit_multiple: Option<u32>,
    /// 过敏包退: an allergy is reason enough to return.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub allergy_returns: bool,
    /// 价保: days after payment in which a price cut is refunded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price_protection_days: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Requested,
    SellerRefused,
    SellerAgreed,
    ReturnShipped,
    ReturnReceived,
    Refunded,
    ComplaintFiled,
    Cancelled,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub kind: EventKind,
    pub on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub platform: Platform,
    pub category: Category,
    pub problem: Problem,
    pub paid_on: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_on: Option<NaiveDate>,
    pub today: NaiveDate,
    pub paid_fen: u64,
    #[serde(default)]
    pub goods: Goods,
    #[serde(default)]
    pub failed_repairs: u32,
    #[serde(default)]
    pub merchant: Merchant,
    #[serde(default)]
    pub for_business: bool,
    #[serde(default)]
    pub events: Vec<Event>,
    /// The platform itself or a shop on it; absent when the buyer did not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sold_by: Option<SoldBy>,
    /// Bought in a livestream (直播间下单).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub livestream: bool,
    /// 先用后付 or 货到付款: the buyer pays on or after signing, so `signed_on` may come before `paid_on`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pay_after_delivery: bool,
    /// Only part of the order goes back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial_return: Option<PartialReturn>,
}

deserialize_by_id!(Platform, Category, Problem, SoldBy);
