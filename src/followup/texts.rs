//! The follow-up wording, one file per language: data/followup/zh-CN.json and en.json. Names of the
//! contract's ids, steps and evidence come from `i18n` (the screen strings and the seeds' guide). src/build.rs
//! checks the files and writes them out as the statics below.

use crate::dates::format_day;
use crate::drafting::Purpose;
use crate::i18n::{guide, ui};
use crate::lang::Lang;
use crate::rules::{from_id, id_of, Channel, Evidence};
use crate::static_map::TextMap;
use chrono::NaiveDate;

#[derive(Debug)]
pub struct Texts {
    pub date_format: &'static str,
    pub full_date_format: &'static str,
    pub actions: TextMap<ActionText>,
    pub ics: IcsTexts,
    pub case_file: TextMap<&'static str>,
    pub checklist: TextMap<&'static str>,
    pub closing: ClosingTexts,
}

#[derive(Debug)]
pub struct ActionText {
    pub title: &'static str,
    pub detail: &'static str,
}

#[derive(Debug)]
pub struct IcsTexts {
    pub calendar_name: &'static str,
    pub summary: &'static str,
    pub promise: &'static str,
    pub seller_due: &'static str,
    pub alarm: &'static str,
    pub basis: &'static str,
}

#[derive(Debug)]
pub struct ClosingTexts {
    pub refund_full: &'static str,
    pub refund_short: &'static str,
    pub refund_over: &'static str,
    pub stages: TextMap<&'static str>,
    pub days: &'static str,
    pub typical: &'static str,
    /// Labels of the after-the-case form.
    pub form: TextMap<&'static str>,
}

impl ClosingTexts {
    pub fn form<'a>(&'a self, key: &'a str) -> &'a str {
        self.form.get(key).copied().unwrap_or(key)
    }
}

include!(concat!(env!("OUT_DIR"), "/followup_texts.rs"));

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::ZhCn => &ZH_CN,
        Lang::En => &EN,
    }
}

impl Texts {
    pub fn date(&self, day: NaiveDate) -> String {
        format_day(day, self.date_format)
    }

    pub fn full_date(&self, day: NaiveDate) -> String {
        format_day(day, self.full_date_format)
    }

    pub fn case_file<'a>(&'a self, key: &'a str) -> &'a str {
        self.case_file.get(key).copied().unwrap_or(key)
    }

    pub fn checklist<'a>(&'a self, key: &'a str) -> &'a str {
        self.checklist.get(key).copied().unwrap_or(key)
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
        guide(self.lang).evidence(evidence).map(|item| item.name.to_string()).unwrap_or_else(|| id_of(evidence))
    }

    pub fn channel(&self, channel: Channel) -> String {
        guide(self.lang).channel(channel).map(|item| item.name.to_string()).unwrap_or_else(|| id_of(channel))
    }

    /// A channel given as an id string (the log's `channel`); empty when there is none.
    pub fn channel_id(&self, id: &str) -> String {
        from_id::<Channel>(id).map(|channel| self.channel(channel)).unwrap_or_else(|| id.to_string())
    }

    /// A drafting purpose by id (`follow_up`), as the drafts list it.
    pub fn draft(&self, purpose: &str) -> String {
        Purpose::from_id(purpose)
            .map(|purpose| purpose.title(self.lang).to_string())
            .unwrap_or_else(|| purpose.to_string())
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

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}
