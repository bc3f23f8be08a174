//! The rules behind a verdict: each rule's citation in the screen's language, its text in plain words on
//! demand, and, where its number is not checked against the source, the plain sentence for its kind of source.

use leptos::prelude::*;

use super::locale::Locale;
use crate::lang::Lang;
use crate::rules::{cited_once, Rule};

#[component]
pub fn RuleCites(ids: Vec<String>) -> impl IntoView {
    let locale = Locale::expect();
    let (ui, lang) = (locale.ui(), locale.lang());
    let rules = super::Rules::expect();
    let notes = crate::followup::texts(lang);
    let found: Vec<Rule> = ids.iter().filter_map(|id| rules.rule(id)).collect();
    (!found.is_empty()).then(|| {
        let separator = if lang == Lang::ZhCn { "；" } else { "; " };
        let summary = cited_once(&found, lang).join(separator);
        view! {
            <details class="basis" data-testid="basis">
                <summary>{ui.basis_label}{ui.colon}{summary}</summary>
                <ul>
                    {found
                        .into_iter()
                        .map(|rule| {
                            view! {
                                <li class="rule">
                                    <strong>{rule.citation(lang).to_string()}</strong>
                                    {
                                        let (text, in_lang) = rule.text_in(lang);
                                        view! {
                                            " "
                                            <span lang=in_lang.code()>{text.to_string()}</span>
                                        }
                                    }
                                    {notes
                                        .unverified_note(&rule)
                                        .map(|note| view! { <em class="unverified">" "{note}</em> })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        }
    })
}
