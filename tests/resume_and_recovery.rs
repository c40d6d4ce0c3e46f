//! Stopping and carrying on, a damaged record, a second copy of the app and a
//! broken playbook, each seen as the user sees it.

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use common::{app, click, options, shows, shows_text};
use egui_kittest::kittest::Queryable;
use passwort_lotse::i18n::Lang;
use passwort_lotse::profile::{DeviceKind, KonnektorModel, Profile};
use passwort_lotse::record::Status;
use passwort_lotse::session::{Action, Options, Session};
use passwort_lotse::wizard::Screen;
use std::sync::Arc;

fn practice() -> Profile {
    let mut p = Profile {
        practice_name: "Praxis Dr. Müller".into(),
        konnektor: KonnektorModel::KoCoBox,
        ..Profile::default()
    };
    for name in ["Empfang-PC", "Labor-PC", "Sprechzimmer-PC"] {
        p.add_device(name, DeviceKind::Workstation);
    }
    p.add_device("Server", DeviceKind::Server);
    p.add_person("Anna");
    p
}

/// A practice with its profile saved, as after the first minutes of work.
fn set_up(opts: &Options, clock: &passwort_lotse::clock::ManualClock) {
    let mut s = Session::open(opts, Arc::new(clock.clone()));
    s.handle(Action::SetWorker("Anna".into()));
    s.handle(Action::SaveProfile {
        base: None,
        profile: practice(),
    });
    s.handle(Action::Go(Screen::Overview));
}

#[test]
fn after_a_restart_the_app_opens_on_the_same_task_with_the_same_statuses() {
    let dir = tempfile::tempdir().unwrap();
    let opts = options(dir.path(), Lang::De);
    let clock = common::clock();
    set_up(&opts, &clock);
    let mut h = app(&opts, &clock);
    click(&mut h, "Weiter mit der nächsten offenen Aufgabe (A-1)");
    click(&mut h, "Erledigt");
    click(&mut h, "Weiter");
    click(&mut h, "Ich brauche Hilfe");
    click(&mut h, "Weiter");
    click(&mut h, "Weiter");
    let screen = h.state().session().place().screen.clone();
    assert_eq!(screen, Screen::Task("backup-offline".into()));
    let states = h.state().session().task_states().clone();
    drop(h);

    let h = app(&opts, &clock);
    assert_eq!(h.state().session().place().screen, screen);
    assert!(shows(&h, "A-4"), "the same task code is on screen");
    assert_eq!(h.state().session().task_states(), &states);
    let total = h.state().session().document().plan.tasks.len();
    assert!(
        shows_text(&h, &format!("1 von {total} bearbeitet")),
        "progress is shown"
    );
}

#[test]
fn a_damaged_record_is_explained_and_the_backup_offered() {
    let dir = tempfile::tempdir().unwrap();
    let opts = options(dir.path(), Lang::De);
    let clock = common::clock();
    set_up(&opts, &clock);
    let path = dir.path().join("record.json");
    let good = std::fs::read(&path).unwrap();
    std::fs::write(&path, &good[..good.len() - 20]).unwrap();

    let mut h = app(&opts, &clock);
    assert!(shows(&h, "Die Aufzeichnung lässt sich nicht öffnen"));
    assert!(shows_text(&h, "unvollständig"), "says what is wrong");
    assert!(
        shows_text(&h, "Nichts wird gelöscht"),
        "promises to keep the file"
    );
    click(&mut h, "Sicherung verwenden");
    assert!(h.state().session().storage().recovery.is_none());
    assert_eq!(
        h.state().session().profile().practice_name,
        "Praxis Dr. Müller"
    );
    let aside = std::fs::read_dir(dir.path().join("damaged"))
        .unwrap()
        .count();
    assert_eq!(aside, 1, "the damaged file was set aside, not deleted");
}

