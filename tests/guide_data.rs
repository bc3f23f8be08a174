//! The seeds' guidance as data: both languages parse, cover every id the screens look up, and keep the
//! same shape, and the Chinese file carries the seeds' own tables and click path word for word.
#![cfg(not(target_arch = "wasm32"))]

use shouhou::i18n::guide::{self, start_guide, CancelClass, FaqId, Guide, TableId};
use shouhou::i18n::ui;
use shouhou::lang::Lang;
use shouhou::rules::{Category, Channel, Evidence, Platform};

/// The categories issue 5 names for special notes.
const NOTED_CATEGORIES: [Category; 8] = [
    Category::Food,
    Category::Medicine,
    Category::Cosmetics,
    Category::CustomMade,
    Category::Underwear,
    Category::Electronics,
    Category::Clothing,
    Category::Furniture,
];

fn both() -> [(Lang, &'static Guide); 2] {
    [(Lang::ZhCn, guide::guide(Lang::ZhCn)), (Lang::En, guide::guide(Lang::En))]
}

#[test]
fn every_id_a_screen_looks_up_is_there_in_both_languages() {
    for (lang, guide) in both() {
        for id in FaqId::ALL {
            assert!(guide.faq(id).is_some_and(|faq| !faq.items.is_empty()), "{lang:?} faq {id:?}");
        }
        for id in TableId::ALL {
            assert!(guide.table(id).is_some(), "{lang:?} table {id:?}");
        }
        for evidence in Evidence::ALL {
            assert!(guide.evidence(evidence).is_some(), "{lang:?} evidence {evidence:?}");
        }
        for channel in Channel::ALL {
            assert!(guide.channel(channel).is_some(), "{lang:?} channel {channel:?}");
        }
        assert!(guide.channels.iter().any(|channel| channel.channel.is_none()), "{lang:?} social media");
        for platform in Platform::ALL {
            assert!(guide.click_path(platform).is_some_and(|path| !path.steps.is_empty()), "{lang:?} {platform:?}");
        }
        for category in NOTED_CATEGORIES {
            assert!(guide.category_note(category).is_some(), "{lang:?} category {category:?}");
        }
        for class in [
            CancelClass::Pending,
            CancelClass::Reviewing,
            CancelClass::Approved,
            CancelClass::Processing,
            CancelClass::Finished,
        ] {
            assert!(guide.cancel_status(class).is_some(), "{lang:?} cancel {class:?}");
        }
        assert_eq!(start_guide(lang).walk.len(), 7, "{lang:?}: the seeds' seven steps");
    }
}

#[test]
fn both_languages_have_the_same_shape() {
    let [(_, zh), (_, en)] = both();
    let steps = |g: &'static Guide| {
        let s = &g.steps;
        [&s.policy, &s.evidence, &s.channel, &s.ticket, &s.progress, &s.dispute, &s.cancel, &s.close]
            .map(|step| step.points.len())
    };
    assert_eq!(steps(zh), steps(en));
    for id in TableId::ALL {
        let (a, b) = (zh.table(id).unwrap(), en.table(id).unwrap());
        assert_eq!(a.head.len(), b.head.len(), "{id:?}");
        assert_eq!(a.rows.len(), b.rows.len(), "{id:?}");
        assert!(a.rows.iter().chain(b.rows).all(|row| row.len() == a.head.len()), "{id:?} row width");
    }
    for id in FaqId::ALL {
        assert_eq!(zh.faq(id).unwrap().items.len(), en.faq(id).unwrap().items.len(), "{id:?}");
    }
    assert_eq!(start_guide(Lang::ZhCn).does.len(), start_guide(Lang::En).does.len());
    assert_eq!(zh.dispute.ladder.len(), en.dispute.ladder.len());
    assert_eq!(zh.dispute.problems.len(), en.dispute.problems.len());
    assert_eq!(zh.platform_notes.len(), en.platform_notes.len());
    assert_eq!(zh.cancel.ways.len(), en.cancel.ways.len());
}

