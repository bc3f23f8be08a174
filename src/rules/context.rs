//! What every part of `evaluate` shares: the case, the rule set, the calendar, and the judgement being built.

use std::cell::Cell;

use chrono::NaiveDate;

use super::calendar::{Calendar, CalendarGap, PeriodEnd};
use super::case::{Case, Category, EventKind, Platform, Problem, SoldBy};
use super::decision::{Deadline, Remedy, Shipping, Verdict};
use super::pack::{Counting, PolicyPack};
use super::wording::{Need, Reason};

/// Which legal path the problem takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Route {
    /// Nothing wrong with the goods: the no-reason return and agreements.
    NoFault,
    /// Defects and non-conformity: 消法 24, 三包, 民法典 582.
    Quality,
    Counterfeit,
    UnsafeFood,
    NotReceived,
    /// Late delivery, not yet received (once received it is `NoFault`).
    Late,
}

impl Route {
    pub fn of(case: &Case) -> Route {
        match case.problem {
            Problem::ChangedMind | Problem::SizeFit | Problem::OrderedByMistake => Route::NoFault,
            Problem::LateDelivery if case.signed_on.is_some() => Route::NoFault,
            Problem::LateDelivery => Route::Late,
            Problem::NotReceived => Route::NotReceived,
            Problem::Counterfeit => Route::Counterfeit,
            Problem::UnsafeFood => Route::UnsafeFood,
            Problem::QualityDefect
            | Problem::Malfunction
            | Problem::NotAsDescribed
            | Problem::WrongItem
            | Problem::MissingParts
            | Problem::DamagedInTransit => Route::Quality,
        }
    }
}

/// One remedy's verdict while it is being decided; `evaluate` turns it into a `RemedyVerdict`.
#[derive(Debug, Clone)]
pub(crate) struct Judged {
    pub verdict: Verdict,
    pub until: Option<NaiveDate>,
    pub shipping: Option<Shipping>,
    pub basis: Vec<&'static str>,
    pub reason: Reason,
    pub needs: Vec<Need>,
}

impl Judged {
    pub fn eligible(reason: Reason, basis: Vec<&'static str>) -> Judged {
        Judged { verdict: Verdict::Eligible, until: None, shipping: None, basis, reason, needs: Vec::new() }
    }

    pub fn ineligible(reason: Reason, basis: Vec<&'static str>) -> Judged {
        Judged { verdict: Verdict::Ineligible, ..Judged::eligible(reason, basis) }
    }

    /// Open only if `need` is met.
    pub fn needing(mut self, need: Need) -> Judged {
        if self.verdict == Verdict::Eligible {
            self.verdict = Verdict::Conditional;
        }
        self.needs.push(need);
        self
    }

    pub fn until(mut self, day: NaiveDate) -> Judged {
        self.until = Some(day);
        self
    }

    pub fn shipping(mut self, shipping: Shipping) -> Judged {
        self.shipping = Some(shipping);
        self
    }

    pub fn also(mut self, rule: Option<&'static str>) -> Judged {
        self.basis.extend(rule);
        self
    }

    pub fn is_open(&self) -> bool {
        self.verdict != Verdict::Ineligible
    }
}

/// A period's end together with the rule that set it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Period {
    pub end: PeriodEnd,
    pub counting: Counting,
}

pub(crate) struct Ctx<'a> {
    pub case: &'a Case,
    pub pack: &'a PolicyPack,
    pub route: Route,
    calendar: &'static Calendar,
    calendar_gap: Cell<Option<CalendarGap>>,
}

impl<'a> Ctx<'a> {
    pub fn new(case: &'a Case, pack: &'a PolicyPack) -> Self {
        Ctx { case, pack, route: Route::of(case), calendar: Calendar::china(), calendar_gap: Cell::new(None) }
    }

    pub fn received(&self) -> bool {
        self.case.signed_on.is_some()
    }

    pub fn distance_sale(&self) -> bool {
        self.case.platform != Platform::OfflineStore
    }

    pub fn consumer(&self) -> bool {
        !self.case.for_business
    }

