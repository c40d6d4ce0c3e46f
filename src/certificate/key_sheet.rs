//! The key sheet: one page with the practice's name, the fingerprint and
//! short code of this installation's key, and the date. Filed with the
//! record, it lets a later reader tell the practice's seal from a forged one.

use chrono::{DateTime, Utc};

use super::SealKey;
use crate::i18n::{Lang, Tr};
use crate::pdf::{self, Document, Pages, PdfError, Weight};
use crate::t;

/// The key sheet as PDF.
pub fn make(
    practice: &str,
    computer: &str,
    key: &SealKey,
    lang: Lang,
    (now, utc_offset_minutes): (DateTime<Utc>, i32),
) -> Result<Vec<u8>, PdfError> {
    let tr = Tr::new(lang);
    let made = crate::messages::moment_at(lang, now, utc_offset_minutes);
    let document = document(practice, computer, key, &tr, &made);
    let info = pdf::Info {
        title: t!(tr, "keysheet-title"),
        creator: format!("Passwort-Lotse {}", env!("CARGO_PKG_VERSION")),
        lang,
        document_id: format!("key-sheet-{}", now.timestamp()),
        made: now,
    };
    pdf::write(&document, &info, Vec::new())
}

/// The page of the key sheet.
pub fn document(practice: &str, computer: &str, key: &SealKey, tr: &Tr, made: &str) -> Document {
    let fingerprint = key.fingerprint();
    let mut p = Pages::new(vec![(t!(tr, "keysheet-title"), Weight::Bold, 18.0)]);
    p.paragraph(
        &t!(tr, "keysheet-practice", practice = practice.to_owned()),
        Weight::Bold,
        12.0,
    );
    p.paragraph(
        &t!(tr, "keysheet-computer", computer = computer.to_owned()),
        Weight::Bold,
        12.0,
    );
    p.paragraph(
        &t!(tr, "keysheet-made", time = made.to_owned()),
        Weight::Regular,
        10.0,
    );
    p.gap(12.0);
    p.heading(2, &t!(tr, "keysheet-key-heading"));
    p.paragraph(
        &t!(
            tr,
            "keysheet-fingerprint",
            fingerprint = fingerprint.clone()
        ),
        Weight::Bold,
        14.0,
    );
    p.paragraph(
        &t!(tr, "keysheet-code", code = key.key_code()),
        Weight::Bold,
        14.0,
    );
    p.gap(12.0);
    p.heading(2, &t!(tr, "keysheet-use-heading"));
    // Four separate points, with room between them for the eye.
    for text in [
        t!(tr, "keysheet-file"),
        t!(tr, "keysheet-what"),
        t!(tr, "keysheet-check", fingerprint = fingerprint),
        t!(tr, "keysheet-new-pc"),
    ] {
        p.paragraph(&text, Weight::Regular, 10.0);
        p.gap(6.0);
    }
    p.finish(|page, pages, replaced| {
        let mut lines = Vec::new();
        if replaced {
            lines.push(t!(tr, "pdf-replaced-characters"));
        }
        lines.push(t!(tr, "keysheet-footer", page = page, pages = pages));
        lines
    })
}

/// A file name for the key sheet: "Schluesselblatt-Praxis-Dr-Mueller-2026-12-04.pdf".
pub fn file_name(tr: &Tr, practice: &str, day: chrono::NaiveDate) -> String {
    crate::files::document_name(&t!(tr, "keysheet-file-name"), practice, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::certificate::KeySource;

    #[test]
    fn the_sheet_carries_the_practice_the_fingerprint_and_the_short_code() {
        let key = SealKey {
            signing: ed25519_dalek::SigningKey::from_bytes(&[5; 32]),
            source: KeySource::KeyFile,
        };
        let at = chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 12, 4, 10, 0, 0)
            .single()
            .unwrap_or_default();
        let tr = Tr::new(Lang::De);
        let doc = document(
            "Praxis Dr. Müller",
            "Empfang-PC",
            &key,
            &tr,
            "04.12.2026, 11:00",
        );
        let texts = doc.texts().join("\n");
        assert!(texts.contains("Praxis Dr. Müller"), "{texts}");
        assert!(
            texts.contains("Empfang-PC"),
            "the sheet names the computer: {texts}"
        );
        assert!(texts.contains(&key.fingerprint()), "{texts}");
        assert!(texts.contains(&key.key_code()), "{texts}");
        assert_eq!(doc.pages.len(), 1, "one page");
        assert!(
            make("Praxis Dr. Müller", "Empfang-PC", &key, Lang::En, (at, 60)).is_ok(),
            "a valid PDF/A"
        );
    }
}
