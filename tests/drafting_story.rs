//! Issue 15's drafts with its three buyers: the dispute drafts tell what the record holds (the dated
//! contacts, a promise not kept, the evidence, the ticket's status), counterfeit and unsafe food argue
//! the statutory compensation, the 12315 draft has every field, a cancellation or a change follows the
//! recorded status and a partial-refund offer, and no draft shows an internal id in either language.
#![cfg(not(target_arch = "wasm32"))]

mod drafting_seeds;
#[path = "support/no_internal.rs"]
mod no_internal;

use drafting_seeds::{complete, complete_options, day, Seed};
use shouhou::drafting::{draft, reading_copy, Cut, Draft, DraftOptions, NotOffered, Purpose, Slot};
use shouhou::i18n;
use shouhou::lang::Lang;
use shouhou::record::{Facts, LogEntry};
use shouhou::rules::{self, Category, Event, EventKind, Platform, Problem, TicketStatus};

fn write(seed: &Seed, purpose: Purpose, lang: Lang) -> Draft {
    draft(purpose, lang, &seed.case, &seed.decision, seed.facts(lang), seed.options(lang))
}

/// The text and the form fields: everything the recipient reads.
fn shown(draft: &Draft) -> String {
    let fields: Vec<&str> = draft.fields.iter().map(|field| field.value.as_str()).collect();
    format!("{}\n{}", draft.text, fields.join("\n"))
}

const STORY_DRAFTS: [Purpose; 6] = [
    Purpose::MerchantFollowUp,
    Purpose::RefusalReply,
    Purpose::PlatformIntervention,
    Purpose::Complaint12315,
    Purpose::Heimao,
    Purpose::ConsumerAssociation,
];

#[test]
fn the_jackets_dispute_drafts_tell_the_contact_the_broken_promise_the_evidence_and_the_status() {
    let seed = drafting_seeds::pinduoduo_jacket();
    for purpose in STORY_DRAFTS {
        let text = shown(&write(&seed, purpose, Lang::ZhCn));
        // The reminder opens with the promise (see below); the others tell it in the contact.
        let promise = match purpose {
            Purpose::MerchantFollowUp => "您2026年12月1日答应“48小时内答复”（即最晚2026年12月3日），但到期没有兑现",
            _ => "对方承诺48小时内答复（最晚2026年12月3日），但到期没有兑现",
        };
        for expected in [
            "2026年12月1日 20:15，通过商家客服（对方：客服小美）沟通：我说明拉链断了，要求退货退款",
            promise,
            "目前售后单的状态是“已提交”（2026年12月1日）",
            "商品问题照片、开箱或故障视频、与客服的聊天记录",
        ] {
            assert!(text.contains(expected), "{purpose:?} lacks {expected}\n{text}");
        }
        let text = shown(&write(&seed, purpose, Lang::En));
        let promise = match purpose {
            Purpose::MerchantFollowUp => {
                "you promised on 1 December 2026 to reply within 48 hours (that is, by 3 December 2026), but did not keep that promise"
            }
            _ => "they promised to reply within 48 hours (by 3 December 2026), but did not keep that promise",
        };
        for expected in [
            "On 1 December 2026 at 20:15, through the shop's customer service (with 客服小美)",
            promise,
            "photos of the problem, an unboxing or fault video and the chat with customer service",
        ] {
            assert!(text.contains(expected), "{purpose:?} lacks {expected}\n{text}");
        }
    }
    // The first message comes before any of it.
    let first = write(&seed, Purpose::MerchantFirstMessage, Lang::ZhCn).text;
    assert!(!first.contains("没有兑现") && !first.contains("状态"), "{first}");
}

