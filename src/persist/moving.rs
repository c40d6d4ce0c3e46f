//! Moving the record into a shared folder or back to this computer: the
//! same locked read-compare-write as every save, so whatever is there is
//! merged, and a damaged or unreadable record there is never written over.
//! The note of where the record lives is written as part of the move.

use std::path::Path;

use super::location::{self, Location};
use super::{Persistence, StoreMode, problem_of};
use crate::store::{Locking, Store, StoreError};
use crate::workspace::{IoProblem, Report, Trouble};

impl Persistence {
    /// Moves the record into a shared folder (`Some`) or back to this
    /// computer (`None`), merging with what is already there; nothing is
    /// lost, and a damaged or unreadable record there is not written over.
    pub(super) fn move_to(&mut self, folder: Option<&Path>) -> Vec<Report> {
        if !matches!(
            self.mode,
            StoreMode::Writer { .. } | StoreMode::Shared { .. } | StoreMode::Offline { .. }
        ) || self.setup.demo
        {
            tracing::warn!("the record is not moved in this mode");
            return vec![Report::Trouble(Trouble::MoveFailed(IoProblem::NotWritable))];
        }
        let result = match folder {
            Some(dir) => self.move_into_share(dir),
            None => self.move_back_here(),
        };
        match result {
            Ok(()) => {
                self.follow_from_now();
                self.trouble = None;
                vec![
                    Report::Store(self.mode.state()),
                    Report::Merged(self.record.clone()),
                    self.saved(),
                ]
            }
            Err(e) => {
                tracing::error!(error = %e, "record not moved");
                vec![Report::Trouble(Trouble::MoveFailed(problem_of(&e)))]
            }
        }
    }

    fn move_into_share(&mut self, dir: &Path) -> Result<(), StoreError> {
        let disk = self.setup.disk.clone();
        disk.create_dir_all(dir).map_err(|source| StoreError::Io {
            path: dir.to_owned(),
            source,
        })?;
        let store = Store::shared(dir, disk.clone())?;
        let (on_disk, stamp) = match &self.mode {
            // The record is in that very folder already (the data folder
            // typed in, or the server's own share): this copy holds its
            // lock, and a second handle on it would wait for itself.
            StoreMode::Writer {
                store: here,
                lock,
                stamp,
            } if same_folder(&*disk, here.dir(), dir) => here.commit(lock, &self.record, *stamp)?,
            _ => {
                let lock = store.lock_briefly(&self.setup.me, self.setup.lock_wait, &mut |_| {})?;
                store.commit(&lock, &self.record, None)?
            }
        };
        location::write(
            disk.as_ref(),
            &self.setup.folders.settings,
            &Location::Shared {
                folder: dir.to_owned(),
            },
        )?;
        if let Some(merged) = on_disk {
            self.record = merged;
        }
        // Dropping the old mode releases a lock held on this computer.
        self.mode = StoreMode::Shared { store, stamp };
        self.everything_is_in_the_share();
        Ok(())
    }

    fn move_back_here(&mut self) -> Result<(), StoreError> {
        if let StoreMode::Writer { .. } = &self.mode {
            return Ok(());
        }
        let disk = self.setup.disk.clone();
        let store = Store::local(&self.setup.folders.settings, disk.clone())?;
        let Locking::Taken(lock) = store.try_lock(&self.setup.me)? else {
            return Err(StoreError::ReadOnly);
        };
        // Never blind: a record here is read and merged; a damaged or
        // unreadable one stops the move.
        let (on_disk, stamp) = store.commit(&lock, &self.record, None)?;
        location::write(disk.as_ref(), &self.setup.folders.settings, &Location::Here)?;
        if let Some(merged) = on_disk {
            self.record = merged;
        }
        self.mode = StoreMode::Writer { store, lock, stamp };
        self.forget_the_share();
        Ok(())
    }
}

/// Whether two paths name one folder (a link, `..`, another spelling).
fn same_folder(disk: &dyn crate::disk::Disk, a: &Path, b: &Path) -> bool {
    match (disk.canonical(a), disk.canonical(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
