//! One record for the whole practice, in a shared folder: several
//! workstations write at the same time, the share goes away and comes back,
//! and the record moves in and out; no event is lost and none doubled.

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use passwort_lotse::clock::{ManualClock, SystemClock};
use passwort_lotse::i18n::Lang;
use passwort_lotse::record::{EventKind, Mark, Record};
use passwort_lotse::session::{Action, Options, RETRY_EVERY, Session, StoreState};
use passwort_lotse::store::{Opened, Store};

fn workstation(local: &Path, name: &str, clock: Arc<dyn passwort_lotse::clock::Clock>) -> Session {
    let opts = Options {
        data_dir: local.to_owned(),
        lang: Some(Lang::De),
        workstation: name.into(),
        ..Options::default()
    };
    let mut s = Session::open(&opts, clock);
    s.handle(Action::SetWorker(format!("Team {name}")));
    s
}

fn on_disk(shared: &Path) -> Record {
    match Store::reader(shared).load().unwrap() {
        Opened::Loaded(r) => r,
        other => panic!("shared record not readable: {other:?}"),
    }
}

fn marks_by(record: &Record, workstation: &str) -> usize {
    record
        .events()
        .iter()
        .filter(|e| e.workstation == workstation && matches!(e.kind, EventKind::TaskMarked { .. }))
        .count()
}

#[test]
fn two_workstations_writing_at_once_lose_no_event_and_double_none() {
    let root = tempfile::tempdir().unwrap();
    let shared = root.path().join("server-freigabe");
    let mut first = workstation(
        &root.path().join("empfang"),
        "Empfang-PC",
        Arc::new(SystemClock),
    );
    first.handle(Action::SaveProfile {
        base: None,
        profile: passwort_lotse::demo::profile(),
    });
    first.handle(Action::UseSharedFolder(Some(shared.clone())));
    assert!(first.shared());
    let mut second = workstation(
        &root.path().join("labor"),
        "Labor-PC",
        Arc::new(SystemClock),
    );
    second.handle(Action::UseSharedFolder(Some(shared.clone())));
    assert_eq!(
        second.profile().practice_name,
        "Praxis Dr. Beispiel",
        "sees the shared record"
    );

    let rounds = 40;
    let work = |mut s: Session, offset: usize| {
        std::thread::spawn(move || {
            let tasks = common::task_ids(&s);
            for n in 0..rounds {
                // Done, then open again, on one task after the other: every
                // mark changes something, so every one is recorded. Each
                // workstation keeps to its own tasks (even or odd places),
                // also when it comes round again.
                let task = tasks[offset + 2 * ((n / 2) % (tasks.len() / 2))].clone();
                let mark = if n % 2 == 0 {
                    Mark::Done
                } else {
                    Mark::Reopened
                };
                s.handle(Action::Mark {
                    task,
                    mark,
                    reason: None,
                });
                assert!(s.storage().save_problem.is_none());
            }
            s
        })
    };
    let a = work(first, 0);
    let b = work(second, 1);
    let (a, b) = (a.join().unwrap(), b.join().unwrap());

    let record = on_disk(&shared);
    assert_eq!(
        marks_by(&record, "Empfang-PC"),
        rounds,
        "every mark of the first"
    );
    assert_eq!(
        marks_by(&record, "Labor-PC"),
        rounds,
        "every mark of the second"
    );
    let ids: HashSet<&str> = record.events().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), record.events().len(), "no event twice");
    assert!(a.document().record.events().len() <= record.events().len());
    assert!(b.document().record.events().len() <= record.events().len());
}

#[test]
fn another_workstation_sees_changes_within_seconds() {
    let root = tempfile::tempdir().unwrap();
    let shared = root.path().join("freigabe");
    let clock = common::clock();
    let mut first = workstation(
        &root.path().join("a"),
        "Empfang-PC",
        Arc::new(clock.clone()),
    );
    first.handle(Action::SaveProfile {
        base: None,
        profile: passwort_lotse::demo::profile(),
    });
    first.handle(Action::UseSharedFolder(Some(shared.clone())));
    let mut second = workstation(&root.path().join("b"), "Labor-PC", Arc::new(clock.clone()));
    second.handle(Action::UseSharedFolder(Some(shared)));
    let task = first.document().plan.tasks[0].id.clone();
    first.handle(Action::Mark {
        task: task.clone(),
        mark: Mark::Done,
        reason: None,
    });
    clock.advance(RETRY_EVERY);
    second.tick();
    let state = &second.task_states()[&task];
    assert_eq!(state.by, "Team Empfang-PC");
    assert_eq!(
        second
            .document()
            .record
            .events()
            .last()
            .map(|e| e.workstation.as_str()),
        Some("Empfang-PC"),
        "each event says where it was done"
    );
}

