//! `verify` says whose key sealed a record: a record changed and sealed
//! again with a fresh key is unchanged only "since it was sealed with this
//! key", and the check says the key is unknown (issue 17).

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use std::path::Path;

use chrono::{TimeZone, Utc};
use ed25519_dalek::SigningKey;
use passwort_lotse::certificate::{self, KeySource, SealKey};
use passwort_lotse::cli;
use passwort_lotse::i18n::Lang;
use passwort_lotse::playbook::{DEFAULT_PLAYBOOK, default_playbook};
use passwort_lotse::record::EventKind;

fn sealed_with(key: [u8; 32], practice: &str) -> Vec<u8> {
    let playbook = default_playbook();
    let at = Utc
        .with_ymd_and_hms(2026, 11, 28, 15, 0, 0)
        .single()
        .unwrap();
    let mut record = passwort_lotse::demo::record(&playbook, at);
    let mut profile = record.profile().cloned().unwrap();
    practice.clone_into(&mut profile.practice_name);
    record.push(
        at,
        "Anna",
        "PC",
        EventKind::ProfileSaved {
            profile,
            base: None,
        },
    );
    let key = SealKey {
        signing: SigningKey::from_bytes(&key),
        source: KeySource::KeyFile,
    };
    certificate::make(
        &playbook,
        DEFAULT_PLAYBOOK,
        &record,
        Lang::En,
        (at, 60),
        &key,
    )
    .unwrap()
    .0
}

fn fingerprint(key: [u8; 32]) -> String {
    SealKey {
        signing: SigningKey::from_bytes(&key),
        source: KeySource::KeyFile,
    }
    .fingerprint()
}

fn check(data: &Path, pdf: &[u8], keys: &[String]) -> (i32, String) {
    let file = data.join("check.pdf");
    std::fs::write(&file, pdf).unwrap();
    let mut out = Vec::new();
    let code = cli::verify(&common::options(data, Lang::En), &file, keys, &mut out);
    (code, String::from_utf8(out).unwrap())
}

const PRACTICE: [u8; 32] = [7; 32];
const STRANGER: [u8; 32] = [9; 32];

#[test]
fn a_record_sealed_here_is_unchanged_and_sealed_by_this_installation() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("seal-key.bin"), PRACTICE).unwrap();
    let (code, text) = check(
        data.path(),
        &sealed_with(PRACTICE, "Praxis Dr. Müller"),
        &[],
    );
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("this computer's key"), "{text}");
    assert!(text.contains(&fingerprint(PRACTICE)), "{text}");
}

#[test]
fn a_changed_record_sealed_again_with_a_fresh_key_is_reported_as_an_unknown_key() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("seal-key.bin"), PRACTICE).unwrap();
    let forged = sealed_with(STRANGER, "Praxis Dr. Fälscher");
    let (code, text) = check(data.path(), &forged, &[]);
    assert_eq!(code, 3, "unchanged, but by an unknown key: {text}");
    assert!(text.contains("UNKNOWN KEY"), "{text}");
    assert!(
        text.contains(&fingerprint(STRANGER)),
        "the key is named: {text}"
    );
    assert!(
        !text.contains("this computer's key"),
        "nothing claims more than the check does: {text}"
    );
}

#[test]
fn a_key_from_the_key_sheet_or_the_practices_list_counts_as_known() {
    let data = tempfile::tempdir().unwrap();
    let pdf = sealed_with(STRANGER, "Praxis Dr. Müller");
    // No key here at all: a new PC.
    let (code, text) = check(data.path(), &pdf, &[]);
    assert_eq!(code, 3, "{text}");
    let (code, text) = check(data.path(), &pdf, &[fingerprint(STRANGER)]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("the key you gave with --key"), "{text}");
    std::fs::write(
        data.path().join("known-keys.txt"),
        format!("{}  # alter Empfangs-PC\n", fingerprint(STRANGER)),
    )
    .unwrap();
    let (code, text) = check(data.path(), &pdf, &[]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("alter Empfangs-PC"), "{text}");
    let (code, text) = check(data.path(), &pdf, &["kein Schlüssel".into()]);
    assert_eq!(code, 2, "a typo is refused, not ignored: {text}");
}

#[test]
fn checking_a_record_never_makes_a_key() {
    let data = tempfile::tempdir().unwrap();
    let _ = check(data.path(), &sealed_with(STRANGER, "Praxis"), &[]);
    assert!(!data.path().join("seal-key.bin").exists());
}

#[test]
fn the_key_sheet_and_the_certificate_name_the_same_key() {
    let data = tempfile::tempdir().unwrap();
    let options = common::training_options(data.path(), Lang::De);
    let clock = std::sync::Arc::new(common::clock());
    let sheet = data.path().join("Schluesselblatt.pdf");
    let mut out = Vec::new();
    let code = cli::export(
        &options,
        passwort_lotse::session::FileKind::KeySheet,
        &sheet,
        &mut out,
        clock.clone(),
    );
    let said = String::from_utf8(out).unwrap();
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("Schlüsselblatt gespeichert"), "{said}");
    assert!(std::fs::read(&sheet).unwrap().starts_with(b"%PDF-"));
    let key: [u8; 32] = std::fs::read(data.path().join("seal-key.bin"))
        .unwrap()
        .try_into()
        .unwrap();
    let certificate = data.path().join("Protokoll.pdf");
    let mut out = Vec::new();
    let code = cli::export(
        &options,
        passwort_lotse::session::FileKind::Certificate,
        &certificate,
        &mut out,
        clock,
    );
    assert_eq!(code, 0);
    let (code, text) = check(data.path(), &std::fs::read(&certificate).unwrap(), &[]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains(&fingerprint(key)),
        "the sheet's key sealed it: {text}"
    );
}
