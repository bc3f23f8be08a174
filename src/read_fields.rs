//! Reading JSON objects (records, storage envelopes, policy packs) with less wasm than serde's derive:
//! each known key read sets its field and unknown keys are skipped, as the derive does, but without its
//! per-field bookkeeping and array form (kilobytes of wasm per struct). A key given twice keeps its last
//! value, as the storage and import paths that first read a `serde_json::Value` always did. `field as Wire` reads the field as
//! `Wire` (e.g. `IsoDay`) and converts it.
//!
//! `read_fields_over_default!(T { a, b })`: every field may be left out and then keeps `T::default()`'s
//! value (the derive's `#[serde(default)]` on the struct). `read_fields!(T { a: required, b: default })`:
//! a required field left out is the derive's "missing field `a`" error; a `default` one takes its
//! type's default. `read_fields!(strict T { … })` refuses unknown keys (the derive's
//! `deny_unknown_fields`), with the same message at the same place. `keep unknown` after the type's name
//! keeps unknown keys with their values in the struct's `unknown` map instead of skipping them.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};

/// A key of a struct that refuses unknown keys. The error comes from `visit_str`, so JSON readers place
/// it at the key, as serde's derive does.
pub struct KnownKey(pub &'static [&'static str]);

impl<'de> DeserializeSeed<'de> for KnownKey {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for KnownKey {
    type Value = String;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("field identifier")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<String, E> {
        match self.0.contains(&key) {
            true => Ok(key.to_string()),
            false => Err(E::unknown_field(key, self.0)),
        }
    }
}

/// The `Deserialize` impl around a `visit_map` body that reads `$map`, and `$record::FIELDS`, the keys read.
macro_rules! deserialize_by_map {
    ($record:ident, [$($field:ident),*], |$map:ident| $body:block) => {
        impl $record {
            #[allow(dead_code)]
            pub(crate) const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];
        }

        impl<'de> serde::Deserialize<'de> for $record {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Fields;
                impl<'de> serde::de::Visitor<'de> for Fields {
                    type Value = $record;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                        formatter.write_str(concat!("struct ", stringify!($record)))
                    }

                    fn visit_map<M: serde::de::MapAccess<'de>>(self, mut $map: M) -> Result<$record, M::Error> $body
                }
                deserializer.deserialize_map(Fields)
            }
        }
    };
}

/// The next key of `$map`: any key, or with `strict` only one of `$record::FIELDS`.
macro_rules! next_key {
    ($map:ident $record:ident) => {
        $map.next_key::<String>()?
    };
    ($map:ident $record:ident strict) => {
        $map.next_key_seed($crate::read_fields::KnownKey($record::FIELDS))?
    };
}

/// The next value of `$map`, read as the field's type or as `$wire`.
macro_rules! next_field_value {
    ($map:ident) => {
        $map.next_value()?
    };
    ($map:ident $wire:ty) => {
        $map.next_value::<$wire>()?.into()
    };
}

/// An unknown key's value: skipped, or kept in `$unknown` (a `serde_json::Map`).
macro_rules! unknown_value {
    ($map:ident $key:ident) => {
        $map.next_value::<serde::de::IgnoredAny>()?;
    };
    ($map:ident $key:ident $unknown:expr) => {
        $unknown.insert($key, $map.next_value()?);
    };
}

macro_rules! read_fields_over_default {
    ($record:ident $(keep $unknown:ident)? { $($field:ident $(as $wire:ty)?),* $(,)? }) => {
        $crate::read_fields::deserialize_by_map!($record, [$($field),*], |map| {
            let mut record = $record::default();
            while let Some(key) = map.next_key::<String>()? {
                match key.as_str() {
                    $(stringify!($field) => record.$field = $crate::read_fields::next_field_value!(map $($wire)?),)*
                    _ => {
                        $crate::read_fields::unknown_value!(map key $(record.$unknown)?);
                    }
                }
            }
            Ok(record)
        });
    };
}

macro_rules! read_fields {
    (strict $record:ident { $($fields:tt)* }) => {
        $crate::read_fields::read_fields!(@read [strict] [] $record { $($fields)* });
    };
    ($record:ident keep $unknown:ident { $($fields:tt)* }) => {
        $crate::read_fields::read_fields!(@read [] [$unknown] $record { $($fields)* });
    };
    ($record:ident { $($fields:tt)* }) => {
        $crate::read_fields::read_fields!(@read [] [] $record { $($fields)* });
    };
    (@read [$($strict:ident)?] [$($unknown:ident)?] $record:ident { $($field:ident $(as $wire:ty)?: $when:ident),* $(,)? }) => {
        $crate::read_fields::deserialize_by_map!($record, [$($field),*], |map| {
            $(let mut $field = None;)*
            $(let mut $unknown = serde_json::Map::new();)?
            while let Some(key) = $crate::read_fields::next_key!(map $record $($strict)?) {
                match key.as_str() {
                    $(stringify!($field) => $field = Some($crate::read_fields::next_field_value!(map $($wire)?)),)*
                    _ => {
                        $crate::read_fields::unknown_value!(map key $($unknown)?);
                    }
                }
            }
            Ok($record { $($field: $crate::read_fields::read_fields!(@finish $field $when),)* $($unknown,)? })
        });
    };
    (@finish $field:ident required) => {
        match $field {
            Some(value) => value,
            None => return Err(serde::de::Error::missing_field(stringify!($field))),
        }
    };
    (@finish $field:ident default) => {
        $field.unwrap_or_default()
    };
}

pub(crate) use {deserialize_by_map, next_field_value, next_key, read_fields, read_fields_over_default, unknown_value};
