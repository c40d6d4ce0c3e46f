//! The one owner of the record on disk. It holds the store in exactly one
//! mode ([`StoreMode`]), carries out the workspace's storage effects in
//! order and answers with [`Report`]s. In the window it runs on its own
//! thread ([`worker::Thread`]), so no frame waits for a disk, a share, the
//! credential store or the PDF renderer; the command line and the tests run
//! it inline ([`worker::Inline`]), so they stay deterministic.

mod follow;
mod jobs;
mod mode;
mod shared;
pub mod worker;

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

pub use mode::StoreMode;

use crate::clock::Clock;
use crate::record::{Backup, LockHolder, Locking, Opened, Record, RecordError, Store};
use crate::workspace::{Effect, IoProblem, Opening, Recovery, Report, Ticket};

/// How often a failed save, an away share or an unusable folder is tried again.
pub const RETRY_EVERY: Duration = Duration::seconds(5);

/// How often a copy that follows another (a reader, a shared folder) looks
/// for changes; each look compares a cheap stamp and reads only on change.
pub const FOLLOW_EVERY: Duration = Duration::seconds(5);

/// Where things are and who this copy is.
#[derive(Clone)]
pub struct Setup {
    /// This computer's folder: settings, the record unless it is shared,
    /// and the copy of work kept while the share is away.
    pub settings_dir: PathBuf,
    /// The data folder: the signing key and the logs.
    pub data_dir: PathBuf,
    /// The shared folder the record lives in, if any.
    pub shared_folder: Option<PathBuf>,
    /// Who works at this computer, shown to other copies.
    pub me: LockHolder,
    /// The operating system's credential store for the signing key.
    pub credential_store: Option<Arc<keyring_core::CredentialStore>>,
}

/// The record on disk and everything done to it.
pub struct Persistence {
    setup: Setup,
    clock: Arc<dyn Clock>,
    mode: StoreMode,
    /// The record as it must be on disk: what was saved plus what waits.
    record: Record,
    /// The newest change handed over.
    latest: Ticket,
    /// Whether something handed over is not on disk yet.
    unsaved: bool,
    next_try: Option<DateTime<Utc>>,
    next_follow: Option<DateTime<Utc>>,
    /// The last trouble reported, so it is said once, not every retry.
    trouble: Option<crate::workspace::Trouble>,
    /// How often the record file was read, so tests can check that
    /// following another copy stays cheap.
    reads: usize,
}

impl Persistence {
    /// Ready to open the record; nothing is read yet.
    pub fn new(setup: Setup, clock: Arc<dyn Clock>) -> Persistence {
        Persistence {
            setup,
            clock,
            mode: StoreMode::Closed,
            record: Record::default(),
            latest: 0,
            unsaved: false,
            next_try: None,
            next_follow: None,
            trouble: None,
            reads: 0,
        }
    }

    /// How often the record file has been read.
    pub fn reads(&self) -> usize {
        self.reads
    }

    /// The mode the store is in.
    pub fn mode(&self) -> &StoreMode {
        &self.mode
    }

    /// Carries out one effect and says what came of it.
    pub fn run(&mut self, effect: Effect) -> Vec<Report> {
        match effect {
            Effect::Open => self.open(),
            Effect::Save { ticket, events } => {
                self.record.take_in(events);
                self.handed_over(ticket);
                self.persist()
            }
            Effect::Replace { ticket, record } => {
                self.record = record;
                self.handed_over(ticket);
                self.persist()
            }
            Effect::Retry => self.retry(),
            Effect::Restore { ticket, backup } => {
                self.handed_over(ticket);
                self.restore(Some(&backup))
            }
            Effect::StartOver { ticket } => {
                self.handed_over(ticket);
                self.restore(None)
            }
            Effect::SaveSettings(settings) => {
                // Preferences only; the record does not depend on them.
                if let Err(e) = settings.save(&self.setup.settings_dir) {
                    tracing::warn!(error = %e, "settings not saved");
                }
                Vec::new()
            }
            Effect::UseSharedFolder(folder) => self.move_to(folder.as_deref()),
            Effect::Export(job) => vec![jobs::export(&job, &self.setup)],
            Effect::ListBundle(entries) => vec![jobs::list_bundle(entries, &self.setup)],
            Effect::SaveBundle(path, entries) => {
                vec![jobs::save_bundle(&path, entries, &self.setup)]
            }
            Effect::ChooseFile { .. } | Effect::OpenFile(_) | Effect::CopySuggestion => Vec::new(),
        }
    }

