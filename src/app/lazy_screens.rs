//! The step screens are the bulk of the app; the start page, the case list and the frame around a case
//! are not. In the split release build (feature `split`, README "Split build") they live in wasm chunks,
//! fetched the first time a screen opens, and ahead of time for the screen the buyer will likely open
//! next. Three chunks: the policy screen (a new case's first screen, wanted quickly), the other screens,
//! and the case list's data panel; code two of them share goes to a chunk of its own. A chunk per screen
//! was tried: the splitter then made over a hundred modules of 1-2 KB, each a request. Without the feature
//! (`trunk serve`, the tests) the same functions are called directly.
//!
//! A chunk that cannot be fetched (offline before it was cached, a host that dropped an old build)
//! shows a message and a retry, never a dead page; what the buyer typed is in storage, not in the chunk.

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

/// Fetches the chunk of a step's screen (the overview's for `None`) in the background; a failure is
/// left for the screen to report if the buyer opens it.
pub fn prefetch_step_screen(step: Option<Step>) {
    leptos::task::spawn_local(async move {
        let _ = match step {
            Some(Step::Policy) => fetch_policy().await,
            _ => fetch_case_screens().await,
        };
    });
}

/// The screen of one step (the overview when `step` is `None`), from its chunk.
pub fn step_screen(step: Option<Step>) -> AnyView {
    view! { <FromChunk load=move || load_step_screen(step) /> }.into_any()
}

/// The case list's backup, restore and delete-all panel, from its chunk.
#[component]
pub fn LazyDataPanel(lang: Lang) -> impl IntoView {
    view! { <FromChunk load=move || async move { call!(data_tools(lang)) } /> }
}

/// What `load` makes, once its chunk is there: a short note while it loads, a retry if it fails.
#[component]
fn FromChunk<F, Fut>(load: F) -> impl IntoView
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
                Err(ChunkMissing) => view! { <ChunkFailed attempt /> }.into_any(),
            }
        }))
    };
    view! {
        <Suspense fallback=move || {
            view! {
                <p class="screens-loading" role="status" data-testid="screens-loading">
                    {ui.screens_loading}
                </p>
            }
        }>{loaded}</Suspense>
    }
}

#[component]
fn ChunkFailed(attempt: RwSignal<u32>) -> impl IntoView {
    let ui = Locale::expect().ui();
    view! {
        <section class="chunk-failed" role="alert" data-testid="chunk-failed">
            <p>{ui.screens_failed}</p>
            <button
                type="button"
                class="primary"
                data-testid="chunk-retry"
                on:click=move |_| attempt.update(|n| *n += 1)
            >
                {ui.screens_retry}
            </button>
        </section>
    }
}
