//! The case bundle as a file (issue 16): a zip with the export JSON (`transfer`) and every evidence
//! file's original bytes. Import checks every file against the fingerprint its case lists and changes
//! nothing unless all match.

use js_sys::{Array, Uint8Array};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag};

use super::book::{CaseBook, ImportSummary};
use super::files::{self, sha256_hex};
use super::transfer::{self, ImportError};
use super::WriteError;
use crate::bundle::location::without_location;
use crate::bundle::zip::{read_entries, Crc32, ZipError, ZipWriter};
use crate::bundle::{entry_file_id, file_entry, CASES_ENTRY};
use crate::record::CaseRecord;

/// CRCs are computed over pieces of this size copied out of the browser's buffer.
const PIECE: u32 = 1 << 20;

#[derive(Debug, Clone, PartialEq)]
pub enum BundleError {
    Zip(ZipError),
    /// The archive has no cases' JSON.
    NoCases,
    Cases(ImportError),
    /// A file's bytes do not have the fingerprint its case lists: `name` in the case `case`.
    Mismatch {
        case: String,
        name: String,
    },
    Write(WriteError),
    Read,
}

fn bytes_of(blob: &Blob) -> impl std::future::Future<Output = Result<Uint8Array, BundleError>> {
    let buffer = JsFuture::from(blob.array_buffer());
    async move { buffer.await.map(|buffer| Uint8Array::new(&buffer)).map_err(|_| BundleError::Read) }
}

fn blob_of(parts: &Array, media_type: &str) -> Result<Blob, BundleError> {
    let options = BlobPropertyBag::new();
    options.set_type(media_type);
    Blob::new_with_blob_sequence_and_options(parts, &options).map_err(|_| BundleError::Read)
}

fn crc_of(bytes: &Uint8Array) -> u32 {
    let mut crc = Crc32::default();
    let mut at = 0;
    while at < bytes.length() {
        let end = bytes.length().min(at + PIECE);
        crc.update(&bytes.subarray(at, end).to_vec());
        at = end;
    }
    crc.finish()
}

/// Every case and the bytes of every file this device has, as one zip. With `without_location`, JPEG
/// photos go in as copies without their location, each listed with its own fingerprint and the
/// original's (`location_removed_from`); the originals here are not touched.
pub async fn export_bundle(
    mut cases: Vec<CaseRecord>,
    now_ms: f64,
    without_location_copies: bool,
) -> Result<Blob, BundleError> {
    let mut writer = ZipWriter::default();
    let parts = Array::new();
    let zip = BundleError::Zip;
    for case in &mut cases {
        for file in &mut case.files {
            let Some(blob) = files::get(&file.id).await else { continue };
            let mut bytes = bytes_of(&blob).await?;
            if without_location_copies && file.media_type == "image/jpeg" {
                if let Some(copy) = without_location(&bytes.to_vec()) {
                    bytes = Uint8Array::from(copy.as_slice());
                    file.location_removed_from = std::mem::take(&mut file.sha256);
                    file.sha256 = sha256_hex(&bytes).await.map_err(|_| BundleError::Read)?;
                    file.size = u64::from(bytes.length());
                }
            }
            let header = writer
                .add(&file_entry(&file.id, &file.name), crc_of(&bytes), u64::from(bytes.length()))
                .map_err(zip)?;
            parts.push(&Uint8Array::from(header.as_slice()));
            parts.push(&bytes);
        }
    }
    let json = transfer::export(&cases, now_ms);
    let mut crc = Crc32::default();
    crc.update(json.as_bytes());
    let header = writer.add(CASES_ENTRY, crc.finish(), json.len() as u64).map_err(zip)?;
    parts.push(&Uint8Array::from(header.as_slice()));
    parts.push(&Uint8Array::from(json.as_bytes()));
    parts.push(&Uint8Array::from(writer.finish().map_err(zip)?.as_slice()));
    blob_of(&parts, "application/zip")
}

/// Reads a bundle, checks every file's fingerprint, keeps the files and adds the cases as the JSON
/// import does. Nothing changes unless every check passes.
pub async fn import_bundle(book: CaseBook, archive: Blob) -> Result<ImportSummary, BundleError> {
    let all = bytes_of(&archive).await?;
    let total = all.length();
    let read =
        |at: u64, len: usize| all.subarray(at as u32, (at as u32).saturating_add(len as u32).min(total)).to_vec();
    let entries = read_entries(u64::from(total), read).map_err(BundleError::Zip)?;
    let slice = |entry: &crate::bundle::zip::Entry| all.subarray(entry.offset, entry.offset + entry.size);
    let cases_entry = entries.iter().find(|entry| entry.name == CASES_ENTRY).ok_or(BundleError::NoCases)?;
    let json = String::from_utf8(slice(cases_entry).to_vec()).map_err(|_| BundleError::NoCases)?;
    let cases = transfer::parse_import(&json).map_err(BundleError::Cases)?;
    let mut to_keep = Vec::new();
    for case in &cases {
        for file in &case.files {
            let Some(entry) = entries.iter().find(|entry| entry_file_id(&entry.name) == Some(file.id.as_str())) else {
                continue;
            };
            let bytes = slice(entry);
            let mismatch = || BundleError::Mismatch {
                case: case.display_name().unwrap_or(&case.id).to_string(),
                name: file.name.clone(),
            };
            if crc_of(&bytes) != entry.crc || sha256_hex(&bytes).await.map_err(|_| BundleError::Read)? != file.sha256 {
                return Err(mismatch());
            }
            to_keep.push((file.id.clone(), blob_of(&Array::of1(&bytes), &file.media_type)?));
        }
    }
    files::put_all(&to_keep).await.map_err(BundleError::Write)?;
    book.import_json(&json).map_err(BundleError::Cases)
}
