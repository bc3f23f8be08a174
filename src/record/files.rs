//! What the case record keeps about each evidence file (issue 16). The bytes live in the browser's
//! IndexedDB under `id` (`storage::files`); the record holds what the case file, the drafts and an
//! import's fingerprint check need.

use serde::Serialize;

use super::Unknown;
use crate::read_fields::read_fields;
use crate::rules::Evidence;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceFile {
    /// Unique on the device; the key of the bytes.
    pub id: String,
    /// The decision's evidence item the file shows.
    pub evidence: Evidence,
    pub note: String,
    /// The file's name as the buyer's device gave it.
    pub name: String,
    /// The media type, e.g. `image/jpeg`.
    pub media_type: String,
    pub size: u64,
    /// Milliseconds since the epoch when it was attached (the page's clock).
    pub added_ms: f64,
    /// SHA-256 of the bytes, lowercase hex, computed on the device when the file was attached.
    pub sha256: String,
    /// Set on a copy exported without its location: the original's SHA-256. Empty on an original.
    pub location_removed_from: String,
    /// Fields a newer version wrote that this one does not know, written back as they were read.
    #[serde(flatten)]
    pub unknown: Unknown,
}

read_fields!(EvidenceFile keep unknown {
    id: required,
    evidence: required,
    note: default,
    name: required,
    media_type: default,
    size: default,
    added_ms: default,
    sha256: required,
    location_removed_from: default,
});

impl EvidenceFile {
    pub fn is_image(&self) -> bool {
        self.media_type.starts_with("image/")
    }

    pub fn is_video(&self) -> bool {
        self.media_type.starts_with("video/")
    }
}

/// A size in words: "1.2 MB", "200 MB", "340 KB", "12 B". Integer arithmetic: float formatting would cost the
/// browser build kilobytes.
pub fn byte_size(bytes: u64) -> String {
    const KB: u64 = 1024;
    let (unit, name) = match bytes {
        b if b >= KB * KB * KB => (KB * KB * KB, "GB"),
        b if b >= KB * KB => (KB * KB, "MB"),
        b if b >= KB => return format!("{} KB", b / KB),
        b => return format!("{b} B"),
    };
    let tenths = (bytes * 10 + unit / 2) / unit;
    match tenths % 10 {
        0 => format!("{} {name}", tenths / 10),
        tenth => format!("{}.{tenth} {name}", tenths / 10),
    }
}

/// The day (UTC) of a moment in milliseconds since the epoch.
pub fn utc_day(ms: f64) -> Option<chrono::NaiveDate> {
    const UNIX_EPOCH_DAYS_FROM_CE: i64 = 719_163;
    let days = (ms / 86_400_000.0).floor() as i64;
    chrono::NaiveDate::from_num_days_from_ce_opt(i32::try_from(days + UNIX_EPOCH_DAYS_FROM_CE).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_words() {
        assert_eq!(byte_size(12), "12 B");
        assert_eq!(byte_size(340 * 1024 + 5), "340 KB");
        assert_eq!(byte_size(1_258_291), "1.2 MB");
        assert_eq!(byte_size(3 * 1024 * 1024 * 1024), "3 GB");
        assert_eq!(byte_size(2 * 1024 * 1024 - 1), "2 MB");
    }

    #[test]
    fn moments_fall_on_their_utc_day() {
        assert_eq!(utc_day(0.0), chrono::NaiveDate::from_ymd_opt(1970, 1, 1));
        assert_eq!(utc_day(1_793_880_000_000.0), chrono::NaiveDate::from_ymd_opt(2026, 11, 5));
        assert_eq!(utc_day(-1.0), chrono::NaiveDate::from_ymd_opt(1969, 12, 31));
    }

    #[test]
    fn a_file_reads_back_what_it_wrote() {
        let file = EvidenceFile {
            id: "f1".into(),
            evidence: Evidence::Photos,
            note: "拉链".into(),
            name: "IMG_1.jpg".into(),
            media_type: "image/jpeg".into(),
            size: 1234,
            added_ms: 1.0,
            sha256: "ab".repeat(32),
            location_removed_from: String::new(),
            unknown: Default::default(),
        };
        let text = serde_json::to_string(&file).unwrap();
        assert_eq!(serde_json::from_str::<EvidenceFile>(&text).unwrap(), file);
    }
}
