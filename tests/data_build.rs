//! src/build/rust_literal.rs, which turns the data files into Rust statics at build time: what it writes,
//! and that a malformed file stops the build with a message naming the file and the field.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../src/build/rust_literal.rs"]
mod rust_literal;
#[allow(dead_code, reason = "the tests use the pack shape only")]
#[path = "../src/build/shapes.rs"]
mod shapes;

use rust_literal::{write, Place, Shape, Shape::*};
use serde_json::json;

const POINT: Shape = Struct("Point", &[("title", Text), ("text", Text)]);
const STEP: Shape = Struct(
    "Step",
    &[("points", List(&POINT)), ("channel", Optional(&Variant("Channel"))), ("notes", OrEmpty(&List(&Text)))],
);

fn literal(value: serde_json::Value, shape: &Shape) -> Result<String, String> {
    let mut out = String::new();
    write(Some(&value), shape, &Place::file("data/guide/zh-CN.json"), &mut out)
        .map(|()| out.split_whitespace().collect())
}

#[test]
fn a_file_becomes_a_struct_literal_with_slices_options_and_enum_variants() {
    let step = json!({"points": [{"title": "查看", "text": "a \"quoted\" line"}], "channel": "complaint_12315"});
    assert_eq!(
        literal(step, &STEP).unwrap(),
        r#"Step{points:&[Point{title:"查看",text:"a\"quoted\"line",},],channel:Some(Channel::Complaint12315/*data/guide/zh-CN.json:channel*/),notes:&[],}"#
    );
    let without_channel = json!({"points": [], "channel": null});
    assert!(literal(without_channel, &STEP).unwrap().contains("channel:None,"));
}

#[test]
fn keyed_objects_become_maps_sorted_by_key_without_comment_keys() {
    let steps = json!({"_about": "a note for the reader", "policy": "b", "channel": "a"});
    assert_eq!(
        literal(steps, &Map(&Text, &Text)).unwrap(),
        r#"crate::static_map::TextMap::new(&[("channel","a"),("policy","b"),])"#
    );
    let purposes = json!({"merchant_message": 1, "platform_ticket": 2});
    let written = literal(purposes, &Map(&Variant("Purpose"), &Number)).unwrap();
    assert!(written.starts_with("crate::static_map::StaticMap::new(&[(Purpose::MerchantFirstMessage"), "{written}");
    assert!(written.contains("(Purpose::PlatformTicket/*"), "{written}");
}

#[test]
fn days_become_naive_dates_that_rustc_checks() {
    assert_eq!(
        literal(json!("2026-10-01"), &Date).unwrap(),
        r#"NaiveDate::from_ymd_opt(2026,10,1).expect("data/guide/zh-CN.json:nosuchday2026-10-01")"#
    );
}

#[test]
fn a_malformed_file_is_refused_naming_the_file_and_the_field() {
    let cases = [
        (json!({"points": [{"title": "x"}]}), "data/guide/zh-CN.json: points[0].text: missing"),
        (json!({"points": [{"title": "x", "txet": "y"}]}), "data/guide/zh-CN.json: points[0].txet: unknown field"),
        (
            json!({"points": [{"title": 3, "text": "y"}]}),
            "data/guide/zh-CN.json: points[0].title: expected a string, found 3",
        ),
        (
            json!({"points": [], "channel": "Court"}),
            "data/guide/zh-CN.json: channel: `Court` is not a snake_case id of Channel",
        ),
        (json!({"points": {}}), "data/guide/zh-CN.json: points: expected an array, found {}"),
    ];
    for (value, message) in cases {
        assert_eq!(literal(value, &STEP), Err(message.to_string()));
    }
    assert_eq!(
        literal(json!("1 October"), &Date),
        Err("data/guide/zh-CN.json: `1 October` is not a YYYY-MM-DD date".to_string())
    );
}

#[test]
fn notes_for_the_reader_are_left_out_and_pairs_and_flags_are_written_as_given() {
    const STAGE: Shape =
        Struct("Stage", &[("source", Skip), ("days", Optional(&Pair(&Number, &Number))), ("verified", OrEmpty(&Bool))]);
    assert_eq!(
        literal(json!({"source": "seed 002", "days": [1, 3], "verified": true}), &STAGE).unwrap(),
        "Stage{days:Some((1,3)),verified:true,}"
    );
    assert_eq!(literal(json!({}), &STAGE).unwrap(), "Stage{days:None,verified:false,}");
    assert_eq!(
        literal(json!({"days": [1]}), &STAGE),
        Err("data/guide/zh-CN.json: days: expected an array of two, found [1]".to_string())
    );
}

#[test]
fn a_malformed_pack_file_is_refused_naming_the_file_and_the_field() {
    let pack = |rule: serde_json::Value| {
        let mut out = String::new();
        let file = json!({"pack": {"id": "jd", "layer": "platform", "platforms": ["jd"]}, "rule": [rule]});
        write(Some(&file), &shapes::PACK, &Place::file("data/packs/jd.toml"), &mut out).map(|()| out)
    };
    let rule =
        json!({"id": "jd.return", "text": "t", "citation_zh": "z", "citation_en": "e", "source": "s", "days": 7});
    let written = pack(rule.clone()).unwrap();
    assert!(written.contains("platforms: &[\nPlatform::Jd /* data/packs/jd.toml: pack.platforms[0] */"), "{written}");
    assert!(written.contains("days: Some(7),\nseller_days: None,"), "{written}");
    assert!(written.contains("verified: false,") && written.contains("counting: None,"), "{written}");

    let mut without_citation = rule.clone();
    without_citation.as_object_mut().unwrap().remove("citation_en");
    assert_eq!(pack(without_citation), Err("data/packs/jd.toml: rule[0].citation_en: missing".to_string()));
    let mut misspelt = rule.clone();
    misspelt["dayz"] = json!(7);
    assert_eq!(pack(misspelt), Err("data/packs/jd.toml: rule[0].dayz: unknown field".to_string()));
    let mut negative = rule;
    negative["days"] = json!(-1);
    assert_eq!(pack(negative), Err("data/packs/jd.toml: rule[0].days: expected a whole number, found -1".to_string()));
}
