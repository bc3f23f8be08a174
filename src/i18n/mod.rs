//! Every screen string, one place per language (zh-CN first, English second). `Ui` is a table whose
//! every member each language must fill in, so a missing translation does not compile; names of the
//! contract's ids are exhaustive `match`es. The seeds' guidance lives as data in `guide`.

mod en;
pub mod guide;
mod zh_cn;

use crate::drafting::{NotOffered, Purpose};
use crate::lang::Lang;
use crate::record::{FieldProblem, Step};
use crate::rules::ticket::{CancelCost, CancelEase, ModifyEase};
use crate::rules::{Category, Platform, Problem, Remedy, Shipping, SoldBy, TicketStatus, Verdict};

pub use guide::{guide, Guide};

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::ZhCn => &zh_cn::UI,
        Lang::En => english::ui(),
    }
}

/// The English screen strings. In the split release build they travel in a chunk of their own (the
/// second language is not in the first download): the app loads it before anything is shown in English
/// (`app::lazy_screens::load_language`) and registers the table here.
#[cfg(not(feature = "split"))]
mod english {
    pub fn ui() -> &'static super::Ui {
        &super::en::UI
    }
}

#[cfg(feature = "split")]
pub mod english {
    use std::sync::OnceLock;

    use super::Ui;

    static LOADED: OnceLock<&'static Ui> = OnceLock::new();

    /// The table once its chunk is loaded; until then (a chunk that could not load) the Chinese one,
    /// the first language, rather than nothing.
    pub fn ui() -> &'static Ui {
        LOADED.get().copied().unwrap_or(&super::zh_cn::UI)
    }

    pub fn is_loaded() -> bool {
        LOADED.get().is_some()
    }

    /// Called only from the English chunk, so the table and its texts are in it.
    pub fn table() -> &'static Ui {
        &super::en::UI
    }

    pub fn register(table: &'static Ui) {
        let _ = LOADED.set(table);
    }
}

/// The screen strings of one language.
pub struct Ui {
    // The frame around every screen.
    pub app_name: &'static str,
    pub skip_link: &'static str,
    /// The language switch shows the other language's name.
    pub switch_lang: &'static str,
    pub switch_lang_aria: &'static str,
    pub nav_home: &'static str,
    pub nav_cases: &'static str,
    pub back_to_case: &'static str,
    pub prev_step: &'static str,
    pub next_step: &'static str,
    pub steps_nav: &'static str,
    pub prev_next_nav: &'static str,
    pub step_of: fn(usize, usize) -> String,
    pub case_not_found: &'static str,
    /// While a case's screens load (a split release build fetches them on first use).
    pub screens_loading: &'static str,
    pub screens_failed: &'static str,
    pub screens_retry: &'static str,
    pub screens_reload: &'static str,
    pub data_tools_failed: &'static str,
    /// The other language's strings could not be loaded (split build, offline before they were cached).
    pub lang_load_failed: &'static str,
    pub guide_points: &'static str,
    pub faq_heading: &'static str,
    /// Between a field's name and its message.
    pub colon: &'static str,
    pub optional: &'static str,

    // Start page.
    pub start_title: &'static str,
    pub start_does: &'static str,
    pub start_walk: &'static str,
    pub start_button: &'static str,
    pub start_continue: fn(usize) -> String,

    // Case list and overview.
    pub cases_title: &'static str,
    pub cases_empty: &'static str,
    pub new_case: &'static str,
    pub untitled_case: &'static str,
    pub open_case: &'static str,
    pub delete_case: &'static str,
    pub delete_confirm: &'static str,
    pub delete_yes: &'static str,
    pub delete_no: &'static str,
    pub overview_title_label: &'static str,
    pub overview_title_hint: &'static str,
    pub status_label: &'static str,
    pub overview_walk: &'static str,
    pub overview_more: &'static str,
    pub overview_start: &'static str,
    pub not_built_here: &'static str,

    // Step names, short, for navigation.
    pub step_policy: &'static str,
    pub step_evidence: &'static str,
    pub step_channel: &'static str,
    pub step_ticket: &'static str,
    pub step_progress: &'static str,
    pub step_dispute: &'static str,
    pub step_cancel: &'static str,
    pub step_close: &'static str,
    pub step_file: &'static str,
    pub step_print: &'static str,

