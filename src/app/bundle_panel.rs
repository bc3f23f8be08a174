//! The backup with evidence files (issue 16), in the data panel: export every case and its files as one
//! zip (optionally with location-free photo copies for sharing), and import such a zip.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::download::download_blob;
use crate::i18n::EvidenceText;
use crate::lang::Lang;
use crate::storage::bundle::{export_bundle, import_bundle};
use crate::storage::text::{bundle_error, import_summary, say_file};
use crate::storage::CaseBook;

#[component]
pub fn BundlePanel(lang: Lang) -> impl IntoView {
    let book = CaseBook::expect();
    let without_location = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let result: RwSignal<Option<Result<String, String>>> = RwSignal::new(None);
    let export = move |_| {
        busy.set(true);
        let cases = book.cases().get_untracked();
        let for_sharing = without_location.get_untracked();
        spawn_local(async move {
            let made = export_bundle(cases, js_sys::Date::now(), for_sharing).await;
            busy.try_set(false);
            match made {
                Ok(zip) => offer(&zip),
                Err(error) => _ = result.try_set(Some(Err(bundle_error(lang, &error)))),
            }
        });
    };
    let import = move |event: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&event);
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        busy.set(true);
        spawn_local(async move {
            let done = import_bundle(book, file.into()).await;
            busy.try_set(false);
            result.try_set(Some(match done {
                Ok(summary) => Ok(import_summary(lang, &summary)),
                Err(error) => Err(bundle_error(lang, &error)),
            }));
        });
    };
    let label = move |text: EvidenceText| say_file(lang, text, &[]);
    view! {
        <div class="bundle-panel" data-testid="bundle-panel">
            <h3>{label(EvidenceText::BundleTitle)}</h3>
            <p>
                <label>
                    <input
                        type="checkbox"
                        data-testid="bundle-without-location"
                        on:change=move |event| without_location.set(event_target_checked(&event))
                    />
                    " "
                    {label(EvidenceText::WithoutLocation)}
                </label>
            </p>
            <p>
                <button type="button" data-testid="bundle-export" on:click=export disabled=move || busy.get()>
                    {label(EvidenceText::ExportBundle)}
                </button>
            </p>
            <p>
                <label class="button secondary file-button">
                    {label(EvidenceText::ImportBundle)}
                    <input type="file" accept=".zip,application/zip" data-testid="bundle-import" on:change=import />
                </label>
            </p>
            {move || busy.get().then(|| view! { <p role="status">{label(EvidenceText::Working)}</p> })}
            {move || {
                result
                    .get()
                    .map(|result| match result {
                        Ok(text) => {
                            view! {
                                <p role="status" data-testid="bundle-done">
                                    {text}
                                </p>
                            }
                                .into_any()
                        }
                        Err(text) => {
                            view! {
                                <p role="alert" data-testid="bundle-error">
                                    {text}
                                </p>
                            }
                                .into_any()
                        }
                    })
            }}
        </div>
    }
}

/// Offers the zip as a download named for today.
fn offer(zip: &web_sys::Blob) {
    let day: String = String::from(js_sys::Date::new_0().to_iso_string()).chars().take(10).collect();
    download_blob(&format!("shouhou-backup-{day}.zip"), zip);
}
