//! The case table (rules_table.json) and how a decision is held against a row. Shared by the native test
//! (tests/rules_table.rs) and the browser test (tests/web_rules.rs), so both judge the same rows the same way.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use serde_json::Value;
use shouhou::rules::{case_from_value, evaluate, ticket, Decision, Platform, TicketStatus};

pub const TABLE: &str = include_str!("rules_table.json");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub rows: Vec<Row>,
    pub tickets: Vec<TicketRow>,
}

/// One case, and what a person worked out by hand from the sources that the decision must say.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    pub name: String,
    /// The hand calculation: which rule, which days, which roll-over.
    pub reasoning: String,
    pub case: Value,
    pub expect: Expect,
}

/// Only what is named is checked; `basis`, `notes` and `channel_basis` must contain the ids given.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    pub refund_only: Option<RemedyExpect>,
    pub return_refund: Option<RemedyExpect>,
    pub exchange: Option<RemedyExpect>,
    pub repair: Option<RemedyExpect>,
    /// A remedy id, or "none".
    pub recommended: Option<String>,
    pub channel: Option<String>,
    #[serde(default)]
    pub channel_basis: Vec<String>,
    /// Deadline id → date; each must be present with that date.
    #[serde(default)]
    pub deadlines: BTreeMap<String, String>,
    /// Deadline ids that must not be present.
    #[serde(default)]
    pub no_deadlines: Vec<String>,
    /// 0 when no compensation is due.
    pub compensation_fen: Option<u64>,
    #[serde(default)]
    pub notes: Vec<String>,
    pub evidence_first: Option<String>,
    #[serde(default)]
    pub evidence: Vec<String>,
    pub calendar_note: Option<bool>,
    /// The refund of a partial return; absent from the decision when the case has none.
    pub partial_refund_fen: Option<u64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RemedyExpect {
    pub verdict: String,
    /// A date, or "none" for no bound.
    pub until: Option<String>,
    pub shipping: Option<String>,
    #[serde(default)]
    pub basis: Vec<String>,
    #[serde(default)]
    pub needs: bool,
}

/// A row of the seeds' cancel/modify tables (seed 000 section 八.五, seed 001 sections 二 and 四).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketRow {
    pub source: String,
    pub status: TicketStatus,
    pub platform: Platform,
    pub cancel: String,
    pub cost: String,
    pub modify: String,
    pub warns: bool,
}

pub fn table() -> Table {
    serde_json::from_str(TABLE).expect("rules_table.json parses")
}

fn id<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
}

