//! Which key sealed a record, and whether the practice knows it. The seal
//! proves only that the record is unchanged since it was sealed with the
//! key inside the file; anyone can make a key. What makes it the practice's
//! record is that the key is one the practice knows: this installation's,
//! one it listed as its own (an old PC, another workstation), or the one
//! printed on its key sheet and given on the command line.

use std::path::Path;

use super::seal::Seal;
use crate::disk::Disk;

/// The file in the data folder that lists the practice's other keys: one
/// fingerprint per line, a label after `#`.
pub const KNOWN_KEYS_FILE: &str = "known-keys.txt";

/// Who the key that sealed a record belongs to, as far as this computer knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealedBy {
    /// This installation's own key.
    ThisInstallation,
    /// A key the practice listed as its own, with the label it gave.
    Listed(String),
    /// The key given on the command line (from the key sheet).
    Given,
    /// A key nobody here knows.
    Unknown,
}

/// The keys a check of a record compares with.
#[derive(Clone, Debug, Default)]
pub struct KnownKeys {
    /// This installation's fingerprint, if it has a key yet.
    pub own: Option<String>,
    /// Fingerprints the practice listed, with their labels.
    pub listed: Vec<(String, String)>,
    /// Fingerprints given for this check.
    pub given: Vec<String>,
}

impl KnownKeys {
    /// Whose key sealed this record.
    pub fn sealed_by(&self, seal: &Seal) -> SealedBy {
        let key = plain(&seal.fingerprint());
        if self.own.as_deref().is_some_and(|own| plain(own) == key) {
            SealedBy::ThisInstallation
        } else if let Some((_, label)) = self.listed.iter().find(|(f, _)| plain(f) == key) {
            SealedBy::Listed(label.clone())
        } else if self.given.iter().any(|g| plain(g) == key) {
            SealedBy::Given
        } else {
            SealedBy::Unknown
        }
    }

    /// The practice's list of its other keys from the data folder; a list
    /// that is not there is empty. A line that is no fingerprint is skipped
    /// (and named in the log), so a typo never makes a key known.
    pub fn listed_in(disk: &dyn Disk, data_dir: &Path) -> std::io::Result<Vec<(String, String)>> {
        let path = data_dir.join(KNOWN_KEYS_FILE);
        let text = match disk.read(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        Ok(parse_list(&text))
    }
}

/// The lines of a known-keys list that hold a fingerprint.
pub fn parse_list(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|line| {
            let (key, label) = line.split_once('#').unwrap_or((line, ""));
            if key.trim().is_empty() {
                return None;
            }
            if !is_fingerprint(key) {
                tracing::warn!(line = line.trim(), "not a fingerprint in the known keys");
                return None;
            }
            Some((key.trim().to_owned(), label.trim().to_owned()))
        })
        .collect()
}

/// Whether a text is a key fingerprint: 32 hexadecimal digits, spaces
/// and dashes allowed between them, as printed on the key sheet.
pub fn is_fingerprint(text: &str) -> bool {
    let digits = plain(text);
    digits.len() == 32
        && digits.chars().all(|c| c.is_ascii_hexdigit())
        && text
            .chars()
            .all(|c| c.is_ascii_hexdigit() || c == ' ' || c == '-')
}

/// A fingerprint without spaces or dashes, in small letters.
fn plain(fingerprint: &str) -> String {
    fingerprint
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_keeps_fingerprints_with_their_labels_and_skips_the_rest() {
        let list = parse_list(
            "# Schlüssel der Praxis\n\
             0123 4567 89ab cdef 0123 4567 89ab cdef  # alter Empfangs-PC\n\
             kein Schlüssel\n\
             0123456789ABCDEF0123456789ABCDEF\n",
        );
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].1, "alter Empfangs-PC");
        assert!(is_fingerprint("0123-4567-89ab-cdef-0123-4567-89ab-cdef"));
        assert!(!is_fingerprint("0123 4567"));
        assert!(!is_fingerprint("0123 4567 89ab cdef 0123 4567 89ab cdeg"));
    }
}