#[test]
fn a_promise_is_broken_only_once_its_day_has_passed_without_an_answer() {
    let mut seed = drafting_seeds::pinduoduo_jacket();
    let follow_up = |seed: &Seed| write(seed, Purpose::MerchantFollowUp, Lang::ZhCn).text;
    assert!(follow_up(&seed).contains("但到期没有兑现"));

    seed.case.today = day("2026-12-03");
    assert!(!follow_up(&seed).contains("没有兑现"), "due today, not yet broken\n{}", follow_up(&seed));

    let mut answered = drafting_seeds::pinduoduo_jacket();
    answered.case.events.push(Event { kind: EventKind::SellerRefused, on: day("2026-12-02") });
    assert!(!follow_up(&answered).contains("没有兑现"), "the shop answered in time\n{}", follow_up(&answered));

    let mut late = drafting_seeds::pinduoduo_jacket();
    late.case.events.push(Event { kind: EventKind::SellerRefused, on: day("2026-12-05") });
    assert!(follow_up(&late).contains("没有兑现"), "an answer after the day does not keep it");
}

#[test]
fn contacts_are_told_oldest_first_and_an_undated_or_empty_entry_adds_nothing() {
    let mut seed = drafting_seeds::pinduoduo_jacket();
    let later = LogEntry {
        on: Some(day("2026-12-05")),
        channel: "platform_after_sales".into(),
        said: "再次催促".into(),
        ..LogEntry::default()
    };
    let undated = LogEntry { on: None, said: "不记得哪天说的".into(), ..LogEntry::default() };
    let empty = LogEntry { on: Some(day("2026-12-06")), ..LogEntry::default() };
    seed.options_zh.contacts = vec![later, seed.options_zh.contacts[0].clone(), undated, empty];
    seed.options_zh.contacts.sort_by_key(|entry| entry.on);
    let text = write(&seed, Purpose::PlatformIntervention, Lang::ZhCn).text;
    let first = text.find("2026年12月1日 20:15").expect("the first contact");
    let second = text.find("2026年12月5日，通过平台售后申请沟通：再次催促。").expect("the second contact");
    assert!(first < second, "{text}");
    assert!(!text.contains("不记得") && !text.contains("2026年12月6日"), "{text}");
}

#[test]
fn counterfeit_drafts_argue_fraud_with_the_amount_claimed() {
    let seed = drafting_seeds::taobao_counterfeit();
    let claim = seed.decision.compensation.as_ref().expect("counterfeit gives compensation");
    assert_eq!((claim.multiple, claim.minimum_fen, claim.amount_fen), (3, 50000, 269700));
    for purpose in [
        Purpose::MerchantFirstMessage,
        Purpose::RefusalReply,
        Purpose::Complaint12315,
        Purpose::Heimao,
        Purpose::ConsumerAssociation,
    ] {
        let zh = shown(&write(&seed, purpose, Lang::ZhCn));
        for expected in [
            "欺诈行为",
            "《消费者权益保护法》第五十五条第一款",
            "价款的三倍",
            "不足500元的按500元计算",
            "实付899.00元",
            "赔偿2697.00元",
        ] {
            assert!(zh.contains(expected), "{purpose:?} lacks {expected}\n{zh}");
        }
        let en = shown(&write(&seed, purpose, Lang::En));
        for expected in ["fraud", "Art. 55(1)", "three times the price paid", "at least CNY 500", "CNY 2697.00"] {
            assert!(en.contains(expected), "{purpose:?} lacks {expected}\n{en}");
        }
    }
    // Platforms do not rule on statutory compensation (淘宝平台争议处理规则 Art. 6).
    for purpose in [Purpose::PlatformTicket, Purpose::PlatformIntervention] {
        let text = shown(&write(&seed, purpose, Lang::ZhCn));
        assert!(!text.contains("欺诈") && !text.contains("2697"), "{purpose:?}\n{text}");
    }
}

