//! The three seed cases the drafting tests share: a Taobao clothing 7-day no-reason return, a JD phone
//! fault within 15 days, and a 1688 wrong item (seeds 000, 002, 003), each with the rules core's decision
//! and the facts a buyer would type.
#![allow(dead_code)]

use chrono::NaiveDate;
use shouhou::drafting::DraftOptions;
use shouhou::lang::Lang;
use shouhou::record::{Facts, LogEntry};
use shouhou::rules::{
    self, Case, Category, Decision, Event, EventKind, Evidence, Platform, Problem, Remedy, TicketStatus,
};

pub struct Seed {
    pub name: &'static str,
    pub case: Case,
    pub decision: Decision,
    pub facts_zh: Facts,
    pub facts_en: Facts,
    pub options_zh: DraftOptions,
    pub options_en: DraftOptions,
}

impl Seed {
    pub fn facts(&self, lang: Lang) -> &Facts {
        match lang {
            Lang::ZhCn => &self.facts_zh,
            Lang::En => &self.facts_en,
        }
    }

    pub fn options(&self, lang: Lang) -> &DraftOptions {
        match lang {
            Lang::ZhCn => &self.options_zh,
            Lang::En => &self.options_en,
        }
    }
}

pub fn day(text: &str) -> NaiveDate {
    text.parse().expect("a YYYY-MM-DD date")
}

fn case(
    platform: Platform,
    category: Category,
    problem: Problem,
    paid_on: &str,
    signed_on: &str,
    today: &str,
    paid_fen: u64,
) -> Case {
    Case {
        platform,
        category,
        problem,
        paid_on: day(paid_on),
        signed_on: Some(day(signed_on)),
        completed_on: None,
        today: day(today),
        paid_fen,
        goods: Default::default(),
        failed_repairs: 0,
        merchant: Default::default(),
        for_business: false,
        events: Vec::new(),
        sold_by: None,
        livestream: false,
        pay_after_delivery: false,
        partial_return: None,
    }
}

/// Every fact and every option given, so no draft needs a placeholder.
pub fn complete(facts: &Facts) -> Facts {
    let mut facts = facts.clone();
    for (value, fill) in [
        (&mut facts.buyer_name, "Buyer"),
        (&mut facts.phone, "13800000000"),
        (&mut facts.address, "Address"),
        (&mut facts.order_no, "100200300"),
        (&mut facts.item_name, "Item"),
        (&mut facts.spec, "Spec"),
        (&mut facts.quantity, "1"),
        (&mut facts.shop_name, "Shop"),
        (&mut facts.merchant_name, "Merchant Co."),
        (&mut facts.merchant_address, "Merchant address"),
        (&mut facts.description, "Description"),
        (&mut facts.exchange_for, "Another size"),
        (&mut facts.ticket_no, "T-1"),
        (&mut facts.refusal_reason, "Reason"),
        (&mut facts.merchant_region, "Region"),
    ] {
        if value.trim().is_empty() {
            *value = fill.to_owned();
        }
    }
    facts
}

pub fn complete_options(options: &DraftOptions) -> DraftOptions {
    let mut options = options.clone();
    options.answer_by.get_or_insert(day("2026-11-20"));
    options.promised_on.get_or_insert(day("2026-11-18"));
    if options.contacts.is_empty() {
        options.contacts.push(LogEntry { on: Some(day("2026-11-04")), said: "asked".into(), ..LogEntry::default() });
    }
    for (value, fill) in
        [(&mut options.promise, "refund"), (&mut options.change, "change"), (&mut options.cancel_reason, "solved")]
    {
        if value.trim().is_empty() {
            *value = fill.to_owned();
        }
    }
    options
}

