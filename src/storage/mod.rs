//! Local storage of case records (issue 6). `CaseBook` is the app-wide, reactive list of cases that
//! the UI reads and edits; persistence sits behind it.

mod book;

pub use book::CaseBook;
