//! Copies of photos without the place they were taken: a JPEG's EXIF GPS block is blanked in place (so
//! every other tag, the orientation included, still reads) and XMP packets that mention GPS are left
//! out. The original file is never changed; this makes a copy meant for sharing.

const GPS_IFD_TAG: u16 = 0x8825;
const START_OF_SCAN: u8 = 0xDA;
const APP1: u8 = 0xE1;
const EXIF: &[u8] = b"Exif\0\0";
const XMP: &[u8] = b"http://ns.adobe.com/xap/1.0/\0";

/// A copy of `jpeg` without its location, or `None` when it is not a JPEG or carries no location.
pub fn without_location(jpeg: &[u8]) -> Option<Vec<u8>> {
    if !jpeg.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut out = Vec::with_capacity(jpeg.len());
    out.extend_from_slice(&jpeg[..2]);
    let mut changed = false;
    let mut at = 2;
    while at + 4 <= jpeg.len() && jpeg[at] == 0xFF {
        let marker = jpeg[at + 1];
        if marker == START_OF_SCAN {
            break;
        }
        let end = at + 2 + usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
        let segment = jpeg.get(at..end)?;
        let data = &segment[4..];
        if marker == APP1 && data.starts_with(XMP) && contains(data, b"GPS") {
            changed = true;
        } else if marker == APP1 && data.starts_with(EXIF) {
            let mut copy = segment.to_vec();
            changed |= blank_gps(&mut copy[4 + EXIF.len()..]).is_some();
            out.extend_from_slice(&copy);
        } else {
            out.extend_from_slice(segment);
        }
        at = end;
    }
    out.extend_from_slice(&jpeg[at..]);
    changed.then_some(out)
}

/// Zeroes the GPS IFD of a TIFF block (its entries and the values they point to) and leaves it empty.
/// `None` when there is none or it is empty.
fn blank_gps(tiff: &mut [u8]) -> Option<()> {
    let big_endian = match tiff.get(..2)? {
        b"MM" => true,
        b"II" => false,
        _ => return None,
    };
    let read16 = |bytes: &[u8], at: usize| {
        let pair = [*bytes.get(at)?, *bytes.get(at + 1)?];
        Some(if big_endian { u16::from_be_bytes(pair) } else { u16::from_le_bytes(pair) })
    };
    let read32 = |bytes: &[u8], at: usize| {
        let quad: [u8; 4] = bytes.get(at..at + 4)?.try_into().ok()?;
        Some(if big_endian { u32::from_be_bytes(quad) } else { u32::from_le_bytes(quad) } as usize)
    };
    let first = read32(tiff, 4)?;
    let gps = (0..usize::from(read16(tiff, first)?))
        .map(|index| first + 2 + 12 * index)
        .find(|&entry| read16(tiff, entry) == Some(GPS_IFD_TAG))
        .and_then(|entry| read32(tiff, entry + 8))?;
    let count = usize::from(read16(tiff, gps)?);
    if count == 0 {
        return None;
    }
    for index in 0..count {
        let entry = gps + 2 + 12 * index;
        let kind = read16(tiff, entry + 2)?;
        let unit = match kind {
            1 | 2 | 6 | 7 => 1,
            3 | 8 => 2,
            4 | 9 | 11 => 4,
            _ => 8,
        };
        let len = unit * read32(tiff, entry + 4)?;
        if len > 4 {
            let value = read32(tiff, entry + 8)?;
            tiff.get_mut(value..value + len)?.fill(0);
        }
    }
    // Count 0 and a zero next-IFD offset: an empty IFD.
    tiff.get_mut(gps..gps + 2 + 12 * count + 4)?.fill(0);
    Some(())
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A little-endian EXIF block: IFD0 with the orientation and a GPS pointer; the GPS IFD with the
    /// latitude reference "N" and the latitude as three rationals (31°12'34").
    fn exif_with_gps() -> Vec<u8> {
        let mut tiff = b"II*\0".to_vec();
        tiff.extend(8u32.to_le_bytes());
        // IFD0 at 8: two entries, then the next-IFD offset.
        tiff.extend(2u16.to_le_bytes());
        tiff.extend([0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0]); // orientation = 6
        tiff.extend([0x25, 0x88, 4, 0, 1, 0, 0, 0, 38, 0, 0, 0]); // GPS IFD at 38
        tiff.extend(0u32.to_le_bytes());
        // GPS IFD at 38: two entries; the rationals at 68.
        tiff.extend(2u16.to_le_bytes());
        tiff.extend([1, 0, 2, 0, 2, 0, 0, 0, b'N', 0, 0, 0]);
        tiff.extend([2, 0, 5, 0, 3, 0, 0, 0, 68, 0, 0, 0]);
        tiff.extend(0u32.to_le_bytes());
        for (numerator, denominator) in [(31u32, 1u32), (12, 1), (34, 1)] {
            tiff.extend(numerator.to_le_bytes());
            tiff.extend(denominator.to_le_bytes());
        }
        tiff
    }

    fn jpeg(app1: &[u8]) -> Vec<u8> {
        let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
        out.extend(((app1.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(app1);
        out.extend([0xFF, 0xDA, 0x00, 0x02, 0x12, 0x34, 0xFF, 0xD9]);
        out
    }

    #[test]
    fn the_location_is_blanked_and_the_orientation_kept() {
        let mut app1 = EXIF.to_vec();
        app1.extend(exif_with_gps());
        let original = jpeg(&app1);
        let copy = without_location(&original).expect("a location to remove");
        assert_eq!(copy.len(), original.len());
        let tiff = &copy[4 + 2 + EXIF.len()..];
        assert_eq!(&tiff[10..22], &[0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0], "orientation untouched");
        assert!(tiff[38..92].iter().all(|byte| *byte == 0), "GPS entries and the latitude values are zero");
        assert!(copy.ends_with(&[0xFF, 0xDA, 0x00, 0x02, 0x12, 0x34, 0xFF, 0xD9]), "the image data is untouched");
        assert_eq!(without_location(&copy), None, "a blanked copy has nothing left to remove");
    }

    #[test]
    fn an_xmp_packet_with_gps_is_left_out() {
        let mut app1 = XMP.to_vec();
        app1.extend(b"<x:xmpmeta><rdf:Description exif:GPSLatitude=\"31,12N\"/></x:xmpmeta>");
        let copy = without_location(&jpeg(&app1)).expect("a location to remove");
        assert_eq!(copy, vec![0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0x12, 0x34, 0xFF, 0xD9]);
    }

    #[test]
    fn files_without_a_location_are_not_copied() {
        assert_eq!(without_location(b"%PDF-1.4"), None);
        let mut app1 = EXIF.to_vec();
        let mut tiff = exif_with_gps();
        tiff[22] = 0x10; // the GPS pointer becomes another tag
        app1.extend(tiff);
        assert_eq!(without_location(&jpeg(&app1)), None);
    }
}
