//! The app mounted inside a host page's `<shouhou-assistant>` element, configured by its attributes.

use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::app::choices::{from_id, id_of, PLATFORMS};
use crate::app::route::Step;
use crate::app::{App, AppConfig};
use crate::i18n::ui;
use crate::lang::Lang;
use crate::rules::Platform;

/// A mounted widget; `free()` (the element leaving the page) unmounts it.
#[wasm_bindgen]
pub struct Widget {
    _mounted: UnmountHandle<AnyViewState>,
}

/// Mounts the app into `target` (inside the element's shadow root) from the element's attributes:
/// `lang`, `platform`, `steps` (comma-separated step ids) and the policy pack the loader read from
/// `policy-src` or an inline JSON child (or the error it met doing so). A platform or step the app does
/// not know, or a pack that could not be fetched, is shown in the widget naming the attribute; a pack
/// the rules refuse is reported by the app itself (naming the rule).
#[wasm_bindgen]
pub fn mount_widget(
    target: HtmlElement,
    lang: Option<String>,
    platform: Option<String>,
    steps: Option<String>,
    policy_pack: Option<String>,
    policy_pack_error: Option<String>,
) -> Widget {
    let (lang, lang_error) = match lang.as_deref().map(str::trim).filter(|tag| !tag.is_empty()) {
        None => (Lang::default(), None),
        Some(tag) => match Lang::from_tag(tag) {
            Some(lang) => (lang, None),
            None => (Lang::default(), Some(format!("lang: \"{tag}\" is not a language of the assistant (zh-CN, en)"))),
        },
    };
    let config = match lang_error.or(policy_pack_error) {
        Some(error) => Err(error),
        None => widget_config(lang, platform.as_deref(), steps.as_deref(), policy_pack),
    };
    let mounted = mount_to(target, move || match config {
        Ok(config) => view! { <App config /> }.into_any(),
        Err(error) => view! { <RefusedSettings lang error /> }.into_any(),
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
            from_id::<Platform>(id).ok_or_else(|| {
                let ids: Vec<String> = PLATFORMS.map(id_of).to_vec();
                format!("platform: \"{id}\" is not a platform id ({})", ids.join(", "))
            })
        })
        .transpose()?;
    let steps = steps.map(walk_steps).transpose()?;
    Ok(AppConfig { lang, embedded: true, platform, steps, policy_pack })
}

/// The `steps` attribute: step ids of the walk, separated by commas.
fn walk_steps(list: &str) -> Result<Vec<String>, String> {
    let ids: Vec<String> = list.split(',').map(str::trim).filter(|id| !id.is_empty()).map(String::from).collect();
    let walk = || Step::WALK.map(Step::id).join(", ");
    if let Some(unknown) = ids.iter().find(|id| !Step::WALK.iter().any(|step| step.id() == id.as_str())) {
        return Err(format!("steps: \"{unknown}\" is not a step of the walk ({})", walk()));
    }
    if ids.is_empty() {
        return Err(format!("steps: names no step; choose from {}", walk()));
    }
    Ok(ids)
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
