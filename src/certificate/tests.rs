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
    // A byte inside the first stream that is not an attached JSON file: a
    // page's content or a font, both drawn again by verify.
    let page_at = pdf
        .windows(7)
        .enumerate()
        .filter(|(_, w)| *w == b"stream\n")
        .map(|(i, _)| i + 7 + 20)
        .find(|&i| pdf.get(i - 20) != Some(&b'{'))
        .unwrap_or_default();
    for (at, expected) in [
        (record_at, Problem::RecordChanged),
        (seal_at, Problem::BadSignature),
        (page_at, Problem::PagesChanged),
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
        "Abschlussprotokoll-Praxis-Dr-Mueller-Soehne-2026-11-28.pdf"
    );
}

/// The text lines of each page, as drawn.
fn page_texts(record: &crate::record::Record, lang: Lang) -> Vec<Vec<String>> {
    let playbook = default_playbook();
    let seal = Seal::sign(
        &key().signing,
        KeySource::KeyFile,
        lang,
        when(),
        b"record",
        b"playbook",
    );
    content::pages(&playbook, record, &seal)
        .pages
        .into_iter()
        .map(|placed| {
            placed
                .into_iter()
                .filter_map(|p| match p.op {
                    crate::pdf::Op::Text { text, .. } => Some(text),
                    _ => None,
                })
                .collect()
        })
        .collect()
}

/// The training record as a real practice's: the same events, unmarked.
fn as_real(record: &crate::record::Record) -> crate::record::Record {
    use crate::record::EventKind;
    let mut real = crate::record::Record::default();
    for e in record.events() {
        let kind = match &e.kind {
            EventKind::RecordStarted {
                playbook_id,
                playbook_version,
                ..
            } => EventKind::RecordStarted {
                playbook_id: playbook_id.clone(),
                playbook_version: playbook_version.clone(),
                training: false,
            },
            other => other.clone(),
        };
        real.push(e.at, &e.by, &e.workstation, kind);
    }
    real
}

#[test]
fn a_training_certificate_says_training_on_every_page() {
    let playbook = default_playbook();
    // Enough devices for more than one page.
    let mut record = demo::record(&playbook, when().0);
    let mut profile = record.profile().cloned().unwrap_or_default();
    for n in 0..30 {
        profile.add_device(&format!("PC {n}"), crate::profile::DeviceKind::Workstation);
    }
    record.push(
        when().0,
        "Anna",
        "PC",
        crate::record::EventKind::ProfileSaved {
            profile,
            base: None,
        },
    );
    for (lang, word) in [(Lang::De, "ÜBUNG"), (Lang::En, "TRAINING")] {
        let pages = page_texts(&record, lang);
        assert!(pages.len() > 1);
        for (n, page) in pages.iter().enumerate() {
            assert!(page.iter().any(|t| t.starts_with(word)), "page {}", n + 1);
        }
        let real = page_texts(&as_real(&record), lang);
        assert!(real.iter().flatten().all(|t| !t.contains(word)));
    }
}

#[test]
fn every_page_says_what_the_document_is_not_and_nothing_claims_more() {
    let playbook = default_playbook();
    let record = demo::record(&playbook, when().0);
    for lang in [Lang::De, Lang::En] {
        let tr = Tr::new(lang);
        let not = t!(tr, "cert-footer-not");
        let pages = page_texts(&record, lang);
        for (n, page) in pages.iter().enumerate() {
            assert!(page.contains(&not), "page {} lacks: {not}", n + 1);
        }
        // Wrapped lines joined by spaces give the paragraphs back.
        let all = pages.concat().join(" ");
        assert!(all.contains(&t!(tr, "cert-what-it-is")));
        for overreach in [
            "Bescheinigung",
            "certificate",
            "digital versiegelt",
            "Jede Änderung",
            "Any change",
        ] {
            assert!(!all.contains(overreach), "{overreach}");
        }
    }
}

#[test]
fn verify_says_unchanged_since_it_was_made() -> Result<(), CertificateError> {
    let (pdf, _) = demo_certificate(Lang::De)?;
    let lines = crate::certificate::words::verdict(&Tr::new(Lang::De), &verify(&pdf));
    assert_eq!(
        lines.first().map(String::as_str),
        Some(
            "Die Datei ist unverändert, seit sie mit dem Schlüssel unten versiegelt wurde. \
             Wessen Schlüssel das ist, steht am Ende."
        )
    );
    Ok(())
}

