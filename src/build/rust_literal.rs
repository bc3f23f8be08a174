//! Writes a JSON value as a Rust constant expression of a known shape, checking the value on the way: a
//! mismatch is an error naming the file and field (`data/guide/en.json: start.walk[2].title: missing`).

use std::fmt::Write;

use serde_json::Value;

pub enum Shape {
    /// A string, as a `&'static str`.
    Text,
    /// A whole number.
    Number,
    Bool,
    /// A `YYYY-MM-DD` day, as a `chrono::NaiveDate`.
    Date,
    /// A snake_case id of the named enum: `"home_appliance"` becomes `Category::HomeAppliance`.
    Variant(&'static str),
    /// `null` or an absent field becomes `None`.
    Optional(&'static Shape),
    /// An array, as a `&'static [T]`.
    List(&'static Shape),
    /// A field that may be absent, and is then empty (`&[]`, `false`).
    OrEmpty(&'static Shape),
    /// A two-item array, as a tuple.
    Pair(&'static Shape, &'static Shape),
    /// An object keyed by data, as a `crate::static_map::TextMap` (Text keys) or `StaticMap` (Variant keys).
    Map(&'static Shape, &'static Shape),
    /// A field the file may have for its readers, left out of the type.
    Skip,
    /// An object with exactly these fields, as the named struct. Keys starting with `_` are comments.
    Struct(&'static str, &'static [(&'static str, Shape)]),
}

/// The Rust variant for an id where it is not the id in CamelCase (a `#[serde(rename)]` in the enum).
const RENAMED: [(&str, &str, &str); 2] =
    [("Purpose", "merchant_message", "MerchantFirstMessage"), ("Purpose", "follow_up", "MerchantFollowUp")];

/// `value` (None: the field is absent) as an expression of `shape`, appended to `out`.
pub fn write(value: Option<&Value>, shape: &Shape, place: &Place, out: &mut String) -> Result<(), String> {
    let Some(value) = value else {
        out.push_str(match shape {
            Shape::Optional(_) => "None",
            Shape::OrEmpty(Shape::Bool) => "false",
            Shape::OrEmpty(_) => "&[]",
            _ => return Err(format!("{place}: missing")),
        });
        return Ok(());
    };
    match (shape, value) {
        (Shape::Optional(_), Value::Null) => out.push_str("None"),
        (Shape::Optional(inner), _) => {
            out.push_str("Some(");
            write(Some(value), inner, place, out)?;
            out.push(')');
        }
        (Shape::OrEmpty(inner), _) => write(Some(value), inner, place, out)?,
        (Shape::Text, Value::String(text)) => write!(out, "{text:?}").expect("a String takes writes"),
        (Shape::Number, Value::Number(number)) if number.is_u64() => out.push_str(&number.to_string()),
        (Shape::Bool, Value::Bool(flag)) => out.push_str(if *flag { "true" } else { "false" }),
        (Shape::Date, Value::String(day)) => {
            let parts: Vec<u32> = day.split('-').filter_map(|part| part.parse().ok()).collect();
            let [year, month, day_of_month] = parts[..] else {
                return Err(format!("{place}: `{day}` is not a YYYY-MM-DD date"));
            };
            // rustc rejects a day that does not exist (2026-02-30) when it evaluates the static.
            write!(
                out,
                "NaiveDate::from_ymd_opt({year}, {month}, {day_of_month}).expect(\"{place}: no such day {day}\")"
            )
            .expect("a String takes writes");
        }
        (Shape::Variant(enum_name), Value::String(id)) => {
            // The comment names the data when the enum has no such variant and rustc reports this line.
            write!(out, "{enum_name}::{} /* {place} */", variant(enum_name, id, place)?)
                .expect("a String takes writes");
        }
        (Shape::List(item), Value::Array(items)) => {
            out.push_str("&[\n");
            for (index, value) in items.iter().enumerate() {
                write(Some(value), item, &place.index(index), out)?;
                out.push_str(",\n");
            }
            out.push(']');
        }
        (Shape::Pair(first, second), Value::Array(items)) if items.len() == 2 => {
            out.push('(');
            write(Some(&items[0]), first, &place.index(0), out)?;
            out.push_str(", ");
            write(Some(&items[1]), second, &place.index(1), out)?;
            out.push(')');
        }
        (Shape::Map(key, item), Value::Object(entries)) => {
            let map_type = if matches!(key, Shape::Text) { "TextMap" } else { "StaticMap" };
            writeln!(out, "crate::static_map::{map_type}::new(&[").expect("a String takes writes");
            // Sorted by key, as a BTreeMap iterates.
            let mut entries: Vec<_> = entries.iter().filter(|(name, _)| !name.starts_with('_')).collect();
            entries.sort_by_key(|(name, _)| *name);
            for (name, value) in entries {
                let place = place.field(name);
                out.push('(');
                write(Some(&Value::String(name.clone())), key, &place, out)?;
                out.push_str(", ");
                write(Some(value), item, &place, out)?;
                out.push_str("),\n");
            }
            out.push_str("])");
        }
        (Shape::Struct(struct_name, fields), Value::Object(entries)) => {
            if let Some(unknown) =
                entries.keys().find(|name| !name.starts_with('_') && !fields.iter().any(|(field, _)| field == name))
            {
                return Err(format!("{}: unknown field", place.field(unknown)));
            }
            writeln!(out, "{struct_name} {{").expect("a String takes writes");
            for (field, shape) in fields.iter().filter(|(_, shape)| !matches!(shape, Shape::Skip)) {
                write!(out, "{field}: ").expect("a String takes writes");
                write(entries.get(*field), shape, &place.field(field), out)?;
                out.push_str(",\n");
            }
            out.push('}');
        }
        _ => return Err(format!("{place}: expected {}, found {value}", shape.expected())),
    }
    Ok(())
}

/// Where a value is: its data file and its field in that file, as messages and comments name it.
pub struct Place<'a> {
    file: &'a str,
    field: String,
}

impl<'a> Place<'a> {
    pub fn file(file: &'a str) -> Self {
        Place { file, field: String::new() }
    }

    fn field(&self, name: &str) -> Self {
        let field = if self.field.is_empty() { name.to_string() } else { format!("{}.{name}", self.field) };
        Place { file: self.file, field }
    }

    fn index(&self, index: usize) -> Self {
        Place { file: self.file, field: format!("{}[{index}]", self.field) }
    }
}

impl std::fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.file)
        } else {
            write!(f, "{}: {}", self.file, self.field)
        }
    }
}

/// `home_appliance` -> `HomeAppliance`, `exchange_1688_mistake` -> `Exchange1688Mistake`.
fn variant(enum_name: &str, id: &str, place: &Place) -> Result<String, String> {
    if id.is_empty() || !id.bytes().all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'_') {
        return Err(format!("{place}: `{id}` is not a snake_case id of {enum_name}"));
    }
    if let Some((_, _, renamed)) = RENAMED.iter().find(|(name, renamed_id, _)| *name == enum_name && *renamed_id == id)
    {
        return Ok(renamed.to_string());
    }
    Ok(id
        .split('_')
        .flat_map(|word| word.char_indices().map(|(at, c)| if at == 0 { c.to_ascii_uppercase() } else { c }))
        .collect())
}

impl Shape {
    fn expected(&self) -> String {
        match self {
            Shape::Text => "a string".into(),
            Shape::Number => "a whole number".into(),
            Shape::Bool => "true or false".into(),
            Shape::Date => "a YYYY-MM-DD date".into(),
            Shape::Skip => "anything".into(),
            Shape::Variant(enum_name) => format!("an id of {enum_name}"),
            Shape::Optional(inner) | Shape::OrEmpty(inner) => inner.expected(),
            Shape::List(_) => "an array".into(),
            Shape::Pair(..) => "an array of two".into(),
            Shape::Map(..) | Shape::Struct(..) => "an object".into(),
        }
    }
}
