//! Reading and writing days without chrono's parse and strftime machinery (heavy in the wasm): `YYYY-MM-DD`
//! as stored records, the case JSON and date fields hold it, and the patterns the wording data uses
//! (`%Y`, `%m`, `%d`, `%-m`, `%-d`, `%b`, `%B`). chrono still does the calendar arithmetic.

use std::fmt::{self, Write};

use chrono::{Datelike, Days, NaiveDate};
use serde::de::{self, Deserialize, Deserializer, Visitor};

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

/// The last day `YYYY-MM-DD` can write. No day the assistant computes, shows or exports goes past it.
pub const LAST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(day) => day,
    None => panic!("9999-12-31 is a day"),
};

/// The day `days` after `day`, or `LAST_DAY` when that would be later.
pub fn days_after(day: NaiveDate, days: u32) -> NaiveDate {
    day.checked_add_days(Days::new(u64::from(days))).map_or(LAST_DAY, |later| later.min(LAST_DAY))
}

/// Whether a period of `days` from `day` ends by `LAST_DAY`, so its end can be written as a date.
pub fn ends_by_last_day(day: NaiveDate, days: u32) -> bool {
    day.checked_add_days(Days::new(u64::from(days))).is_some_and(|end| end <= LAST_DAY)
}

/// The day `YYYY-MM-DD` names (four-digit year, two-digit month and day, nothing around them); `None`
/// for any other text or a day the calendar does not have.
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |digits: &[u8]| {
        digits
            .iter()
            .try_fold(0u32, |number, &digit| digit.is_ascii_digit().then(|| number * 10 + u32::from(digit - b'0')))
    };
    NaiveDate::from_ymd_opt(number(&bytes[..4])? as i32, number(&bytes[5..7])?, number(&bytes[8..])?)
}

/// A day as buyers and order pages write it: `2026-11-03`, `2026/11/3`, `2026.11.3` or `2026年11月3日`,
/// full-width digits included, with any time of day after it (`2026-11-03 14:22:05`) ignored. Returns the
/// day and how many bytes of `text` it took (the time not included); `None` when no day starts `text`.
pub fn read_written_day(text: &str) -> Option<(NaiveDate, usize)> {
    let mut numbers = [0u32; 3];
    let mut at = 0;
    for (index, number) in numbers.iter_mut().enumerate() {
        let start = at;
        for c in text[at..].chars() {
            let Some(digit) = half_width(c).to_digit(10) else { break };
            *number = number.checked_mul(10)?.checked_add(digit)?;
            at += c.len_utf8();
        }
        let digits = text[start..at].chars().count();
        let wanted = if index == 0 { 4..=4 } else { 1..=2 };
        if !wanted.contains(&digits) {
            return None;
        }
        let separator = text[at..].chars().next();
        let expected: &[char] = match index {
            0 => &['-', '/', '.', '年', '－', '／', '．'],
            1 => &['-', '/', '.', '月', '－', '／', '．'],
            _ => &['日'],
        };
        match separator {
            Some(c) if expected.contains(&c) => at += c.len_utf8(),
            _ if index == 2 => {}
            _ => return None,
        }
    }
    let day = NaiveDate::from_ymd_opt(numbers[0] as i32, numbers[1], numbers[2])?;
    Some((day, at))
}

/// A day written as `read_written_day` reads it, with nothing but a time of day after it.
pub fn parse_written_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let (day, used) = read_written_day(text)?;
    let rest = &text[used..];
    rest.chars().all(|c| matches!(half_width(c), '0'..='9' | ':' | ' ' | '\u{3000}')).then_some(day)
}

/// A full-width character (０-９, ：, ，, ．, letters) as its ASCII twin; any other character unchanged.
pub fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// A day read from JSON as `YYYY-MM-DD` by `parse_iso`. Days are written by chrono's own `Serialize`,
/// which gives the same text.
pub struct IsoDay(pub NaiveDate);

impl<'de> Deserialize<'de> for IsoDay {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DayText;
        impl Visitor<'_> for DayText {
            type Value = IsoDay;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a date YYYY-MM-DD")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<IsoDay, E> {
                parse_iso(text).map(IsoDay).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
            }
        }
        deserializer.deserialize_str(DayText)
    }
}

/// An optional day: `null` or `YYYY-MM-DD`.
pub struct MaybeIsoDay(pub Option<NaiveDate>);

impl<'de> Deserialize<'de> for MaybeIsoDay {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<IsoDay>::deserialize(deserializer).map(|day| MaybeIsoDay(day.map(|day| day.0)))
    }
}

impl From<IsoDay> for NaiveDate {
    fn from(day: IsoDay) -> NaiveDate {
        day.0
    }
}

impl From<MaybeIsoDay> for Option<NaiveDate> {
    fn from(day: MaybeIsoDay) -> Option<NaiveDate> {
        day.0
    }
}

/// For `#[serde(deserialize_with)]` on an `Option<NaiveDate>` field (`null` is `None`).
pub fn deserialize_maybe_day<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    MaybeIsoDay::deserialize(deserializer).map(|day| day.0)
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

    #[test]
    fn reads_only_the_strict_iso_form() {
        assert_eq!(parse_iso("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        for wrong in
            ["2023-02-29", "2026-13-01", "2026-1-05", " 2026-01-05", "2026-01-05 ", "2026/01/05", "+2026-01-0", ""]
        {
            assert_eq!(parse_iso(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn a_wrong_day_in_json_says_what_was_expected() {
        let error = serde_json::from_str::<IsoDay>(r#""yesterday""#).err().unwrap().to_string();
        assert!(error.starts_with("invalid value: string \"yesterday\", expected a date YYYY-MM-DD"), "{error}");
        let day: MaybeIsoDay = serde_json::from_str("null").unwrap();
        assert!(day.0.is_none());
    }
}
