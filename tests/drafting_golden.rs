//! Golden drafts: every purpose on the three seed cases, in both languages, compared with the texts under
//! tests/golden/. After a deliberate wording change, rewrite them with `UPDATE_GOLDEN=1` and read the diff.
#![cfg(not(target_arch = "wasm32"))]

mod drafting_seeds;

use std::fmt::Write;
use std::path::PathBuf;

use shouhou::drafting::{draft, Draft, Purpose};
use shouhou::lang::Lang;
use shouhou::rules::TicketStatus;

fn show(draft: &Draft) -> String {
    let mut out = String::new();
    writeln!(out, "=== {} ===", draft.purpose.id()).unwrap();
    match &draft.limit {
        Some(limit) => writeln!(
            out,
            "limit: {}-{} characters ({}), used {}{}",
            limit.min,
            limit.max,
            if limit.verified { "verified" } else { "unverified" },
            draft.char_count(),
            if draft.shortened { ", shortened" } else { "" }
        )
        .unwrap(),
        None => writeln!(out, "limit: none").unwrap(),
    }
    let missing: Vec<&str> = draft.missing.iter().map(|slot| slot.id()).collect();
    writeln!(out, "missing: {}", if missing.is_empty() { "none".to_owned() } else { missing.join(", ") }).unwrap();
    if !draft.fields.is_empty() {
        writeln!(out, "--- fields").unwrap();
        for field in &draft.fields {
            writeln!(out, "{} | {}: {}", field.id, field.label, field.value).unwrap();
        }
    }
    writeln!(out, "--- text").unwrap();
    writeln!(out, "{}", draft.text).unwrap();
    out
}

#[test]
fn every_purpose_on_the_seed_cases_matches_its_golden_text() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for seed in drafting_seeds::all() {
        for lang in Lang::ALL {
            let drafts: String = Purpose::ALL
                .into_iter()
                .map(|purpose| {
                    // A seed without a recorded status stands for a submitted ticket.
                    let status = seed.options(lang).status.map_or(TicketStatus::Submitted, |(status, _)| status);
                    match purpose.not_offered(&seed.case, status) {
                        Some(reason) => format!("=== {} ===\nnot offered: {reason:?}\n", purpose.id()),
                        None => show(&draft(
                            purpose,
                            lang,
                            &seed.case,
                            &seed.decision,
                            seed.facts(lang),
                            seed.options(lang),
                        )),
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            let path: PathBuf =
                [env!("CARGO_MANIFEST_DIR"), "tests", "golden", &format!("{}.{}.txt", seed.name, lang.code())]
                    .iter()
                    .collect();
            if update {
                std::fs::write(&path, &drafts).unwrap();
                continue;
            }
            let golden = std::fs::read_to_string(&path).unwrap_or_default();
            if golden != drafts {
                stale.push(format!("{}\n{drafts}", path.display()));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "drafts differ from their golden texts (UPDATE_GOLDEN=1 rewrites them):\n{}",
        stale.join("\n")
    );
}
