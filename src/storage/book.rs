use leptos::prelude::*;

use crate::record::CaseRecord;

/// Every case the buyer keeps, shared through context. The UI only talks to this type.
#[derive(Clone, Copy)]
pub struct CaseBook {
    cases: RwSignal<Vec<CaseRecord>>,
    next_id: StoredValue<u64>,
}

impl CaseBook {
    /// Creates the book, loads what the browser kept, and provides it as context.
    pub fn provide() -> CaseBook {
        let book = CaseBook { cases: RwSignal::new(Vec::new()), next_id: StoredValue::new(1) };
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

    /// Adds a new empty case and returns its id.
    pub fn create(&self) -> String {
        let number = self.next_id.get_value();
        self.next_id.set_value(number + 1);
        let id = format!("c{}-{number}", js_sys::Date::now() as u64);
        self.cases.update(|cases| cases.push(CaseRecord::new(id.clone())));
        id
    }

    /// Applies an edit to one case; the change is persisted (batched) behind this call.
    pub fn update(&self, id: &str, edit: impl FnOnce(&mut CaseRecord)) {
        self.cases.update(|cases| {
            if let Some(case) = cases.iter_mut().find(|case| case.id == id) {
                edit(case);
                case.revision += 1;
                case.updated_ms = js_sys::Date::now();
            }
        });
    }

    pub fn delete(&self, id: &str) {
        self.cases.update(|cases| cases.retain(|case| case.id != id));
    }
}