    /// 三包 covers the appliances of its catalogue (the 1995 list: TVs, fridges, washing machines, air
    /// conditioners, microwaves, fans, vacuum cleaners, range hoods, gas water heaters, ...) and phones, PCs and
    /// AV equipment; other small appliances (an air fryer) are outside it.
    pub fn sanbao(&self) -> bool {
        matches!(self.case.category, Category::Electronics | Category::Appliance)
    }

    /// `id` when the rule belongs to the case's platform and binds its seller (data/packs decides which
    /// platforms and sellers a pack covers; a seller the buyer did not name is bound by every rule).
    pub fn platform_rule(&self, id: &'static str) -> Option<&'static str> {
        let binds_seller = match (self.pack.seller_of(id), self.case.sold_by) {
            (Some(bound), Some(seller)) => bound == seller,
            _ => true,
        };
        (binds_seller && self.pack.platforms_of(id).contains(&self.case.platform)).then_some(id)
    }

    /// The platform itself sold the item (京东自营): it is the seller, with no platform above it.
    pub fn sold_by_platform(&self) -> bool {
        self.case.sold_by == Some(SoldBy::Platform)
    }

    /// The end of the period rule `id` sets, counted from `from`.
    pub fn period(&self, from: NaiveDate, id: &str) -> Period {
        let rule = self.pack.known(id);
        let days =
            rule.days.or(rule.seller_days).or(rule.working_days).unwrap_or_else(|| panic!("rule {id} has no period"));
        self.period_of(from, days, rule.counting)
    }

    pub fn period_of(&self, from: NaiveDate, days: u32, counting: Counting) -> Period {
        self.seen(Period { end: self.calendar.period_end(from, days, counting), counting })
    }

    pub fn years(&self, from: NaiveDate, id: &str) -> Period {
        let years = self.pack.known(id).years.unwrap_or_else(|| panic!("rule {id} has no years"));
        self.seen(Period { end: self.calendar.years_end(from, years), counting: Counting::Civil })
    }

    fn seen(&self, period: Period) -> Period {
        if let Some(gap) = period.end.gap {
            self.calendar_gap.set(Some(self.calendar_gap.get().map_or(gap, |seen| seen.min(gap))));
        }
        period
    }

    /// The first year a deadline fell in without an official holiday arrangement in the data.
    pub fn calendar_gap(&self) -> Option<CalendarGap> {
        self.calendar_gap.get()
    }

    /// A deadline entry: the rule that sets it, then the counting rules that shaped the day.
    pub fn deadline(&self, id: &str, period: Period, mut basis: Vec<&'static str>) -> Deadline {
        if period.counting == Counting::Civil {
            basis.push("cn.civil.201");
            if period.end.rolled {
                basis.push("cn.civil.203");
            }
        }
        Deadline { id: id.into(), on: period.end.on, basis: basis.into_iter().map(String::from).collect() }
    }

    pub fn open(&self, period: Period) -> bool {
        self.case.today <= period.end.on
    }

    /// The latest day an event of this kind happened, if it did.
    pub fn last(&self, kind: EventKind) -> Option<NaiveDate> {
        self.case.events.iter().filter(|event| event.kind == kind).map(|event| event.on).max()
    }

    /// Whether an event of `kind` happened on or after `since`.
    pub fn happened_since(&self, kind: EventKind, since: NaiveDate) -> bool {
        self.case.events.iter().any(|event| event.kind == kind && event.on >= since)
    }
}

/// The four remedies, in the contract's order, as decided.
pub(crate) struct Remedies {
    pub refund_only: Judged,
    pub return_refund: Judged,
    pub exchange: Judged,
    pub repair: Judged,
}

impl Remedies {
    pub fn get(&self, remedy: Remedy) -> &Judged {
        match remedy {
            Remedy::RefundOnly => &self.refund_only,
            Remedy::ReturnRefund => &self.return_refund,
            Remedy::Exchange => &self.exchange,
            Remedy::Repair => &self.repair,
        }
    }
}
