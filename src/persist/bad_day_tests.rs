//! The bad days of the code review (B1–B16): each test is named after what
//! it protects.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc;

use super::tests::{clock, save_a_mark as save, setup, task};
use super::*;
use crate::store::{Locking, Opened, Store};
use crate::workspace::{Opening, StoreState};

fn open(p: &mut Persistence) -> Opening {
    let reports = p.run(PersistEffect::Open);
    match reports.into_iter().next() {
        Some(Report::Opened(o)) => o,
        other => panic!("not opened: {other:?}"),
    }
}

/// The shared folder of a practice under `root`, there.
fn share_in(root: &Path) -> std::path::PathBuf {
    let shared = root.join("freigabe");
    std::fs::create_dir_all(&shared).unwrap_or_default();
    shared
}

/// The front desk's worker, keeping its copies in `here`, the record in `shared`.
fn front_desk(here: &Path, shared: &Path, clock: &crate::clock::ManualClock) -> Persistence {
    Persistence::new(
        setup(here, Some(shared), "Empfang-PC"),
        Arc::new(clock.clone()),
    )
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

fn has_task(p: &Persistence, ticket: Ticket) -> bool {
    p.record.task_states().contains_key(&task(ticket))
}

/// Runs `work` on its own thread and gives up after 20 s, so a test of a
/// wait that never ends fails instead of hanging the test run.
fn within_20_seconds<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    rx.recv_timeout(std::time::Duration::from_secs(20)).ok()
}

#[test]
fn b1_an_unreadable_record_is_never_opened_as_a_new_one() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let here = root.path().join("a");
    // A folder where the file should be cannot be read, even by root.
    std::fs::create_dir_all(here.join("record.json")).unwrap_or_default();
    let clock = clock();
    let mut p = Persistence::new(setup(&here, None, "Empfang-PC"), Arc::new(clock.clone()));
    let opening = open(&mut p);
    assert_ne!(
        opening.store,
        StoreState::Writer,
        "an unreadable record must not open as an empty one to write"
    );
    let reports = save(&mut p, 1, &clock);
    assert!(
        !reports.iter().any(|r| matches!(r, Report::Saved(_))),
        "{reports:?}"
    );
    assert!(here.join("record.json").is_dir(), "left as it was");
}

#[test]
fn b2_retry_after_a_failed_start_over_never_writes_over_the_damaged_record() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let here = root.path().join("a");
    std::fs::create_dir_all(&here).unwrap_or_default();
    std::fs::write(here.join("record.json"), b"{\"format\":\"kaputt").unwrap_or_default();
    // The damaged file cannot be set aside: `damaged` is a file, not a folder.
    std::fs::write(here.join("damaged"), b"").unwrap_or_default();
    let clock = clock();
    let mut p = Persistence::new(setup(&here, None, "Empfang-PC"), Arc::new(clock.clone()));
    let opening = open(&mut p);
    assert!(opening.recovery.is_some());
    let _ = p.run(PersistEffect::StartOver { ticket: 1 });
    let _ = p.run(PersistEffect::Retry);
    clock.advance(RETRY_EVERY * 2);
    let _ = p.tick();
    assert_eq!(
        bytes(&here.join("record.json")),
        b"{\"format\":\"kaputt",
        "the damaged record is still there, unchanged"
    );
}

#[test]
fn b3_moving_the_record_into_its_own_folder_never_waits_on_itself() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let here = root.path().join("a");
    let clock = clock();
    let mut p = Persistence::new(setup(&here, None, "Empfang-PC"), Arc::new(clock.clone()));
    let _ = open(&mut p);
    let _ = save(&mut p, 1, &clock);
    let moved = within_20_seconds(move || {
        let reports = p.run(PersistEffect::UseSharedFolder(Some(here)));
        (reports, p)
    });
    let Some((reports, p)) = moved else {
        panic!("the move waited on its own lock");
    };
    assert!(has_task(&p, 1), "{reports:?}");
}

