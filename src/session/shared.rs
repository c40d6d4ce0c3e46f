//! The record in a folder shared by all workstations of the practice: every
//! save merges with what the others wrote; when the share is away, work goes
//! on into a local copy that is merged back when it returns.

use std::path::PathBuf;

use super::{SaveProblem, Session};
use crate::plan::Plan;
use crate::record::{LockHolder, Opened, Record, Store, decode, encode};

/// The local copy of work not yet in the shared folder.
const PENDING: &str = "shared-pending.json";

impl Session {
    fn pending_path(&self) -> PathBuf {
        self.settings_dir.join(PENDING)
    }

    fn holder(&self) -> LockHolder {
        LockHolder {
            name: self.settings.worker.clone(),
            workstation: self.workstation.clone(),
        }
    }

    /// Saves into the shared folder, merging with the other workstations.
    pub(super) fn commit_shared(&mut self) {
        match self.store.commit(&self.record, &self.holder()) {
            Ok(merged) => {
                self.adopt(merged);
                self.save_problem = None;
                self.last_stamp = self.store.stamp();
                let _ = std::fs::remove_file(self.pending_path());
            }
            Err(e) => {
                tracing::warn!(error = %e, "shared folder unreachable; keeping a local copy");
                self.save_problem = Some(SaveProblem::of(&e));
                // Kept on this computer so even a crash while the share is
                // away loses nothing; merged back on the next good save.
                let kept = encode(&self.record)
                    .map_err(std::io::Error::other)
                    .and_then(|bytes| crate::files::write_atomic(&self.pending_path(), &bytes));
                if let Err(e) = kept {
                    tracing::error!(error = %e, "local copy not written either");
                }
            }
        }
    }

    /// Takes in what other workstations saved since the last look.
    pub(super) fn refresh_shared(&mut self) {
        let stamp = self.store.stamp();
        if stamp.is_none() || stamp == self.last_stamp {
            return;
        }
        if let Ok(Opened::Loaded(disk)) = self.store.load() {
            let merged = disk.merged_with(&self.record);
            self.adopt(merged);
            self.last_stamp = stamp;
        }
    }

    /// Merges a local copy left from a time the share was away, and saves it.
    pub(super) fn take_in_pending(&mut self) {
        let Ok(bytes) = std::fs::read(self.pending_path()) else {
            return;
        };
        if let Ok(pending) = decode(&bytes) {
            self.record = self.record.merged_with(&pending);
            self.commit_shared();
        }
    }

    fn adopt(&mut self, record: Record) {
        self.record = record;
        self.plan = Plan::new(&self.playbook, &self.profile());
    }

    /// Moves the record into a shared folder (`Some`) or back to this
    /// computer (`None`), merging with what is already there; nothing is lost.
    pub(super) fn use_shared_folder(&mut self, folder: Option<PathBuf>) {
        if self.demo {
            return;
        }
        let result = match &folder {
            Some(dir) => std::fs::create_dir_all(dir)
                .map_err(|source| crate::record::RecordError::Io {
                    path: dir.clone(),
                    source,
                })
                .and_then(|()| Store::shared(dir))
                .and_then(|store| {
                    let merged = store.commit(&self.record, &self.holder())?;
                    Ok((store, merged))
                }),
            None => Store::open(&self.settings_dir, &self.holder()).and_then(|(store, other)| {
                if other.is_some() {
                    return Err(crate::record::RecordError::ReadOnly);
                }
                let merged = match store.load()? {
                    Opened::Loaded(local) => local.merged_with(&self.record),
                    _ => self.record.clone(),
                };
                store.save(&merged)?;
                Ok((store, merged))
            }),
        };
        match result {
            Ok((store, merged)) => {
                self.store = store;
                self.shared = folder.is_some();
                self.settings.shared_folder = folder;
                self.save_settings();
                self.adopt(merged);
                self.save_problem = None;
                self.last_stamp = self.store.stamp();
            }
            Err(e) => {
                tracing::error!(error = %e, "record not moved");
                self.save_problem = Some(SaveProblem::of(&e));
            }
        }
    }
}
