//! Reading the records' JSON objects with less wasm than serde's derive: for a struct whose every field
//! has a default, each known key read replaces its field and unknown keys are skipped, as
//! `#[derive(Deserialize)] #[serde(default)]` does, but without the derive's per-field bookkeeping and
//! array form (kilobytes of wasm per struct). A key given twice keeps its last value, as the storage and
//! import paths that first read a `serde_json::Value` always did. `field as Wire` reads the field as
//! `Wire` (e.g. `IsoDay`) and converts it.

macro_rules! read_fields_over_default {
    ($record:ident { $($field:ident $(as $wire:ty)?),* $(,)? }) => {
        impl<'de> serde::Deserialize<'de> for $record {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Fields;
                impl<'de> serde::de::Visitor<'de> for Fields {
                    type Value = $record;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                        formatter.write_str(concat!("struct ", stringify!($record)))
                    }

                    fn visit_map<M: serde::de::MapAccess<'de>>(self, mut map: M) -> Result<$record, M::Error> {
                        let mut record = $record::default();
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                $(stringify!($field) => {
                                    record.$field = $crate::record::fields::read_fields_over_default!(@value map $($wire)?)
                                })*
                                _ => {
                                    map.next_value::<serde::de::IgnoredAny>()?;
                                }
                            }
                        }
                        Ok(record)
                    }
                }
                deserializer.deserialize_struct(stringify!($record), &[$(stringify!($field)),*], Fields)
            }
        }
    };
    (@value $map:ident) => {
        $map.next_value()?
    };
    (@value $map:ident $wire:ty) => {
        $map.next_value::<$wire>()?.into()
    };
}

pub(crate) use read_fields_over_default;
