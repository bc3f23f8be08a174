//! The five clocks every platform runs on an after-sales request (data/clocks.toml), and what the buyer
//! has seen run out: a clock of the other side, or a promise logged with a date. Pure: the day is passed in.

use chrono::{Days, NaiveDate};

use crate::lang::Lang;
use crate::record::CaseRecord;
use crate::rules::{from_id, EventKind, Layer, Platform, SoldBy, TicketStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    SellerHandlesRequest,
    BuyerShipsReturn,
    SellerConfirmsReceipt,
    RefundAfterReceipt,
    BuyerAsksPlatform,
}

/// One platform's number for one clock, as data/clocks.toml gives it.
#[derive(Debug, PartialEq, Eq)]
pub struct ClockRule {
    pub days: Option<u32>,
    pub hours: Option<u32>,
    pub citation_zh: &'static str,
    pub citation_en: &'static str,
    pub source: &'static str,
    /// False where the number comes from a help page or a secondary source, not the platform's rule text.
    pub verified: bool,
    /// The kind of source, which says how an unconfirmed number is explained to the buyer.
    pub layer: Layer,
}

#[derive(Debug)]
pub struct PlatformClocks {
    pub platforms: &'static [Platform],
    pub seller_handles_request: Option<ClockRule>,
    pub buyer_ships_return: Option<ClockRule>,
    pub seller_confirms_receipt: Option<ClockRule>,
    pub refund_after_receipt: Option<ClockRule>,
    pub buyer_asks_platform: Option<ClockRule>,
}

#[derive(Debug)]
pub struct ClockFile {
    pub platform: &'static [PlatformClocks],
}

include!(concat!(env!("OUT_DIR"), "/clocks.rs"));

impl Clock {
    pub const ALL: [Clock; 5] = [
        Clock::SellerHandlesRequest,
        Clock::BuyerShipsReturn,
        Clock::SellerConfirmsReceipt,
        Clock::RefundAfterReceipt,
        Clock::BuyerAsksPlatform,
    ];

    /// The platform's number for this clock, if the research found one.
    pub fn rule(self, platform: Platform) -> Option<&'static ClockRule> {
        let clocks = CLOCKS.platform.iter().find(|clocks| clocks.platforms.contains(&platform))?;
        match self {
            Clock::SellerHandlesRequest => &clocks.seller_handles_request,
            Clock::BuyerShipsReturn => &clocks.buyer_ships_return,
            Clock::SellerConfirmsReceipt => &clocks.seller_confirms_receipt,
            Clock::RefundAfterReceipt => &clocks.refund_after_receipt,
            Clock::BuyerAsksPlatform => &clocks.buyer_asks_platform,
        }
        .as_ref()
    }

    /// Whose move it is while the clock runs.
    pub fn on_buyer(self) -> bool {
        matches!(self, Clock::BuyerShipsReturn | Clock::BuyerAsksPlatform)
    }

    /// The event that starts the clock.
    fn start(self) -> EventKind {
        match self {
            Clock::SellerHandlesRequest => EventKind::Requested,
            Clock::BuyerShipsReturn => EventKind::SellerAgreed,
            Clock::SellerConfirmsReceipt => EventKind::ReturnShipped,
            Clock::RefundAfterReceipt => EventKind::ReturnReceived,
            Clock::BuyerAsksPlatform => EventKind::SellerRefused,
        }
    }

    /// Events that stop it once it started.
    fn stops(self) -> &'static [EventKind] {
        use EventKind::*;
        match self {
            Clock::SellerHandlesRequest => &[SellerAgreed, SellerRefused, Refunded, Cancelled],
            Clock::BuyerShipsReturn => &[ReturnShipped, Refunded, Cancelled],
            Clock::SellerConfirmsReceipt => &[ReturnReceived, Refunded, Cancelled],
            Clock::RefundAfterReceipt => &[Refunded, Cancelled],
            Clock::BuyerAsksPlatform => &[SellerAgreed, Refunded, Cancelled, ComplaintFiled],
        }
    }

    /// The decision's deadline that names the same wait (the rules core knows some platforms' numbers
    /// too): the follow-up shows the clock in its place.
    pub fn decision_deadline(self) -> Option<&'static str> {
        match self {
            Clock::SellerHandlesRequest => Some("seller_response"),
            Clock::SellerConfirmsReceipt => Some("seller_confirm_return"),
            Clock::BuyerAsksPlatform => Some("intervention_request"),
            Clock::BuyerShipsReturn | Clock::RefundAfterReceipt => None,
        }
    }
}

