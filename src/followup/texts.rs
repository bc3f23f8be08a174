//! The follow-up wording, one file per language: data/followup/zh-CN.json and en.json. Names of the
//! contract's ids, steps and evidence come from `i18n` (the screen strings and the seeds' guide). src/build.rs
//! checks the files and writes them out as the statics below.

use super::clocks::{Clock, ClockRule};
use crate::dates::format_day;
use crate::drafting::Purpose;
use crate::i18n::{guide, ui};
use crate::lang::Lang;
use crate::record::Step;
use crate::rules::{from_id, id_of, rule, Channel, Evidence, Layer, Rule, TicketStatus};
use chrono::NaiveDate;

#[derive(Debug)]
pub struct Texts {
    pub date_format: &'static str,
    pub full_date_format: &'static str,
    pub actions: ActionTexts,
    pub ics: IcsTexts,
    pub case_file: CaseFileTexts,
    pub checklist: ChecklistTexts,
    pub closing: ClosingTexts,
    /// What the buyer can do when the other side is late: ask the platform to step in, or 12315.
    pub escalate: EscalateTexts,
    /// The platforms' clocks by name, as the deadline lists show them.
    pub clock_names: ClockNames,
    /// "{n}天" and "{n}小时": a clock's length.
    pub limit_days: &'static str,
    pub limit_hours: &'static str,
    /// Who promised, when the log does not say.
    pub the_shop: &'static str,
    /// The plain sentence beside a number no rule text confirms, by the kind of source it comes from.
    pub unverified: UnverifiedTexts,
    /// The platform's own 7-day entry may close before a deadline 民法典 Art. 203 moved: `{closes}`,
    /// `{deadline}`.
    pub entry_may_close_early: &'static str,
    /// Ends a cited rule's name before that sentence: "。" or ". ".
    pub sentence_end: &'static str,
    /// What was promised, when the log gives only the day.
    pub promise_unnamed: &'static str,
}

#[derive(Debug)]
pub struct UnverifiedTexts {
    /// A state rule whose article the app has not checked word for word: the right itself stands.
    pub law: &'static str,
    /// A platform's help page, which the platform may change.
    pub platform: &'static str,
    pub merchant: &'static str,
    /// The seeds' typical figure.
    pub guide: &'static str,
}

#[derive(Debug)]
pub struct ActionText {
    pub title: &'static str,
    pub detail: &'static str,
}

#[derive(Debug)]
pub struct ActionTexts {
    pub seller_unprocessed: ActionText,
    pub refund_late: ActionText,
    pub refund_unprocessed: ActionText,
    pub review_slow: ActionText,
    pub clock_seller_handles_request: ActionText,
    pub clock_buyer_ships_return: ActionText,
    pub clock_seller_confirms_receipt: ActionText,
    pub clock_refund_after_receipt: ActionText,
    pub clock_buyer_asks_platform: ActionText,
    pub clock_buyer_ahead: ActionText,
    pub promise_overdue: ActionText,
    pub deadline: ActionText,
    pub platform_after_sales_closes: ActionText,
    /// Nothing is filed yet and the buyer chose a channel other than the platform's form: `{channel}`,
    /// `{draft}`.
    pub first_request_chosen: ActionText,
    pub status: StatusActions,
}

#[derive(Debug)]
pub struct StatusActions {
    pub draft: ActionText,
    pub submitted: ActionText,
    pub pending_review: ActionText,
    pub in_review: ActionText,
    pub approved: ActionText,
    pub return_shipped: ActionText,
    pub merchant_received: ActionText,
    pub rejected: ActionText,
    pub platform_intervention: ActionText,
    pub refunded: ActionText,
    pub exchanged: ActionText,
    pub repaired: ActionText,
    pub cancelled: ActionText,
    pub closed: ActionText,
}

#[derive(Debug)]
pub struct CaseFileTexts {
    pub heading: &'static str,
    pub made_on: &'static str,
    pub facts: &'static str,
    pub decision: &'static str,
    pub deadlines: &'static str,
    pub evidence: &'static str,
    pub timeline: &'static str,
    pub drafts: &'static str,
    pub closing: &'static str,
    pub buyer: &'static str,
    pub phone: &'static str,
    pub address: &'static str,
    pub order_no: &'static str,
    pub item: &'static str,
    pub shop: &'static str,
    pub merchant: &'static str,
    pub merchant_address: &'static str,
    pub platform: &'static str,
    pub category: &'static str,
    pub problem: &'static str,
    pub paid: &'static str,
    pub paid_on: &'static str,
    pub signed_on: &'static str,
    pub completed_on: &'static str,
    pub ticket_no: &'static str,
    pub return_tracking_no: &'static str,
    pub description: &'static str,
    pub refusal_reason: &'static str,
    pub recommended: &'static str,
    pub channel: &'static str,
    pub until: &'static str,
    pub basis: &'static str,
    pub compensation: &'static str,
    pub promise: &'static str,
    pub by: &'static str,
    /// After a promise's day once it passed unkept: "，已逾期{days}天".
    pub overdue_days: &'static str,
    pub refund_received: &'static str,
    pub print: &'static str,
    pub save: &'static str,
    pub incomplete: &'static str,
    /// The evidence files section (issue 16).
    pub files: &'static str,
    pub file_evidence: &'static str,
    pub file_added: &'static str,
    pub file_fingerprint: &'static str,
    pub file_location_removed: &'static str,
}

