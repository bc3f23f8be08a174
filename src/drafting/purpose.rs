use serde::{Deserialize, Serialize};

use super::templates;
use crate::lang::Lang;
use crate::rules::{Case, Channel, TicketStatus};

/// Why a draft is not offered; the page says it in place of the draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotOffered {
    /// A buyer who bought for a business is not a consumer: no 12315 complaint, no consumer association.
    NotAConsumer,
    /// The ticket is not submitted yet: nothing to withdraw or change by letter.
    NotFiled,
}

/// What a draft is for. The ids are stable: stored cases (`SentDraft::purpose`) and templates use them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// The platform's after-sales form: 售后原因说明 + 期望解决方案, within the form's length limit.
    PlatformTicket,
    /// The first message to the merchant's customer service.
    #[serde(rename = "merchant_message")]
    MerchantFirstMessage,
    /// A polite reminder once a promise or a deadline has passed.
    #[serde(rename = "follow_up")]
    MerchantFollowUp,
    RefusalReply,
    /// 淘宝介入 / 京东介入 / ...
    PlatformIntervention,
    #[serde(rename = "complaint_12315")]
    Complaint12315,
    Heimao,
    /// A mediation request to a consumer association (消费者协会).
    ConsumerAssociation,
    /// Cancelling an after-sales ticket already filed.
    CancelRequest,
    /// Changing an after-sales ticket already filed.
    ModifyRequest,
}

impl Purpose {
    pub const ALL: [Purpose; 10] = [
        Purpose::PlatformTicket,
        Purpose::MerchantFirstMessage,
        Purpose::MerchantFollowUp,
        Purpose::RefusalReply,
        Purpose::PlatformIntervention,
        Purpose::Complaint12315,
        Purpose::Heimao,
        Purpose::ConsumerAssociation,
        Purpose::CancelRequest,
        Purpose::ModifyRequest,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Purpose::PlatformTicket => "platform_ticket",
            Purpose::MerchantFirstMessage => "merchant_message",
            Purpose::MerchantFollowUp => "follow_up",
            Purpose::RefusalReply => "refusal_reply",
            Purpose::PlatformIntervention => "platform_intervention",
            Purpose::Complaint12315 => "complaint_12315",
            Purpose::Heimao => "heimao",
            Purpose::ConsumerAssociation => "consumer_association",
            Purpose::CancelRequest => "cancel_request",
            Purpose::ModifyRequest => "modify_request",
        }
    }

    pub fn from_id(id: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|purpose| purpose.id() == id)
    }

    /// What the draft is, as the page lists it, e.g. 12315投诉.
    pub fn title(self, lang: Lang) -> &'static str {
        templates::get(lang).purposes[&self].title
    }

    /// The language the draft is sent in, whatever the screen's: every recipient here (a Chinese shop,
    /// platform or agency) reads Chinese. The page may switch one draft to English for a rare exception.
    pub fn recipient_lang(self) -> Lang {
        Lang::ZhCn
    }

    /// Where the draft is sent.
    pub fn channel(self) -> Channel {
        match self {
            Purpose::PlatformTicket | Purpose::CancelRequest | Purpose::ModifyRequest => Channel::PlatformAfterSales,
            Purpose::MerchantFirstMessage | Purpose::MerchantFollowUp | Purpose::RefusalReply => {
                Channel::MerchantService
            }
            Purpose::PlatformIntervention => Channel::PlatformIntervention,
            Purpose::Complaint12315 => Channel::Complaint12315,
            Purpose::Heimao => Channel::Heimao,
            Purpose::ConsumerAssociation => Channel::ConsumerAssociation,
        }
    }

    /// The draft to start with for the channel a decision names; a court needs no draft from here.
    pub fn for_channel(channel: Channel) -> Option<Purpose> {
        match channel {
            Channel::PlatformAfterSales => Some(Purpose::PlatformTicket),
            Channel::MerchantService => Some(Purpose::MerchantFirstMessage),
            Channel::PlatformIntervention => Some(Purpose::PlatformIntervention),
            Channel::Complaint12315 => Some(Purpose::Complaint12315),
            Channel::ConsumerAssociation => Some(Purpose::ConsumerAssociation),
            Channel::Heimao => Some(Purpose::Heimao),
            Channel::Court => None,
        }
    }

    /// The draft of the buyer's first request: the chosen channel's (选择渠道), else the platform's form.
    pub fn first_request(chosen: Option<Channel>) -> Purpose {
        chosen.and_then(Purpose::for_channel).unwrap_or(Purpose::PlatformTicket)
    }

    /// Why this draft is not offered for the case, if it is not: 12315 does not accept a complaint from a
    /// buyer who bought for a business (投诉举报处理暂行办法 Art. 15), and a consumer association mediates
    /// for consumers only (消法 Art. 2, 37); a ticket still in draft is changed or deleted on the platform,
    /// with no letter to anyone.
    pub fn not_offered(self, case: &Case, status: TicketStatus) -> Option<NotOffered> {
        match self {
            Purpose::Complaint12315 | Purpose::ConsumerAssociation if case.for_business => {
                Some(NotOffered::NotAConsumer)
            }
            Purpose::CancelRequest | Purpose::ModifyRequest if status == TicketStatus::Draft => {
                Some(NotOffered::NotFiled)
            }
            _ => None,
        }
    }

    /// Whether the draft may claim the statutory compensation a decision gives. Platforms do not rule on
    /// it (淘宝平台争议处理规则 Art. 6), so platform drafts leave it out; the merchant, the authorities and
    /// 黑猫 get it.
    pub(crate) fn claims_compensation(self) -> bool {
        matches!(
            self,
            Purpose::MerchantFirstMessage
                | Purpose::RefusalReply
                | Purpose::Complaint12315
                | Purpose::Heimao
                | Purpose::ConsumerAssociation
        )
    }
}