#[test]
fn unsafe_food_drafts_argue_ten_times_the_price_with_the_1000_yuan_floor() {
    let mut seed = drafting_seeds::taobao_counterfeit();
    seed.case.category = Category::Food;
    seed.case.problem = Problem::UnsafeFood;
    seed.case.paid_fen = 5800;
    seed.decision = rules::evaluate(&seed.case);
    let claim = seed.decision.compensation.as_ref().expect("unsafe food gives compensation");
    assert_eq!((claim.multiple, claim.amount_fen), (10, 100000), "ten times 58 yuan is below the 1,000 floor");
    let zh = shown(&write(&seed, Purpose::Complaint12315, Lang::ZhCn));
    for expected in [
        "《食品安全法》第一百四十八条",
        "价款十倍或者损失三倍",
        "不足1000元的按1000元计算",
        "实付58.00元",
        "赔偿1000.00元",
    ] {
        assert!(zh.contains(expected), "lacks {expected}\n{zh}");
    }
    assert!(!zh.contains("欺诈"), "{zh}");
    let en = shown(&write(&seed, Purpose::ConsumerAssociation, Lang::En));
    assert!(en.contains("Food Safety Law, Art. 148") && en.contains("ten times the price"), "{en}");
}

#[test]
fn the_12315_draft_has_every_field_its_rules_require() {
    // 投诉举报处理暂行办法 Art. 9: complainant, respondent (name, address; region routes it, Art. 12),
    // the demand, the facts; the negotiation so far and the evidence support them.
    let required = [
        "complainant_name",
        "complainant_phone",
        "complainant_address",
        "respondent_name",
        "respondent_region",
        "respondent_address",
        "shop",
        "order_no",
        "item",
        "purchase",
        "problem_type",
        "demand",
        "facts",
        "negotiation",
        "evidence",
    ];
    let jacket = drafting_seeds::pinduoduo_jacket();
    for lang in Lang::ALL {
        let complaint = write(&jacket, Purpose::Complaint12315, lang);
        let ids: Vec<&str> = complaint.fields.iter().map(|field| field.id.as_str()).collect();
        assert_eq!(ids, required, "{lang:?}");
        let region = &complaint.fields[4].value;
        assert_eq!(region, &Slot::MerchantRegion.placeholder(lang), "no region recorded: a clear placeholder");
        assert!(complaint.missing.contains(&Slot::MerchantRegion));
    }
    let complaint = write(&jacket, Purpose::Complaint12315, Lang::ZhCn);
    assert!(complaint.text.contains("被投诉人所在地区：【被投诉人所在地区（省、市、区县）】"), "{}", complaint.text);
    assert!(complaint.text.contains("协商经过：我于2026年12月1日向卖家提出了售后申请"), "{}", complaint.text);

    let sneakers = drafting_seeds::taobao_counterfeit();
    let complaint = write(&sneakers, Purpose::Complaint12315, Lang::ZhCn);
    assert!(complaint.text.contains("被投诉人所在地区：福建省莆田市荔城区"), "{}", complaint.text);
    assert!(complaint.missing.is_empty(), "{:?}", complaint.missing);

    // Nothing recorded of the negotiation: the buyer is asked for it rather than the field left empty.
    let fresh = drafting_seeds::taobao_clothing();
    let complaint = write(&fresh, Purpose::Complaint12315, Lang::ZhCn);
    assert!(complaint.missing.contains(&Slot::Negotiation));
    assert!(
        complaint.text.contains("协商经过：【协商经过（哪天、通过什么渠道、商家怎么答复）】"),
        "{}",
        complaint.text
    );
}

#[test]
fn every_draft_is_meant_for_a_chinese_reader_and_its_status_is_named_as_on_screen() {
    for purpose in Purpose::ALL {
        assert_eq!(purpose.recipient_lang(), Lang::ZhCn, "{purpose:?}");
    }
    let mut seed = drafting_seeds::pinduoduo_jacket();
    for status in TicketStatus::ALL.into_iter().filter(|status| *status != TicketStatus::Draft) {
        seed.options_zh.status = Some((status, day("2026-12-02")));
        seed.options_en.status = Some((status, day("2026-12-02")));
        for lang in Lang::ALL {
            let text = write(&seed, Purpose::PlatformIntervention, lang).text;
            let name = (i18n::ui(lang).status)(status);
            let quoted = if lang == Lang::ZhCn { format!("“{name}”") } else { format!("\"{name}\"") };
            assert!(text.contains(&quoted), "{status:?} {lang:?}\n{text}");
        }
    }
}