pub fn taobao_clothing() -> Seed {
    let case =
        case(Platform::Taobao, Category::Clothing, Problem::SizeFit, "2026-11-01", "2026-11-03", "2026-11-05", 19900);
    let decision = rules::evaluate(&case);
    let facts_zh = Facts {
        buyer_name: "李娜".into(),
        phone: "13812345678".into(),
        address: "浙江省杭州市西湖区文三路100号".into(),
        order_no: "3812345678901234567".into(),
        item_name: "羊毛针织开衫".into(),
        spec: "米白色 M码".into(),
        quantity: "1件".into(),
        shop_name: "暖阳女装店".into(),
        merchant_name: "杭州暖阳服饰有限公司".into(),
        merchant_address: "浙江省杭州市余杭区古墩路1888号".into(),
        description: "上身偏大，吊牌完好，没有穿着过。".into(),
        refusal_reason: "衣服试穿过，不影响使用不能退".into(),
        ticket_no: "2026110512345".into(),
        ..Facts::default()
    };
    let facts_en = Facts {
        buyer_name: "Li Na".into(),
        address: "100 Wensan Road, Xihu District, Hangzhou, Zhejiang".into(),
        item_name: "wool knit cardigan".into(),
        spec: "off-white, size M".into(),
        quantity: "1".into(),
        shop_name: "Nuanyang Womenswear".into(),
        merchant_name: "Hangzhou Nuanyang Apparel Co., Ltd.".into(),
        merchant_address: "1888 Gudun Road, Yuhang District, Hangzhou, Zhejiang".into(),
        description: "It is too large; the tags are intact and it has not been worn.".into(),
        refusal_reason: "it was tried on".into(),
        ..facts_zh.clone()
    };
    let options = DraftOptions {
        answer_by: Some(day("2026-11-08")),
        evidence: vec![Evidence::Tags, Evidence::OrderScreenshot],
        promise: String::new(),
        promised_on: None,
        change: String::new(),
        cancel_reason: String::new(),
        ..DraftOptions::default()
    };
    Seed {
        name: "taobao_clothing_7day",
        case,
        decision,
        facts_zh,
        facts_en,
        options_en: options.clone(),
        options_zh: options,
    }
}

pub fn jd_phone() -> Seed {
    let mut case = case(
        Platform::Jd,
        Category::Electronics,
        Problem::Malfunction,
        "2026-10-28",
        "2026-10-30",
        "2026-11-09",
        329900,
    );
    case.events = vec![
        Event { kind: EventKind::Requested, on: day("2026-11-06") },
        Event { kind: EventKind::SellerRefused, on: day("2026-11-07") },
    ];
    let decision = rules::evaluate(&case);
    let facts_zh = Facts {
        buyer_name: "王强".into(),
        phone: "13987654321".into(),
        address: "北京市朝阳区建国路88号".into(),
        order_no: "298765432101".into(),
        item_name: "星辰X5手机".into(),
        spec: "8GB+256GB 黑色".into(),
        quantity: "1台".into(),
        shop_name: "星辰数码专营店".into(),
        merchant_name: "深圳星辰数码科技有限公司".into(),
        merchant_address: "广东省深圳市南山区科技园南路66号".into(),
        description: "签收后第5天起频繁自动重启，恢复出厂设置后仍然出现".into(),
        exchange_for: "同型号同配置的新机".into(),
        ticket_no: "JD-AS-556677".into(),
        refusal_reason: "需先寄回检测，检测后只能维修".into(),
        ..Facts::default()
    };
    let facts_en = Facts {
        buyer_name: "Wang Qiang".into(),
        address: "88 Jianguo Road, Chaoyang District, Beijing".into(),
        item_name: "Xingchen X5 phone".into(),
        spec: "8GB+256GB, black".into(),
        quantity: "1".into(),
        shop_name: "Xingchen Digital".into(),
        merchant_name: "Shenzhen Xingchen Digital Technology Co., Ltd.".into(),
        merchant_address: "66 Keyuan South Road, Nanshan District, Shenzhen, Guangdong".into(),
        description: "from the fifth day after delivery it keeps restarting by itself, even after a factory reset"
            .into(),
        exchange_for: "a new unit of the same model and configuration".into(),
        refusal_reason: "it must be sent back for testing first and can then only be repaired".into(),
        ..facts_zh.clone()
    };
    let options = DraftOptions {
        answer_by: Some(day("2026-11-11")),
        evidence: vec![Evidence::Video, Evidence::Invoice, Evidence::ChatLog],
        promise: "安排换新机".into(),
        promised_on: Some(day("2026-11-08")),
        change: "把申请类型从维修改为换货".into(),
        cancel_reason: "商家已同意换新机，双方协商一致".into(),
        ..DraftOptions::default()
    };
    let options_en = DraftOptions {
        promise: "arrange a replacement phone".into(),
        change: "change the service type from repair to exchange".into(),
        cancel_reason: "the shop has agreed to send a new phone and we have settled it".into(),
        ..options.clone()
    };
    Seed { name: "jd_phone_fault_15day", case, decision, facts_zh, facts_en, options_zh: options, options_en }
}

