//! Checks a certificate: the seal's signature, the embedded record and
//! playbook against their hashes, and the visible pages by drawing them again
//! from the embedded record and comparing byte for byte.

use std::path::Path;

use serde::de::IgnoredAny;

use super::seal::{SEAL_FORMAT, Seal, sha256_hex};
use super::{EmbeddedPlaybook, PLAYBOOK_FORMAT, render};
use crate::playbook::{self, Playbook};
use crate::record::{Record, decode};

/// Why a certificate does not hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file ends early.
    Truncated,
    /// The seal is unreadable.
    SealDamaged,
    /// The signature does not match the seal.
    BadSignature,
    /// The embedded record is missing, changed or damaged.
    RecordChanged,
    /// The embedded playbook is missing, changed or damaged.
    PlaybookChanged,
    /// The visible pages differ from what the embedded record gives.
    PagesChanged,
}

/// The outcome of checking a file.
#[derive(Debug)]
pub enum Verdict {
    /// The seal holds.
    Valid {
        /// The seal.
        seal: Box<Seal>,
        /// The embedded record.
        record: Box<Record>,
        /// The embedded playbook.
        playbook: Box<Playbook>,
        /// Whether the pages were drawn again and matched; `false` when the
        /// certificate comes from another app version.
        pages_checked: bool,
    },
    /// A certificate of this app that was changed or damaged.
    Invalid {
        /// What is wrong.
        problem: Problem,
    },
    /// Not a certificate of this app at all.
    NotACertificate,
}

impl Verdict {
    /// The process exit code: 0 valid, 1 invalid, 2 not a certificate.
    pub fn exit_code(&self) -> i32 {
        match self {
            Verdict::Valid { .. } => 0,
            Verdict::Invalid { .. } => 1,
            Verdict::NotACertificate => 2,
        }
    }
}

/// The JSON document that starts at the first `{"format":"<format>"` in the
/// file, as its exact bytes. `None` when absent; `Some(Err)` when it is there
/// but cut off or broken.
fn embedded<'a>(bytes: &'a [u8], format: &str) -> Option<Result<&'a [u8], ()>> {
    let marker = format!("{{\"format\":\"{format}\"");
    let start = bytes
        .windows(marker.len())
        .position(|w| w == marker.as_bytes())?;
    let rest = &bytes[start..];
    let mut stream = serde_json::Deserializer::from_slice(rest).into_iter::<IgnoredAny>();
    Some(match stream.next() {
        Some(Ok(_)) => Ok(&rest[..stream.byte_offset()]),
        _ => Err(()),
    })
}

fn ends_like_a_pdf(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(64)..];
    tail.windows(5).any(|w| w == b"%%EOF")
}

/// Checks a certificate's bytes.
pub fn verify(bytes: &[u8]) -> Verdict {
    let invalid = |problem| Verdict::Invalid { problem };
    if !bytes.starts_with(b"%PDF-") {
        return Verdict::NotACertificate;
    }
    let seal_bytes = match embedded(bytes, SEAL_FORMAT) {
        None if !ends_like_a_pdf(bytes) => return invalid(Problem::Truncated),
        None => return Verdict::NotACertificate,
        Some(Err(())) => return invalid(Problem::SealDamaged),
        Some(Ok(b)) => b,
    };
    if !ends_like_a_pdf(bytes) {
        return invalid(Problem::Truncated);
    }
    let Ok(seal) = serde_json::from_slice::<Seal>(seal_bytes) else {
        return invalid(Problem::SealDamaged);
    };
    if seal.verify_signature().is_err() {
        return invalid(Problem::BadSignature);
    }
    let Some(Ok(record_bytes)) = embedded(bytes, crate::record::RECORD_FORMAT) else {
        return invalid(Problem::RecordChanged);
    };
    if sha256_hex(record_bytes) != seal.record_sha256 {
        return invalid(Problem::RecordChanged);
    }
    let Ok(record) = decode(record_bytes) else {
        return invalid(Problem::RecordChanged);
    };
    let Some(Ok(playbook_bytes)) = embedded(bytes, PLAYBOOK_FORMAT) else {
        return invalid(Problem::PlaybookChanged);
    };
    if sha256_hex(playbook_bytes) != seal.playbook_sha256 {
        return invalid(Problem::PlaybookChanged);
    }
    let Ok(embedded_playbook) = serde_json::from_slice::<EmbeddedPlaybook>(playbook_bytes) else {
        return invalid(Problem::PlaybookChanged);
    };
    let Ok(playbook) = playbook::parse(&embedded_playbook.source, Path::new("playbook.json"))
    else {
        return invalid(Problem::PlaybookChanged);
    };
    let same_version = seal.app_version == env!("CARGO_PKG_VERSION");
    if same_version {
        let again = render(
            &playbook,
            &record,
            &seal,
            record_bytes.to_vec(),
            playbook_bytes.to_vec(),
        );
        if again.ok().as_deref() != Some(bytes) {
            return invalid(Problem::PagesChanged);
        }
    }
    Verdict::Valid {
        seal: Box::new(seal),
        record: Box::new(record),
        playbook: Box::new(playbook),
        pages_checked: same_version,
    }
}
