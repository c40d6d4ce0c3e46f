//! Keeps the record on disk: one locked read-compare-write for every save,
//! crash-safe files, backups, one writer at a time, and damaged files set
//! aside rather than replaced.
//!
//! Files in the record's folder: `record.json` (the record), `record.lock`
//! (held by the one writer, or by a shared folder's member for one save),
//! `record.holder` (who holds it, to tell the others), `backups/` (the last
//! good versions) and `damaged/` (files set aside).

mod backups;
mod lock;

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};

pub use lock::{Locking, WriterLock};

use crate::disk::{Disk, RealDisk, Stamp, write_atomic};
use crate::record::{Backup, FileError, LockHolder, Record, decode, encode};

/// How many good versions are kept in `backups/`.
pub const BACKUPS_KEPT: usize = 5;

const RECORD: &str = "record.json";
const DAMAGED: &str = "damaged";

/// Why the record could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The disk refused: full, read-only, gone or no permission.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// The operating system's reason.
        source: io::Error,
    },
    /// Another copy of the app holds the record; this one may only read.
    #[error("the record is opened by another copy of the app")]
    ReadOnly,
    /// Another workstation kept the lock longer than this copy waits.
    #[error("{} keeps the record's lock", .0.workstation)]
    Busy(LockHolder),
    /// The record on disk is damaged; it is never overwritten.
    #[error("the record on disk is damaged: {0}")]
    Damaged(FileError),
    /// The record could not be turned into bytes (a defect, not a user error).
    #[error("the record could not be encoded: {0}")]
    Encode(#[from] serde_json::Error),
}

impl StoreError {
    fn io(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
        move |source| StoreError::Io {
            path: path.to_owned(),
            source,
        }
    }
}

/// What was found when the record was opened.
// Lives only until the caller takes the record; a box would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Opened {
    /// No record yet: a new practice.
    Fresh,
    /// The record, read and checked.
    Loaded(Record),
    /// The record is damaged or was edited; nothing was changed on disk yet.
    Damaged {
        /// What is wrong with it.
        problem: FileError,
        /// The newest good backup, if there is one.
        backup: Option<Backup>,
    },
}

/// The record's folder on a disk. Reading needs nothing more; writing
/// needs the [`WriterLock`], so only the one copy that holds it can write.
#[derive(Clone, Debug)]
pub struct Store {
    dir: PathBuf,
    disk: Arc<dyn Disk>,
}

impl Store {
    /// A store for the record in this folder on the real disk; nothing is
    /// read or created yet.
    pub fn reader(dir: &Path) -> Store {
        Store::on(dir, Arc::new(RealDisk))
    }

    /// A store for the record in this folder on this disk.
    pub fn on(dir: &Path, disk: Arc<dyn Disk>) -> Store {
        Store {
            dir: dir.to_owned(),
            disk,
        }
    }

    /// The folder on this computer, created if needed.
    pub fn local(dir: &Path, disk: Arc<dyn Disk>) -> Result<Store, StoreError> {
        disk.create_dir_all(dir).map_err(StoreError::io(dir))?;
        Ok(Store::on(dir, disk))
    }

    /// A folder shared by several workstations. Never created here: a
    /// missing share must fail, not be replaced by an empty local folder of
    /// the same name.
    pub fn shared(dir: &Path, disk: Arc<dyn Disk>) -> Result<Store, StoreError> {
        if !disk.is_dir(dir) {
            return Err(StoreError::Io {
                path: dir.to_owned(),
                source: io::Error::new(io::ErrorKind::NotFound, "shared folder not reachable"),
            });
        }
        Ok(Store::on(dir, disk))
    }

    /// Whether this looks like a share that did not connect: no record and
    /// no backups, as in the empty folder a network drive is mounted on.
    pub fn looks_unconnected(&self) -> bool {
        self.stamp().is_none() && !self.disk.is_dir(&self.dir.join(backups::BACKUPS))
    }

