//! Fills `{name}` variables in a template line. A line or phrase that names a variable which does not
//! apply to this case is left out whole, so templates need no conditionals.

use super::Slot;
use crate::lang::Lang;

pub(crate) enum Value {
    Text(String),
    /// Not given: shown as a placeholder and reported.
    Missing(Slot),
    /// Does not apply to this case: the line or phrase naming it is left out.
    Absent,
    /// A template of its own, rendered in place; when it is left out, it adds nothing.
    Phrase(&'static str),
}

/// A few dozen variables: a list scans them as fast as a hash map finds them, with less code.
pub(crate) struct Vars {
    values: Vec<(&'static str, Value)>,
    lang: Lang,
}

impl Vars {
    pub fn new(lang: Lang) -> Self {
        Vars { values: Vec::new(), lang }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn set(&mut self, name: &'static str, value: Value) {
        match self.values.iter_mut().find(|(known, _)| *known == name) {
            Some(entry) => entry.1 = value,
            None => self.values.push((name, value)),
        }
    }

    fn get(&self, name: &str) -> Option<&Value> {
        self.values.iter().find(|(known, _)| *known == name).map(|(_, value)| value)
    }

    /// The variable's text, if it has one.
    pub fn text(&self, name: &str) -> Option<&str> {
        match self.get(name) {
            Some(Value::Text(text)) => Some(text),
            _ => None,
        }
    }

    /// The filled line, or `None` when it names something that does not apply. Missing slots it shows
    /// are added to `missing` only when the line is kept.
    pub fn render(&self, template: &str, missing: &mut Vec<Slot>) -> Option<String> {
        let mut out = String::with_capacity(template.len());
        let mut shown = Vec::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some((value, tail)) = after.split_once('}').and_then(|(name, tail)| Some((self.get(name)?, tail)))
            else {
                out.push('{');
                rest = after;
                continue;
            };
            match value {
                Value::Text(text) => out.push_str(text),
                Value::Missing(slot) => {
                    out.push_str(&slot.placeholder(self.lang));
                    shown.push(*slot);
                }
                Value::Absent => return None,
                Value::Phrase(phrase) => {
                    if let Some(text) = self.render(phrase, &mut shown) {
                        out.push_str(&text);
                    }
                }
            }
            rest = tail;
        }
        out.push_str(rest);
        missing.extend(shown);
        Some(out)
    }

    /// Renders template lines into a text: empty template lines separate paragraphs, lines left out
    /// vanish, and no paragraph break is doubled.
    pub fn render_lines(&self, lines: &[&str], missing: &mut Vec<Slot>) -> String {
        let mut kept: Vec<String> = Vec::new();
        for line in lines {
            if line.is_empty() {
                if kept.last().is_some_and(|last| !last.is_empty()) {
                    kept.push(String::new());
                }
                continue;
            }
            if let Some(text) = self.render(line, missing).filter(|text| !text.trim().is_empty()) {
                kept.push(text.trim_end().to_owned());
            }
        }
        while kept.last().is_some_and(|last| last.is_empty()) {
            kept.pop();
        }
        kept.join("\n")
    }
}
