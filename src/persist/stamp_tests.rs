//! B15 of the code review: the stamp of a save is taken while the lock is
//! still held, so a save by another workstation right after ours is
//! followed, not mistaken for our own.

use std::path::Path;
use std::sync::Arc;

use super::tests::clock;
use super::*;
use crate::record::{EventKind, Mark};
use crate::store::{Locking, Opened, Store};

/// The real disk, except that the first time the record's stamp is taken
/// while nobody holds the lock after a save, another workstation saves
/// just before: the moment a stamp taken outside the lock would miss.
#[derive(Debug)]
struct SavesInBetween {
    shared: std::path::PathBuf,
    saves_seen: std::sync::atomic::AtomicUsize,
    done: std::sync::atomic::AtomicBool,
}

impl SavesInBetween {
    fn other_workstation_saves(&self) {
        let store = Store::on(&self.shared, Arc::new(crate::disk::RealDisk));
        let me = crate::record::LockHolder {
            name: "Dr. Müller".into(),
            workstation: "Sprechzimmer".into(),
        };
        let Ok(Locking::Taken(lock)) = store.try_lock(&me) else {
            return;
        };
        let Ok(Opened::Loaded(mut record)) = store.load() else {
            return;
        };
        record.push(
            clock().now(),
            "Dr. Müller",
            "Sprechzimmer",
            EventKind::TaskMarked {
                task: "task-99".into(),
                mark: Mark::Done,
                reason: None,
            },
        );
        let _ = store.commit(&lock, &record, None);
    }
}

impl crate::disk::Disk for SavesInBetween {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        crate::disk::RealDisk.read(path)
    }
    fn stamp(&self, path: &Path) -> std::io::Result<crate::disk::Stamp> {
        use std::sync::atomic::Ordering;
        let after_a_save = self.saves_seen.load(Ordering::SeqCst) > 0;
        if after_a_save
            && path.ends_with("record.json")
            && !self.done.load(Ordering::SeqCst)
            && let Ok(Some(free)) = crate::disk::RealDisk.try_lock(&self.shared.join("record.lock"))
        {
            drop(free);
            self.done.store(true, Ordering::SeqCst);
            self.other_workstation_saves();
        }
        crate::disk::RealDisk.stamp(path)
    }
    fn is_dir(&self, path: &Path) -> bool {
        crate::disk::RealDisk.is_dir(path)
    }
    fn canonical(&self, path: &Path) -> std::io::Result<std::path::PathBuf> {
        crate::disk::RealDisk.canonical(path)
    }
    fn create_dir_all(&self, dir: &Path) -> std::io::Result<()> {
        crate::disk::RealDisk.create_dir_all(dir)
    }
    fn write_new(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        crate::disk::RealDisk.write_new(path, bytes)
    }
    fn sync_file(&self, path: &Path) -> std::io::Result<()> {
        crate::disk::RealDisk.sync_file(path)
    }
    fn rename(&self, from: &Path, to: &Path) -> std::io::Result<()> {
        if to.ends_with("record.json") && to.starts_with(&self.shared) {
            self.saves_seen
                .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }
        crate::disk::RealDisk.rename(from, to)
    }
    fn sync_dir(&self, dir: &Path) -> std::io::Result<()> {
        crate::disk::RealDisk.sync_dir(dir)
    }
    fn remove_file(&self, path: &Path) -> std::io::Result<()> {
        crate::disk::RealDisk.remove_file(path)
    }
    fn list(&self, dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
        crate::disk::RealDisk.list(dir)
    }
    fn try_lock(&self, path: &Path) -> std::io::Result<Option<crate::disk::FileLock>> {
        crate::disk::RealDisk.try_lock(path)
    }
}

#[test]
fn b15_a_save_by_another_workstation_right_after_ours_is_followed() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let shared = root.path().join("freigabe");
    std::fs::create_dir_all(&shared).unwrap_or_default();
    let here = root.path().join("a");
    let clock = clock();
    let disk = Arc::new(SavesInBetween {
        shared: shared.clone(),
        saves_seen: std::sync::atomic::AtomicUsize::new(0),
        done: std::sync::atomic::AtomicBool::new(false),
    });
    let mut p = Persistence::new(
        super::tests::setup_on(&here, Some(&shared), "Empfang-PC", disk.clone()),
        Arc::new(clock.clone()),
    );
    let _ = p.run(PersistEffect::Open);
    let _ = super::tests::save_a_mark(&mut p, 1, &clock);
    let _ = super::tests::save_a_mark(&mut p, 2, &clock);
    for _ in 0..3 {
        clock.advance(FOLLOW_EVERY);
        let _ = p.tick();
    }
    assert!(
        disk.done.load(std::sync::atomic::Ordering::SeqCst),
        "the other workstation had its moment"
    );
    let id: crate::record::TaskId = "task-99".into();
    assert!(
        p.record.task_states().contains_key(&id),
        "the other workstation's save shows here"
    );
}
