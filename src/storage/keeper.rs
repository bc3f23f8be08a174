//! Persistence behind the case book, free of signals: loading (with migration and setting aside),
//! batched saving that never overwrites another tab's newer save, and taking in other tabs' changes.

use std::collections::{BTreeSet, HashMap};

use super::entry::{self, EntryProblem, SetAside, Stamp, Stored, ASIDE_PREFIX, CASE_PREFIX, LEGACY_V0_KEY};
use super::migrate::migrate_v0;
use super::shelf::{Shelf, WriteError};
use crate::record::{merge, CaseRecord};

/// Two tabs changed the same case: the version saved first keeps the case's id, and this page's edit
/// was kept as a new case `copy_id`, titled `copy_title`.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub id: String,
    pub title: String,
    pub copy_id: String,
    pub copy_title: String,
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub cases: Vec<CaseRecord>,
    /// Version-0 cases upgraded by this load.
    pub migrated: usize,
}

#[derive(Debug, Default)]
pub struct SaveReport {
    pub conflicts: Vec<Conflict>,
    pub error: Option<WriteError>,
}

#[derive(Debug, Default)]
pub struct ChangeReport {
    pub cases_changed: bool,
    pub aside_changed: bool,
    pub conflicts: Vec<Conflict>,
}

pub struct Keeper {
    shelf: Shelf,
    /// Each case as this page last read or wrote it in storage: the version its edits started from.
    stored: HashMap<String, CaseRecord>,
    unsaved: BTreeSet<String>,
    /// Per case, the other tab's version this page last merged its edits into: its `storage` event,
    /// when it arrives after the merge, brings nothing new.
    merged_over: HashMap<String, Stamp>,
    /// Entries that could not be moved aside (storage refused the write); they stay where they were.
    unmoved_aside: Vec<SetAside>,
}

impl Keeper {
    pub fn new(shelf: Shelf) -> Keeper {
        Keeper {
            shelf,
            stored: HashMap::new(),
            unsaved: BTreeSet::new(),
            merged_over: HashMap::new(),
            unmoved_aside: Vec::new(),
        }
    }

    pub fn keeps_data(&self) -> bool {
        self.shelf.keeps_data()
    }

    pub fn has_unsaved(&self) -> bool {
        !self.unsaved.is_empty()
    }

    pub fn is_unsaved(&self, id: &str) -> bool {
        self.unsaved.contains(id)
    }

    pub fn mark_unsaved(&mut self, id: &str) {
        self.unsaved.insert(id.to_string());
    }

    pub fn load(&mut self, now_ms: f64) -> Loaded {
        let mut loaded = Loaded::default();
        let mut not_written = self.migrate_legacy(now_ms, &mut loaded);
        for key in self.shelf.keys(CASE_PREFIX) {
            let Some(raw) = self.shelf.get(&key) else { continue };
            let id = entry::case_id(&key).unwrap_or_default();
            match entry::decode(id, &raw) {
                Ok(Stored { case, .. }) => {
                    self.stored.insert(case.id.clone(), case.clone());
                    loaded.cases.push(case);
                }
                Err(problem) => self.set_aside(&key, raw, problem, now_ms),
            }
        }
        not_written.retain(|case| !self.stored.contains_key(&case.id));
        for case in not_written {
            self.unsaved.insert(case.id.clone());
            loaded.cases.push(case);
        }
        loaded.cases.sort_by(|a, b| a.updated_ms.total_cmp(&b.updated_ms).then_with(|| a.id.cmp(&b.id)));
        loaded
    }