/// Some facts are not given yet: the drafts show placeholders and list them.
pub fn alibaba_wrong_item() -> Seed {
    let case = case(
        Platform::Alibaba1688,
        Category::General,
        Problem::WrongItem,
        "2026-11-02",
        "2026-11-06",
        "2026-11-07",
        4800,
    );
    let decision = rules::evaluate(&case);
    let facts_zh = Facts {
        buyer_name: "陈晓".into(),
        address: "浙江省金华市义乌市稠城街道工人北路20号".into(),
        order_no: "2345678901234567890".into(),
        item_name: "透明硅胶手机壳".into(),
        spec: "iPhone 15款".into(),
        quantity: "10个".into(),
        shop_name: "义乌优品配件厂".into(),
        description: "下单的是iPhone 15款，收到的是iPhone 14款，装不上".into(),
        exchange_for: "iPhone 15款，10个".into(),
        wanted_remedy: Some(Remedy::Exchange),
        ..Facts::default()
    };
    let facts_en = Facts {
        buyer_name: "Chen Xiao".into(),
        address: "20 Gongren North Road, Choucheng, Yiwu, Zhejiang".into(),
        item_name: "clear silicone phone case".into(),
        spec: "for iPhone 15".into(),
        quantity: "10".into(),
        shop_name: "Yiwu Youpin Accessories".into(),
        description: "I ordered cases for the iPhone 15 but received cases for the iPhone 14, which do not fit".into(),
        exchange_for: "10 cases for the iPhone 15".into(),
        ..facts_zh.clone()
    };
    let options = DraftOptions {
        answer_by: Some(day("2026-11-10")),
        evidence: vec![Evidence::Photos, Evidence::PackagingLabel],
        promise: String::new(),
        promised_on: None,
        change: String::new(),
        cancel_reason: String::new(),
        ..DraftOptions::default()
    };
    Seed {
        name: "alibaba_1688_wrong_item",
        case,
        decision,
        facts_zh,
        facts_en,
        options_en: options.clone(),
        options_zh: options,
    }
}

