//! Keeps the record on disk: crash-safe saves, backups, one writer at a time,
//! and damaged files set aside rather than replaced.
//!
//! Files in the data folder: `record.json` (the record), `record.lock` (held
//! by the one writer), `record.holder` (who holds it, to tell the others),
//! `backups/` (the last good versions) and `damaged/` (files set aside).

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Record;
use super::file::{self, FileError};
use crate::files;

/// How many good versions are kept in `backups/`.
pub const BACKUPS_KEPT: usize = 5;

const RECORD: &str = "record.json";
const LOCK: &str = "record.lock";
const HOLDER: &str = "record.holder";
const BACKUPS: &str = "backups";
const DAMAGED: &str = "damaged";

/// Why the record could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
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
    /// The record on disk is damaged; it is never overwritten.
    #[error("the record on disk is damaged")]
    Damaged,
    /// The record could not be turned into bytes (a defect, not a user error).
    #[error("the record could not be encoded: {0}")]
    Encode(#[from] serde_json::Error),
}

impl RecordError {
    fn io(path: &Path) -> impl FnOnce(io::Error) -> RecordError + '_ {
        move |source| RecordError::Io {
            path: path.to_owned(),
            source,
        }
    }
}

/// Who holds the record, shown to a second copy of the app.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockHolder {
    /// The member of staff working in that copy, if known.
    pub name: String,
    /// The computer it runs on.
    pub workstation: String,
}

/// A good earlier version of the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    /// Where it is.
    pub path: PathBuf,
    /// How many events it holds.
    pub events: usize,
    /// When its last event happened.
    pub last_change: Option<DateTime<Utc>>,
}

/// What was found when the record was opened.
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

/// The record's folder. Reading needs nothing more; writing needs the
/// [`WriterLock`], so only the one copy that holds it can write.
#[derive(Clone, Debug)]
pub struct Store {
    dir: PathBuf,
}

/// Proof that this copy of the app holds the record's lock; dropping it
/// releases the lock. A copy holds at most one: a second handle on the same
/// lock file would wait for the first, in this process as in any other.
#[derive(Debug)]
pub struct WriterLock {
    _file: File,
}

/// Whether the lock was taken or who holds it.
#[derive(Debug)]
pub enum Locking {
    /// This copy holds it now.
    Taken(WriterLock),
    /// Another copy holds it.
    HeldBy(LockHolder),
}

impl Store {
    /// A store for the record in this folder; nothing is read or created yet.
    pub fn reader(dir: &Path) -> Store {
        Store {
            dir: dir.to_owned(),
        }
    }

    /// The folder on this computer, created if needed.
    pub fn local(dir: &Path) -> Result<Store, RecordError> {
        fs::create_dir_all(dir).map_err(RecordError::io(dir))?;
        Ok(Store::reader(dir))
    }

    /// A folder shared by several workstations. Never created here: a
    /// missing share must fail, not be replaced by an empty local folder of
    /// the same name.
    pub fn shared(dir: &Path) -> Result<Store, RecordError> {
        if !dir.is_dir() {
            return Err(RecordError::Io {
                path: dir.to_owned(),
                source: io::Error::new(io::ErrorKind::NotFound, "shared folder not reachable"),
            });
        }
        Ok(Store::reader(dir))
    }

    fn lock_file(&self) -> Result<File, RecordError> {
        let path = self.dir.join(LOCK);
        OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(RecordError::io(&path))
    }

    /// Tries to become the writer without waiting.
    pub fn try_lock(&self, me: &LockHolder) -> Result<Locking, RecordError> {
        let file = self.lock_file()?;
        match file.try_lock() {
            Ok(()) => {
                self.announce(me);
                Ok(Locking::Taken(WriterLock { _file: file }))
            }
            Err(fs::TryLockError::WouldBlock) => Ok(Locking::HeldBy(self.holder())),
            Err(fs::TryLockError::Error(source)) => Err(RecordError::Io {
                path: self.dir.join(LOCK),
                source,
            }),
        }
    }

