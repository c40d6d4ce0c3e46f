use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};

use super::*;
use crate::clock::ManualClock;
use crate::playbook::{DEFAULT_PLAYBOOK, default_playbook};
use crate::profile::DeviceKind;
use crate::record::{Event, EventKind, IncidentFacts, Mark, Status};
use crate::wizard::Screen;

pub(super) fn clock() -> ManualClock {
    ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0)
            .single()
            .unwrap_or_default(),
    )
}

/// What the app hands a workspace at start: the built-in playbook under
/// this origin, on the front desk's computer.
fn start(origin: crate::record::PlaybookOrigin, worker: Option<crate::settings::Worker>) -> Start {
    Start {
        playbook: default_playbook(),
        playbook_source: DEFAULT_PLAYBOOK.to_owned(),
        playbook_origin: origin,
        playbook_error: None,
        settings: Settings {
            worker,
            ..Settings::default()
        },
        workstation: "Empfang-PC".into(),
        demo: false,
        folders: Folders {
            data: "/tmp/praxis".into(),
            settings: "/tmp/praxis".into(),
        },
        settings_problem: None,
    }
}

/// A workspace whose record the worker has just opened in this state.
pub(super) fn opened(store: StoreState, clock: &ManualClock) -> Workspace {
    let start = start(
        crate::record::PlaybookOrigin::BuiltIn,
        crate::settings::Worker::named("Anna"),
    );
    let mut profile = Profile {
        practice_name: "Praxis".into(),
        ..Profile::default()
    };
    profile.add_device("Empfang-PC", DeviceKind::Workstation);
    let mut record = Record::default();
    record.push(
        clock.now(),
        "Anna",
        "PC",
        EventKind::ProfileSaved {
            profile,
            base: None,
        },
    );
    let mut ws = Workspace::new(start, Arc::new(clock.clone()));
    let _ = ws.apply(Report::Opened(Opening {
        store,
        record,
        recovery: None,
        problem: None,
    }));
    ws
}

fn mark(ws: &Workspace, mark: Mark) -> Action {
    Action::Mark {
        task: ws.document.plan.tasks[0].id.clone(),
        mark,
        reason: None,
    }
}

#[test]
fn a_mark_changes_memory_at_once_and_is_saving_until_the_worker_says_saved() {
    let clock = clock();
    let mut ws = opened(StoreState::Writer, &clock);
    let effects = ws.handle(mark(&ws, Mark::Done));
    let [Effect::Persist(PersistEffect::Save { ticket, events })] = effects.as_slice() else {
        panic!("one save expected, got {effects:?}");
    };
    // This session's first change also says which playbook it follows.
    assert!(matches!(
        events.as_slice(),
        [
            Event {
                kind: EventKind::PlaybookUsed(_),
                ..
            },
            Event {
                kind: EventKind::TaskMarked { .. },
                ..
            }
        ]
    ));
    let task = ws.document.plan.tasks[0].id.clone();
    assert_eq!(ws.progress().status(&task), Status::Done, "shown at once");
    assert!(ws.is_saving(), "but not called saved yet");
    let _ = ws.apply(Report::Saved(*ticket));
    assert!(!ws.is_saving());
    assert!(ws.is_saved());
}

#[test]
fn a_failed_save_keeps_the_work_in_memory_and_says_so() {
    let clock = clock();
    let mut ws = opened(StoreState::Writer, &clock);
    let _ = ws.handle(mark(&ws, Mark::Done));
    let _ = ws.apply(Report::SaveFailed(IoProblem::DiskFull));
    let task = ws.document.plan.tasks[0].id.clone();
    assert_eq!(ws.storage.save_problem, Some(IoProblem::DiskFull));
    assert_eq!(ws.progress().status(&task), Status::Done);
    assert!(!ws.is_saved());
    let _ = ws.apply(Report::Saved(1));
    assert_eq!(ws.storage.save_problem, None);
    assert!(ws.is_saved());
}

#[test]
fn while_another_copy_writes_nothing_can_be_changed() {
    let clock = clock();
    let holder = crate::record::LockHolder {
        name: "Bernd".into(),
        workstation: "Labor-PC".into(),
    };
    let mut ws = opened(StoreState::Reader { holder }, &clock);
    let events = ws.document.record.events().len();
    assert!(ws.handle(mark(&ws, Mark::Done)).is_empty());
    assert_eq!(ws.document.record.events().len(), events);
    assert_eq!(
        ws.other_writer().map(|h| h.workstation.as_str()),
        Some("Labor-PC")
    );
}

#[test]
fn events_of_other_workstations_are_taken_in_without_losing_one_on_its_way() {
    let clock = clock();
    let mut ws = opened(
        StoreState::Shared {
            folder: "/srv".into(),
        },
        &clock,
    );
    let mut disk = ws.document.record.clone();
    let _ = ws.handle(mark(&ws, Mark::Done));
    // Meanwhile another workstation saved a mark of its own.
    disk.push(
        clock.now() + Duration::seconds(1),
        "Bernd",
        "Labor-PC",
        EventKind::TaskMarked {
            task: ws.document.plan.tasks[2].id.clone(),
            mark: Mark::Done,
            reason: None,
        },
    );
    let _ = ws.apply(Report::Merged(disk));
    let counts = ws.counts();
    assert_eq!(counts.done, 2, "ours, still on its way, and theirs");
}

