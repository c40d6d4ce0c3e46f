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
                task: format!("t{i}"),
                mark: Mark::Done,
                reason: None,
            },
        );
    }
    r
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
    let (store, other) = Store::open(dir.path(), &me())?;
    assert!(other.is_none());
    assert!(matches!(store.load()?, Opened::Fresh));
    store.save(&record_with(3))?;
    assert_eq!(loaded(&store), Some(record_with(3)));
    Ok(())
}

#[test]
fn only_the_last_five_versions_are_kept_as_backups() -> Result<(), RecordError> {
    let dir = tempfile::tempdir().map_err(RecordError::io(Path::new("tmp")))?;
    let (store, _) = Store::open(dir.path(), &me())?;
    for n in 1..=8 {
        store.save(&record_with(n))?;
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
    let (first, _) = Store::open(dir.path(), &me())?;
    first.save(&record_with(1))?;
    let (second, other) = Store::open(dir.path(), &LockHolder::default())?;
    assert!(second.is_read_only());
    assert_eq!(other, Some(me()));
    assert!(matches!(
        second.save(&record_with(2)),
        Err(RecordError::ReadOnly)
    ));
    assert_eq!(loaded(&second), Some(record_with(1)), "it can still read");
    drop(first);
    let mut second = second;
    assert_eq!(second.try_lock(&LockHolder::default())?, None);
    assert!(!second.is_read_only());
    Ok(())
}

#[test]
fn a_damaged_record_is_reported_with_the_newest_good_backup() -> Result<(), RecordError> {
    let dir = tempfile::tempdir().map_err(RecordError::io(Path::new("tmp")))?;
    let (store, _) = Store::open(dir.path(), &me())?;
    store.save(&record_with(2))?;
    store.save(&record_with(3))?;
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
    let restored = store.restore(&backup, now())?;
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
    let (store, _) = Store::open(dir.path(), &me())?;
    let path = dir.path().join(RECORD);
    fs::write(&path, b"{\"format\":\"passwort-lotse-record\"").map_err(RecordError::io(&path))?;
    assert!(matches!(
        store.load()?,
        Opened::Damaged {
            problem: FileError::Truncated,
            backup: None
        }
    ));
    store.start_over(now())?;
    assert!(matches!(store.load()?, Opened::Fresh));
    assert_eq!(store.damaged_files().len(), 1);
    Ok(())
}

#[test]
fn a_failed_save_reports_and_leaves_the_old_record() -> Result<(), RecordError> {
    let dir = tempfile::tempdir().map_err(RecordError::io(Path::new("tmp")))?;
    let data = dir.path().join("data");
    let (store, _) = Store::open(&data, &me())?;
    store.save(&record_with(1))?;
    // The folder vanishing (a share going away, a pulled USB stick) makes
    // every write fail, as a full or read-only disk does.
    let moved = dir.path().join("moved");
    fs::rename(&data, &moved).map_err(RecordError::io(&data))?;
    assert!(matches!(
        store.save(&record_with(2)),
        Err(RecordError::Io { .. })
    ));
    fs::rename(&moved, &data).map_err(RecordError::io(&moved))?;
    assert_eq!(loaded(&store), Some(record_with(1)));
    store.save(&record_with(2))?;
    assert_eq!(loaded(&store), Some(record_with(2)));
    Ok(())
}
