//! The order details a buyer copies from the order page (淘宝, 天猫, 京东, 拼多多, 1688) and pastes once:
//! which facts the text names and the words each was read from. Only labelled values are read
//! (订单编号：…, 实付款：…, the 「title」 of the app's share text); nothing is guessed from unlabelled
//! text, and a fact the text gives two different values is left for the buyer, named as such.

use chrono::NaiveDate;

use super::form::parse_yuan;
use super::CaseRecord;
use crate::dates::{half_width, parse_written_day, read_written_day};
use crate::rules::{id_of, Platform};

/// A fact the order page states, by the case field it fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderFact {
    Platform,
    OrderNo,
    PaidOn,
    SignedOn,
    CompletedOn,
    PaidYuan,
    ItemName,
    ShopName,
}

/// The record's field a fact fills, borrowed as `&` or `&mut`: one list for reading and for writing.
macro_rules! record_field {
    ($fact:expr, $record:ident, $($borrow:tt)+) => {
        match $fact {
            OrderFact::Platform => $($borrow)+ $record.form.platform,
            OrderFact::OrderNo => $($borrow)+ $record.facts.order_no,
            OrderFact::PaidOn => $($borrow)+ $record.form.paid_on,
            OrderFact::SignedOn => $($borrow)+ $record.form.signed_on,
            OrderFact::CompletedOn => $($borrow)+ $record.form.completed_on,
            OrderFact::PaidYuan => $($borrow)+ $record.form.paid_yuan,
            OrderFact::ItemName => $($borrow)+ $record.facts.item_name,
            OrderFact::ShopName => $($borrow)+ $record.facts.shop_name,
        }
    };
}

impl OrderFact {
    pub const ALL: [OrderFact; 8] = [
        OrderFact::OrderNo,
        OrderFact::PaidOn,
        OrderFact::SignedOn,
        OrderFact::CompletedOn,
        OrderFact::PaidYuan,
        OrderFact::ItemName,
        OrderFact::ShopName,
        OrderFact::Platform,
    ];

    /// The form or ticket field's id, as `FieldError::field` names it.
    pub fn field(self) -> &'static str {
        match self {
            OrderFact::Platform => "platform",
            OrderFact::OrderNo => "order_no",
            OrderFact::PaidOn => "paid_on",
            OrderFact::SignedOn => "signed_on",
            OrderFact::CompletedOn => "completed_on",
            OrderFact::PaidYuan => "paid_yuan",
            OrderFact::ItemName => "item_name",
            OrderFact::ShopName => "shop_name",
        }
    }

    fn slot(self, record: &mut CaseRecord) -> &mut String {
        record_field!(self, record, &mut)
    }

    fn value(self, record: &CaseRecord) -> &str {
        record_field!(self, record, &)
    }
}

/// One fact read: the value as the field keeps it (a platform id, a day `YYYY-MM-DD`, the amount and
/// names as written) and the pasted words it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub fact: OrderFact,
    pub value: String,
    pub words: String,
}

/// What a paste gives: the facts read, and the facts named with different values (not read).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrderReading {
    pub found: Vec<Found>,
    pub conflicting: Vec<OrderFact>,
}

#[derive(Clone, Copy, PartialEq)]
enum Target {
    Fact(OrderFact),
    /// 下单时间 / 创建时间: the payment day when the page gives no 付款时间, said so by its words.
    Placed,
    /// A label of the order page that fills nothing; it ends the value before it.
    Other,
}

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Number,
    Day,
    Amount,
    Name,
    None,
}