/// Issue 15's first buyer: a 拼多多 down jacket whose zipper broke; the shop promised an answer within 48
/// hours and never gave one. No region for the merchant yet.
pub fn pinduoduo_jacket() -> Seed {
    let mut case = case(
        Platform::Pinduoduo,
        Category::Clothing,
        Problem::QualityDefect,
        "2026-11-20",
        "2026-11-23",
        "2026-12-07",
        45900,
    );
    case.events = vec![Event { kind: EventKind::Requested, on: day("2026-12-01") }];
    let decision = rules::evaluate(&case);
    let facts_zh = Facts {
        buyer_name: "赵敏".into(),
        phone: "13912345678".into(),
        address: "江苏省南京市鼓楼区中山路200号".into(),
        order_no: "231120-583920175634821".into(),
        item_name: "连帽白鸭绒羽绒服".into(),
        spec: "黑色 L码".into(),
        quantity: "1件".into(),
        shop_name: "北极暖冬服饰旗舰店".into(),
        merchant_name: "常熟市北极暖冬服饰有限公司".into(),
        merchant_address: "江苏省常熟市海虞镇服装城路8号".into(),
        description: "穿了三天拉链头就断了，拉链完全拉不上，没有外力损坏".into(),
        ticket_no: "PDD-AS-20261201".into(),
        wanted_remedy: Some(Remedy::ReturnRefund),
        ..Facts::default()
    };
    let facts_en = Facts {
        address: "200 Zhongshan Road, Gulou District, Nanjing, Jiangsu".into(),
        item_name: "hooded white duck down jacket".into(),
        spec: "black, size L".into(),
        quantity: "1".into(),
        description: "after three days of wear the zipper pull broke and the zipper no longer closes; nothing hit it"
            .into(),
        ..facts_zh.clone()
    };
    let log = |said: &str, promise: &str| LogEntry {
        on: Some(day("2026-12-01")),
        time: "20:15".into(),
        channel: "merchant_service".into(),
        who: "客服小美".into(),
        said: said.into(),
        promise: promise.into(),
        promised_by: Some(day("2026-12-03")),
        unknown: Default::default(),
    };
    let options = DraftOptions {
        answer_by: Some(day("2026-12-10")),
        evidence: vec![Evidence::Photos, Evidence::Video, Evidence::ChatLog],
        promise: "48小时内答复".into(),
        promised_on: Some(day("2026-12-03")),
        contacts: vec![log("我说明拉链断了，要求退货退款", "48小时内答复")],
        status: Some((TicketStatus::Submitted, day("2026-12-01"))),
        ..DraftOptions::default()
    };
    let options_en = DraftOptions {
        promise: "reply within 48 hours".into(),
        contacts: vec![log("I said the zipper broke and asked for a return and refund", "reply within 48 hours")],
        ..options.clone()
    };
    Seed {
        name: "pinduoduo_jacket_broken_promise",
        case,
        decision,
        facts_zh,
        facts_en,
        options_zh: options,
        options_en,
    }
}

/// Issue 15's second buyer: counterfeit sneakers on Taobao, the screen in English. The shop refused.
pub fn taobao_counterfeit() -> Seed {
    let mut case = case(
        Platform::Taobao,
        Category::ShoesBags,
        Problem::Counterfeit,
        "2026-11-25",
        "2026-11-27",
        "2026-12-04",
        89900,
    );
    case.events = vec![
        Event { kind: EventKind::Requested, on: day("2026-11-28") },
        Event { kind: EventKind::SellerRefused, on: day("2026-11-29") },
    ];
    let decision = rules::evaluate(&case);
    let facts_en = Facts {
        buyer_name: "Tom Becker".into(),
        phone: "13700001111".into(),
        address: "Room 1203, 88 Changle Road, Xuhui District, Shanghai".into(),
        order_no: "4012345678901234567".into(),
        item_name: "Air Max 90 sneakers".into(),
        spec: "white, EU 43".into(),
        quantity: "1 pair".into(),
        shop_name: "Sneaker Outlet Store".into(),
        merchant_name: "Putian Xiecheng Trading Co., Ltd.".into(),
        merchant_region: "Fujian, Putian, Licheng District".into(),
        merchant_address: "16 Xiecheng Road, Licheng District, Putian, Fujian".into(),
        description: "the brand's official check says the code on the tag is not genuine; the stitching and the box differ from the real product"
            .into(),
        refusal_reason: "our products are genuine".into(),
        ticket_no: "TB-AS-77881".into(),
        ..Facts::default()
    };
    let facts_zh = Facts {
        item_name: "Air Max 90 运动鞋".into(),
        spec: "白色 43码".into(),
        quantity: "1双".into(),
        shop_name: "潮鞋折扣店".into(),
        merchant_name: "莆田鞋城贸易有限公司".into(),
        merchant_region: "福建省莆田市荔城区".into(),
        merchant_address: "福建省莆田市荔城区鞋城路16号".into(),
        description: "品牌官方验证吊牌上的防伪码不是正品，做工和鞋盒也与正品不同".into(),
        refusal_reason: "我们的商品都是正品".into(),
        ..facts_en.clone()
    };
    let log = |said: &str| LogEntry {
        on: Some(day("2026-11-29")),
        time: "10:02".into(),
        channel: "merchant_service".into(),
        who: String::new(),
        said: said.into(),
        promise: String::new(),
        promised_by: None,
        unknown: Default::default(),
    };
    let options = DraftOptions {
        answer_by: Some(day("2026-12-07")),
        evidence: vec![Evidence::Photos, Evidence::InspectionReport, Evidence::OrderScreenshot, Evidence::ChatLog],
        contacts: vec![log("我发了官方验证结果，商家说都是正品，拒绝退款")],
        status: Some((TicketStatus::Rejected, day("2026-11-29"))),
        ..DraftOptions::default()
    };
    let options_en = DraftOptions {
        contacts: vec![log("I sent the brand's check; the shop said its goods are all genuine and refused")],
        ..options.clone()
    };
    Seed { name: "taobao_counterfeit_sneakers", case, decision, facts_zh, facts_en, options_zh: options, options_en }
}