#[test]
fn b4_a_hung_workstation_delays_a_save_only_briefly_and_is_named_at_once() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let shared = share_in(root.path());
    let clock = clock();
    let mut p = front_desk(&root.path().join("a"), &shared, &clock);
    let _ = open(&mut p);
    // Another workstation takes the lock and hangs.
    let hung =
        Store::shared(&shared, Arc::new(crate::disk::RealDisk)).unwrap_or_else(|e| panic!("{e}"));
    let labor = LockHolder {
        name: "Ben".into(),
        workstation: "Labor-PC".into(),
    };
    let Ok(Locking::Taken(lock)) = hung.try_lock(&labor) else {
        panic!("lock not taken");
    };
    let saved = within_20_seconds(move || {
        let reports = save(&mut p, 1, &clock);
        (reports, p)
    });
    drop(lock);
    let Some((reports, p)) = saved else {
        panic!("the save waited for the hung workstation without end");
    };
    assert!(
        matches!(reports.first(), Some(Report::Waiting(h)) if h.workstation == "Labor-PC"),
        "{reports:?}"
    );
    assert!(has_task(&p, 1), "the work stays in memory");
}

#[test]
fn b5_with_the_share_away_at_start_the_last_known_record_is_shown() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let shared = share_in(root.path());
    let here = root.path().join("a");
    let clock = clock();
    let mut p = front_desk(&here, &shared, &clock);
    let _ = open(&mut p);
    let _ = save(&mut p, 1, &clock);
    drop(p);
    std::fs::rename(&shared, root.path().join("weg")).unwrap_or_default();
    let mut p = front_desk(&here, &shared, &clock);
    let opening = open(&mut p);
    assert_eq!(
        opening.record.events().len(),
        1,
        "the practice's work, not an empty record"
    );
}

#[test]
fn b6_offline_work_survives_a_damaged_shared_record_and_its_restore() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let shared = share_in(root.path());
    let here = root.path().join("a");
    let clock = clock();
    let mut p = front_desk(&here, &shared, &clock);
    let _ = open(&mut p);
    let _ = save(&mut p, 1, &clock);
    // The share goes away; work goes on in the copy here.
    std::fs::rename(&shared, root.path().join("weg")).unwrap_or_default();
    let _ = save(&mut p, 2, &clock);
    drop(p);
    // It comes back damaged.
    std::fs::rename(root.path().join("weg"), &shared).unwrap_or_default();
    std::fs::write(shared.join("record.json"), b"garbage").unwrap_or_default();
    let mut p = front_desk(&here, &shared, &clock);
    let opening = open(&mut p);
    let backup = opening
        .recovery
        .and_then(|r| r.backup)
        .unwrap_or_else(|| panic!("no backup offered"));
    let _ = p.run(PersistEffect::Restore { ticket: 1, backup });
    let _ = save(&mut p, 3, &clock);
    let on_disk = match Store::reader(&shared).load() {
        Ok(Opened::Loaded(r)) => r,
        other => panic!("{other:?}"),
    };
    let id: crate::record::TaskId = "task-2".into();
    assert!(
        on_disk.task_states().contains_key(&id),
        "the work done while the share was away is in the shared record"
    );
}

#[test]
fn b7_a_reader_taking_over_never_writes_over_a_damaged_record() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let here = root.path().join("a");
    let clock = clock();
    let mut first = Persistence::new(setup(&here, None, "Empfang-PC"), Arc::new(clock.clone()));
    let _ = open(&mut first);
    let _ = save(&mut first, 1, &clock);
    let mut second = Persistence::new(setup(&here, None, "Labor-PC"), Arc::new(clock.clone()));
    let _ = open(&mut second);
    drop(first);
    std::fs::write(here.join("record.json"), b"{\"format\":\"kaputt").unwrap_or_default();
    clock.advance(FOLLOW_EVERY);
    let _ = second.tick();
    let _ = save(&mut second, 2, &clock);
    let kept = bytes(&here.join("record.json")) == b"{\"format\":\"kaputt"
        || std::fs::read_dir(here.join("damaged")).is_ok_and(|mut d| d.next().is_some());
    assert!(kept, "the damaged record is neither overwritten nor lost");
}

