//! Counting periods the way the law counts them (民法典 201/203), with China's holidays: the official
//! arrangement of a year (rest days and make-up working days, data/calendar/cn_holidays.toml `[[year]]`) where
//! the data has it, otherwise the statutory days of 全国年节及纪念日放假办法 (`[[statutory]]`) placed by the
//! lunar and solar-term days of data/calendar/cn_festivals.toml, and weekends.

use chrono::{Datelike, Months, NaiveDate, Weekday};

use crate::dates::{days_after, LAST_DAY};

use super::pack::Counting;

/// The holiday data, as src/build.rs writes it out.
#[derive(Debug)]
pub struct Calendar {
    holidays: &'static Holidays,
    festivals: &'static Festivals,
}

/// data/calendar/cn_holidays.toml.
#[derive(Debug)]
struct Holidays {
    statutory: &'static [Statutory],
    /// The years with an official arrangement.
    year: &'static [Year],
}

/// One holiday the law gives everyone: `days` days from `from`.
#[derive(Debug)]
struct Statutory {
    from: Anchor,
    days: u32,
}

/// The first day of a statutory holiday.
#[derive(Debug, Clone, Copy)]
enum Anchor {
    NewYear,
    Chuxi,
    Qingming,
    LabourDay,
    Duanwu,
    Zhongqiu,
    NationalDay,
}

#[derive(Debug, Clone)]
struct Year {
    year: i32,
    rest: &'static [NaiveDate],
    work: &'static [NaiveDate],
}

/// data/calendar/cn_festivals.toml.
#[derive(Debug)]
struct Festivals {
    year: &'static [FestivalDays],
}

#[derive(Debug)]
struct FestivalDays {
    year: i32,
    chuxi: NaiveDate,
    qingming: NaiveDate,
    duanwu: NaiveDate,
    zhongqiu: NaiveDate,
}

include!(concat!(env!("OUT_DIR"), "/calendar.rs"));

static CHINA: Calendar = Calendar { holidays: &HOLIDAYS, festivals: &FESTIVALS };

/// What the data knows of a year's holidays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum YearKnown {
    /// The State Council's arrangement, with its 调休.
    Official,
    /// Only the statutory days (and weekends): the official arrangement is not in the data.
    StatutoryOnly,
    /// Nothing but weekends.
    WeekendsOnly,
}

/// The first year a count touched that lacks the official arrangement, and what the data has of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarGap {
    pub year: i32,
    pub known: YearKnown,
}

/// The last day of a period, and how it was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodEnd {
    pub on: NaiveDate,
    /// The plain last day fell on a rest day and moved to the next working day (民法典 203).
    pub rolled: bool,
    /// The first year the count touched that has no official arrangement in the data.
    pub gap: Option<CalendarGap>,
}

impl Calendar {
    pub fn china() -> &'static Calendar {
        &CHINA
    }

    pub fn known(&self, year: i32) -> YearKnown {
        if self.official(year).is_some() {
            YearKnown::Official
        } else if self.festival_days(year).is_some() {
            YearKnown::StatutoryOnly
        } else {
            YearKnown::WeekendsOnly
        }
    }

    fn official(&self, year: i32) -> Option<&'static Year> {
        self.holidays.year.iter().find(|entry| entry.year == year)
    }

    fn festival_days(&self, year: i32) -> Option<&'static FestivalDays> {
        self.festivals.year.iter().find(|entry| entry.year == year)
    }

    /// A day the law gives everyone as a holiday (全国年节及纪念日放假办法 Art. 2), in a year with festival data.
    pub fn is_statutory_holiday(&self, day: NaiveDate) -> bool {
        let Some(festivals) = self.festival_days(day.year()) else {
            return false;
        };
        self.holidays.statutory.iter().any(|holiday| {
            let first = match holiday.from {
                Anchor::NewYear => NaiveDate::from_ymd_opt(day.year(), 1, 1),
                Anchor::LabourDay => NaiveDate::from_ymd_opt(day.year(), 5, 1),
                Anchor::NationalDay => NaiveDate::from_ymd_opt(day.year(), 10, 1),
                Anchor::Chuxi => Some(festivals.chuxi),
                Anchor::Qingming => Some(festivals.qingming),
                Anchor::Duanwu => Some(festivals.duanwu),
                Anchor::Zhongqiu => Some(festivals.zhongqiu),
            };
            first.is_some_and(|first| first <= day && day < days_after(first, holiday.days))
        })
    }

    /// A rest day: in a year with an official arrangement, its holidays and weekends less its make-up working
    /// days; otherwise the statutory holidays and weekends.
    pub fn is_rest_day(&self, day: NaiveDate) -> bool {
        let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        match self.official(day.year()) {
            Some(year) => year.rest.contains(&day) || (weekend && !year.work.contains(&day)),
            None => weekend || self.is_statutory_holiday(day),
        }
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
        PeriodEnd { on, rolled: tracker.rolled, gap: tracker.gap }
    }

    /// The last day of a period of whole years after `event`, counted the civil way.
    pub fn years_end(&self, event: NaiveDate, years: u32) -> PeriodEnd {
        let mut tracker = Tracker::new(self);
        let plain =
            event.checked_add_months(Months::new(years.saturating_mul(12))).map_or(LAST_DAY, |day| day.min(LAST_DAY));
        let on = tracker.roll(plain);
        PeriodEnd { on, rolled: tracker.rolled, gap: tracker.gap }
    }
}

