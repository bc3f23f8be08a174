//! Step 5, 跟进进度: the ticket's status and its history, a countdown to every deadline (the rules' and
//! the merchant's promises), the communication log, and the return's tracking number.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::case_fields::{fact_field, no_hint, static_hint};
use super::case_view::CaseCtx;
use super::choices::{from_id, id_of, recorded_statuses};
use super::decision::countdown;
use super::locale::Locale;
use super::widgets::{Faqs, GuidePoints, GuideTable, SelectField, StepIntro, TextField};
use crate::followup::{key_dates, texts};
use crate::i18n::guide::{FaqId, TableId};
use crate::record::{LogEntry, StatusChange, StatusDraft};
use crate::rules::{Channel, TicketStatus};

#[component]
pub fn ProgressStep() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    view! {
        <StepIntro pick=|guide| &guide.steps.progress />
        <section data-testid="status">
            <h2>{ui.status_now}{ui.colon} <span data-testid="status-now">{ctx.status_text(ui)}</span></h2>
            <StatusForm />
            <StatusHistory />
        </section>
        <Countdowns />
        <CommunicationLog />
        <section>
            {fact_field("ticket_no", |ui| ui.t_ticket_no, |r| &r.facts.ticket_no, |f, v| f.ticket_no = v, no_hint())}
            <TextField
                name="return_tracking_no"
                label=|ui| ui.tracking_label
                value=ctx.text(|record| &record.return_tracking_no)
                on_input=move |text: String| ctx.update(|record| record.return_tracking_no = text)
                hint=static_hint(|ui| ui.tracking_hint)
            />
        </section>
        <GuideTable id=TableId::ProcessingTime />
        <GuidePoints pick=|guide| &guide.steps.progress />
        <Faqs ids=&[FaqId::HowLong] />
    }
}

/// Records a change of status with its day and a note. What is typed lives in the record's
/// `status_draft` until 记录 is pressed.
#[component]
fn StatusForm() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    let today = ctx.today;
    let draft = move |pick: fn(&StatusDraft) -> &String| ctx.record.with(|record| pick(&record.status_draft).clone());
    let status = Signal::derive(move || {
        Some(draft(|d| &d.status)).filter(|id| !id.is_empty()).unwrap_or_else(|| id_of(TicketStatus::Submitted))
    });
    let on = Signal::derive(move || {
        Some(draft(|d| &d.on)).filter(|day| !day.is_empty()).unwrap_or_else(|| today.to_string())
    });
    let note = Signal::derive(move || draft(|d| &d.note));
    let edit = move |apply: fn(&mut StatusDraft, String)| {
        move |text: String| ctx.update(|record| apply(&mut record.status_draft, text))
    };
    let add = move |_| {
        let Some(status) = from_id::<TicketStatus>(&status.get_untracked()) else { return };
        let Some(day) = crate::dates::parse_iso(&on.get_untracked()) else { return };
        ctx.update(|record| {
            let note = std::mem::take(&mut record.status_draft.note);
            record.status_history.push(StatusChange { status, on: day, note, unknown: Default::default() });
        });
    };
    view! {
        <div class="status-form">
            <SelectField
                name="status_change"
                label=|ui| ui.status_change
                value=status
                options=Signal::stored(
                    recorded_statuses()
                        .map(|status| (id_of(status), (ui.status)(status).to_string()))
                        .collect::<Vec<_>>(),
                )
                on_change=edit(|d, id| d.status = id)
            />
            <TextField
                name="status_on"
                label=|ui| ui.status_on
                kind="date"
                value=on
                on_input=edit(|d, day| d.on = day)
            />
            <TextField name="status_note" label=|ui| ui.status_note value=note on_input=edit(|d, text| d.note = text) />
            <button type="button" class="button" data-testid="status-add" on:click=add>
                {ui.status_add}
            </button>
        </div>
    }
}

