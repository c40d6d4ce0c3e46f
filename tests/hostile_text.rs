//! Whatever staff type (emoji, other scripts, combining marks, invisible or
//! control characters, a pasted wall of text) still gives a valid
//! certificate and checklist (review B17).

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

use chrono::{NaiveDate, TimeZone, Utc};
use ed25519_dalek::SigningKey;
use passwort_lotse::certificate::{self, KeySource, SealKey, Verdict};
use passwort_lotse::i18n::Lang;
use passwort_lotse::playbook::{DEFAULT_PLAYBOOK, default_playbook};
use passwort_lotse::record::{
    EventKind, IncidentFacts, Mark, PatientsDecision, Record, ReportDecision,
};

/// Text people type or paste, each once in every field that reaches a page.
pub const HOSTILE: &[&str] = &[
    "Praxis 😷 Dr. Ünal",
    "👨‍👩‍👧 Familie",
    "李小龙诊所",
    "محمد الأحمد",
    "Αλεξάνδρα Παπαδοπούλου",
    "Z̷̢a̸l̶g̵o̴ Praxis",
    "Tab\tund\nneue Zeile\r",
    "Null\u{0}Byte\u{7}",
    "un\u{200B}sicht\u{200D}bar\u{FEFF}",
    "\u{202E}gnuhcsiM",
    "𝕳𝖆𝖚𝖘𝖆𝖗𝖟𝖙",
    "\u{E000}\u{FFFF}",
];

fn long_texts() -> Vec<String> {
    vec!["A".repeat(10_000), "Wort ".repeat(2_000)]
}

fn record_with(text: &str) -> Record {
    let playbook = default_playbook();
    let at = Utc
        .with_ymd_and_hms(2026, 11, 28, 9, 0, 0)
        .single()
        .unwrap();
    let mut record = passwort_lotse::demo::record(&playbook, at);
    let mut profile = record.profile().cloned().unwrap_or_default();
    text.clone_into(&mut profile.practice_name);
    text.clone_into(&mut profile.city);
    text.clone_into(&mut profile.it_contact);
    text.clone_into(&mut profile.pvs);
    profile.add_person(text);
    profile.add_device(text, passwort_lotse::profile::DeviceKind::Workstation);
    record.push(
        at,
        text,
        text,
        EventKind::ProfileSaved {
            profile,
            base: None,
        },
    );
    let day = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let facts = IncidentFacts {
        learned_at: Some(at),
        learned_how: text.to_owned(),
        report: ReportDecision::Reported {
            on: day,
            authority: text.to_owned(),
            reference: text.to_owned(),
        },
        patients: PatientsDecision::NotInformed {
            reason: text.to_owned(),
        },
        ..IncidentFacts::default()
    };
    record.push(at, text, text, EventKind::FactsSaved { facts, base: None });
    let plan = passwort_lotse::plan::Plan::of_record(&playbook, &record);
    for task in &plan.tasks {
        record.push(
            at,
            text,
            text,
            EventKind::TaskMarked {
                task: task.id.clone(),
                mark: Mark::NotApplicable,
                reason: Some(text.to_owned()),
            },
        );
    }
    record.push(
        at,
        text,
        text,
        EventKind::SignedOff {
            name: text.to_owned(),
            role: text.to_owned(),
        },
    );
    record
}

/// Each text once, in one of the two languages in turn: both languages
/// meet every kind of text, and the test stays quick.
#[test]
fn hostile_text_still_gives_a_valid_certificate_and_checklist() {
    let playbook = default_playbook();
    let key = SealKey {
        signing: SigningKey::from_bytes(&[3; 32]),
        source: KeySource::KeyFile,
    };
    let at = Utc
        .with_ymd_and_hms(2026, 11, 28, 15, 0, 0)
        .single()
        .unwrap();
    let texts: Vec<String> = HOSTILE
        .iter()
        .map(|s| (*s).to_owned())
        .chain(long_texts())
        .collect();
    let mut failed = Vec::new();
    for (n, text) in texts.iter().enumerate() {
        let record = record_with(text);
        let lang = if n % 2 == 0 { Lang::De } else { Lang::En };
        match certificate::make(&playbook, DEFAULT_PLAYBOOK, &record, lang, (at, 60), &key) {
            Ok((pdf, _)) => {
                if !matches!(certificate::verify(&pdf), Verdict::Valid { .. }) {
                    failed.push(format!("certificate does not verify: {text:.40?}"));
                }
            }
            Err(e) => failed.push(format!("certificate {text:.40?}: {e}")),
        }
        if let Err(e) = passwort_lotse::checklist::make(&playbook, &record, lang, (at, 60)) {
            failed.push(format!("checklist {text:.40?}: {e}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn a_character_the_font_cannot_print_is_shown_as_replaced_and_the_page_says_so() {
    let playbook = default_playbook();
    let record = record_with("李小龙诊所");
    for lang in [Lang::De, Lang::En] {
        let tr = passwort_lotse::i18n::Tr::new(lang);
        let doc = passwort_lotse::checklist::document(&playbook, &record, &tr, "28.11.2026");
        let texts = doc.texts();
        assert!(
            texts.iter().any(|t| t.contains("\u{FFFD}\u{FFFD}\u{FFFD}")),
            "the name is there, its characters replaced visibly"
        );
        let note = passwort_lotse::t!(tr, "pdf-replaced-characters");
        assert!(texts.contains(&note.as_str()), "the page says what � means");
    }
    let plain = record_with("Praxis Dr. Müller");
    let tr = passwort_lotse::i18n::Tr::new(Lang::De);
    let doc = passwort_lotse::checklist::document(&playbook, &plain, &tr, "28.11.2026");
    let note = passwort_lotse::t!(tr, "pdf-replaced-characters");
    assert!(
        !doc.texts().contains(&note.as_str()),
        "no note where nothing was replaced"
    );
}
