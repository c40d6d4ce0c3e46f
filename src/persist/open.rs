//! Opening the record: where it lives, who writes it, and what state the
//! file is in. A file that cannot be read or is damaged is never taken for
//! a new practice: the modes for the bad days keep it as it is.

use super::location::{self, Location};
use super::{Persistence, StoreMode, problem_of};
use crate::disk::Stamp;
use crate::record::Record;
use crate::store::{Locking, Opened, Store, WriterLock};
use crate::workspace::{IoProblem, Opening, Recovery, Report, Trouble};

/// What reading the record at the start found.
// Lives only until the mode is chosen; a box would buy nothing.
#[allow(clippy::large_enum_variant)]
pub(super) enum Found {
    /// The record (empty for a new practice) and its stamp.
    Record(Record, Option<Stamp>),
    /// The file is damaged; the user decides.
    Damaged(Recovery),
    /// The file is there but could not be read.
    Unreadable(IoProblem),
}

impl Persistence {
    pub(super) fn open(&mut self) -> Vec<Report> {
        self.next_try = None;
        self.next_follow = None;
        if self.setup.demo {
            return self.open_local();
        }
        let disk = self.setup.disk.clone();
        let legacy = self.setup.legacy_shared_folder.clone();
        match location::read(
            disk.as_ref(),
            &self.setup.folders.settings,
            legacy.as_deref(),
        ) {
            Ok(Location::Here) => self.open_local(),
            Ok(Location::Shared { folder }) => self.open_shared(folder),
            Err(e) => {
                tracing::error!(error = %e, "the note of where the record lives cannot be read");
                self.mode = StoreMode::Unreadable {
                    file: location::path(&self.setup.folders.settings),
                    problem: problem_of(&e),
                    lock: None,
                };
                vec![self.opened(Record::default(), None, None)]
            }
        }
    }

    /// Reads everything again, as at the start: the only way out of a file
    /// that could not be read. Nothing is written.
    pub(super) fn reopen(&mut self) -> Vec<Report> {
        // Dropping the old mode releases a lock held on this computer, so
        // opening can take it again.
        self.mode = StoreMode::Closed;
        self.trouble = None;
        self.open()
    }

    pub(super) fn open_local(&mut self) -> Vec<Report> {
        let dir = self.setup.folders.settings.clone();
        let disk = self.setup.disk.clone();
        let locked = Store::local(&dir, disk.clone()).and_then(|store| {
            let locking = store.try_lock(&self.setup.me)?;
            Ok((store, locking))
        });
        let (store, locking) = match locked {
            Ok(opened) => opened,
            Err(e) => {
                tracing::error!(error = %e, "data folder cannot be written; work stays in memory");
                let store = Store::on(&dir, disk);
                let problem = problem_of(&e);
                self.try_again_later();
                return match self.read_at_start(&store) {
                    Found::Record(record, _) => {
                        self.mode = StoreMode::Unavailable { store };
                        vec![self.opened(record, None, Some(problem))]
                    }
                    Found::Damaged(_) => {
                        // Nothing can be set aside in a folder that cannot
                        // be written; it stays as it is until it can.
                        self.mode = StoreMode::Unavailable { store };
                        let out = self.trouble(Trouble::RecordDamaged);
                        let mut reports = vec![self.opened(Record::default(), None, Some(problem))];
                        reports.extend(out);
                        reports
                    }
                    Found::Unreadable(why) => self.unreadable(&store, why, None),
                };
            }
        };
        match locking {
            Locking::Taken(lock) => self.open_as_writer(store, lock),
            Locking::HeldBy(holder) => {
                let mut out = Vec::new();
                let (record, stamp) = match self.read_at_start(&store) {
                    Found::Record(record, stamp) => (record, stamp),
                    // The copy that writes deals with it; this one says so.
                    Found::Damaged(_) => {
                        out.extend(self.trouble(Trouble::RecordDamaged));
                        (Record::default(), None)
                    }
                    Found::Unreadable(problem) => {
                        out.extend(self.trouble(Trouble::FollowFailed(problem)));
                        (Record::default(), None)
                    }
                };
                self.mode = StoreMode::Reader {
                    store,
                    holder,
                    stamp,
                };
                self.follow_from_now();
                out.insert(0, self.opened(record, None, None));
                out
            }
        }
    }

    /// This copy holds the lock of the folder on this computer.
    pub(super) fn open_as_writer(&mut self, store: Store, lock: WriterLock) -> Vec<Report> {
        let removed = store.remove_stale_temp_files(&lock);
        if removed > 0 {
            tracing::info!(removed, "temporary files of killed saves removed");
        }
        match self.read_at_start(&store) {
            Found::Record(record, stamp) => {
                self.mode = StoreMode::Writer { store, lock, stamp };
                vec![self.opened(record, None, None)]
            }
            Found::Damaged(recovery) => {
                self.mode = StoreMode::Recovering {
                    store,
                    lock: Some(lock),
                };
                vec![self.opened(Record::default(), Some(recovery), None)]
            }
            Found::Unreadable(problem) => self.unreadable(&store, problem, Some(lock)),
        }
    }

    /// The record file is there but cannot be read: nothing is written and
    /// the screen says which file and why.
    pub(super) fn unreadable(
        &mut self,
        store: &Store,
        problem: IoProblem,
        lock: Option<WriterLock>,
    ) -> Vec<Report> {
        self.mode = StoreMode::Unreadable {
            file: store.file(),
            problem,
            lock,
        };
        // Memory keeps what it had (work of this session, a copy kept while
        // the share was away), but none of it is written now.
        let record = self.record.clone();
        vec![self.opened(record, None, None)]
    }

    /// Reads the record at the start; a damaged one waits for the user's
    /// decision, one that cannot be read is never taken for a new one.
    pub(super) fn read_at_start(&mut self, store: &Store) -> Found {
        match self.load(store) {
            Ok((Opened::Loaded(record), stamp)) => Found::Record(record, stamp),
            Ok((Opened::Fresh, stamp)) => Found::Record(Record::default(), stamp),
            Ok((Opened::Damaged { problem, backup }, _)) => {
                tracing::warn!(%problem, "record damaged; asking the user");
                Found::Damaged(Recovery { problem, backup })
            }
            Err(e) => {
                tracing::error!(error = %e, "record unreadable; nothing is written until it can be read");
                Found::Unreadable(problem_of(&e))
            }
        }
    }

    pub(super) fn opened(
        &mut self,
        record: Record,
        recovery: Option<Recovery>,
        problem: Option<IoProblem>,
    ) -> Report {
        self.record = record.clone();
        Report::Opened(Opening {
            store: self.mode.state(),
            record,
            recovery,
            problem,
        })
    }
}
