use std::path::Path;
use std::sync::Arc;

use chrono::{TimeZone, Utc};

use super::*;
use crate::clock::ManualClock;
use crate::disk::RealDisk;
use crate::record::{EventKind, Mark};
use crate::store::Locking;
use crate::workspace::{Opening, StoreState, Trouble};

pub(super) fn clock() -> ManualClock {
    ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0)
            .single()
            .unwrap_or_default(),
    )
}

/// A workstation whose folder is `here` and whose record lives in `shared`
/// (noted as an installer would) or, without one, here; on the real disk,
/// waiting for no lock.
pub(super) fn setup(here: &Path, shared: Option<&Path>, name: &str) -> Setup {
    setup_on(here, shared, name, Arc::new(RealDisk))
}

/// The same on a disk of the test's choice.
pub(super) fn setup_on(
    here: &Path,
    shared: Option<&Path>,
    name: &str,
    disk: Arc<dyn Disk>,
) -> Setup {
    let note = match shared {
        Some(folder) => location::Location::Shared {
            folder: folder.to_owned(),
        },
        None => location::Location::Here,
    };
    // A file standing where the folder should be stays as the test made it.
    if !here.is_file()
        && let Err(e) = location::write(&RealDisk, here, &note)
    {
        panic!("{e}");
    }
    Setup {
        folders: crate::workspace::Folders {
            data: here.to_owned(),
            settings: here.to_owned(),
        },
        demo: false,
        legacy_shared_folder: None,
        me: LockHolder {
            name: "Anna".into(),
            workstation: name.into(),
        },
        credential_store: None,
        disk,
        lock_wait: std::time::Duration::ZERO,
    }
}

fn opened(setup: Setup, clock: &ManualClock) -> Persistence {
    let mut p = Persistence::new(setup, Arc::new(clock.clone()));
    let _ = p.run(PersistEffect::Open);
    p
}

/// The task a test marks with ticket `n`.
pub(super) fn task(n: Ticket) -> crate::record::TaskId {
    format!("task-{n}").into()
}

/// Saves one new mark (on task `n`, with ticket `n`) made on this
/// workstation, as the workspace would hand it over.
pub(super) fn save_a_mark(p: &mut Persistence, n: Ticket, clock: &ManualClock) -> Vec<Report> {
    let mut record = p.record.clone();
    let before = record.events().len();
    record.push(
        clock.now(),
        "Anna",
        &p.setup.me.workstation,
        EventKind::TaskMarked {
            task: task(n),
            mark: Mark::Done,
            reason: None,
        },
    );
    p.run(PersistEffect::Save {
        ticket: n,
        events: record.events()[before..].to_vec(),
    })
}

/// Lets an hour pass, doing whatever falls due; returns how many reports it
/// produced (each would wake the window) and how often it looked.
fn an_idle_hour(p: &mut Persistence, clock: &ManualClock) -> (usize, usize) {
    let end = clock.steady() + Duration::from_hours(1);
    let (mut reports, mut looks) = (0, 0);
    while let Some(due) = p.due().filter(|d| *d <= end) {
        clock.advance(due.saturating_sub(clock.steady()));
        reports += p.tick().len();
        looks += 1;
    }
    (reports, looks)
}

#[test]
fn an_idle_hour_wakes_no_window_and_reads_nothing_in_any_mode() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = clock();
    let shared = root.path().join("freigabe");
    std::fs::create_dir_all(&shared).unwrap_or_default();

    let mut writer = opened(setup(&root.path().join("a"), None, "Empfang-PC"), &clock);
    let _ = save_a_mark(&mut writer, 1, &clock);
    let mut reader = opened(setup(&root.path().join("a"), None, "Labor-PC"), &clock);
    assert!(matches!(reader.mode(), StoreMode::Reader { .. }));
    let mut member = opened(
        setup(&root.path().join("b"), Some(&shared), "Labor-PC"),
        &clock,
    );
    let _ = save_a_mark(&mut member, 1, &clock);
    let away = root.path().join("nicht-da");
    let mut offline = opened(
        setup(&root.path().join("c"), Some(&away), "Sprechzimmer"),
        &clock,
    );
    assert!(matches!(offline.mode(), StoreMode::Offline { .. }));

    for (name, p, looks_expected) in [
        ("writer", &mut writer, false),
        ("reader", &mut reader, true),
        ("shared", &mut member, true),
        ("offline", &mut offline, true),
    ] {
        let reads = p.reads();
        let (reports, looks) = an_idle_hour(p, &clock);
        assert_eq!(reports, 0, "{name}: nothing changed, so no window wakes");
        assert_eq!(
            p.reads(),
            reads,
            "{name}: a stamp compared, the record not read"
        );
        assert_eq!(looks > 0, looks_expected, "{name}: {looks} looks");
    }
}

#[test]
fn following_another_workstation_reads_the_record_only_after_it_changed() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = clock();
    let shared = root.path().join("freigabe");
    std::fs::create_dir_all(&shared).unwrap_or_default();
    let mut empfang = opened(
        setup(&root.path().join("a"), Some(&shared), "Empfang-PC"),
        &clock,
    );
    let mut labor = opened(
        setup(&root.path().join("b"), Some(&shared), "Labor-PC"),
        &clock,
    );
    let _ = save_a_mark(&mut empfang, 1, &clock);
    let reads = labor.reads();
    clock.advance(FOLLOW_EVERY);
    let reports = labor.tick();
    assert!(
        matches!(reports.as_slice(), [Report::Merged(_)]),
        "{reports:?}"
    );
    assert_eq!(labor.reads(), reads + 1);
    clock.advance(FOLLOW_EVERY);
    assert!(labor.tick().is_empty());
    assert_eq!(labor.reads(), reads + 1, "no change, no read");
}

