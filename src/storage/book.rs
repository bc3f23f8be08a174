use std::time::Duration;

use leptos::leptos_dom::helpers::{window_event_listener_untyped, TimeoutHandle};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::entry::SetAside;
use super::keeper::{copy_id, Conflict, Keeper, SaveReport};
use super::shelf::{Shelf, WriteError};
use super::transfer::{self, ImportError};
use crate::record::CaseRecord;

/// Edits are written at most this long after they are made; typing in between only changes memory.
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// What the storage screens show: whether data is kept, what went wrong, what was set aside.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StorageState {
    /// False when the browser denies storage and everything lives in this page only.
    pub keeps_data: bool,
    /// The last save failed; the edits are still in memory and are written by the next save.
    pub save_error: Option<WriteError>,
    pub set_aside: Vec<SetAside>,
    /// Version-0 cases upgraded when the page loaded.
    pub migrated: usize,
    pub conflicts: Vec<Conflict>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: usize,
    pub unchanged: usize,
    /// Cases whose id was already taken by a different case, added under a new id.
    pub copied: usize,
    /// Of the cases added or copied, those storage could not take (it is full): they are on this page only.
    pub not_stored: usize,
}

/// Every case the buyer keeps, shared through context. The UI only talks to this type.
#[derive(Clone, Copy)]
pub struct CaseBook {
    cases: RwSignal<Vec<CaseRecord>>,
    state: RwSignal<StorageState>,
    next_id: StoredValue<u64>,
    keeper: StoredValue<Keeper, LocalStorage>,
    save_timer: StoredValue<Option<TimeoutHandle>>,
}

impl CaseBook {
    /// Creates the book, loads what the browser kept, and provides it as context.
    pub fn provide() -> CaseBook {
        CaseBook::provide_with(Shelf::open())
    }

    /// As `provide`, on a given shelf (tests pass memory to act out a browser that denies storage).
    pub fn provide_with(shelf: Shelf) -> CaseBook {
        super::files::keep_on_device(shelf.keeps_data());
        let mut keeper = Keeper::new(shelf);
        let loaded = keeper.load(js_sys::Date::now());
        let state = StorageState {
            keeps_data: keeper.keeps_data(),
            set_aside: keeper.set_aside_entries(),
            migrated: loaded.migrated,
            ..StorageState::default()
        };
        let book = CaseBook {
            cases: RwSignal::new(loaded.cases),
            state: RwSignal::new(state),
            next_id: StoredValue::new(1),
            keeper: StoredValue::new_local(keeper),
            save_timer: StoredValue::new(None),
        };
        if book.keeper.with_value(Keeper::has_unsaved) {
            book.schedule_save();
        }
        book.listen();
        provide_context(book);
        book
    }

    pub fn expect() -> CaseBook {
        expect_context::<CaseBook>()
    }

    pub fn cases(&self) -> Signal<Vec<CaseRecord>> {
        self.cases.into()
    }

    pub fn get(&self, id: &str) -> Option<CaseRecord> {
        self.cases.with(|cases| cases.iter().find(|case| case.id == id).cloned())
    }

    pub fn storage(&self) -> Signal<StorageState> {
        self.state.into()
    }

    /// Adds a new empty case and returns its id.
    pub fn create(&self) -> String {
        let number = self.next_id.get_value();
        self.next_id.set_value(number + 1);
        let id = format!("c{}-{number}", js_sys::Date::now() as u64);
        let mut case = CaseRecord::new(id.clone());
        case.revision = 1;
        case.updated_ms = js_sys::Date::now();
        self.cases.update(|cases| cases.push(case));
        self.changed(&id);
        id
    }

    /// Applies an edit to one case; the change is persisted (batched) behind this call.
    pub fn update(&self, id: &str, edit: impl FnOnce(&mut CaseRecord)) {
        let mut found = false;
        self.cases.update(|cases| {
            if let Some(case) = cases.iter_mut().find(|case| case.id == id) {
                edit(case);
                case.revision += 1;
                case.updated_ms = js_sys::Date::now();
                found = true;
            }
        });
        if found {
            self.changed(id);
        }
    }

    pub fn delete(&self, id: &str) {
        let files = self.get(id).map(|case| case.files.into_iter().map(|file| file.id).collect());
        super::files::forget(Some(files.unwrap_or_default()));
        self.cases.update(|cases| cases.retain(|case| case.id != id));
        self.keeper.update_value(|keeper| keeper.remove(id));
    }

    /// Deletes every case and every entry kept aside, here and in storage.
    pub fn delete_all(&self) {
        super::files::forget(None);
        self.keeper.update_value(Keeper::remove_all);
        self.cases.set(Vec::new());
        self.state.update(|state| {
            state.set_aside.clear();
            state.save_error = None;
        });
    }

    /// Deletes one entry kept aside (by its `SetAside::key`).
    pub fn discard_set_aside(&self, key: &str) {
        self.keeper.update_value(|keeper| keeper.discard_aside(key));
        self.refresh_set_aside();
    }

    /// Clears the one-time notices (migration done, conflicting edits kept as copies).
    pub fn dismiss_notices(&self) {
        self.state.update(|state| {
            state.migrated = 0;
            state.conflicts.clear();
        });
    }

