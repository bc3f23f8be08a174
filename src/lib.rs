//! Shouhou (售后助手): a buyer's after-sales assistant.
//!
//! `rules`, `drafting`, `followup`, `record` and `i18n` are pure Rust: no browser, no clock. They build and
//! test natively with `--no-default-features`. `app`, `storage` and `embed` are the browser layers
//! behind the default `web` feature.

pub mod bundle;
pub mod dates;
pub mod drafting;
pub mod followup;
pub mod i18n;
pub mod lang;
mod read_fields;
pub mod record;
pub mod rules;
pub mod short_sort;
pub mod static_map;

#[cfg(feature = "web")]
pub mod app;
#[cfg(feature = "web")]
pub mod embed;
#[cfg(feature = "web")]
pub mod storage;