/// The labels the order pages use (淘宝/天猫 订单详情, 京东 订单详情, 拼多多 订单详情, 1688 订单详情);
/// at each place the longest label wins, so 实付款 is not read as 实付.
const LABELS: &[(&str, Target, Shape)] = &[
    ("订单编号", Target::Fact(OrderFact::OrderNo), Shape::Number),
    ("订单号码", Target::Fact(OrderFact::OrderNo), Shape::Number),
    ("订单号", Target::Fact(OrderFact::OrderNo), Shape::Number),
    ("付款时间", Target::Fact(OrderFact::PaidOn), Shape::Day),
    ("支付时间", Target::Fact(OrderFact::PaidOn), Shape::Day),
    ("下单时间", Target::Placed, Shape::Day),
    ("创建时间", Target::Placed, Shape::Day),
    ("签收时间", Target::Fact(OrderFact::SignedOn), Shape::Day),
    ("妥投时间", Target::Fact(OrderFact::SignedOn), Shape::Day),
    ("成交时间", Target::Fact(OrderFact::CompletedOn), Shape::Day),
    ("确认收货时间", Target::Fact(OrderFact::CompletedOn), Shape::Day),
    ("完成时间", Target::Fact(OrderFact::CompletedOn), Shape::Day),
    ("实付款", Target::Fact(OrderFact::PaidYuan), Shape::Amount),
    ("实付金额", Target::Fact(OrderFact::PaidYuan), Shape::Amount),
    ("实付", Target::Fact(OrderFact::PaidYuan), Shape::Amount),
    ("实际支付", Target::Fact(OrderFact::PaidYuan), Shape::Amount),
    ("付款金额", Target::Fact(OrderFact::PaidYuan), Shape::Amount),
    ("商品名称", Target::Fact(OrderFact::ItemName), Shape::Name),
    ("商品名", Target::Fact(OrderFact::ItemName), Shape::Name),
    ("宝贝名称", Target::Fact(OrderFact::ItemName), Shape::Name),
    ("商品标题", Target::Fact(OrderFact::ItemName), Shape::Name),
    ("店铺名称", Target::Fact(OrderFact::ShopName), Shape::Name),
    ("店铺", Target::Fact(OrderFact::ShopName), Shape::Name),
    ("卖家昵称", Target::Fact(OrderFact::ShopName), Shape::Name),
    ("卖家", Target::Fact(OrderFact::ShopName), Shape::Name),
    ("商家名称", Target::Fact(OrderFact::ShopName), Shape::Name),
    ("商家", Target::Fact(OrderFact::ShopName), Shape::Name),
    ("供应商", Target::Fact(OrderFact::ShopName), Shape::Name),
    ("支付宝交易号", Target::Other, Shape::None),
    ("交易号", Target::Other, Shape::None),
    ("发货时间", Target::Other, Shape::None),
    ("商品总额", Target::Other, Shape::None),
    ("商品金额", Target::Other, Shape::None),
    ("应付总额", Target::Other, Shape::None),
    ("运费", Target::Other, Shape::None),
    ("优惠", Target::Other, Shape::None),
    ("收货地址", Target::Other, Shape::None),
    ("收货人", Target::Other, Shape::None),
    ("联系电话", Target::Other, Shape::None),
    ("付款方式", Target::Other, Shape::None),
    ("支付方式", Target::Other, Shape::None),
    ("配送方式", Target::Other, Shape::None),
    ("物流公司", Target::Other, Shape::None),
    ("快递公司", Target::Other, Shape::None),
    ("运单号", Target::Other, Shape::None),
    ("数量", Target::Other, Shape::None),
    ("规格", Target::Other, Shape::None),
    ("颜色分类", Target::Other, Shape::None),
    ("订单状态", Target::Other, Shape::None),
    ("备注", Target::Other, Shape::None),
    ("复制", Target::Other, Shape::None),
    ("联系卖家", Target::Other, Shape::None),
    ("联系商家", Target::Other, Shape::None),
    ("申请售后", Target::Other, Shape::None),
    ("交易快照", Target::Other, Shape::None),
];

/// Words that name the platform: the share text's 【淘宝】, the platform's name, its short-link host.
const PLATFORM_WORDS: &[(&str, Platform)] = &[
    ("淘宝", Platform::Taobao),
    ("m.tb.cn", Platform::Taobao),
    ("天猫", Platform::Tmall),
    ("tmall.com", Platform::Tmall),
    ("京东", Platform::Jd),
    ("jd.com", Platform::Jd),
    ("拼多多", Platform::Pinduoduo),
    ("yangkeduo", Platform::Pinduoduo),
    ("1688", Platform::Alibaba1688),
    ("阿里巴巴", Platform::Alibaba1688),
];

/// A long paste is not an order page; reading stops this far in.
const MOST_CHARS: usize = 5000;
const LONGEST_NAME: usize = 120;