    /// The record's folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The record file.
    pub fn file(&self) -> PathBuf {
        self.dir.join(RECORD)
    }

    /// The disk the folder is on.
    pub fn disk(&self) -> &dyn Disk {
        self.disk.as_ref()
    }

    /// A cheap sign that the record file changed: its length and time;
    /// `None` when there is no file or it cannot be looked at.
    pub fn stamp(&self) -> Option<Stamp> {
        self.disk.stamp(&self.file()).ok()
    }

    /// Reads the record without changing anything on disk.
    pub fn load(&self) -> Result<Opened, StoreError> {
        self.load_stamped().map(|(opened, _)| opened)
    }

    /// Reads the record, with the stamp the file had just before it was
    /// read: a save that lands in between makes the stamp old, so the next
    /// look reads again instead of missing that save.
    pub fn load_stamped(&self) -> Result<(Opened, Option<Stamp>), StoreError> {
        let stamp = self.stamp();
        self.read_record().map(|opened| (opened, stamp))
    }

    fn read_record(&self) -> Result<Opened, StoreError> {
        let path = self.file();
        let bytes = match self.disk.read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Opened::Fresh),
            Err(source) => return Err(StoreError::Io { path, source }),
        };
        match decode(&bytes) {
            Ok(record) => Ok(Opened::Loaded(record)),
            Err(problem) => Ok(Opened::Damaged {
                problem,
                backup: self.newest_good_backup(),
            }),
        }
    }

    /// The one way the record file is written: under the lock, the file is
    /// compared with the stamp this copy last read or wrote (`last`). When
    /// it is unchanged, `local` is written as it is; when someone else wrote
    /// meanwhile, their record is read and merged with `local` first. A
    /// damaged or unreadable file is never written over. Returns the
    /// merged record when another copy had written (`None`: `local` is what
    /// is on disk now, so nothing is copied on the usual save) and the
    /// stamp, taken while the lock is still held.
    pub fn commit(
        &self,
        lock: &WriterLock,
        local: &Record,
        last: Option<Stamp>,
    ) -> Result<(Option<Record>, Option<Stamp>), StoreError> {
        let now = self.stamp();
        let merged = if last.is_some() && now == last {
            None
        } else {
            match self.load()? {
                Opened::Fresh => None,
                Opened::Loaded(disk) => Some(disk.merged_with(local)),
                Opened::Damaged { problem, .. } => return Err(StoreError::Damaged(problem)),
            }
        };
        self.write(lock, merged.as_ref().unwrap_or(local))?;
        Ok((merged, self.stamp()))
    }

    /// Writes the record so that a crash at any moment leaves the old or the
    /// new file, never a broken one; then keeps a copy as a backup.
    fn write(&self, _lock: &WriterLock, record: &Record) -> Result<(), StoreError> {
        let bytes = encode(record)?;
        let path = self.file();
        write_atomic(self.disk(), &path, &bytes).map_err(StoreError::io(&path))?;
        // The record itself is safe at this point; a failed backup only costs
        // one spare copy, so it is logged rather than reported.
        if let Err(e) = self.keep_backup(&bytes) {
            tracing::warn!(error = %e, "could not keep a backup of the record");
        }
        Ok(())
    }

    /// Sets the damaged record aside (never deleting it) and puts the backup
    /// in its place, with whatever `kept` holds that the backup lacks (work
    /// of this copy not saved yet); returns the record and its stamp, taken
    /// under the lock.
    pub fn restore(
        &self,
        lock: &WriterLock,
        backup: &Backup,
        kept: &Record,
        now: DateTime<Utc>,
    ) -> Result<(Record, Option<Stamp>), StoreError> {
        let bytes = self
            .disk
            .read(&backup.path)
            .map_err(StoreError::io(&backup.path))?;
        let record = decode(&bytes)
            .map_err(|e| StoreError::Io {
                path: backup.path.clone(),
                source: io::Error::new(io::ErrorKind::InvalidData, e),
            })?
            .merged_with(kept);
        self.set_damaged_aside(now)?;
        self.write(lock, &record)?;
        Ok((record, self.stamp()))
    }

    /// Sets the damaged record aside and starts a new, empty one in its
    /// place, so every workstation finds a record file again. What `kept`
    /// holds (work of this copy not saved yet) is set aside beside it, so
    /// nothing is lost even on a new start.
    pub fn start_over(
        &self,
        lock: &WriterLock,
        kept: &Record,
        now: DateTime<Utc>,
    ) -> Result<(Record, Option<Stamp>), StoreError> {
        if !kept.is_empty() {
            let damaged = self.dir.join(DAMAGED);
            self.disk
                .create_dir_all(&damaged)
                .map_err(StoreError::io(&damaged))?;
            let path = damaged.join(format!("kept-{}.json", now.format("%Y%m%d-%H%M%S")));
            write_atomic(self.disk(), &path, &encode(kept)?).map_err(StoreError::io(&path))?;
        }
        self.set_damaged_aside(now)?;
        let fresh = Record::default();
        self.write(lock, &fresh)?;
        Ok((fresh, self.stamp()))
    }

    /// Keeps a copy of the damaged record in `damaged/`; the record file
    /// itself is then replaced in one step by the new one.
    fn set_damaged_aside(&self, now: DateTime<Utc>) -> Result<(), StoreError> {
        copy_aside(self.disk(), &self.file(), &self.dir, now)
    }

    /// Files set aside as damaged, oldest first.
    pub fn damaged_files(&self) -> Vec<PathBuf> {
        backups::sorted_json_files(self.disk(), &self.dir.join(DAMAGED))
    }
}