#[test]
fn b8_moving_back_never_writes_over_a_damaged_record_here() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let shared = share_in(root.path());
    let here = root.path().join("a");
    std::fs::create_dir_all(&here).unwrap_or_default();
    std::fs::write(here.join("record.json"), b"{\"format\":\"kaputt").unwrap_or_default();
    let clock = clock();
    let mut p = front_desk(&here, &shared, &clock);
    let _ = open(&mut p);
    let _ = save(&mut p, 1, &clock);
    let _ = p.run(PersistEffect::UseSharedFolder(None));
    let kept = bytes(&here.join("record.json")) == b"{\"format\":\"kaputt"
        || std::fs::read_dir(here.join("damaged")).is_ok_and(|mut d| d.next().is_some());
    assert!(
        kept,
        "the damaged record here is neither overwritten nor lost"
    );
}

#[test]
fn b9_work_kept_in_memory_survives_when_the_folder_returns_held_by_another_copy() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let here = root.path().join("a");
    // The folder cannot be made: a file stands where it should be.
    std::fs::write(&here, b"").unwrap_or_default();
    let clock = clock();
    let mut p = Persistence::new(setup(&here, None, "Empfang-PC"), Arc::new(clock.clone()));
    let _ = open(&mut p);
    let _ = save(&mut p, 1, &clock);
    // The folder comes back, and another copy opens it first and saves.
    std::fs::remove_file(&here).unwrap_or_default();
    let mut other = Persistence::new(setup(&here, None, "Labor-PC"), Arc::new(clock.clone()));
    let _ = open(&mut other);
    clock.advance(RETRY_EVERY);
    let _ = p.tick();
    // The other copy saves, and this one follows it.
    let _ = save(&mut other, 7, &clock);
    for _ in 0..3 {
        clock.advance(RETRY_EVERY.max(FOLLOW_EVERY));
        let _ = p.tick();
    }
    assert!(has_task(&p, 1), "the work kept in memory is still there");
}

#[test]
fn b13_backups_made_after_a_new_start_are_kept() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let here = root.path().join("a");
    let clock = clock();
    let mut p = Persistence::new(setup(&here, None, "Empfang-PC"), Arc::new(clock.clone()));
    let _ = open(&mut p);
    for t in 1..=10 {
        let _ = save(&mut p, t, &clock);
    }
    drop(p);
    std::fs::write(here.join("record.json"), b"garbage").unwrap_or_default();
    let mut p = Persistence::new(setup(&here, None, "Empfang-PC"), Arc::new(clock.clone()));
    let _ = open(&mut p);
    let _ = p.run(PersistEffect::StartOver { ticket: 1 });
    let _ = save(&mut p, 2, &clock);
    drop(p);
    std::fs::write(here.join("record.json"), b"garbage again").unwrap_or_default();
    let mut p = Persistence::new(setup(&here, None, "Empfang-PC"), Arc::new(clock.clone()));
    let opening = open(&mut p);
    let backup = opening.recovery.and_then(|r| r.backup);
    assert_eq!(
        backup.map(|b| b.events),
        Some(1),
        "the backup offered is of the new record, not the abandoned one"
    );
}

#[test]
fn b16_retries_stay_due_when_the_clock_is_set_back() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let shared = share_in(root.path());
    let clock = clock();
    let mut p = front_desk(&root.path().join("a"), &shared, &clock);
    let _ = open(&mut p);
    let _ = save(&mut p, 1, &clock);
    // The share goes away; the work waits here and is tried again soon.
    std::fs::rename(&shared, root.path().join("weg")).unwrap_or_default();
    let _ = save(&mut p, 2, &clock);
    std::fs::rename(root.path().join("weg"), &shared).unwrap_or_default();
    // The computer's clock is corrected an hour back, then seconds pass.
    clock.set_back(chrono::Duration::hours(1));
    clock.advance(RETRY_EVERY * 2);
    let reports = p.tick();
    assert!(
        reports.iter().any(|r| matches!(r, Report::Saved(2))),
        "the share is tried again within seconds: {reports:?}"
    );
}