    /// Takes the lock of a shared folder for one save, waiting while another
    /// workstation saves; `waiting` is told who that is.
    pub fn lock_briefly(
        &self,
        me: &LockHolder,
        waiting: &mut dyn FnMut(&LockHolder),
    ) -> Result<WriterLock, RecordError> {
        let file = self.lock_file()?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                waiting(&self.holder());
                file.lock().map_err(RecordError::io(&self.dir.join(LOCK)))?;
            }
            Err(fs::TryLockError::Error(source)) => {
                return Err(RecordError::Io {
                    path: self.dir.join(LOCK),
                    source,
                });
            }
        }
        self.announce(me);
        Ok(WriterLock { _file: file })
    }

    /// Only a courtesy for the others' message: failing to write it must
    /// not stop this copy from working.
    fn announce(&self, me: &LockHolder) {
        if let Ok(bytes) = serde_json::to_vec(me) {
            let _ = write_atomic(&self.dir.join(HOLDER), &bytes);
        }
    }

    /// Saves into a shared folder: takes the lock for this save only, merges
    /// what is on disk with `local`, writes, and returns the merged record. A
    /// damaged record on disk is never overwritten.
    pub fn commit(
        &self,
        local: &Record,
        me: &LockHolder,
        waiting: &mut dyn FnMut(&LockHolder),
    ) -> Result<Record, RecordError> {
        let lock = self.lock_briefly(me, waiting)?;
        let merged = match self.load()? {
            Opened::Fresh => local.clone(),
            Opened::Loaded(disk) => disk.merged_with(local),
            Opened::Damaged { .. } => return Err(RecordError::Damaged),
        };
        self.save(&lock, &merged)?;
        self.remove_stale_temp_files(&lock);
        Ok(merged)
    }

    /// A cheap sign that the record file changed: its length and time.
    pub fn stamp(&self) -> Option<Stamp> {
        let meta = fs::metadata(self.dir.join(RECORD)).ok()?;
        Some(Stamp {
            len: meta.len(),
            modified: meta.modified().ok()?,
        })
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Who holds the lock, as that copy announced it.
    pub fn holder(&self) -> LockHolder {
        fs::read(self.dir.join(HOLDER))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Removes temporary files a killed save left behind. Only the lock's
    /// holder writes the record, so whatever it finds is stale.
    pub fn remove_stale_temp_files(&self, _lock: &WriterLock) -> usize {
        let mut removed = 0;
        for dir in [self.dir.clone(), self.dir.join(BACKUPS)] {
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for path in entries.filter_map(Result::ok).map(|e| e.path()) {
                if files::is_temp_of(&path, "record") && fs::remove_file(&path).is_ok() {
                    removed += 1;
                }
            }
        }
        removed
    }

    /// Reads the record without changing anything on disk.
    pub fn load(&self) -> Result<Opened, RecordError> {
        let path = self.dir.join(RECORD);
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Opened::Fresh),
            Err(source) => return Err(RecordError::Io { path, source }),
        };
        match file::decode(&bytes) {
            Ok(record) => Ok(Opened::Loaded(record)),
            Err(problem) => Ok(Opened::Damaged {
                problem,
                backup: self.newest_good_backup(),
            }),
        }
    }

    /// Writes the record so that a crash at any moment leaves the old or the
    /// new file, never a broken one; then keeps a copy as a backup.
    pub fn save(&self, _lock: &WriterLock, record: &Record) -> Result<(), RecordError> {
        let bytes = file::encode(record)?;
        let path = self.dir.join(RECORD);
        write_atomic(&path, &bytes)?;
        let seq = record.events().last().map_or(0, |e| e.seq);
        // The record itself is safe at this point; a failed backup only costs
        // one spare copy, so it is logged rather than reported.
        if let Err(e) = self.keep_backup(&bytes, seq) {
            tracing::warn!(error = %e, "could not keep a backup of the record");
        }
        Ok(())
    }

    /// Keeps a separate copy, not a hard link: an editor that writes the
    /// record in place would otherwise change the backup with it.
    fn keep_backup(&self, bytes: &[u8], seq: u64) -> Result<(), RecordError> {
        let dir = self.dir.join(BACKUPS);
        fs::create_dir_all(&dir).map_err(RecordError::io(&dir))?;
        write_atomic(&dir.join(format!("record-{seq:08}.json")), bytes)?;
        let mut all = backup_paths(&dir);
        while all.len() > BACKUPS_KEPT {
            let oldest = all.remove(0);
            fs::remove_file(&oldest).map_err(RecordError::io(&oldest))?;
        }
        Ok(())
    }

    /// The newest backup that reads back as a good record.
    pub fn newest_good_backup(&self) -> Option<Backup> {
        backup_paths(&self.dir.join(BACKUPS))
            .into_iter()
            .rev()
            .find_map(|path| {
                let record = file::decode(&fs::read(&path).ok()?).ok()?;
                Some(Backup {
                    events: record.events().len(),
                    last_change: record.events().last().map(|e| e.at),
                    path,
                })
            })
    }

    /// Sets the damaged record aside (never deleting it) and puts the backup
    /// in its place.
    pub fn restore(
        &self,
        _lock: &WriterLock,
        backup: &Backup,
        now: DateTime<Utc>,
    ) -> Result<Record, RecordError> {
        let bytes = fs::read(&backup.path).map_err(RecordError::io(&backup.path))?;
        let record = file::decode(&bytes).map_err(|e| RecordError::Io {
            path: backup.path.clone(),
            source: io::Error::new(io::ErrorKind::InvalidData, e),
        })?;
        self.set_damaged_aside(now)?;
        write_atomic(&self.dir.join(RECORD), &bytes)?;
        Ok(record)
    }

    /// Sets the damaged record aside so a new one can be started.
    pub fn start_over(&self, _lock: &WriterLock, now: DateTime<Utc>) -> Result<(), RecordError> {
        self.set_damaged_aside(now).map(|_| ())
    }

    fn set_damaged_aside(&self, now: DateTime<Utc>) -> Result<PathBuf, RecordError> {
        set_aside(&self.dir.join(RECORD), &self.dir, now)
    }

    /// Files set aside as damaged, oldest first.
    pub fn damaged_files(&self) -> Vec<PathBuf> {
        sorted_json_files(&self.dir.join(DAMAGED))
    }
}