    /// When something is due by the clock: a retry or a look at another copy.
    pub fn due(&self) -> Option<DateTime<Utc>> {
        match (self.next_try, self.next_follow) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Does what is due by `now`.
    pub fn tick(&mut self, now: DateTime<Utc>) -> Vec<Report> {
        let mut out = Vec::new();
        if self.next_try.is_some_and(|at| at <= now) {
            self.next_try = None;
            out.extend(self.retry());
        }
        if self.next_follow.is_some_and(|at| at <= now) {
            self.next_follow = Some(now + FOLLOW_EVERY);
            out.extend(self.follow());
        }
        out
    }

    /// Does what is due by the clock now.
    pub fn tick_now(&mut self) -> Vec<Report> {
        let now = self.clock.now();
        self.tick(now)
    }

    fn handed_over(&mut self, ticket: Ticket) {
        self.latest = self.latest.max(ticket);
        self.unsaved = true;
    }

    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    fn try_again_later(&mut self) {
        self.next_try = Some(self.now() + RETRY_EVERY);
    }

    fn saved(&mut self) -> Report {
        self.unsaved = false;
        Report::Saved(self.latest)
    }

    /// Says trouble once; the same trouble again is not news.
    fn trouble(&mut self, trouble: crate::workspace::Trouble) -> Option<Report> {
        if self.trouble.as_ref() == Some(&trouble) {
            return None;
        }
        self.trouble = Some(trouble.clone());
        Some(Report::Trouble(trouble))
    }

    fn load(&mut self, store: &Store) -> Result<Opened, RecordError> {
        self.reads += 1;
        store.load()
    }

    fn open(&mut self) -> Vec<Report> {
        match self.setup.shared_folder.clone() {
            Some(folder) => self.open_shared(folder),
            None => self.open_local(),
        }
    }

    fn open_local(&mut self) -> Vec<Report> {
        let dir = self.setup.settings_dir.clone();
        let (store, locking) = match Store::local(&dir).and_then(|s| {
            let locking = s.try_lock(&self.setup.me)?;
            Ok((s, locking))
        }) {
            Ok(opened) => opened,
            Err(e) => {
                tracing::error!(error = %e, "data folder cannot be written; work stays in memory");
                let store = Store::reader(&dir);
                let (record, recovery) = self.read_at_start(&store);
                self.mode = StoreMode::Unavailable { store };
                self.try_again_later();
                return vec![self.opened(record, recovery, Some(IoProblem::of(&e)))];
            }
        };
        let (record, recovery) = self.read_at_start(&store);
        self.mode = match locking {
            Locking::Taken(lock) => {
                let removed = store.remove_stale_temp_files(&lock);
                if removed > 0 {
                    tracing::info!(removed, "temporary files of killed saves removed");
                }
                StoreMode::Writer { store, lock }
            }
            Locking::HeldBy(holder) => {
                self.next_follow = Some(self.now() + FOLLOW_EVERY);
                let stamp = store.stamp();
                StoreMode::Reader {
                    store,
                    holder,
                    stamp,
                }
            }
        };
        vec![self.opened(record, recovery, None)]
    }

    /// Reads the record at start; a damaged one waits for the user's decision.
    fn read_at_start(&mut self, store: &Store) -> (Record, Option<Recovery>) {
        match self.load(store) {
            Ok(Opened::Loaded(record)) => (record, None),
            Ok(Opened::Fresh) => (Record::default(), None),
            Ok(Opened::Damaged { problem, backup }) => {
                tracing::warn!(%problem, "record damaged; asking the user");
                (Record::default(), Some(Recovery { problem, backup }))
            }
            Err(e) => {
                tracing::error!(error = %e, "record unreadable");
                (Record::default(), None)
            }
        }
    }

    fn opened(
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

    /// Writes the record as the mode allows.
    fn persist(&mut self) -> Vec<Report> {
        let result = match &self.mode {
            StoreMode::Writer { store, lock } => store.save(lock, &self.record),
            StoreMode::Shared { .. } => return self.commit(),
            StoreMode::Offline { .. } => return self.keep_here(),
            StoreMode::Reader { .. } => Err(RecordError::ReadOnly),
            StoreMode::Unavailable { store } => Err(RecordError::Io {
                path: store.dir().to_owned(),
                source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            }),
            StoreMode::Closed => Err(RecordError::ReadOnly),
        };
        match result {
            Ok(()) => vec![self.saved()],
            Err(e) => {
                tracing::error!(error = %e, "record not saved; kept in memory, will retry");
                self.try_again_later();
                vec![Report::SaveFailed(IoProblem::of(&e))]
            }
        }
    }

    /// Tries again what failed.
    fn retry(&mut self) -> Vec<Report> {
        match &self.mode {
            StoreMode::Reader { .. } => self.take_over(),
            StoreMode::Offline { .. } => self.reconnect(),
            StoreMode::Unavailable { .. } => self.reopen_local(),
            StoreMode::Writer { .. } | StoreMode::Shared { .. } if self.unsaved => self.persist(),
            _ => Vec::new(),
        }
    }

    /// Puts a backup in place of a damaged record (`Some`) or sets the
    /// damaged record aside for a new start (`None`). Needs the lock: the
    /// writer's own, or in a shared folder, the lock for this one change.
    fn restore(&mut self, backup: Option<&Backup>) -> Vec<Report> {
        let now = self.now();
        let me = self.setup.me.clone();
        let result = match &self.mode {
            StoreMode::Writer { store, lock } => match backup {
                Some(b) => store.restore(lock, b, now),
                None => store.start_over(lock, now).map(|()| Record::default()),
            },
            StoreMode::Shared { store, .. } => {
                let mut waited = None;
                store
                    .lock_briefly(&me, &mut |h| waited = Some(h.clone()))
                    .and_then(|lock| match backup {
                        Some(b) => store.restore(&lock, b, now),
                        None => store.start_over(&lock, now).map(|()| Record::default()),
                    })
            }
            _ => Err(RecordError::ReadOnly),
        };
        match result {
            Ok(record) => {
                self.record = record.clone();
                if let StoreMode::Shared { store, stamp } = &mut self.mode {
                    *stamp = store.stamp();
                }
                self.trouble = None;
                vec![Report::Replaced(record), self.saved()]
            }
            Err(e) => {
                tracing::error!(error = %e, "the damaged record could not be replaced");
                vec![Report::SaveFailed(IoProblem::of(&e))]
            }
        }
    }
}

#[cfg(test)]
mod tests;