#[test]
fn a_cancellation_says_only_what_the_recorded_status_allows() {
    let mut seed = drafting_seeds::taobao_partial_offer();
    for status in TicketStatus::ALL {
        seed.options_zh.status = Some((status, day("2026-11-29")));
        let text = write(&seed, Purpose::CancelRequest, Lang::ZhCn).text;
        let keeps = text.contains("商品由我保留");
        let sent = text.contains("寄出") || text.contains("寄回的商品") || text.contains("收到我寄回");
        assert!(!(keeps && sent), "{status:?}: keeps the item and has sent it back\n{text}");
        let goods_away = matches!(status, TicketStatus::ReturnShipped | TicketStatus::MerchantReceived);
        assert_eq!(sent, goods_away, "{status:?}\n{text}");
        assert_eq!(keeps, !goods_away, "{status:?}\n{text}");
        let approved = text.contains("您已经同意了这个申请");
        assert_eq!(approved, status == TicketStatus::Approved, "{status:?}\n{text}");
    }
    seed.options_zh.status = Some((TicketStatus::ReturnShipped, day("2026-11-29")));
    seed.options_zh.return_tracking_no = "YT8877665544".into();
    let text = write(&seed, Purpose::CancelRequest, Lang::ZhCn).text;
    assert!(text.contains("退货商品我已于2026年11月29日寄出，快递单号YT8877665544"), "{text}");
    assert!(text.contains("您部分退款80.00元，已寄回的商品请寄还给我"), "{text}");
}

#[test]
fn a_partial_refund_offer_changes_the_request_or_lets_the_shop_pay_first() {
    let seed = drafting_seeds::taobao_partial_offer();
    let change = write(&seed, Purpose::ModifyRequest, Lang::ZhCn);
    assert!(change.missing.is_empty(), "{:?}", change.missing);
    assert!(
        change.text.contains("把申请改为仅退款，退款金额80.00元（双方已协商一致，商品由我保留）"),
        "{}",
        change.text
    );
    assert!(change.text.contains("修改后我的诉求是仅退款，退款金额80.00元。"), "{}", change.text);
    assert!(!change.text.contains("依据"), "an agreed amount cites no rule\n{}", change.text);

    let cancel = write(&seed, Purpose::CancelRequest, Lang::ZhCn);
    assert!(cancel.missing.is_empty(), "{:?}", cancel.missing);
    assert!(cancel.text.contains("撤销原因：我们已协商一致：您部分退款80.00元，商品由我保留。"), "{}", cancel.text);
    assert!(cancel.text.contains("请您先支付协商好的80.00元，我确认收到后马上撤销这个申请。"), "{}", cancel.text);

    let en = write(&seed, Purpose::ModifyRequest, Lang::En).text;
    assert!(en.contains("a refund without returning the item (refund amount: CNY 80.00)"), "{en}");

    // What the buyer typed wins over the offer's words; without an offer nothing is said of paying first.
    let mut typed = drafting_seeds::taobao_partial_offer();
    typed.options_zh.cancel_reason = "不想退了".into();
    let text = write(&typed, Purpose::CancelRequest, Lang::ZhCn).text;
    assert!(text.contains("撤销原因：不想退了。") && text.contains("请您先支付"), "{text}");
    typed.facts_zh.offered_yuan.clear();
    let text = write(&typed, Purpose::CancelRequest, Lang::ZhCn).text;
    assert!(!text.contains("请您先支付") && !text.contains("部分退款"), "{text}");
    typed.facts_zh.offered_yuan = "八十".into();
    let text = write(&typed, Purpose::CancelRequest, Lang::ZhCn).text;
    assert!(!text.contains("请您先支付"), "an offer that does not read as an amount is not used\n{text}");
}