#[test]
fn a_reader_becomes_the_writer_when_the_other_copy_closes() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = clock();
    let here = root.path().join("a");
    let mut first = opened(setup(&here, None, "Empfang-PC"), &clock);
    let _ = save_a_mark(&mut first, 1, &clock);
    let mut second = opened(setup(&here, None, "Labor-PC"), &clock);
    drop(first);
    clock.advance(FOLLOW_EVERY);
    let reports = second.tick();
    assert!(matches!(
        reports.first(),
        Some(Report::Store(StoreState::Writer))
    ));
    assert!(matches!(second.mode(), StoreMode::Writer { .. }));
    let saved = save_a_mark(&mut second, 1, &clock);
    assert!(matches!(saved.as_slice(), [Report::Saved(1)]), "{saved:?}");
}

#[test]
fn retrying_in_a_shared_folder_never_keeps_its_lock() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = clock();
    let shared = root.path().join("freigabe");
    let away = root.path().join("weg");
    std::fs::create_dir_all(&shared).unwrap_or_default();
    let here = root.path().join("a");
    let mut p = opened(setup(&here, Some(&shared), "Empfang-PC"), &clock);
    let _ = save_a_mark(&mut p, 1, &clock);
    drop(p);
    // The share is away at the next start, then comes back, and the user
    // clicks retry.
    std::fs::rename(&shared, &away).unwrap_or_default();
    let mut p = opened(setup(&here, Some(&shared), "Empfang-PC"), &clock);
    assert!(matches!(p.mode(), StoreMode::Offline { known: true, .. }));
    let _ = save_a_mark(&mut p, 2, &clock);
    std::fs::rename(&away, &shared).unwrap_or_default();
    let reports = p.run(PersistEffect::Retry);
    assert!(
        reports.iter().any(|r| matches!(r, Report::Saved(2))),
        "{reports:?}"
    );
    let other = Store::shared(&shared, Arc::new(RealDisk)).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        matches!(
            other.try_lock(&LockHolder::default()),
            Ok(Locking::Taken(_))
        ),
        "the lock is free again for the other workstations"
    );
    drop(other);
    let again = p.run(PersistEffect::Retry);
    assert!(again.is_empty(), "nothing left to retry: {again:?}");
}

#[test]
fn a_damaged_copy_kept_while_the_share_was_away_is_set_aside_not_overwritten() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = clock();
    let here = root.path().join("a");
    std::fs::create_dir_all(&here).unwrap_or_default();
    std::fs::write(here.join("shared-pending.json"), b"{\"format\":\"passwort").unwrap_or_default();
    let mut p = Persistence::new(
        setup(&here, Some(&root.path().join("weg")), "Empfang-PC"),
        Arc::new(clock.clone()),
    );
    let reports = p.run(PersistEffect::Open);
    let aside = reports.iter().find_map(|r| match r {
        Report::Trouble(Trouble::PendingSetAside(path)) => Some(path.clone()),
        _ => None,
    });
    let aside = aside.unwrap_or_else(|| panic!("not reported: {reports:?}"));
    assert_eq!(
        std::fs::read(&aside).unwrap_or_default(),
        b"{\"format\":\"passwort"
    );
    let _ = save_a_mark(&mut p, 1, &clock);
    assert_eq!(
        std::fs::read(&aside).unwrap_or_default(),
        b"{\"format\":\"passwort",
        "the damaged copy is kept as it was"
    );
}

#[test]
fn a_backup_is_restored_in_a_shared_folder_too() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = clock();
    let shared = root.path().join("freigabe");
    std::fs::create_dir_all(&shared).unwrap_or_default();
    let mut p = opened(
        setup(&root.path().join("a"), Some(&shared), "Empfang-PC"),
        &clock,
    );
    let _ = save_a_mark(&mut p, 1, &clock);
    let _ = save_a_mark(&mut p, 2, &clock);
    drop(p);
    std::fs::write(shared.join("record.json"), b"garbage").unwrap_or_default();
    let mut p = Persistence::new(
        setup(&root.path().join("a"), Some(&shared), "Empfang-PC"),
        Arc::new(clock.clone()),
    );
    let opened = p.run(PersistEffect::Open);
    let Some(Report::Opened(Opening {
        recovery: Some(recovery),
        ..
    })) = opened.first()
    else {
        panic!("damage not reported: {opened:?}");
    };
    let backup = recovery
        .backup
        .clone()
        .unwrap_or_else(|| panic!("no backup"));
    let reports = p.run(PersistEffect::Restore { ticket: 1, backup });
    assert!(
        matches!(reports.as_slice(), [Report::Store(StoreState::Shared { .. }), Report::Replaced(r), Report::Saved(1)] if r.events().len() == 2),
        "{reports:?}"
    );
    assert!(matches!(
        Store::reader(&shared).load(),
        Ok(Opened::Loaded(r)) if r.events().len() == 2
    ));
}

#[test]
fn the_writer_removes_what_killed_saves_left_behind_when_it_opens() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let clock = clock();
    let here = root.path().join("a");
    std::fs::create_dir_all(&here).unwrap_or_default();
    for n in 0..38 {
        std::fs::write(here.join(format!(".record.json.x{n:02}.tmp")), b"half").unwrap_or_default();
    }
    let _p = opened(setup(&here, None, "Empfang-PC"), &clock);
    let left = std::fs::read_dir(&here).map_or(99, |d| {
        d.filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .count()
    });
    assert_eq!(left, 0);
}
