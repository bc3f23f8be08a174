//! What the case record keeps about each evidence file (issue 16). The bytes live in the browser's
//! IndexedDB under `id` (`storage::files`); the record holds what the case file, the drafts and an
//! import's fingerprint check need.

use serde::Serialize;

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
}

read_fields!(EvidenceFile {
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

/// A size in words: "1.2 MB", "340 KB", "12 B".
pub fn byte_size(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * KB;
    const GB: u64 = 1024 * MB;
    match bytes {
        b if b >= GB => format!("{:.1} GB", b as f64 / GB as f64),
        b if b >= MB => format!("{:.1} MB", b as f64 / MB as f64),
        b if b >= KB => format!("{} KB", b / KB),
        b => format!("{b} B"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_words() {
        assert_eq!(byte_size(12), "12 B");
        assert_eq!(byte_size(340 * 1024 + 5), "340 KB");
        assert_eq!(byte_size(1_258_291), "1.2 MB");
        assert_eq!(byte_size(3 * 1024 * 1024 * 1024), "3.0 GB");
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
        };
        let text = serde_json::to_string(&file).unwrap();
        assert_eq!(serde_json::from_str::<EvidenceFile>(&text).unwrap(), file);
    }
}
