//! A printable document as data: headed sections of rows. The case file and the one-page checklist are
//! both sheets; the page renders one as HTML, `to_text` as the plain-text file the buyer keeps.

use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub heading: String,
    pub case_name: String,
    /// "整理日期: 2026年11月24日".
    pub dated: String,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// A stable id for the page (`facts`, `evidence`, ...).
    pub id: &'static str,
    pub heading: String,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A labelled fact: "订单号: 2026110112345".
    Field { label: String, value: String },
    /// A line with a tick box, ticked when done.
    Check { text: String, done: bool, note: String },
    /// A dated line of the timeline or of a deadline list.
    Dated { on: Option<NaiveDate>, when: String, text: String },
    /// A titled block of free text (a draft that was sent, a remedy's reasoning).
    Block { title: String, text: String },
    /// An evidence file: its name, what it shows with its size, date and fingerprint; the page shows an
    /// image's thumbnail by `file_id`.
    File { name: String, detail: String, file_id: String, image: bool },
}

impl Sheet {
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|section| section.id == id)
    }

    pub fn to_text(&self) -> String {
        let mut out = format!("{} · {}\n{}\n", self.heading, self.case_name, self.dated);
        for section in self.sections.iter().filter(|section| !section.rows.is_empty()) {
            out.push_str(&format!("\n== {} ==\n", section.heading));
            for row in &section.rows {
                match row {
                    Row::Field { label, value } => out.push_str(&format!("{label}: {value}\n")),
                    Row::Check { text, done, note } => {
                        let tick = if *done { "[x]" } else { "[ ]" };
                        let note = if note.is_empty() { String::new() } else { format!(" ({note})") };
                        out.push_str(&format!("{tick} {text}{note}\n"));
                    }
                    Row::Dated { when, text, .. } => out.push_str(&format!("{when}  {text}\n")),
                    Row::Block { title, text } => out.push_str(&format!("-- {title}\n{}\n", text.trim_end())),
                    Row::File { name, detail, .. } => out.push_str(&format!("{name}\n    {detail}\n")),
                }
            }
        }
        out
    }
}