/// Notes, while counting, whether the last day rolled and whether any day lay in a year without an official
/// arrangement.
struct Tracker<'a> {
    calendar: &'a Calendar,
    rolled: bool,
    gap: Option<CalendarGap>,
}

impl<'a> Tracker<'a> {
    fn new(calendar: &'a Calendar) -> Self {
        Tracker { calendar, rolled: false, gap: None }
    }

    fn see(&mut self, day: NaiveDate) -> NaiveDate {
        let known = self.calendar.known(day.year());
        if known != YearKnown::Official {
            let gap = CalendarGap { year: day.year(), known };
            self.gap = Some(self.gap.map_or(gap, |seen| seen.min(gap)));
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
        assert_eq!(end, PeriodEnd { on: day("2026-11-10"), rolled: false, gap: None });
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
    fn a_year_without_its_notice_counts_the_statutory_days_and_says_so() {
        // Signed 2026-12-28: the plain last day is 2027-01-04, a Monday; the 2027 notice is not in the data.
        let end = Calendar::china().period_end(day("2026-12-28"), 7, Counting::Civil);
        assert_eq!(end.on, day("2027-01-04"));
        assert_eq!(end.gap, Some(CalendarGap { year: 2027, known: YearKnown::StatutoryOnly }));
    }

    #[test]
    fn beyond_the_festival_data_only_weekends_count() {
        let last = CHINA.festivals.year.iter().map(|entry| entry.year).max().unwrap();
        let new_year = NaiveDate::from_ymd_opt(last + 1, 1, 1).unwrap();
        assert_eq!(Calendar::china().known(last + 1), YearKnown::WeekendsOnly);
        let weekend = matches!(new_year.weekday(), Weekday::Sat | Weekday::Sun);
        assert_eq!(Calendar::china().is_rest_day(new_year), weekend);
    }

    #[test]
    fn each_official_year_lists_days_of_that_year_once_in_year_order() {
        // What a hand-added notice could get wrong: a day typed into the wrong year, a year twice.
        let years: Vec<i32> = HOLIDAYS.year.iter().map(|entry| entry.year).collect();
        assert!(years.windows(2).all(|pair| pair[0] < pair[1]), "{years:?}");
        for entry in HOLIDAYS.year {
            for day in entry.rest.iter().chain(entry.work) {
                assert_eq!(day.year(), entry.year, "{day} is listed under {}", entry.year);
            }
            assert!(entry.rest.iter().all(|day| !entry.work.contains(day)), "{}: a day both rest and work", entry.year);
        }
        let festival_years: Vec<i32> = FESTIVALS.year.iter().map(|entry| entry.year).collect();
        assert!(festival_years.windows(2).all(|pair| pair[1] == pair[0] + 1), "{festival_years:?}");
        assert!(festival_years.contains(&2035), "the statutory count reaches at least 2035");
    }

    /// The built-in data with an official arrangement for 2027 added, as a published notice would add it.
    fn with_official_2027(rest: &'static [NaiveDate], work: &'static [NaiveDate]) -> Calendar {
        let mut years = HOLIDAYS.year.to_vec();
        years.push(Year { year: 2027, rest, work });
        let holidays = Box::leak(Box::new(Holidays { statutory: HOLIDAYS.statutory, year: years.leak() }));
        Calendar { holidays, festivals: &FESTIVALS }
    }

    #[test]
    fn an_official_year_overrides_the_statutory_days() {
        // A made-up notice: 春节 rests 2027-02-05..02-13 with a make-up working Sunday 02-14; 清明 is worked.
        let rest: Vec<NaiveDate> = (5..=13).map(|d| NaiveDate::from_ymd_opt(2027, 2, d).unwrap()).collect();
        let official = with_official_2027(rest.leak(), vec![day("2027-02-14")].leak());
        let computed = Calendar::china();
        assert_eq!((computed.known(2027), official.known(2027)), (YearKnown::StatutoryOnly, YearKnown::Official));
        // Tue 02-09 is a working day by the statutory days alone, a rest day by the notice.
        assert!(!computed.is_rest_day(day("2027-02-09")) && official.is_rest_day(day("2027-02-09")));
        // Sun 02-14 is a weekend by the statutory days, a make-up working day by the notice.
        assert!(computed.is_rest_day(day("2027-02-14")) && !official.is_rest_day(day("2027-02-14")));
        // Mon 04-05 (清明) is a statutory day, but this notice did not list it: the notice is what counts.
        assert!(computed.is_rest_day(day("2027-04-05")) && !official.is_rest_day(day("2027-04-05")));
        // A period ending on 02-09 rolls to 02-14 no more: it ends on the make-up Sunday, with no gap.
        let end = official.period_end(day("2027-02-02"), 7, Counting::Civil);
        assert_eq!((end.on, end.rolled, end.gap), (day("2027-02-14"), true, None));
        let end = computed.period_end(day("2027-02-02"), 7, Counting::Civil);
        assert_eq!(end.on, day("2027-02-09"));
    }
}
