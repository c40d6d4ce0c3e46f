//! `passwort-lotse verify`: whether a record PDF is unchanged, and whose
//! key sealed it.

use std::io::Write;
use std::path::Path;

use crate::certificate::{KnownKeys, SealedBy, Verdict};
use crate::i18n::{Lang, Tr};
use crate::session::Options;
use crate::t;

/// Unchanged, but sealed by a key nobody here knows.
pub const EXIT_UNKNOWN_KEY: i32 = 3;

/// Checks a certificate file and prints what it found. Returns the exit
/// code: 0 unchanged and sealed by a known key, 3 unchanged but sealed by
/// an unknown key, 1 changed or damaged, 2 not a record of this app.
pub fn verify(options: &Options, file: &Path, keys: &[String], out: &mut dyn Write) -> i32 {
    let tr = Tr::new(options.lang.unwrap_or_else(Lang::from_system));
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            let _ = writeln!(
                out,
                "{}",
                t!(tr, "verify-unreadable", error = e.to_string())
            );
            return 2;
        }
    };
    if let Some(bad) = keys
        .iter()
        .find(|k| !crate::certificate::trust::is_fingerprint(k))
    {
        let _ = writeln!(
            out,
            "{}",
            t!(tr, "verify-key-not-a-fingerprint", key = bad.clone())
        );
        return 2;
    }
    let verdict = crate::certificate::verify(&bytes);
    for line in crate::certificate::words::verdict(&tr, &verdict) {
        let _ = writeln!(out, "{line}");
    }
    let Verdict::Valid { seal, .. } = &verdict else {
        return verdict.exit_code();
    };
    let known = known_keys(options, keys, &tr, out);
    let sealed_by = known.sealed_by(seal);
    let _ = writeln!(
        out,
        "{}",
        crate::certificate::words::sealed_by(&tr, &sealed_by)
    );
    match sealed_by {
        SealedBy::Unknown => EXIT_UNKNOWN_KEY,
        _ => verdict.exit_code(),
    }
}

/// The keys this computer knows. One that cannot be read is said, and
/// counts as not known: the check then claims less, never more.
fn known_keys(options: &Options, given: &[String], tr: &Tr, out: &mut dyn Write) -> KnownKeys {
    let disk = options.disk();
    let own = crate::certificate::key::existing(
        options.credential_store.as_ref(),
        &options.data_dir,
        disk.as_ref(),
    );
    let own = match own {
        Ok(key) => key.map(|k| k.fingerprint()),
        Err(e) => {
            tracing::warn!(error = %e, "this installation's key cannot be read");
            let _ = writeln!(out, "{}", t!(tr, "verify-own-key-unreadable"));
            None
        }
    };
    let listed = match KnownKeys::listed_in(disk.as_ref(), &options.data_dir) {
        Ok(listed) => listed,
        Err(e) => {
            tracing::warn!(error = %e, "the list of known keys cannot be read");
            let _ = writeln!(out, "{}", t!(tr, "verify-known-keys-unreadable"));
            Vec::new()
        }
    };
    KnownKeys {
        own,
        listed,
        given: given.to_vec(),
    }
}
