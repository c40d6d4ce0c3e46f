//! For tests: the text of a PDF as a reader program sees it, with every
//! compressed stream unpacked, so tests can look for structure and metadata.

use std::io::Read;

/// The file's bytes as text, followed by every Flate stream unpacked.
pub fn unpacked(pdf: &[u8]) -> String {
    let mut text = String::from_utf8_lossy(pdf).into_owned();
    let mut rest = pdf;
    while let Some(start) = find(rest, b"stream") {
        let mut body = &rest[start + b"stream".len()..];
        if body.starts_with(b"\r\n") {
            body = &body[2..];
        } else if body.starts_with(b"\n") {
            body = &body[1..];
        }
        let Some(end) = find(body, b"endstream") else {
            break;
        };
        let mut inflated = Vec::new();
        if flate2::read::ZlibDecoder::new(&body[..end])
            .read_to_end(&mut inflated)
            .is_ok()
        {
            text.push_str(&String::from_utf8_lossy(&inflated));
        }
        rest = &body[end..];
    }
    text
}

/// A text as a PDF writes it in a hex string: UTF-16, big-endian, with a BOM.
fn utf16_hex(text: &str) -> String {
    use std::fmt::Write;
    let mut hex = String::from("feff");
    for unit in text.encode_utf16() {
        let _ = write!(hex, "{unit:04x}");
    }
    hex
}

/// Whether a PDF holds a text string, written plainly or in UTF-16.
pub fn holds_text(unpacked: &str, text: &str) -> bool {
    unpacked.contains(&format!("({text})")) || unpacked.contains(&utf16_hex(text))
}

/// Whether a PDF has a structure element of this type (`H1`, `Figure`, …).
pub fn has_element(unpacked: &str, kind: &str) -> bool {
    unpacked.contains(&format!("/S /{kind}")) || unpacked.contains(&format!("/S/{kind}"))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
