//! Who vouches for a playbook file. After a breach, e-mails with "new
//! instructions from your software provider" are an attacker's next step,
//! so a file from outside is trusted only when a provider key the IT
//! company installed on this computer signed it. Signatures are minisign's
//! (`FILE.ron.minisig` beside the file): a provider signs with a tool that
//! already exists, and the app only verifies.

use std::path::{Path, PathBuf};

use minisign_verify::{PublicKey, Signature};

use crate::record::PlaybookOrigin;

/// Provider keys built into the app, as (name, minisign public key in
/// base64). Empty: a practice trusts the keys its IT company installs.
pub const BUILT_IN_KEYS: &[(&str, &str)] = &[];

/// The extension of a trusted key file in the folder of trusted keys,
/// as `minisign -G` writes it.
pub const KEY_EXTENSION: &str = "pub";

/// The signature file that belongs beside a playbook file.
pub fn signature_path(playbook: &Path) -> PathBuf {
    let mut name = playbook.as_os_str().to_owned();
    name.push(".minisig");
    PathBuf::from(name)
}

/// The folder the IT company puts trusted provider keys in when it sets the
/// app up: a system folder, so only an administrator can add a key.
pub fn trusted_keys_dir() -> PathBuf {
    if cfg!(windows) {
        let base = std::env::var_os("ProgramData")
            .map_or_else(|| PathBuf::from(r"C:\ProgramData"), PathBuf::from);
        base.join("Passwort-Lotse").join("trusted-keys")
    } else if cfg!(target_os = "macos") {
        PathBuf::from("/Library/Application Support/Passwort-Lotse/trusted-keys")
    } else {
        PathBuf::from("/etc/passwort-lotse/trusted-keys")
    }
}

/// A provider key this computer trusts.
pub struct TrustedKey {
    /// What the key is called: its file name without `.pub`.
    pub name: String,
    key: PublicKey,
}

impl TrustedKey {
    /// A key from the text of a `.pub` file as minisign writes it, or from
    /// the bare base64 key; `None` when it is neither.
    pub fn parse(name: &str, text: &str) -> Option<TrustedKey> {
        let text = text.trim();
        let key = PublicKey::decode(text)
            .or_else(|_| PublicKey::from_base64(text))
            .ok()?;
        Some(TrustedKey {
            name: name.to_owned(),
            key,
        })
    }
}

/// The built-in keys and those given as (file name, text) from the folder
/// of trusted keys. A file that holds no key is skipped and named in the
/// log: it can never make a playbook trusted.
pub fn trusted_keys(files: &[(String, String)]) -> Vec<TrustedKey> {
    let built_in = BUILT_IN_KEYS
        .iter()
        .filter_map(|(name, key)| TrustedKey::parse(name, key));
    let installed = files.iter().filter_map(|(file, text)| {
        let name = file
            .strip_suffix(KEY_EXTENSION)
            .and_then(|n| n.strip_suffix('.'))
            .unwrap_or(file);
        let key = TrustedKey::parse(name, text);
        if key.is_none() {
            tracing::warn!(file = %file, "not a minisign public key; ignored");
        }
        key
    });
    built_in.chain(installed).collect()
}

/// The signature file beside a playbook, as far as it could be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignatureFile {
    /// There is none: the playbook is unsigned.
    Missing,
    /// There is one, but it cannot be read (permission, an I/O error): the
    /// playbook has a signature that nobody can confirm, which is not the
    /// same as having none.
    Unreadable,
    /// Its text.
    Text(String),
}

