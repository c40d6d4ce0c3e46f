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

/// The record's folder, and the lock when this copy of the app is the writer.
#[derive(Debug)]
pub struct Store {
    dir: PathBuf,
    lock: Option<File>,
}

impl Store {
    /// Opens the data folder (creating it) and tries to become the one writer.
    /// When another copy holds the record, the store is read-only and the
    /// other holder is returned.
    pub fn open(dir: &Path, me: &LockHolder) -> Result<(Store, Option<LockHolder>), RecordError> {
        fs::create_dir_all(dir).map_err(RecordError::io(dir))?;
        let mut store = Store {
            dir: dir.to_owned(),
            lock: None,
        };
        let other = store.try_lock(me)?;
        Ok((store, other))
    }

    /// A store in a folder shared by several workstations: nobody holds the
    /// record for long; each save takes the lock for a moment and merges.
    pub fn shared(dir: &Path) -> Result<Store, RecordError> {
        // Never created here: a missing share must fail, not be replaced by
        // an empty local folder of the same name.
        if !dir.is_dir() {
            return Err(RecordError::Io {
                path: dir.to_owned(),
                source: io::Error::new(io::ErrorKind::NotFound, "shared folder not reachable"),
            });
        }
        Ok(Store {
            dir: dir.to_owned(),
            lock: None,
        })
    }

    /// Saves into a shared folder: waits for the lock (another workstation
    /// holds it only while it saves), merges what is on disk with `local`,
    /// writes, and returns the merged record. A damaged record on disk is
    /// never overwritten.
    pub fn commit(&self, local: &Record, me: &LockHolder) -> Result<Record, RecordError> {
        let path = self.dir.join(LOCK);
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(RecordError::io(&path))?;
        lock.lock().map_err(RecordError::io(&path))?;
        if let Ok(bytes) = serde_json::to_vec(me) {
            let _ = write_atomic(&self.dir.join(HOLDER), &bytes);
        }
        let merged = match self.load()? {
            Opened::Fresh => local.clone(),
            Opened::Loaded(disk) => disk.merged_with(local),
            Opened::Damaged { .. } => {
                return Err(RecordError::Io {
                    path: self.dir.join(RECORD),
                    source: io::Error::new(
                        io::ErrorKind::InvalidData,
                        "the shared record is damaged",
                    ),
                });
            }
        };
        let bytes = file::encode(&merged)?;
        write_atomic(&self.dir.join(RECORD), &bytes)?;
        let seq = merged.events().last().map_or(0, |e| e.seq);
        if let Err(e) = self.keep_backup(&bytes, seq) {
            tracing::warn!(error = %e, "could not keep a backup of the shared record");
        }
        // Dropping the file releases the lock for the next workstation.
        drop(lock);
        Ok(merged)
    }

    /// A cheap sign that the record file changed: its length and time.
    pub fn stamp(&self) -> Option<(u64, std::time::SystemTime)> {
        let meta = fs::metadata(self.dir.join(RECORD)).ok()?;
        Some((meta.len(), meta.modified().ok()?))
    }

    /// A store that only reads, for summaries printed on the command line.
    pub fn reader(dir: &Path) -> Store {
        Store {
            dir: dir.to_owned(),
            lock: None,
        }
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether another copy of the app is the writer.
    pub fn is_read_only(&self) -> bool {
        self.lock.is_none()
    }

    /// Tries (again) to become the writer; returns the other holder if that fails.
    pub fn try_lock(&mut self, me: &LockHolder) -> Result<Option<LockHolder>, RecordError> {
        if self.lock.is_some() {
            return Ok(None);
        }
        let path = self.dir.join(LOCK);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(RecordError::io(&path))?;
        match file.try_lock() {
            Ok(()) => {
                self.lock = Some(file);
                // Only a courtesy for the others' message: failing to write it
                // must not stop this copy from working.
                if let Ok(bytes) = serde_json::to_vec(me) {
                    let _ = write_atomic(&self.dir.join(HOLDER), &bytes);
                }
                Ok(None)
            }
            Err(fs::TryLockError::WouldBlock) => Ok(Some(self.holder())),
            Err(fs::TryLockError::Error(source)) => Err(RecordError::Io { path, source }),
        }
    }

    fn holder(&self) -> LockHolder {
        fs::read(self.dir.join(HOLDER))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
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
    pub fn save(&self, record: &Record) -> Result<(), RecordError> {
        if self.lock.is_none() {
            return Err(RecordError::ReadOnly);
        }
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
    pub fn restore(&self, backup: &Backup, now: DateTime<Utc>) -> Result<Record, RecordError> {
        if self.lock.is_none() {
            return Err(RecordError::ReadOnly);
        }
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
    pub fn start_over(&self, now: DateTime<Utc>) -> Result<(), RecordError> {
        if self.lock.is_none() {
            return Err(RecordError::ReadOnly);
        }
        self.set_damaged_aside(now).map(|_| ())
    }

    fn set_damaged_aside(&self, now: DateTime<Utc>) -> Result<PathBuf, RecordError> {
        let dir = self.dir.join(DAMAGED);
        fs::create_dir_all(&dir).map_err(RecordError::io(&dir))?;
        let target = dir.join(format!("record-{}.json", now.format("%Y%m%d-%H%M%S")));
        let from = self.dir.join(RECORD);
        fs::rename(&from, &target).map_err(RecordError::io(&from))?;
        sync_dir(&self.dir)?;
        Ok(target)
    }

    /// Files set aside as damaged, oldest first.
    pub fn damaged_files(&self) -> Vec<PathBuf> {
        sorted_json_files(&self.dir.join(DAMAGED))
    }
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