#[test]
fn a_share_that_goes_away_mid_work_loses_nothing_when_it_returns() {
    let root = tempfile::tempdir().unwrap();
    let shared = root.path().join("freigabe");
    let local = root.path().join("lokal");
    let clock: ManualClock = common::clock();
    let mut s = workstation(&local, "Empfang-PC", Arc::new(clock.clone()));
    s.handle(Action::SaveProfile {
        base: None,
        profile: passwort_lotse::demo::profile(),
    });
    s.handle(Action::UseSharedFolder(Some(shared.clone())));
    let tasks = common::task_ids(&s);

    let away = root.path().join("server-aus");
    std::fs::rename(&shared, &away).unwrap();
    for task in &tasks[..5] {
        s.handle(Action::Mark {
            task: task.clone(),
            mark: Mark::Done,
            reason: None,
        });
    }
    assert!(
        matches!(s.storage().state, StoreState::Offline { .. }),
        "the user is told the share is away"
    );
    assert!(s.is_saved(), "the work is on this computer's disk");
    assert!(
        local.join("shared-pending.json").exists(),
        "work kept in a local copy"
    );
    drop(s);

    // The app is restarted while the server is still off, then it returns.
    let mut s = workstation(&local, "Empfang-PC", Arc::new(clock.clone()));
    assert!(
        s.task_states().get(&tasks[4]).is_some(),
        "the work kept here is there after the restart"
    );
    std::fs::rename(&away, &shared).unwrap();
    clock.advance(RETRY_EVERY);
    s.tick();
    assert!(matches!(s.storage().state, StoreState::Shared { .. }));
    assert!(s.storage().save_problem.is_none());
    let record = on_disk(&shared);
    for task in &tasks[..5] {
        assert_eq!(
            record.task_states()[task].status,
            passwort_lotse::record::Status::Done,
            "{task}"
        );
    }
    assert!(!local.join("shared-pending.json").exists());
}

#[test]
fn moving_the_record_to_the_share_and_back_keeps_every_event() {
    let root = tempfile::tempdir().unwrap();
    let local = root.path().join("lokal");
    let shared = root.path().join("freigabe");
    let mut s = workstation(&local, "Empfang-PC", Arc::new(common::clock()));
    s.handle(Action::SaveProfile {
        base: None,
        profile: passwort_lotse::demo::profile(),
    });
    let task = s.document().plan.tasks[0].id.clone();
    s.handle(Action::Mark {
        task: task.clone(),
        mark: Mark::Done,
        reason: None,
    });
    let before = s.document().record.events().len();
    s.handle(Action::UseSharedFolder(Some(shared.clone())));
    assert_eq!(on_disk(&shared).events().len(), before);
    s.handle(Action::Mark {
        task: task.clone(),
        mark: Mark::Tested,
        reason: None,
    });
    s.handle(Action::UseSharedFolder(None));
    assert!(!s.shared());
    let ids: Vec<String> = s
        .document()
        .record
        .events()
        .iter()
        .map(|e| e.id.clone())
        .collect();
    assert_eq!(ids.len(), before + 1);
    drop(s);
    let again = workstation(&local, "Empfang-PC", Arc::new(common::clock()));
    let now: HashSet<&str> = again
        .document()
        .record
        .events()
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert!(
        ids.iter().all(|id| now.contains(id.as_str())),
        "every event is back on this computer"
    );
    assert_eq!(
        again.task_states()[&task].status,
        passwort_lotse::record::Status::Tested
    );
}

#[test]
fn retry_after_the_share_was_away_does_not_wait_on_its_own_lock() {
    let root = tempfile::tempdir().unwrap();
    let shared = root.path().join("server-freigabe");
    let local = root.path().join("empfang");
    let mut s = workstation(&local, "Empfang-PC", Arc::new(SystemClock));
    s.handle(Action::SaveProfile {
        base: None,
        profile: passwort_lotse::demo::profile(),
    });
    s.handle(Action::UseSharedFolder(Some(shared.clone())));
    drop(s);
    // The share is away when the app starts, then comes back.
    let away = root.path().join("weg");
    std::fs::rename(&shared, &away).unwrap();
    let mut s = workstation(&local, "Empfang-PC", Arc::new(SystemClock));
    assert!(matches!(s.storage().state, StoreState::Offline { .. }));
    std::fs::rename(&away, &shared).unwrap();
    let (done, result) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        s.handle(Action::Retry);
        let _ = done.send(
            s.storage().save_problem.is_none()
                && matches!(s.storage().state, StoreState::Shared { .. }),
        );
    });
    assert_eq!(
        result.recv_timeout(std::time::Duration::from_secs(20)),
        Ok(true),
        "retry must save, not wait on the app's own lock"
    );
}
