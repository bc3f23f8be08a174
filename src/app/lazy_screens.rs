//! The step screens are the bulk of the app; the start page, the case list and the frame around a case
//! are not. In the split release build (feature `split`, README "Split build") they live in wasm chunks,
//! fetched the first time a screen opens, and ahead of time for the screen the buyer will likely open
//! next. Four chunks: the policy screen (a new case's first screen, wanted quickly), the other screens,
//! the case list's data panel, and the English screen strings (loaded before anything is shown in
//! English); code two of them share goes to a chunk of its own. A chunk per screen was tried: the
//! splitter then made over a hundred modules of 1-2 KB, each a request. Without the feature (`trunk
//! serve`, the tests) the same functions are called directly.
//!
//! A chunk that cannot be fetched (offline before it was cached, a host that dropped an old build)
//! shows a message, a retry and a reload, never a dead page; what the buyer typed is in storage, not in
//! the chunk.

// The splitter's macro declares each chunk's import and export with `unsafe extern "C"`: its contract
// (one callback per load, the export linked by wasm-split-cli) is the crate's, not ours to check here.
#![allow(unsafe_code)]

use std::future::Future;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::locale::Locale;
use super::route::Step;
use super::{cancel, channel, dispute, evidence, overview, policy, progress, ticket};
use super::{CaseFilePage, ClosingPage, DataPanel, PrintChecklist};
use crate::lang::Lang;

/// A chunk could not be loaded.
#[derive(Debug)]
pub struct ChunkMissing;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// `$screen` (a view) as the function `$name`, in the chunk `$chunk` of the split build; `$prefetch`, if
/// named, fetches that chunk without showing anything.
macro_rules! chunk {
    ($chunk:ident: $name:ident, $($prefetch:ident,)? ($($arg:ident: $ty:ty),*) => $screen:expr) => {
        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split(
                $chunk, fallible, wasm_split_path = ::leptos::wasm_split, $(preload($prefetch))?
            )
        )]
        fn $name($($arg: $ty),*) -> Result<AnyView, ChunkMissing> {
            Ok($screen.into_any())
        }

        $(
            #[cfg(not(feature = "split"))]
            async fn $prefetch() -> Result<(), ChunkMissing> {
                Ok(())
            }
        )?
    };
}

/// Calls a chunk's function: awaiting its chunk in the split build, directly otherwise.
#[cfg(feature = "split")]
macro_rules! call {
    ($name:ident($($arg:expr),*)) => { $name($($arg),*).await };
}
#[cfg(not(feature = "split"))]
macro_rules! call {
    ($name:ident($($arg:expr),*)) => { $name($($arg),*) };
}

chunk!(case_screens: overview_screen, fetch_case_screens, () => view! { <overview::Overview /> });
chunk!(policy: policy_screen, fetch_policy, () => view! { <policy::PolicyStep /> });
chunk!(case_screens: evidence_screen, () => view! { <evidence::EvidenceStep /> });
chunk!(case_screens: channel_screen, () => view! { <channel::ChannelStep /> });
chunk!(case_screens: ticket_screen, () => view! { <ticket::TicketStep /> });
chunk!(case_screens: progress_screen, () => view! { <progress::ProgressStep /> });
chunk!(case_screens: dispute_screen, () => view! { <dispute::DisputeStep /> });
chunk!(case_screens: cancel_screen, () => view! { <cancel::CancelStep /> });
chunk!(case_screens: close_screen, () => view! {
    <h1 tabindex="-1">{Locale::expect().ui().step_close}</h1>
    <ClosingPage />
});
chunk!(case_screens: file_screen, () => view! { <CaseFilePage /> });
chunk!(case_screens: print_screen, () => view! { <PrintChecklist /> });
chunk!(data_tools: data_tools, (lang: Lang) => view! { <DataPanel lang /> });

/// The English screen strings, in their own chunk.
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(english, fallible, wasm_split_path = ::leptos::wasm_split)]
fn english_table() -> Result<&'static crate::i18n::Ui, ChunkMissing> {
    Ok(crate::i18n::english::table())
}

/// Makes `lang`'s screen strings available (loading the English chunk in the split build); false when
/// they could not be loaded (the screen then stays in Chinese).
pub async fn load_language(lang: Lang) -> bool {
    #[cfg(feature = "split")]
    if lang == Lang::En && !crate::i18n::english::is_loaded() {
        match english_table().await {
            Ok(table) => crate::i18n::english::register(table),
            Err(ChunkMissing) => return false,
        }
    }
    #[cfg(not(feature = "split"))]
    let _ = lang; // One module holds every language's strings.
    true
}

