//! A support call: the practice reads out where it is, support types the code
//! into its own copy of the app and sees the same screen; help is asked for
//! and the task waits for support.

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use std::sync::Arc;

use common::{app_with, click, options, shows, shows_text, type_into};
use egui_kittest::kittest::{NodeT, Queryable};
use passwort_lotse::i18n::Lang;
use passwort_lotse::record::Status;
use passwort_lotse::session::{Action, Options, Session};
use passwort_lotse::wizard::Screen;

fn practice(dir: &std::path::Path) -> Session {
    let mut s = Session::open(&options(dir, Lang::De), Arc::new(common::clock()));
    s.handle(Action::SetWorker("Anna".into()));
    s.handle(Action::SaveProfile {
        base: None,
        profile: passwort_lotse::demo::profile(),
    });
    s.handle(Action::Go(Screen::Overview));
    s
}

fn support(dir: &std::path::Path) -> Session {
    let opts = Options {
        demo: true,
        ..options(dir, Lang::De)
    };
    Session::open(&opts, Arc::new(common::clock()))
}

/// The tick box of a step of the Windows administrator task, as labelled on screen.
fn step_label(step: usize) -> String {
    let playbook = passwort_lotse::playbook::default_playbook();
    let text = &playbook.task("windows-admin").unwrap().steps[step - 1]
        .text
        .de;
    format!("Schritt {step} erledigt: {text}")
}

/// The title of the Windows administrator task on the first workstation.
fn admin_title() -> String {
    let playbook = passwort_lotse::playbook::default_playbook();
    format!(
        "{}: Empfang-PC",
        playbook.task("windows-admin").unwrap().title.de
    )
}