#[derive(Debug)]
pub struct ChecklistTexts {
    pub heading: &'static str,
    pub steps: &'static str,
    pub evidence: &'static str,
    pub deadlines: &'static str,
    pub next: &'static str,
    pub days_left: &'static str,
    pub passed: &'static str,
    pub today: &'static str,
    pub print: &'static str,
    pub open_case_file: &'static str,
    /// The case list's label of a case's next date.
    pub next_date: &'static str,
    /// The case list's label of a case's next action, when it is due before the next date.
    pub next_step: &'static str,
    /// The overview's button to the next action's step once the case is under way: "继续：{step}".
    pub continue_at: &'static str,
}

#[derive(Debug)]
pub struct IcsTexts {
    pub calendar_name: &'static str,
    pub summary: &'static str,
    pub promise: &'static str,
    /// A date named by whose it is: the other side's, the buyer's own, the authority's.
    pub seller_due: &'static str,
    pub buyer_due: &'static str,
    pub authority_due: &'static str,
    /// The reminder the day before, and the one on the day.
    pub alarm: &'static str,
    pub alarm_today: &'static str,
    /// The day a sent draft asked the other side to answer by.
    pub answer_due: &'static str,
}

#[derive(Debug)]
pub struct EscalateTexts {
    pub after_sales: &'static str,
    pub platform_intervention: &'static str,
    pub complaint_12315: &'static str,
}

#[derive(Debug)]
pub struct ClockNames {
    pub seller_handles_request: &'static str,
    pub buyer_ships_return: &'static str,
    pub seller_confirms_receipt: &'static str,
    pub refund_after_receipt: &'static str,
    pub buyer_asks_platform: &'static str,
}

#[derive(Debug)]
pub struct ClosingTexts {
    pub refund_full: &'static str,
    pub refund_short: &'static str,
    pub refund_over: &'static str,
    pub stages: StageNames,
    pub days: &'static str,
    pub typical: &'static str,
    /// Labels of the after-the-case form.
    pub form: ClosingFormTexts,
}

#[derive(Debug)]
pub struct StageNames {
    pub review: &'static str,
    pub return_transit: &'static str,
    pub refund: &'static str,
    pub intervention: &'static str,
    pub whole_case: &'static str,
}

#[derive(Debug)]
pub struct ClosingFormTexts {
    pub refund_amount: &'static str,
    pub refund_on: &'static str,
    pub amount_error: &'static str,
    pub exchange_ok: &'static str,
    pub lessons: &'static str,
    pub watch: &'static str,
    pub stages: &'static str,
    pub paid: &'static str,
    pub rating_attitude: &'static str,
    pub rating_speed: &'static str,
    pub rating_solution: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/followup_texts.rs"));

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::ZhCn => &ZH_CN,
        Lang::En => &EN,
    }
}

impl Texts {
    pub fn date(&self, day: NaiveDate) -> String {
        format_day(day, self.date_format)
    }

    pub fn full_date(&self, day: NaiveDate) -> String {
        format_day(day, self.full_date_format)
    }

    pub fn status(&self, status: TicketStatus) -> &ActionText {
        let texts = &self.actions.status;
        match status {
            TicketStatus::Draft => &texts.draft,
            TicketStatus::Submitted => &texts.submitted,
            TicketStatus::PendingReview => &texts.pending_review,
            TicketStatus::InReview => &texts.in_review,
            TicketStatus::Approved => &texts.approved,
            TicketStatus::ReturnShipped => &texts.return_shipped,
            TicketStatus::MerchantReceived => &texts.merchant_received,
            TicketStatus::Rejected => &texts.rejected,
            TicketStatus::PlatformIntervention => &texts.platform_intervention,
            TicketStatus::Refunded => &texts.refunded,
            TicketStatus::Exchanged => &texts.exchanged,
            TicketStatus::Repaired => &texts.repaired,
            TicketStatus::Cancelled => &texts.cancelled,
            TicketStatus::Closed => &texts.closed,
        }
    }

