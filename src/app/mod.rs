//! The buyer's walkthrough (issue 5): a start page, the case list, and one screen per step of the
//! seeds' guide, navigated by the URL hash (standalone) or in memory (embedded).

mod bundle_panel;
mod cancel;
mod case_fields;
mod case_file;
mod case_list;
mod case_view;
mod channel;
pub mod choices;
mod closing;
mod config;
mod data_panel;
mod decision;
mod dispute;
mod download;
mod draft_panel;
mod evidence;
mod evidence_files;
mod lazy_screens;
mod locale;
mod next_action;
mod overview;
mod policy;
mod print;
mod progress;
pub mod route;
mod rule_cite;
mod start;
mod ticket;
mod update_notice;
mod widgets;

pub use case_file::{CaseFilePage, SheetView};
pub use case_view::CaseCtx;
pub use closing::ClosingPage;
pub use config::AppConfig;
pub use data_panel::{DataPanel, StorageBanner};
pub use lazy_screens::load_language;
pub use locale::Locale;
pub use next_action::NextActionPanel;
pub use print::PrintChecklist;
pub use update_notice::UpdateNotice;

use leptos::html;
use leptos::prelude::*;

use crate::drafting;
use crate::lang::Lang;
use crate::rules;
use crate::storage::CaseBook;
use route::{Link, Nav, Route};

#[component]
pub fn App(#[prop(optional)] config: AppConfig) -> impl IntoView {
    CaseBook::provide();
    let pack_error = Rules::provide(config.policy_pack.as_deref());
    provide_context(config.clone());
    let locale = Locale::provide(config.lang, config.embedded);
    let nav = Nav::provide(config.embedded);
    let today = next_action::local_today();
    let main_ref = NodeRef::<html::Main>::new();
    focus_heading_on_route_change(nav, main_ref);
    // Once the first screen is painted, fetch the screen the buyer will likely open next (split build): a
    // new case's first step, or a kept case's overview.
    let next = if CaseBook::expect().cases().with_untracked(Vec::is_empty) { Some(route::Step::Policy) } else { None };
    lazy_screens::prefetch_step_screen(next);

    let lang_failed = RwSignal::new(false);
    let switch_lang = move |_| {
        let next = match locale.lang() {
            Lang::ZhCn => Lang::En,
            Lang::En => Lang::ZhCn,
        };
        leptos::task::spawn_local(async move {
            // The split build loads the other language's strings first; a page that cannot stays as it is.
            let loaded = lazy_screens::load_language(next).await;
            lang_failed.set(!loaded);
            if !loaded {
                return;
            }
            let unfolded: Vec<bool> =
                foldable_sections(main_ref).iter().map(|details| details.has_attribute("open")).collect();
            locale.set(next);
            // The screen below the header is built again in the new language: unfold what the buyer had
            // unfolded (before the next paint, so nothing flickers; the rebuilt screen has the same sections).
            request_animation_frame(move || {
                for (details, _) in foldable_sections(main_ref).iter().zip(unfolded).filter(|(_, unfolded)| *unfolded) {
                    let _ = details.set_attribute("open", "");
                }
            });
        });
    };
    view! {
        <div class="shouhou" lang=move || locale.tracked_lang().code()>
            <a
                class="skip-link"
                href="#shouhou-main"
                on:click=move |event| {
                    event.prevent_default();
                    focus_heading(main_ref);
                }
            >
                {locale.live(|ui| ui.skip_link)}
            </a>
            <header class="top">
                <Link to=Route::Start class="brand" testid="nav-home">
                    {locale.live(|ui| ui.app_name)}
                </Link>
                <nav class="top-nav">
                    <Link to=Route::Cases testid="nav-cases">
                        {locale.live(|ui| ui.nav_cases)}
                    </Link>
                    <button
                        type="button"
                        class="lang-switch"
                        data-testid="lang-switch"
                        lang=move || match locale.tracked_lang() {
                            Lang::ZhCn => "en",
                            Lang::En => "zh-CN",
                        }
                        aria-label=locale.live(|ui| ui.switch_lang_aria)
                        on:click=switch_lang
                    >
                        {locale.live(|ui| ui.switch_lang)}
                    </button>
                </nav>
            </header>
            {move || {
                lang_failed
                    .get()
                    .then(|| {
                        view! {
                            <p class="field-error lang-failed" role="alert" data-testid="lang-failed">
                                {locale.live(|ui| ui.lang_load_failed)}
                            </p>
                        }
                    })
            }}
            {move || view! { <StorageBanner lang=locale.tracked_lang() /> }}
            <main id="shouhou-main" node_ref=main_ref>
                {pack_error
                    .map(|error| {
                        view! {
                            <p class="field-error" role="alert" data-testid="pack-error">
                                "policy-pack: "
                                {error}
                            </p>
                        }
                    })}
                {move || {
                    locale.tracked_lang();
                    match nav.route().get() {
                        Route::Start => {
                            // Keyed on the language as well as the route: see `Locale`.
                            view! { <start::StartPage /> }
                                .into_any()
                        }
                        Route::Cases => view! { <case_list::CaseList today /> }.into_any(),
                        Route::Case { id, step, .. } => {
                            view! { <case_view::CaseView id=id step=step today=today /> }.into_any()
                        }
                    }
                }}
            </main>
        </div>
    }
}

