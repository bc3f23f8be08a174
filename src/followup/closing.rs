//! After the case: did the refund arrive in full, and how long each stage took.

use chrono::NaiveDate;

use super::case_file::yuan;
use super::policy::{followup_rules, StageId};
use super::sheet::Row;
use super::texts::{fill, texts};
use crate::lang::Lang;
use crate::record::CaseRecord;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefundCheck {
    Full,
    /// Fen missing compared with the amount paid.
    Short(u64),
    Over(u64),
}

impl RefundCheck {
    pub fn compare(received_fen: u64, paid_fen: u64) -> RefundCheck {
        match received_fen.cmp(&paid_fen) {
            std::cmp::Ordering::Equal => RefundCheck::Full,
            std::cmp::Ordering::Less => RefundCheck::Short(paid_fen - received_fen),
            std::cmp::Ordering::Greater => RefundCheck::Over(received_fen - paid_fen),
        }
    }

    pub fn text(self, lang: Lang) -> String {
        let t = &texts(lang).closing;
        match self {
            RefundCheck::Full => t.refund_full.to_string(),
            RefundCheck::Short(fen) => fill(t.refund_short, &[("amount", &yuan(fen))]),
            RefundCheck::Over(fen) => fill(t.refund_over, &[("amount", &yuan(fen))]),
        }
    }
}

/// The refund the buyer confirmed, compared with what they paid, as a case-file line.
pub fn refund_line(record: &CaseRecord, lang: Lang) -> Option<Row> {
    let received = record.closing.refund_received_fen?;
    let t = texts(lang);
    let mut value = yuan(received);
    if let Some(on) = record.closing.refund_received_on {
        value.push_str(&format!(" ({})", t.full_date(on)));
    }
    if let Some(paid) = record.form.paid_fen() {
        value.push_str(&format!(" · {}", RefundCheck::compare(received, paid).text(lang)));
    }
    Some(Row::Field { label: t.case_file.refund_received.into(), value })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageDuration {
    /// The stage id from rules.json (`review`, `return_transit`, `refund`, `intervention`, `whole_case`).
    pub id: String,
    pub stage: StageId,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: i64,
    /// What the seeds call usual for the stage, in working days.
    pub typical_working_days: Option<(u32, u32)>,
}

impl StageDuration {
    pub fn name(&self, lang: Lang) -> String {
        let names = &texts(lang).closing.stages;
        match self.stage {
            StageId::Review => names.review,
            StageId::ReturnTransit => names.return_transit,
            StageId::Refund => names.refund,
            StageId::Intervention => names.intervention,
            StageId::WholeCase => names.whole_case,
        }
        .to_string()
    }

    pub fn length(&self, lang: Lang) -> String {
        let t = &texts(lang).closing;
        let mut text = fill(t.days, &[("days", &self.days.to_string())]);
        if let Some((min, max)) = self.typical_working_days {
            text.push_str(&format!(" ({})", fill(t.typical, &[("min", &min.to_string()), ("max", &max.to_string())])));
        }
        text
    }
}

/// Each stage the status history shows both ends of: from its first start to the first end after it.
pub fn stage_durations(record: &CaseRecord) -> Vec<StageDuration> {
    let history = &record.status_history;
    followup_rules()
        .stages
        .iter()
        .filter_map(|stage| {
            let start = history.iter().position(|change| stage.from.contains(&change.status))?;
            let end = history[start + 1..].iter().find(|change| stage.to.contains(&change.status))?;
            Some(StageDuration {
                id: stage.id.id().to_string(),
                stage: stage.id,
                from: history[start].on,
                to: end.on,
                days: (end.on - history[start].on).num_days(),
                typical_working_days: stage.typical_working_days,
            })
        })
        .collect()
}
