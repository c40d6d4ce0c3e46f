//! The one owner of the record on disk. It holds the store in exactly one
//! mode ([`StoreMode`]), carries out the workspace's storage effects in
//! order and answers with [`Report`]s. In the window it runs on its own
//! thread ([`worker::Thread`]), so no frame waits for a disk, a share, the
//! credential store or the PDF renderer; the command line and the tests run
//! it inline ([`worker::Inline`]), so they stay deterministic.
//!
//! Every write of the record goes through [`Store::commit`]: under the lock
//! the file is compared with what this copy last saw, read and merged when
//! someone else wrote, and never written when it is damaged or unreadable.

mod follow;
mod jobs;
pub mod location;
mod mode;
mod moving;
mod open;
pub mod settings_file;
mod shared;
pub mod worker;
mod write;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub use mode::StoreMode;

use crate::clock::Clock;
use crate::disk::Disk;
use crate::record::{LockHolder, Record};
use crate::store::{Opened, Store, StoreError};
use crate::workspace::{Folders, IoProblem, PersistEffect, Report, Ticket, Trouble};

/// How often a failed save, an away share or an unusable folder is tried again.
pub const RETRY_EVERY: Duration = Duration::from_secs(5);

/// How often a copy that follows another (a reader, a shared folder) looks
/// for changes; each look compares a cheap stamp and reads only on change.
pub const FOLLOW_EVERY: Duration = Duration::from_secs(5);

/// How long a save waits for another workstation that is saving into the
/// shared folder, before it gives up and tries again later.
pub const LOCK_WAIT: Duration = Duration::from_secs(10);

/// Where things are and who this copy is.
#[derive(Clone)]
pub struct Setup {
    /// The data folder (signing key, logs) and this computer's settings
    /// folder, which also holds the note of where the record lives, the
    /// record unless it is shared, and the copies of a shared record.
    pub folders: Folders,
    /// The training record, which never moves into a shared folder.
    pub demo: bool,
    /// The shared folder an older version noted in the settings, read
    /// once when there is no note of the record's location yet.
    pub legacy_shared_folder: Option<PathBuf>,
    /// Who works at this computer, shown to other copies.
    pub me: LockHolder,
    /// The operating system's credential store for the signing key.
    pub credential_store: Option<Arc<keyring_core::CredentialStore>>,
    /// The disk every file goes through.
    pub disk: Arc<dyn Disk>,
    /// How long a save waits for a shared folder's lock ([`LOCK_WAIT`]).
    pub lock_wait: Duration,
}

