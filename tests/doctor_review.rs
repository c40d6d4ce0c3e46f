//! The practice owner reviews the work, records the incident facts, signs
//! off and saves the certificate, in the real app, by the labels they see.

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use common::{StartTime, click, options, shows, shows_text, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use passwort_lotse::App;
use passwort_lotse::app::Desktop;
use passwort_lotse::certificate::{Verdict, verify};
use passwort_lotse::i18n::Lang;
use passwort_lotse::record::Mark;
use passwort_lotse::session::{Action, Options, Session};
use passwort_lotse::wizard::Screen;

/// A desktop whose save dialog answers with a fixed file and which notes
/// what was opened.
#[derive(Clone, Default)]
struct FakeDesktop {
    answer: Option<PathBuf>,
    opened: Arc<Mutex<Vec<PathBuf>>>,
}

impl Desktop for FakeDesktop {
    fn choose_save_path(
        &self,
        _kind: passwort_lotse::session::FileKind,
        _default_name: &str,
    ) -> Option<PathBuf> {
        self.answer.clone()
    }
    fn open(&self, path: &Path) {
        self.opened.lock().unwrap().push(path.to_owned());
    }
}

/// The training practice with every task settled, as on the last day.
fn all_tasks_done(opts: &Options) -> Session {
    let mut s = Session::open(opts, Arc::new(common::clock()));
    let open: Vec<_> = s
        .document()
        .plan
        .tasks
        .iter()
        .map(|t| t.id.clone())
        .filter(|id| {
            !s.task_states()
                .get(id)
                .is_some_and(|st| st.status.is_settled())
        })
        .collect();
    for task in open {
        s.handle(Action::Mark {
            task,
            mark: Mark::Done,
            reason: None,
        });
    }
    s.handle(Action::Go(Screen::Review));
    s
}

fn app(session: Session, desktop: FakeDesktop) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size([1280.0, 1600.0])
        .build_eframe(move |cc| App::new(cc, session).with_desktop(desktop));
    h.run();
    h
}

fn demo_options(dir: &Path, lang: Lang) -> Options {
    Options {
        demo: true,
        ..options(dir, lang)
    }
}

#[test]
fn the_doctor_records_the_facts_signs_off_and_saves_a_sealed_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("Abschlussbescheinigung.pdf");
    let desktop = FakeDesktop {
        answer: Some(pdf.clone()),
        ..FakeDesktop::default()
    };
    let opened = desktop.opened.clone();
    let mut h = app(all_tasks_done(&demo_options(dir.path(), Lang::De)), desktop);

    assert!(shows(&h, "Prüfung und Abschluss"));
    let blocker = {
        let s = h.state().session();
        let task = s.document().plan.task("inform-patients").unwrap();
        format!(
            "{} {}",
            task.code,
            task.title(&s.document().playbook, Lang::De)
        )
    };
    assert!(
        shows_text(&h, &blocker),
        "the open decision blocks the sign-off, named by its task"
    );
    assert!(
        !shows_text(&h, "Angaben zum Vorfall: "),
        "and named once, not again as a missing fact"
    );
    assert!(
        h.get_by_label("Abschließen und bestätigen")
            .accesskit_node()
            .is_disabled(),
        "no sign-off while something is undecided"
    );
    click(&mut h, "Angaben zum Vorfall");
    assert_eq!(
        h.get_by_label("An welche Behörde?")
            .accesskit_node()
            .value()
            .as_deref(),
        Some("Datenschutzbehörde des Landes (Übung)"),
        "the report decision made on its task is filled in"
    );
    click(&mut h, "Nicht informiert");
    type_into(
        &mut h,
        "Warum nicht?",
        "Kein hohes Risiko laut Datenschutzbeauftragtem",
    );
    click(&mut h, "Angaben speichern");

    assert!(shows(&h, "Alles ist entschieden. Sie können abschließen."));
    click(&mut h, "Abschließen und bestätigen");
    type_into(&mut h, "Ihr Name", "Dr. Erika Beispiel");
    type_into(
        &mut h,
        "Ihre Rolle, z. B. Praxisinhaberin",
        "Praxisinhaberin",
    );
    click(
        &mut h,
        "Ich habe die Aufstellung geprüft. Sie gibt nach meinem Wissen den Stand richtig wieder.",
    );
    click(&mut h, "Abschluss bestätigen");
    assert!(shows_text(
        &h,
        "Abgeschlossen von Dr. Erika Beispiel (Praxisinhaberin)"
    ));

    click(&mut h, "Protokoll als PDF speichern");
    assert!(
        shows_text(&h, "Gespeichert:"),
        "the screen confirms the file"
    );
    assert_eq!(
        *opened.lock().unwrap(),
        vec![pdf.clone()],
        "opened in the viewer"
    );
    let bytes = std::fs::read(&pdf).unwrap();
    let Verdict::Valid {
        record, playbook, ..
    } = verify(&bytes)
    else {
        panic!("the saved certificate does not verify");
    };
    assert!(passwort_lotse::certificate::is_final(&playbook, &record));
    let facts = record.facts().unwrap();
    assert!(matches!(
        &facts.patients,
        passwort_lotse::record::PatientsDecision::NotInformed { reason } if reason.starts_with("Kein hohes Risiko")
    ));
}