/// The cheap sign that a record file changed: its length and time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// Length in bytes.
    pub len: u64,
    /// Last modification time.
    pub modified: std::time::SystemTime,
}

/// Moves a damaged file into `damaged/` of `dir`, with the time in its name;
/// never deletes it. Returns where it went.
pub fn set_aside(file: &Path, dir: &Path, now: DateTime<Utc>) -> Result<PathBuf, RecordError> {
    let damaged = dir.join(DAMAGED);
    fs::create_dir_all(&damaged).map_err(RecordError::io(&damaged))?;
    let stem = file
        .file_stem()
        .map_or_else(|| "file".into(), |s| s.to_string_lossy().into_owned());
    let target = damaged.join(format!("{stem}-{}.json", now.format("%Y%m%d-%H%M%S")));
    fs::rename(file, &target).map_err(RecordError::io(file))?;
    sync_dir(dir)?;
    Ok(target)
}

fn backup_paths(dir: &Path) -> Vec<PathBuf> {
    sorted_json_files(dir)
}

fn sorted_json_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), RecordError> {
    files::write_atomic(path, bytes).map_err(RecordError::io(path))
}

fn sync_dir(dir: &Path) -> Result<(), RecordError> {
    files::sync_dir(dir).map_err(RecordError::io(dir))
}

#[cfg(test)]
mod tests;
