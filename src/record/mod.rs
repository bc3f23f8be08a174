//! One buyer's case as the browser keeps it: the answers exactly as typed, the ticket's facts, the
//! evidence checklist, the communication log and the status history. Pure data; `storage` persists it.

mod facts;
mod files;
mod form;
mod json_field;
mod merge;
mod paste;
mod step;
mod ticket_check;

pub use facts::Facts;
pub use files::{byte_size, utc_day, EvidenceFile};
pub use form::{parse_yuan, CaseForm, FieldError, FieldProblem};
pub use json_field::{read_json_value, WrongField};
pub use merge::merge;
pub use paste::{fill, read_order, still_missing, Filled, Found, OrderFact, OrderReading};
pub use step::Step;
pub use ticket_check::check_ticket;

use chrono::NaiveDate;
use serde::Serialize;

use crate::dates::{IsoDay, MaybeIsoDay};
use crate::read_fields::{read_fields, read_fields_over_default};
use crate::rules::{id_of, Case, Channel, Event, EventKind, Evidence, TicketStatus};

/// Fields of a stored or imported record that this version does not know (a newer one wrote them): kept
/// and written back, so an older tab or an import never erases them.
pub type Unknown = serde_json::Map<String, serde_json::Value>;

/// Bumped when the stored shape changes; `storage` migrates older records on load.
pub const RECORD_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseRecord {
    pub id: String,
    pub title: String,
    /// Increases with every saved change; two tabs compare it to avoid overwriting a newer edit.
    pub revision: u64,
    /// Milliseconds since the epoch of the last saved change (the page's clock).
    pub updated_ms: f64,
    pub form: CaseForm,
    pub facts: Facts,
    pub evidence: Vec<EvidenceItem>,
    /// The evidence files attached to the case; their bytes are kept apart, by file id.
    pub files: Vec<EvidenceFile>,
    pub log: Vec<LogEntry>,
    pub status_history: Vec<StatusChange>,
    /// The status-change form as typed and not yet recorded, so leaving the step loses nothing.
    pub status_draft: StatusDraft,
    pub return_tracking_no: String,
    pub sent_drafts: Vec<SentDraft>,
    pub closing: Closing,
    /// The channel the buyer goes with (a channel id such as `merchant_service`); empty follows the
    /// decision's recommendation.
    pub chosen_channel: String,
    /// The order details as the buyer pasted them, kept until they paste again.
    pub order_paste: String,
    /// Fields a newer version wrote that this one does not know, written back as they were read.
    #[serde(flatten)]
    pub unknown: Unknown,
}

read_fields_over_default!(CaseRecord keep unknown {
    id,
    title,
    revision,
    updated_ms,
    form,
    facts,
    evidence,
    files,
    log,
    status_history,
    status_draft,
    return_tracking_no,
    sent_drafts,
    closing,
    chosen_channel,
    order_paste,
});

impl Default for CaseRecord {
    fn default() -> Self {
        CaseRecord {
            id: String::new(),
            title: String::new(),
            revision: 0,
            updated_ms: 0.0,
            form: CaseForm::default(),
            facts: Facts::default(),
            evidence: Vec::new(),
            files: Vec::new(),
            log: Vec::new(),
            status_history: Vec::new(),
            status_draft: StatusDraft::default(),
            return_tracking_no: String::new(),
            sent_drafts: Vec::new(),
            closing: Closing::default(),
            chosen_channel: String::new(),
            order_paste: String::new(),
            unknown: Unknown::new(),
        }
    }
}

impl CaseRecord {
    pub fn new(id: impl Into<String>) -> Self {
        CaseRecord { id: id.into(), ..CaseRecord::default() }
    }

    /// The name the buyer gave the case, else the item, the shop or the order number; `None` before any is filled in.
    pub fn display_name(&self) -> Option<&str> {
        [&self.title, &self.facts.item_name, &self.facts.shop_name, &self.facts.order_no]
            .into_iter()
            .map(|name| name.trim())
            .find(|name| !name.is_empty())
    }

    pub fn status(&self) -> TicketStatus {
        self.status_history.last().map(|change| change.status).unwrap_or(TicketStatus::Draft)
    }

