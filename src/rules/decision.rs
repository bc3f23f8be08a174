//! The decision: the output of `evaluate`, as docs/CONTRACT.md section 1.2 names it.
//! Fields may be added; the contract's names and meanings never change.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::by_id::deserialize_by_id;

use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Remedy {
    RefundOnly,
    ReturnRefund,
    Exchange,
    Repair,
}

impl Remedy {
    pub const ALL: [Remedy; 4] = [Remedy::RefundOnly, Remedy::ReturnRefund, Remedy::Exchange, Remedy::Repair];

    /// Whether the buyer says what the item is exchanged for (换货要换成).
    pub fn names_exchange_target(self) -> bool {
        self == Remedy::Exchange
    }

    /// Whether money comes back, so the buyer may name the amount asked (申请退款金额).
    pub fn refunds(self) -> bool {
        matches!(self, Remedy::RefundOnly | Remedy::ReturnRefund)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Ineligible,
    Conditional,
    Eligible,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shipping {
    Seller,
    Buyer,
    Insurance,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    PlatformAfterSales,
    MerchantService,
    PlatformIntervention,
    #[serde(rename = "complaint_12315")]
    Complaint12315,
    ConsumerAssociation,
    Heimao,
    Court,
}

impl Channel {
    pub const ALL: [Channel; 7] = [
        Channel::PlatformAfterSales,
        Channel::MerchantService,
        Channel::PlatformIntervention,
        Channel::Complaint12315,
        Channel::ConsumerAssociation,
        Channel::Heimao,
        Channel::Court,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    Photos,
    Video,
    OrderScreenshot,
    Invoice,
    ChatLog,
    InspectionReport,
    PackagingLabel,
    Tags,
    WarrantyCard,
    RepairRecords,
    LogisticsProof,
    PolicyScreenshot,
    LivestreamRecording,
}

impl Evidence {
    pub const ALL: [Evidence; 13] = [
        Evidence::Photos,
        Evidence::Video,
        Evidence::OrderScreenshot,
        Evidence::Invoice,
        Evidence::ChatLog,
        Evidence::InspectionReport,
        Evidence::PackagingLabel,
        Evidence::Tags,
        Evidence::WarrantyCard,
        Evidence::RepairRecords,
        Evidence::LogisticsProof,
        Evidence::PolicyScreenshot,
        Evidence::LivestreamRecording,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemedyVerdict {
    pub remedy: Remedy,
    pub verdict: Verdict,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping: Option<Shipping>,
    pub basis: Vec<String>,
    pub why: String,
    /// For `conditional`: what the buyer must confirm or prove, in Chinese.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
    /// `why` in English, for English screens.
    #[serde(default)]
    pub why_en: String,
    /// `needs` in English, item for item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs_en: Vec<String>,
}

impl RemedyVerdict {
    /// `why` in the reader's language.
    pub fn why_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn => &self.why,
            Lang::En => &self.why_en,
        }
    }

    /// `needs` in the reader's language.
    pub fn needs_in(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::ZhCn => &self.needs,
            Lang::En => &self.needs_en,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub id: String,
    pub on: NaiveDate,
    pub basis: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Compensation {
    pub basis: Vec<String>,
    pub multiple: u32,
    pub minimum_fen: u64,
    pub amount_fen: u64,
}

/// What a partial return refunds, and what goes back with it (七日办法 Arts. 12, 15-17).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartialRefund {
    /// What is paid back: the amount paid, less the kept goods at their own price, less a kept gift's price.
    pub refund_fen: u64,
    pub kept_fen: u64,
    pub gift_kept_fen: u64,
    pub basis: Vec<String>,
    /// In Chinese: the sum, and that accessories and gifts go back with the goods.
    pub why: String,
    pub why_en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub remedies: Vec<RemedyVerdict>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommended: Option<Remedy>,
    pub channel: Channel,
    pub evidence: Vec<Evidence>,
    pub deadlines: Vec<Deadline>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compensation: Option<Compensation>,
    /// The rules behind `channel` (e.g. `jd.dispute.7` when JD's intervention window has closed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channel_basis: Vec<String>,
    /// Rule ids of tips for this category and platform (`guide.electronics`, `douyin.livestream`, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Set when a date was counted in a year without the official holiday arrangement in the data: there the
    /// statutory holidays and weekends were counted (beyond the festival data, weekends only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar_note: Option<String>,
    /// `calendar_note` in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar_note_en: Option<String>,
    /// Set when only part of the order goes back (`partial_return` in the case) and a return is open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial_refund: Option<PartialRefund>,
}

impl Compensation {
    /// Whether the multiple is the shop's promise (假一赔N) rather than the law's.
    pub fn promised_by_shop(&self) -> bool {
        self.basis.iter().any(|id| super::pack::rule(id).is_some_and(|rule| rule.layer == super::pack::Layer::Merchant))
    }
}

impl Decision {
    /// `calendar_note` in the reader's language.
    pub fn calendar_note_in(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::ZhCn => self.calendar_note.as_deref(),
            Lang::En => self.calendar_note_en.as_deref(),
        }
    }
}

impl PartialRefund {
    /// `why` in the reader's language.
    pub fn why_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn => &self.why,
            Lang::En => &self.why_en,
        }
    }
}

deserialize_by_id!(Remedy, Channel, Evidence);
