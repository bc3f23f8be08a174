//! Writing days for people and calendars without chrono's strftime (its format-string machinery is
//! heavy in the wasm). Supports the patterns the wording data uses: `%Y`, `%m`, `%d`, `%-m`, `%-d`, `%b`, `%B`.

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `day` written by `pattern`, e.g. `%-m月%-d日` → `11月5日`, `%b %-d, %Y` → `Nov 5, 2026`, `%Y%m%d`.
/// Any other `%` sequence is written as it is.
pub fn format_day(day: NaiveDate, pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut rest = pattern;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        rest = &rest[at + 1..];
        let unpadded = rest.starts_with('-');
        let spec = if unpadded { &rest[1..] } else { rest };
        let mut written = true;
        match (spec.chars().next(), unpadded) {
            (Some('Y'), false) => write!(out, "{:04}", day.year()).expect("writing to a String"),
            (Some('m'), false) => write!(out, "{:02}", day.month()).expect("writing to a String"),
            (Some('d'), false) => write!(out, "{:02}", day.day()).expect("writing to a String"),
            (Some('m'), true) => write!(out, "{}", day.month()).expect("writing to a String"),
            (Some('d'), true) => write!(out, "{}", day.day()).expect("writing to a String"),
            (Some('b'), false) => out.push_str(&MONTHS[day.month0() as usize][..3]),
            (Some('B'), false) => out.push_str(MONTHS[day.month0() as usize]),
            _ => written = false,
        }
        if written {
            rest = &spec[1..];
        } else {
            out.push('%');
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_data_patterns_as_chrono_would() {
        let patterns = ["%-m月%-d日", "%Y年%-m月%-d日", "%b %-d", "%b %-d, %Y", "%Y%m%d", "%Y-%m-%d", "%-d %B %Y"];
        let mut day = NaiveDate::from_ymd_opt(2024, 12, 25).unwrap();
        for _ in 0..400 {
            for pattern in patterns {
                assert_eq!(format_day(day, pattern), day.format(pattern).to_string(), "{pattern} on {day}");
            }
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn other_percent_sequences_stay_as_written() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 7).unwrap();
        assert_eq!(format_day(day, "100% by %-d%"), "100% by 7%");
        assert_eq!(format_day(day, "%q %-q %%"), "%q %-q %%");
    }
}