/// The decision for a row, and every way it differs from what the row expects.
pub fn check(row: &Row) -> (Option<Decision>, Vec<String>) {
    let case = match case_from_value(&row.case) {
        Ok(case) => case,
        Err(e) => return (None, vec![format!("case does not parse: {e}")]),
    };
    let decision = evaluate(&case);
    let json = serde_json::to_value(&decision).expect("decision serialises");
    let mut problems = Vec::new();
    let expect = &row.expect;
    for (at, (name, wanted)) in [
        ("refund_only", &expect.refund_only),
        ("return_refund", &expect.return_refund),
        ("exchange", &expect.exchange),
        ("repair", &expect.repair),
    ]
    .into_iter()
    .enumerate()
    {
        let Some(wanted) = wanted else { continue };
        let got = &json["remedies"][at];
        let text = |field: &str| got[field].as_str().unwrap_or("none").to_string();
        differ(&mut problems, format!("{name}.verdict"), &wanted.verdict, &text("verdict"));
        if let Some(until) = &wanted.until {
            differ(&mut problems, format!("{name}.until"), until, &text("until"));
        }
        if let Some(shipping) = &wanted.shipping {
            differ(&mut problems, format!("{name}.shipping"), shipping, &text("shipping"));
        }
        let basis: BTreeSet<&str> = got["basis"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        for rule in &wanted.basis {
            if !basis.contains(rule.as_str()) {
                problems.push(format!("{name}.basis: expected to contain {rule}, got {basis:?}"));
            }
        }
        let has_needs = got["needs"].as_array().is_some_and(|needs| !needs.is_empty());
        differ(&mut problems, format!("{name}.needs"), &wanted.needs.to_string(), &has_needs.to_string());
    }
    if let Some(recommended) = &expect.recommended {
        differ(
            &mut problems,
            "recommended".into(),
            recommended,
            &decision.recommended.map(id).unwrap_or_else(|| "none".into()),
        );
    }
    if let Some(channel) = &expect.channel {
        differ(&mut problems, "channel".into(), channel, &id(decision.channel));
    }
    for rule in &expect.channel_basis {
        if !decision.channel_basis.contains(rule) {
            problems.push(format!("channel_basis: expected to contain {rule}, got {:?}", decision.channel_basis));
        }
    }
    for (deadline, on) in &expect.deadlines {
        let got = decision
            .deadlines
            .iter()
            .find(|d| &d.id == deadline)
            .map(|d| d.on.to_string())
            .unwrap_or_else(|| "absent".into());
        differ(&mut problems, format!("deadline {deadline}"), on, &got);
    }
    for deadline in &expect.no_deadlines {
        if decision.deadlines.iter().any(|d| &d.id == deadline) {
            problems.push(format!("deadline {deadline}: expected absent"));
        }
    }
    if let Some(fen) = expect.compensation_fen {
        let got = decision.compensation.as_ref().map_or(0, |c| c.amount_fen);
        differ(&mut problems, "compensation_fen".into(), &fen.to_string(), &got.to_string());
    }
    for note in &expect.notes {
        if !decision.notes.contains(note) {
            problems.push(format!("notes: expected to contain {note}, got {:?}", decision.notes));
        }
    }
    let evidence: Vec<String> = decision.evidence.iter().map(|&e| id(e)).collect();
    if let Some(first) = &expect.evidence_first {
        differ(&mut problems, "evidence_first".into(), first, evidence.first().map_or("none", String::as_str));
    }
    for item in &expect.evidence {
        if !evidence.contains(item) {
            problems.push(format!("evidence: expected to contain {item}, got {evidence:?}"));
        }
    }
    if let Some(note) = expect.calendar_note {
        differ(&mut problems, "calendar_note".into(), &note.to_string(), &decision.calendar_note.is_some().to_string());
    }
    if let Some(fen) = expect.partial_refund_fen {
        let got = decision.partial_refund.as_ref().map_or("absent".into(), |refund| refund.refund_fen.to_string());
        differ(&mut problems, "partial_refund_fen".into(), &fen.to_string(), &got);
    }
    (Some(decision), problems)
}

fn differ(problems: &mut Vec<String>, what: String, want: &str, got: &str) {
    if want != got {
        problems.push(format!("{what}: expected {want}, got {got}"));
    }
}

/// Every way the cancel and modify policies differ from a ticket row.
pub fn check_ticket(row: &TicketRow) -> Vec<String> {
    let cancel = ticket::cancel_policy(row.status, row.platform);
    let modify = ticket::modify_policy(row.status);
    let got = [id(cancel.ease), id(cancel.cost), id(modify.ease), (!cancel.warnings.is_empty()).to_string()];
    let want = [row.cancel.clone(), row.cost.clone(), row.modify.clone(), row.warns.to_string()];
    let names = ["cancel", "cost", "modify", "warns"];
    (0..4)
        .filter(|&at| got[at] != want[at])
        .map(|at| {
            format!(
                "{:?} on {:?} ({}): {} expected {}, got {}",
                row.status, row.platform, row.source, names[at], want[at], got[at]
            )
        })
        .collect()
}

/// Every mismatch in the table, each with the row's hand calculation so a failure shows what was expected and why.
pub fn failures(table: &Table) -> Vec<String> {
    let rows = table.rows.iter().flat_map(|row| {
        check(row)
            .1
            .into_iter()
            .map(move |problem| format!("{}: {problem}\n    worked out: {}", row.name, row.reasoning))
    });
    rows.chain(table.tickets.iter().flat_map(check_ticket)).collect()
}

/// Every rule id a decision cites.
pub fn cited(decision: &Decision) -> impl Iterator<Item = String> + '_ {
    let remedies = decision.remedies.iter().flat_map(|r| r.basis.iter());
    let deadlines = decision.deadlines.iter().flat_map(|d| d.basis.iter());
    let compensation = decision.compensation.iter().flat_map(|c| c.basis.iter());
    let partial = decision.partial_refund.iter().flat_map(|p| p.basis.iter());
    remedies
        .chain(deadlines)
        .chain(compensation)
        .chain(partial)
        .chain(&decision.channel_basis)
        .chain(&decision.notes)
        .cloned()
}
