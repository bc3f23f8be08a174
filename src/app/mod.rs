//! The buyer's walkthrough (issue 5).

mod config;
mod update_notice;

pub use config::AppConfig;
pub use update_notice::UpdateNotice;

use leptos::prelude::*;

use crate::storage::CaseBook;

#[component]
pub fn App(#[prop(optional)] config: AppConfig) -> impl IntoView {
    let _ = config;
    CaseBook::provide();
    view! { <main><h1>"售后助手"</h1></main> }
}