/// Hands a report to the window at once, while the worker still works:
/// "another workstation is saving" must show while the wait lasts.
pub type Announce = Arc<dyn Fn(Report) + Send + Sync>;

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
    /// When a failed step is tried again, by the steady clock.
    next_try: Option<Duration>,
    /// When another copy's changes are looked for, by the steady clock.
    next_follow: Option<Duration>,
    /// The last trouble reported, so it is said once, not every retry.
    trouble: Option<Trouble>,
    /// A copy of work kept while the share was away that could not be
    /// read: it is never removed until it was read and merged.
    pending_unread: bool,
    /// How often the record file was read, so tests can check that
    /// following another copy stays cheap.
    reads: usize,
    announce: Option<Announce>,
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
            pending_unread: false,
            reads: 0,
            announce: None,
        }
    }

    /// Reports made while a step is still running go here at once.
    pub fn announce_to(&mut self, announce: Announce) {
        self.announce = Some(announce);
    }

    /// How often the record file has been read.
    pub fn reads(&self) -> usize {
        self.reads
    }

    /// The mode the store is in.
    pub fn mode(&self) -> &StoreMode {
        &self.mode
    }

    /// The record as this copy holds it.
    pub fn record(&self) -> &Record {
        &self.record
    }

    /// Carries out one effect and says what came of it.
    pub fn run(&mut self, effect: PersistEffect) -> Vec<Report> {
        match effect {
            PersistEffect::Open => self.open(),
            PersistEffect::Save { ticket, events } => {
                self.record.take_in(events);
                self.handed_over(ticket);
                self.persist()
            }
            PersistEffect::Replace { ticket, record } => {
                self.record = record;
                self.handed_over(ticket);
                self.persist()
            }
            PersistEffect::Retry => self.retry(),
            PersistEffect::Restore { ticket, backup } => self.recover(ticket, Some(&backup)),
            PersistEffect::StartOver { ticket } => self.recover(ticket, None),
            PersistEffect::SaveSettings(settings) => {
                let now = self.now();
                let saved = settings_file::save(
                    &settings,
                    self.setup.disk.as_ref(),
                    &self.setup.folders.settings,
                    now,
                );
                match saved {
                    Ok(()) => Vec::new(),
                    Err(e) => {
                        tracing::warn!(error = %e, "settings not saved");
                        self.trouble(Trouble::Settings(IoProblem::of_settings(&e)))
                            .into_iter()
                            .collect()
                    }
                }
            }
            PersistEffect::UseSharedFolder(folder) => self.move_to(folder.as_deref()),
            PersistEffect::Export(job) => vec![jobs::export(&job, &self.setup)],
            PersistEffect::ListBundle(entries) => vec![jobs::list_bundle(entries, &self.setup)],
            PersistEffect::ReadOwnKey => vec![Report::OwnKey(jobs::own_key(&self.setup))],
        }
    }

    /// When something is due, by the steady clock ([`Clock::steady`]): a
    /// retry or a look at another copy.
    pub fn due(&self) -> Option<Duration> {
        match (self.next_try, self.next_follow) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Does what is due by the steady clock now. Retries and looks are
    /// timed by it, not by the wall clock, so a clock set back does not
    /// stop them.
    pub fn tick(&mut self) -> Vec<Report> {
        let now = self.clock.steady();
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

    fn handed_over(&mut self, ticket: Ticket) {
        self.latest = self.latest.max(ticket);
        self.unsaved = true;
    }

    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    fn try_again_later(&mut self) {
        self.next_try = Some(self.clock.steady() + RETRY_EVERY);
    }

    fn follow_from_now(&mut self) {
        self.next_follow = self
            .mode
            .follows()
            .then(|| self.clock.steady() + FOLLOW_EVERY);
    }

    fn saved(&mut self) -> Report {
        self.unsaved = false;
        Report::Saved(self.latest)
    }

    /// Says trouble once; the same trouble again is not news.
    fn trouble(&mut self, trouble: Trouble) -> Option<Report> {
        if self.trouble.as_ref() == Some(&trouble) {
            return None;
        }
        self.trouble = Some(trouble.clone());
        Some(Report::Trouble(trouble))
    }

    /// Sends a report now when the window listens, else adds it to `out`.
    fn tell(&self, report: Report, out: &mut Vec<Report>) {
        match &self.announce {
            Some(announce) => announce(report),
            None => out.push(report),
        }
    }

    fn load(&mut self, store: &Store) -> Result<(Opened, Option<crate::disk::Stamp>), StoreError> {
        self.reads += 1;
        store.load_stamped()
    }

    /// Tries again what failed.
    fn retry(&mut self) -> Vec<Report> {
        match &self.mode {
            StoreMode::Reader { .. } => self.take_over(),
            StoreMode::Offline { .. } => self.reconnect(),
            StoreMode::Unavailable { .. } => self.reopen_local(),
            // Only reading again: nothing is written into a file nobody
            // could read or that waits for the user's decision.
            StoreMode::Unreadable { .. } | StoreMode::Recovering { .. } => self.reopen(),
            StoreMode::Writer { .. } | StoreMode::Shared { .. } if self.unsaved => self.persist(),
            _ => Vec::new(),
        }
    }
}

/// The problem behind a store error, in terms the user can act on.
pub fn problem_of(error: &StoreError) -> IoProblem {
    match error {
        StoreError::Io { source, .. } => IoProblem::of_io(source),
        StoreError::ReadOnly => IoProblem::NotWritable,
        StoreError::Busy(_) => IoProblem::Busy,
        StoreError::Damaged(_) => IoProblem::Damaged,
        StoreError::Encode(_) => IoProblem::Other,
    }
}

#[cfg(test)]
mod bad_day_tests;
#[cfg(test)]
mod fault_matrix;
#[cfg(test)]
mod stamp_tests;
#[cfg(test)]
mod tests;
