//! The Rust types the data files become (src/i18n/guide.rs, src/drafting/templates.rs, src/followup/,
//! src/rules/wording.rs, calendar.rs and pack/builtin.rs),
//! field by field. rustc checks the generated code against those types, so the two cannot drift apart.

use super::rust_literal::Shape::{self, *};

const POINT: Shape = Struct("Point", &[("title", Text), ("text", Text)]);
const POINTS: Shape = List(&POINT);
const TEXTS: Shape = List(&Text);
const STEP: Shape = Struct("StepGuide", &[("title", Text), ("intro", Text), ("points", POINTS)]);

pub const GUIDE: Shape = Struct(
    "Guide",
    &[
        ("start", Struct("Start", &[("lead", Text), ("does", TEXTS), ("walk", POINTS), ("privacy", Text)])),
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
                &[("evidence", Variant("Evidence")), ("name", Text), ("why", Text), ("how", Text)],
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
                    ("basis_main", Text),
                    ("basis_after", Text),
                    ("channel_basis", Text),
                    ("shipping_clause", Text),
                    ("compensation", Text),
                    ("within_period", Text),
                    ("history", Text),
                    ("outcome_refused", Text),
                    ("outcome_agreed", Text),
                    ("outcome_pending", Text),
                    ("follow_up_promise", Text),
                    ("follow_up_waiting", Text),
                    ("personal_use", Text),
                    ("return_in_transit", Text),
                ],
            ),
        ),
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
                        ("text", TEXTS),
                        ("shorter", OrEmpty(&List(&TEXTS))),
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

pub const FOLLOWUP_TEXTS: Shape = Struct(
    "Texts",
    &[
        ("date_format", Text),
        ("full_date_format", Text),
        ("actions", Map(&Text, &Struct("ActionText", &[("title", Text), ("detail", Text)]))),
        (
            "ics",
            Struct(
                "IcsTexts",
                &[
                    ("calendar_name", Text),
                    ("summary", Text),
                    ("promise", Text),
                    ("seller_due", Text),
                    ("alarm", Text),
                    ("basis", Text),
                ],
            ),
        ),
        ("case_file", Map(&Text, &Text)),
        ("checklist", Map(&Text, &Text)),
        (
            "closing",
            Struct(
                "ClosingTexts",
                &[
                    ("refund_full", Text),
                    ("refund_short", Text),
                    ("refund_over", Text),
                    ("stages", Map(&Text, &Text)),
                    ("days", Text),
                    ("typical", Text),
                    ("form", Map(&Text, &Text)),
                ],
            ),
        ),
    ],
);

const STATUSES: Shape = List(&Variant("TicketStatus"));
const DRAFT: Shape = Optional(&Text);

pub const FOLLOWUP_RULES: Shape = Struct(
    "FollowupRules",
    &[
        ("warn_days_before", Number),
        ("finished", STATUSES),
        ("approaching", Map(&Text, &Struct("Approaching", &[("met_by", STATUSES), ("step", Text), ("draft", DRAFT)]))),
        (
            "overdue",
            List(&Struct(
                "Overdue",
                &[
                    ("id", Text),
                    ("deadline", Text),
                    ("supersedes", OrEmpty(&TEXTS)),
                    ("until", OrEmpty(&STATUSES)),
                    ("step", Text),
                    ("draft", DRAFT),
                ],
            )),
        ),
        ("draft_steps", Map(&Text, &Text)),
        ("status_steps", Map(&Text, &Struct("StepLink", &[("step", Text), ("draft", DRAFT)]))),
        (
            "stages",
            List(&Struct(
                "Stage",
                &[
                    ("id", Text),
                    ("from", STATUSES),
                    ("to", STATUSES),
                    ("typical_working_days", Optional(&Pair(&Number, &Number))),
                ],
            )),
        ),
    ],
);

pub const WORDING: Shape = Struct(
    "Wording",
    &[("calendar_note", Text), ("why", Map(&Variant("Reason"), &Text)), ("needs", Map(&Variant("Need"), &Text))],
);

const DAYS: Shape = List(&Date);

pub const CALENDAR: Shape = Struct(
    "Calendar",
    &[
        ("source", Skip),
        ("first_year", Number),
        ("last_year", Number),
        ("year", List(&Struct("Year", &[("year", Skip), ("rest", DAYS), ("work", DAYS)]))),
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
