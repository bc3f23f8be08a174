//! The case bundle (issue 16): one zip with the cases' export JSON and every evidence file, and the
//! location-free copies of photos for sharing. Pure Rust; `storage::files` feeds it the bytes.

pub mod location;
pub mod zip;

/// The archive's entry for the cases' export JSON.
pub const CASES_ENTRY: &str = "shouhou-cases.json";

/// The archive's entry for one evidence file: its id keeps the entry unique, its name stays readable.
pub fn file_entry(id: &str, name: &str) -> String {
    let name: String =
        name.chars().map(|c| if matches!(c, '/' | '\\' | '\0') || c.is_control() { '_' } else { c }).collect();
    format!("files/{id}/{name}")
}

/// The id in an evidence file's entry name.
pub fn entry_file_id(entry: &str) -> Option<&str> {
    entry.strip_prefix("files/")?.split('/').next().filter(|id| !id.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_names_keep_the_id_and_a_safe_name() {
        assert_eq!(file_entry("f1", "../聊天/截图.png"), "files/f1/.._聊天_截图.png");
        assert_eq!(entry_file_id("files/f1/.._聊天_截图.png"), Some("f1"));
        assert_eq!(entry_file_id(CASES_ENTRY), None);
    }
}
