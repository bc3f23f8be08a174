//! How one case is written to storage: keys, the versioned envelope, and entries kept aside.
//!
//! Keys (all under one versioned prefix):
//! - `shouhou.v1.case.<id>`: `{"v":1,"parent":STAMP|null,"case":{CaseRecord}}`, where `parent` is the
//!   version (`{"revision":…,"updated_ms":…}`) this write replaced, as the writing tab knew it.
//! - `shouhou.v1.aside.<ms>.<original key>`: an entry that could not be read, as a `SetAside`
//!   holding the original text untouched.
//! - `shouhou.v1.lang`: the screen language the buyer last chose on the app's own page (`zh-CN`, `en`).
//! - `shouhou.cases`: the v0 format (one array of every case), migrated on load (see `migrate`).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::read_fields::read_fields;
use crate::record::{read_json_value, CaseRecord, WrongField, RECORD_VERSION};

pub const CASE_PREFIX: &str = "shouhou.v1.case.";
pub const ASIDE_PREFIX: &str = "shouhou.v1.aside.";
pub const LEGACY_V0_KEY: &str = "shouhou.cases";
pub const LANG_KEY: &str = "shouhou.v1.lang";

pub fn case_key(id: &str) -> String {
    format!("{CASE_PREFIX}{id}")
}

pub fn case_id(key: &str) -> Option<&str> {
    key.strip_prefix(CASE_PREFIX)
}

pub fn aside_key(original_key: &str, found_ms: f64) -> String {
    format!("{ASIDE_PREFIX}{}.{original_key}", found_ms as u64)
}

/// Case ids become part of a storage key and of file names: 1 to 64 letters, digits, `-` or `_`.
pub fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_')
}

/// Why an entry could not be read. Stored as `{"kind":"unreadable","detail":…}` or
/// `{"kind":"newer_version","version":…}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "StoredProblem")]
pub enum EntryProblem {
    /// Not JSON, or not the shape this version writes; `detail` names the field where it can.
    Unreadable { detail: String },
    /// Written by a newer version of the assistant than this one.
    NewerVersion { version: u64 },
}

/// `EntryProblem` as stored, read as one flat object: serde's reader for internally tagged enums
/// buffers the whole object first, and that machinery costs kilobytes of wasm for this one type.
struct StoredProblem {
    kind: String,
    detail: Option<String>,
    version: Option<u64>,
}

read_fields!(StoredProblem { kind: required, detail: default, version: default });

impl TryFrom<StoredProblem> for EntryProblem {
    type Error = String;

    fn try_from(stored: StoredProblem) -> Result<Self, String> {
        match (stored.kind.as_str(), stored.detail, stored.version) {
            ("unreadable", Some(detail), _) => Ok(EntryProblem::Unreadable { detail }),
            ("newer_version", _, Some(version)) => Ok(EntryProblem::NewerVersion { version }),
            ("unreadable", None, _) => Err("missing field `detail`".into()),
            ("newer_version", _, None) => Err("missing field `version`".into()),
            (kind, _, _) => Err(format!("unknown kind `{kind}`, expected `unreadable` or `newer_version`")),
        }
    }
}

/// An entry that could not be read, kept aside (never deleted) with its text exactly as it was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAside {
    /// Where the entry was found.
    pub original_key: String,
    pub problem: EntryProblem,
    pub found_ms: u64,
    pub raw: String,
    /// Where it is kept now; empty when storage refused the move and it stays at `original_key`.
    #[serde(skip)]
    pub key: String,
}

/// Which version of a case an entry holds. Revisions alone can repeat when two tabs edit the same
/// version; the edit time tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Stamp {
    pub revision: u64,
    pub updated_ms: f64,
}

read_fields!(Stamp { revision: required, updated_ms: required });

impl Stamp {
    pub fn of(case: &CaseRecord) -> Stamp {
        Stamp { revision: case.revision, updated_ms: case.updated_ms }
    }
}

/// A case as stored, with the version its writer replaced.
pub struct Stored {
    pub case: CaseRecord,
    pub parent: Option<Stamp>,
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    v: u32,
    parent: Option<Stamp>,
    case: &'a CaseRecord,
}

struct EnvelopeIn {
    v: u64,
    parent: Option<Stamp>,
    case: CaseRecord,
}

read_fields!(EnvelopeIn { v: required, parent: default, case: required });

struct StampOnly {
    case: CaseStamp,
}

read_fields!(StampOnly { case: required });

struct CaseStamp {
    revision: u64,
    updated_ms: f64,
}

read_fields!(CaseStamp { revision: default, updated_ms: default });

/// The version a stored entry holds, without building the whole record: saving checks it every time.
pub fn stored_stamp(text: &str) -> Option<Stamp> {
    serde_json::from_str::<StampOnly>(text)
        .ok()
        .map(|entry| Stamp { revision: entry.case.revision, updated_ms: entry.case.updated_ms })
}

pub fn encode(case: &CaseRecord, parent: Option<Stamp>) -> String {
    serde_json::to_string(&EnvelopeOut { v: RECORD_VERSION, parent, case }).expect("a case record always serializes")
}

/// Reads the entry stored for case `id`.
pub fn decode(id: &str, text: &str) -> Result<Stored, EntryProblem> {
    // The common case in one pass; the slow path below only runs to say what is wrong.
    let stored = match serde_json::from_str::<EnvelopeIn>(text) {
        Ok(envelope) if envelope.v == u64::from(RECORD_VERSION) => {
            Stored { case: envelope.case, parent: envelope.parent }
        }
        _ => decode_with_reason(text)?,
    };
    if stored.case.id != id {
        return Err(unreadable(format!("id: \"{}\" does not match the key", stored.case.id.escape_debug())));
    }
    // An id becomes part of file names and calendar UIDs: one read from storage is checked like an import's.
    if !valid_id(id) {
        return Err(unreadable(format!("id: \"{}\" is not a valid case id", id.escape_debug())));
    }
    Ok(stored)
}

fn decode_with_reason(text: &str) -> Result<Stored, EntryProblem> {
    let value: Value = serde_json::from_str(text).map_err(|error| unreadable(error.to_string()))?;
    let version = value.get("v").ok_or_else(|| unreadable("v: missing".into()))?;
    let version = version.as_u64().ok_or_else(|| unreadable(format!("v: {version} is not a version number")))?;
    if version > u64::from(RECORD_VERSION) {
        return Err(EntryProblem::NewerVersion { version });
    }
    if version != u64::from(RECORD_VERSION) {
        return Err(unreadable(format!("v: {version} is not a per-case version")));
    }
    let field = |name: &str| value.get(name).unwrap_or(&Value::Null);
    let parent = read_json_value(field("parent")).map_err(|error| wrong_field("parent", error))?;
    let case = value.get("case").ok_or_else(|| unreadable("case: missing".into()))?;
    let case = read_json_value(case).map_err(|error| wrong_field("case", error))?;
    Ok(Stored { case, parent })
}

fn wrong_field(parent: &str, error: WrongField) -> EntryProblem {
    unreadable(format!("{}: {}", error.path_under(parent), error.reason))
}

pub fn unreadable(detail: String) -> EntryProblem {
    EntryProblem::Unreadable { detail }
}
