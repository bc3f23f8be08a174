//! The app mounts in a real browser and shows its first screen.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use shouhou::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_app_mounts_and_shows_its_title() {
    let document = leptos::tachys::dom::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let _mounted = leptos::mount::mount_to(host.clone().unchecked_into(), || view! { <App /> });
    leptos::task::tick().await;
    let heading = host.query_selector("h1").unwrap().expect("the first screen has a heading");
    assert!(heading.text_content().unwrap().contains("售后助手"));
}