    // Step 1: the case form.
    pub form_heading: &'static str,
    pub f_platform: &'static str,
    pub f_category: &'static str,
    pub f_problem: &'static str,
    pub f_paid_on: &'static str,
    pub f_signed_on: &'static str,
    pub f_completed_on: &'static str,
    pub f_paid_yuan: &'static str,
    pub f_failed_repairs: &'static str,
    pub f_no_reason_days: &'static str,
    pub f_warranty_days: &'static str,
    pub f_for_business: &'static str,
    pub f_pay_after_delivery: &'static str,
    pub hint_paid_on: &'static str,
    pub f_kept_yuan: &'static str,
    pub hint_kept_yuan: &'static str,
    pub f_gift_kept_yuan: &'static str,
    pub hint_gift_kept_yuan: &'static str,
    pub hint_signed_on: &'static str,
    pub hint_completed_on: &'static str,
    pub hint_paid_yuan: &'static str,
    pub hint_merchant_days: &'static str,
    pub goods_legend: &'static str,
    pub g_opened: &'static str,
    pub g_seal_broken: &'static str,
    pub g_tags_removed: &'static str,
    pub g_used: &'static str,
    pub g_activated: &'static str,
    pub g_damaged_by_buyer: &'static str,
    pub merchant_legend: &'static str,
    pub m_insurance: &'static str,
    pub m_no_reason_even_if_excluded: &'static str,
    pub m_confirmed_no_return_at_checkout: &'static str,
    pub m_allergy_returns: &'static str,
    pub f_counterfeit_multiple: &'static str,
    pub hint_counterfeit_multiple: &'static str,
    pub f_price_protection_days: &'static str,
    pub hint_price_protection_days: &'static str,
    /// Asked for JD orders: 京东自营 or a shop on JD.
    pub f_sold_by: &'static str,
    pub sold_by_unknown: &'static str,
    pub sold_by: fn(SoldBy) -> &'static str,
    pub f_livestream: &'static str,
    pub more_details: &'static str,
    pub field_problem: fn(FieldProblem) -> &'static str,
    pub form_fix_first: fn(usize) -> String,

    // Step 1: the decision.
    pub decision_heading: &'static str,
    pub decision_waiting: &'static str,
    pub recommended: &'static str,
    pub until: fn(&str) -> String,
    pub no_until: &'static str,
    pub shipping_label: &'static str,
    pub basis_label: &'static str,
    pub needs_label: &'static str,
    pub deadlines_heading: &'static str,
    pub days_left: fn(i64) -> String,
    pub compensation_heading: &'static str,
    pub compensation_text: fn(u32, &str, &str) -> String,
    /// The shop promised more for a fake than the law gives (假一赔N): multiple, amount.
    pub compensation_promised_text: fn(u32, &str) -> String,
    pub next_channel: &'static str,
    pub save_policy_reminder: &'static str,
    pub category_notes_heading: &'static str,

    // Step 2: evidence.
    pub evidence_meter: fn(usize, usize) -> String,
    pub evidence_done: &'static str,
    pub evidence_note: &'static str,
    pub why_label: &'static str,
    pub how_label: &'static str,
    pub needs_case_first: &'static str,
    pub go_to_policy: &'static str,

    // Step 3: channel.
    pub channel_recommended: &'static str,
    pub channel_others: &'static str,
    pub pros_label: &'static str,
    pub cons_label: &'static str,
    pub needs_list_label: &'static str,
    pub click_path_heading: fn(&str) -> String,

