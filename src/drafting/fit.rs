//! Fitting a text into a channel's length limit. What the buyer wrote is what the shop must read, so the
//! rules cited are compressed first and the template's own words go next; the order number, the item, the
//! buyer's description, the demand and the answer-by date stay. The item and the description are trimmed
//! (ending in …) only when nothing else is left to give up, and never below a few characters.

use serde::Serialize;

use super::render::{Value, Vars};
use super::{templates, Slot};
use crate::lang::Lang;

/// What a shortened text gave up, in the order the fitting gives things up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cut {
    /// Only the main rule is cited.
    Citations,
    /// The sentence saying the request is within its time limit.
    Period,
    Courtesy,
    /// The problem is named by its short name.
    Problem,
    /// Who pays the return postage (the form's own field says it too).
    Shipping,
    Description,
    /// No rule is cited.
    Basis,
    ItemName,
    ExchangeFor,
    /// The text is cut at the limit: only when the buyer's facts alone are longer than the channel allows.
    End,
}

impl Cut {
    pub const ALL: [Cut; 10] = [
        Cut::Citations,
        Cut::Period,
        Cut::Courtesy,
        Cut::Problem,
        Cut::Shipping,
        Cut::Description,
        Cut::Basis,
        Cut::ItemName,
        Cut::ExchangeFor,
        Cut::End,
    ];

    /// What was given up, as the page tells the buyer.
    pub fn label(self, lang: Lang) -> &'static str {
        templates::get(lang).cuts[&self]
    }
}

/// The characters of the buyer's description kept before the rules cited are given up.
const DESCRIPTION_BEFORE_BASIS: usize = 60;

/// The buyer's words that may be trimmed last, each with the characters kept: the first pass keeps more,
/// the second (a very long order number in a 150-character box) less.
const TRIMMED: [(Cut, &str, [usize; 2]); 3] = [
    (Cut::Description, "description", [12, 6]),
    (Cut::ItemName, "item_name", [8, 4]),
    (Cut::ExchangeFor, "exchange_for", [6, 3]),
];

pub(crate) enum Fitting<'a> {
    /// Give up what it takes to stay within the limit, if there is one.
    ToLimit(Option<usize>),
    /// Give up what another text gave up (a reading copy of it), but trim none of the buyer's words.
    Like(&'a [Cut]),
}

pub(crate) struct Fitted {
    pub text: String,
    /// The placeholders the text shows.
    pub shown: Vec<Slot>,
    pub cuts: Vec<Cut>,
}

pub(crate) fn fit(mut vars: Vars, fitting: Fitting, compose: impl Fn(&Vars, &mut Vec<Slot>) -> String) -> Fitted {
    let mut shown = Vec::new();
    let mut text = compose(&vars, &mut shown);
    let mut cuts = Vec::new();
    let (max, like) = match fitting {
        Fitting::ToLimit(None) => return Fitted { text, shown, cuts },
        Fitting::ToLimit(Some(max)) => (max, None),
        Fitting::Like(given_up) => (0, Some(given_up)),
    };
    let length = |text: &str| text.chars().count();
    // Composes again; a cut that made the text shorter is recorded (once).
    let recompose = |cut: Cut, vars: &Vars, text: &mut String, shown: &mut Vec<Slot>, cuts: &mut Vec<Cut>| {
        let mut now_shown = Vec::new();
        let shorter = compose(vars, &mut now_shown);
        if length(&shorter) < length(text) {
            *text = shorter;
            *shown = now_shown;
            if !cuts.contains(&cut) {
                cuts.push(cut);
            }
        }
    };

    for cut in [Cut::Citations, Cut::Period, Cut::Courtesy, Cut::Problem, Cut::Shipping, Cut::Description, Cut::Basis] {
        let wanted = match like {
            Some(given_up) => given_up.contains(&cut) && cut != Cut::Description,
            None => length(&text) > max,
        };
        if !wanted {
            continue;
        }
        let replaced = match cut {
            // A long description gives way to the main rule if it keeps a few dozen characters doing so.
            Cut::Description => (
                "description",
                vars.text("description").and_then(|words| {
                    let keep = words.chars().count().checked_sub(length(&text) - max + 1)?;
                    (keep >= DESCRIPTION_BEFORE_BASIS).then(|| words.chars().take(keep).chain(['…']).collect())
                }),
            ),
            Cut::Citations => ("citations", vars.text("main_citation").map(str::to_owned)),
            Cut::Period => ("within_period", Some(String::new())),
            Cut::Courtesy => ("thanks", Some(String::new())),
            Cut::Problem => ("problem", vars.text("problem_short").map(str::to_owned)),
            Cut::Shipping => ("shipping_clause", Some(String::new())),
            _ => ("basis", Some(String::new())),
        };
        if let (name, Some(value)) = replaced {
            vars.set(name, Value::Text(value));
            recompose(cut, &vars, &mut text, &mut shown, &mut cuts);
        }
    }
    if like.is_some() {
        return Fitted { text, shown, cuts };
    }
    for pass in 0..2 {
        for (cut, name, floors) in TRIMMED {
            let overflow = length(&text).saturating_sub(max);
            let Some(words) = vars.text(name).filter(|_| overflow > 0) else { continue };
            let words = words.strip_suffix('…').unwrap_or(words);
            let count = words.chars().count();
            let keep = count.saturating_sub(overflow + 1).max(floors[pass]);
            if keep < count {
                let trimmed = words.chars().take(keep).chain(['…']).collect();
                vars.set(name, Value::Text(trimmed));
                recompose(cut, &vars, &mut text, &mut shown, &mut cuts);
            }
        }
    }
    if length(&text) > max {
        text = text.chars().take(max.saturating_sub(1)).chain(['…']).collect();
        cuts.push(Cut::End);
        // A place cut off with the end is no longer shown.
        shown.retain(|slot| text.contains(&slot.placeholder(vars.lang())));
    }
    Fitted { text, shown, cuts }
}
