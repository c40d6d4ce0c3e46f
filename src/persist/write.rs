//! Writing the record: one locked read-compare-write ([`Store::commit`])
//! for the writer and the shared folder alike, and the way out of a damaged
//! record (a backup or a new start), which is the only write a damaged
//! file ever sees: it is set aside first.

use super::{Persistence, StoreMode, problem_of};
use crate::record::{Backup, Record};
use crate::store::{Store, StoreError, WriterLock};
use crate::workspace::{IoProblem, Recovery, Report, Ticket, Trouble};

impl Persistence {
    /// Writes the record as the mode allows.
    pub(super) fn persist(&mut self) -> Vec<Report> {
        match &self.mode {
            StoreMode::Writer { .. } => self.commit_here(),
            StoreMode::Shared { .. } => self.commit_shared(),
            StoreMode::Offline { .. } => self.keep_here(),
            StoreMode::Unavailable { store } => {
                let problem =
                    IoProblem::of_io(&std::io::Error::from(std::io::ErrorKind::PermissionDenied));
                tracing::warn!(folder = %store.dir().display(), "folder not writable; kept in memory");
                self.try_again_later();
                vec![Report::SaveFailed(problem)]
            }
            // Nothing is written into a file that waits for a decision or
            // could not be read, nor by a copy that only reads.
            StoreMode::Reader { .. }
            | StoreMode::Unreadable { .. }
            | StoreMode::Recovering { .. }
            | StoreMode::Closed => {
                tracing::warn!("record not written in this mode; kept in memory");
                vec![Report::SaveFailed(IoProblem::NotWritable)]
            }
        }
    }

    /// The writer on this computer: the same locked read-compare-write as
    /// the shared folder, with the lock it keeps.
    fn commit_here(&mut self) -> Vec<Report> {
        let StoreMode::Writer { store, lock, stamp } = &self.mode else {
            return Vec::new();
        };
        match store.commit(lock, &self.record, *stamp) {
            Ok((merged, new_stamp)) => {
                if let StoreMode::Writer { stamp, .. } = &mut self.mode {
                    *stamp = new_stamp;
                }
                let mut out = merged.map_or_else(Vec::new, |r| self.took_in(r));
                self.trouble = None;
                out.push(self.saved());
                out
            }
            Err(StoreError::Damaged(problem)) => {
                let StoreMode::Writer { store, lock, .. } =
                    std::mem::replace(&mut self.mode, StoreMode::Closed)
                else {
                    return Vec::new();
                };
                self.became_damaged(store, Some(lock), problem)
            }
            Err(e) => {
                tracing::error!(error = %e, "record not saved; kept in memory, will retry");
                self.try_again_later();
                vec![Report::SaveFailed(problem_of(&e))]
            }
        }
    }

    /// Someone damaged the file while this copy worked: the work stays in
    /// memory (and, for a shared folder, in the copy on this computer), and
    /// the user chooses the way out as at the start.
    pub(super) fn became_damaged(
        &mut self,
        store: Store,
        lock: Option<WriterLock>,
        problem: crate::record::FileError,
    ) -> Vec<Report> {
        tracing::error!(%problem, "the record on disk was damaged; nothing written over it");
        let recovery = Recovery {
            problem,
            backup: store.newest_good_backup(),
        };
        let shared = lock.is_none();
        self.mode = StoreMode::Recovering { store, lock };
        self.next_follow = None;
        let mut out = vec![Report::Recovering(recovery)];
        if shared {
            out.extend(self.keep_pending());
        }
        out
    }

    /// Another copy's events that came back with a commit or a look.
    pub(super) fn took_in(&mut self, on_disk: Record) -> Vec<Report> {
        if on_disk == self.record {
            return Vec::new();
        }
        self.record = on_disk.clone();
        vec![Report::Merged(on_disk)]
    }

    /// Puts a backup in place of a damaged record (`Some`) or sets the
    /// damaged record aside for a new start (`None`). Work this copy kept
    /// in memory goes into the restored record, or beside the new one.
    pub(super) fn recover(&mut self, ticket: Ticket, backup: Option<&Backup>) -> Vec<Report> {
        let StoreMode::Recovering { store, lock } = &self.mode else {
            tracing::warn!("nothing to recover in this mode");
            return vec![Report::RecoveryFailed(ticket, IoProblem::NotWritable)];
        };
        let store = store.clone();
        let now = self.now();
        let mut out = Vec::new();
        let result = if let Some(lock) = lock {
            Self::replace_damaged(&store, lock, backup, &self.record, now)
        } else {
            let me = self.setup.me.clone();
            let wait = self.setup.lock_wait;
            let mut waiting = Vec::new();
            let locked = store.lock_briefly(&me, wait, &mut |h| {
                waiting.push(Report::Waiting(h.clone()));
            });
            for report in waiting {
                self.tell(report, &mut out);
            }
            locked.and_then(|lock| Self::replace_damaged(&store, &lock, backup, &self.record, now))
        };
        match result {
            Ok((record, stamp)) => {
                let StoreMode::Recovering { store, lock } =
                    std::mem::replace(&mut self.mode, StoreMode::Closed)
                else {
                    return out;
                };
                self.mode = match lock {
                    Some(lock) => StoreMode::Writer { store, lock, stamp },
                    None => StoreMode::Shared { store, stamp },
                };
                self.follow_from_now();
                self.record = record.clone();
                self.trouble = None;
                if self.mode.is_shared() {
                    self.everything_is_in_the_share();
                }
                self.latest = self.latest.max(ticket);
                out.push(Report::Store(self.mode.state()));
                out.push(Report::Replaced(record));
                out.push(self.saved());
            }
            Err(e) => {
                tracing::error!(error = %e, "the damaged record could not be replaced");
                out.push(Report::RecoveryFailed(ticket, problem_of(&e)));
            }
        }
        out
    }

    fn replace_damaged(
        store: &Store,
        lock: &WriterLock,
        backup: Option<&Backup>,
        kept: &Record,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<(Record, Option<crate::disk::Stamp>), StoreError> {
        match backup {
            Some(b) => store.restore(lock, b, kept, now),
            None => store.start_over(lock, kept, now),
        }
    }

    /// Trouble met while following, said once.
    pub(super) fn follow_trouble(&mut self, e: &StoreError) -> Vec<Report> {
        let trouble = match e {
            StoreError::Damaged(_) => Trouble::RecordDamaged,
            other => Trouble::FollowFailed(problem_of(other)),
        };
        self.trouble(trouble).into_iter().collect()
    }
}