    /// Whether the buyer has this piece of evidence: a file attached to it or its tick.
    pub fn has_evidence(&self, evidence: Evidence) -> bool {
        self.files.iter().any(|file| file.evidence == evidence)
            || self.evidence.iter().any(|item| item.evidence == evidence && item.done)
    }

    /// The evidence the buyer has, ticked or with a file attached, in the order first recorded.
    pub fn evidence_in_hand(&self) -> Vec<Evidence> {
        let ticked = self.evidence.iter().filter(|item| item.done).map(|item| item.evidence);
        let mut held: Vec<Evidence> = Vec::new();
        for evidence in ticked.chain(self.files.iter().map(|file| file.evidence)) {
            if !held.contains(&evidence) {
                held.push(evidence);
            }
        }
        held
    }

    /// The contract events implied by the status history and the communication log, oldest first: a dated
    /// contact with 12315 is a complaint filed.
    pub fn events(&self) -> Vec<Event> {
        let from_status = self
            .status_history
            .iter()
            .filter_map(|change| change.status.event_kind().map(|kind| Event { kind, on: change.on }));
        let from_log = self.log.iter().filter_map(|entry| {
            let complaint = entry.channel.trim() == id_of(Channel::Complaint12315);
            entry.on.filter(|_| complaint).map(|on| Event { kind: EventKind::ComplaintFiled, on })
        });
        let mut events: Vec<Event> = from_status.chain(from_log).collect();
        crate::short_sort::sort_short_by(&mut events, |a, b| a.on.cmp(&b.on));
        events.dedup();
        events
    }

    /// The case to evaluate, or every field the buyer still has to fix.
    pub fn case(&self, today: NaiveDate) -> Result<Case, Vec<FieldError>> {
        self.form.to_case(today, self.events())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EvidenceItem {
    pub evidence: Evidence,
    pub done: bool,
    pub note: String,
    /// Fields a newer version wrote that this one does not know, written back as they were read.
    #[serde(flatten)]
    pub unknown: Unknown,
}

read_fields!(EvidenceItem keep unknown { evidence: required, done: default, note: default });

/// One contact with the merchant, the platform or an authority.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LogEntry {
    pub on: Option<NaiveDate>,
    /// Free text time of day, e.g. "14:30".
    pub time: String,
    /// A channel id such as `merchant_service` or `platform_intervention`.
    pub channel: String,
    pub who: String,
    pub said: String,
    pub promise: String,
    pub promised_by: Option<NaiveDate>,
    /// Fields a newer version wrote that this one does not know, written back as they were read.
    #[serde(flatten)]
    pub unknown: Unknown,
}

read_fields_over_default!(LogEntry keep unknown { on as MaybeIsoDay, time, channel, who, said, promise, promised_by as MaybeIsoDay });

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusChange {
    pub status: TicketStatus,
    pub on: NaiveDate,
    pub note: String,
    /// Fields a newer version wrote that this one does not know, written back as they were read.
    #[serde(flatten)]
    pub unknown: Unknown,
}

read_fields!(StatusChange keep unknown { status: required, on as IsoDay: required, note: default });

/// A status change being typed: the fields exactly as entered; empty ones take the form's defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StatusDraft {
    /// A status id such as `submitted`.
    pub status: String,
    /// The day as the date field gives it, `YYYY-MM-DD`.
    pub on: String,
    pub note: String,
    /// Fields a newer version wrote that this one does not know, written back as they were read.
    #[serde(flatten)]
    pub unknown: Unknown,
}

read_fields_over_default!(StatusDraft keep unknown { status, on, note });

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentDraft {
    /// A drafting purpose id, e.g. `platform_ticket`.
    pub purpose: String,
    pub on: NaiveDate,
    pub text: String,
    /// Fields a newer version wrote that this one does not know, written back as they were read.
    #[serde(flatten)]
    pub unknown: Unknown,
}

read_fields!(SentDraft keep unknown { purpose: required, on as IsoDay: required, text: required });

