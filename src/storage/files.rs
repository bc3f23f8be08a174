//! Evidence files' bytes (issue 16), kept in the browser's IndexedDB (database `shouhou-files`, store
//! `files`, one Blob per file id), never sent anywhere. Where the case book keeps nothing (storage
//! blocked, a sandboxed frame) the files live in this page's memory, as the cases do. The database is
//! opened on first use, so the first screen does no work for it.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

use super::WriteError;

const DATABASE: &str = "shouhou-files";
const STORE: &str = "files";
/// The largest file kept: a phone's minute of 1080p video is about 100-130 MB.
pub const MAX_FILE_BYTES: f64 = 200.0 * 1024.0 * 1024.0;

enum Backend {
    Browser(IdbDatabase),
    Memory(HashMap<String, Blob>),
}

thread_local! {
    static BACKEND: RefCell<Option<Backend>> = const { RefCell::new(None) };
    /// Set before first use: whether the case book keeps data on this device.
    static KEEPS_DATA: RefCell<bool> = const { RefCell::new(false) };
}

/// Files follow the cases: kept on the device only when the case book keeps data.
pub fn keep_on_device(keeps_data: bool) {
    KEEPS_DATA.with(|keeps| *keeps.borrow_mut() = keeps_data);
}

async fn backend() {
    if BACKEND.with(|backend| backend.borrow().is_some()) {
        return;
    }
    let database = match KEEPS_DATA.with(|keeps| *keeps.borrow()) {
        true => open_database().await.ok(),
        false => None,
    };
    BACKEND.with(|backend| {
        let mut backend = backend.borrow_mut();
        if backend.is_none() {
            *backend = Some(database.map(Backend::Browser).unwrap_or_else(|| Backend::Memory(HashMap::new())));
        }
    });
}

/// Whether the files outlive the page (false: in memory, with the case book's banner).
pub async fn kept_on_device() -> bool {
    backend().await;
    BACKEND.with(|backend| matches!(*backend.borrow(), Some(Backend::Browser(_))))
}

