//! Reading the records' JSON objects with less wasm than serde's derive: each known key read sets its
//! field and unknown keys are skipped, as the derive does, but without its per-field bookkeeping and
//! array form (kilobytes of wasm per struct). A key given twice keeps its last value, as the storage and
//! import paths that first read a `serde_json::Value` always did. `field as Wire` reads the field as
//! `Wire` (e.g. `IsoDay`) and converts it.
//!
//! `read_fields_over_default!(T { a, b })`: every field may be left out and then keeps `T::default()`'s
//! value (the derive's `#[serde(default)]` on the struct). `read_fields!(T { a: required, b: default })`:
//! a required field left out is the derive's "missing field `a`" error; a `default` one takes its
//! type's default.

/// The `Deserialize` impl around a `visit_map` body that reads `$map`.
macro_rules! deserialize_by_map {
    ($record:ident, [$($field:ident),*], |$map:ident| $body:block) => {
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
                deserializer.deserialize_struct(stringify!($record), &[$(stringify!($field)),*], Fields)
            }
        }
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

macro_rules! read_fields_over_default {
    ($record:ident { $($field:ident $(as $wire:ty)?),* $(,)? }) => {
        $crate::record::fields::deserialize_by_map!($record, [$($field),*], |map| {
            let mut record = $record::default();
            while let Some(key) = map.next_key::<String>()? {
                match key.as_str() {
                    $(stringify!($field) => record.$field = $crate::record::fields::next_field_value!(map $($wire)?),)*
                    _ => {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
            }
            Ok(record)
        });
    };
}

macro_rules! read_fields {
    ($record:ident { $($field:ident $(as $wire:ty)?: $when:ident),* $(,)? }) => {
        $crate::record::fields::deserialize_by_map!($record, [$($field),*], |map| {
            $(let mut $field = None;)*
            while let Some(key) = map.next_key::<String>()? {
                match key.as_str() {
                    $(stringify!($field) => $field = Some($crate::record::fields::next_field_value!(map $($wire)?)),)*
                    _ => {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
            }
            Ok($record { $($field: $crate::record::fields::read_fields!(@finish $field $when)),* })
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

pub(crate) use {deserialize_by_map, next_field_value, read_fields, read_fields_over_default};