/// What the "where am I?" panel says, as the user would read it.
fn read_where(h: &egui_kittest::Harness<'_, passwort_lotse::App>) -> String {
    h.query_all_by_label_contains("Ich bin auf ")
        .next()
        .and_then(|n| {
            let node = n.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .unwrap()
}

#[test]
fn support_types_the_code_the_practice_reads_out_and_sees_the_same_screen() {
    let practice_dir = tempfile::tempdir().unwrap();
    let support_dir = tempfile::tempdir().unwrap();
    let mut at_practice = app_with(practice(practice_dir.path()), [1280.0, 1400.0]);
    let mut at_support = app_with(support(support_dir.path()), [1280.0, 1400.0]);

    click(
        &mut at_practice,
        "Weiter mit der nächsten offenen Aufgabe (A-1)",
    );
    while at_practice.state().session().place().screen != Screen::Task("windows-admin@d1".into()) {
        click(&mut at_practice, "Weiter");
    }
    click(&mut at_practice, &step_label(1));
    click(&mut at_practice, "Wo bin ich?");
    let said = read_where(&at_practice);
    let total = at_practice.state().session().document().plan.tasks.len();
    assert!(said.contains("C-1.1 · Schritt 2"), "{said}");
    assert!(said.contains(&admin_title()), "{said}");
    assert!(
        said.contains(&format!("von {total} Aufgaben bearbeitet")),
        "{said}"
    );
    let code = said
        .split_whitespace()
        .find(|w| w.contains('-') && w.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
        .unwrap()
        .to_owned();

    click(&mut at_support, "Wo bin ich?");
    type_into(
        &mut at_support,
        "Code, den Ihr IT-Dienstleister nennt (z. B. B-3)",
        &code.to_lowercase(),
    );
    click(&mut at_support, "Gehe zu");
    assert_eq!(
        at_support.state().session().place().screen,
        at_practice.state().session().place().screen
    );
    assert!(shows(&at_support, &admin_title()));

    type_into(
        &mut at_support,
        "Code, den Ihr IT-Dienstleister nennt (z. B. B-3)",
        "Q-9",
    );
    click(&mut at_support, "Gehe zu");
    assert!(shows_text(&at_support, "Den Code „Q-9“ gibt es hier nicht"));
}

#[test]
fn asking_for_help_shows_what_to_read_out_and_the_task_can_wait_for_support() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = practice(dir.path());
    s.handle(Action::Go(Screen::Task("windows-admin@d1".into())));
    let mut h = app_with(s, [1280.0, 1600.0]);
    click(&mut h, &step_label(1));
    click(&mut h, &step_label(2));
    click(&mut h, "Ich brauche Hilfe");
    assert!(
        shows(&h, "Muster-IT, Herr Krause, 0351 000000"),
        "the number to call"
    );
    assert!(shows_text(&h, "Aufgabe C-1.1"), "the code to read out");
    assert!(
        shows_text(&h, "bei Schritt 3 kommen wir nicht weiter"),
        "what was tried"
    );
    assert!(
        shows_text(&h, "Diese Nummer steht in Ihrem Praxisprofil")
            && shows_text(&h, "Dann rufen Sie die gedruckte Nummer an"),
        "the typed number is named as the practice's own, and paper wins"
    );
    assert!(
        !shows_text(&h, "Die Nummer steht meist im gedruckten Wartungsvertrag"),
        "no second hint that reads as if it meant another number"
    );
    assert!(
        shows_text(
            &h,
            "Geht niemand ran? Dann lassen Sie alles auf dem Bildschirm"
        ),
        "what to do when nobody answers: leave the old session open"
    );
    click(
        &mut h,
        "Beim IT-Dienstleister angerufen: als „wartet auf Rückruf“ markieren",
    );
    let states = h.state().session().task_states();
    assert_eq!(states["windows-admin@d1"].status, Status::WaitingForSupport);
    assert!(shows(&h, "Wartet auf Rückruf"));

    click(&mut h, "Ist der Anruf echt?");
    assert!(shows_text(&h, "fragen nie nach einem Passwort"));
}

#[test]
fn the_support_bundle_holds_what_support_needs_and_no_secret() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let logs = dir.path().join("logs");
    std::fs::create_dir_all(&logs).unwrap();
    std::fs::write(
        logs.join("passwort-lotse.2026-11-28.log"),
        "INFO app starting\nWARN user typed Passwort=Zebra-Sentinel-4711\nINFO record saved\n",
    )
    .unwrap();
    let zip_path = dir.path().join("support.zip");
    let s = practice(dir.path());
    let target = zip_path.clone();
    let mut h = egui_kittest::Harness::builder()
        .with_size([1280.0, 1400.0])
        .build_eframe(move |cc| {
            passwort_lotse::App::new(cc, s).with_desktop(common::SaveTo(target.clone()))
        });
    h.run();
    click(&mut h, "Wo bin ich?");
    click(&mut h, "Datei für den IT-Dienstleister erstellen");
    assert!(shows_text(&h, "status.txt"), "the user sees what goes in");
    assert!(shows_text(&h, "logs/passwort-lotse.2026-11-28.log"));
    click(&mut h, "Speichern …");
    assert!(shows_text(&h, "Gespeichert:"));

    let mut archive = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    let mut all = String::new();
    let mut names = Vec::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        names.push(file.name().unwrap().to_string());
        file.read_to_string(&mut all).unwrap();
    }
    for wanted in [
        "status.txt",
        "status.json",
        "about.txt",
        "logs/passwort-lotse.2026-11-28.log",
    ] {
        assert!(
            names.iter().any(|n| n == wanted),
            "{wanted} missing: {names:?}"
        );
    }
    assert!(all.contains("Praxis: Praxis Dr. Beispiel"));
    let playbook = passwort_lotse::playbook::default_playbook();
    assert!(all.contains(&format!("playbook: {} {}", playbook.id, playbook.version)));
    assert!(all.contains(&format!(
        "app: Passwort-Lotse {}",
        env!("CARGO_PKG_VERSION")
    )));
    assert!(all.contains(&format!("os: {}", std::env::consts::OS)));
    assert!(all.contains("INFO record saved"), "the logs are there");
    assert!(!all.contains("Zebra-Sentinel-4711"), "no secret");
}