async fn open_database() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window().ok_or(JsValue::NULL)?.indexed_db()?.ok_or(JsValue::NULL)?;
    let request = factory.open_with_u32(DATABASE, 1)?;
    let upgrading = request.clone();
    let upgrade = Closure::once_into_js(move || {
        if let Ok(database) = upgrading.result() {
            let _ = database.unchecked_into::<IdbDatabase>().create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    Ok(succeeded(&request).await?.unchecked_into())
}

/// The request's result once it succeeds, or its error.
async fn succeeded(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let failed = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or_default());
        });
        let on_error = Closure::once_into_js(move || {
            let error = failed.error().ok().flatten().map(JsValue::from).unwrap_or_default();
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

/// Waits until a write transaction is committed; a full quota aborts it with `QuotaExceededError`.
async fn committed(transaction: &IdbTransaction) -> Result<(), JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let failed = transaction.clone();
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let on_abort = Closure::once_into_js(move || {
            let _ = reject.call1(&JsValue::NULL, &failed.error().map(JsValue::from).unwrap_or_default());
        });
        transaction.set_oncomplete(Some(on_complete.unchecked_ref()));
        transaction.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(drop)
}

fn write_transaction(database: &IdbDatabase) -> Result<(IdbTransaction, web_sys::IdbObjectStore), JsValue> {
    let transaction = database.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    let store = transaction.object_store(STORE)?;
    Ok((transaction, store))
}

/// Keeps `files` (id and bytes) in one transaction: all are kept or, on any failure, none.
pub async fn put_all(files: &[(String, Blob)]) -> Result<(), WriteError> {
    backend().await;
    let database = BACKEND.with(|backend| match &mut *backend.borrow_mut() {
        Some(Backend::Browser(database)) => Some(database.clone()),
        Some(Backend::Memory(map)) => {
            map.extend(files.iter().cloned());
            None
        }
        None => None,
    });
    let Some(database) = database else { return Ok(()) };
    let write = async {
        let (transaction, store) = write_transaction(&database)?;
        for (id, blob) in files {
            store.put_with_key(blob, &JsValue::from_str(id))?;
        }
        committed(&transaction).await
    };
    write.await.map_err(|error| super::shelf::write_error(&error))
}

/// The bytes of one file, or `None` when this device does not have them.
pub async fn get(id: &str) -> Option<Blob> {
    backend().await;
    let database = BACKEND.with(|backend| match &*backend.borrow() {
        Some(Backend::Browser(database)) => Ok(database.clone()),
        Some(Backend::Memory(map)) => Err(map.get(id).cloned()),
        None => Err(None),
    });
    let database = match database {
        Ok(database) => database,
        Err(in_memory) => return in_memory,
    };
    let transaction = database.transaction_with_str(STORE).ok()?;
    let request = transaction.object_store(STORE).ok()?.get(&JsValue::from_str(id)).ok()?;
    succeeded(&request).await.ok()?.dyn_into().ok()
}

/// Removes the given files (`None`: every file).
pub async fn remove(ids: Option<Vec<String>>) {
    backend().await;
    let database = BACKEND.with(|backend| match &mut *backend.borrow_mut() {
        Some(Backend::Browser(database)) => Some(database.clone()),
        Some(Backend::Memory(map)) => {
            match &ids {
                Some(ids) => ids.iter().for_each(|id| _ = map.remove(id)),
                None => map.clear(),
            }
            None
        }
        None => None,
    });
    let Some(database) = database else { return };
    let Ok((transaction, store)) = write_transaction(&database) else { return };
    match ids {
        Some(ids) => ids.iter().for_each(|id| _ = store.delete(&JsValue::from_str(id))),
        None => _ = store.clear(),
    }
    let _ = committed(&transaction).await;
}

/// Removes files in the background (deleting a case or everything).
pub fn forget(ids: Option<Vec<String>>) {
    if ids.as_ref().is_some_and(Vec::is_empty) {
        return;
    }
    wasm_bindgen_futures::spawn_local(remove(ids));
}

/// SHA-256 of `bytes` (a Blob, an ArrayBuffer or a typed array) as lowercase hex, by the browser's
/// SubtleCrypto (pages served over https or from localhost have it).
pub async fn sha256_hex(bytes: &JsValue) -> Result<String, JsValue> {
    let data = match bytes.dyn_ref::<Blob>() {
        Some(blob) => JsFuture::from(blob.array_buffer()).await?,
        None => bytes.clone(),
    };
    let subtle = web_sys::window().ok_or(JsValue::NULL)?.crypto()?.subtle();
    let digest =
        JsFuture::from(subtle.digest_with_str_and_buffer_source("SHA-256", data.unchecked_ref::<Object>())?).await?;
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let hex = Uint8Array::new(&digest)
        .to_vec()
        .iter()
        .flat_map(|byte| [HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 15)]])
        .collect();
    Ok(String::from_utf8(hex).unwrap_or_default())
}

/// Bytes used and available to this site, as the browser estimates them.
pub async fn estimate() -> Option<(f64, f64)> {
    let storage = web_sys::window()?.navigator().storage();
    let estimate = JsFuture::from(storage.estimate().ok()?).await.ok()?;
    let number = |key: &str| Reflect::get(&estimate, &key.into()).ok()?.as_f64();
    Some((number("usage")?, number("quota")?))
}

/// Asks the browser to keep this site's data when space runs low; true when it agrees.
pub async fn ask_to_persist() -> bool {
    let Some(storage) = web_sys::window().map(|window| window.navigator().storage()) else { return false };
    if let Some(persisted) = storage.persisted().ok().map(JsFuture::from) {
        if persisted.await.ok().and_then(|value| value.as_bool()) == Some(true) {
            return true;
        }
    }
    match storage.persist().ok().map(JsFuture::from) {
        Some(asked) => asked.await.ok().and_then(|value| value.as_bool()).unwrap_or(false),
        None => false,
    }
}