impl SignatureFile {
    /// The signature file beside this playbook.
    pub fn beside(disk: &dyn crate::disk::Disk, playbook: &Path) -> SignatureFile {
        let path = signature_path(playbook);
        match disk.read(&path) {
            Ok(bytes) => SignatureFile::Text(String::from_utf8_lossy(&bytes).into_owned()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => SignatureFile::Missing,
            Err(e) => {
                tracing::warn!(file = %path.display(), error = %e, "playbook signature unreadable");
                SignatureFile::Unreadable
            }
        }
    }
}

/// Who vouches for a playbook file's bytes, given the signature file
/// beside it.
pub fn check(bytes: &[u8], signature: &SignatureFile, keys: &[TrustedKey]) -> PlaybookOrigin {
    let signature = match signature {
        SignatureFile::Missing => return PlaybookOrigin::Unsigned,
        SignatureFile::Unreadable => return PlaybookOrigin::NotConfirmed,
        SignatureFile::Text(text) => text,
    };
    let Ok(signature) = Signature::decode(signature) else {
        return PlaybookOrigin::NotConfirmed;
    };
    // Legacy (not prehashed) signatures are accepted as minisign 0.11 does.
    match keys
        .iter()
        .find(|k| k.key.verify(bytes, &signature, true).is_ok())
    {
        Some(key) => PlaybookOrigin::Signed {
            signer: key.name.clone(),
        },
        None => PlaybookOrigin::NotConfirmed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A playbook file, its signature and the public key, all made with
    /// the minisign 0.11 command line (tests/fixtures/signed/make.sh).
    const PLAYBOOK: &[u8] = include_bytes!("../../tests/fixtures/signed/small.ron");
    const SIGNATURE: &str = include_str!("../../tests/fixtures/signed/small.ron.minisig");
    const PROVIDER_KEY: &str = include_str!("../../tests/fixtures/signed/provider.pub");
    const OTHER_KEY: &str = include_str!("../../tests/fixtures/signed/other.pub");
    const OTHER_SIGNATURE: &str =
        include_str!("../../tests/fixtures/signed/small.ron.other.minisig");

    fn text(signature: &str) -> SignatureFile {
        SignatureFile::Text(signature.to_owned())
    }

    fn keys(files: &[(&str, &str)]) -> Vec<TrustedKey> {
        let files: Vec<(String, String)> = files
            .iter()
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
            .collect();
        trusted_keys(&files)
    }

    #[test]
    fn a_file_signed_by_an_installed_key_names_its_signer() {
        let keys = keys(&[
            ("other.pub", OTHER_KEY),
            ("Praxis-IT Meyer.pub", PROVIDER_KEY),
        ]);
        assert_eq!(
            check(PLAYBOOK, &text(SIGNATURE), &keys),
            PlaybookOrigin::Signed {
                signer: "Praxis-IT Meyer".into()
            }
        );
    }

    #[test]
    fn one_byte_changed_after_signing_is_not_confirmed() {
        let keys = keys(&[("provider.pub", PROVIDER_KEY)]);
        let mut changed = PLAYBOOK.to_vec();
        let last = changed.len() - 2;
        changed[last] ^= 0x01;
        assert_eq!(
            check(&changed, &text(SIGNATURE), &keys),
            PlaybookOrigin::NotConfirmed
        );
    }

    #[test]
    fn a_signature_by_a_key_not_installed_is_not_confirmed() {
        let keys = keys(&[("provider.pub", PROVIDER_KEY)]);
        assert_eq!(
            check(PLAYBOOK, &text(OTHER_SIGNATURE), &keys),
            PlaybookOrigin::NotConfirmed
        );
    }

    #[test]
    fn without_installed_keys_nothing_is_trusted() {
        // The built-in list is empty: only the IT company's keys count.
        assert!(BUILT_IN_KEYS.is_empty());
        assert_eq!(
            check(PLAYBOOK, &text(SIGNATURE), &keys(&[])),
            PlaybookOrigin::NotConfirmed
        );
        assert_eq!(
            check(PLAYBOOK, &SignatureFile::Missing, &keys(&[])),
            PlaybookOrigin::Unsigned
        );
    }

    #[test]
    fn a_file_that_is_no_key_or_no_signature_trusts_nothing() {
        let keys = keys(&[
            ("notes.pub", "call Meyer at 0301234"),
            ("p.pub", PROVIDER_KEY),
        ]);
        assert_eq!(keys.len(), 1, "the note is no key");
        assert_eq!(
            check(PLAYBOOK, &text("untrusted comment: x\nnot base64\n"), &keys),
            PlaybookOrigin::NotConfirmed
        );
    }

    #[test]
    fn the_signature_sits_beside_the_playbook() {
        assert_eq!(
            signature_path(Path::new("/tmp/anleitung.ron")),
            PathBuf::from("/tmp/anleitung.ron.minisig")
        );
    }

    #[test]
    fn a_signature_that_cannot_be_read_is_not_taken_for_no_signature() {
        use crate::disk::{Fault, Faulty, Op};
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let playbook = dir.path().join("anleitung.ron");
        let disk = Faulty::new();
        assert_eq!(
            SignatureFile::beside(&disk, &playbook),
            SignatureFile::Missing
        );
        std::fs::write(signature_path(&playbook), SIGNATURE).unwrap_or_else(|e| panic!("{e}"));
        disk.fail(Op::Read, 1, Fault::PermissionDenied);
        let unreadable = SignatureFile::beside(&disk, &playbook);
        assert_eq!(unreadable, SignatureFile::Unreadable);
        let keys = keys(&[("Praxis-IT Meyer.pub", PROVIDER_KEY)]);
        assert_eq!(
            check(PLAYBOOK, &unreadable, &keys),
            PlaybookOrigin::NotConfirmed
        );
    }
}