/// The facts `text` states, each with its words.
pub fn read_order(text: &str) -> OrderReading {
    let original: Vec<char> = text.chars().take(MOST_CHARS).collect();
    let plain: Vec<char> = original.iter().map(|c| half_width(*c)).collect();
    let labels = find_labels(&plain);
    let mut candidates: Vec<(Target, String, String)> = Vec::new();
    for (index, &(start, end, target, shape)) in labels.iter().enumerate() {
        let limit = labels.get(index + 1).map_or(plain.len(), |next| next.0);
        if let Some((value, value_end)) = read_value(&plain, end, limit, shape) {
            candidates.push((target, value, words(&original, start, value_end)));
        }
    }
    candidates.extend(share_title(&original, &plain));
    let mut reading = OrderReading::default();
    for fact in OrderFact::ALL {
        if fact == OrderFact::Platform {
            agree(&mut reading, fact, platform_named(&original, &plain));
            continue;
        }
        let mut told: Vec<&(Target, String, String)> =
            candidates.iter().filter(|(target, ..)| *target == Target::Fact(fact)).collect();
        if told.is_empty() && fact == OrderFact::PaidOn {
            told = candidates.iter().filter(|(target, ..)| *target == Target::Placed).collect();
        }
        agree(&mut reading, fact, told.iter().map(|(_, value, words)| (value.clone(), words.clone())).collect());
    }
    reading
}

/// One fact from what the text said about it: read when every mention gives the same value.
fn agree(reading: &mut OrderReading, fact: OrderFact, told: Vec<(String, String)>) {
    let Some((value, words)) = told.first().cloned() else { return };
    if told.iter().all(|(other, _)| *other == value) {
        reading.found.push(Found { fact, value, words });
    } else {
        reading.conflicting.push(fact);
    }
}

/// Every label in the text, in order: (start, end, target, shape), positions in chars.
fn find_labels(plain: &[char]) -> Vec<(usize, usize, Target, Shape)> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < plain.len() {
        let longest = LABELS
            .iter()
            .filter(|(words, ..)| starts_with(&plain[at..], words))
            .max_by_key(|(words, ..)| words.chars().count());
        match longest {
            Some((words, target, shape)) => {
                let end = at + words.chars().count();
                found.push((at, end, *target, *shape));
                // A note in brackets belongs to its label: 实付款（含运费） names no 运费.
                at = skip_note(plain, end, plain.len());
            }
            None => at += 1,
        }
    }
    found
}

fn starts_with(text: &[char], words: &str) -> bool {
    let mut chars = text.iter();
    words.chars().all(|wanted| chars.next() == Some(&wanted))
}

/// The value after a label, read up to `limit` (the next label): `None` when it has not the shape the
/// label promises.
fn read_value(plain: &[char], from: usize, limit: usize, shape: Shape) -> Option<(String, usize)> {
    let mut at = skip_note(plain, from, limit);
    let mut separated = false;
    while at < limit && matches!(plain[at], ' ' | '\t' | ':' | '\n' | '\r') {
        separated |= matches!(plain[at], ':' | '\n');
        at += 1;
    }
    let rest: String = plain[at..limit].iter().collect();
    match shape {
        Shape::None => None,
        Shape::Number => {
            let number: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
            let digits = number.chars().filter(char::is_ascii_digit).count();
            (digits >= 6 && number.len() <= 32).then(|| (number.clone(), at + number.chars().count()))
        }
        Shape::Day => {
            let (day, used) = read_written_day(&rest)?;
            let time: usize = rest[used..].chars().take_while(|c| c.is_ascii_digit() || matches!(c, ':' | ' ')).count();
            let taken = rest[..used].chars().count() + time;
            Some((iso(day), at + taken - trailing_spaces(&plain[at..at + taken])))
        }
        Shape::Amount => {
            let amount: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || matches!(c, '¥' | '￥' | '.' | ',' | ' ' | '万' | '元'))
                .collect();
            let amount = amount.trim_end();
            parse_yuan(amount)?;
            Some((amount.trim().to_string(), at + amount.chars().count()))
        }
        Shape::Name => {
            // A name runs to the end of its line; it needs a colon or a line break after its label, so
            // 进入店铺 on a button is not read as a shop.
            if !separated {
                return None;
            }
            let line: String = rest.lines().next().unwrap_or_default().to_string();
            let name = line.trim_end();
            let length = name.chars().count();
            (length > 0 && length <= LONGEST_NAME).then(|| (name.to_string(), at + length))
        }
    }
}

/// Skips a note in brackets right after a label: 实付款（含运费）.
fn skip_note(plain: &[char], from: usize, limit: usize) -> usize {
    if from < limit && matches!(plain[from], '(' | '（') {
        if let Some(close) = plain[from..limit].iter().position(|c| matches!(c, ')' | '）')) {
            return from + close + 1;
        }
    }
    from
}

