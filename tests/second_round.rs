//! When the check of the computers finds an attack, the practice is told to
//! stop typing passwords there, cleans up, and then changes every password
//! typed there before a second time: in the real app, by what a user sees.

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use common::{click, shows, shows_text, type_into};
use passwort_lotse::i18n::Lang;
use passwort_lotse::wizard::Screen;

#[test]
fn a_finding_leads_to_the_clean_up_and_then_to_a_second_round() {
    let dir = tempfile::tempdir().unwrap();
    let session = common::training(dir.path(), Lang::De, Screen::Task("it-check".into()));
    let before = session.document().plan.tasks.len();
    let mut h = common::app_with(session, [1280.0, 2000.0]);

    // B-7: the IT support company found something.
    click(&mut h, "Anzeichen eines Angriffs gefunden");
    type_into(
        &mut h,
        "Was wurde gefunden, und an welchen Computern?",
        "Fremdes Fernwartungsprogramm am Empfang-PC",
    );
    click(&mut h, "Eintragen");
    assert!(
        h.state()
            .session()
            .document()
            .plan
            .task("after-attack-found")
            .is_some()
    );

    // The overview says to stop typing passwords there, and leads to B-8.
    click(&mut h, "Übersicht");
    assert!(shows_text(&h, "Tippen Sie dort keine Passwörter mehr ein."));
    let b8 = "B-8   Nach dem Fund: bereinigen lassen, dann zweite Runde";
    assert!(shows(&h, b8));
    assert!(
        !h.state()
            .session()
            .document()
            .plan
            .tasks
            .iter()
            .any(|t| t.second_round),
        "no second round before the clean-up"
    );
    click(&mut h, b8);

    // B-8: the clean-up is confirmed in writing.
    assert!(shows_text(&h, "Schalten Sie sie nicht aus."));
    click(&mut h, "Bereinigung bestätigt");
    type_into(
        &mut h,
        "Wer hat es bestätigt, und wie? Zum Beispiel: schriftlich am 03.12.2026",
        "Muster-IT, schriftlich am 28.11.2026",
    );
    click(&mut h, "Eintragen");

    // Every password typed into a practice computer before comes again.
    let session = h.state().session();
    let again: Vec<_> = session
        .document()
        .plan
        .tasks
        .iter()
        .filter(|t| t.second_round)
        .collect();
    assert!(
        again.iter().any(|t| t.id.template() == "pvs-admin"),
        "the practice software's administrator: {:?}",
        again.iter().map(|t| t.code.to_string()).collect::<Vec<_>>()
    );
    assert!(
        !again.iter().any(|t| t.id.template() == "email"),
        "the e-mail password was changed on a phone"
    );
    assert_eq!(
        session.document().plan.tasks.len(),
        before + 1 + again.len()
    );
    let pvs = again
        .iter()
        .find(|t| t.id.template() == "pvs-admin")
        .unwrap();
    let label = format!(
        "{} 2. Runde: Administrator-Passwort der Praxissoftware ändern – Offen",
        pvs.code
    );
    click(&mut h, "Übersicht");
    assert!(!shows_text(
        &h,
        "Tippen Sie dort keine Passwörter mehr ein."
    ));
    assert!(shows(&h, &label), "the overview lists {label}");
}
