use super::*;
use crate::record::{EventKind, Mark};
use chrono::TimeZone;

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

/// The store of a folder on this computer, with its lock.
fn writer(dir: &Path) -> Result<(Store, WriterLock), RecordError> {
    let store = Store::local(dir)?;
    match store.try_lock(&me())? {
        Locking::Taken(lock) => Ok((store, lock)),
        Locking::HeldBy(_) => Err(RecordError::ReadOnly),
    }
}

fn loaded(store: &Store) -> Option<Record> {
    match store.load() {
        Ok(Opened::Loaded(r)) => Some(r),
        _ => None,
    }
}

#[test]
fn a_saved_record_loads_back() -> Result<(), RecordError> {
    let dir = tempfile::tempdir().map_err(RecordError::io(Path::new("tmp")))?;
    let (store, lock) = writer(dir.path())?;
    assert!(matches!(store.load()?, Opened::Fresh));
    store.save(&lock, &record_with(3))?;
    assert_eq!(loaded(&store), Some(record_with(3)));
    Ok(())
}

#[test]
fn only_the_last_five_versions_are_kept_as_backups() -> Result<(), RecordError> {
    let dir = tempfile::tempdir().map_err(RecordError::io(Path::new("tmp")))?;
    let (store, lock) = writer(dir.path())?;
    for n in 1..=8 {
        store.save(&lock, &record_with(n))?;
    }
    let backups = backup_paths(&dir.path().join(BACKUPS));
    assert_eq!(backups.len(), BACKUPS_KEPT);
    // Each backup keeps its own version even though the record moved on.
    let newest = store.newest_good_backup().map(|b| b.events);
    assert_eq!(newest, Some(8));
    let oldest = fs::read(&backups[0]).map_err(RecordError::io(&backups[0]))?;
    assert_eq!(file::decode(&oldest).map(|r| r.events().len()), Ok(4));
    Ok(())
}

#[test]
fn a_second_copy_opens_read_only_and_names_the_holder() -> Result<(), RecordError> {
    let dir = tempfile::tempdir().map_err(RecordError::io(Path::new("tmp")))?;
    let (first, lock) = writer(dir.path())?;
    first.save(&lock, &record_with(1))?;
    let second = Store::local(dir.path())?;
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
fn a_damaged_record_is_reported_with_the_newest_good_backup() -> Result<(), RecordError> {
    let dir = tempfile::tempdir().map_err(RecordError::io(Path::new("tmp")))?;
    let (store, lock) = writer(dir.path())?;
    store.save(&lock, &record_with(2))?;
    store.save(&lock, &record_with(3))?;
    let path = dir.path().join(RECORD);
    fs::write(&path, b"garbage").map_err(RecordError::io(&path))?;
    let Opened::Damaged { problem, backup } = store.load()? else {
        panic!("damage not noticed");
    };
    assert_eq!(problem, FileError::NotARecord);
    let backup = backup.ok_or(RecordError::ReadOnly)?;
    assert_eq!(backup.events, 3);
    assert_eq!(
        fs::read(&path).ok().as_deref(),
        Some(&b"garbage"[..]),
        "nothing is replaced before the user decides"
    );
    let restored = store.restore(&lock, &backup, now())?;
    assert_eq!(restored, record_with(3));
    assert_eq!(loaded(&store), Some(record_with(3)));
    let aside = store.damaged_files();
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read(&aside[0]).ok().as_deref(), Some(&b"garbage"[..]));
    Ok(())
}

#[test]
fn starting_over_keeps_the_damaged_file_aside() -> Result<(), RecordError> {
    let dir = tempfile::tempdir().map_err(RecordError::io(Path::new("tmp")))?;
    let (store, lock) = writer(dir.path())?;
    let path = dir.path().join(RECORD);
    fs::write(&path, b"{\"format\":\"passwort-lotse-record\"").map_err(RecordError::io(&path))?;
    assert!(matches!(
        store.load()?,
        Opened::Damaged {
            problem: FileError::Truncated,
            backup: None
        }
    ));
    store.start_over(&lock, now())?;
    assert!(matches!(store.load()?, Opened::Fresh));
    assert_eq!(store.damaged_files().len(), 1);
    Ok(())
}

#[test]
fn a_failed_save_reports_and_leaves_the_old_record() -> Result<(), RecordError> {
    let dir = tempfile::tempdir().map_err(RecordError::io(Path::new("tmp")))?;
    let data = dir.path().join("data");
    let (store, lock) = writer(&data)?;
    store.save(&lock, &record_with(1))?;
    // The folder vanishing (a share going away, a pulled USB stick) makes
    // every write fail, as a full or read-only disk does.
    let moved = dir.path().join("moved");
    fs::rename(&data, &moved).map_err(RecordError::io(&data))?;
    assert!(matches!(
        store.save(&lock, &record_with(2)),
        Err(RecordError::Io { .. })
    ));
    fs::rename(&moved, &data).map_err(RecordError::io(&moved))?;
    assert_eq!(loaded(&store), Some(record_with(1)));
    store.save(&lock, &record_with(2))?;
    assert_eq!(loaded(&store), Some(record_with(2)));
    Ok(())
}

#[test]
fn the_writer_removes_what_a_killed_save_left_behind() -> Result<(), RecordError> {
    let dir = tempfile::tempdir().map_err(RecordError::io(Path::new("tmp")))?;
    let (store, lock) = writer(dir.path())?;
    store.save(&lock, &record_with(2))?;
    let left = [
        dir.path().join(".record.json.a1b2c3.tmp"),
        dir.path()
            .join(BACKUPS)
            .join(".record-00000002.json.x9y8z7.tmp"),
        dir.path().join(".record.holder.q1w2e3.tmp"),
    ];
    let foreign = dir.path().join(".settings.json.k4l5m6.tmp");
    for f in left.iter().chain([&foreign]) {
        fs::write(f, b"half").map_err(RecordError::io(f))?;
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

#[test]
fn a_shared_save_holds_the_lock_only_while_it_saves() -> Result<(), RecordError> {
    let dir = tempfile::tempdir().map_err(RecordError::io(Path::new("tmp")))?;
    let store = Store::shared(dir.path())?;
    let mut waited = Vec::new();
    store.commit(&record_with(1), &me(), &mut |h| waited.push(h.clone()))?;
    store.commit(&record_with(2), &me(), &mut |h| waited.push(h.clone()))?;
    assert!(waited.is_empty(), "nobody else held it");
    assert!(
        matches!(store.try_lock(&me())?, Locking::Taken(_)),
        "released after each save"
    );
    Ok(())
}
