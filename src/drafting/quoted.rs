//! The buyer's log notes a draft quotes as they were typed, and which of them read in another language
//! than the draft's: a Chinese shop gets a Chinese draft, so an English note quoted in it is the buyer's to
//! rewrite (the page says so beside the draft; the draft itself carries no marker).

use super::vars::trim_end_punctuation;
use super::Draft;
use crate::lang::Lang;
use crate::record::LogEntry;

/// The log entries whose words (what was said, what was promised, by whom) the draft quotes in another
/// language than its own, in the log's order.
pub fn quoted_in_other_language<'a>(draft: &Draft, contacts: &'a [LogEntry]) -> Vec<&'a LogEntry> {
    contacts
        .iter()
        .filter(|entry| {
            [&entry.said, &entry.promise, &entry.who].into_iter().any(|typed| {
                let quoted = trim_end_punctuation(typed);
                !quoted.is_empty()
                    && draft.text.contains(&quoted)
                    && written_in(&quoted).is_some_and(|lang| lang != draft.lang)
            })
        })
        .collect()
}

/// The language a note reads in: English when it has three English words or more and they outnumber its
/// Chinese characters (a model name in a Chinese sentence leaves it Chinese), Chinese when it has a Chinese
/// character otherwise; none for digits and signs.
pub fn written_in(text: &str) -> Option<Lang> {
    let chinese = text.chars().filter(|c| is_chinese(*c)).count();
    let english_words = text.split(|c: char| !c.is_ascii_alphabetic()).filter(|word| word.len() >= 2).count();
    match (english_words, chinese) {
        (words, chinese) if words >= 3 && words > chinese => Some(Lang::En),
        (_, 0) => None,
        _ => Some(Lang::ZhCn),
    }
}

fn is_chinese(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}
