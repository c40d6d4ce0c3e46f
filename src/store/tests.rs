use std::fs;

use chrono::TimeZone;

use super::*;
use crate::disk::{Fault, Faulty, Op};
use crate::record::{EventKind, Mark};

fn me() -> LockHolder {
    LockHolder {
        name: "Anna".into(),
        workstation: "Empfang-PC".into(),
    }
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0)
        .single()
        .unwrap_or_default()
}

fn record_with(n: usize) -> Record {
    let mut r = Record::default();
    for i in 0..n {
        r.push(
            now(),
            "Anna",
            "Empfang-PC",
            EventKind::TaskMarked {
                task: format!("t{i}").into(),
                mark: Mark::Done,
                reason: None,
            },
        );
    }
    r
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

/// The store of a folder on this computer, with its lock.
fn writer(dir: &Path) -> Result<(Store, WriterLock), StoreError> {
    let store = Store::local(dir, Arc::new(RealDisk))?;
    match store.try_lock(&me())? {
        Locking::Taken(lock) => Ok((store, lock)),
        Locking::HeldBy(_) => Err(StoreError::ReadOnly),
    }
}

fn loaded(store: &Store) -> Option<Record> {
    match store.load() {
        Ok(Opened::Loaded(r)) => Some(r),
        _ => None,
    }
}

#[test]
fn a_committed_record_loads_back() -> Result<(), StoreError> {
    let dir = tmp();
    let (store, lock) = writer(dir.path())?;
    assert!(matches!(store.load()?, Opened::Fresh));
    let (merged, stamp) = store.commit(&lock, &record_with(3), None)?;
    assert_eq!(merged, None, "nothing to merge into a new file");
    assert_eq!(stamp, store.stamp(), "the stamp of what it wrote");
    assert_eq!(loaded(&store), Some(record_with(3)));
    Ok(())
}

#[test]
fn a_save_into_an_unchanged_file_costs_one_look_and_no_read() -> Result<(), StoreError> {
    let dir = tmp();
    let disk = Arc::new(Faulty::new());
    let store = Store::local(dir.path(), disk.clone())?;
    let Locking::Taken(lock) = store.try_lock(&me())? else {
        return Err(StoreError::ReadOnly);
    };
    let (_, stamp) = store.commit(&lock, &record_with(1), None)?;
    let (reads, looks) = (disk.calls(Op::Read), disk.calls(Op::Stamp));
    let _ = store.commit(&lock, &record_with(2), stamp)?;
    assert_eq!(
        disk.calls(Op::Read),
        reads,
        "nothing read when nothing changed"
    );
    assert_eq!(
        disk.calls(Op::Stamp) - looks,
        2,
        "one look before the write, one for the stamp of what was written"
    );
    Ok(())
}

#[test]
fn a_record_changed_since_the_last_write_is_read_and_merged_not_overwritten()
-> Result<(), StoreError> {
    let dir = tmp();
    let (store, lock) = writer(dir.path())?;
    let (_, stamp) = store.commit(&lock, &record_with(1), None)?;
    // Someone else wrote meanwhile (a copy that held the lock before).
    let mut theirs = record_with(1);
    theirs.push(
        now(),
        "Ben",
        "Labor-PC",
        EventKind::TaskMarked {
            task: "theirs".into(),
            mark: Mark::Done,
            reason: None,
        },
    );
    fs::write(store.file(), encode(&theirs)?).map_err(StoreError::io(dir.path()))?;
    let (merged, _) = store.commit(&lock, &record_with(2), stamp)?;
    assert_eq!(
        merged.map(|r| r.events().len()),
        Some(3),
        "nothing of theirs is lost"
    );
    Ok(())
}

#[test]
fn a_damaged_or_unreadable_file_is_never_written_over() -> Result<(), StoreError> {
    let dir = tmp();
    let (store, lock) = writer(dir.path())?;
    let (_, stamp) = store.commit(&lock, &record_with(1), None)?;
    fs::write(store.file(), b"garbage").map_err(StoreError::io(dir.path()))?;
    assert!(matches!(
        store.commit(&lock, &record_with(2), stamp),
        Err(StoreError::Damaged(_))
    ));
    assert_eq!(
        fs::read(store.file()).ok().as_deref(),
        Some(&b"garbage"[..])
    );

    let faulty = Arc::new(Faulty::new());
    let store = Store::on(dir.path(), faulty.clone());
    fs::write(store.file(), encode(&record_with(1))?).map_err(StoreError::io(dir.path()))?;
    let before = fs::read(store.file()).map_err(StoreError::io(dir.path()))?;
    faulty.fail(Op::Read, 1, Fault::PermissionDenied);
    assert!(matches!(
        store.commit(&lock, &record_with(2), None),
        Err(StoreError::Io { .. })
    ));
    assert_eq!(fs::read(store.file()).ok(), Some(before));
    Ok(())
}

#[test]
fn only_the_last_five_versions_are_kept_as_backups() -> Result<(), StoreError> {
    let dir = tmp();
    let (store, lock) = writer(dir.path())?;
    let mut stamp = None;
    for n in 1..=8 {
        stamp = store.commit(&lock, &record_with(n), stamp)?.1;
    }
    let backups = backups::sorted_json_files(store.disk(), &dir.path().join("backups"));
    assert_eq!(backups.len(), BACKUPS_KEPT);
    let newest = store.newest_good_backup().map(|b| b.events);
    assert_eq!(newest, Some(8));
    let oldest = fs::read(&backups[0]).map_err(StoreError::io(&backups[0]))?;
    assert_eq!(decode(&oldest).map(|r| r.events().len()), Ok(4));
    Ok(())
}

#[test]
fn backups_after_starting_over_are_kept_and_the_newest_is_offered() -> Result<(), StoreError> {
    let dir = tmp();
    let (store, lock) = writer(dir.path())?;
    let mut stamp = None;
    for n in [10, 11, 12] {
        stamp = store.commit(&lock, &record_with(n), stamp)?.1;
    }
    fs::write(store.file(), b"garbage").map_err(StoreError::io(dir.path()))?;
    store.start_over(&lock, &Record::default(), now())?;
    // A new record with few events: its backups must not be the ones pruned.
    let mut stamp = None;
    for n in 1..=6 {
        stamp = store.commit(&lock, &record_with(n), stamp)?.1;
    }
    assert_eq!(
        store.newest_good_backup().map(|b| b.events),
        Some(6),
        "recovery offers the new record, not the abandoned one"
    );
    Ok(())
}

#[test]
fn a_second_copy_opens_read_only_and_names_the_holder() -> Result<(), StoreError> {
    let dir = tmp();
    let (first, lock) = writer(dir.path())?;
    first.commit(&lock, &record_with(1), None)?;
    let second = Store::local(dir.path(), Arc::new(RealDisk))?;
    match second.try_lock(&LockHolder::default())? {
        Locking::HeldBy(holder) => assert_eq!(holder, me()),
        Locking::Taken(_) => panic!("two writers"),
    }
    assert_eq!(loaded(&second), Some(record_with(1)), "it can still read");
    drop(lock);
    assert!(matches!(
        second.try_lock(&LockHolder::default())?,
        Locking::Taken(_)
    ));
    Ok(())
}

#[test]
fn a_wait_for_the_lock_ends_and_says_who_holds_it() -> Result<(), StoreError> {
    let dir = tmp();
    let (store, held) = writer(dir.path())?;
    let mut told = Vec::new();
    let waited = store.lock_briefly(&me(), std::time::Duration::ZERO, &mut |h| {
        told.push(h.clone());
    });
    assert!(matches!(waited, Err(StoreError::Busy(h)) if h == me()));
    assert_eq!(told, vec![me()], "the waiting copy is told at once");
    drop(held);
    assert!(
        store
            .lock_briefly(&me(), std::time::Duration::ZERO, &mut |_| {})
            .is_ok()
    );
    Ok(())
}

#[test]
fn a_damaged_record_is_reported_with_the_newest_good_backup() -> Result<(), StoreError> {
    let dir = tmp();
    let (store, lock) = writer(dir.path())?;
    let stamp = store.commit(&lock, &record_with(2), None)?.1;
    store.commit(&lock, &record_with(3), stamp)?;
    let path = store.file();
    fs::write(&path, b"garbage").map_err(StoreError::io(&path))?;
    let Opened::Damaged { problem, backup } = store.load()? else {
        panic!("damage not noticed");
    };
    assert_eq!(problem, FileError::NotARecord);
    let backup = backup.ok_or(StoreError::ReadOnly)?;
    assert_eq!(backup.events, 3);
    assert_eq!(
        fs::read(&path).ok().as_deref(),
        Some(&b"garbage"[..]),
        "nothing is replaced before the user decides"
    );
    let (restored, _) = store.restore(&lock, &backup, &Record::default(), now())?;
    assert_eq!(restored, record_with(3));
    assert_eq!(loaded(&store), Some(record_with(3)));
    let aside = store.damaged_files();
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read(&aside[0]).ok().as_deref(), Some(&b"garbage"[..]));
    Ok(())
}