    /// Every case as one export file.
    pub fn export_json(&self) -> String {
        self.cases.with_untracked(|cases| transfer::export(cases, js_sys::Date::now()))
    }

    /// Adds the cases of an export file. A file that fails any check changes nothing. A case whose id is
    /// taken by a different case is added under a new id, so nothing already here is overwritten.
    pub fn import_json(&self, text: &str) -> Result<ImportSummary, ImportError> {
        let incoming = transfer::parse_import(text)?;
        let now_ms = js_sys::Date::now();
        let mut summary = ImportSummary::default();
        let mut to_save = Vec::new();
        self.cases.update(|cases| {
            for mut case in incoming {
                match cases.iter().find(|existing| existing.id == case.id) {
                    Some(existing) if *existing == case => summary.unchanged += 1,
                    Some(_) => {
                        case.id = copy_id(&case.id, now_ms, |candidate| cases.iter().any(|case| case.id == candidate));
                        summary.copied += 1;
                        to_save.push(case.id.clone());
                        cases.push(case);
                    }
                    None => {
                        summary.added += 1;
                        to_save.push(case.id.clone());
                        cases.push(case);
                    }
                }
            }
        });
        self.keeper.update_value(|keeper| to_save.iter().for_each(|id| keeper.mark_unsaved(id)));
        self.save_now();
        summary.not_stored = self.keeper.with_value(|keeper| to_save.iter().filter(|id| keeper.is_unsaved(id)).count());
        Ok(summary)
    }

    /// Writes every pending edit now (also on page hide and when the tab goes to the background).
    pub fn save_now(&self) {
        let Some(timer) = self.save_timer.try_get_value() else { return };
        if let Some(timer) = timer {
            timer.clear();
            self.save_timer.set_value(None);
        }
        if !self.keeper.with_value(Keeper::has_unsaved) {
            return;
        }
        let now_ms = js_sys::Date::now();
        let report = self
            .cases
            .try_update_untracked(|cases| self.keeper.try_update_value(|keeper| keeper.save(cases, now_ms)))
            .flatten()
            .unwrap_or_default();
        self.after_save(report);
    }

    fn after_save(&self, report: SaveReport) {
        if !report.conflicts.is_empty() {
            self.cases.notify();
            self.state.update(|state| state.conflicts.extend(report.conflicts));
            self.refresh_set_aside();
        }
        if self.state.with_untracked(|state| state.save_error != report.error) {
            self.state.update(|state| state.save_error = report.error);
        }
    }

    fn changed(&self, id: &str) {
        self.keeper.update_value(|keeper| keeper.mark_unsaved(id));
        self.schedule_save();
    }

    fn schedule_save(&self) {
        if self.save_timer.with_value(Option::is_some) {
            return;
        }
        let book = *self;
        let timer = set_timeout_with_handle(
            move || {
                if book.save_timer.try_set_value(None).is_none() {
                    book.save_now();
                }
            },
            SAVE_DELAY,
        );
        self.save_timer.set_value(timer.ok());
    }

    fn refresh_set_aside(&self) {
        let entries = self.keeper.with_value(Keeper::set_aside_entries);
        self.state.update(|state| state.set_aside = entries);
    }

    /// Takes in another tab's saves as they happen, and saves before the page goes away.
    fn listen(&self) {
        let book = *self;
        let storage = window_event_listener_untyped("storage", move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
                book.take_change(event);
            }
        });
        let pagehide = window_event_listener_untyped("pagehide", move |_| book.save_now());
        let hidden = window_event_listener_untyped("visibilitychange", move |_| {
            if document().hidden() {
                book.save_now();
            }
        });
        // While storage refuses the edits (full), closing the page would lose them: the browser asks first.
        let unload = window_event_listener_untyped("beforeunload", move |event| {
            book.save_now();
            if book.state.try_with_untracked(|state| state.save_error.is_some()).unwrap_or(false) {
                event.prevent_default();
            }
        });
        on_cleanup(move || {
            storage.remove();
            pagehide.remove();
            hidden.remove();
            unload.remove();
            // An embedded widget is unmounted when the host removes it or changes an attribute: the last
            // edits are written now, not dropped with the pending timer.
            book.save_now();
        });
    }

    fn take_change(&self, event: &web_sys::StorageEvent) {
        let is_local = event
            .storage_area()
            .zip(window().local_storage().ok().flatten())
            .is_some_and(|(area, local)| area == local);
        if !is_local || !self.keeper.try_with_value(Keeper::keeps_data).unwrap_or(false) {
            return;
        }
        let key = event.key();
        let now_ms = js_sys::Date::now();
        let Some(report) = self
            .cases
            .try_update_untracked(|cases| {
                self.keeper
                    .try_update_value(|keeper| keeper.take_change(key.as_deref(), event.new_value(), cases, now_ms))
            })
            .flatten()
        else {
            return;
        };
        if report.cases_changed {
            self.cases.notify();
        }
        if report.aside_changed {
            self.refresh_set_aside();
        }
        if !report.conflicts.is_empty() {
            self.state.update(|state| state.conflicts.extend(report.conflicts));
            self.schedule_save();
        }
    }
}