#[test]
fn the_seed_tables_and_click_path_are_kept_word_for_word() {
    let zh = guide::guide(Lang::ZhCn);
    let head = |id| zh.table(id).unwrap().head.join("/");
    assert_eq!(head(TableId::TicketInfo), "信息类别/具体内容/重要性");
    assert_eq!(head(TableId::CommonProblems), "常见问题/可能原因/解决办法");
    assert_eq!(head(TableId::ProcessingTime), "售后处理环节/一般所需时间/可能影响因素");
    assert_eq!(head(TableId::CancelByStatus), "售后工单状态/能否撤销/撤销条件");
    assert_eq!(head(TableId::UnsatisfiedOptions), "处理结果不满意处理方式/优点/缺点");
    assert_eq!(head(TableId::WarrantyEffect), "情况/是否影响保修/说明");
    let taobao = zh.click_path(Platform::Taobao).unwrap();
    assert_eq!(taobao.steps.first().copied(), Some("我的淘宝"));
    assert!(taobao.steps.contains(&"已买到的宝贝"));
    assert_eq!(taobao.steps.last().copied(), Some("申请售后"));
    let exchange = zh.platform_notes(Platform::Alibaba1688, Some(Category::Clothing)).next().unwrap();
    assert!(exchange.sections[0].items.iter().any(|item| item.contains("发货错误")));
}

#[test]
fn every_screen_string_is_filled_in_both_languages() {
    for lang in Lang::ALL {
        let ui = ui(lang);
        for text in [ui.app_name, ui.start_button, ui.switch_lang, ui.copy, ui.copied, ui.copy_failed] {
            assert!(!text.trim().is_empty(), "{lang:?}");
        }
    }
    assert_ne!(ui(Lang::ZhCn).start_button, ui(Lang::En).start_button);
}

#[test]
fn the_shop_and_brand_warranty_note_is_for_goods_with_a_warranty_only() {
    for (lang, guide) in both() {
        let titles = |category| -> Vec<&str> {
            guide.platform_notes(Platform::Taobao, category).map(|note| note.title).collect()
        };
        let warranty = guide.platform_notes.iter().find(|note| !note.categories.is_empty()).expect("a category note");
        for category in [Category::Electronics, Category::Appliance, Category::SmallAppliance] {
            assert!(titles(Some(category)).contains(&warranty.title), "{lang:?} {category:?}");
        }
        for category in [Some(Category::Clothing), Some(Category::Food), None] {
            assert!(!titles(category).contains(&warranty.title), "{lang:?} {category:?}: {:?}", titles(category));
            assert!(!titles(category).is_empty(), "{lang:?}: Taobao's own flow stays for every category");
        }
    }
    assert!(guide::guide(Lang::ZhCn)
        .platform_notes
        .iter()
        .any(|note| note.title == "店保和联保" && !note.categories.is_empty()));
}

/// The advice to film a freeze with the serial number in view is for electronics; a jacket's video shows
/// the flaw. Every category-specific entry keeps the general entry's name, in both languages alike.
#[test]
fn evidence_advice_fits_the_kind_of_goods() {
    const DEVICES: [Category; 3] = [Category::Electronics, Category::Appliance, Category::SmallAppliance];
    let device_words = [(Lang::ZhCn, ["死机", "序列号"]), (Lang::En, ["freezing", "serial"])];
    for ((lang, guide), (_, words)) in both().into_iter().zip(device_words) {
        for category in Category::ALL {
            let video = guide.evidence_for(Evidence::Video, Some(category)).unwrap();
            let advice = format!("{} {}", video.why, video.how);
            let mentions_devices = words.iter().any(|word| advice.contains(word));
            assert_eq!(mentions_devices, DEVICES.contains(&category), "{lang:?} {category:?}: {advice}");
        }
        for item in guide.evidence {
            assert_eq!(guide.evidence(item.evidence).unwrap().name, item.name, "{lang:?} {:?}", item.evidence);
        }
    }
    let kinds =
        |lang| guide::guide(lang).evidence.iter().map(|item| (item.evidence, item.categories)).collect::<Vec<_>>();
    assert_eq!(kinds(Lang::ZhCn), kinds(Lang::En), "the two languages give the same advice entries");
}

/// Taobao's one after-sales request (seed: 售后机会只有一次) is a drawback on Taobao and Tmall only.
#[test]
fn the_one_request_drawback_is_for_taobao_and_tmall_only() {
    for ((lang, guide), taobao) in both().into_iter().zip(["淘宝", "Taobao"]) {
        let card = guide.channel(Channel::PlatformAfterSales).unwrap();
        for platform in Platform::ALL {
            let cons = card.cons_on(Some(platform));
            let names_taobao = cons.iter().any(|con| con.contains(taobao));
            assert_eq!(names_taobao, matches!(platform, Platform::Taobao | Platform::Tmall), "{lang:?} {platform:?}");
        }
        assert!(!card.cons_on(None).iter().any(|con| con.contains(taobao)), "{lang:?} without a platform");
        for card in guide.channels {
            assert!(
                !card.cons.iter().any(|con| con.contains(taobao)),
                "{lang:?} {:?}: a general drawback",
                card.channel
            );
        }
    }
}