#[test]
fn no_draft_shows_an_internal_id_in_either_language() {
    let mut seeds = drafting_seeds::all();
    let mut food = drafting_seeds::taobao_counterfeit();
    food.case.problem = Problem::UnsafeFood;
    food.case.category = Category::Food;
    food.decision = rules::evaluate(&food.case);
    seeds.push(food);
    for seed in &seeds {
        for lang in Lang::ALL {
            let given = [
                (seed.facts(lang).clone(), seed.options(lang).clone()),
                (complete(seed.facts(lang)), complete_options(seed.options(lang))),
                (Facts::default(), DraftOptions::default()),
            ];
            for (facts, options) in given {
                for purpose in Purpose::ALL {
                    let draft = draft(purpose, lang, &seed.case, &seed.decision, &facts, &options);
                    let surface = format!("{} {lang:?} {purpose:?}", seed.name);
                    no_internal::assert_no_internal(&surface, &shown(&draft));
                    let labels: Vec<&str> = draft.fields.iter().map(|field| field.label.as_str()).collect();
                    no_internal::assert_no_internal(&surface, &labels.join("\n"));
                }
            }
        }
    }
}

#[test]
fn every_platform_and_status_gets_a_draft_without_template_syntax() {
    let mut seed = drafting_seeds::pinduoduo_jacket();
    for platform in Platform::ALL {
        seed.case.platform = platform;
        for status in TicketStatus::ALL {
            seed.options_zh.status = Some((status, day("2026-12-02")));
            for purpose in Purpose::ALL {
                let text = shown(&write(&seed, purpose, Lang::ZhCn));
                assert!(!text.contains(['{', '}']), "{platform:?} {status:?} {purpose:?}\n{text}");
            }
        }
    }
}

#[test]
fn a_reading_copy_gives_up_what_the_sent_text_gave_up_but_keeps_the_buyers_words_whole() {
    let mut seed = drafting_seeds::taobao_counterfeit();
    seed.facts_zh.description = "品牌官方验证吊牌上的防伪码不是正品，做工和鞋盒也与正品不同，".repeat(6);
    let sent = write(&seed, Purpose::PlatformTicket, Lang::ZhCn);
    assert!(sent.cuts.contains(&Cut::Citations) && sent.cuts.contains(&Cut::Description), "{:?}", sent.cuts);
    let facts = seed.facts(Lang::ZhCn);
    let reading = reading_copy(&sent, Lang::En, &seed.case, &seed.decision, facts, seed.options(Lang::ZhCn));
    assert_eq!(reading.lang, Lang::En);
    let ladder: Vec<Cut> = sent
        .cuts
        .iter()
        .copied()
        .filter(|cut| !matches!(cut, Cut::Description | Cut::ItemName | Cut::ExchangeFor | Cut::End))
        .collect();
    assert_eq!(reading.cuts, ladder);
    assert!(reading.text.contains(facts.description.trim_end_matches('，')), "{}", reading.text);
    assert!(reading.text.starts_with("Order 4012345678901234567"), "{}", reading.text);
    assert!(reading.limit.is_none());
}

#[test]
fn a_reminder_tells_the_promise_once_and_without_one_asks_after_the_request() {
    let seed = drafting_seeds::pinduoduo_jacket();
    for (lang, promise) in [(Lang::ZhCn, "48小时内答复"), (Lang::En, "reply within 48 hours")] {
        let text = write(&seed, Purpose::MerchantFollowUp, lang).text;
        assert_eq!(text.matches(promise).count(), 1, "{lang:?}: the promise once\n{text}");
    }

    // Nothing promised in the log: a plain reminder about the request, with no places for a promise.
    let mut unpromised = drafting_seeds::pinduoduo_jacket();
    for options in [&mut unpromised.options_zh, &mut unpromised.options_en] {
        options.promise.clear();
        options.promised_on = None;
        for entry in &mut options.contacts {
            entry.promise.clear();
            entry.promised_by = None;
        }
    }
    let draft = write(&unpromised, Purpose::MerchantFollowUp, Lang::ZhCn);
    assert!(draft.missing.is_empty(), "{:?}\n{}", draft.missing, draft.text);
    assert!(draft.text.contains("我于2026年12月1日提出的申请到现在还没有处理结果"), "{}", draft.text);
    assert!(!draft.text.contains("答应") && !draft.text.contains("承诺"), "{}", draft.text);
}