#[test]
fn a_decision_made_on_its_task_is_the_one_the_facts_screen_shows() {
    let dir = tempfile::tempdir().unwrap();
    let opts = demo_options(dir.path(), Lang::De);
    let mut s = Session::open(&opts, Arc::new(common::clock()));
    s.handle(Action::Go(Screen::Task("inform-patients".into())));
    let mut h = app(s, FakeDesktop::default());
    assert!(
        !shows(&h, "Erledigt") && !shows(&h, "Trifft hier nicht zu"),
        "a decision is recorded, not ticked off"
    );
    click(&mut h, "Informiert");
    type_into(&mut h, "Informiert am (Datum)", "29.11.2026");
    type_into(
        &mut h,
        "Wie? Zum Beispiel: Brief, Aushang",
        "Aushang im Wartezimmer",
    );
    click(&mut h, "Eintragen");
    assert!(
        shows_text(&h, "Eingetragen von Übung"),
        "the task says who recorded it"
    );
    assert!(shows(&h, "Erledigt"), "and shows it as done");

    click(&mut h, "Prüfen & abschließen");
    click(&mut h, "Angaben zum Vorfall");
    assert_eq!(
        h.get_by_label("Wie? Zum Beispiel: Brief, Aushang")
            .accesskit_node()
            .value()
            .as_deref(),
        Some("Aushang im Wartezimmer"),
        "the facts screen shows the answer given on the task"
    );
    let facts = h
        .state()
        .session()
        .document()
        .record
        .facts()
        .cloned()
        .unwrap();
    assert!(facts.learned_at.is_some(), "the other answers are kept");
    let saves = h
        .state()
        .session()
        .document()
        .record
        .events()
        .iter()
        .filter(|e| matches!(e.kind, passwort_lotse::record::EventKind::FactsSaved { .. }))
        .count();
    click(&mut h, "Angaben speichern");
    assert_eq!(
        h.state()
            .session()
            .document()
            .record
            .events()
            .iter()
            .filter(|e| matches!(e.kind, passwort_lotse::record::EventKind::FactsSaved { .. }))
            .count(),
        saves,
        "saving the same answers again records nothing twice"
    );
}

#[test]
fn a_change_after_the_sign_off_shows_it_is_outdated() {
    let dir = tempfile::tempdir().unwrap();
    let opts = demo_options(dir.path(), Lang::En);
    let mut s = all_tasks_done(&opts);
    let facts = passwort_lotse::record::IncidentFacts {
        learned_at: Some(common::clock().now_utc()),
        learned_how: "letter".into(),
        report: passwort_lotse::record::ReportDecision::NotReported {
            reason: "no risk".into(),
        },
        patients: passwort_lotse::record::PatientsDecision::NotInformed {
            reason: "no risk".into(),
        },
        it_check: passwort_lotse::record::ItCheck::NothingFound {
            by: "IT company, in writing".into(),
        },
        ..Default::default()
    };
    s.handle(Action::SaveFacts { base: None, facts });
    s.handle(Action::SignOff {
        name: "Dr. Example".into(),
        role: "owner".into(),
    });
    let task = s.document().plan.tasks[0].id.clone();
    let mut h = app(s, FakeDesktop::default());
    assert!(shows_text(&h, "Signed off by Dr. Example"));
    h.state_mut().session_mut().handle(Action::Mark {
        task,
        mark: Mark::Reopened,
        reason: None,
    });
    h.run();
    assert!(shows_text(&h, "is no longer valid"));
    assert!(
        shows_text(&h, "A-1"),
        "the reopened task is listed as missing"
    );
}

