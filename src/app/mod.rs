//! The buyer's walkthrough (issue 5).

mod case_file;
mod closing;
mod config;
mod data_panel;
mod next_action;
mod print;
mod update_notice;

pub use case_file::{CaseFilePage, SheetView};
pub use closing::ClosingPage;
pub use config::AppConfig;
pub use data_panel::{download_export, DataPanel, StorageBanner};
pub use next_action::NextActionPanel;
pub use print::PrintChecklist;
pub use update_notice::UpdateNotice;

use leptos::prelude::*;

use crate::storage::CaseBook;

#[component]
pub fn App(#[prop(optional)] config: AppConfig) -> impl IntoView {
    let _ = config;
    CaseBook::provide();
    view! { <main><h1>"售后助手"</h1></main> }
}