    // Step 4: ticket.
    pub ticket_basic: &'static str,
    pub ticket_order: &'static str,
    pub ticket_reason: &'static str,
    pub ticket_remedy: &'static str,
    pub ticket_evidence: &'static str,
    pub t_buyer_name: &'static str,
    pub t_phone: &'static str,
    pub t_address: &'static str,
    pub t_order_no: &'static str,
    pub t_item_name: &'static str,
    pub t_spec: &'static str,
    pub t_quantity: &'static str,
    pub t_shop_name: &'static str,
    pub t_merchant_name: &'static str,
    pub t_merchant_address: &'static str,
    pub t_description: &'static str,
    pub t_exchange_for: &'static str,
    pub t_requested_yuan: &'static str,
    pub t_remedy: &'static str,
    pub t_ticket_no: &'static str,
    pub t_refusal_reason: &'static str,
    pub hint_phone: &'static str,
    pub hint_order_no: &'static str,
    pub hint_requested_yuan: fn(&str) -> String,
    pub hint_merchant: &'static str,
    pub remedy_as_recommended: fn(&str) -> String,
    pub evidence_none_done: &'static str,
    pub draft_heading: &'static str,
    pub draft_purpose: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub draft_missing: &'static str,
    pub draft_chars: fn(usize, Option<usize>) -> String,
    pub draft_waiting: &'static str,
    pub draft_not_offered: fn(NotOffered) -> &'static str,
    /// Above the text to send when a reading copy sits beside it: which language it is in.
    pub draft_send_label: fn(Lang) -> &'static str,
    /// Beside a draft that quotes log notes written in another language than the draft's (the draft's
    /// language, the notes' dates), before the link to the log.
    pub draft_quotes_other_language: fn(Lang, &str) -> String,
    /// Above the reading copy in the screen's language: read it, do not send it.
    pub draft_reading_copy: &'static str,
    /// The per-draft switch for an English-speaking recipient.
    pub draft_send_english: &'static str,
    /// Beside a length limit not checked against the platform's own rule.
    pub draft_limit_unverified: &'static str,
    /// What a shortened draft gave up, before the list: the limit.
    pub draft_cuts: fn(usize) -> String,
    /// Before copying a draft with unfilled places: how many.
    pub copy_check: fn(usize) -> String,
    pub copy_anyway: &'static str,
    pub copy_back: &'static str,
    pub t_merchant_region: &'static str,
    pub hint_merchant_region: &'static str,
    pub t_offered_yuan: &'static str,
    pub offer_heading: &'static str,
    /// With a partial refund offered: change the request to a refund only of that amount ...
    /// The amount, and the heading of the field above the change draft.
    pub offer_change_first: fn(&str, &str) -> String,
    /// ... or let the shop pay first and withdraw after.
    /// The amount, and the heading of the field above the withdraw draft.
    pub offer_pay_first: fn(&str, &str) -> String,
    /// The day the return right ends, and the days left.
    pub offer_return_ends: fn(&str, &str) -> String,
    /// On platforms with one after-sales chance per order.
    pub offer_once: &'static str,
    /// After the ticket's status on the cancel step: the seeds' stage it belongs to.
    pub cancel_stage: fn(&str) -> String,

    // Step 5: progress.
    pub status_now: &'static str,
    pub status_change: &'static str,
    pub status_on: &'static str,
    pub status_note: &'static str,
    pub status_add: &'static str,
    pub history_heading: &'static str,
    pub history_empty: &'static str,
    pub log_heading: &'static str,
    pub log_add: &'static str,
    pub log_empty: &'static str,
    pub log_entry: fn(usize) -> String,
    pub log_on: &'static str,
    pub log_time: &'static str,
    pub log_channel: &'static str,
    pub log_who: &'static str,
    pub log_said: &'static str,
    pub log_promise: &'static str,
    pub log_promised_by: &'static str,
    pub log_delete: &'static str,
    pub tracking_label: &'static str,
    pub tracking_hint: &'static str,
    pub promise_due: fn(&str) -> String,

    // Step 6: dispute.
    pub ladder_heading: &'static str,
    pub rung_when: &'static str,
    pub problems_heading: &'static str,
    pub tips_heading: &'static str,
    pub show_draft: &'static str,

    // Cancel or modify.
    pub cancel_status_now: &'static str,
    pub cancel_reasons_heading: &'static str,
    pub cancel_ways_heading: &'static str,
    pub cancel_problems_heading: &'static str,
    pub cancel_after_heading: &'static str,
    pub cancel_avoid_heading: &'static str,
    pub cancel_ease: fn(CancelEase) -> &'static str,
    pub cancel_cost: fn(CancelCost) -> &'static str,
    pub modify_ease: fn(ModifyEase) -> &'static str,
    pub cancel_policy_heading: &'static str,
    pub cancel_refused_link: &'static str,
    pub cancel_reason_label: &'static str,
    pub modify_change_label: &'static str,

