//! The buyer's walkthrough (issue 5).

use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    view! { <main><h1>"售后助手"</h1></main> }
}
