//! The Rust types the data files become (src/i18n/guide.rs, src/drafting/templates.rs, src/followup/,
//! src/rules/wording.rs, calendar.rs and pack/builtin.rs),
//! field by field. rustc checks the generated code against those types, so the two cannot drift apart.

use super::rust_literal::Shape::{self, *};

const POINT: Shape = Struct("Point", &[("title", Text), ("text", Text)]);
const POINTS: Shape = List(&POINT);
const TEXTS: Shape = List(&Text);
const STEP: Shape = Struct("StepGuide", &[("title", Text), ("intro", Text), ("points", POINTS)]);

/// The start page's part of the guide: apart from the rest, which only the case screens read (in the split
/// build they load later; the start page is in the first download).
pub const START: Shape = Struct("Start", &[("lead", Text), ("does", TEXTS), ("walk", POINTS), ("privacy", Text)]);

pub const GUIDE: Shape = Struct(
    "Guide",
    &[
        (
            "steps",
            Struct(
                "Steps",
                &[
                    ("policy", STEP),
                    ("evidence", STEP),
                    ("channel", STEP),
                    ("ticket", STEP),
                    ("progress", STEP),
                    ("dispute", STEP),
                    ("cancel", STEP),
                    ("close", STEP),
                ],
            ),
        ),
        (
            "tables",
            List(&Struct(
                "Table",
                &[("id", Variant("TableId")), ("caption", Text), ("head", TEXTS), ("rows", List(&TEXTS))],
            )),
        ),
        ("faqs", List(&Struct("Faq", &[("id", Variant("FaqId")), ("question", Text), ("items", TEXTS)]))),
        (
            "categories",
            List(&Struct(
                "CategoryNote",
                &[("categories", List(&Variant("Category"))), ("title", Text), ("notes", TEXTS)],
            )),
        ),
        (
            "evidence",
            List(&Struct(
                "EvidenceGuide",
                &[
                    ("evidence", Variant("Evidence")),
                    ("categories", OrEmpty(&List(&Variant("Category")))),
                    ("name", Text),
                    ("why", Text),
                    ("how", Text),
                ],
            )),
        ),
        (
            "channels",
            List(&Struct(
                "ChannelGuide",
                &[
                    ("channel", Optional(&Variant("Channel"))),
                    ("name", Text),
                    ("what", Text),
                    ("pros", TEXTS),
                    ("cons", TEXTS),
                    (
                        "platform_cons",
                        OrEmpty(&List(&Struct(
                            "PlatformCon",
                            &[("platforms", List(&Variant("Platform"))), ("text", Text)],
                        ))),
                    ),
                    ("needs", TEXTS),
                ],
            )),
        ),
        (
            "click_paths",
            List(&Struct("ClickPath", &[("platform", Variant("Platform")), ("steps", TEXTS), ("notes", TEXTS)])),
        ),
        (
            "platform_notes",
            List(&Struct(
                "PlatformNote",
                &[
                    ("platforms", List(&Variant("Platform"))),
                    ("categories", OrEmpty(&List(&Variant("Category")))),
                    ("title", Text),
                    ("sections", List(&Struct("Section", &[("title", Text), ("items", TEXTS)]))),
                ],
            )),
        ),
        (
            "dispute",
            Struct(
                "DisputeGuide",
                &[
                    ("problems", POINTS),
                    ("tips", POINTS),
                    (
                        "ladder",
                        List(&Struct(
                            "Rung",
                            &[("channel", Variant("Channel")), ("title", Text), ("when", Text), ("needs", TEXTS)],
                        )),
                    ),
                ],
            ),
        ),
        (
            "cancel",
            Struct(
                "CancelGuide",
                &[
                    (
                        "statuses",
                        List(&Struct(
                            "CancelStatus",
                            &[("class", Variant("CancelClass")), ("title", Text), ("text", Text)],
                        )),
                    ),
                    ("ways", POINTS),
                    ("problems", POINTS),
                    ("after", POINTS),
                    ("avoid", POINTS),
                ],
            ),
        ),
    ],
);

