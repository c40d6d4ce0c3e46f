use super::*;
use crate::demo;
use crate::playbook::{DEFAULT_PLAYBOOK, default_playbook};
use chrono::TimeZone;
use ed25519_dalek::SigningKey;

fn key() -> SealKey {
    SealKey {
        signing: SigningKey::from_bytes(&[3; 32]),
        source: KeySource::KeyFile,
    }
}

fn when() -> (DateTime<Utc>, i32) {
    let at = Utc
        .with_ymd_and_hms(2026, 11, 28, 15, 0, 0)
        .single()
        .unwrap_or_default();
    (at, 60)
}

fn demo_certificate(lang: Lang) -> Result<(Vec<u8>, Seal), CertificateError> {
    let playbook = default_playbook();
    let record = demo::record(&playbook, when().0);
    make(&playbook, DEFAULT_PLAYBOOK, &record, lang, when(), &key())
}

#[test]
fn the_same_record_always_gives_the_same_bytes() -> Result<(), CertificateError> {
    let (a, _) = demo_certificate(Lang::De)?;
    let (b, _) = demo_certificate(Lang::De)?;
    assert!(a.starts_with(b"%PDF-"));
    assert_eq!(a, b);
    Ok(())
}

#[test]
fn a_fresh_certificate_verifies() -> Result<(), CertificateError> {
    let (pdf, seal) = demo_certificate(Lang::En)?;
    match verify(&pdf) {
        Verdict::Valid {
            seal: found,
            pages_checked,
            record,
            ..
        } => {
            assert_eq!(*found, seal);
            assert!(pages_checked);
            assert_eq!(
                record.profile().map(|p| p.practice_name.as_str()),
                Some("Praxis Dr. Beispiel")
            );
        }
        other => panic!("expected valid, got {other:?}"),
    }
    Ok(())
}

#[test]
fn any_changed_byte_or_a_cut_is_caught() -> Result<(), CertificateError> {
    let (pdf, _) = demo_certificate(Lang::De)?;
    let find = |needle: &[u8]| pdf.windows(needle.len()).position(|w| w == needle);
    let record_at = find(b"\"by\":\"Anna Schmidt\"").unwrap_or_default() + 7;
    let seal_at = find(b"\"signature\":\"").unwrap_or_default() + 14;
    for (at, expected) in [
        (record_at, Problem::RecordChanged),
        (seal_at, Problem::BadSignature),
        (pdf.len() / 3, Problem::PagesChanged),
    ] {
        let mut changed = pdf.clone();
        changed[at] = if changed[at] == b'a' { b'b' } else { b'a' };
        match verify(&changed) {
            Verdict::Invalid { problem } => assert_eq!(problem, expected, "byte {at}"),
            other => panic!("byte {at}: expected {expected:?}, got {other:?}"),
        }
    }
    for cut in [pdf.len() - 10, pdf.len() / 2, 100] {
        assert_eq!(verify(&pdf[..cut]).exit_code(), 1, "cut at {cut}");
    }
    Ok(())
}

#[test]
fn other_files_are_not_certificates() {
    assert_eq!(verify(b"\x89PNG\r\n\x1a\n....").exit_code(), 2);
    assert_eq!(
        verify(b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n").exit_code(),
        2
    );
    assert_eq!(verify(b"").exit_code(), 2);
}

#[test]
fn open_tasks_make_an_interim_report() {
    let playbook = default_playbook();
    let record = demo::record(&playbook, when().0);
    assert!(!is_final(&playbook, &record));
}

#[test]
fn file_names_are_plain_and_dated() {
    let tr = Tr::new(Lang::De);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
    assert_eq!(
        file_name(&tr, "Praxis Dr. Müller & Söhne", true, day),
        "Abschlussbescheinigung-Praxis-Dr-Mueller-Soehne-2026-11-28.pdf"
    );
}
