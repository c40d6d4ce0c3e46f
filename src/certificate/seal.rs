//! The seal: a SHA-256 over the record, playbook and rendering inputs, signed
//! with the installation's Ed25519 key, plus the short codes people read out.

use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::i18n::Lang;

/// Marker at the start of the embedded seal file.
pub const SEAL_FORMAT: &str = "passwort-lotse-seal";

/// Where the signing key is kept; the certificate says which.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeySource {
    /// The operating system's credential store.
    CredentialStore,
    /// A key file in the data folder (no credential store available).
    KeyFile,
}

/// Everything needed to check a certificate and to draw it again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seal {
    /// Always [`SEAL_FORMAT`]; also the marker to find the seal in the file.
    pub format: String,
    /// The app version that drew the pages.
    pub app_version: String,
    /// The language of the pages.
    pub lang: Lang,
    /// The document's ID, printed on every page.
    pub document_id: String,
    /// When the certificate was made.
    pub exported_at: DateTime<Utc>,
    /// The UTC offset, in minutes, that times on the pages are shown in.
    pub utc_offset_minutes: i32,
    /// SHA-256 of the embedded record's bytes (hex).
    pub record_sha256: String,
    /// SHA-256 of the embedded playbook's bytes (hex).
    pub playbook_sha256: String,
    /// Where the signing key is kept.
    pub key_source: KeySource,
    /// The Ed25519 public key (hex).
    pub public_key: String,
    /// The Ed25519 signature over [`Seal::message`] (hex).
    pub signature: String,
}

/// Why a seal does not hold.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    /// The public key or signature is not well-formed.
    #[error("the seal is malformed")]
    Malformed,
    /// The signature does not match the seal's contents.
    #[error("the signature does not match")]
    BadSignature,
}

pub use crate::hex::hex;

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

pub use crate::hex::sha256_hex;

/// Crockford's base32 alphabet: no I, L, O or U, so codes read well aloud.
const BASE32: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The first `groups` groups of four base32 characters of a hash, joined by dashes.
fn code(bytes: &[u8], groups: usize) -> String {
    let mut chars = Vec::new();
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            chars.push(BASE32[((buffer >> bits) & 31) as usize] as char);
        }
        if chars.len() >= groups * 4 {
            break;
        }
    }
    chars
        .chunks(4)
        .take(groups)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

impl Seal {
    /// Makes and signs the seal for a record and playbook.
    pub fn sign(
        key: &SigningKey,
        key_source: KeySource,
        lang: Lang,
        (exported_at, utc_offset_minutes): (DateTime<Utc>, i32),
        record: &[u8],
        playbook: &[u8],
    ) -> Seal {
        let record_sha256 = sha256_hex(record);
        let id_hash = Sha256::digest(format!("{record_sha256}\n{}", exported_at.to_rfc3339()));
        let mut seal = Seal {
            format: SEAL_FORMAT.to_owned(),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            lang,
            document_id: format!("PL-{}", code(&id_hash, 3)),
            exported_at,
            utc_offset_minutes,
            record_sha256,
            playbook_sha256: sha256_hex(playbook),
            key_source,
            public_key: hex(key.verifying_key().as_bytes()),
            signature: String::new(),
        };
        seal.signature = hex(&key.sign(seal.message().as_bytes()).to_bytes());
        seal
    }

    /// The exact text that is signed: every field but the signature.
    pub fn message(&self) -> String {
        format!(
            "{SEAL_FORMAT}\nversion {}\nlang {}\nid {}\nexported {}\noffset {}\nrecord {}\nplaybook {}\nkey {:?}\npublic {}\n",
            self.app_version,
            self.lang.code(),
            self.document_id,
            self.exported_at.to_rfc3339(),
            self.utc_offset_minutes,
            self.record_sha256,
            self.playbook_sha256,
            self.key_source,
            self.public_key,
        )
    }

    /// Checks the signature against the seal's own public key.
    pub fn verify_signature(&self) -> Result<(), SealError> {
        let key: [u8; 32] = unhex(&self.public_key)
            .and_then(|k| k.try_into().ok())
            .ok_or(SealError::Malformed)?;
        let signature: [u8; 64] = unhex(&self.signature)
            .and_then(|s| s.try_into().ok())
            .ok_or(SealError::Malformed)?;
        let key = VerifyingKey::from_bytes(&key).map_err(|_| SealError::Malformed)?;
        key.verify(
            self.message().as_bytes(),
            &Signature::from_bytes(&signature),
        )
        .map_err(|_| SealError::BadSignature)
    }

    /// The key's fingerprint, to compare with the installation's.
    pub fn fingerprint(&self) -> String {
        fingerprint_of(&self.public_key)
    }

    /// A short code of the key, to read out with its fingerprint.
    pub fn key_code(&self) -> String {
        key_code_of(&self.public_key)
    }

    /// A short code from the signature to read out on the phone.
    pub fn verification_code(&self) -> String {
        code(&Sha256::digest(self.signature.as_bytes()), 3)
    }

    /// What the QR code carries: document ID, record hash and signature.
    pub fn qr_payload(&self) -> String {
        format!(
            "PL1|{}|{}|{}",
            self.document_id, self.record_sha256, self.signature
        )
    }
}

/// The short code of a hex public key: two groups of four letters and
/// digits from its SHA-256, easy to read out and to compare on paper.
pub fn key_code_of(public_key_hex: &str) -> String {
    code(&Sha256::digest(public_key_hex.as_bytes()), 2)
}

/// The fingerprint of a hex public key: its SHA-256, first 16 bytes, in groups.
pub fn fingerprint_of(public_key_hex: &str) -> String {
    let digest = Sha256::digest(public_key_hex.as_bytes());
    hex(&digest[..16])
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SigningKey {
        SigningKey::from_bytes(&[7; 32])
    }

    fn seal() -> Seal {
        Seal::sign(
            &key(),
            KeySource::KeyFile,
            Lang::De,
            (Utc::now(), 60),
            b"record",
            b"playbook",
        )
    }

    #[test]
    fn a_fresh_seal_verifies() {
        assert_eq!(seal().verify_signature(), Ok(()));
    }

    #[test]
    fn changing_any_signed_field_breaks_the_seal() {
        let good = seal();
        let mut changed = good.clone();
        changed.record_sha256 = sha256_hex(b"other record");
        assert_eq!(changed.verify_signature(), Err(SealError::BadSignature));
        let mut changed = good.clone();
        changed.document_id.push('X');
        assert_eq!(changed.verify_signature(), Err(SealError::BadSignature));
        let mut changed = good;
        changed.signature.replace_range(0..2, "00");
        assert!(changed.verify_signature().is_err());
    }

    #[test]
    fn codes_are_short_and_easy_to_read_aloud() {
        let s = seal();
        let code = s.verification_code();
        assert_eq!(code.len(), 14);
        assert!(!code.contains(['I', 'L', 'O', 'U']));
        assert!(s.document_id.starts_with("PL-"));
        assert_eq!(s.fingerprint().split(' ').count(), 8);
    }
}
