//! Counting periods the way the law counts them (民法典 201/203), with China's statutory holidays and
//! make-up working days (调休) from data/calendar/cn_holidays.toml.

use chrono::{Datelike, Months, NaiveDate, Weekday};

use crate::dates::{days_after, LAST_DAY};

use super::pack::Counting;

/// Rest days and make-up working days for the years the data covers, as src/build.rs writes them out.
#[derive(Debug)]
pub struct Calendar {
    first_year: i32,
    last_year: i32,
    /// One entry a year, as the file lists them (`[[year]]`).
    year: &'static [Year],
}

#[derive(Debug)]
struct Year {
    rest: &'static [NaiveDate],
    work: &'static [NaiveDate],
}

include!(concat!(env!("OUT_DIR"), "/calendar.rs"));

/// The last day of a period, and how it was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodEnd {
    pub on: NaiveDate,
    /// The plain last day fell on a rest day and moved to the next working day (民法典 203).
    pub rolled: bool,
    /// The first year the count touched that the holiday data does not cover.
    pub uncovered_year: Option<i32>,
}

impl Calendar {
    pub fn china() -> &'static Calendar {
        &CHINA
    }

    pub fn covers(&self, day: NaiveDate) -> bool {
        (self.first_year..=self.last_year).contains(&day.year())
    }

    /// A weekend or statutory holiday, unless it is an official make-up working day. Outside the data's years
    /// only weekends count (the decision says so).
    pub fn is_rest_day(&self, day: NaiveDate) -> bool {
        if self.year.iter().any(|year| year.rest.contains(&day)) {
            return true;
        }
        if self.year.iter().any(|year| year.work.contains(&day)) {
            return false;
        }
        matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
    }

    /// The last day of an N-day period that starts after `event`.
    pub fn period_end(&self, event: NaiveDate, days: u32, counting: Counting) -> PeriodEnd {
        let mut tracker = Tracker::new(self);
        let on = match counting {
            Counting::Natural => tracker.see(days_after(event, days)),
            Counting::Civil => tracker.roll(days_after(event, days)),
            Counting::Working => {
                let mut day = event;
                let mut counted = 0;
                while counted < days && day < LAST_DAY {
                    day = days_after(day, 1);
                    if !tracker.rest(day) {
                        counted += 1;
                    }
                }
                day
            }
        };
        PeriodEnd { on, rolled: tracker.rolled, uncovered_year: tracker.uncovered_year }
    }

    /// The last day of a period of whole years after `event`, counted the civil way.
    pub fn years_end(&self, event: NaiveDate, years: u32) -> PeriodEnd {
        let mut tracker = Tracker::new(self);
        let plain =
            event.checked_add_months(Months::new(years.saturating_mul(12))).map_or(LAST_DAY, |day| day.min(LAST_DAY));
        let on = tracker.roll(plain);
        PeriodEnd { on, rolled: tracker.rolled, uncovered_year: tracker.uncovered_year }
    }
}

/// Notes, while counting, whether the last day rolled and whether any day lay outside the data.
struct Tracker<'a> {
    calendar: &'a Calendar,
    rolled: bool,
    uncovered_year: Option<i32>,
}

impl<'a> Tracker<'a> {
    fn new(calendar: &'a Calendar) -> Self {
        Tracker { calendar, rolled: false, uncovered_year: None }
    }

    fn see(&mut self, day: NaiveDate) -> NaiveDate {
        if !self.calendar.covers(day) {
            let year = day.year();
            self.uncovered_year = Some(self.uncovered_year.map_or(year, |seen| seen.min(year)));
        }
        day
    }

    fn rest(&mut self, day: NaiveDate) -> bool {
        self.see(day);
        self.calendar.is_rest_day(day)
    }

    fn roll(&mut self, mut day: NaiveDate) -> NaiveDate {
        while self.rest(day) && day < LAST_DAY {
            day = days_after(day, 1);
            self.rolled = true;
        }
        day
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn seven_days_from_a_weekday_signing_end_a_week_later() {
        // 2026-11-03 is a Tuesday; 11-10 is a Tuesday too.
        let end = Calendar::china().period_end(day("2026-11-03"), 7, Counting::Civil);
        assert_eq!(end, PeriodEnd { on: day("2026-11-10"), rolled: false, uncovered_year: None });
    }

    #[test]
    fn a_last_day_in_the_national_day_holiday_rolls_past_it() {
        // Signed 2026-09-28: the plain last day 10-05 is inside the 10-01..10-07 holiday, so 10-08.
        let end = Calendar::china().period_end(day("2026-09-28"), 7, Counting::Civil);
        assert_eq!((end.on, end.rolled), (day("2026-10-08"), true));
        // A platform countdown does not roll.
        assert_eq!(Calendar::china().period_end(day("2026-09-28"), 7, Counting::Natural).on, day("2026-10-05"));
    }

    #[test]
    fn a_make_up_working_saturday_is_a_working_day() {
        // 2026-10-10 is a Saturday and an official make-up working day.
        assert!(!Calendar::china().is_rest_day(day("2026-10-10")));
        assert!(Calendar::china().is_rest_day(day("2026-10-17")));
    }

    #[test]
    fn working_days_skip_the_holiday_and_count_the_make_up_day() {
        // Filed Wed 2026-09-30: 10-01..10-07 rest, Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 make-up (3),
        // Mon 10-12 (4), 10-13 (5), 10-14 (6), 10-15 (7).
        let end = Calendar::china().period_end(day("2026-09-30"), 7, Counting::Working);
        assert_eq!(end.on, day("2026-10-15"));
    }

    #[test]
    fn beyond_the_data_the_year_is_reported() {
        let end = Calendar::china().period_end(day("2026-12-28"), 7, Counting::Civil);
        // 2027-01-04 is a Monday: only the weekend rule is known there.
        assert_eq!(end.on, day("2027-01-04"));
        assert_eq!(end.uncovered_year, Some(2027));
    }
}