pub const TEMPLATES: Shape = Struct(
    "Templates",
    &[
        ("placeholder", Text),
        ("field_line", Text),
        ("list_separator", Text),
        ("list_last_separator", Text),
        ("citation_separator", Text),
        ("citation_title_end", Text),
        ("date", Text),
        ("months", OrEmpty(&TEXTS)),
        ("money", Text),
        ("numerals", TEXTS),
        ("channels", Map(&Variant("Channel"), &Text)),
        ("cuts", Map(&Variant("Cut"), &Text)),
        ("slots", Map(&Variant("Slot"), &Text)),
        ("platforms", Map(&Variant("Platform"), &Text)),
        ("problems", Map(&Variant("Problem"), &Struct("ProblemWords", &[("sentence", Text), ("short", Text)]))),
        ("remedies", Map(&Variant("Remedy"), &Struct("RemedyWords", &[("name", Text), ("ask", Text)]))),
        ("shipping", Map(&Variant("Shipping"), &Text)),
        ("evidence", Map(&Variant("Evidence"), &Text)),
        (
            "phrases",
            Struct(
                "Phrases",
                &[
                    ("signed", Text),
                    ("details", Text),
                    ("exchange", Text),
                    ("basis", Text),
                    ("basis_after", Text),
                    ("shipping_clause", Text),
                    ("compensation", Text),
                    ("within_period", Text),
                    ("thanks", Text),
                    ("history", Text),
                    ("outcome_refused", Text),
                    ("outcome_agreed", Text),
                    ("outcome_pending", Text),
                    ("follow_up_promise", Text),
                    ("follow_up_waiting", Text),
                    ("follow_up_plain", Text),
                    ("promise_made_on", Text),
                    ("promise_by", Text),
                    ("promise_unkept", Text),
                    ("promise_pending", Text),
                    ("exchange_same", Text),
                    ("one_more_repair", Text),
                    ("acceptance", Text),
                    ("channel_basis", Text),
                    ("personal_use", Text),
                    ("contact", Text),
                    ("contact_time", Text),
                    ("contact_who", Text),
                    ("contact_said", Text),
                    ("contact_promise", Text),
                    ("contact_promise_due", Text),
                    ("contact_promise_reply", Text),
                    ("contact_broken", Text),
                    ("status_line", Text),
                    ("negotiation", Text),
                    ("negotiation_line", Text),
                    ("fraud_argument", Text),
                    ("food_argument", Text),
                    ("offer_keep", Text),
                    ("offer_send_back", Text),
                    ("offer_reason", Text),
                    ("offer_change", Text),
                    ("offer_pay_first", Text),
                    ("tracking", Text),
                    ("refund_clause", Text),
                ],
            ),
        ),
        ("cancel_status", Map(&Variant("TicketStatus"), &Text)),
        (
            "purposes",
            Map(
                &Variant("Purpose"),
                &Struct(
                    "PurposeTemplate",
                    &[
                        ("title", Text),
                        (
                            "fields",
                            OrEmpty(&List(&Struct("FieldTemplate", &[("id", Text), ("label", Text), ("value", Text)]))),
                        ),
                        ("fields_in_text", OrEmpty(&Bool)),
                        ("text", OrEmpty(&TEXTS)),
                    ],
                ),
            ),
        ),
    ],
);

pub const TICKET_LIMITS: Shape = Map(
    &Variant("Platform"),
    &Struct("CharLimit", &[("min", Number), ("max", Number), ("verified", Bool), ("source", Text)]),
);

const ACTION: Shape = Struct("ActionText", &[("title", Text), ("detail", Text)]);