#[test]
fn the_air_fryer_outside_sanbao_cites_no_rule_against_itself_and_asks_for_a_sound_one() {
    let seed = drafting_seeds::jd_air_fryer();
    let exchange = seed.decision.remedies.iter().find(|verdict| verdict.remedy == rules::Remedy::Exchange).unwrap();
    assert!(exchange.basis.iter().any(|id| id == "cn.sanbao.scope"), "the screen explains with the scope rule");
    for purpose in Purpose::ALL {
        for lang in Lang::ALL {
            let draft = write(&seed, purpose, lang);
            let text = shown(&draft);
            assert!(!text.contains("适用范围") && !text.contains("三包), scope"), "{purpose:?} {lang:?}\n{text}");
            assert!(!draft.missing.contains(&Slot::ExchangeFor), "{purpose:?} {lang:?}\n{text}");
            // Outside 三包 the exchange is open already: no talk of a second repair.
            assert!(!text.contains("如果再修一次") && !text.contains("one more repair"), "{purpose:?}\n{text}");
        }
    }
    let first = write(&seed, Purpose::MerchantFirstMessage, Lang::ZhCn).text;
    assert!(
        first.contains(
            "依据《消费者权益保护法》第二十四条、《民法典》第六百二十一条，我希望换货（换成同款同规格的新品）"
        ),
        "{first}"
    );
}

#[test]
fn a_sanbao_item_one_repair_short_says_what_a_second_failed_repair_opens() {
    let mut seed = drafting_seeds::jd_phone();
    seed.case.today = day("2026-12-06");
    seed.case.failed_repairs = 1;
    seed.decision = rules::evaluate(&seed.case);
    for purpose in
        [Purpose::MerchantFirstMessage, Purpose::RefusalReply, Purpose::PlatformIntervention, Purpose::Complaint12315]
    {
        let text = shown(&write(&seed, purpose, Lang::ZhCn));
        assert!(text.contains("如果再修一次仍不能正常使用，我可以凭修理记录要求换货或退货"), "{purpose:?}\n{text}");
    }
    seed.case.failed_repairs = 0;
    seed.decision = rules::evaluate(&seed.case);
    let text = write(&seed, Purpose::MerchantFirstMessage, Lang::ZhCn).text;
    assert!(!text.contains("如果再修一次"), "no repair yet\n{text}");
}

#[test]
fn a_business_buyer_gets_no_consumer_channel_and_a_draft_ticket_no_letter() {
    let seed = drafting_seeds::alibaba_for_business();
    let offered = |purpose: Purpose, status| purpose.not_offered(&seed.case, status);
    for purpose in [Purpose::Complaint12315, Purpose::ConsumerAssociation] {
        assert_eq!(offered(purpose, TicketStatus::Submitted), Some(NotOffered::NotAConsumer));
    }
    for purpose in [Purpose::MerchantFirstMessage, Purpose::PlatformIntervention, Purpose::Heimao] {
        assert_eq!(offered(purpose, TicketStatus::Submitted), None, "{purpose:?}");
    }
    let consumer = drafting_seeds::taobao_clothing();
    assert_eq!(Purpose::Complaint12315.not_offered(&consumer.case, TicketStatus::Submitted), None);
    for purpose in [Purpose::CancelRequest, Purpose::ModifyRequest] {
        assert_eq!(purpose.not_offered(&consumer.case, TicketStatus::Draft), Some(NotOffered::NotFiled));
        assert_eq!(purpose.not_offered(&consumer.case, TicketStatus::PendingReview), None);
    }
    // The screens' basis line: the wholesale rule cites 消法 Art. 2 with Art. 15 of the complaint rules.
    let cited = rules::cited_once(
        ["cn.cpl.2", "alibaba.wholesale", "cn.complaint.15"].iter().filter_map(|id| rules::rule(id)),
        Lang::ZhCn,
    );
    assert_eq!(cited, ["《消费者权益保护法》第二条", "《市场监督管理投诉举报处理暂行办法》第十五条"]);
}

