//! Hand-rolled navigation: a `Route` read from and written to the URL hash when the app has its own
//! page (so the back button, a reload and a bookmark keep the buyer's place), and kept in a signal only
//! when embedded, where the host page's URL and links are not ours to touch.

use leptos::ev;
use leptos::prelude::*;

use crate::drafting::Purpose;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Start,
    Cases,
    /// One case: its overview when `step` is `None`; `draft` names the step's draft to open at.
    Case {
        id: String,
        step: Option<Step>,
        draft: Option<Purpose>,
    },
}

pub use crate::record::Step;

impl Route {
    /// Reads `#/`, `#/cases`, `#/case/<id>`, `#/case/<id>/<step>` and `#/case/<id>/<step>/<draft>`;
    /// anything else is the start page.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|part| !part.is_empty()).collect();
        match parts.as_slice() {
            ["cases"] => Route::Cases,
            ["case", id, rest @ ..] => {
                let step = rest.first().and_then(|step| Step::from_id(step));
                let draft = step.and(rest.get(1)).and_then(|draft| Purpose::from_id(draft));
                Route::Case { id: decode(id), step, draft }
            }
            _ => Route::Start,
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Start => "#/".to_string(),
            Route::Cases => "#/cases".to_string(),
            Route::Case { id, step, draft } => {
                let step = step.map(|step| format!("/{}", step.id())).unwrap_or_default();
                let draft = draft.map(|draft| format!("/{}", draft.id())).unwrap_or_default();
                format!("#/case/{}{step}{draft}", encode(id))
            }
        }
    }

    pub fn case(id: &str, step: Option<Step>) -> Route {
        Route::Case { id: id.to_string(), step, draft: None }
    }

    /// A case's step, opened at the draft for `purpose`.
    pub fn draft(id: &str, step: Step, purpose: Purpose) -> Route {
        Route::Case { id: id.to_string(), step: Some(step), draft: Some(purpose) }
    }

    /// The draft the screen opens at, if any.
    pub fn draft_target(&self) -> Option<Purpose> {
        match self {
            Route::Case { draft, .. } => *draft,
            _ => None,
        }
    }
}

fn encode(id: &str) -> String {
    String::from(js_sys::encode_uri_component(id))
}

fn decode(id: &str) -> String {
    js_sys::decode_uri_component(id).map(String::from).unwrap_or_else(|_| id.to_string())
}

/// The current route, shared through context.
#[derive(Clone, Copy)]
pub struct Nav {
    route: RwSignal<Route>,
    embedded: bool,
}

impl Nav {
    pub fn provide(embedded: bool) -> Nav {
        let start = if embedded { Route::Start } else { Route::parse(&location_hash()) };
        let nav = Nav { route: RwSignal::new(start), embedded };
        if !embedded {
            let listener = window_event_listener(ev::hashchange, move |_| {
                let route = Route::parse(&location_hash());
                if nav.route.try_get_untracked().is_some_and(|current| current != route) {
                    nav.route.try_set(route);
                }
            });
            on_cleanup(move || listener.remove());
        }
        provide_context(nav);
        nav
    }

    pub fn expect() -> Nav {
        expect_context::<Nav>()
    }

    pub fn route(&self) -> Signal<Route> {
        self.route.into()
    }

    pub fn embedded(&self) -> bool {
        self.embedded
    }

    /// Goes to `route`; standalone, through the URL so the browser's history records it.
    pub fn go(&self, route: Route) {
        if !self.embedded {
            let hash = route.to_hash();
            if location_hash() != hash {
                let _ = window().location().set_hash(&hash);
            }
        }
        if self.route.get_untracked() != route {
            self.route.set(route);
        }
    }
}

fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// A link to a route: a real `<a href="#/...">` standalone; embedded, the click is kept inside the app.
#[component]
pub fn Link(
    to: Route,
    children: Children,
    #[prop(optional, into)] class: String,
    #[prop(optional, into)] testid: String,
    #[prop(optional)] current: bool,
) -> impl IntoView {
    let nav = Nav::expect();
    let href = to.to_hash();
    let on_click = move |event: ev::MouseEvent| {
        if nav.embedded {
            event.prevent_default();
            nav.go(to.clone());
        }
    };
    view! {
        <a href=href class=class data-testid=testid aria-current=current.then_some("page") on:click=on_click>
            {children()}
        </a>
    }
}