    /// Upgrades the v0 array into per-case entries. The old key is removed only once every case in it
    /// is written or kept aside; the cases storage refused are returned to be kept in memory.
    fn migrate_legacy(&mut self, now_ms: f64, loaded: &mut Loaded) -> Vec<CaseRecord> {
        let Some(raw) = self.shelf.get(LEGACY_V0_KEY) else { return Vec::new() };
        let (records, bad) = match migrate_v0(&raw) {
            Ok(migrated) => migrated,
            Err(problem) => {
                self.set_aside(LEGACY_V0_KEY, raw, problem, now_ms);
                return Vec::new();
            }
        };
        let mut all_kept = true;
        for bad_case in bad {
            let original_key = format!("{LEGACY_V0_KEY}[{}]", bad_case.index);
            let aside = self.make_aside(&original_key, bad_case.raw, bad_case.problem, now_ms);
            all_kept &= self.store_aside(aside);
        }
        let mut not_written = Vec::new();
        for record in records {
            let key = entry::case_key(&record.id);
            loaded.migrated += 1;
            if self.shelf.get(&key).is_some() {
                continue; // an earlier, interrupted migration already wrote it
            }
            if self.shelf.set(&key, &entry::encode(&record, None)).is_err() {
                all_kept = false;
                not_written.push(record);
            }
        }
        if all_kept {
            self.shelf.remove(LEGACY_V0_KEY);
        }
        not_written
    }

    /// Every entry kept aside, in storage or (when storage refused the move) where it was found.
    pub fn set_aside_entries(&self) -> Vec<SetAside> {
        let mut entries: Vec<SetAside> = self
            .shelf
            .keys(ASIDE_PREFIX)
            .into_iter()
            .filter_map(|key| {
                let raw = self.shelf.get(&key)?;
                let aside = serde_json::from_str::<SetAside>(&raw).unwrap_or_else(|error| SetAside {
                    original_key: key.clone(),
                    problem: entry::unreadable(error.to_string()),
                    found_ms: 0,
                    raw,
                    key: String::new(),
                });
                Some(SetAside { key, ..aside })
            })
            .collect();
        entries.extend(self.unmoved_aside.iter().cloned());
        entries
    }

    pub fn discard_aside(&mut self, key: &str) {
        if key.starts_with(ASIDE_PREFIX) {
            self.shelf.remove(key);
        }
    }

    fn make_aside(&self, original_key: &str, raw: String, problem: EntryProblem, now_ms: f64) -> SetAside {
        SetAside { original_key: original_key.to_string(), problem, found_ms: now_ms as u64, raw, key: String::new() }
    }

    /// Moves an unreadable entry aside; if storage refuses, the entry stays where it is.
    fn set_aside(&mut self, original_key: &str, raw: String, problem: EntryProblem, now_ms: f64) {
        let aside = self.make_aside(original_key, raw, problem, now_ms);
        if self.store_aside(aside) {
            self.shelf.remove(original_key);
        }
    }

    fn store_aside(&mut self, aside: SetAside) -> bool {
        let key = entry::aside_key(&aside.original_key, aside.found_ms as f64);
        let text = serde_json::to_string(&aside).expect("a set-aside entry always serializes");
        let stored = self.shelf.set(&key, &text).is_ok();
        if !stored {
            self.unmoved_aside.push(aside);
        }
        stored
    }

    /// Writes every unsaved case. A case another tab saved since this page last read it is not
    /// overwritten: this page's edits are merged into that version, or, where they cannot be, that
    /// version is taken in and this page's edit becomes a copy (`Conflict`).
    pub fn save(&mut self, cases: &mut Vec<CaseRecord>, now_ms: f64) -> SaveReport {
        let mut report = SaveReport::default();
        let mut queue: Vec<String> = self.unsaved.iter().cloned().collect();
        while let Some(id) = queue.pop() {
            let Some(index) = cases.iter().position(|case| case.id == id) else {
                self.unsaved.remove(&id);
                continue;
            };
            let key = entry::case_key(&id);
            let mut base = self.stored.get(&id).map(Stamp::of);
            // Only an entry written elsewhere since this page last read it is read in full.
            let written_elsewhere =
                self.shelf.get(&key).filter(|raw| base.is_none() || entry::stored_stamp(raw) != base);
            if let Some(raw) = written_elsewhere {
                match entry::decode(&id, &raw) {
                    Ok(Stored { case: theirs, .. }) => {
                        if !self.merge_into(cases, index, theirs.clone()) {
                            let conflict = self.keep_both(cases, index, theirs, now_ms);
                            queue.push(conflict.copy_id.clone());
                            report.conflicts.push(conflict);
                            continue;
                        }
                        base = self.stored.get(&id).map(Stamp::of);
                    }
                    Err(problem) => self.set_aside(&key, raw, problem, now_ms),
                }
            }
            match self.write(&cases[index], base) {
                Ok(()) => {
                    self.unsaved.remove(&id);
                }
                Err(error) => report.error = Some(error),
            }
        }
        report
    }

