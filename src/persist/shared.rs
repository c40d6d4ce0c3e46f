//! The record in a folder shared by all workstations of the practice: every
//! save merges with what the others wrote. Two copies stay on this
//! computer: the last record read from or written to the share (so a share
//! that is away at the start shows the practice's work, not an empty
//! record), and the work done while the share was away, merged back when it
//! returns and removed only once it is in the share.

use std::path::PathBuf;

use super::open::Found;
use super::{Persistence, StoreMode};
use crate::disk::write_atomic;
use crate::record::{Record, decode, encode};
use crate::store::{Store, StoreError, set_aside};
use crate::workspace::{IoProblem, Report, Trouble};

/// The work kept on this computer while the share is away.
const PENDING: &str = "shared-pending.json";
/// The last record seen in the share.
const COPY: &str = "shared-copy.json";

impl Persistence {
    fn kept_file(&self, name: &str) -> PathBuf {
        self.setup.folders.settings.join(name)
    }

    /// Opens the record in the shared folder, taking in the work left from
    /// a time the share was away. With the share away, work goes on from
    /// the last copy seen, or not at all when there is none.
    pub(super) fn open_shared(&mut self, folder: PathBuf) -> Vec<Report> {
        let mut out = Vec::new();
        let pending = self.read_kept(PENDING, &mut out);
        let copy = self.read_kept(COPY, &mut out);
        let known = pending.is_some() || copy.is_some();
        let mut memory = copy.unwrap_or_default();
        if let Some(p) = &pending {
            memory = memory.merged_with(p);
        }
        self.record = memory;
        self.unsaved = pending.is_some();
        let reachable = Store::shared(&folder, self.setup.disk.clone());
        let Ok(store) = reachable else {
            tracing::warn!(folder = %folder.display(), "shared folder not reachable at start");
            return self.go_offline(folder, known, out, true);
        };
        match self.read_at_start(&store) {
            Found::Record(disk, _) if disk.is_empty() && known && store.looks_unconnected() => {
                // A folder without the record this computer saw there
                // before: a share that did not connect (an empty mount
                // point), not a new practice.
                tracing::warn!(folder = %folder.display(), "the shared record is missing");
                self.go_offline(folder, known, out, true)
            }
            Found::Record(disk, stamp) => {
                let memory = std::mem::take(&mut self.record);
                self.mode = StoreMode::Shared { store, stamp };
                self.follow_from_now();
                let record = if self.unsaved {
                    disk.merged_with(&memory)
                } else {
                    disk
                };
                out.insert(0, self.opened(record, None, None));
                if self.unsaved {
                    out.extend(self.commit_shared());
                } else {
                    self.write_copy();
                }
                out
            }
            Found::Damaged(recovery) => {
                self.mode = StoreMode::Recovering { store, lock: None };
                let memory = self.record.clone();
                out.insert(0, self.opened(Record::default(), Some(recovery), None));
                // The work kept here stays in memory for the restore.
                self.record = memory;
                out
            }
            Found::Unreadable(problem) => {
                let mut reports = self.unreadable(&store, problem, None);
                reports.extend(out);
                reports
            }
        }
    }

    fn go_offline(
        &mut self,
        folder: PathBuf,
        known: bool,
        mut out: Vec<Report>,
        at_start: bool,
    ) -> Vec<Report> {
        self.mode = StoreMode::Offline { folder, known };
        self.next_follow = None;
        self.try_again_later();
        if at_start {
            let record = self.record.clone();
            out.insert(0, self.opened(record, None, None));
        }
        out
    }

