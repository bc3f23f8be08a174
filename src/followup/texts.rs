//! The follow-up wording, one file per language: data/followup/zh-CN.json and en.json.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::lang::Lang;

#[derive(Debug, Deserialize)]
pub struct Texts {
    pub date_format: String,
    pub full_date_format: String,
    pub untitled_case: String,
    pub actions: BTreeMap<String, ActionText>,
    pub deadlines: BTreeMap<String, String>,
    pub steps: BTreeMap<String, String>,
    pub drafts: BTreeMap<String, String>,
    pub ics: IcsTexts,
    /// Names of contract ids, by id kind (`platform`, `remedy`, `evidence`, `status`, ...).
    pub labels: BTreeMap<String, BTreeMap<String, String>>,
    pub case_file: BTreeMap<String, String>,
    pub checklist: BTreeMap<String, String>,
    pub closing: ClosingTexts,
}

#[derive(Debug, Deserialize)]
pub struct ActionText {
    pub title: String,
    pub detail: String,
}

#[derive(Debug, Deserialize)]
pub struct IcsTexts {
    pub calendar_name: String,
    pub summary: String,
    pub promise: String,
    pub seller_due: String,
    pub alarm: String,
    pub basis: String,
}

#[derive(Debug, Deserialize)]
pub struct ClosingTexts {
    pub aftercare: Vec<AftercareStep>,
    pub refund_full: String,
    pub refund_short: String,
    pub refund_over: String,
    pub stages: BTreeMap<String, String>,
    pub days: String,
    pub typical: String,
    pub rating: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
pub struct AftercareStep {
    pub id: String,
    pub title: String,
    pub detail: String,
}

pub fn texts(lang: Lang) -> &'static Texts {
    static ZH: OnceLock<Texts> = OnceLock::new();
    static EN: OnceLock<Texts> = OnceLock::new();
    match lang {
        Lang::ZhCn => ZH.get_or_init(|| parse(include_str!("../../data/followup/zh-CN.json"))),
        Lang::En => EN.get_or_init(|| parse(include_str!("../../data/followup/en.json"))),
    }
}

fn parse(json: &str) -> Texts {
    serde_json::from_str(json).expect("data/followup texts are valid")
}

impl Texts {
    pub fn date(&self, day: NaiveDate) -> String {
        day.format(&self.date_format).to_string()
    }

    pub fn full_date(&self, day: NaiveDate) -> String {
        day.format(&self.full_date_format).to_string()
    }

    /// The name of a contract id (`label("evidence", "photos")`); an unknown id shows as itself.
    pub fn label(&self, kind: &str, id: &str) -> String {
        self.labels.get(kind).and_then(|names| names.get(id)).cloned().unwrap_or_else(|| id.to_string())
    }

    pub fn case_file<'a>(&'a self, key: &'a str) -> &'a str {
        self.case_file.get(key).map(String::as_str).unwrap_or(key)
    }

    pub fn checklist<'a>(&'a self, key: &'a str) -> &'a str {
        self.checklist.get(key).map(String::as_str).unwrap_or(key)
    }

    pub fn step<'a>(&'a self, step: &'a str) -> &'a str {
        self.steps.get(step).map(String::as_str).unwrap_or(step)
    }

    pub fn draft<'a>(&'a self, purpose: &'a str) -> &'a str {
        self.drafts.get(purpose).map(String::as_str).unwrap_or(purpose)
    }
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}

/// The snake_case id serde gives a contract enum value.
pub fn id_of<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(id)) => id,
        _ => String::new(),
    }
}