    fn write(&mut self, case: &CaseRecord, parent: Option<Stamp>) -> Result<(), WriteError> {
        self.shelf.set(&entry::case_key(&case.id), &entry::encode(case, parent))?;
        self.stored.insert(case.id.clone(), case.clone());
        Ok(())
    }

    /// Merges this page's unsaved edits of `cases[index]` into `theirs`, another tab's save of it
    /// (`record::merge`, against the version this page started from). The merged case stays unsaved,
    /// to be written over `theirs`. False, changing nothing, when the edits cannot be merged.
    fn merge_into(&mut self, cases: &mut [CaseRecord], index: usize, theirs: CaseRecord) -> bool {
        let Some(merged) = self.stored.get(&theirs.id).and_then(|base| merge(base, &cases[index], &theirs)) else {
            return false;
        };
        self.merged_over.insert(theirs.id.clone(), Stamp::of(&theirs));
        self.stored.insert(theirs.id.clone(), theirs);
        self.unsaved.insert(merged.id.clone());
        cases[index] = merged;
        true
    }

    /// Puts `theirs` in place of this page's version at `index` and keeps this page's version as a
    /// copy, under a new id, saved with the next save.
    fn keep_both(&mut self, cases: &mut Vec<CaseRecord>, index: usize, theirs: CaseRecord, now_ms: f64) -> Conflict {
        self.stored.insert(theirs.id.clone(), theirs.clone());
        let mine = std::mem::replace(&mut cases[index], theirs);
        self.unsaved.remove(&mine.id);
        let copy_id = copy_id(&mine.id, now_ms, |candidate| cases.iter().any(|case| case.id == candidate));
        let (copy, conflict) = as_copy(mine, copy_id);
        self.unsaved.insert(copy.id.clone());
        cases.push(copy);
        conflict
    }

    /// Takes in a change another tab made (a `storage` event): `key` is `None` when it cleared storage.
    pub fn take_change(
        &mut self,
        key: Option<&str>,
        new_value: Option<String>,
        cases: &mut Vec<CaseRecord>,
        now_ms: f64,
    ) -> ChangeReport {
        let mut report = ChangeReport::default();
        let Some(key) = key else {
            self.stored.clear();
            let before = cases.len();
            cases.retain(|case| self.unsaved.contains(&case.id));
            report.cases_changed = cases.len() != before;
            report.aside_changed = true;
            return report;
        };
        if key.starts_with(ASIDE_PREFIX) {
            report.aside_changed = true;
            return report;
        }
        let Some(id) = entry::case_id(key) else { return report };
        let index = cases.iter().position(|case| case.id == id);
        let Some(raw) = new_value else {
            self.stored.remove(id);
            if let Some(index) = index.filter(|_| !self.unsaved.contains(id)) {
                cases.remove(index);
                report.cases_changed = true;
            }
            return report;
        };
        // An entry this version cannot read is left where it is; the next load sets it aside.
        let Ok(Stored { case: theirs, parent }) = entry::decode(id, &raw) else { return report };
        let Some(index) = index else {
            self.stored.insert(theirs.id.clone(), theirs.clone());
            cases.push(theirs);
            report.cases_changed = true;
            return report;
        };
        if cases[index] == theirs {
            self.stored.insert(theirs.id.clone(), theirs);
            return report;
        }
        if self.merged_over.get(id) == Some(&Stamp::of(&theirs)) {
            return report;
        }
        report.cases_changed = true;
        let base = self.stored.get(id).map(Stamp::of);
        if self.unsaved.contains(id) {
            if !self.merge_into(cases, index, theirs.clone()) {
                report.conflicts.push(self.keep_both(cases, index, theirs, now_ms));
            }
        } else if base.is_none() || parent == base {
            self.stored.insert(theirs.id.clone(), theirs.clone());
            cases[index] = theirs;
        } else if let Some(conflict) = self.settle_siblings(cases, index, theirs) {
            report.conflicts.push(conflict);
        }
        report
    }

