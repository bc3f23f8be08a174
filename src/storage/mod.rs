//! Local storage of case records (issue 6).
