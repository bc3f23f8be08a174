//! A store-only zip archive (no compression: photos and video are compressed already), written and
//! read in pieces so large files never have to sit in memory at once. UTF-8 names (flag bit 11).

const LOCAL_SIGNATURE: u32 = 0x0403_4b50;
const CENTRAL_SIGNATURE: u32 = 0x0201_4b50;
const END_SIGNATURE: u32 = 0x0605_4b50;
const LOCAL_HEADER_LEN: usize = 30;
const END_LEN: usize = 22;
const UTF8_NAMES: u16 = 1 << 11;
/// 1980-01-01 00:00 in DOS date and time: the archive's own dates mean nothing; the case JSON has them.
const DOS_DATE: u16 = (1 << 5) | 1;

const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut index = 0;
    while index < 256 {
        let mut value = index as u32;
        let mut bit = 0;
        while bit < 8 {
            value = if value & 1 == 1 { 0xEDB8_8320 ^ (value >> 1) } else { value >> 1 };
            bit += 1;
        }
        table[index] = value;
        index += 1;
    }
    table
};

/// CRC-32 (ISO 3309, as zip uses it), fed in pieces.
#[derive(Debug, Clone, Copy)]
pub struct Crc32(u32);

impl Default for Crc32 {
    fn default() -> Self {
        Crc32(0xFFFF_FFFF)
    }
}

impl Crc32 {
    pub fn update(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = CRC_TABLE[((self.0 ^ u32::from(*byte)) & 0xFF) as usize] ^ (self.0 >> 8);
        }
    }

    pub fn finish(self) -> u32 {
        self.0 ^ 0xFFFF_FFFF
    }
}

/// One stored file of an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub crc: u32,
    pub size: u32,
    /// Where the entry's local header starts (writing), or where its bytes start (reading).
    pub offset: u32,
}

/// Builds an archive's headers; the caller puts each entry's bytes right after its local header.
#[derive(Debug, Default)]
pub struct ZipWriter {
    entries: Vec<Entry>,
    written: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipError {
    /// More than 4 GB or 65,535 files: this store-only writer has no zip64.
    TooLarge,
    NotAZip,
    Damaged {
        name: String,
    },
}

impl ZipWriter {
    /// The local header to write before `size` bytes named `name` with checksum `crc`.
    pub fn add(&mut self, name: &str, crc: u32, size: u64) -> Result<Vec<u8>, ZipError> {
        let header_len = (LOCAL_HEADER_LEN + name.len()) as u64;
        let end = self.written + header_len + size;
        if end > u64::from(u32::MAX) || self.entries.len() >= usize::from(u16::MAX) || name.len() > 0xFFFF {
            return Err(ZipError::TooLarge);
        }
        let entry = Entry { name: name.to_string(), crc, size: size as u32, offset: self.written as u32 };
        let mut header = Vec::with_capacity(header_len as usize);
        put32(&mut header, LOCAL_SIGNATURE);
        common_fields(&mut header, &entry);
        put16(&mut header, 0); // extra field length
        header.extend_from_slice(name.as_bytes());
        self.entries.push(entry);
        self.written = end;
        Ok(header)
    }

