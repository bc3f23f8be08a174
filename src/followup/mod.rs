//! Next action, reminders (.ics) and the case file (issue 8).