    /// Reads a copy kept on this computer. One that is damaged is set aside,
    /// never overwritten; one that cannot be read is left alone and never
    /// removed. Either way the user is told.
    fn read_kept(&mut self, name: &str, out: &mut Vec<Report>) -> Option<Record> {
        let path = self.kept_file(name);
        let disk = self.setup.disk.clone();
        let bytes = match disk.read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
            Err(e) => {
                tracing::error!(error = %e, file = %path.display(), "a copy kept here cannot be read");
                if name == PENDING {
                    self.pending_unread = true;
                    out.extend(self.trouble(Trouble::PendingUnreadable(path)));
                }
                return None;
            }
        };
        match decode(&bytes) {
            Ok(record) => {
                if name == PENDING {
                    self.pending_unread = false;
                }
                Some(record)
            }
            Err(problem) => {
                tracing::error!(%problem, file = %path.display(), "a copy kept here is damaged");
                let dir = self.setup.folders.settings.clone();
                match set_aside(disk.as_ref(), &path, &dir, self.now()) {
                    Ok(aside) if name == PENDING => {
                        out.extend(self.trouble(Trouble::PendingSetAside(aside)));
                    }
                    Ok(_) => {}
                    Err(e) => {
                        tracing::error!(error = %e, "the damaged copy could not be set aside");
                        if name == PENDING {
                            self.pending_unread = true;
                        }
                    }
                }
                None
            }
        }
    }

    /// Saves into the shared folder, merging with the other workstations.
    /// When the share is away, the work goes into the copy on this computer.
    pub(super) fn commit_shared(&mut self) -> Vec<Report> {
        let StoreMode::Shared { store, stamp } = &self.mode else {
            return Vec::new();
        };
        let (store, last) = (store.clone(), *stamp);
        let mut out = Vec::new();
        let mut waiting = Vec::new();
        let me = self.setup.me.clone();
        let announce = self.announce.clone();
        let result = store
            .lock_briefly(&me, self.setup.lock_wait, &mut |holder| {
                let report = Report::Waiting(holder.clone());
                match &announce {
                    Some(tell) => tell(report),
                    None => waiting.push(report),
                }
            })
            .and_then(|lock| store.commit(&lock, &self.record, last));
        out.extend(waiting);
        match result {
            Ok((merged, new_stamp)) => {
                if let StoreMode::Shared { stamp, .. } = &mut self.mode {
                    *stamp = new_stamp;
                }
                if let Some(merged) = merged {
                    out.extend(self.took_in(merged));
                }
                self.everything_is_in_the_share();
                self.trouble = None;
                out.push(self.saved());
            }
            Err(StoreError::Damaged(problem)) => {
                let StoreMode::Shared { store, .. } =
                    std::mem::replace(&mut self.mode, StoreMode::Closed)
                else {
                    return out;
                };
                out.extend(self.became_damaged(store, None, problem));
            }
            Err(StoreError::Busy(holder)) => {
                tracing::warn!(holder = %holder.workstation, "the share's lock stays taken; trying again later");
                self.try_again_later();
                out.extend(self.keep_pending());
                out.push(Report::SaveFailed(IoProblem::Busy));
            }
            Err(e) => {
                tracing::warn!(error = %e, "shared folder not written; keeping a copy here");
                self.mode = StoreMode::Offline {
                    folder: store.dir().to_owned(),
                    known: true,
                };
                self.next_follow = None;
                out.push(Report::Store(self.mode.state()));
                out.extend(self.keep_here());
            }
        }
        out
    }

    /// Everything is in the shared folder now: the copy here is brought up
    /// to date and the work kept for the share is no longer needed (unless
    /// it could not be read, so it was never merged).
    pub(super) fn everything_is_in_the_share(&mut self) {
        self.write_copy();
        if !self.pending_unread {
            let pending = self.kept_file(PENDING);
            if let Err(e) = self.setup.disk.remove_file(&pending)
                && e.kind() != std::io::ErrorKind::NotFound
            {
                tracing::warn!(error = %e, "the copy of work kept here was not removed");
            }
        }
    }

    /// The last record seen in the share, for a start with the share away.
    /// Only a convenience: failing to write it loses nothing.
    fn write_copy(&self) {
        let written = encode(&self.record)
            .map_err(std::io::Error::other)
            .and_then(|bytes| {
                write_atomic(self.setup.disk.as_ref(), &self.kept_file(COPY), &bytes)
            });
        if let Err(e) = written {
            tracing::warn!(error = %e, "the copy of the shared record was not kept here");
        }
    }

    /// Keeps the work in a copy on this computer, so even a crash while the
    /// share is away loses nothing; it is merged back on the next good save.
    pub(super) fn keep_here(&mut self) -> Vec<Report> {
        self.try_again_later();
        if let StoreMode::Offline { known: false, .. } = self.mode {
            // Nothing is known of the practice's record here: saving an
            // empty start would later be merged over the real one.
            return vec![Report::SaveFailed(IoProblem::FolderMissing)];
        }
        let mut out = self.keep_pending();
        if out.is_empty() {
            out.push(self.saved());
        }
        out
    }

    /// Writes the work to the copy kept for the share; reports only failure.
    pub(super) fn keep_pending(&mut self) -> Vec<Report> {
        if self.pending_unread {
            // Never written over: it was not read, so it may hold work.
            return vec![Report::SaveFailed(IoProblem::NotWritable)];
        }
        let kept = encode(&self.record)
            .map_err(std::io::Error::other)
            .and_then(|bytes| {
                write_atomic(self.setup.disk.as_ref(), &self.kept_file(PENDING), &bytes)
            });
        match kept {
            Ok(()) => Vec::new(),
            Err(e) => {
                tracing::error!(error = %e, "the copy on this computer was not written either");
                vec![Report::SaveFailed(IoProblem::of_io(&e))]
            }
        }
    }

    /// Tries the shared folder again; when it is back, the work kept here
    /// goes into it.
    pub(super) fn reconnect(&mut self) -> Vec<Report> {
        let StoreMode::Offline { folder, known } = &self.mode else {
            return Vec::new();
        };
        let (folder, known) = (folder.clone(), *known);
        if self.pending_unread {
            // Perhaps it can be read now; its work joins what is in memory.
            let mut out = Vec::new();
            if let Some(p) = self.read_kept(PENDING, &mut out) {
                self.record = self.record.merged_with(&p);
                self.unsaved = true;
            }
        }
        let Ok(store) = Store::shared(&folder, self.setup.disk.clone()) else {
            self.try_again_later();
            return Vec::new();
        };
        if !known {
            // Nothing was shown or changed here: open as at the start.
            return self.reopen();
        }
        let mut out = Vec::new();
        match self.load(&store) {
            Ok((crate::store::Opened::Fresh, _)) if store.looks_unconnected() => {
                // Still the empty folder of a share that did not connect.
                self.try_again_later();
                return out;
            }
            Ok((crate::store::Opened::Damaged { problem, .. }, _)) => {
                out.extend(self.became_damaged(store, None, problem));
                return out;
            }
            Err(e) => {
                self.try_again_later();
                out.extend(self.follow_trouble(&e));
                return out;
            }
            Ok((_, stamp)) => {
                // Compared again under the lock; this stamp only says
                // "read before", so the commit merges.
                let _ = stamp;
                self.mode = StoreMode::Shared { store, stamp: None };
            }
        }
        self.follow_from_now();
        self.unsaved = true;
        out.extend(self.commit_shared());
        if matches!(self.mode, StoreMode::Shared { .. }) {
            out.insert(0, Report::Store(self.mode.state()));
        }
        out
    }

    /// Takes in what other workstations saved since the last look.
    pub(super) fn follow_shared(&mut self) -> Vec<Report> {
        match self.look() {
            Ok(Some(disk)) => {
                let merged = self.record.merged_with(&disk);
                if merged == self.record {
                    return Vec::new();
                }
                self.record = merged;
                if !self.unsaved {
                    self.write_copy();
                }
                vec![Report::Merged(disk)]
            }
            Ok(None) => Vec::new(),
            Err(trouble) => trouble,
        }
    }
}

impl Persistence {
    /// The record is back on this computer: the copies kept for the share
    /// are no longer needed (one that could not be read stays).
    pub(super) fn forget_the_share(&mut self) {
        let mut files = vec![self.kept_file(COPY)];
        if !self.pending_unread {
            files.push(self.kept_file(PENDING));
        }
        for file in files {
            if let Err(e) = self.setup.disk.remove_file(&file)
                && e.kind() != std::io::ErrorKind::NotFound
            {
                tracing::warn!(error = %e, file = %file.display(), "a copy kept for the share was not removed");
            }
        }
    }
}