#[test]
fn starting_over_keeps_the_damaged_file_aside() -> Result<(), StoreError> {
    let dir = tmp();
    let (store, lock) = writer(dir.path())?;
    let path = store.file();
    fs::write(&path, b"{\"format\":\"passwort-lotse-record\"").map_err(StoreError::io(&path))?;
    assert!(matches!(
        store.load()?,
        Opened::Damaged {
            problem: FileError::Truncated,
            backup: None
        }
    ));
    let mut kept = Record::default();
    kept.push(
        now(),
        "Anna",
        "Empfang-PC",
        EventKind::TaskMarked {
            task: "in-memory".into(),
            mark: Mark::Done,
            reason: None,
        },
    );
    let (fresh, _) = store.start_over(&lock, &kept, now())?;
    assert!(fresh.is_empty());
    assert!(
        matches!(store.load()?, Opened::Loaded(r) if r.is_empty()),
        "a new, empty record file, so other workstations find one"
    );
    let aside = store.damaged_files();
    assert_eq!(
        aside.len(),
        2,
        "the damaged file and the work kept in memory: {aside:?}"
    );
    let kept_aside = aside.iter().find(|p| p.to_string_lossy().contains("kept-"));
    let kept_bytes = kept_aside
        .and_then(|p| fs::read(p).ok())
        .unwrap_or_default();
    assert!(
        matches!(decode(&kept_bytes), Ok(r) if r == kept),
        "the work in memory is kept aside"
    );
    Ok(())
}

#[test]
fn the_writer_removes_what_a_killed_save_left_behind() -> Result<(), StoreError> {
    let dir = tmp();
    let (store, lock) = writer(dir.path())?;
    store.commit(&lock, &record_with(2), None)?;
    let left = [
        dir.path().join(".record.json.a1b2c3.tmp"),
        dir.path()
            .join("backups")
            .join(".record-00000002.json.x9y8z7.tmp"),
        dir.path().join(".record.holder.q1w2e3.tmp"),
    ];
    let foreign = dir.path().join(".settings.json.k4l5m6.tmp");
    for f in left.iter().chain([&foreign]) {
        fs::write(f, b"half").map_err(StoreError::io(f))?;
    }
    assert_eq!(store.remove_stale_temp_files(&lock), 3);
    assert!(left.iter().all(|f| !f.exists()));
    assert!(
        foreign.exists(),
        "only the record's own leftovers are removed"
    );
    assert_eq!(loaded(&store), Some(record_with(2)));
    Ok(())
}
