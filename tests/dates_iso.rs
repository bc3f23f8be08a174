//! The strict `YYYY-MM-DD` reader against chrono's: every day chrono writes reads back the same, and any
//! text of that shape reads as chrono reads it.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use proptest::prelude::*;
use shouhou::dates::{parse_iso, IsoDay};

fn any_day() -> impl Strategy<Value = NaiveDate> {
    (0i32..=9999, 1u32..=366)
        .prop_filter_map("a day of that year", |(year, ordinal)| NaiveDate::from_yo_opt(year, ordinal))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_day_chrono_writes_reads_back(day in any_day()) {
        prop_assert_eq!(parse_iso(&day.to_string()), Some(day));
        let json = serde_json::to_string(&day).unwrap();
        prop_assert_eq!(serde_json::from_str::<IsoDay>(&json).unwrap().0, day);
    }

    #[test]
    fn text_of_the_iso_shape_reads_as_chrono_reads_it(text in "[0-9]{4}-[0-1][0-9]-[0-3][0-9]") {
        prop_assert_eq!(parse_iso(&text), text.parse::<NaiveDate>().ok());
    }

    #[test]
    fn anything_chrono_refuses_is_refused(text in "[-0-9 +]{0,12}") {
        if text.parse::<NaiveDate>().is_err() {
            prop_assert_eq!(parse_iso(&text), None);
        }
    }
}