async fn load_step_screen(step: Option<Step>) -> Result<AnyView, ChunkMissing> {
    match step {
        None => call!(overview_screen()),
        Some(Step::Policy) => call!(policy_screen()),
        Some(Step::Evidence) => call!(evidence_screen()),
        Some(Step::Channel) => call!(channel_screen()),
        Some(Step::Ticket) => call!(ticket_screen()),
        Some(Step::Progress) => call!(progress_screen()),
        Some(Step::Dispute) => call!(dispute_screen()),
        Some(Step::Cancel) => call!(cancel_screen()),
        Some(Step::Close) => call!(close_screen()),
        Some(Step::File) => call!(file_screen()),
        Some(Step::Print) => call!(print_screen()),
    }
}

/// Fetches the chunk of a step's screen (the overview's for `None`) in the background once the screen
/// now built is painted; a failure is left for the screen to report if the buyer opens it.
pub fn prefetch_step_screen(step: Option<Step>) {
    leptos::task::spawn_local(async move {
        after_first_paint().await;
        let _ = match step {
            Some(Step::Policy) => fetch_policy().await,
            _ => fetch_case_screens().await,
        };
    });
}

/// Once the policy screen's chunk is there (or could not be fetched), never before the first screen is
/// painted: the first module alone comes before it.
pub async fn policy_screen_loaded() {
    after_first_paint().await;
    let _ = fetch_policy().await;
}

/// Resolves in a task after the next frame: once the screen now built is painted.
pub async fn after_first_paint() {
    let painted = js_sys::Promise::new(&mut |resolve, _| {
        request_animation_frame(move || {
            set_timeout(move || drop(resolve.call0(&wasm_bindgen::JsValue::UNDEFINED)), Default::default())
        })
    });
    let _ = wasm_bindgen_futures::JsFuture::from(painted).await;
}

/// The screen of one step (the overview when `step` is `None`), from its chunk; once it is there, the
/// chunk of `next` (the screen the buyer will likely open after it) is fetched in the background.
pub fn step_screen(step: Option<Step>, next: Option<Step>) -> AnyView {
    let load = move || async move {
        let screen = load_step_screen(step).await;
        if screen.is_ok() && next.is_some() {
            prefetch_step_screen(next);
        }
        screen
    };
    view! { <FromChunk load part=Part::Screen /> }.into_any()
}

/// The case list's backup, restore and delete-all panel, from its chunk.
#[component]
pub fn LazyDataPanel(lang: Lang) -> impl IntoView {
    view! { <FromChunk load=move || async move { call!(data_tools(lang)) } part=Part::DataTools /> }
}

/// What a chunk brings: the message when it cannot load names it.
#[derive(Clone, Copy)]
enum Part {
    Screen,
    DataTools,
}

/// What `load` makes, once its chunk is there: a short note while it loads (holding the screen's place,
/// so the buttons below do not sit under the buyer's thumb and then jump), a retry if it fails.
#[component]
fn FromChunk<F, Fut>(load: F, part: Part) -> impl IntoView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, ChunkMissing>> + 'static,
{
    let ui = Locale::expect().ui();
    let attempt = RwSignal::new(0_u32);
    let loaded = move || {
        attempt.track();
        let screen = load();
        Suspend::new(SendWrapper::new(async move {
            match screen.await {
                Ok(screen) => screen,
                Err(ChunkMissing) => view! { <ChunkFailed attempt part /> }.into_any(),
            }
        }))
    };
    let class = match part {
        Part::Screen => "screens-loading screen-sized",
        Part::DataTools => "screens-loading",
    };
    view! {
        <Suspense fallback=move || {
            view! {
                <p class=class role="status" data-testid="screens-loading">
                    {ui.screens_loading}
                </p>
            }
        }>{loaded}</Suspense>
    }
}

/// The chunk did not come: try again, or reload the page (when the host has a newer build, the old
/// chunk is gone for good and only the new page finds its own).
#[component]
fn ChunkFailed(attempt: RwSignal<u32>, part: Part) -> impl IntoView {
    let ui = Locale::expect().ui();
    let message = match part {
        Part::Screen => ui.screens_failed,
        Part::DataTools => ui.data_tools_failed,
    };
    view! {
        <section class="chunk-failed" role="alert" data-testid="chunk-failed">
            <p>{message}</p>
            <p class="actions">
                <button
                    type="button"
                    class="button"
                    data-testid="chunk-retry"
                    on:click=move |_| attempt.update(|n| *n += 1)
                >
                    {ui.screens_retry}
                </button>
                <button
                    type="button"
                    class="button secondary"
                    data-testid="chunk-reload"
                    on:click=|_| drop(window().location().reload())
                >
                    {ui.screens_reload}
                </button>
            </p>
        </section>
    }
}
