//! The key-value store under the case book: the browser's local storage when this page may use it,
//! otherwise memory that lasts as long as the page.

use std::cell::RefCell;
use std::collections::BTreeMap;

use wasm_bindgen::JsCast;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's storage quota is used up.
    QuotaFull,
    /// The browser refused the write for another reason.
    Refused,
}

pub enum Shelf {
    Browser(web_sys::Storage),
    Memory(RefCell<BTreeMap<String, String>>),
}

impl Shelf {
    /// The browser's local storage if it can be reached, else memory. Checked once, here: where storage
    /// is denied (blocked cookies, a sandboxed iframe) even reading `window.localStorage` throws a
    /// SecurityError, and gloo-storage's accessor would panic on it.
    pub fn open() -> Shelf {
        browser_storage().map(Shelf::Browser).unwrap_or_else(Shelf::memory)
    }

    pub fn memory() -> Shelf {
        Shelf::Memory(RefCell::new(BTreeMap::new()))
    }

    /// Whether what is saved here outlives the page.
    pub fn keeps_data(&self) -> bool {
        matches!(self, Shelf::Browser(_))
    }

    pub fn get(&self, key: &str) -> Option<String> {
        match self {
            Shelf::Browser(storage) => storage.get_item(key).ok().flatten(),
            Shelf::Memory(map) => map.borrow().get(key).cloned(),
        }
    }

    pub fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        match self {
            Shelf::Browser(storage) => storage.set_item(key, value).map_err(|error| write_error(&error)),
            Shelf::Memory(map) => {
                map.borrow_mut().insert(key.to_string(), value.to_string());
                Ok(())
            }
        }
    }

    pub fn remove(&self, key: &str) {
        match self {
            Shelf::Browser(storage) => {
                let _ = storage.remove_item(key);
            }
            Shelf::Memory(map) => {
                map.borrow_mut().remove(key);
            }
        }
    }

    /// Every key that starts with `prefix`, sorted.
    pub fn keys(&self, prefix: &str) -> Vec<String> {
        let mut keys: Vec<String> = match self {
            Shelf::Browser(storage) => {
                let count = storage.length().unwrap_or(0);
                (0..count).filter_map(|index| storage.key(index).ok().flatten()).collect()
            }
            Shelf::Memory(map) => map.borrow().keys().cloned().collect(),
        };
        keys.retain(|key| key.starts_with(prefix));
        keys.sort();
        keys
    }
}

fn browser_storage() -> Option<web_sys::Storage> {
    let storage = web_sys::window()?.local_storage().ok()??;
    storage.length().ok()?;
    Some(storage)
}

pub(super) fn write_error(error: &wasm_bindgen::JsValue) -> WriteError {
    let name = error.dyn_ref::<web_sys::DomException>().map(|exception| exception.name()).unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => WriteError::QuotaFull,
        _ => WriteError::Refused,
    }
}
