//! Furniture the case's step screens share: a field bound to one of the ticket's facts, its hints, and
//! the note shown while the case form is incomplete.

use leptos::prelude::*;

use super::case_view::CaseCtx;
use super::locale::Locale;
use super::route::{Link, Step};
use super::widgets::{Label, TextField};
use crate::record::{check_ticket, CaseRecord, Facts};

/// A text field bound to one of the ticket's facts, with the live check's message for it.
pub fn fact_field(
    name: &'static str,
    label: Label,
    read: fn(&CaseRecord) -> &String,
    write: fn(&mut Facts, String),
    hint: Signal<String>,
) -> impl IntoView {
    let ctx = CaseCtx::expect();
    let error = Signal::derive(move || {
        ctx.record.with(|record| {
            check_ticket(&record.facts, record.form.paid_fen())
                .into_iter()
                .find(|error| error.field == name)
                .map(|error| error.problem)
        })
    });
    let (kind, inputmode, autocomplete) = match name {
        "phone" => ("tel", Some("tel"), Some("tel")),
        "buyer_name" => ("text", None, Some("name")),
        "address" => ("text", None, Some("street-address")),
        "requested_yuan" | "offered_yuan" | "quantity" => ("text", Some("decimal"), None),
        _ => ("text", None, None),
    };
    let multiline = matches!(name, "description" | "refusal_reason" | "cancel_reason" | "change");
    view! {
        <TextField
            name=name
            label=label
            kind=kind
            inputmode=inputmode.unwrap_or("text")
            autocomplete=autocomplete.unwrap_or("off")
            multiline=multiline
            value=ctx.text(read)
            on_input=move |text: String| ctx.update(|record| write(&mut record.facts, text))
            hint=hint
            error=error
        />
    }
}

/// No hint under the field.
pub fn no_hint() -> Signal<String> {
    Signal::stored(String::new())
}

pub fn static_hint(hint: Label) -> Signal<String> {
    Signal::stored(hint(Locale::expect().ui()).to_string())
}

/// Shown by steps that need the decision while the case form is incomplete.
#[component]
pub fn NeedsCase() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    view! {
        <p class="note" data-testid="needs-case">
            {ui.needs_case_first}
            " "
            <Link to=ctx.route(Some(Step::Policy)) testid="go-policy">
                {ui.go_to_policy}
            </Link>
        </p>
    }
}
