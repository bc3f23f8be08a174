//! The app mounted inside a host page's `<shouhou-assistant>` element, configured by its attributes.

use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::app::{App, AppConfig};
use crate::i18n::ui;
use crate::lang::Lang;
use crate::rules::{Platform, PolicyPack};

/// A mounted widget; `free()` (the element leaving the page) unmounts it.
#[wasm_bindgen]
pub struct Widget {
    _mounted: UnmountHandle<AnyViewState>,
}

/// Mounts the app into `target` (inside the element's shadow root) from the element's attributes:
/// `lang`, `platform`, `steps` (comma-separated step ids) and the policy pack the loader read from
/// `policy-src` or an inline JSON child (or the error it met doing so). A setting the app cannot
/// accept is shown in the widget, naming the attribute.
#[wasm_bindgen]
pub fn mount_widget(
    target: HtmlElement,
    lang: Option<String>,
    platform: Option<String>,
    steps: Option<String>,
    policy_pack: Option<String>,
    policy_pack_error: Option<String>,
) -> Widget {
    let lang = lang.as_deref().map(Lang::from_code).unwrap_or_default();
    let config = match policy_pack_error {
        Some(error) => Err(error),
        None => widget_config(lang, platform.as_deref(), steps.as_deref(), policy_pack),
    };
    let mounted = mount_to(target, move || match config {
        Ok(config) => view! { <App config/> }.into_any(),
        Err(error) => view! { <RefusedSettings lang error/> }.into_any(),
    });
    Widget { _mounted: mounted }
}

fn widget_config(
    lang: Lang,
    platform: Option<&str>,
    steps: Option<&str>,
    policy_pack: Option<String>,
) -> Result<AppConfig, String> {
    let platform = platform
        .map(|id| {
            serde_json::from_value::<Platform>(serde_json::Value::String(id.to_string()))
                .map_err(|_| format!("platform: \"{id}\" is not a platform id"))
        })
        .transpose()?;
    if let Some(text) = &policy_pack {
        PolicyPack::from_json(text).map_err(|err| format!("policy pack: {err}"))?;
    }
    let steps = steps.map(|list| list.split(',').map(str::trim).filter(|id| !id.is_empty()).map(String::from).collect());
    Ok(AppConfig { lang, embedded: true, platform, steps, policy_pack })
}

#[component]
fn RefusedSettings(lang: Lang, error: String) -> impl IntoView {
    view! {
        <section role="alert" class="embed-refused">
            <h2>{ui(lang).embed_refused}</h2>
            <p>{error}</p>
        </section>
    }
}
