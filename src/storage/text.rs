//! The storage screens' strings with their values filled in; the strings themselves are in each
//! language's `i18n` table. `{name}` marks a value filled in by `say` (through `followup::fill`).

use super::book::ImportSummary;
use super::bundle::BundleError;
use super::entry::EntryProblem;
use super::transfer::{ImportError, MAX_IMPORT_BYTES, MAX_IMPORT_CASES};
use super::WriteError;
use crate::bundle::zip::ZipError;
use crate::followup::fill;
use crate::i18n::{ui, EvidenceText, StorageText};
use crate::lang::Lang;

/// The text in `lang`, with each `{name}` replaced by its value.
pub fn say(lang: Lang, text: StorageText, values: &[(&str, String)]) -> String {
    fill_in((ui(lang).storage)(text), values)
}

/// An evidence-file text in `lang`, with each `{name}` replaced by its value.
pub fn say_file(lang: Lang, text: EvidenceText, values: &[(&str, String)]) -> String {
    fill_in((ui(lang).evidence_files)(text), values)
}

/// `followup::fill` with values the caller wrote out.
fn fill_in(text: &str, values: &[(&str, String)]) -> String {
    let values: Vec<(&str, &str)> = values.iter().map(|(name, value)| (*name, value.as_str())).collect();
    fill(text, &values)
}

pub fn entry_problem(lang: Lang, original_key: &str, problem: &EntryProblem) -> String {
    let key = ("key", original_key.to_string());
    match problem {
        EntryProblem::Unreadable { detail } => say(lang, StorageText::Unreadable, &[key, ("detail", detail.clone())]),
        EntryProblem::NewerVersion { version } => {
            say(lang, StorageText::NewerVersion, &[key, ("version", version.to_string())])
        }
    }
}

/// What an import added, naming only the kinds it found (a "0 cases were copied" only puzzles); when
/// storage could not take some of it, how many are on this page only.
pub fn import_summary(lang: Lang, summary: &ImportSummary) -> String {
    let parts: Vec<String> = [
        (StorageText::ImportedAdded, summary.added),
        (StorageText::ImportedUnchanged, summary.unchanged),
        (StorageText::ImportedCopied, summary.copied),
    ]
    .into_iter()
    .filter(|(_, count)| *count > 0)
    .map(|(text, count)| say(lang, text, &[("count", count.to_string())]))
    .collect();
    let parts = parts.join(say(lang, StorageText::ImportedListGap, &[]).as_str());
    let mut text = say(lang, StorageText::Imported, &[("parts", parts)]);
    if summary.not_stored > 0 {
        text.push_str(lang.sentence_gap());
        text.push_str(&say(lang, StorageText::ImportedNotStored, &[("count", summary.not_stored.to_string())]));
    }
    text
}

pub fn import_error(lang: Lang, error: &ImportError) -> String {
    match error {
        ImportError::TooLarge { bytes } => {
            say(lang, StorageText::TooLarge, &[("bytes", bytes.to_string()), ("limit", MAX_IMPORT_BYTES.to_string())])
        }
        ImportError::NotJson { line, column, detail } => say(
            lang,
            StorageText::NotJson,
            &[("line", line.to_string()), ("column", column.to_string()), ("detail", detail.clone())],
        ),
        ImportError::NotAnExport => say(lang, StorageText::NotAnExport, &[]),
        ImportError::NewerVersion { version } => say(lang, StorageText::NewerFile, &[("version", version.to_string())]),
        ImportError::ForbiddenKey { path } => say(lang, StorageText::ForbiddenKey, &[("path", path.clone())]),
        ImportError::TooManyCases { count } => say(
            lang,
            StorageText::TooManyCases,
            &[("count", count.to_string()), ("limit", MAX_IMPORT_CASES.to_string())],
        ),
        ImportError::UnknownField { path } => say(lang, StorageText::UnknownField, &[("path", path.clone())]),
        ImportError::BadField { path, detail } => {
            say(lang, StorageText::BadField, &[("path", path.clone()), ("detail", detail.clone())])
        }
        ImportError::DuplicateId { id } => say(lang, StorageText::DuplicateId, &[("id", id.clone())]),
    }
}

pub fn bundle_error(lang: Lang, error: &BundleError) -> String {
    let name = |name: &String| [("name", name.clone())];
    match error {
        BundleError::Zip(ZipError::TooLarge) => say_file(lang, EvidenceText::ZipTooLarge, &[]),
        BundleError::Zip(ZipError::NotAZip) => say_file(lang, EvidenceText::NotAZip, &[]),
        BundleError::Zip(ZipError::Damaged { name: entry }) => say_file(lang, EvidenceText::DamagedZip, &name(entry)),
        BundleError::NoCases => say_file(lang, EvidenceText::NoCases, &[]),
        BundleError::Cases(error) => import_error(lang, error),
        BundleError::Mismatch { case, name } => {
            say_file(lang, EvidenceText::Mismatch, &[("case", case.clone()), ("name", name.clone())])
        }
        BundleError::Write(WriteError::QuotaFull) => say_file(lang, EvidenceText::ImportNoRoom, &[]),
        BundleError::Write(WriteError::Refused) | BundleError::Read => say(lang, StorageText::ReadFailed, &[]),
    }
}
