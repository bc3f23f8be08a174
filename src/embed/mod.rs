//! Embedding in host pages and the `window.Shouhou` JS API (issue 7).
//!
//! These are the wasm exports the loader (`loader.js`, written out as `embed.js` by the build) calls:
//! `evaluate` becomes `window.Shouhou.evaluate`, `start_app` starts the app on its own page and
//! `mount_widget` mounts it inside a host page's `<shouhou-assistant>` element.

mod widget;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::app::{load_language, App, Locale, UpdateNotice};
use crate::lang::Lang;
use crate::rules;

/// Runs when the wasm starts (the binary's `main`): panics are reported on the console. That `main`
/// calls into this module is also what links its exports into the wasm.
pub fn on_wasm_start() {
    console_error_panic_hook::set_once();
}

/// `window.Shouhou.evaluate(caseJson)`: the case of docs/CONTRACT.md §1.1 as a JSON string or an object in,
/// the decision of §1.2 as a JSON string out; a case it cannot accept throws an Error naming the field.
#[wasm_bindgen]
pub fn evaluate(case: JsValue) -> Result<String, JsError> {
    let text = match case.as_string() {
        Some(text) => text,
        None if case.is_object() => js_sys::JSON::stringify(&case)
            .map(String::from)
            .map_err(|_| JsError::new("case: cannot be written as JSON"))?,
        None => return Err(JsError::new("case: must be a JSON string or an object")),
    };
    let case = rules::parse_case(&text).map_err(|err| JsError::new(&err.to_string()))?;
    Ok(serde_json::to_string(&rules::evaluate(&case)).expect("a decision always serializes"))
}

/// Starts the app on its own page: the whole walkthrough, offline support and the update notice. The
/// promise settles once the page is mounted, in the buyer's language (whose strings the split build may
/// first have to load).
#[wasm_bindgen]
pub async fn start_app() {
    load_language(Locale::start_lang(Lang::default(), false)).await;
    leptos::mount::mount_to_body(|| {
        view! {
            <App />
            <UpdateNotice />
        }
    });
}

/// Resolves once the widget can be shown in `lang` (the host's `lang` attribute): the split build loads
/// the English strings first. `mount_widget` refuses a language it does not know; this only prepares.
#[wasm_bindgen]
pub async fn prepare_language(lang: Option<String>) {
    if let Some(lang) = lang.as_deref().map(str::trim).and_then(Lang::from_tag) {
        load_language(lang).await;
    }
}