    /// Two tabs saved the same case without seeing each other's save: local storage kept whichever
    /// came last, and each tab may hear of the other's in either order. Both tabs settle it the same
    /// way: the later edit keeps the case, the other becomes a copy with an id both derive alike, and
    /// both write the outcome, so they agree and nothing is lost. Returns a conflict when this page's
    /// version is the one that became the copy.
    fn settle_siblings(&mut self, cases: &mut Vec<CaseRecord>, index: usize, theirs: CaseRecord) -> Option<Conflict> {
        let mine_first = sibling_order(&cases[index], &theirs) == std::cmp::Ordering::Greater;
        let ours = std::mem::replace(&mut cases[index], theirs);
        let (winner, loser) = if mine_first { (ours, cases[index].clone()) } else { (cases[index].clone(), ours) };
        let copy_id = format!("{}-{}", stem(&loser.id), loser.updated_ms as u64);
        let (copy, conflict) = as_copy(loser, copy_id);
        cases[index] = winner;
        let copy_index = match cases.iter().position(|case| case.id == copy.id) {
            Some(existing) => {
                cases[existing] = copy;
                existing
            }
            None => {
                cases.push(copy);
                cases.len() - 1
            }
        };
        for position in [index, copy_index] {
            let parent = self.stored.get(&cases[position].id).map(Stamp::of);
            if self.write(&cases[position], parent).is_err() {
                self.unsaved.insert(cases[position].id.clone());
            }
        }
        (!mine_first).then_some(conflict)
    }

    pub fn remove(&mut self, id: &str) {
        self.unsaved.remove(id);
        self.stored.remove(id);
        self.merged_over.remove(id);
        self.shelf.remove(&entry::case_key(id));
    }

    /// Removes every case and every entry kept aside.
    pub fn remove_all(&mut self) {
        self.unsaved.clear();
        self.stored.clear();
        self.merged_over.clear();
        self.unmoved_aside.clear();
        for prefix in [CASE_PREFIX, ASIDE_PREFIX, LEGACY_V0_KEY] {
            for key in self.shelf.keys(prefix) {
                self.shelf.remove(&key);
            }
        }
    }
}

/// A new id for a copy of case `id`, not `taken`.
pub fn copy_id(id: &str, now_ms: f64, taken: impl Fn(&str) -> bool) -> String {
    let stem = stem(id);
    let mut candidate = format!("{stem}-{}", now_ms as u64);
    let mut attempt = 1;
    while taken(&candidate) {
        attempt += 1;
        candidate = format!("{stem}-{}-{attempt}", now_ms as u64);
    }
    candidate
}

/// Keeps copy ids within the 64 characters an id may have.
fn stem(id: &str) -> String {
    id.chars().take(40).collect()
}

/// `case` under a new id, its title marked as the second version.
fn as_copy(mut case: CaseRecord, copy_id: String) -> (CaseRecord, Conflict) {
    let conflict = Conflict {
        id: case.id.clone(),
        title: case.title.clone(),
        copy_title: format!("{} (2)", case.title).trim_start().to_string(),
        copy_id,
    };
    case.id = conflict.copy_id.clone();
    case.title = conflict.copy_title.clone();
    (case, conflict)
}

/// Which of two sibling versions keeps the case: the later edit, then the higher revision, then the
/// larger text, so that every tab picks the same one.
fn sibling_order(a: &CaseRecord, b: &CaseRecord) -> std::cmp::Ordering {
    a.updated_ms
        .total_cmp(&b.updated_ms)
        .then(a.revision.cmp(&b.revision))
        .then_with(|| entry::encode(a, None).cmp(&entry::encode(b, None)))
}
