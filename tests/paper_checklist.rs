//! The paper checklist in the real app: printed from the overview, and a
//! ticked sheet entered back, several tasks of one device at once, by the
//! labels a receptionist sees.

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use std::sync::Arc;

use common::{SaveTo, StartTime, click, shows, shows_text, type_into};
use passwort_lotse::i18n::Lang;
use passwort_lotse::record::{Mark, Status};
use passwort_lotse::session::{Action, FileKind, Options, Session};
use passwort_lotse::wizard::Screen;

/// The training practice with the front desk PC's tasks open again: each
/// task's id and code.
fn front_desk_open(opts: &Options) -> (Session, Vec<(String, String)>) {
    let mut s = Session::open(opts, Arc::new(common::clock()));
    let front_desk: Vec<_> = s
        .document()
        .plan
        .tasks
        .iter()
        .filter(|t| t.subject.as_deref() == Some("Empfang-PC"))
        .map(|t| {
            (
                t.id.clone(),
                t.code.to_string(),
                t.title(&s.document().playbook, Lang::De),
            )
        })
        .collect();
    for (id, _, _) in &front_desk {
        s.handle(Action::Mark {
            task: id.clone(),
            mark: Mark::Reopened,
            reason: None,
        });
    }
    s.handle(Action::Go(Screen::Overview));
    let codes = front_desk
        .into_iter()
        .map(|(id, code, _)| (id.to_string(), code))
        .collect();
    (s, codes)
}

#[test]
fn a_ticked_sheet_is_entered_for_several_tasks_of_one_device_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let opts = common::training_options(dir.path(), Lang::De);
    let (session, tasks) = front_desk_open(&opts);
    assert!(tasks.len() >= 2, "the front desk PC has several tasks");
    let mut h = common::app_with(session, [1280.0, 1400.0]);

    click(&mut h, "Abgehakte Checkliste eintragen");
    assert!(shows(&h, "Welches Blatt?"));
    click(&mut h, "Gerät: Empfang-PC");
    // Each task's box as on the sheet: the first done, the second a
    // finding, the rest left as they are.
    click(&mut h, &format!("{} Erledigt", tasks[0].1));
    click(
        &mut h,
        &format!("{} Hilfe nötig oder etwas Fremdes gefunden", tasks[1].1),
    );
    assert!(shows(&h, "Tragen Sie ein, wer die Aufgaben erledigt hat."));
    type_into(&mut h, "Erledigt von:", "Bea Kurz");
    type_into(&mut h, "Uhrzeit:", "08:15");
    click(&mut h, "2 Aufgaben eintragen");
    assert!(shows(
        &h,
        "2 Aufgaben sind jetzt im Passwort-Lotsen eingetragen."
    ));

    let states = h.state().session().task_states().clone();
    let worker = h.state().session().computer().settings.worker.clone();
    let worker = worker.map(|w| w.to_string()).unwrap_or_default();
    for ((id, _), status) in tasks[..2].iter().zip([Status::Done, Status::NeedHelp]) {
        let state = &states[id.as_str()];
        assert_eq!(state.status, status, "{id}: a finding is no \"done\"");
        assert_eq!(state.by, "Bea Kurz");
        let (entered_by, entered_at) = state.entered.clone().unwrap();
        assert_eq!(entered_by, worker, "who typed the sheet in");
        assert_eq!(entered_at, common::clock().now_utc());
        assert!(
            state.at < entered_at,
            "the time from the sheet, before entering"
        );
    }
    // The overview says where the work came from.
    click(&mut h, "Zurück");
    let entered = format!("Von der Papier-Checkliste eingetragen durch {worker}");
    assert!(shows_text(&h, &entered));
}

