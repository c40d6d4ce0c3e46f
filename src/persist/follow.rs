//! Following another copy of the app: a reader looks at a cheap stamp of
//! the record file and reads it only when it changed, and becomes the writer
//! once the other copy has closed, reading the file first like anyone who
//! opens it.

use super::open::Found;
use super::{Persistence, StoreMode, problem_of};
use crate::store::{Locking, Opened, Store, WriterLock};
use crate::workspace::{Report, StoreState};

impl Persistence {
    /// A reader becomes the writer when the other copy has closed. The file
    /// is read under the new lock: a damaged one waits for the user, one
    /// that cannot be read is left alone, and never does the copy this
    /// reader followed go over either.
    pub(super) fn take_over(&mut self) -> Vec<Report> {
        let StoreMode::Reader { store, holder, .. } = &self.mode else {
            return Vec::new();
        };
        let store = store.clone();
        let holder = holder.clone();
        match store.try_lock(&self.setup.me) {
            Ok(Locking::Taken(lock)) => {
                store.remove_stale_temp_files(&lock);
                self.next_follow = None;
                match self.read_at_start(&store) {
                    Found::Record(disk, stamp) => {
                        self.mode = StoreMode::Writer { store, lock, stamp };
                        let mut out = vec![Report::Store(StoreState::Writer)];
                        if self.unsaved {
                            // Work kept in memory joins what the other copy
                            // left, and is saved now.
                            self.record = disk.merged_with(&self.record);
                            out.push(Report::Merged(self.record.clone()));
                            out.extend(self.persist());
                        } else {
                            self.record = disk.clone();
                            out.push(Report::Replaced(disk));
                        }
                        out
                    }
                    found @ (Found::Damaged(_) | Found::Unreadable(_)) => {
                        self.hold_without_writing(store, lock, found)
                    }
                }
            }
            Ok(Locking::HeldBy(now_held)) if now_held != holder => {
                if let StoreMode::Reader { holder, .. } = &mut self.mode {
                    *holder = now_held;
                }
                vec![Report::Store(self.mode.state())]
            }
            Ok(Locking::HeldBy(_)) => Vec::new(),
            Err(e) => {
                tracing::warn!(error = %e, "could not look at the record's lock");
                Vec::new()
            }
        }
    }

    /// This copy now holds the lock of a record file that is damaged or
    /// cannot be read: it keeps the lock, writes nothing, and the screen
    /// says which (the same ways out as at the start).
    fn hold_without_writing(
        &mut self,
        store: Store,
        lock: WriterLock,
        found: Found,
    ) -> Vec<Report> {
        match found {
            Found::Damaged(recovery) => {
                self.mode = StoreMode::Recovering {
                    store,
                    lock: Some(lock),
                };
                vec![
                    Report::Store(self.mode.state()),
                    Report::Recovering(recovery),
                ]
            }
            Found::Unreadable(problem) => {
                self.mode = StoreMode::Unreadable {
                    file: store.file(),
                    problem,
                    lock: Some(lock),
                };
                vec![Report::Store(self.mode.state())]
            }
            // A good record is taken in by the caller.
            Found::Record(..) => Vec::new(),
        }
    }

    /// The folder on this computer could not be written; try once more.
    /// Work kept in memory is never handed to a copy that only reads: while
    /// another copy holds the record, it waits here until this one can
    /// write, then joins the record on disk.
    pub(super) fn reopen_local(&mut self) -> Vec<Report> {
        let dir = self.setup.folders.settings.clone();
        let attempt = Store::local(&dir, self.setup.disk.clone()).and_then(|s| {
            let locking = s.try_lock(&self.setup.me)?;
            Ok((s, locking))
        });
        match attempt {
            Ok((store, Locking::Taken(lock))) => {
                if !self.unsaved {
                    let mut out = self.open_as_writer(store, lock);
                    // Not a new opening for the screen: the same record, now writable.
                    if let Some(Report::Opened(opening)) = out.first_mut() {
                        let record = std::mem::take(&mut opening.record);
                        out[0] = Report::Replaced(record);
                        out.insert(0, Report::Store(self.mode.state()));
                    }
                    return out;
                }
                match self.read_at_start(&store) {
                    Found::Record(disk, stamp) => {
                        self.mode = StoreMode::Writer { store, lock, stamp };
                        self.record = disk.merged_with(&self.record);
                        let mut out = vec![
                            Report::Store(StoreState::Writer),
                            Report::Merged(self.record.clone()),
                        ];
                        out.extend(self.persist());
                        out
                    }
                    found @ (Found::Damaged(_) | Found::Unreadable(_)) => {
                        self.hold_without_writing(store, lock, found)
                    }
                }
            }
            Ok((store, Locking::HeldBy(holder))) if !self.unsaved => {
                let stamp = store.stamp();
                self.mode = StoreMode::Reader {
                    store,
                    holder,
                    stamp,
                };
                self.follow_from_now();
                vec![Report::Store(self.mode.state())]
            }
            Ok((_, Locking::HeldBy(_))) => {
                self.try_again_later();
                Vec::new()
            }
            Err(e) => {
                self.try_again_later();
                if self.unsaved {
                    vec![Report::SaveFailed(problem_of(&e))]
                } else {
                    Vec::new()
                }
            }
        }
    }

    /// Looks for changes another copy made: a cheap stamp first, the
    /// record only when the stamp changed.
    pub(super) fn follow(&mut self) -> Vec<Report> {
        match &self.mode {
            StoreMode::Reader { .. } => {
                let mut out = self.take_over();
                if matches!(self.mode, StoreMode::Reader { .. }) {
                    out.extend(self.follow_reader());
                }
                out
            }
            StoreMode::Shared { .. } => self.follow_shared(),
            _ => {
                self.next_follow = None;
                Vec::new()
            }
        }
    }

    fn follow_reader(&mut self) -> Vec<Report> {
        match self.look() {
            Ok(Some(disk)) => {
                self.record = disk.clone();
                vec![Report::Replaced(disk)]
            }
            Ok(None) => Vec::new(),
            Err(trouble) => trouble,
        }
    }

    /// What another copy saved since the last look: a cheap stamp first,
    /// the record only when the stamp changed, and the new stamp kept so
    /// one save is read once. A reader and a shared folder look the same
    /// way; a fix to the order of stamp and read is made here once.
    pub(super) fn look(&mut self) -> Result<Option<crate::record::Record>, Vec<Report>> {
        let (store, last) = match &self.mode {
            StoreMode::Reader { store, stamp, .. } | StoreMode::Shared { store, stamp } => {
                (store.clone(), *stamp)
            }
            _ => return Ok(None),
        };
        let now = store.stamp();
        if now.is_none() || now == last {
            return Ok(None);
        }
        match self.load(&store) {
            Ok((Opened::Loaded(disk), read_stamp)) => {
                if let StoreMode::Reader { stamp, .. } | StoreMode::Shared { stamp, .. } =
                    &mut self.mode
                {
                    *stamp = read_stamp;
                }
                Ok(Some(disk))
            }
            Ok((Opened::Fresh, _)) => Ok(None),
            Ok((Opened::Damaged { .. }, _)) => Err(self
                .trouble(crate::workspace::Trouble::RecordDamaged)
                .into_iter()
                .collect()),
            Err(e) => Err(self.follow_trouble(&e)),
        }
    }
}