#[test]
fn a_hand_edited_record_is_not_trusted() {
    let dir = tempfile::tempdir().unwrap();
    let opts = options(dir.path(), Lang::En);
    let clock = common::clock();
    set_up(&opts, &clock);
    let path = dir.path().join("record.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("Praxis Dr. Müller", "Praxis Dr. Meier")).unwrap();

    let h = app(&opts, &clock);
    assert!(shows(&h, "The record cannot be opened"));
    assert!(shows_text(&h, "changed outside the program"));
    assert!(shows(&h, "Use the backup"));
    assert!(shows(&h, "Start a new record"));
}

#[test]
fn a_second_copy_of_the_app_opens_read_only_and_says_where_the_first_runs() {
    let dir = tempfile::tempdir().unwrap();
    let opts = options(dir.path(), Lang::De);
    let clock = common::clock();
    set_up(&opts, &clock);
    let first = app(&opts, &clock);
    let mut h = app(&opts, &clock);
    assert!(shows(&h, "Nur lesen"));
    assert!(
        shows_text(&h, "Empfang-PC"),
        "names the computer holding the record"
    );
    let task = h.state().session().document().plan.tasks[0].id.clone();
    h.state_mut()
        .session_mut()
        .handle(Action::Go(Screen::Task(task.clone())));
    h.run();
    h.get_by_label("Erledigt").click();
    h.run();
    assert!(
        !h.state().session().task_states().contains_key(&task),
        "nothing is recorded while read-only"
    );
    drop(first);
    click(&mut h, "Erneut versuchen");
    assert!(
        !shows(&h, "Nur lesen"),
        "takes over once the first copy is closed"
    );
    click(&mut h, "Erledigt");
    assert_eq!(
        h.state().session().task_states()[&task].status,
        Status::Done
    );
}

#[test]
fn a_broken_playbook_is_named_with_its_line_and_the_app_still_works() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("anbieter.ron");
    let broken =
        passwort_lotse::playbook::DEFAULT_PLAYBOOK.replacen("code: \"B-2\"", "code: B-2", 1);
    std::fs::write(&file, broken).unwrap();
    let opts = Options {
        playbook: Some(file),
        ..options(dir.path(), Lang::De)
    };
    let mut h = app(&opts, &common::clock());
    assert!(shows(&h, "Die Anleitungsdatei wurde nicht geladen"));
    assert!(shows_text(&h, "anbieter.ron, Zeile"), "names file and line");
    assert!(
        shows(&h, "Willkommen beim Passwort-Lotsen"),
        "the app still starts"
    );
    click(&mut h, "Schließen");
    assert!(!shows(&h, "Die Anleitungsdatei wurde nicht geladen"));
}

#[test]
fn a_read_only_data_folder_keeps_the_work_in_memory_and_says_so() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("daten");
    let opts = options(&dir, Lang::De);
    let clock = common::clock();
    set_up(&opts, &clock);
    let mut h = app(&opts, &clock);
    let task = h.state().session().document().plan.tasks[0].id.clone();
    h.state_mut()
        .session_mut()
        .handle(Action::Go(Screen::Task(task.clone())));
    h.run();
    // The folder going away makes every write fail, as a full disk would.
    let away = root.path().join("weg");
    std::fs::rename(&dir, &away).unwrap();
    click(&mut h, "Erledigt");
    assert!(shows(&h, "Noch nicht gespeichert"));
    assert!(
        shows(&h, "noch nicht gespeichert"),
        "the task does not claim it is saved"
    );
    std::fs::rename(&away, &dir).unwrap();
    click(&mut h, "Jetzt erneut speichern");
    assert!(!shows(&h, "Noch nicht gespeichert"));
    assert!(shows(&h, "gespeichert"));
    drop(h);
    let s = Session::open(&opts, Arc::new(clock));
    assert_eq!(s.task_states()[&task].status, Status::Done);
}

#[test]
fn a_larger_text_size_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let opts = options(dir.path(), Lang::De);
    let clock = common::clock();
    let mut h = app(&opts, &clock);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    h.run();
    let zoom = h.state().session().computer().settings.zoom;
    assert!(zoom > 1.15, "Ctrl + enlarges the text (zoom {zoom})");
    drop(h);
    let h = app(&opts, &clock);
    assert!((h.state().session().computer().settings.zoom - zoom).abs() < f32::EPSILON);
    assert!(
        (h.ctx.zoom_factor() - zoom).abs() < f32::EPSILON,
        "applied at start"
    );
}

#[test]
fn nobody_gets_past_the_welcome_without_a_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(&options(dir.path(), Lang::De), &common::clock());
    click(&mut h, "Weiter");
    assert_eq!(
        h.state().session().place().screen,
        Screen::Welcome,
        "next is disabled"
    );
    common::type_into(&mut h, "Ihr Name", "Bernd");
    click(&mut h, "Weiter");
    assert_eq!(h.state().session().place().screen, Screen::Incident(0));
    let worker = h.state().session().computer().settings.worker.clone();
    assert_eq!(worker, passwort_lotse::settings::Worker::named("Bernd"));
}

#[test]
fn about_names_the_folder_that_holds_the_record_for_real_work_and_for_training() {
    let dir = tempfile::tempdir().unwrap();
    let clock = common::clock();
    let mut real = Session::open(&options(dir.path(), Lang::En), Arc::new(clock));
    real.handle(Action::Go(Screen::About));
    let h = common::app_with(real, [1280.0, 1400.0]);
    let here = dir.path().display();
    assert!(shows_text(
        &h,
        &format!("The record is in {here}, on this computer only.")
    ));
    assert!(shows_text(
        &h,
        &format!("Log files and the key for the seal are in {here}.")
    ));
    drop(h);

    let training = common::training(dir.path(), Lang::En, Screen::About);
    let h = common::app_with(training, [1280.0, 1400.0]);
    let demo = dir.path().join("demo");
    let demo = demo.display();
    assert!(shows_text(
        &h,
        &format!("The training record is in {demo}.")
    ));
    assert!(shows_text(
        &h,
        &format!("This computer's settings are in {demo}.")
    ));
    assert!(shows_text(
        &h,
        &format!("Log files and the key for the seal are in {here}.")
    ));
}
