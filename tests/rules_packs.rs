//! Policy packs: the built-in data is complete and honest, and a custom pack can add to the law but never
//! take from it.
#![cfg(not(target_arch = "wasm32"))]

use shouhou::rules::{evaluate, evaluate_with, parse_case, rule, PolicyPack, Verdict};

const SIZE_CASE: &str = r#"{"platform":"jd","category":"clothing","problem":"size_fit","paid_on":"2026-11-01",
    "signed_on":"2026-11-03","today":"2026-11-12","paid_fen":19900}"#;

#[test]
fn every_built_in_rule_says_what_it_is_and_where_it_comes_from() {
    let rules = PolicyPack::builtin().rules();
    assert!(rules.len() >= 80, "{} rules", rules.len());
    for rule in rules {
        for (field, text) in [
            ("text", &rule.text),
            ("citation_zh", &rule.citation_zh),
            ("citation_en", &rule.citation_en),
            ("source", &rule.source),
        ] {
            assert!(!text.trim().is_empty(), "{}: empty {field}", rule.id);
        }
        assert!(rule.id.contains('.'), "{}: ids are namespaced", rule.id);
    }
}

#[test]
fn numbers_the_research_could_not_confirm_are_marked_unverified() {
    // domain-research tags these [U] or [S]: the 1995 三包 text, Taobao's help-page numbers, 1688's conditions.
    for id in [
        "cn.sanbao.7day",
        "cn.sanbao.15day",
        "cn.sanbao.warranty",
        "cn.sanbao.repairs",
        "taobao.aftersales.15",
        "taobao.refund.seller_response",
        "taobao.refund.auto_after_return",
        "alibaba.exchange.conditions",
        "cn.medicine.gsp",
        // JD's 48-hour-notice categories ("many categories" in research 2.2) and 价保's counting are ours.
        "jd.goods.notice_48h",
        "merchant.price_protection",
    ] {
        assert!(!rule(id).unwrap().verified, "{id} should be verified = false");
    }
    for id in ["cn.cpl.25", "cn.cpl.55", "cn.food_safety.148", "cn.no_reason.6", "taobao.dispute.49", "jd.dispute.7"] {
        assert!(rule(id).unwrap().verified, "{id} was read in the primary text");
    }
    let law = rule("cn.cpl.55").unwrap();
    assert_eq!((law.multiple, law.minimum_yuan), (Some(3), Some(500)));
    assert_eq!(law.citation_zh, "《消费者权益保护法》第五十五条第一款");
}

#[test]
fn a_pack_that_gives_less_than_the_law_is_refused_naming_the_rule() {
    let shorter = r#"{"pack":{"id":"shop"},"rule":[{"id":"cn.cpl.25","days":5}]}"#;
    assert_eq!(
        PolicyPack::from_json(shorter).unwrap_err().to_string(),
        "cn.cpl.25: days 5 gives the buyer less than the law (7)"
    );
    let slower_refund = r#"{"pack":{"id":"shop"},"rule":[{"id":"cn.no_reason.13","seller_days":10}]}"#;
    assert!(PolicyPack::from_json(slower_refund)
        .unwrap_err()
        .to_string()
        .starts_with("cn.no_reason.13: seller_days 10"));
    let smaller_damages = "[pack]\nid = \"shop\"\n[[rule]]\nid = \"cn.food_safety.148\"\nminimum_yuan = 100\n";
    assert!(PolicyPack::from_toml(smaller_damages)
        .unwrap_err()
        .to_string()
        .starts_with("cn.food_safety.148: minimum_yuan"));
    let no_roll = r#"{"pack":{"id":"shop"},"rule":[{"id":"cn.complaint.14","counting":"natural"}]}"#;
    assert_eq!(
        PolicyPack::from_json(no_roll).unwrap_err().to_string(),
        "cn.complaint.14: counting natural differs from the law's working"
    );
}

#[test]
fn a_pack_that_gives_more_is_applied() {
    let case = parse_case(SIZE_CASE).unwrap();
    // Built in: 7 days from 11-03 end 11-10; on 11-12 the return is closed.
    assert_eq!(evaluate(&case).remedies[1].verdict, Verdict::Ineligible);
    let longer = "[pack]\nid = \"jd-help\"\ntitle = \"京东帮助中心\"\n[[rule]]\nid = \"cn.cpl.25\"\ndays = 15\n";
    let pack = PolicyPack::from_toml(longer).unwrap();
    let decision = evaluate_with(&case, &pack);
    // 15 days from Tue 11-03 end Wed 11-18.
    assert_eq!(decision.remedies[1].verdict, Verdict::Eligible);
    assert_eq!(decision.remedies[1].until.unwrap().to_string(), "2026-11-18");
    // Platform rules may be tightened either way by the platform's own help centre.
    assert!(PolicyPack::from_json(r#"{"pack":{"id":"jd"},"rule":[{"id":"jd.dispute.7","days":10}]}"#).is_ok());
}

#[test]
fn a_pack_may_add_rules_but_a_new_rule_must_be_complete() {
    let added = r#"{"pack":{"id":"shop","layer":"merchant"},"rule":[{"id":"shop.gift","text":"赠品不退也可退货","citation_zh":"店铺公告",
        "citation_en":"Shop notice","source":"https://shop.example/notice","effective":"2026-01-01"}]}"#;
    let pack = PolicyPack::from_json(added).unwrap();
    assert!(!pack.rule("shop.gift").unwrap().verified);
    let incomplete = r#"{"pack":{"id":"shop"},"rule":[{"id":"shop.gift","text":"赠品"}]}"#;
    assert_eq!(PolicyPack::from_json(incomplete).unwrap_err().to_string(), "shop.gift: a new rule needs `citation_zh`");
    let typo = r#"{"pack":{"id":"shop"},"rule":[{"id":"cn.cpl.25","dayz":9}]}"#;
    assert!(PolicyPack::from_json(typo).unwrap_err().to_string().contains("unknown field `dayz`"));
    let huge = r#"{"pack":{"id":"shop"},"rule":[{"id":"cn.cpl.25","days":4000000}]}"#;
    assert!(PolicyPack::from_json(huge).unwrap_err().to_string().starts_with("cn.cpl.25: days is too large"));
}

#[test]
fn a_help_centre_that_rewords_a_rule_in_chinese_does_not_keep_the_old_english() {
    let reworded = r#"{"pack":{"id":"help","layer":"platform"},"rule":[{"id":"jd.self_operated","text":"京东自营：请联系京东客服。"}]}"#;
    let pack = PolicyPack::from_json(reworded).unwrap();
    assert_eq!(pack.rule("jd.self_operated").unwrap().text_en, None);
    let both = r#"{"pack":{"id":"help","layer":"platform"},"rule":[{"id":"jd.self_operated","text":"京东自营：请联系京东客服。","text_en":"JD itself: ask JD's customer service."}]}"#;
    let pack = PolicyPack::from_json(both).unwrap();
    assert_eq!(
        pack.rule("jd.self_operated").unwrap().text_en.as_deref(),
        Some("JD itself: ask JD's customer service.")
    );
    let untouched = r#"{"pack":{"id":"help","layer":"platform"},"rule":[{"id":"jd.self_operated","verified":true}]}"#;
    assert_eq!(PolicyPack::from_json(untouched).unwrap().rule("jd.self_operated"), rule("jd.self_operated"));
}