/// The screen's foldable sections (`<details>`), in document order.
fn foldable_sections(main_ref: NodeRef<html::Main>) -> Vec<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let Some(Ok(found)) = main_ref.get_untracked().map(|main| main.query_selector_all("details")) else {
        return Vec::new();
    };
    (0..found.length()).filter_map(|index| found.item(index)?.dyn_into().ok()).collect()
}

/// After a navigation (not the first screen), move the focus to the new screen's heading, so keyboard
/// and screen-reader users start reading at the top of what changed; a route to a draft (also the first
/// screen's) opens at that draft instead. The next frame comes after the new screen is rendered.
fn focus_heading_on_route_change(nav: Nav, main_ref: NodeRef<html::Main>) {
    Effect::new(move |previous: Option<Route>| {
        let route = nav.route().get();
        let target = route.draft_target();
        if previous.as_ref().map_or(target.is_some(), |previous| *previous != route) {
            let selector = match target {
                Some(purpose) => format!("[data-testid=draft-{}]", purpose.id()),
                None => "h1".to_string(),
            };
            // In the split build a screen may still be loading its chunk: wait for it to be there.
            once_on_screen(main_ref, selector, FOCUS_WAIT_FRAMES, move || match target {
                Some(purpose) => focus_draft(main_ref, purpose),
                None => focus_heading(main_ref),
            });
        }
        route
    });
}

/// About ten seconds of frames: longer than a chunk takes on a slow phone network, short enough that a
/// screen which never shows the element does not keep a loop running.
const FOCUS_WAIT_FRAMES: u32 = 600;

/// Runs `then` in the first frame in which `selector` matches on the screen, trying for `frames` frames.
fn once_on_screen(main_ref: NodeRef<html::Main>, selector: String, frames: u32, then: impl FnOnce() + 'static) {
    request_animation_frame(move || {
        if find_on_screen(main_ref, &selector).is_some() {
            then();
        } else if frames > 0 {
            once_on_screen(main_ref, selector, frames - 1, then);
        }
    });
}

fn focus_heading(main_ref: NodeRef<html::Main>) {
    if let Some(heading) = find_on_screen(main_ref, "h1") {
        let _ = heading.focus();
    }
}

/// Unfolds the draft's section if it is folded, focuses the draft and scrolls its section to the top.
fn focus_draft(main_ref: NodeRef<html::Main>, purpose: drafting::Purpose) {
    let Some(draft) = find_on_screen(main_ref, &format!("[data-testid=draft-{}]", purpose.id())) else { return };
    let folded = draft.closest("details").ok().flatten();
    if let Some(details) = &folded {
        let _ = details.set_attribute("open", "");
    }
    let _ = draft.focus();
    folded.unwrap_or_else(|| draft.into()).scroll_into_view();
}

/// The screen's first element matching `selector`.
fn find_on_screen(main_ref: NodeRef<html::Main>, selector: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    main_ref.try_get_untracked().flatten()?.query_selector(selector).ok().flatten()?.dyn_into().ok()
}

/// Starts a new case (with the host's platform preset, if any) and opens its first step.
fn open_new_case() {
    let book = CaseBook::expect();
    let id = book.create();
    if let Some(platform) = use_context::<AppConfig>().and_then(|config| config.platform) {
        book.update(&id, |record| record.form.platform = choices::id_of(platform));
    }
    Nav::expect().go(Route::case(&id, Some(route::Step::Policy)));
}

/// The walk's steps this page shows: all of them, or the host's choice (`steps` attribute).
fn shown_walk() -> Vec<route::Step> {
    route::Step::WALK.into_iter().filter(|step| step_shown(*step)).collect()
}

/// Whether the host's `steps` attribute (if any) lets this page show `step`.
fn step_shown(step: route::Step) -> bool {
    let chosen = use_context::<AppConfig>().and_then(|config| config.steps);
    chosen.is_none_or(|ids| ids.iter().any(|id| id == step.id()))
}

/// The rules the page decides with: the built-in packs, or the host's pack laid over them.
#[derive(Clone)]
pub struct Rules(Option<std::sync::Arc<rules::PolicyPack>>);

impl Rules {
    /// Provides the rules; a host pack that cannot be read is reported (and the built-in rules used).
    fn provide(pack_json: Option<&str>) -> Option<String> {
        let (pack, error) = match pack_json.map(rules::PolicyPack::from_json) {
            None => (None, None),
            Some(Ok(pack)) => (Some(std::sync::Arc::new(pack)), None),
            Some(Err(error)) => (None, Some(error.to_string())),
        };
        provide_context(Rules(pack));
        error
    }

    pub fn expect() -> Rules {
        use_context::<Rules>().unwrap_or(Rules(None))
    }

    pub fn evaluate(&self, case: &rules::Case) -> rules::Decision {
        match &self.0 {
            Some(pack) => rules::evaluate_with(case, pack),
            None => rules::evaluate(case),
        }
    }

    pub fn rule(&self, id: &str) -> Option<rules::Rule> {
        match &self.0 {
            Some(pack) => pack.rule(id).cloned(),
            None => rules::rule(id).cloned(),
        }
    }
}
