//! A certificate checked with `passwort-lotse verify FILE`: arbitrary bytes
//! into `certificate::verify`, the verdict put into words, and for a valid
//! one whose key sealed it, as `cli/verify.rs` does.

#![no_main]

use ed25519_dalek::SigningKey;
use libfuzzer_sys::fuzz_target;
use passwort_lotse::certificate::{KeySource, KnownKeys, SealKey, Verdict};
use passwort_lotse::i18n::{Lang, Tr};

thread_local! {
    static TR: Tr = Tr::new(Lang::De);
}

fuzz_target!(|data: &[u8]| {
    let verdict = passwort_lotse::certificate::verify(data);
    let _ = verdict.exit_code();
    TR.with(|tr| {
        let _ = passwort_lotse::certificate::words::verdict(tr, &verdict);
        if let Verdict::Valid { seal, .. } = &verdict {
            // The seed certificates are sealed with this key.
            let own = SealKey {
                signing: SigningKey::from_bytes(&[3; 32]),
                source: KeySource::KeyFile,
            };
            let known = KnownKeys {
                own: Some(own.fingerprint()),
                listed: vec![(
                    "0123 4567 89ab cdef 0123 4567 89ab cdef".into(),
                    "alt".into(),
                )],
                given: Vec::new(),
            };
            let by = known.sealed_by(seal);
            let _ = passwort_lotse::certificate::words::sealed_by(tr, &by);
        }
    });
});
