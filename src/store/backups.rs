//! The last good versions of the record, and what killed saves left behind.

use std::path::{Path, PathBuf};

use super::{BACKUPS_KEPT, Store, StoreError, WriterLock};
use crate::disk::{Disk, is_temp_of, replace};
use crate::record::{Backup, decode};

pub(super) const BACKUPS: &str = "backups";

impl Store {
    /// Keeps a separate copy, not a hard link: an editor that writes the
    /// record in place would otherwise change the backup with it. Each
    /// backup gets the next number after every backup there, so the newest
    /// is kept even when a new record starts over with few events.
    pub(super) fn keep_backup(&self, bytes: &[u8]) -> Result<(), StoreError> {
        let dir = self.dir.join(BACKUPS);
        self.disk
            .create_dir_all(&dir)
            .map_err(StoreError::io(&dir))?;
        let mut all = backup_files(self.disk(), &dir);
        let next = all.last().map_or(1, |(n, _)| n + 1);
        let path = dir.join(format!("record-{next:08}.json"));
        // The record is flushed already; a spare copy needs no flush of
        // its folder, which would cost a save as much as the record's own.
        replace(self.disk(), &path, bytes).map_err(StoreError::io(&path))?;
        while all.len() >= BACKUPS_KEPT {
            let (_, oldest) = all.remove(0);
            self.disk
                .remove_file(&oldest)
                .map_err(StoreError::io(&oldest))?;
        }
        Ok(())
    }

    /// The newest backup that reads back as a good record.
    pub fn newest_good_backup(&self) -> Option<Backup> {
        backup_files(self.disk(), &self.dir.join(BACKUPS))
            .into_iter()
            .rev()
            .find_map(|(_, path)| {
                let record = decode(&self.disk.read(&path).ok()?).ok()?;
                Some(Backup {
                    events: record.events().len(),
                    last_change: record.events().last().map(|e| e.at),
                    path,
                })
            })
    }

    /// Removes temporary files a killed save left behind. Only the lock's
    /// holder writes the record, so whatever it finds is stale.
    pub fn remove_stale_temp_files(&self, _lock: &WriterLock) -> usize {
        let mut removed = 0;
        for dir in [self.dir.clone(), self.dir.join(BACKUPS)] {
            let Ok(entries) = self.disk.list(&dir) else {
                continue;
            };
            for path in entries {
                if is_temp_of(&path, "record") && self.disk.remove_file(&path).is_ok() {
                    removed += 1;
                }
            }
        }
        removed
    }
}

/// The backups, oldest first, by their number (`record-00000012.json`).
fn backup_files(disk: &dyn Disk, dir: &Path) -> Vec<(u64, PathBuf)> {
    let mut numbered: Vec<(u64, PathBuf)> = sorted_json_files(disk, dir)
        .into_iter()
        .filter_map(|path| {
            let stem = path.file_stem()?.to_str()?;
            let n = stem.strip_prefix("record-")?.parse().ok()?;
            Some((n, path))
        })
        .collect();
    numbered.sort();
    numbered
}

/// The `.json` files of a folder in name order (for files set aside: by
/// the time in their names, oldest first).
pub(super) fn sorted_json_files(disk: &dyn Disk, dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = disk.list(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
}