    // Updates and embedding (issue 7).
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    pub embed_refused: &'static str,

    // Phone first (issue 17): the facts that decide, the pasted order, the channel chosen.
    pub deciding_legend: &'static str,
    pub paste_heading: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    pub paste_read: &'static str,
    pub paste_filled: &'static str,
    pub paste_same: &'static str,
    pub paste_kept: fn(&str) -> String,
    pub paste_from: fn(&str) -> String,
    pub paste_conflict: &'static str,
    pub paste_nothing: &'static str,
    pub paste_missing: &'static str,
    pub channel_choose: &'static str,
    pub channel_chosen: &'static str,
    pub channel_next: fn(&str) -> String,
    pub other_industries: &'static str,

    // Names of the contract's ids.
    pub platform: fn(Platform) -> &'static str,
    pub category: fn(Category) -> &'static str,
    pub problem: fn(Problem) -> &'static str,
    pub remedy: fn(Remedy) -> &'static str,
    pub verdict: fn(Verdict) -> &'static str,
    pub shipping: fn(Shipping) -> &'static str,
    pub status: fn(TicketStatus) -> &'static str,
    pub deadline: fn(&str) -> Option<&'static str>,
    pub purpose: fn(Purpose) -> &'static str,
    /// The storage screens: notices, the data and backup panel, import errors. `{name}` marks a value
    /// `storage::text::say` fills in.
    pub storage: fn(StorageText) -> &'static str,
    /// The evidence files (issue 16): attaching, viewing, limits, the backup with files. `{name}` marks a
    /// value `storage::text::say_file` fills in.
    pub evidence_files: fn(EvidenceText) -> &'static str,
}

impl Ui {
    /// A walkthrough step's name.
    pub fn step_name(&self, step: Step) -> &'static str {
        match step {
            Step::Policy => self.step_policy,
            Step::Evidence => self.step_evidence,
            Step::Channel => self.step_channel,
            Step::Ticket => self.step_ticket,
            Step::Progress => self.step_progress,
            Step::Dispute => self.step_dispute,
            Step::Cancel => self.step_cancel,
            Step::Close => self.step_close,
            Step::File => self.step_file,
            Step::Print => self.step_print,
        }
    }
}

/// Every string the storage screens show, by what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageText {
    MemoryOnly,
    QuotaFull,
    SaveRefused,
    SetAsideSummary,
    Migrated,
    ConflictCopy,
    Dismiss,
    Export,
    Retry,
    PanelTitle,
    ImportLabel,
    Imported,
    ImportedAdded,
    ImportedUnchanged,
    ImportedCopied,
    ImportedListGap,
    ImportedNotStored,
    Untitled,
    DeleteAll,
    ConfirmDeleteAll,
    Cancel,
    SetAsideTitle,
    Unreadable,
    NewerVersion,
    CopyText,
    Discard,
    ConfirmDiscard,
    TooLarge,
    NotJson,
    NotAnExport,
    NewerFile,
    ForbiddenKey,
    TooManyCases,
    UnknownField,
    BadField,
    DuplicateId,
    ReadFailed,
}

/// Every string about evidence files, by what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceText {
    AddFiles,
    TakePhoto,
    FileNote,
    View,
    Delete,
    ConfirmDelete,
    Cancel,
    Close,
    OpenPdf,
    SavePdf,
    PdfNotShown,
    Missing,
    Fingerprint,
    Adding,
    Added,
    TooBig,
    WrongType,
    NoRoom,
    QuotaFull,
    SaveFailed,
    HashFailed,
    SpaceUsed,
    Persisted,
    NotPersisted,
    BundleTitle,
    ExportBundle,
    WithoutLocation,
    ImportBundle,
    Working,
    Mismatch,
    NotAZip,
    DamagedZip,
    NoCases,
    ZipTooLarge,
    ImportNoRoom,
}