    pub fn clock_name(&self, clock: Clock) -> &'static str {
        let names = &self.clock_names;
        match clock {
            Clock::SellerHandlesRequest => names.seller_handles_request,
            Clock::BuyerShipsReturn => names.buyer_ships_return,
            Clock::SellerConfirmsReceipt => names.seller_confirms_receipt,
            Clock::RefundAfterReceipt => names.refund_after_receipt,
            Clock::BuyerAsksPlatform => names.buyer_asks_platform,
        }
    }

    /// A clock's length: "5天", "24小时".
    pub fn limit(&self, rule: &ClockRule) -> String {
        match (rule.days, rule.hours) {
            (Some(days), _) => fill(self.limit_days, &[("n", &days.to_string())]),
            (None, hours) => fill(self.limit_hours, &[("n", &hours.unwrap_or_default().to_string())]),
        }
    }

    /// Rules as a buyer cites them ("《消费者权益保护法》第二十五条"), with the plain sentence for each kind of
    /// source whose number is not confirmed by a rule text; empty for no rules.
    pub fn cite(&self, ids: &[String], lang: Lang) -> String {
        let rules: Vec<_> = ids.iter().filter_map(|id| rule(id)).collect();
        let cited = crate::rules::cited_once(rules.iter().copied(), lang);
        let separator = if lang == Lang::ZhCn { "、" } else { "; " };
        let mut text = cited.join(separator);
        let mut notes: Vec<&str> = Vec::new();
        for note in rules.iter().filter_map(|rule| self.unverified_note(rule)) {
            if !notes.contains(&note) {
                notes.push(note);
            }
        }
        for note in notes {
            text.push_str(self.sentence_end);
            text.push_str(note);
        }
        text
    }

    /// The plain sentence a rule's number needs: none when the rule text confirms it or the rule has no
    /// number, else the one for the kind of source the pack says it is.
    pub fn unverified_note(&self, rule: &Rule) -> Option<&'static str> {
        let has_number = [rule.days, rule.seller_days, rule.working_days, rule.years, rule.repairs, rule.multiple]
            .iter()
            .any(Option::is_some);
        (!rule.verified && has_number).then(|| self.unverified_for(rule.layer))
    }

    pub fn unverified_for(&self, layer: Layer) -> &'static str {
        match layer {
            Layer::Law => self.unverified.law,
            Layer::Platform => self.unverified.platform,
            Layer::Merchant => self.unverified.merchant,
            Layer::Guide => self.unverified.guide,
        }
    }

    /// A platform clock's name and, for a number no rule text confirms, the plain sentence after it.
    pub fn clock_citation(&self, rule: &ClockRule, lang: Lang) -> String {
        match rule.verified {
            true => rule.citation(lang).to_string(),
            false => format!("{}{}{}", rule.citation(lang), self.sentence_end, self.unverified_for(rule.layer)),
        }
    }
}

/// Names of ids, from the app's screen strings and guide.
pub struct Names {
    lang: Lang,
}

pub fn names(lang: Lang) -> Names {
    Names { lang }
}

impl Names {
    pub fn evidence(&self, evidence: Evidence) -> String {
        guide(self.lang).evidence(evidence).map(|item| item.name.to_string()).unwrap_or_else(|| id_of(evidence))
    }

    pub fn channel(&self, channel: Channel) -> String {
        guide(self.lang).channel(channel).map(|item| item.name.to_string()).unwrap_or_else(|| id_of(channel))
    }

    /// A channel given as an id string (the log's `channel`); empty when there is none.
    pub fn channel_id(&self, id: &str) -> String {
        from_id::<Channel>(id).map(|channel| self.channel(channel)).unwrap_or_else(|| id.to_string())
    }

    /// A drafting purpose by id (`follow_up`), as the drafts list it.
    pub fn draft(&self, purpose: &str) -> String {
        Purpose::from_id(purpose)
            .map(|purpose| purpose.title(self.lang).to_string())
            .unwrap_or_else(|| purpose.to_string())
    }

    /// A deadline by id; one the screen strings do not name is a plain "deadline", never its id.
    pub fn deadline(&self, id: &str) -> String {
        let ui = ui(self.lang);
        (ui.deadline)(id).unwrap_or(ui.deadlines_heading).to_string()
    }

    /// A walkthrough step's name.
    pub fn step(&self, step: Step) -> String {
        ui(self.lang).step_name(step).to_string()
    }
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}
