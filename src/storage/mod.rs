//! Local storage of case records (issue 6). `CaseBook` is the app-wide, reactive list of cases that
//! the UI reads and edits; persistence sits behind it. Storage format: see `entry` (keys and
//! versions), `migrate` (version 0) and `transfer` (the export file).

mod book;
pub mod bundle;
mod entry;
pub mod files;
mod keeper;
mod migrate;
mod shelf;
pub mod text;
mod transfer;

pub use book::{CaseBook, ImportSummary, StorageState};
pub use entry::{EntryProblem, SetAside, ASIDE_PREFIX, CASE_PREFIX, LANG_KEY, LEGACY_V0_KEY};
pub use keeper::Conflict;
pub use shelf::{Shelf, WriteError};
pub use transfer::{ImportError, MAX_IMPORT_BYTES};