/// Issue 15's third buyer: a Taobao return the shop has approved; it then offered a partial refund of 80
/// yuan if the buyer keeps the coat, and the buyer wants out of the return.
pub fn taobao_partial_offer() -> Seed {
    let mut case = case(
        Platform::Taobao,
        Category::Clothing,
        Problem::QualityDefect,
        "2026-11-18",
        "2026-11-21",
        "2026-11-30",
        39900,
    );
    case.events = vec![
        Event { kind: EventKind::Requested, on: day("2026-11-26") },
        Event { kind: EventKind::SellerAgreed, on: day("2026-11-27") },
    ];
    let decision = rules::evaluate(&case);
    let facts_zh = Facts {
        buyer_name: "周婷".into(),
        phone: "13600002222".into(),
        address: "广东省广州市天河区体育西路50号".into(),
        order_no: "3998877665544332211".into(),
        item_name: "双面羊绒大衣".into(),
        spec: "驼色 S码".into(),
        quantity: "1件".into(),
        shop_name: "云裳女装".into(),
        description: "袖口有一处约1厘米的脱线".into(),
        wanted_remedy: Some(Remedy::ReturnRefund),
        ticket_no: "TB-AS-55660".into(),
        offered_yuan: "80".into(),
        ..Facts::default()
    };
    let facts_en = Facts {
        item_name: "double-faced cashmere coat".into(),
        spec: "camel, size S".into(),
        quantity: "1".into(),
        shop_name: "Yunshang Womenswear".into(),
        description: "a seam at one cuff has come undone, about 1 cm".into(),
        ..facts_zh.clone()
    };
    let log = |said: &str| LogEntry {
        on: Some(day("2026-11-28")),
        time: String::new(),
        channel: "merchant_service".into(),
        who: String::new(),
        said: said.into(),
        promise: String::new(),
        promised_by: None,
        unknown: Default::default(),
    };
    let options = DraftOptions {
        answer_by: Some(day("2026-12-03")),
        evidence: vec![Evidence::Photos],
        contacts: vec![log("商家提出补偿80元，衣服不用退回")],
        status: Some((TicketStatus::Approved, day("2026-11-27"))),
        ..DraftOptions::default()
    };
    let options_en =
        DraftOptions { contacts: vec![log("the shop offered 80 yuan if I keep the coat")], ..options.clone() };
    Seed { name: "taobao_return_partial_offer", case, decision, facts_zh, facts_en, options_zh: options, options_en }
}

pub fn all() -> Vec<Seed> {
    vec![
        taobao_clothing(),
        jd_phone(),
        alibaba_wrong_item(),
        pinduoduo_jacket(),
        taobao_counterfeit(),
        taobao_partial_offer(),
        jd_air_fryer(),
        alibaba_for_business(),
    ]
}