#[test]
fn not_applicable_on_a_sheet_needs_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let opts = common::training_options(dir.path(), Lang::De);
    let (session, tasks) = front_desk_open(&opts);
    let mut h = common::app_with(session, [1280.0, 1400.0]);
    click(&mut h, "Abgehakte Checkliste eintragen");
    click(&mut h, "Gerät: Empfang-PC");
    click(&mut h, &format!("{} Trifft hier nicht zu", tasks[0].1));
    type_into(&mut h, "Erledigt von:", "Bea Kurz");
    type_into(&mut h, "Uhrzeit:", "08:15");
    assert!(shows(
        &h,
        "Schreiben Sie zu jedem „Trifft nicht zu“ den Grund, wie er auf dem Blatt steht."
    ));
    type_into(
        &mut h,
        &format!("Grund zu {}:", tasks[0].1),
        "Kein TeamViewer hier",
    );
    click(&mut h, "1 Aufgabe eintragen");
    let state = h.state().session().task_states()[tasks[0].0.as_str()].clone();
    assert_eq!(state.status, Status::NotApplicable);
    assert_eq!(state.reason.as_deref(), Some("Kein TeamViewer hier"));
    let others = &tasks[1..];
    assert!(
        others.iter().all(|(id, _)| !h
            .state()
            .session()
            .task_states()
            .get(id.as_str())
            .is_some_and(|s| s.status.is_settled())),
        "an unticked task stays open"
    );
}

#[test]
fn a_sheet_from_the_future_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let opts = common::training_options(dir.path(), Lang::En);
    let (session, tasks) = front_desk_open(&opts);
    let mut h = common::app_with(session, [1280.0, 1400.0]);
    click(&mut h, "Enter a ticked checklist");
    click(&mut h, "Device: Empfang-PC");
    click(&mut h, &format!("{} Done", tasks[0].1));
    type_into(&mut h, "Done by:", "Bea Kurz");
    type_into(&mut h, "Time:", "23:59");
    assert!(shows(
        &h,
        "That time is in the future. Check the date and the time."
    ));
    click(&mut h, "Enter 1 task");
    assert!(
        !h.state()
            .session()
            .task_states()
            .get(tasks[0].0.as_str())
            .is_some_and(|s| s.status.is_settled())
    );
}

#[test]
fn the_checklist_is_printed_from_the_overview() {
    let dir = tempfile::tempdir().unwrap();
    let opts = common::training_options(dir.path(), Lang::De);
    let (session, _) = front_desk_open(&opts);
    let file = dir.path().join("Checkliste.pdf");
    let desktop = SaveTo(file.clone());
    let mut h = egui_kittest::Harness::builder()
        .with_size([1280.0, 1400.0])
        .build_eframe(move |cc| passwort_lotse::App::new(cc, session).with_desktop(desktop));
    h.run();
    click(&mut h, "Checkliste drucken");
    let pdf = std::fs::read(&file).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(shows_text(&h, "Checkliste gespeichert"));
}

#[test]
fn the_checklist_command_writes_the_pdf_or_says_why_not() {
    let dir = tempfile::tempdir().unwrap();
    let opts = common::training_options(dir.path(), Lang::De);
    let file = dir.path().join("Checkliste.pdf");
    let mut out = Vec::new();
    let code = passwort_lotse::cli::export(
        &opts,
        FileKind::Checklist,
        &file,
        &mut out,
        Arc::new(common::clock()),
    );
    let said = String::from_utf8(out).unwrap();
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("Checkliste gespeichert"), "{said}");
    assert!(std::fs::read(&file).unwrap().starts_with(b"%PDF-"));

    // A folder that is not there: a reason, a failing exit code, no file.
    let nowhere = dir.path().join("no-such-folder").join("Checkliste.pdf");
    let mut out = Vec::new();
    let code = passwort_lotse::cli::export(
        &opts,
        FileKind::Checklist,
        &nowhere,
        &mut out,
        Arc::new(common::clock()),
    );
    let said = String::from_utf8(out).unwrap();
    assert_eq!(code, 1, "{said}");
    assert!(said.contains("nicht gespeichert"), "{said}");
    assert!(!nowhere.exists());
}