#[test]
fn the_english_certificate_names_the_playbooks_sender_in_english() {
    use crate::record::{EventKind, PlaybookOrigin, PlaybookUsed};
    let playbook = default_playbook();
    let mut record = demo::record(&playbook, when().0);
    let used = |provider_en: Option<&str>| {
        EventKind::PlaybookUsed(PlaybookUsed {
            playbook_id: playbook.id.clone(),
            playbook_version: playbook.version.clone(),
            provider: playbook.provider.name.de.clone(),
            provider_en: provider_en.map(str::to_owned),
            sha256: "ab".repeat(32),
            origin: PlaybookOrigin::BuiltIn,
            despite_warning: false,
            confirmed_by: None,
            chosen_by: None,
        })
    };
    record.push(
        when().0,
        "Anna",
        "PC",
        used(Some(&playbook.provider.name.en)),
    );
    let en = page_texts(&record, Lang::En).concat().join(" ");
    assert!(en.contains("\"Your IT support company\""), "{en}");
    assert!(!en.contains("Ihr IT-Dienstleister"));
    let de = page_texts(&record, Lang::De).concat().join(" ");
    assert!(de.contains("„Ihr IT-Dienstleister“"));
    // A record from before the English name was kept shows what it has.
    let mut old = demo::record(&playbook, when().0);
    old.push(when().0, "Anna", "PC", used(None));
    let en = page_texts(&old, Lang::En).concat().join(" ");
    assert!(en.contains("\"Ihr IT-Dienstleister\""));
}

#[test]
fn the_certificate_says_which_playbook_was_followed_and_who_chose_an_unsigned_one()
-> Result<(), CertificateError> {
    use crate::record::{EventKind, PlaybookOrigin, PlaybookUsed};
    let playbook = default_playbook();
    let mut record = demo::record(&playbook, when().0);
    let used = |origin, confirmed_by: Option<&str>| {
        EventKind::PlaybookUsed(PlaybookUsed {
            playbook_id: "pvs-anbieter-ransomware".into(),
            playbook_version: "2026-12-04".into(),
            provider: "MediDat Praxissoftware GmbH".into(),
            provider_en: None,
            sha256: "ab".repeat(32),
            origin,
            despite_warning: confirmed_by.is_some(),
            confirmed_by: confirmed_by.map(str::to_owned),
            chosen_by: None,
        })
    };
    record.push(when().0, "Anna", "PC", used(PlaybookOrigin::BuiltIn, None));
    record.push(
        when().0,
        "Berta",
        "PC",
        used(PlaybookOrigin::Unsigned, Some("Herr Krause")),
    );
    let all = page_texts(&record, Lang::De).concat().join(" ");
    assert!(all.contains("Verwendete Anleitung"));
    assert!(all.contains(&format!("Prüfsumme SHA-256 {}", "ab".repeat(32))));
    assert!(all.contains("Die Anleitung ist in das Programm eingebaut."));
    assert!(all.contains(
        "Die Anleitung war nicht signiert. Ihre Echtheit wurde nicht technisch geprüft. Berta gibt an: Herr Krause vom IT-Dienstleister hat sie am Telefon bestätigt. Das Programm konnte das nicht prüfen."
    ));
    // Chosen by Carla while the record could not be written; Anna's change
    // wrote it down later.
    let mut later = used(PlaybookOrigin::NotConfirmed, Some("Frau Weiß"));
    if let EventKind::PlaybookUsed(u) = &mut later {
        u.chosen_by = Some("Carla".into());
    }
    record.push(when().0, "Anna", "PC", later);
    let all = page_texts(&record, Lang::De).concat().join(" ");
    assert!(
        all.contains("Carla gibt an: Frau Weiß vom IT-Dienstleister hat sie am Telefon bestätigt.")
    );
    assert!(all.contains("Carla hat entschieden, sie zu verwenden."));
    assert!(!all.contains("Anna gibt an"));
    // The part is drawn from the record alone, so the seal still checks.
    let (pdf, _) = make(
        &playbook,
        DEFAULT_PLAYBOOK,
        &record,
        Lang::De,
        when(),
        &key(),
    )?;
    assert!(matches!(verify(&pdf), Verdict::Valid { .. }));
    Ok(())
}
