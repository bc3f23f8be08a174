//! The seeds' guidance (steps, tips, tables, FAQ, category notes, channels, click paths) as data, one
//! file a language under data/guide/, which src/build.rs checks and writes out as the statics below. Typed
//! here so a missing or misspelt entry fails the build or its tests, not the buyer's screen.

use serde::Serialize;

use crate::lang::Lang;
use crate::rules::{Category, Channel, Evidence, Platform};

#[derive(Debug)]
pub struct Guide {
    pub steps: Steps,
    pub tables: &'static [Table],
    pub faqs: &'static [Faq],
    pub categories: &'static [CategoryNote],
    pub evidence: &'static [EvidenceGuide],
    pub channels: &'static [ChannelGuide],
    pub click_paths: &'static [ClickPath],
    pub platform_notes: &'static [PlatformNote],
    pub dispute: DisputeGuide,
    pub cancel: CancelGuide,
}

#[derive(Debug)]
pub struct Start {
    pub lead: &'static str,
    pub does: &'static [&'static str],
    /// The seven steps of the guide, in the seeds' order.
    pub walk: &'static [Point],
    pub privacy: &'static str,
}

#[derive(Debug)]
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

#[derive(Debug)]
pub struct StepGuide {
    pub title: &'static str,
    pub intro: &'static str,
    pub points: &'static [Point],
}

#[derive(Debug)]
pub struct Point {
    pub title: &'static str,
    pub text: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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

#[derive(Debug)]
pub struct Table {
    pub id: TableId,
    pub caption: &'static str,
    pub head: &'static [&'static str],
    pub rows: &'static [&'static [&'static str]],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

#[derive(Debug)]
pub struct Faq {
    pub id: FaqId,
    pub question: &'static str,
    pub items: &'static [&'static str],
}

#[derive(Debug)]
pub struct CategoryNote {
    pub categories: &'static [Category],
    pub title: &'static str,
    pub notes: &'static [&'static str],
}

#[derive(Debug)]
pub struct EvidenceGuide {
    pub evidence: Evidence,
    /// The kinds of goods this advice is for; the general advice when empty.
    pub categories: &'static [Category],
    pub name: &'static str,
    pub why: &'static str,
    pub how: &'static str,
}

#[derive(Debug)]
pub struct ChannelGuide {
    /// `None` for social media, which the rules never recommend but the seeds list as a channel.
    pub channel: Option<Channel>,
    pub name: &'static str,
    pub what: &'static str,
    pub pros: &'static [&'static str],
    pub cons: &'static [&'static str],
    /// Drawbacks on some platforms only (Taobao's one after-sales request).
    pub platform_cons: &'static [PlatformCon],
    pub needs: &'static [&'static str],
}

#[derive(Debug)]
pub struct PlatformCon {
    pub platforms: &'static [Platform],
    pub text: &'static str,
}

impl ChannelGuide {
    /// The drawbacks on the case's platform: the general ones, then the platform's own.
    pub fn cons_on(&self, platform: Option<Platform>) -> Vec<&'static str> {
        let own = self.platform_cons.iter().filter(move |con| platform.is_some_and(|p| con.platforms.contains(&p)));
        self.cons.iter().copied().chain(own.map(|con| con.text)).collect()
    }
}

#[derive(Debug)]
pub struct ClickPath {
    pub platform: Platform,
    pub steps: &'static [&'static str],
    pub notes: &'static [&'static str],
}

#[derive(Debug)]
pub struct PlatformNote {
    pub platforms: &'static [Platform],
    /// The categories it applies to; every category when empty.
    pub categories: &'static [Category],
    pub title: &'static str,
    pub sections: &'static [Section],
}

#[derive(Debug)]
pub struct Section {
    pub title: &'static str,
    pub items: &'static [&'static str],
}

#[derive(Debug)]
pub struct DisputeGuide {
    pub problems: &'static [Point],
    pub tips: &'static [Point],
    pub ladder: &'static [Rung],
}

#[derive(Debug)]
pub struct Rung {
    pub channel: Channel,
    pub title: &'static str,
    pub when: &'static str,
    pub needs: &'static [&'static str],
}

/// The seeds' four ticket states for withdrawing (plus "refused": escalate instead, and "finished": nothing left
/// to withdraw).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelClass {
    Pending,
    Reviewing,
    Approved,
    Processing,
    Refused,
    Finished,
}

#[derive(Debug)]
pub struct CancelGuide {
    pub statuses: &'static [CancelStatus],
    pub ways: &'static [Point],
    pub problems: &'static [Point],
    pub after: &'static [Point],
    pub avoid: &'static [Point],
}

#[derive(Debug)]
pub struct CancelStatus {
    pub class: CancelClass,
    pub title: &'static str,
    pub text: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/guide.rs"));

/// The guide in one language.
pub fn guide(lang: Lang) -> &'static Guide {
    match lang {
        Lang::ZhCn => &ZH_CN,
        Lang::En => &EN,
    }
}

/// The start page's part of the guide.
pub fn start_guide(lang: Lang) -> &'static Start {
    match lang {
        Lang::ZhCn => &START_ZH_CN,
        Lang::En => &START_EN,
    }
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

    /// The evidence's name and its general advice.
    pub fn evidence(&self, evidence: Evidence) -> Option<&EvidenceGuide> {
        self.evidence_for(evidence, None)
    }

    /// The evidence's advice for this kind of goods (a video of a phone differs from one of a jacket),
    /// else the general advice.
    pub fn evidence_for(&self, evidence: Evidence, category: Option<Category>) -> Option<&EvidenceGuide> {
        let mut items = self.evidence.iter().filter(move |item| item.evidence == evidence);
        let for_category =
            items.clone().find(|item| category.is_some_and(|category| item.categories.contains(&category)));
        for_category.or_else(|| items.find(|item| item.categories.is_empty()))
    }

    pub fn channel(&self, channel: Channel) -> Option<&ChannelGuide> {
        self.channels.iter().find(|item| item.channel == Some(channel))
    }

    pub fn click_path(&self, platform: Platform) -> Option<&ClickPath> {
        self.click_paths.iter().find(|path| path.platform == platform)
    }

    /// The platform's notes that apply to the case's category (a note for some categories only is left out
    /// while the category is not known).
    pub fn platform_notes(
        &self,
        platform: Platform,
        category: Option<Category>,
    ) -> impl Iterator<Item = &PlatformNote> {
        self.platform_notes.iter().filter(move |note| {
            note.platforms.contains(&platform)
                && (note.categories.is_empty() || category.is_some_and(|category| note.categories.contains(&category)))
        })
    }

    pub fn cancel_status(&self, class: CancelClass) -> Option<&CancelStatus> {
        self.cancel.statuses.iter().find(|status| status.class == class)
    }
}
