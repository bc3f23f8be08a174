//! "A new version is ready — reload": the app on its own page registers the service worker and, when a
//! newer build has installed and waits, tells the buyer instead of switching versions under them. The new
//! version takes over only when the buyer clicks.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use crate::i18n::{ui, Ui};
use crate::lang::Lang;

type Waiting = RwSignal<Option<ServiceWorker>, LocalStorage>;

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let waiting: Waiting = RwSignal::new_local(None);
    if let Some(workers) = service_workers() {
        spawn_local(register(workers, waiting));
    }
    let reload = move |_| {
        let (Some(worker), Some(workers)) = (waiting.get_untracked(), service_workers()) else { return };
        let reload_page = Closure::<dyn Fn()>::new(|| {
            let _ = window().location().reload();
        });
        workers.set_oncontrollerchange(Some(reload_page.as_ref().unchecked_ref()));
        reload_page.forget();
        let _ = worker.post_message(&JsValue::from_str("skipWaiting"));
    };
    view! {
        {move || {
            waiting
                .with(Option::is_some)
                .then(|| {
                    let text = page_ui();
                    view! {
                        <aside role="status" class="update-notice" data-testid="update-notice">
                            <span>{text.update_ready}</span>
                            <button type="button" on:click=reload>
                                {text.update_reload}
                            </button>
                        </aside>
                    }
                })
        }}
    }
}

/// The notice sits beside the app, outside its locale context; the app keeps `<html lang>` in step
/// with the buyer's language choice.
fn page_ui() -> &'static Ui {
    let lang = document().document_element().map(|root| root.get_attribute("lang").unwrap_or_default());
    ui(lang.as_deref().map(Lang::from_code).unwrap_or_default())
}

/// `navigator.serviceWorker`: absent outside secure contexts, and reading it throws a SecurityError in a
/// sandboxed frame without `allow-same-origin` (a help centre may frame the app so).
fn service_workers() -> Option<ServiceWorkerContainer> {
    js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("serviceWorker")).ok()?.dyn_into().ok()
}

async fn register(workers: ServiceWorkerContainer, waiting: Waiting) {
    if workers.controller().is_none() {
        // A first visit: the worker's install downloads every file of the build. Let the screen the buyer
        // will likely open next arrive first, rather than share a slow network with it.
        super::lazy_screens::policy_screen_loaded().await;
    }
    let Ok(registration) = JsFuture::from(workers.register("sw.js")).await else { return };
    // A page that stubs register() out (Playwright's blocking does) resolves it with nothing.
    if !registration.is_object() {
        return;
    }
    let registration: ServiceWorkerRegistration = registration.unchecked_into();
    // With no controller this is the first install, not an update.
    let is_update = {
        let workers = workers.clone();
        move || workers.controller().is_some()
    };
    if let Some(worker) = registration.waiting().filter(|_| is_update()) {
        waiting.try_set(Some(worker));
    }
    let installing_of = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        let Some(worker) = installing_of.installing() else { return };
        let installed = worker.clone();
        let is_update = is_update.clone();
        let on_state_change = Closure::<dyn Fn()>::new(move || {
            if installed.state() == ServiceWorkerState::Installed && is_update() {
                waiting.try_set(Some(installed.clone()));
            }
        });
        worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        on_state_change.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
    check_for_updates_when_shown(registration);
}

/// A phone app stays open for days: look for a new build whenever the buyer comes back to it.
fn check_for_updates_when_shown(registration: ServiceWorkerRegistration) {
    let check = Closure::<dyn Fn()>::new(move || {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            let _ = registration.update();
        }
    });
    let _ = document().add_event_listener_with_callback("visibilitychange", check.as_ref().unchecked_ref());
    check.forget();
}
