//! The seeds' guidance (steps, tips, tables, FAQ, category notes, channels, click paths) as data, one
//! file a language under data/guide/. Typed here so a missing or misspelt entry fails the build's tests,
//! not the buyer's screen.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::rules::{Category, Channel, Evidence, Platform};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub start: Start,
    pub steps: Steps,
    pub tables: Vec<Table>,
    pub faqs: Vec<Faq>,
    pub categories: Vec<CategoryNote>,
    pub evidence: Vec<EvidenceGuide>,
    pub channels: Vec<ChannelGuide>,
    pub click_paths: Vec<ClickPath>,
    pub platform_notes: Vec<PlatformNote>,
    pub dispute: DisputeGuide,
    pub cancel: CancelGuide,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Start {
    pub lead: String,
    pub does: Vec<String>,
    /// The seven steps of the guide, in the seeds' order.
    pub walk: Vec<Point>,
    pub privacy: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Steps {
    pub policy: StepGuide,
    pub evidence: StepGuide,
    pub channel: StepGuide,
    pub ticket: StepGuide,
    pub progress: StepGuide,
    pub dispute: StepGuide,
    pub cancel: StepGuide,
    pub close: StepGuide,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepGuide {
    pub title: String,
    pub intro: String,
    pub points: Vec<Point>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TableId {
    TicketInfo,
    CommonProblems,
    ProcessingTime,
    CancelByStatus,
    CancelTechniques,
    UnsatisfiedOptions,
    WarrantyEffect,
    CancelByIndustry,
}

impl TableId {
    pub const ALL: [TableId; 8] = [
        TableId::TicketInfo,
        TableId::CommonProblems,
        TableId::ProcessingTime,
        TableId::CancelByStatus,
        TableId::CancelTechniques,
        TableId::UnsatisfiedOptions,
        TableId::WarrantyEffect,
        TableId::CancelByIndustry,
    ];
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub id: TableId,
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FaqId {
    HowToApply,
    HowLong,
    Refused,
    ApplyLimit,
    CanCancel,
    Modify,
    Warranty,
    Unsatisfied,
}

impl FaqId {
    pub const ALL: [FaqId; 8] = [
        FaqId::HowToApply,
        FaqId::HowLong,
        FaqId::Refused,
        FaqId::ApplyLimit,
        FaqId::CanCancel,
        FaqId::Modify,
        FaqId::Warranty,
        FaqId::Unsatisfied,
    ];
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub id: FaqId,
    pub question: String,
    pub items: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryNote {
    pub categories: Vec<Category>,
    pub title: String,
    pub notes: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceGuide {
    pub evidence: Evidence,
    pub name: String,
    pub why: String,
    pub how: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelGuide {
    /// `None` for social media, which the rules never recommend but the seeds list as a channel.
    pub channel: Option<Channel>,
    pub name: String,
    pub what: String,
    pub pros: Vec<String>,
    pub cons: Vec<String>,
    pub needs: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClickPath {
    pub platform: Platform,
    pub steps: Vec<String>,
    pub notes: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlatformNote {
    pub platforms: Vec<Platform>,
    pub title: String,
    pub sections: Vec<Section>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub title: String,
    pub items: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisputeGuide {
    pub problems: Vec<Point>,
    pub tips: Vec<Point>,
    pub ladder: Vec<Rung>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rung {
    pub channel: Channel,
    pub title: String,
    pub when: String,
    pub needs: Vec<String>,
}

/// The seeds' four ticket states for withdrawing (plus "finished": nothing left to withdraw).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CancelClass {
    Pending,
    Reviewing,
    Approved,
    Processing,
    Finished,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CancelGuide {
    pub statuses: Vec<CancelStatus>,
    pub ways: Vec<Point>,
    pub problems: Vec<Point>,
    pub after: Vec<Point>,
    pub avoid: Vec<Point>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CancelStatus {
    pub class: CancelClass,
    pub title: String,
    pub text: String,
}

const ZH_CN: &str = include_str!(concat!(env!("OUT_DIR"), "/guide/zh-CN.json"));
const EN: &str = include_str!(concat!(env!("OUT_DIR"), "/guide/en.json"));

/// Parses a guide file; the tests call it on both languages so a broken file never ships.
pub fn parse(text: &str) -> Result<Guide, serde_json::Error> {
    serde_json::from_str(text)
}

/// The guide in one language, parsed once.
pub fn guide(lang: Lang) -> &'static Guide {
    static ZH: OnceLock<Guide> = OnceLock::new();
    static EN_GUIDE: OnceLock<Guide> = OnceLock::new();
    let (cell, text) = match lang {
        Lang::ZhCn => (&ZH, ZH_CN),
        Lang::En => (&EN_GUIDE, EN),
    };
    cell.get_or_init(|| parse(text).expect("data/guide is checked by tests/guide_data.rs"))
}

impl Guide {
    pub fn table(&self, id: TableId) -> Option<&Table> {
        self.tables.iter().find(|table| table.id == id)
    }

    pub fn faq(&self, id: FaqId) -> Option<&Faq> {
        self.faqs.iter().find(|faq| faq.id == id)
    }

    pub fn category_note(&self, category: Category) -> Option<&CategoryNote> {
        self.categories.iter().find(|note| note.categories.contains(&category))
    }

    pub fn evidence(&self, evidence: Evidence) -> Option<&EvidenceGuide> {
        self.evidence.iter().find(|item| item.evidence == evidence)
    }

    pub fn channel(&self, channel: Channel) -> Option<&ChannelGuide> {
        self.channels.iter().find(|item| item.channel == Some(channel))
    }

    pub fn click_path(&self, platform: Platform) -> Option<&ClickPath> {
        self.click_paths.iter().find(|path| path.platform == platform)
    }

    pub fn platform_notes(&self, platform: Platform) -> impl Iterator<Item = &PlatformNote> {
        self.platform_notes.iter().filter(move |note| note.platforms.contains(&platform))
    }

    pub fn cancel_status(&self, class: CancelClass) -> Option<&CancelStatus> {
        self.cancel.statuses.iter().find(|status| status.class == class)
    }
}