fn trailing_spaces(chars: &[char]) -> usize {
    chars.iter().rev().take_while(|c| **c == ' ').count()
}

fn words(original: &[char], start: usize, end: usize) -> String {
    original[start..end].iter().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn iso(day: NaiveDate) -> String {
    day.to_string()
}

/// The item title in the app's share text: 【淘宝】https://m.tb.cn/… 「title」点击链接直接打开.
fn share_title(original: &[char], plain: &[char]) -> Option<(Target, String, String)> {
    let text: String = plain.iter().collect();
    if !["【淘宝】", "【天猫】", "【京东】", "【拼多多】", "【1688】"].iter().any(|mark| text.contains(mark))
    {
        return None;
    }
    let open = plain.iter().position(|c| *c == '「')?;
    let close = open + plain[open..].iter().position(|c| *c == '」')?;
    let title: String = original[open + 1..close].iter().collect::<String>().trim().to_string();
    let length = title.chars().count();
    (length > 0 && length <= LONGEST_NAME)
        .then(|| (Target::Fact(OrderFact::ItemName), title, words(original, open, close + 1)))
}

/// Each platform the text names, with the words; "1688" counts only on its own, not inside a number.
fn platform_named(original: &[char], plain: &[char]) -> Vec<(String, String)> {
    let mut named: Vec<(String, String)> = Vec::new();
    for (words_at, platform) in PLATFORM_WORDS {
        let length = words_at.chars().count();
        let found = (0..plain.len()).find(|&at| {
            let digit = |index: Option<usize>| index.and_then(|i| plain.get(i)).is_some_and(char::is_ascii_digit);
            starts_with(&plain[at..], words_at)
                && !(*platform == Platform::Alibaba1688
                    && words_at.starts_with('1')
                    && (digit(at.checked_sub(1)) || digit(Some(at + length))))
        });
        if let Some(at) = found {
            let id = id_of(*platform);
            if !named.iter().any(|(named_id, _)| *named_id == id) {
                named.push((id, words(original, at, at + length)));
            }
        }
    }
    named
}

/// What a paste did to one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filled {
    /// The field was empty (or, for the platform, another choice) and now holds the value.
    Filled,
    /// The field already held this value.
    Same,
    /// The field holds what the buyer typed, which differs; it is kept.
    KeptYours(String),
}

/// Fills the case from a reading: empty fields take the value, typed ones are kept. The platform is a
/// choice with a default, so the paste sets it (and the screen says so).
pub fn fill(record: &mut CaseRecord, reading: &OrderReading) -> Vec<(Found, Filled)> {
    reading
        .found
        .iter()
        .map(|found| {
            let slot = found.fact.slot(record);
            let outcome = if same_value(found.fact, slot, &found.value) {
                Filled::Same
            } else if slot.trim().is_empty() || found.fact == OrderFact::Platform {
                *slot = found.value.clone();
                Filled::Filled
            } else {
                Filled::KeptYours(slot.clone())
            };
            (found.clone(), outcome)
        })
        .collect()
}

/// The facts a paste neither found nor found twice, and that the case does not hold yet: what the buyer
/// still has to type.
pub fn still_missing(record: &CaseRecord, reading: &OrderReading) -> Vec<OrderFact> {
    OrderFact::ALL
        .into_iter()
        .filter(|fact| !reading.found.iter().any(|found| found.fact == *fact) && !reading.conflicting.contains(fact))
        .filter(|fact| fact.value(record).trim().is_empty())
        .collect()
}

/// The typed value and the pasted one say the same: equal text, or the same amount or day written
/// another way ("459" and "459.00", "2026/11/3" and "2026-11-03").
fn same_value(fact: OrderFact, typed: &str, pasted: &str) -> bool {
    let typed = typed.trim();
    if typed == pasted {
        return true;
    }
    match fact {
        OrderFact::PaidYuan => parse_yuan(typed).is_some_and(|fen| parse_yuan(pasted) == Some(fen)),
        OrderFact::PaidOn | OrderFact::SignedOn | OrderFact::CompletedOn => {
            parse_written_day(typed).is_some_and(|day| parse_written_day(pasted) == Some(day))
        }
        _ => false,
    }
}