#[test]
fn filters_show_only_what_the_doctor_asks_for() {
    let dir = tempfile::tempdir().unwrap();
    let opts = demo_options(dir.path(), Lang::De);
    let mut s = Session::open(&opts, Arc::new(common::clock()));
    let first = s.document().plan.tasks[0].id.clone();
    s.handle(Action::Mark {
        task: first,
        mark: Mark::NotApplicable,
        reason: Some("Kein IT-Dienstleister".into()),
    });
    s.handle(Action::Go(Screen::Review));
    let title = |id: &str| s.document().playbook.task(id).unwrap().title.de.clone();
    let (first_title, other_title) = (title("call-it-contact"), title("provider-remote-access"));
    let states = s.task_states();
    let stuck = s
        .document()
        .plan
        .tasks
        .iter()
        .find(|t| states.get(&t.id).is_some_and(|st| st.status.is_stuck()))
        .map(|t| t.title(&s.document().playbook, Lang::De))
        .unwrap();
    let mut h = app(s, FakeDesktop::default());
    // A task in the list is named with its code and status around its title.
    assert!(shows_text(&h, &other_title));
    click(&mut h, "Nur „trifft nicht zu“");
    assert!(shows_text(&h, &first_title));
    assert!(
        shows(&h, "Grund: Kein IT-Dienstleister"),
        "the reason is shown"
    );
    assert!(!shows_text(&h, &other_title));
    click(&mut h, "Nur „Hilfe nötig“");
    assert!(shows_text(&h, &stuck));
    assert!(!shows_text(&h, &first_title));
}

#[test]
fn a_folder_that_cannot_be_written_gets_a_message_and_a_retry() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("nicht-da").join("bericht.pdf");
    let desktop = FakeDesktop {
        answer: Some(target.clone()),
        ..FakeDesktop::default()
    };
    let s = all_tasks_done(&demo_options(dir.path(), Lang::De));
    let mut h = app(s, desktop);
    click(&mut h, "Protokoll als PDF speichern");
    assert!(shows(&h, "Das Protokoll wurde nicht gespeichert"));
    assert!(shows_text(&h, "Den gewählten Ordner gibt es nicht"));
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    click(&mut h, "Erneut versuchen");
    assert!(shows_text(&h, "Gespeichert:"));
    assert!(target.exists());
}

#[test]
fn the_72_hour_clock_runs_on_overview_and_review_until_the_decision() {
    let dir = tempfile::tempdir().unwrap();
    let opts = demo_options(dir.path(), Lang::De);
    let clock = common::clock();
    let mut s = Session::open(&opts, Arc::new(clock.clone()));
    s.handle(Action::SaveFacts {
        base: None,
        facts: passwort_lotse::record::IncidentFacts {
            learned_at: Some(clock.now_utc() - chrono::Duration::hours(30)),
            learned_how: "Brief".into(),
            ..Default::default()
        },
    });
    s.handle(Action::Go(Screen::Overview));
    let mut h = app(s, FakeDesktop::default());
    assert!(
        shows_text(&h, "Noch 42 Stunden"),
        "the overview shows the time left"
    );
    click(&mut h, "Prüfen & abschließen");
    assert!(shows_text(&h, "Noch 42 Stunden"), "the review shows it too");
    h.state_mut().session_mut().handle(Action::SaveFacts {
        base: None,
        facts: passwort_lotse::record::IncidentFacts {
            learned_at: Some(clock.now_utc() - chrono::Duration::hours(30)),
            learned_how: "Brief".into(),
            report: passwort_lotse::record::ReportDecision::NotReported {
                reason: "Kein Risiko".into(),
            },
            ..Default::default()
        },
    });
    h.run();
    assert!(
        !shows_text(&h, "Stunden"),
        "the clock stops with the decision"
    );
}