    /// The central directory and end record that close the archive.
    pub fn finish(self) -> Result<Vec<u8>, ZipError> {
        let mut out = Vec::new();
        for entry in &self.entries {
            put32(&mut out, CENTRAL_SIGNATURE);
            put16(&mut out, 20); // made by
            common_fields(&mut out, entry);
            for field in [0u16, 0, 0, 0] {
                put16(&mut out, field); // extra, comment, disk, internal attributes
            }
            put32(&mut out, 0); // external attributes
            put32(&mut out, entry.offset);
            out.extend_from_slice(entry.name.as_bytes());
        }
        if self.written + out.len() as u64 + END_LEN as u64 > u64::from(u32::MAX) {
            return Err(ZipError::TooLarge);
        }
        let count = self.entries.len() as u16;
        let directory_len = out.len() as u32;
        put32(&mut out, END_SIGNATURE);
        for field in [0u16, 0, count, count] {
            put16(&mut out, field);
        }
        put32(&mut out, directory_len);
        put32(&mut out, self.written as u32);
        put16(&mut out, 0); // comment length
        Ok(out)
    }
}

/// Version needed, flags, method (stored), time, date, crc, sizes and the name's length: the fields the
/// local header and the central directory share.
fn common_fields(out: &mut Vec<u8>, entry: &Entry) {
    for field in [20u16, UTF8_NAMES, 0, 0, DOS_DATE] {
        put16(out, field);
    }
    put32(out, entry.crc);
    put32(out, entry.size);
    put32(out, entry.size);
    put16(out, entry.name.len() as u16);
}

/// Reads an archive's directory: each stored entry with where its bytes start. `read(offset, len)`
/// returns up to `len` bytes of the archive from `offset`. Compressed entries are refused as damaged.
pub fn read_entries(archive_len: u64, read: impl Fn(u64, usize) -> Vec<u8>) -> Result<Vec<Entry>, ZipError> {
    let tail_len = archive_len.min(END_LEN as u64 + 0xFFFF);
    let tail = read(archive_len - tail_len, tail_len as usize);
    let end = (0..tail.len().saturating_sub(END_LEN - 1))
        .rev()
        .find(|&at| get32(&tail, at) == Some(END_SIGNATURE))
        .ok_or(ZipError::NotAZip)?;
    let count = get16(&tail, end + 10).ok_or(ZipError::NotAZip)?;
    let directory_len = get32(&tail, end + 12).ok_or(ZipError::NotAZip)?;
    let directory_at = get32(&tail, end + 16).ok_or(ZipError::NotAZip)?;
    if u64::from(directory_at) + u64::from(directory_len) > archive_len {
        return Err(ZipError::NotAZip);
    }
    let directory = read(u64::from(directory_at), directory_len as usize);
    let mut entries = Vec::with_capacity(usize::from(count));
    let mut at = 0;
    for _ in 0..count {
        if get32(&directory, at) != Some(CENTRAL_SIGNATURE) {
            return Err(ZipError::NotAZip);
        }
        let field = |offset: usize| get16(&directory, at + offset).map(usize::from).ok_or(ZipError::NotAZip);
        let (method, name_len, extra_len, comment_len) = (field(10)?, field(28)?, field(30)?, field(32)?);
        let name = directory.get(at + 46..at + 46 + name_len).ok_or(ZipError::NotAZip)?;
        let name = String::from_utf8_lossy(name).into_owned();
        let number = |offset: usize| get32(&directory, at + offset).ok_or(ZipError::NotAZip);
        let (crc, size, header_at) = (number(16)?, number(24)?, number(42)?);
        if method != 0 || number(20)? != size {
            return Err(ZipError::Damaged { name });
        }
        let local = read(u64::from(header_at), LOCAL_HEADER_LEN);
        let local_field =
            |offset: usize| get16(&local, offset).map(u64::from).ok_or(ZipError::Damaged { name: name.clone() });
        if get32(&local, 0) != Some(LOCAL_SIGNATURE) {
            return Err(ZipError::Damaged { name });
        }
        let data_at = u64::from(header_at) + LOCAL_HEADER_LEN as u64 + local_field(26)? + local_field(28)?;
        if data_at + u64::from(size) > archive_len {
            return Err(ZipError::Damaged { name });
        }
        entries.push(Entry { name, crc, size, offset: data_at as u32 });
        at += 46 + name_len + extra_len + comment_len;
    }
    Ok(entries)
}

fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn get16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn get32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crc(bytes: &[u8]) -> u32 {
        let mut crc = Crc32::default();
        crc.update(bytes);
        crc.finish()
    }

    fn archive(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = ZipWriter::default();
        let mut out = Vec::new();
        for (name, bytes) in files {
            out.extend(writer.add(name, crc(bytes), bytes.len() as u64).unwrap());
            out.extend_from_slice(bytes);
        }
        out.extend(writer.finish().unwrap());
        out
    }

    fn read_all(bytes: &[u8]) -> Result<Vec<Entry>, ZipError> {
        read_entries(bytes.len() as u64, |at, len| bytes[at as usize..(at as usize + len).min(bytes.len())].to_vec())
    }

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc(b"123456789"), 0xCBF4_3926);
        let mut pieces = Crc32::default();
        pieces.update(b"1234");
        pieces.update(b"56789");
        assert_eq!(pieces.finish(), 0xCBF4_3926);
    }

    #[test]
    fn an_archive_reads_back_names_and_bytes() {
        let files: [(&str, &[u8]); 3] =
            [("shouhou-cases.json", b"{\"cases\":[]}"), ("files/f1/拉链.jpg", b"\xFF\xD8jpeg"), ("empty.txt", b"")];
        let bytes = archive(&files);
        let entries = read_all(&bytes).unwrap();
        assert_eq!(entries.len(), 3);
        for (entry, (name, content)) in entries.iter().zip(files) {
            assert_eq!(entry.name, name);
            assert_eq!(&bytes[entry.offset as usize..][..entry.size as usize], content);
            assert_eq!(entry.crc, crc(content));
        }
    }

    #[test]
    fn the_system_unzip_accepts_the_archive() {
        let Ok(status) = std::process::Command::new("unzip").arg("-v").output() else { return };
        if !status.status.success() {
            return;
        }
        let path = std::env::temp_dir().join(format!("shouhou-zip-test-{}.zip", std::process::id()));
        std::fs::write(&path, archive(&[("a.txt", b"hello"), ("files/f1/照片.jpg", b"\xFF\xD8\xFF")])).unwrap();
        let test = std::process::Command::new("unzip").arg("-t").arg(&path).output().unwrap();
        std::fs::remove_file(&path).ok();
        assert!(test.status.success(), "{}", String::from_utf8_lossy(&test.stdout));
    }

    #[test]
    fn text_that_is_not_a_zip_is_refused() {
        assert_eq!(read_all(b"{\"format\":\"shouhou-cases\"}"), Err(ZipError::NotAZip));
        let mut bytes = archive(&[("a.txt", b"hello")]);
        bytes[0] = b'X';
        assert_eq!(read_all(&bytes), Err(ZipError::Damaged { name: "a.txt".into() }));
    }
}