#[test]
fn a_regulator_or_mediator_is_given_no_date_by_the_buyer() {
    let seed = drafting_seeds::pinduoduo_jacket();
    let complaint = shown(&write(&seed, Purpose::Complaint12315, Lang::ZhCn));
    assert!(!complaint.contains("2026年12月10日"), "{complaint}");
    assert!(
        complaint
            .contains("请依照《市场监督管理投诉举报处理暂行办法》第十四条，自收到投诉之日起七个工作日内告知是否受理"),
        "{complaint}"
    );
    let mediation = write(&seed, Purpose::ConsumerAssociation, Lang::ZhCn).text;
    assert!(!mediation.contains("2026年12月10日") && !mediation.contains("前得到答复"), "{mediation}");
    let shop = write(&seed, Purpose::MerchantFirstMessage, Lang::ZhCn).text;
    assert!(shop.contains("2026年12月10日前"), "{shop}");
}

#[test]
fn a_form_field_is_shown_once_apart_or_in_the_text() {
    let seed = drafting_seeds::pinduoduo_jacket();
    for lang in Lang::ALL {
        for purpose in Purpose::ALL {
            let draft = write(&seed, purpose, lang);
            let lines: Vec<&str> = draft.text.lines().collect();
            let in_text = |label: &str| lines.iter().any(|line| line.starts_with(label));
            let listed = draft.fields.iter().filter(|field| in_text(&field.label)).count();
            match draft.fields_apart() {
                [] => assert_eq!(listed, draft.fields.len(), "{purpose:?} {lang:?}: every field is in the text"),
                apart => {
                    assert_eq!(apart, draft.fields.as_slice());
                    assert_eq!(listed, 0, "{purpose:?} {lang:?}: shown apart, not in the text too\n{}", draft.text);
                }
            }
        }
        let complaint = write(&seed, Purpose::Complaint12315, lang);
        assert!(complaint.fields.len() > 10 && complaint.fields_apart().is_empty(), "12315 lists its fields once");
        assert!(!write(&seed, Purpose::PlatformTicket, lang).fields_apart().is_empty(), "the form's choices");
    }
}

#[test]
fn a_log_note_quoted_in_another_language_than_the_drafts_is_named_and_the_draft_carries_no_marker() {
    use shouhou::drafting::{quoted_in_other_language, written_in};
    let mut seed = drafting_seeds::pinduoduo_jacket();
    let english = "Agent said the zipper is not covered and asked me to wait";
    seed.options_zh.contacts[0].said = english.into();
    let sent = write(&seed, Purpose::PlatformIntervention, Lang::ZhCn);
    assert!(sent.text.contains(english), "the buyer's words are quoted as typed\n{}", sent.text);
    let flagged = quoted_in_other_language(&sent, &seed.options_zh.contacts);
    assert_eq!(flagged.len(), 1);
    assert_eq!(flagged[0].said, english);
    for marker in ["[EN]", "英文", "English", "⚠"] {
        assert!(!sent.text.contains(marker), "no marker in what is sent: {marker}\n{}", sent.text);
    }
    // A draft that does not quote the log, or quotes only Chinese notes, names none.
    assert!(quoted_in_other_language(&write(&seed, Purpose::PlatformTicket, Lang::ZhCn), &seed.options_zh.contacts)
        .is_empty());
    let chinese = drafting_seeds::pinduoduo_jacket();
    let sent = write(&chinese, Purpose::PlatformIntervention, Lang::ZhCn);
    assert!(quoted_in_other_language(&sent, &chinese.options_zh.contacts).is_empty(), "{}", sent.text);

    for (note, lang) in [
        ("Customer service said 7天无理由 doesn't apply", Some(Lang::En)),
        ("iPhone 15 Pro 屏幕坏了", Some(Lang::ZhCn)),
        ("客服说 refund denied", Some(Lang::ZhCn)),
        ("48h", None),
        ("OK", None),
    ] {
        assert_eq!(written_in(note), lang, "{note}");
    }
}