#[test]
fn a_certificate_is_made_by_the_worker_and_opened_when_written() {
    let clock = clock();
    let mut ws = opened(StoreState::Writer, &clock);
    let path = std::path::PathBuf::from("/tmp/Protokoll.pdf");
    let effects = ws.handle(Action::Export(FileKind::Certificate, path.clone()));
    assert!(
        matches!(effects.as_slice(), [Effect::Persist(PersistEffect::Export(job))] if job.path == path)
    );
    assert_eq!(
        ws.exported(FileKind::Certificate),
        Some(&Export::Running(path.clone()))
    );
    assert!(
        ws.handle(Action::Export(FileKind::Certificate, path.clone()))
            .is_empty(),
        "not twice at once"
    );
    let written = ExportOutcome::Written {
        path: path.clone(),
        document_id: "PL-1".into(),
    };
    let effects = ws.apply(Report::Exported(FileKind::Certificate, written.clone()));
    assert!(
        matches!(effects.as_slice(), [Effect::Window(WindowEffect::OpenFile(p))] if *p == path)
    );
    assert_eq!(
        ws.exported(FileKind::Certificate),
        Some(&Export::Done(written))
    );
}

#[test]
fn an_idle_window_is_woken_by_nothing() {
    let clock = clock();
    let mut ws = opened(StoreState::Writer, &clock);
    for screen in [Screen::Overview, Screen::Review, Screen::Plan] {
        let _ = ws.handle(Action::Go(screen));
        assert_eq!(ws.next_wakeup(clock.now()), None);
    }
}

#[test]
fn the_72_hour_clock_wakes_the_window_once_an_hour_while_it_is_shown() {
    let clock = clock();
    let mut ws = opened(StoreState::Writer, &clock);
    let learned = clock.now() - Duration::minutes(30);
    let facts = IncidentFacts {
        learned_at: Some(learned),
        ..IncidentFacts::default()
    };
    let _ = ws.handle(Action::SaveFacts { base: None, facts });
    let _ = ws.handle(Action::Go(Screen::Overview));
    let mut now = clock.now();
    let mut wakes = 0;
    while let Some(at) = ws.next_wakeup(now) {
        assert!(at > now, "never a wake in the past");
        let before = crate::review::report_clock_of(&ws.document.record, at - Duration::seconds(2));
        let after = crate::review::report_clock_of(&ws.document.record, at);
        assert_ne!(
            before.map(|c| c.hours_left),
            after.map(|c| c.hours_left),
            "each wake shows a new number"
        );
        now = at;
        wakes += 1;
        assert!(wakes < 100);
    }
    assert_eq!(
        wakes, 72,
        "71 hours counted down, then 'the deadline passed'"
    );
    let _ = ws.handle(Action::Go(Screen::Task(
        ws.document.plan.tasks[0].id.clone(),
    )));
    assert_eq!(
        ws.next_wakeup(clock.now()),
        None,
        "not while it is not shown"
    );
}

#[test]
fn b10_saving_the_facts_form_keeps_a_decision_another_workstation_made_meanwhile() {
    let clock = clock();
    let mut ws = opened(StoreState::Writer, &clock);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default();
    // The form opens on the facts as they are.
    let form_start = IncidentFacts {
        learned_at: Some(clock.now()),
        ..IncidentFacts::default()
    };
    let _ = ws.handle(Action::SaveFacts {
        base: None,
        facts: form_start.clone(),
    });
    // Meanwhile the doctor records the report at another workstation.
    let mut other = ws.document.record.clone();
    other.push(
        clock.now() + Duration::minutes(1),
        "Dr. Müller",
        "Sprechzimmer",
        EventKind::FactsSaved {
            facts: IncidentFacts {
                report: crate::record::ReportDecision::Reported {
                    on: day,
                    authority: "LfD Sachsen".into(),
                    reference: String::new(),
                },
                ..form_start.clone()
            },
            base: None,
        },
    );
    let _ = ws.apply(Report::Merged(other));
    clock.advance(Duration::minutes(2));
    // The form, still showing the old facts, saves the patients' decision.
    let form = IncidentFacts {
        patients: crate::record::PatientsDecision::NotInformed {
            reason: "keine Gesundheitsdaten betroffen".into(),
        },
        ..form_start.clone()
    };
    let _ = ws.handle(Action::SaveFacts {
        base: Some(form_start),
        facts: form,
    });
    let facts = ws.document.record.facts().cloned().unwrap_or_default();
    assert!(
        matches!(facts.report, crate::record::ReportDecision::Reported { .. }),
        "the doctor's report is kept: {:?}",
        facts.report
    );
    assert!(matches!(
        facts.patients,
        crate::record::PatientsDecision::NotInformed { .. }
    ));
}

#[test]
fn the_one_who_chose_an_unsigned_playbook_is_named_even_when_another_saves_first() {
    let clock = clock();
    let start = start(crate::record::PlaybookOrigin::Unsigned, None);
    let mut ws = Workspace::new(start, Arc::new(clock.clone()));
    assert!(ws.playbook_warns());
    // The record is still being opened, so the choice cannot be written yet.
    let _ = ws.handle(Action::UseUntrustedPlaybook {
        name: "Berta".into(),
        confirmed_by: "Herr Krause".into(),
    });
    assert!(!ws.playbook_warns());
    let _ = ws.apply(Report::Opened(Opening {
        store: StoreState::Writer,
        record: Record::default(),
        recovery: None,
        problem: None,
    }));
    let _ = ws.handle(Action::SetWorker("Anna".into()));
    let _ = ws.handle(Action::SaveProfile {
        base: None,
        profile: Profile {
            practice_name: "Praxis".into(),
            ..Profile::default()
        },
    });
    let used: Vec<_> = ws.document.record.playbooks_used().collect();
    assert_eq!(used.len(), 1);
    let (event, used) = used[0];
    assert_eq!(event.by, "Anna", "Anna's change wrote it down");
    assert_eq!(used.chosen_by(event), "Berta", "Berta made the choice");
    assert_eq!(used.confirmed_by.as_deref(), Some("Herr Krause"));
}