/// data/followup/<lang>.json: every text a struct field, so a text missing from a file fails the build.
pub const FOLLOWUP_TEXTS: Shape = Struct(
    "Texts",
    &[
        ("date_format", Text),
        ("full_date_format", Text),
        (
            "actions",
            Struct(
                "ActionTexts",
                &[
                    ("seller_unprocessed", ACTION),
                    ("refund_late", ACTION),
                    ("refund_unprocessed", ACTION),
                    ("review_slow", ACTION),
                    ("clock_seller_handles_request", ACTION),
                    ("clock_buyer_ships_return", ACTION),
                    ("clock_seller_confirms_receipt", ACTION),
                    ("clock_refund_after_receipt", ACTION),
                    ("clock_buyer_asks_platform", ACTION),
                    ("clock_buyer_ahead", ACTION),
                    ("promise_overdue", ACTION),
                    ("deadline", ACTION),
                    ("platform_after_sales_closes", ACTION),
                    ("first_request_chosen", ACTION),
                    (
                        "status",
                        Struct(
                            "StatusActions",
                            &[
                                ("draft", ACTION),
                                ("submitted", ACTION),
                                ("pending_review", ACTION),
                                ("in_review", ACTION),
                                ("approved", ACTION),
                                ("return_shipped", ACTION),
                                ("merchant_received", ACTION),
                                ("rejected", ACTION),
                                ("platform_intervention", ACTION),
                                ("refunded", ACTION),
                                ("exchanged", ACTION),
                                ("repaired", ACTION),
                                ("cancelled", ACTION),
                                ("closed", ACTION),
                            ],
                        ),
                    ),
                ],
            ),
        ),
        (
            "ics",
            Struct(
                "IcsTexts",
                &[
                    ("calendar_name", Text),
                    ("summary", Text),
                    ("promise", Text),
                    ("seller_due", Text),
                    ("buyer_due", Text),
                    ("authority_due", Text),
                    ("alarm", Text),
                    ("alarm_today", Text),
                    ("answer_due", Text),
                ],
            ),
        ),
        (
            "case_file",
            Struct(
                "CaseFileTexts",
                &[
                    ("heading", Text),
                    ("made_on", Text),
                    ("facts", Text),
                    ("decision", Text),
                    ("deadlines", Text),
                    ("evidence", Text),
                    ("timeline", Text),
                    ("drafts", Text),
                    ("closing", Text),
                    ("buyer", Text),
                    ("phone", Text),
                    ("address", Text),
                    ("order_no", Text),
                    ("item", Text),
                    ("shop", Text),
                    ("merchant", Text),
                    ("merchant_address", Text),
                    ("platform", Text),
                    ("category", Text),
                    ("problem", Text),
                    ("paid", Text),
                    ("paid_on", Text),
                    ("signed_on", Text),
                    ("completed_on", Text),
                    ("ticket_no", Text),
                    ("return_tracking_no", Text),
                    ("description", Text),
                    ("refusal_reason", Text),
                    ("recommended", Text),
                    ("channel", Text),
                    ("until", Text),
                    ("basis", Text),
                    ("compensation", Text),
                    ("promise", Text),
                    ("by", Text),
                    ("overdue_days", Text),
                    ("refund_received", Text),
                    ("print", Text),
                    ("save", Text),
                    ("incomplete", Text),
                    ("files", Text),
                    ("file_evidence", Text),
                    ("file_added", Text),
                    ("file_fingerprint", Text),
                    ("file_location_removed", Text),
                ],
            ),
        ),
        (
            "checklist",
            Struct(
                "ChecklistTexts",
                &[
                    ("heading", Text),
                    ("steps", Text),
                    ("evidence", Text),
                    ("deadlines", Text),
                    ("next", Text),
                    ("days_left", Text),
                    ("passed", Text),
                    ("today", Text),
                    ("print", Text),
                    ("open_case_file", Text),
                    ("next_date", Text),
                    ("next_step", Text),
                    ("continue_at", Text),
                ],
            ),
        ),
        (
            "closing",
            Struct(
                "ClosingTexts",
                &[
                    ("refund_full", Text),
                    ("refund_short", Text),
                    ("refund_over", Text),
                    (
                        "stages",
                        Struct(
                            "StageNames",
                            &[
                                ("review", Text),
                                ("return_transit", Text),
                                ("refund", Text),
                                ("intervention", Text),
                                ("whole_case", Text),
                            ],
                        ),
                    ),
                    ("days", Text),
                    ("typical", Text),
                    (
                        "form",
                        Struct(
                            "ClosingFormTexts",
                            &[
                                ("refund_amount", Text),
                                ("refund_on", Text),
                                ("amount_error", Text),
                                ("exchange_ok", Text),
                                ("lessons", Text),
                                ("watch", Text),
                                ("stages", Text),
                                ("paid", Text),
                                ("rating_attitude", Text),
                                ("rating_speed", Text),
                                ("rating_solution", Text),
                            ],
                        ),
                    ),
                ],
            ),
        ),
        (
            "escalate",
            Struct(
                "EscalateTexts",
                &[("after_sales", Text), ("platform_intervention", Text), ("complaint_12315", Text)],
            ),
        ),
        (
            "clock_names",
            Struct(
                "ClockNames",
                &[
                    ("seller_handles_request", Text),
                    ("buyer_ships_return", Text),
                    ("seller_confirms_receipt", Text),
                    ("refund_after_receipt", Text),
                    ("buyer_asks_platform", Text),
                ],
            ),
        ),
        ("limit_days", Text),
        ("limit_hours", Text),
        ("the_shop", Text),
        (
            "unverified",
            Struct("UnverifiedTexts", &[("law", Text), ("platform", Text), ("merchant", Text), ("guide", Text)]),
        ),
        ("entry_may_close_early", Text),
        ("sentence_end", Text),
        ("promise_unnamed", Text),
    ],
);

const STATUSES: Shape = List(&Variant("TicketStatus"));
const DRAFT: Shape = Optional(&Text);

