//! The holiday calendar beyond the State Council's published arrangements: every statutory day of
//! 全国年节及纪念日放假办法 (2024) is a rest day in each year up to 2035, on dates checked against other sources
//! than the one data/calendar/cn_festivals.toml was made from.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use shouhou::rules::{Calendar, YearKnown};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// 除夕, 清明, 端午 and 中秋 by year, from PyPI lunardate 0.3.0 (lunar dates) and tyme4py 1.5.0 (the 清明
/// solar term), two packages independent of lunar-python, which the data file comes from.
const FESTIVALS: [(i32, &str, &str, &str, &str); 9] = [
    (2027, "2027-02-05", "2027-04-05", "2027-06-09", "2027-09-15"),
    (2028, "2028-01-25", "2028-04-04", "2028-05-28", "2028-10-03"),
    (2029, "2029-02-12", "2029-04-04", "2029-06-16", "2029-09-22"),
    (2030, "2030-02-02", "2030-04-05", "2030-06-05", "2030-09-12"),
    (2031, "2031-01-22", "2031-04-05", "2031-06-24", "2031-10-01"),
    (2032, "2032-02-10", "2032-04-04", "2032-06-12", "2032-09-19"),
    (2033, "2033-01-30", "2033-04-04", "2033-06-01", "2033-09-08"),
    (2034, "2034-02-18", "2034-04-05", "2034-06-20", "2034-09-27"),
    (2035, "2035-02-07", "2035-04-05", "2035-06-10", "2035-09-16"),
];

/// The statutory holidays of `year` (Art. 2): 元旦 1 day, 春节 除夕 to 正月初三, 清明 1, 劳动节 May 1-2, 端午 1,
/// 中秋 1, 国庆 Oct 1-3.
fn statutory_days(year: i32) -> Vec<NaiveDate> {
    let (_, chuxi, qingming, duanwu, zhongqiu) = FESTIVALS.iter().find(|entry| entry.0 == year).unwrap();
    let chuxi = day(chuxi);
    let ymd = |month, day| NaiveDate::from_ymd_opt(year, month, day).unwrap();
    let mut days = vec![ymd(1, 1), day(qingming), ymd(5, 1), ymd(5, 2), day(duanwu), day(zhongqiu)];
    days.extend((0..4).map(|offset| chuxi + Days::new(offset)));
    days.extend([ymd(10, 1), ymd(10, 2), ymd(10, 3)]);
    days
}

fn weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

fn check_year(year: i32) {
    let calendar = Calendar::china();
    assert_eq!(calendar.known(year), YearKnown::StatutoryOnly, "{year} has no official arrangement in the data");
    let holidays = statutory_days(year);
    for holiday in &holidays {
        assert!(calendar.is_statutory_holiday(*holiday), "{holiday} is a statutory holiday");
        assert!(calendar.is_rest_day(*holiday), "{holiday} is a rest day");
    }
    // And no more than those: every other day rests only on a weekend.
    let mut other = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
    while other.year() == year {
        if !holidays.contains(&other) {
            assert_eq!(calendar.is_rest_day(other), weekend(other), "{other}");
        }
        other = other + Days::new(1);
    }
}

macro_rules! years {
    ($($name:ident: $year:literal),*) => {$(
        #[test]
        fn $name() {
            check_year($year);
        }
    )*};
}

years!(
    statutory_days_rest_in_2027: 2027,
    statutory_days_rest_in_2028: 2028,
    statutory_days_rest_in_2029: 2029,
    statutory_days_rest_in_2030: 2030,
    statutory_days_rest_in_2031: 2031,
    statutory_days_rest_in_2032: 2032,
    statutory_days_rest_in_2033: 2033,
    statutory_days_rest_in_2034: 2034,
    statutory_days_rest_in_2035: 2035
);

#[test]
fn the_published_arrangements_rest_on_every_statutory_day_the_lunar_data_gives() {
    // 2025 and 2026 (the first years under the 2024 amendment): the notices' rest days hold every statutory
    // day counted from cn_festivals.toml, so the lunar source agrees with the State Council.
    let calendar = Calendar::china();
    for year in [2025, 2026] {
        assert_eq!(calendar.known(year), YearKnown::Official);
        let mut each = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
        let mut statutory = 0;
        while each.year() == year {
            if calendar.is_statutory_holiday(each) {
                statutory += 1;
                assert!(calendar.is_rest_day(each), "{each}");
            }
            each = each + Days::new(1);
        }
        assert_eq!(statutory, 13, "{year}: 13 statutory days");
    }
}

#[test]
fn the_2027_new_year_holiday_and_weekend_roll_the_last_day_to_monday() {
    // 2027-01-01 is a Friday (元旦), 01-02/03 the weekend.
    let end = Calendar::china().period_end(day("2026-12-25"), 7, shouhou::rules::Counting::Civil);
    assert_eq!((end.on, end.rolled), (day("2027-01-04"), true));
    assert_eq!(end.gap.map(|gap| (gap.year, gap.known)), Some((2027, YearKnown::StatutoryOnly)));
}
