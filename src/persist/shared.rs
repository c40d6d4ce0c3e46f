//! The record in a folder shared by all workstations of the practice: every
//! save merges with what the others wrote; while the share is away, work
//! goes on into a copy on this computer that is merged back when it returns.

use std::path::{Path, PathBuf};

use super::{FOLLOW_EVERY, Persistence, StoreMode};
use crate::record::{Locking, Opened, Record, RecordError, Store, decode, encode, set_aside};
use crate::workspace::{IoProblem, Report, StoreState, Trouble};

/// The copy of work kept on this computer while the share is away.
const PENDING: &str = "shared-pending.json";

impl Persistence {
    fn pending_path(&self) -> PathBuf {
        self.setup.settings_dir.join(PENDING)
    }

    /// Opens the record in the shared folder, taking in a copy of work left
    /// from a time the share was away. With the share away, work goes on in
    /// that copy.
    pub(super) fn open_shared(&mut self, folder: PathBuf) -> Vec<Report> {
        let mut out = Vec::new();
        let pending = self.take_pending(&mut out);
        let Ok(store) = Store::shared(&folder) else {
            tracing::warn!(folder = %folder.display(), "shared folder not reachable at start");
            self.mode = StoreMode::Offline { folder };
            self.try_again_later();
            out.insert(0, self.opened(pending.unwrap_or_default(), None, None));
            return out;
        };
        let (disk, recovery) = self.read_at_start(&store);
        let stamp = store.stamp();
        self.mode = StoreMode::Shared { store, stamp };
        self.next_follow = Some(self.now() + FOLLOW_EVERY);
        let waiting = pending.filter(|_| recovery.is_none());
        let record = match &waiting {
            Some(kept) => disk.merged_with(kept),
            None => disk,
        };
        out.insert(0, self.opened(record, recovery, None));
        if waiting.is_some() {
            self.unsaved = true;
            out.extend(self.commit());
        }
        out
    }

    /// Reads the copy kept while the share was away. A copy that cannot be
    /// read is set aside, never overwritten, and the user is told.
    fn take_pending(&mut self, out: &mut Vec<Report>) -> Option<Record> {
        let path = self.pending_path();
        let bytes = std::fs::read(&path).ok()?;
        match decode(&bytes) {
            Ok(record) => Some(record),
            Err(problem) => {
                tracing::error!(%problem, "the copy kept while the share was away is damaged");
                match set_aside(&path, &self.setup.settings_dir, self.now()) {
                    Ok(aside) => out.extend(self.trouble(Trouble::PendingSetAside(aside))),
                    Err(e) => {
                        tracing::error!(error = %e, "the damaged copy could not be set aside");
                    }
                }
                None
            }
        }
    }

    /// Saves into the shared folder, merging with the other workstations.
    /// When the share is away, the work goes into the copy on this computer.
    pub(super) fn commit(&mut self) -> Vec<Report> {
        let StoreMode::Shared { store, .. } = &self.mode else {
            return Vec::new();
        };
        let store = store.clone();
        let mut out = Vec::new();
        let result = store.commit(&self.record, &self.setup.me, &mut |holder| {
            out.push(Report::Waiting(holder.clone()));
        });
        match result {
            Ok(merged) => {
                if let StoreMode::Shared { stamp, .. } = &mut self.mode {
                    *stamp = store.stamp();
                }
                if merged != self.record {
                    self.record = merged.clone();
                    out.push(Report::Merged(merged));
                }
                // Everything is in the shared folder now.
                let _ = std::fs::remove_file(self.pending_path());
                self.trouble = None;
                out.push(self.saved());
            }
            Err(e) => {
                tracing::warn!(error = %e, "shared folder not written; keeping a copy here");
                if matches!(e, RecordError::Damaged) {
                    out.extend(self.trouble(Trouble::SharedRecordDamaged));
                }
                self.mode = StoreMode::Offline {
                    folder: store.dir().to_owned(),
                };
                self.next_follow = None;
                out.push(Report::Store(self.mode.state()));
                out.extend(self.keep_here());
            }
        }
        out
    }

    /// Keeps the work in a copy on this computer, so even a crash while the
    /// share is away loses nothing; it is merged back on the next good save.
    pub(super) fn keep_here(&mut self) -> Vec<Report> {
        self.try_again_later();
        let kept = encode(&self.record)
            .map_err(std::io::Error::other)
            .and_then(|bytes| crate::files::write_atomic(&self.pending_path(), &bytes));
        match kept {
            Ok(()) => vec![self.saved()],
            Err(e) => {
                tracing::error!(error = %e, "the copy on this computer was not written either");
                vec![Report::SaveFailed(IoProblem::of_io(&e))]
            }
        }
    }

