//! Enums read from their contract id (`"taobao"`, `"return_refund"`): the text is looked up among the ids
//! that `Serialize` writes for the enum's `ALL`, so the ids are written down once (in the serde attributes)
//! and each enum has one small reader instead of serde's derived variant matching, which is built again for
//! every JSON reader that meets the enum.

use std::fmt;

use serde::de::{self, DeserializeOwned, Visitor};
use serde::Serialize;
use serde_json::Value;

/// The contract id `Serialize` writes for an enum value (`alibaba_1688`); empty for a value that has none.
pub fn id_of<T: Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(id)) => id,
        _ => String::new(),
    }
}

/// The enum value behind a contract id, if it is one; spaces around it (as a typed field keeps them) do not count.
pub fn from_id<T: DeserializeOwned>(id: &str) -> Option<T> {
    serde_json::from_value(Value::String(id.trim().to_string())).ok()
}

/// The member of `all` whose id is `text`, or serde's own "unknown variant" message.
pub fn by_id<T: Serialize + Copy>(all: &[T], text: &str) -> Result<T, String> {
    all.iter().copied().find(|member| id_of(member) == text).ok_or_else(|| {
        let ids: Vec<String> = all.iter().map(|member| format!("`{}`", id_of(member))).collect();
        format!("unknown variant `{text}`, expected one of {}", ids.join(", "))
    })
}

/// Reads a string id as one of `all`. The error comes from `visit_str`, so JSON readers place it at the
/// id itself (`json_field` names the field from that position).
pub struct IdVisitor<T: 'static>(pub &'static [T]);

impl<T: Serialize + Copy> Visitor<'_> for IdVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a string id")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        by_id(self.0, text).map_err(E::custom)
    }
}

/// `Deserialize` for an enum with `ALL` and a derived `Serialize`, by `by_id`.
macro_rules! deserialize_by_id {
    ($($enum:ident),*) => {$(
        impl<'de> serde::Deserialize<'de> for $enum {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str($crate::rules::by_id::IdVisitor(&$enum::ALL))
            }
        }
    )*};
}

pub(crate) use deserialize_by_id;

#[cfg(test)]
mod tests {
    use crate::rules::{Platform, Remedy, TicketStatus};

    #[test]
    fn reads_every_id_it_writes_and_names_the_choices_otherwise() {
        for status in TicketStatus::ALL {
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(serde_json::from_str::<TicketStatus>(&json).unwrap(), status);
        }
        assert_eq!(serde_json::from_str::<Platform>(r#""alibaba_1688""#).unwrap(), Platform::Alibaba1688);
        let error = serde_json::from_str::<Remedy>(r#""refund""#).unwrap_err().to_string();
        assert!(
            error.starts_with(
                "unknown variant `refund`, expected one of `refund_only`, `return_refund`, `exchange`, `repair`"
            ),
            "{error}"
        );
    }
}
