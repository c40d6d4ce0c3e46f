//! Following another copy of the app: a reader looks at a cheap stamp of
//! the record file and reads it only when it changed, and becomes the writer
//! once the other copy has closed.

use super::{FOLLOW_EVERY, Persistence, StoreMode};
use crate::record::{Locking, Opened, Store};
use crate::workspace::{IoProblem, Report, StoreState, Trouble};

impl Persistence {
    /// A reader becomes the writer when the other copy has closed.
    pub(super) fn take_over(&mut self) -> Vec<Report> {
        let StoreMode::Reader { store, holder, .. } = &self.mode else {
            return Vec::new();
        };
        let store = store.clone();
        let holder = holder.clone();
        match store.try_lock(&self.setup.me) {
            Ok(Locking::Taken(lock)) => {
                let mut out = vec![];
                // Start from what the other copy left on disk.
                if let Ok(Opened::Loaded(disk)) = self.load(&store) {
                    self.record = disk.clone();
                    out.push(Report::Replaced(disk));
                }
                store.remove_stale_temp_files(&lock);
                self.mode = StoreMode::Writer { store, lock };
                self.next_follow = None;
                out.insert(0, Report::Store(StoreState::Writer));
                out
            }
            Ok(Locking::HeldBy(now_held)) if now_held != holder => {
                let stamp = store.stamp();
                self.mode = StoreMode::Reader {
                    store,
                    holder: now_held,
                    stamp,
                };
                vec![Report::Store(self.mode.state())]
            }
            Ok(Locking::HeldBy(_)) => Vec::new(),
            Err(e) => {
                tracing::warn!(error = %e, "could not look at the record's lock");
                Vec::new()
            }
        }
    }

    /// The folder on this computer could not be written; try once more.
    pub(super) fn reopen_local(&mut self) -> Vec<Report> {
        let dir = self.setup.settings_dir.clone();
        let attempt = Store::local(&dir).and_then(|s| {
            let locking = s.try_lock(&self.setup.me)?;
            Ok((s, locking))
        });
        match attempt {
            Ok((store, Locking::Taken(lock))) => {
                self.mode = StoreMode::Writer { store, lock };
                let mut out = vec![Report::Store(StoreState::Writer)];
                if self.unsaved {
                    out.extend(self.persist());
                }
                out
            }
            Ok((store, Locking::HeldBy(holder))) => {
                let stamp = store.stamp();
                self.mode = StoreMode::Reader {
                    store,
                    holder,
                    stamp,
                };
                self.next_follow = Some(self.now() + FOLLOW_EVERY);
                vec![Report::Store(self.mode.state())]
            }
            Err(e) => {
                self.try_again_later();
                if self.unsaved {
                    vec![Report::SaveFailed(IoProblem::of(&e))]
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
        let StoreMode::Reader { store, stamp, .. } = &self.mode else {
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
                self.record = disk.clone();
                out.push(Report::Replaced(disk));
            }
            Ok(Opened::Fresh) => {}
            Ok(Opened::Damaged { .. }) => {
                out.extend(self.trouble(Trouble::SharedRecordDamaged));
            }
            Err(e) => {
                let problem = IoProblem::of(&e);
                out.extend(self.trouble(Trouble::FollowFailed(problem)));
                return out;
            }
        }
        if let StoreMode::Reader { stamp, .. } = &mut self.mode {
            *stamp = now;
        }
        out
    }
}