/// After the case: what the buyer confirmed and learned.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Closing {
    pub refund_received_fen: Option<u64>,
    /// The refund amount exactly as typed, kept even while it does not read as an amount.
    pub refund_received_typed: String,
    pub refund_received_on: Option<NaiveDate>,
    pub exchange_received_ok: bool,
    /// 1 to 5 for 服务态度, 处理速度, 解决方案.
    pub rating_attitude: Option<u8>,
    pub rating_speed: Option<u8>,
    pub rating_solution: Option<u8>,
    pub lessons: String,
    pub watch_merchant: bool,
    /// Fields a newer version wrote that this one does not know, written back as they were read.
    #[serde(flatten)]
    pub unknown: Unknown,
}

read_fields_over_default!(Closing keep unknown {
    refund_received_fen,
    refund_received_typed,
    refund_received_on as MaybeIsoDay,
    exchange_received_ok,
    rating_attitude,
    rating_speed,
    rating_solution,
    lessons,
    watch_merchant,
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_every_field_it_writes() {
        let written = serde_json::to_value(CaseRecord::default()).unwrap();
        let written: Vec<&str> = written.as_object().unwrap().keys().map(String::as_str).collect();
        let mut read = CaseRecord::FIELDS.to_vec();
        read.sort();
        assert_eq!(written, read);
    }

    #[test]
    fn fields_this_version_does_not_know_are_written_back_where_they_were() {
        let text = r#"{"id":"c1","colour":"red","facts":{"order_no":"A1","email":"a@b.cn"},"form":{"platform":"jd","receipt":{"no":7}},"evidence":[{"evidence":"photos","files":["f1"]}],"log":[{"said":"好","photo":"p.jpg"},{"said":"再问"}],"status_history":[{"status":"submitted","on":"2026-11-04","by":"app"}],"status_draft":{"x":1},"sent_drafts":[{"purpose":"p","on":"2026-11-04","text":"t","channel":"chat"}],"closing":{"stars":5}}"#;
        let mut record: CaseRecord = serde_json::from_str(text).unwrap();
        assert_eq!(record.facts.unknown["email"], "a@b.cn");
        assert_eq!(record.log[0].unknown["photo"], "p.jpg");
        record.facts.order_no = "A2".into();
        record.log.remove(1);
        let written = serde_json::to_value(&record).unwrap();
        let read = serde_json::from_str::<serde_json::Value>(text).unwrap();
        for path in [
            "/colour",
            "/facts/email",
            "/form/receipt",
            "/evidence/0/files",
            "/log/0/photo",
            "/status_history/0/by",
            "/status_draft/x",
            "/sent_drafts/0/channel",
            "/closing/stars",
        ] {
            assert_eq!(written.pointer(path), read.pointer(path), "{path}");
        }
        assert_eq!(written["facts"]["order_no"], "A2");
        assert_eq!(serde_json::from_value::<CaseRecord>(written).unwrap(), record, "the trip changes nothing");
    }

    #[test]
    fn evidence_with_a_file_is_in_hand_like_a_ticked_item() {
        let file: EvidenceFile =
            serde_json::from_str(r#"{"id":"f1","evidence":"chat_log","name":"chat.png","sha256":"00"}"#).unwrap();
        let record = CaseRecord {
            evidence: vec![
                EvidenceItem {
                    evidence: Evidence::Video,
                    done: true,
                    note: String::new(),
                    unknown: Default::default(),
                },
                EvidenceItem {
                    evidence: Evidence::Invoice,
                    done: false,
                    note: String::new(),
                    unknown: Default::default(),
                },
            ],
            files: vec![file.clone(), EvidenceFile { id: "f2".into(), evidence: Evidence::Video, ..file }],
            ..CaseRecord::default()
        };
        assert_eq!(record.evidence_in_hand(), vec![Evidence::Video, Evidence::ChatLog]);
        assert!(record.has_evidence(Evidence::ChatLog));
        assert!(!record.has_evidence(Evidence::Invoice));
    }

    #[test]
    fn a_record_from_before_the_drafts_loads_with_empty_drafts() {
        let record: CaseRecord =
            serde_json::from_str(r#"{"id":"c1","closing":{"refund_received_fen":18950,"lessons":"留视频"}}"#).unwrap();
        assert_eq!(record.status_draft, StatusDraft::default());
        assert_eq!(record.closing.refund_received_typed, "");
        assert_eq!(record.closing.refund_received_fen, Some(18950));
    }
}