#[component]
fn StatusHistory() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    view! {
        <h3>{ui.history_heading}</h3>
        {move || {
            let history = ctx.record.with(|record| record.status_history.clone());
            if history.is_empty() {
                return view! { <p class="note">{ui.history_empty}</p> }.into_any();
            }
            view! {
                <ol class="history" data-testid="status-history">
                    {history
                        .into_iter()
                        .map(|change| {
                            view! {
                                <li>
                                    <time datetime=change.on.to_string()>{change.on.to_string()}</time>
                                    " "
                                    <strong>{(ui.status)(change.status)}</strong>
                                    {(!change.note.is_empty()).then(|| format!(" · {}", change.note))}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            }
                .into_any()
        }}
    }
}

/// Every deadline ahead: the decision's and what the merchant promised, soonest first.
#[component]
fn Countdowns() -> impl IntoView {
    let ui = Locale::expect().ui();
    let lang = Locale::expect().lang();
    let ctx = CaseCtx::expect();
    let today = ctx.today;
    move || {
        let rows: Vec<(NaiveDate, String)> =
            ctx.record.with(|record| ctx.decision.with(|decision| key_dates(record, decision.as_ref(), lang)));
        (!rows.is_empty()).then(|| {
            view! {
                <section data-testid="countdowns">
                    <h2>{ui.deadlines_heading}</h2>
                    <ul class="deadlines">
                        {rows
                            .into_iter()
                            .map(|(day, what)| {
                                view! {
                                    <li class:overdue=day < today>
                                        <time datetime=day.to_string()>{texts(lang).full_date(day)}</time>
                                        " "
                                        {what}
                                        " "
                                        <span class="countdown">{countdown(ui, today, day)}</span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

const LOG_CHANNELS: [Channel; 5] = [
    Channel::MerchantService,
    Channel::PlatformAfterSales,
    Channel::PlatformIntervention,
    Channel::Complaint12315,
    Channel::ConsumerAssociation,
];

/// When, through which channel, with whom, what was said, and what was promised by when.
#[component]
fn CommunicationLog() -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    let count = Memo::new(move |_| ctx.record.with(|record| record.log.len()));
    let add = move |_| {
        let entry = LogEntry { on: Some(ctx.today), channel: id_of(Channel::MerchantService), ..LogEntry::default() };
        ctx.update(|record| record.log.push(entry));
    };
    view! {
        <section class="log" data-testid="log">
            <h2>{ui.log_heading}</h2>
            {move || (count.get() == 0).then(|| view! { <p class="note">{ui.log_empty}</p> })}
            <ol class="log-entries">
                {move || (0..count.get()).map(|index| view! { <LogEntryForm index=index /> }).collect_view()}
            </ol>
            <button type="button" class="button secondary" data-testid="log-add" on:click=add>
                {ui.log_add}
            </button>
        </section>
    }
}

fn date_text(day: Option<NaiveDate>) -> String {
    day.map(|day| day.to_string()).unwrap_or_default()
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    crate::dates::parse_iso(text)
}

#[component]
fn LogEntryForm(index: usize) -> impl IntoView {
    let locale = Locale::expect();
    let (ui, guide) = (locale.ui(), locale.guide());
    let ctx = CaseCtx::expect();
    let read = move |pick: fn(&LogEntry) -> String| {
        Signal::derive(move || ctx.record.with(|record| record.log.get(index).map(pick).unwrap_or_default()))
    };
    let write = move |apply: fn(&mut LogEntry, String)| {
        Callback::new(move |text: String| {
            ctx.update(|record| {
                if let Some(entry) = record.log.get_mut(index) {
                    apply(entry, text);
                }
            })
        })
    };
    let field = move |name: &'static str,
                      label: super::widgets::Label,
                      pick: fn(&LogEntry) -> String,
                      apply: fn(&mut LogEntry, String),
                      kind: &'static str| {
        let multiline = kind == "textarea";
        let kind = if multiline { "text" } else { kind };
        view! {
            <TextField
                name=format!("log-{index}-{name}")
                label=label
                kind=kind
                multiline=multiline
                value=read(pick)
                on_input=write(apply)
            />
        }
    };
    let delete = move |_| {
        ctx.update(|record| {
            if index < record.log.len() {
                record.log.remove(index);
            }
        })
    };
    view! {
        <li class="log-entry" data-testid="log-entry">
            <fieldset>
                <legend>{(ui.log_entry)(index + 1)}</legend>
                {field("on", |ui| ui.log_on, |e| date_text(e.on), |e, t| e.on = parse_date(&t), "date")}
                {field("time", |ui| ui.log_time, |e| e.time.clone(), |e, t| e.time = t, "time")}
                <SelectField
                    name=format!("log-{index}-channel")
                    label=|ui| ui.log_channel
                    value=read(|e| e.channel.clone())
                    options=Signal::stored(
                        LOG_CHANNELS
                            .iter()
                            .filter_map(|channel| {
                                guide.channel(*channel).map(|item| (id_of(*channel), item.name.to_string()))
                            })
                            .collect::<Vec<_>>(),
                    )
                    on_change=write(|e, t| e.channel = t)
                />
                {field("who", |ui| ui.log_who, |e| e.who.clone(), |e, t| e.who = t, "text")}
                {field("said", |ui| ui.log_said, |e| e.said.clone(), |e, t| e.said = t, "textarea")}
                {field("promise", |ui| ui.log_promise, |e| e.promise.clone(), |e, t| e.promise = t, "text")}
                {field(
                    "promised_by",
                    |ui| ui.log_promised_by,
                    |e| date_text(e.promised_by),
                    |e, t| e.promised_by = parse_date(&t),
                    "date",
                )}
                <button type="button" class="button secondary small" data-testid="log-delete" on:click=delete>
                    {ui.log_delete}
                </button>
            </fieldset>
        </li>
    }
}