pub const FOLLOWUP_RULES: Shape = Struct(
    "FollowupRules",
    &[
        ("warn_days_before", Number),
        ("finished", STATUSES),
        (
            "approaching",
            Map(&Text, &Struct("Approaching", &[("met_by", STATUSES), ("step", Variant("Step")), ("draft", DRAFT)])),
        ),
        (
            "overdue",
            List(&Struct(
                "Overdue",
                &[
                    ("id", Variant("Lapse")),
                    ("deadline", Text),
                    ("supersedes", OrEmpty(&TEXTS)),
                    ("until", OrEmpty(&STATUSES)),
                    ("step", Variant("Step")),
                    ("draft", DRAFT),
                ],
            )),
        ),
        ("draft_steps", Map(&Text, &Variant("Step"))),
        ("deadline_owners", Map(&Text, &Variant("Owner"))),
        ("entry_may_close_early", Struct("EarlyEntry", &[("deadline", Text), ("days_rule", Text), ("moved_by", Text)])),
        ("status_steps", Map(&Text, &Struct("StepLink", &[("step", Variant("Step")), ("draft", DRAFT)]))),
        (
            "stages",
            List(&Struct(
                "Stage",
                &[
                    ("id", Variant("StageId")),
                    ("from", STATUSES),
                    ("to", STATUSES),
                    ("typical_working_days", Optional(&Pair(&Number, &Number))),
                ],
            )),
        ),
    ],
);

const CLOCK: Shape = Optional(&Struct(
    "ClockRule",
    &[
        ("days", Optional(&Number)),
        ("hours", Optional(&Number)),
        ("citation_zh", Text),
        ("citation_en", Text),
        ("source", Text),
        ("verified", Bool),
        ("layer", Variant("Layer")),
    ],
));

/// data/clocks.toml: the five after-sales clocks of each platform (src/followup/clocks.rs).
pub const CLOCKS: Shape = Struct(
    "ClockFile",
    &[(
        "platform",
        List(&Struct(
            "PlatformClocks",
            &[
                ("platforms", List(&Variant("Platform"))),
                ("seller_handles_request", CLOCK),
                ("buyer_ships_return", CLOCK),
                ("seller_confirms_receipt", CLOCK),
                ("refund_after_receipt", CLOCK),
                ("buyer_asks_platform", CLOCK),
            ],
        )),
    )],
);

pub const WORDING: Shape = Struct(
    "Wording",
    &[
        ("calendar_note", Text),
        ("calendar_note_weekends", Text),
        ("partial_refund", Text),
        ("partial_refund_gift", Text),
        ("why", Map(&Variant("Reason"), &Text)),
        ("needs", Map(&Variant("Need"), &Text)),
    ],
);

const DAYS: Shape = List(&Date);

pub const HOLIDAYS: Shape = Struct(
    "Holidays",
    &[
        ("source", Skip),
        ("statutory", List(&Struct("Statutory", &[("name", Skip), ("from", Variant("Anchor")), ("days", Number)]))),
        ("year", List(&Struct("Year", &[("year", Number), ("rest", DAYS), ("work", DAYS)]))),
    ],
);

pub const FESTIVALS: Shape = Struct(
    "Festivals",
    &[
        ("source", Skip),
        (
            "year",
            List(&Struct(
                "FestivalDays",
                &[("year", Number), ("chuxi", Date), ("qingming", Date), ("duanwu", Date), ("zhongqiu", Date)],
            )),
        ),
    ],
);

const RULE_NUMBER: Shape = Optional(&Number);

/// A built-in pack, data/packs/*.toml. Its id and title are for the reader: the built-in rules are one set.
pub const PACK: Shape = Struct(
    "BuiltinPack",
    &[
        (
            "pack",
            Struct(
                "BuiltinHeader",
                &[
                    ("id", Skip),
                    ("layer", Variant("Layer")),
                    ("title", Skip),
                    ("platforms", OrEmpty(&List(&Variant("Platform")))),
                    ("sold_by", Optional(&Variant("SoldBy"))),
                ],
            ),
        ),
        (
            "rule",
            OrEmpty(&List(&Struct(
                "BuiltinRule",
                &[
                    ("id", Text),
                    ("text", Text),
                    ("text_en", Optional(&Text)),
                    ("citation_zh", Text),
                    ("citation_en", Text),
                    ("source", Text),
                    ("effective", Optional(&Date)),
                    ("verified", OrEmpty(&Bool)),
                    ("days", RULE_NUMBER),
                    ("seller_days", RULE_NUMBER),
                    ("working_days", RULE_NUMBER),
                    ("years", RULE_NUMBER),
                    ("multiple", RULE_NUMBER),
                    ("minimum_yuan", RULE_NUMBER),
                    ("repairs", RULE_NUMBER),
                    ("counting", Optional(&Variant("Counting"))),
                ],
            ))),
        ),
    ],
);