/// The review's air fryer: a small appliance outside 三包, bought on JD, faulty again after one repair.
pub fn jd_air_fryer() -> Seed {
    let mut case = case(
        Platform::Jd,
        Category::SmallAppliance,
        Problem::Malfunction,
        "2026-09-10",
        "2026-09-12",
        "2026-12-06",
        129900,
    );
    case.failed_repairs = 1;
    let decision = rules::evaluate(&case);
    let facts_zh = Facts {
        buyer_name: "陈静".into(),
        phone: "13700001111".into(),
        address: "上海市徐汇区漕溪北路18号".into(),
        order_no: "301234567890".into(),
        item_name: "空气炸锅".into(),
        spec: "5.5L 白色".into(),
        quantity: "1台".into(),
        shop_name: "厨电官方旗舰店".into(),
        merchant_name: "佛山厨电电器有限公司".into(),
        merchant_address: "广东省佛山市顺德区北滘镇工业大道1号".into(),
        description: "加热管不热，10月已修过一次，修好后又坏了".into(),
        ticket_no: "JD-AS-889900".into(),
        refusal_reason: "只能再修一次".into(),
        wanted_remedy: Some(Remedy::Exchange),
        ..Facts::default()
    };
    let facts_en = Facts {
        buyer_name: "Chen Jing".into(),
        address: "18 Caoxi North Road, Xuhui District, Shanghai".into(),
        item_name: "air fryer".into(),
        spec: "5.5 L, white".into(),
        quantity: "1".into(),
        description: "the heater does not heat; it was repaired once in October and broke again".into(),
        refusal_reason: "it can only be repaired again".into(),
        ..facts_zh.clone()
    };
    let options = DraftOptions {
        answer_by: Some(day("2026-12-09")),
        evidence: vec![Evidence::Video, Evidence::Invoice],
        ..DraftOptions::default()
    };
    Seed {
        name: "jd_air_fryer_failed_repair",
        case,
        decision,
        facts_zh,
        facts_en,
        options_zh: options.clone(),
        options_en: options,
    }
}

/// The review's 1688 order placed by mistake by a buyer who buys for a business: not a consumer.
pub fn alibaba_for_business() -> Seed {
    let mut case = case(
        Platform::Alibaba1688,
        Category::General,
        Problem::OrderedByMistake,
        "2026-12-03",
        "2026-12-05",
        "2026-12-06",
        36000,
    );
    case.for_business = true;
    let decision = rules::evaluate(&case);
    let facts_zh = Facts {
        buyer_name: "刘洋".into(),
        phone: "13600002222".into(),
        address: "浙江省义乌市稠城街道工人北路5号".into(),
        order_no: "168800112233".into(),
        item_name: "收纳盒".into(),
        spec: "大号 灰色".into(),
        quantity: "40个".into(),
        shop_name: "义乌好收纳工厂店".into(),
        merchant_name: "义乌好收纳日用品厂".into(),
        merchant_address: "浙江省义乌市北苑街道春晗路9号".into(),
        ticket_no: "1688-AS-4455".into(),
        refusal_reason: "已发货不退".into(),
        ..Facts::default()
    };
    let facts_en = Facts {
        buyer_name: "Liu Yang".into(),
        address: "5 Gongren North Road, Yiwu, Zhejiang".into(),
        item_name: "storage boxes".into(),
        spec: "large, grey".into(),
        quantity: "40".into(),
        refusal_reason: "shipped goods are not returned".into(),
        ..facts_zh.clone()
    };
    let options = DraftOptions { answer_by: Some(day("2026-12-09")), ..DraftOptions::default() };
    Seed {
        name: "alibaba_1688_for_business",
        case,
        decision,
        facts_zh,
        facts_en,
        options_zh: options.clone(),
        options_en: options,
    }
}

/// Whether `text` cites the rule: word for word, or as one of several articles after the law's title,
/// as in 《消费者权益保护法》第二十四条、第二十五条.
pub fn cites(text: &str, citation: &str) -> bool {
    if text.contains(citation) {
        return true;
    }
    let Some((title, article)) = citation.split_once('》') else { return false };
    let title = format!("{title}》");
    text.match_indices(&title).any(|(at, _)| {
        let after = &text[at + title.len()..];
        let articles = after.split(['《', '，', '。']).next().unwrap_or_default();
        articles.split('、').any(|cited| cited == article)
    })
}
