//! The follow-up wording, one file per language: data/followup/zh-CN.json and en.json. Names of the
//! contract's ids, steps and evidence come from `i18n` (the screen strings and the seeds' guide).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::drafting::Purpose;
use crate::i18n::{guide, ui};
use crate::lang::Lang;
use crate::rules::{Channel, Evidence};

#[derive(Debug, Deserialize)]
pub struct Texts {
    pub date_format: String,
    pub full_date_format: String,
    pub actions: BTreeMap<String, ActionText>,
    pub ics: IcsTexts,
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
    pub refund_full: String,
    pub refund_short: String,
    pub refund_over: String,
    pub stages: BTreeMap<String, String>,
    pub days: String,
    pub typical: String,
    /// Labels of the after-the-case form.
    pub form: BTreeMap<String, String>,
}

impl ClosingTexts {
    pub fn form<'a>(&'a self, key: &'a str) -> &'a str {
        self.form.get(key).map(String::as_str).unwrap_or(key)
    }
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

    pub fn case_file<'a>(&'a self, key: &'a str) -> &'a str {
        self.case_file.get(key).map(String::as_str).unwrap_or(key)
    }

    pub fn checklist<'a>(&'a self, key: &'a str) -> &'a str {
        self.checklist.get(key).map(String::as_str).unwrap_or(key)
    }
}

/// Names of ids, from the app's screen strings and guide.
pub struct Names {
    lang: Lang,
}

pub fn names(lang: Lang) -> Names {
    Names { lang }
}

impl Names {
    pub fn evidence(&self, evidence: Evidence) -> String {
        guide(self.lang).evidence(evidence).map(|item| item.name.clone()).unwrap_or_else(|| id_of(&evidence))
    }

    pub fn channel(&self, channel: Channel) -> String {
        guide(self.lang).channel(channel).map(|item| item.name.clone()).unwrap_or_else(|| id_of(&channel))
    }

    /// A channel given as an id string (the log's `channel`); empty when there is none.
    pub fn channel_id(&self, id: &str) -> String {
        parse_id::<Channel>(id).map(|channel| self.channel(channel)).unwrap_or_else(|| id.to_string())
    }

    /// A drafting purpose by id (`follow_up`), as the drafts list it.
    pub fn draft(&self, purpose: &str) -> String {
        Purpose::from_id(purpose).map(|purpose| purpose.title(self.lang).to_string()).unwrap_or_else(|| purpose.to_string())
    }

    pub fn deadline(&self, id: &str) -> String {
        (ui(self.lang).deadline)(id).map(str::to_string).unwrap_or_else(|| id.to_string())
    }

    /// A walkthrough step by route id.
    pub fn step(&self, step: &str) -> String {
        let ui = ui(self.lang);
        let name = match step {
            "policy" => ui.step_policy,
            "evidence" => ui.step_evidence,
            "channel" => ui.step_channel,
            "ticket" => ui.step_ticket,
            "progress" => ui.step_progress,
            "dispute" => ui.step_dispute,
            "cancel" => ui.step_cancel,
            "close" => ui.step_close,
            "file" => ui.step_file,
            "print" => ui.step_print,
            other => other,
        };
        name.to_string()
    }
}

/// A contract enum from its snake_case id, as the form keeps it.
pub fn parse_id<T: serde::de::DeserializeOwned>(id: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(id.trim().to_string())).ok()
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
