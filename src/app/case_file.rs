//! The case file: one printable page and a text file to keep, for a 12315 officer, a mediator or a court.

use js_sys::Reflect;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::followup::{case_file, texts, Row, Sheet};

use super::case_view::CaseCtx;
use super::download::download;
use super::evidence_files::FileRow;
use super::next_action::{download_calendar, screen_lang};
use super::route::Nav;

#[component]
pub fn CaseFilePage() -> impl IntoView {
    let lang = screen_lang();
    let t = texts(lang);
    let ctx = CaseCtx::expect();
    let sheet = Memo::new(move |_| {
        let decision = ctx.decision.get()?;
        Some(ctx.record.with(|record| case_file(record, &decision, ctx.today, lang)))
    });
    let save_text = move |_| {
        if let Some(sheet) = sheet.get_untracked() {
            let name = format!("shouhou-{}.txt", ctx.id.get_value());
            download(&name, "text/plain;charset=utf-8", &sheet.to_text());
        }
    };
    let save_calendar = move |_| {
        if let Some(decision) = ctx.decision.get_untracked() {
            ctx.record.with_untracked(|record| download_calendar(record, &decision, ctx.today, lang));
        }
    };
    view! {
        <div class="case-file-page">
            <p class="sheet-actions no-print">
                <button type="button" class="button secondary" data-testid="print" on:click=print_action()>
                    {t.case_file.print}
                </button>
                <button type="button" class="button secondary" data-testid="save-text" on:click=save_text>
                    {t.case_file.save}
                </button>
                <button type="button" class="button secondary" data-testid="calendar-export" on:click=save_calendar>
                    {t.ics.calendar_name}
                    " (.ics)"
                </button>
            </p>
            {move || match sheet.get() {
                Some(sheet) => view! { <SheetView sheet class="sheet case-file" /> }.into_any(),
                None => view! { <SheetMissing /> }.into_any(),
            }}
        </div>
    }
}

/// Said instead of a sheet while the case form still needs a field.
#[component]
pub fn SheetMissing() -> impl IntoView {
    let t = texts(screen_lang());
    view! {
        <h1 tabindex="-1">{t.case_file.heading}</h1>
        <p class="sheet-missing">{t.case_file.incomplete}</p>
    }
}

/// What a sheet screen's print button does. On the app's own page, its print stylesheet leaves just the
/// sheet on paper; embedded, `window.print()` would print the host's whole page, so the screen (the
/// button row's parent) is printed from a frame of its own.
pub(crate) fn print_action() -> impl Fn(ev::MouseEvent) + Copy + 'static {
    let embedded = Nav::expect().embedded();
    move |event| {
        let screen =
            || event.target()?.unchecked_into::<web_sys::Element>().closest(".sheet-actions").ok()??.parent_element();
        match screen().filter(|_| embedded) {
            Some(screen) => _ = print_in_frame(&screen),
            None => _ = window().print(),
        }
    }
}

/// Prints a copy of `page` from an about:blank frame (a host CSP without `blob:` in frame-src lets it
/// load), styled by the rules of the widget's stylesheets (nothing fetched, no inline `<style>` a host
/// CSP could refuse). `print()` returns once the print dialog is closed: the frame then goes.
fn print_in_frame(page: &web_sys::Element) -> Option<()> {
    let app = page.closest(".shouhou").ok()??.clone_node().ok()?;
    app.append_child(&page.clone_node_with_deep(true).ok()?).ok()?;
    let frame: web_sys::HtmlIFrameElement = document().create_element("iframe").ok()?.unchecked_into();
    frame.set_class_name("print-frame");
    page.append_child(&frame).ok()?;
    let printed = (|| {
        let (view, sheet) = (frame.content_window()?, frame.content_document()?);
        sheet.body()?.append_child(&app).ok()?;
        let heading = page.query_selector("h1").ok().flatten().and_then(|heading| heading.text_content());
        sheet.set_title(&heading.unwrap_or_default());
        // A stylesheet is adopted by the document of the window that made it: the frame's.
        let constructor: js_sys::Function = Reflect::get(&view, &"CSSStyleSheet".into()).ok()?.unchecked_into();
        let styles: web_sys::CssStyleSheet =
            Reflect::construct(&constructor, &js_sys::Array::new()).ok()?.unchecked_into();
        // The widget's `:host` rule (its rem size) becomes the frame's root's.
        styles.replace_sync(&style_rules(page).replace(":host", ":root")).ok()?;
        sheet.set_adopted_style_sheets(&js_sys::Array::of1(&styles));
        view.print().ok()
    })();
    frame.remove();
    printed
}

/// The rules of the stylesheets `node` is styled with (its shadow root's, embedded) as CSS text; a
/// stylesheet whose rules cannot be read is left out.
fn style_rules(node: &web_sys::Node) -> String {
    // A document has `styleSheets` as a shadow root has.
    let sheets = node.get_root_node().unchecked_into::<web_sys::ShadowRoot>().style_sheets();
    let mut css = String::new();
    for sheet in (0..sheets.length()).filter_map(|index| sheets.item(index)) {
        let Ok(rules) = sheet.unchecked_into::<web_sys::CssStyleSheet>().css_rules() else { continue };
        for rule in (0..rules.length()).filter_map(|index| rules.item(index)) {
            css.push_str(&rule.css_text());
            css.push('\n');
        }
    }
    css
}

/// A sheet as HTML: the same sections and rows its text form has.
#[component]
pub fn SheetView(sheet: Sheet, #[prop(into)] class: String) -> impl IntoView {
    let sections = sheet
        .sections
        .into_iter()
        .filter(|section| !section.rows.is_empty())
        .map(|section| {
            let rows = section.rows.into_iter().map(row_view).collect_view();
            view! {
                <section class=format!("sheet-section sheet-{}", section.id)>
                    <h2>{section.heading}</h2>
                    <ul class="sheet-rows">{rows}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <article class=class>
            <header class="sheet-header">
                <h1 tabindex="-1">{sheet.heading}" · "{sheet.case_name}</h1>
                <p class="sheet-dated">{sheet.dated}</p>
            </header>
            {sections}
        </article>
    }
}

fn row_view(row: Row) -> AnyView {
    match row {
        Row::Field { label, value } => view! {
            <li class="sheet-field">
                <span class="sheet-label">{label}</span>
                <span class="sheet-value">{value}</span>
            </li>
        }
        .into_any(),
        Row::Check { text, done, note } => {
            let mark = if done { "☑" } else { "☐" };
            let note = (!note.is_empty()).then(|| view! { <span class="sheet-note">{note}</span> });
            view! {
                <li class="sheet-check" class:done=done>
                    <span class="sheet-box" aria-hidden="true">
                        {mark}
                    </span>
                    " "
                    {text}
                    {note}
                </li>
            }
            .into_any()
        }
        Row::Dated { on, when, text } => {
            let datetime = on.map(|on| on.to_string());
            view! {
                <li class="sheet-dated-row">
                    <time class="sheet-when" datetime=datetime>
                        {when}
                    </time>
                    <span>{text}</span>
                </li>
            }
            .into_any()
        }
        Row::Block { title, text } => view! {
            <li class="sheet-block">
                <h3>{title}</h3>
                <p class="sheet-text">{text}</p>
            </li>
        }
        .into_any(),
        Row::File { name, detail, file_id, image } => view! { <FileRow name detail file_id image /> }.into_any(),
    }
}
