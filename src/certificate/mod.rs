//! The completion certificate: a PDF/A document of the record, with the
//! record embedded and sealed so anyone can check later that nothing changed.

mod content;
mod facts;
pub mod key;
pub mod key_sheet;
mod origin;
pub mod seal;
pub mod trust;
mod verify;
pub mod words;

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use content::is_final;
pub use key::{SealKey, load_or_create, platform_store};
pub use seal::{KeySource, Seal};
pub use trust::{KnownKeys, SealedBy};
pub use verify::{Problem, Verdict, verify};

use crate::i18n::{Lang, Tr};
use crate::playbook::Playbook;
use crate::record::{Record, encode};
use crate::t;

/// Marker at the start of the embedded playbook file.
pub const PLAYBOOK_FORMAT: &str = "passwort-lotse-playbook";

/// Why a certificate could not be made or written.
#[derive(Debug, thiserror::Error)]
pub enum CertificateError {
    /// The PDF could not be produced (e.g. a character missing from the font).
    #[error("the PDF could not be made: {0}")]
    Pdf(#[from] crate::pdf::PdfError),
    /// The record could not be encoded.
    #[error("the record could not be encoded: {0}")]
    Encode(#[from] serde_json::Error),
    /// The file could not be written.
    #[error("{path}: {source}")]
    Write {
        /// The file.
        path: std::path::PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
}

/// The playbook as attached to the certificate: its source text in JSON.
#[derive(Serialize, Deserialize)]
pub struct EmbeddedPlaybook {
    /// Always [`PLAYBOOK_FORMAT`].
    pub format: String,
    /// The playbook file's text.
    pub source: String,
}

/// Makes the certificate for a record: seals it and draws the PDF.
pub fn make(
    playbook: &Playbook,
    playbook_source: &str,
    record: &Record,
    lang: Lang,
    (exported_at, utc_offset_minutes): (DateTime<Utc>, i32),
    key: &SealKey,
) -> Result<(Vec<u8>, Seal), CertificateError> {
    let mut record_bytes = encode(record)?;
    // Embedded as one JSON value with nothing after it, so verification
    // finds exactly the bytes that were hashed.
    while record_bytes.last().is_some_and(u8::is_ascii_whitespace) {
        record_bytes.pop();
    }
    let playbook_bytes = serde_json::to_vec(&EmbeddedPlaybook {
        format: PLAYBOOK_FORMAT.to_owned(),
        source: playbook_source.to_owned(),
    })?;
    let seal = Seal::sign(
        &key.signing,
        key.source,
        lang,
        (exported_at, utc_offset_minutes),
        &record_bytes,
        &playbook_bytes,
    );
    let pdf = render(playbook, record, &seal, record_bytes, playbook_bytes)?;
    Ok((pdf, seal))
}

/// Draws the PDF for a sealed record; the same inputs always give the same bytes.
pub fn render(
    playbook: &Playbook,
    record: &Record,
    seal: &Seal,
    record_bytes: Vec<u8>,
    playbook_bytes: Vec<u8>,
) -> Result<Vec<u8>, CertificateError> {
    let tr = Tr::new(seal.lang);
    let document = content::pages(playbook, record, seal);
    let title = if is_final(playbook, record) {
        t!(tr, "cert-title-final")
    } else {
        t!(tr, "cert-title-interim")
    };
    let attachments = vec![
        crate::pdf::Attachment {
            name: "record.json",
            description: t!(tr, "cert-attachment-record"),
            bytes: record_bytes,
        },
        crate::pdf::Attachment {
            name: "playbook.json",
            description: t!(tr, "cert-attachment-playbook"),
            bytes: playbook_bytes,
        },
        crate::pdf::Attachment {
            name: "seal.json",
            description: t!(tr, "cert-attachment-seal"),
            bytes: serde_json::to_vec(seal)?,
        },
    ];
    let info = crate::pdf::Info {
        title,
        creator: format!("Passwort-Lotse {}", seal.app_version),
        lang: seal.lang,
        document_id: seal.document_id.clone(),
        made: seal.exported_at,
    };
    Ok(crate::pdf::write(&document, &info, attachments)?)
}

/// Writes a certificate file so that a crash leaves no half-written PDF.
pub fn write_file(
    disk: &dyn crate::disk::Disk,
    path: &Path,
    pdf: &[u8],
) -> Result<(), CertificateError> {
    crate::disk::write_atomic(disk, path, pdf).map_err(|source| CertificateError::Write {
        path: path.to_owned(),
        source,
    })
}

/// A file name for the certificate: "Zwischenstand-Praxis-Dr-Mueller-2026-11-28.pdf".
pub fn file_name(tr: &Tr, practice: &str, final_: bool, day: chrono::NaiveDate) -> String {
    let kind = if final_ {
        t!(tr, "cert-title-final")
    } else {
        t!(tr, "cert-title-interim")
    };
    crate::files::document_name(&kind, practice, day)
}

#[cfg(test)]
mod tests;
