//! One buyer editing a case in two tabs: the two versions are merged against the version both started
//! from, field by field, so typing in two windows does not fork the case into copies. Only edits that
//! cannot both be kept (the same text changed into two different texts) leave two versions.

use serde_json::Value;

use super::{read_json_value, CaseRecord};

/// `mine` and `theirs` both changed `base`. Every field changed on one side only takes that side's value;
/// a text changed on both sides takes the one that holds the other's characters in order (the buyer kept
/// typing); entries added to a list on both sides are all kept. `None` when the two cannot be combined
/// without losing one side's edit.
pub fn merge(base: &CaseRecord, mine: &CaseRecord, theirs: &CaseRecord) -> Option<CaseRecord> {
    let [base_value, mine_value, theirs_value] = [base, mine, theirs].map(|record| {
        let mut value = serde_json::to_value(record).expect("a case record always serializes");
        // Which version is which is the caller's business; the content is merged.
        value["revision"] = Value::from(0);
        value["updated_ms"] = Value::from(0.0);
        value
    });
    let merged = merge_values(&base_value, &mine_value, &theirs_value)?;
    let mut record: CaseRecord = read_json_value(&merged).ok()?;
    record.revision = mine.revision.max(theirs.revision) + 1;
    record.updated_ms = mine.updated_ms.max(theirs.updated_ms);
    Some(record)
}

fn merge_values(base: &Value, mine: &Value, theirs: &Value) -> Option<Value> {
    if mine == theirs || theirs == base {
        return Some(mine.clone());
    }
    if mine == base {
        return Some(theirs.clone());
    }
    match (base, mine, theirs) {
        (Value::Object(base), Value::Object(mine), Value::Object(theirs)) => {
            let mut merged = mine.clone();
            for (key, their_value) in theirs {
                let field = |object: &serde_json::Map<String, Value>| object.get(key).cloned().unwrap_or(Value::Null);
                merged.insert(key.clone(), merge_values(&field(base), &field(mine), their_value)?);
            }
            Some(Value::Object(merged))
        }
        (Value::Array(base), Value::Array(mine), Value::Array(theirs)) => merge_lists(base, mine, theirs),
        (_, Value::String(mine_text), Value::String(their_text)) => {
            if holds_in_order(mine_text, their_text) {
                Some(Value::String(mine_text.clone()))
            } else if holds_in_order(their_text, mine_text) {
                Some(Value::String(their_text.clone()))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Lists of the same length merge item by item; lists both sides only added to keep every addition.
fn merge_lists(base: &[Value], mine: &[Value], theirs: &[Value]) -> Option<Value> {
    if mine.len() == base.len() && theirs.len() == base.len() {
        let items = base.iter().zip(mine).zip(theirs).map(|((base, mine), theirs)| merge_values(base, mine, theirs));
        return items.collect::<Option<Vec<Value>>>().map(Value::Array);
    }
    if mine.starts_with(base) && theirs.starts_with(base) {
        let mut merged = mine.to_vec();
        merged.extend(theirs[base.len()..].iter().filter(|added| !mine[base.len()..].contains(added)).cloned());
        return Some(Value::Array(merged));
    }
    None
}

/// Whether `longer` holds every character of `shorter`, in order (`shorter` with text inserted).
fn holds_in_order(longer: &str, shorter: &str) -> bool {
    let mut rest = longer.chars();
    shorter.chars().all(|wanted| rest.any(|c| c == wanted))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::LogEntry;

    fn with(edit: impl FnOnce(&mut CaseRecord)) -> CaseRecord {
        let mut record = CaseRecord::new("c1");
        record.facts.description = "耳机".into();
        record.revision = 3;
        edit(&mut record);
        record
    }

    #[test]
    fn edits_to_different_fields_both_stay() {
        let base = with(|_| {});
        let mine = with(|r| r.facts.order_no = "A-1".into());
        let theirs = with(|r| r.title = "蓝牙耳机".into());
        let merged = merge(&base, &mine, &theirs).unwrap();
        assert_eq!((merged.facts.order_no.as_str(), merged.title.as_str()), ("A-1", "蓝牙耳机"));
        assert_eq!(merged.revision, 4);
    }

    #[test]
    fn one_sentence_typed_on_in_two_windows_is_one_text() {
        let base = with(|_| {});
        let mine = with(|r| r.facts.description = "耳机左耳没声音，换了手机也一样".into());
        let theirs = with(|r| r.facts.description = "耳机左耳没声音".into());
        assert_eq!(merge(&base, &mine, &theirs).unwrap().facts.description, "耳机左耳没声音，换了手机也一样");
        assert_eq!(merge(&base, &theirs, &mine).unwrap().facts.description, "耳机左耳没声音，换了手机也一样");
    }

    #[test]
    fn two_different_texts_for_one_field_are_not_merged() {
        let base = with(|_| {});
        let mine = with(|r| r.facts.description = "左耳没声音".into());
        let theirs = with(|r| r.facts.description = "充不进电".into());
        assert_eq!(merge(&base, &mine, &theirs), None);
        let ticked = with(|r| r.closing.watch_merchant = true);
        let rated = with(|r| r.closing.rating_speed = Some(2));
        let other_rating = with(|r| r.closing.rating_speed = Some(4));
        assert!(merge(&base, &ticked, &rated).is_some());
        assert_eq!(merge(&base, &rated, &other_rating), None);
    }

    #[test]
    fn log_entries_added_on_both_sides_are_all_kept() {
        let entry = |said: &str| LogEntry { said: said.into(), ..LogEntry::default() };
        let base = with(|r| r.log = vec![entry("第一次联系")]);
        let mine = with(|r| r.log = vec![entry("第一次联系"), entry("本页记的")]);
        let theirs = with(|r| r.log = vec![entry("第一次联系"), entry("另一页记的")]);
        let said: Vec<String> = merge(&base, &mine, &theirs).unwrap().log.into_iter().map(|e| e.said).collect();
        assert_eq!(said, ["第一次联系", "本页记的", "另一页记的"]);
    }
}