/// Moves a damaged or unreadable file into `damaged/` of `dir`, with the
/// time in its name; never deletes it. Returns where it went.
pub fn set_aside(
    disk: &dyn Disk,
    file: &Path,
    dir: &Path,
    now: DateTime<Utc>,
) -> Result<PathBuf, StoreError> {
    let target = aside_target(disk, file, dir, now)?;
    disk.rename(file, &target).map_err(StoreError::io(file))?;
    disk.sync_dir(dir).map_err(StoreError::io(dir))?;
    Ok(target)
}

/// Copies a damaged file into `damaged/` of `dir`, leaving it in place,
/// so that it is replaced only by a whole new file: if anything after this
/// fails, the folder still holds a record file. A file that is not there
/// has nothing to keep.
fn copy_aside(
    disk: &dyn Disk,
    file: &Path,
    dir: &Path,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let bytes = match disk.read(file) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StoreError::io(file)(e)),
    };
    let target = aside_target(disk, file, dir, now)?;
    write_atomic(disk, &target, &bytes).map_err(StoreError::io(&target))
}

/// A free name in `damaged/` of `dir` for `file`, with the time in it.
fn aside_target(
    disk: &dyn Disk,
    file: &Path,
    dir: &Path,
    now: DateTime<Utc>,
) -> Result<PathBuf, StoreError> {
    let damaged = dir.join(DAMAGED);
    disk.create_dir_all(&damaged)
        .map_err(StoreError::io(&damaged))?;
    let stem = file
        .file_stem()
        .map_or_else(|| "file".into(), |s| s.to_string_lossy().into_owned());
    let ext = file
        .extension()
        .map_or_else(|| "json".into(), |s| s.to_string_lossy().into_owned());
    let time = now.format("%Y%m%d-%H%M%S");
    // Two files set aside within a second must not replace each other.
    (1..1000)
        .map(|n| match n {
            1 => damaged.join(format!("{stem}-{time}.{ext}")),
            n => damaged.join(format!("{stem}-{time}-{n}.{ext}")),
        })
        .find(|p| {
            disk.stamp(p)
                .is_err_and(|e| e.kind() == io::ErrorKind::NotFound)
        })
        .ok_or_else(|| StoreError::Io {
            path: damaged.clone(),
            source: io::Error::from(io::ErrorKind::AlreadyExists),
        })
}

#[cfg(test)]
mod tests;
