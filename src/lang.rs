use serde::{Deserialize, Serialize};

/// The language of a screen or a draft. Chinese first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::En];

    /// What goes between two sentences: nothing after a Chinese full stop, a space after an English one.
    pub fn sentence_gap(self) -> &'static str {
        match self {
            Lang::ZhCn => "",
            Lang::En => " ",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Reads `zh-CN`, `zh`, `en`, `en-US`, ...; anything else is Chinese.
    pub fn from_code(code: &str) -> Lang {
        Lang::from_tag(code).unwrap_or_default()
    }

    /// The language a tag names by its first subtag (`zh`, `zh-CN`, `zh-Hans`, `en`, `en-GB`), or `None`
    /// when it names another one.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split('-').next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else if primary.eq_ignore_ascii_case("zh") {
            Some(Lang::ZhCn)
        } else {
            None
        }
    }
}