impl ClockRule {
    pub fn citation(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::ZhCn => self.citation_zh,
            Lang::En => self.citation_en,
        }
    }

    /// The last day of the wait begun on `from` (hours count whole days: the buyer records days).
    pub fn due(&self, from: NaiveDate) -> NaiveDate {
        let days = self.days.unwrap_or_else(|| self.hours.unwrap_or_default().div_ceil(24));
        from.checked_add_days(Days::new(days.into())).unwrap_or(from)
    }
}

/// A clock started by the case's events and not yet stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunningClock {
    pub clock: Clock,
    pub started: NaiveDate,
    pub due: NaiveDate,
    pub rule: &'static ClockRule,
}

/// The clocks running on the case: its platform's numbers, started by the recorded events.
pub fn running_clocks(record: &CaseRecord) -> Vec<RunningClock> {
    let Some(platform) = from_id::<Platform>(&record.form.platform) else { return Vec::new() };
    if from_id::<SoldBy>(&record.form.sold_by) == Some(SoldBy::Platform) {
        // The platform's clocks are its rules for the shops on it; an item it sold itself (京东自营) runs on none.
        return Vec::new();
    }
    let events = record.events();
    let intervened = record.status_history.iter().any(|change| change.status == TicketStatus::PlatformIntervention);
    Clock::ALL
        .into_iter()
        .filter(|&clock| !(clock == Clock::BuyerAsksPlatform && intervened))
        .filter_map(|clock| {
            let rule = clock.rule(platform)?;
            let started = events.iter().filter(|event| event.kind == clock.start()).map(|event| event.on).max()?;
            let stopped = events.iter().any(|event| clock.stops().contains(&event.kind) && event.on >= started);
            (!stopped).then(|| RunningClock { clock, started, due: rule.due(started), rule })
        })
        .collect()
}

/// What was due and has not happened: a clock of the other side or of the buyer, or a promise logged with
/// a date. The drafts tell this story; the next actions answer it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OverdueItem {
    Clock(RunningClock),
    Promise(BrokenPromise),
}

/// A promise from the log whose day passed with no change of status after it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenPromise {
    /// When it was made, and on which channel (a channel id, as the log keeps it).
    pub made_on: Option<NaiveDate>,
    pub channel: String,
    pub who: String,
    /// What the buyer asked or was told, and what was promised, as the buyer logged them.
    pub said: String,
    pub promise: String,
    pub due: NaiveDate,
}

impl OverdueItem {
    pub fn due(&self) -> NaiveDate {
        match self {
            OverdueItem::Clock(clock) => clock.due,
            OverdueItem::Promise(promise) => promise.due,
        }
    }

    /// Whole days since the last day passed.
    pub fn days_over(&self, today: NaiveDate) -> i64 {
        (today - self.due()).num_days()
    }
}

/// Promises in the log with a day that no later change of status has kept.
pub fn open_promises(record: &CaseRecord) -> Vec<BrokenPromise> {
    record
        .log
        .iter()
        .filter_map(|entry| {
            let due = entry.promised_by?;
            let kept = record.status_history.iter().any(|change| entry.on.is_some_and(|made| change.on > made));
            (!kept).then(|| BrokenPromise {
                made_on: entry.on,
                channel: entry.channel.clone(),
                who: entry.who.trim().to_string(),
                said: entry.said.trim().to_string(),
                promise: entry.promise.trim().to_string(),
                due,
            })
        })
        .collect()
}

/// Every clock and promise whose last day is before `today`, oldest first; none once the case is finished.
pub fn overdue_clocks_and_promises(record: &CaseRecord, today: NaiveDate) -> Vec<OverdueItem> {
    if record.status().is_finished() {
        return Vec::new();
    }
    let mut items: Vec<OverdueItem> = running_clocks(record)
        .into_iter()
        .map(OverdueItem::Clock)
        .chain(open_promises(record).into_iter().map(OverdueItem::Promise))
        .filter(|item| today > item.due())
        .collect();
    crate::short_sort::sort_short_by(&mut items, |a, b| a.due().cmp(&b.due()));
    items
}
