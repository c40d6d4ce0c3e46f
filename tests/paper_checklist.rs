//! The paper checklist in the real app: printed from the overview, and a
//! ticked sheet entered back, several tasks of one device at once, by the
//! labels a receptionist sees.

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use std::sync::Arc;

use common::{SaveTo, StartTime, click, shows, shows_text, type_into};
use passwort_lotse::i18n::Lang;
use passwort_lotse::record::{Mark, Status};
use passwort_lotse::session::{Action, DocumentKind, Options, Session};
use passwort_lotse::wizard::Screen;

/// The training practice with the front desk PC's tasks open again.
fn front_desk_open(opts: &Options) -> (Session, Vec<(String, String)>) {
    let mut s = Session::open(opts, Arc::new(common::clock()));
    let front_desk: Vec<_> = s
        .plan
        .tasks
        .iter()
        .filter(|t| t.subject.as_deref() == Some("Empfang-PC"))
        .map(|t| {
            (
                t.id.clone(),
                t.code.to_string(),
                t.title(&s.playbook, Lang::De),
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
    let labels = front_desk
        .into_iter()
        .map(|(id, code, title)| (id.to_string(), format!("{code}   {title}")))
        .collect();
    (s, labels)
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
    // Two of the ticked tasks; the rest stays open.
    click(&mut h, &tasks[0].1);
    click(&mut h, &tasks[1].1);
    assert!(shows(&h, "Tragen Sie ein, wer die Aufgaben erledigt hat."));
    type_into(&mut h, "Erledigt von:", "Bea Kurz");
    type_into(&mut h, "Uhrzeit:", "08:15");
    click(&mut h, "2 Aufgaben als erledigt eintragen");
    assert!(shows(
        &h,
        "2 Aufgaben sind jetzt im Passwort-Lotsen eingetragen."
    ));

    let states = h.state().session().task_states().clone();
    let worker = h.state().session().settings.worker.clone();
    for (id, _) in &tasks[..2] {
        let state = &states[id.as_str()];
        assert_eq!(state.status, Status::Done);
        assert_eq!(state.by, "Bea Kurz");
        let (entered_by, entered_at) = state.entered.clone().unwrap();
        assert_eq!(entered_by, worker, "who typed the sheet in");
        assert_eq!(entered_at, common::clock().now_utc());
        assert!(
            state.at < entered_at,
            "the time from the sheet, before entering"
        );
    }
    assert!(
        !states
            .get(tasks[2].0.as_str())
            .is_some_and(|s| s.status.is_settled()),
        "an unticked task stays open"
    );
    // The overview says where the work came from.
    click(&mut h, "Zurück");
    let entered = format!("Von der Papier-Checkliste eingetragen durch {worker}");
    assert!(shows_text(&h, &entered));
}

#[test]
fn a_sheet_from_the_future_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let opts = common::training_options(dir.path(), Lang::En);
    let (session, tasks) = front_desk_open(&opts);
    let mut h = common::app_with(session, [1280.0, 1400.0]);
    click(&mut h, "Enter a ticked checklist");
    click(&mut h, "Device: Empfang-PC");
    let en_label = {
        let s = h.state().session();
        let task = s.plan.task(&tasks[0].0).unwrap();
        format!("{}   {}", task.code, task.title(&s.playbook, Lang::En))
    };
    click(&mut h, &en_label);
    type_into(&mut h, "Done by:", "Bea Kurz");
    type_into(&mut h, "Time:", "23:59");
    assert!(shows(
        &h,
        "That time is in the future. Check the date and the time."
    ));
    click(&mut h, "Enter 1 task as done");
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
        DocumentKind::Checklist,
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
        DocumentKind::Checklist,
        &nowhere,
        &mut out,
        Arc::new(common::clock()),
    );
    let said = String::from_utf8(out).unwrap();
    assert_eq!(code, 1, "{said}");
    assert!(said.contains("nicht gespeichert"), "{said}");
    assert!(!nowhere.exists());
}