    /// Tries the shared folder again; when it is back, the work kept here
    /// goes into it.
    pub(super) fn reconnect(&mut self) -> Vec<Report> {
        let StoreMode::Offline { folder } = &self.mode else {
            return Vec::new();
        };
        let Ok(store) = Store::shared(folder) else {
            self.try_again_later();
            return Vec::new();
        };
        let stamp = store.stamp();
        self.mode = StoreMode::Shared { store, stamp };
        self.next_follow = Some(self.now() + FOLLOW_EVERY);
        self.unsaved = true;
        let mut out = self.commit();
        if matches!(self.mode, StoreMode::Shared { .. }) {
            out.insert(0, Report::Store(self.mode.state()));
        }
        out
    }

    /// Takes in what other workstations saved since the last look.
    pub(super) fn follow_shared(&mut self) -> Vec<Report> {
        let StoreMode::Shared { store, stamp } = &self.mode else {
            return Vec::new();
        };
        let store = store.clone();
        let now = store.stamp();
        if now.is_none() || now == *stamp {
            return Vec::new();
        }
        let mut out = Vec::new();
        match self.load(&store) {
            Ok(Opened::Loaded(disk)) => {
                let merged = self.record.merged_with(&disk);
                if merged != self.record {
                    self.record = merged;
                    out.push(Report::Merged(disk));
                }
            }
            Ok(Opened::Fresh) => {}
            Ok(Opened::Damaged { .. }) => out.extend(self.trouble(Trouble::SharedRecordDamaged)),
            Err(e) => {
                let problem = IoProblem::of(&e);
                out.extend(self.trouble(Trouble::FollowFailed(problem)));
                return out;
            }
        }
        if let StoreMode::Shared { stamp, .. } = &mut self.mode {
            *stamp = now;
        }
        out
    }

    /// Moves the record into a shared folder (`Some`) or back to this
    /// computer (`None`), merging with what is already there; nothing is lost.
    pub(super) fn move_to(&mut self, folder: Option<&Path>) -> Vec<Report> {
        let result = match folder {
            Some(dir) => self.move_into_share(dir),
            None => self.move_back_here(),
        };
        match result {
            Ok((mode, merged)) => {
                // Dropping the old mode releases a lock held on this computer.
                self.mode = mode;
                self.next_follow = self.mode.follows().then(|| self.now() + FOLLOW_EVERY);
                self.record = merged.clone();
                let _ = std::fs::remove_file(self.pending_path());
                vec![
                    Report::Store(self.mode.state()),
                    Report::Merged(merged),
                    self.saved(),
                ]
            }
            Err(e) => {
                tracing::error!(error = %e, "record not moved");
                vec![Report::Trouble(Trouble::MoveFailed(IoProblem::of(&e)))]
            }
        }
    }

    fn move_into_share(&mut self, dir: &Path) -> Result<(StoreMode, Record), RecordError> {
        std::fs::create_dir_all(dir).map_err(|source| RecordError::Io {
            path: dir.to_owned(),
            source,
        })?;
        let store = Store::shared(dir)?;
        let merged = store.commit(&self.record, &self.setup.me, &mut |_| {})?;
        let stamp = store.stamp();
        Ok((StoreMode::Shared { store, stamp }, merged))
    }

    fn move_back_here(&mut self) -> Result<(StoreMode, Record), RecordError> {
        let store = Store::local(&self.setup.settings_dir)?;
        // The local lock is ours already when the record never left.
        if let StoreMode::Writer { .. } = &self.mode {
            return Ok((
                std::mem::replace(&mut self.mode, StoreMode::Closed),
                self.record.clone(),
            ));
        }
        let Locking::Taken(lock) = store.try_lock(&self.setup.me)? else {
            return Err(RecordError::ReadOnly);
        };
        let merged = match self.load(&store)? {
            Opened::Loaded(local) => local.merged_with(&self.record),
            _ => self.record.clone(),
        };
        store.save(&lock, &merged)?;
        Ok((StoreMode::Writer { store, lock }, merged))
    }
}

impl StoreState {
    /// Whether the record lives in a shared folder (reachable or not).
    pub fn is_shared(&self) -> bool {
        matches!(self, StoreState::Shared { .. } | StoreState::Offline { .. })
    }
}
