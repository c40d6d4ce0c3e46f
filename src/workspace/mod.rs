//! The app's state in memory and the one place it changes. Views send
//! [`Action`]s; [`Workspace::handle`] applies them and returns the
//! [`Effect`]s they need (save these events, write a PDF, show a dialog);
//! what the persistence worker finds comes back as [`Report`]s through
//! [`Workspace::apply`]. No I/O in here, so every flow runs in tests
//! without a disk.

mod action;
mod apply;
mod bundle_status;
mod effect;
mod handle;
mod sheet;
mod trust;
mod wake;
pub mod words;

use std::sync::{Arc, LazyLock};

use chrono::{DateTime, Utc};

pub use action::Action;
pub use effect::{
    Effect, ExportJob, ExportOutcome, FileKind, IoProblem, Opening, OwnKey, PersistEffect,
    Recovery, Report, StoreState, Ticket, Trouble, WindowEffect,
};
pub use sheet::{SheetOutcome, SheetProblem};
pub use trust::PlaybookTrust;

use crate::clock::Clock;
use crate::i18n::{Lang, Tr};
use crate::plan::{Plan, Task};
use crate::playbook::{Playbook, PlaybookError};
use crate::profile::Profile;
use crate::progress::{Counts, Progress};
use crate::record::{LockHolder, Record, TaskId, TaskState};
use crate::review::Blocker;
use crate::settings::Settings;
use crate::wizard::{Flow, Screen};

/// A file the app writes (certificate, checklist, key sheet, support
/// bundle), while it runs and after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Export {
    /// Being made and written to this file.
    Running(std::path::PathBuf),
    /// Finished.
    Done(ExportOutcome),
}

/// The files the app writes, each as far as it has got; read through
/// [`Workspace::exported`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Exports {
    certificate: Option<Export>,
    checklist: Option<Export>,
    key_sheet: Option<Export>,
    bundle: Option<Export>,
    /// The files the support bundle will hold (name, size), once listed.
    bundle_listing: Option<Vec<(String, usize)>>,
}

/// What the app was started with, before the record is opened.
pub struct Start {
    /// The playbook in use.
    pub playbook: Playbook,
    /// Its source text, embedded in certificates.
    pub playbook_source: String,
    /// Who vouches for it.
    pub playbook_origin: crate::record::PlaybookOrigin,
    /// A playbook file that was asked for but could not be used.
    pub playbook_error: Option<PlaybookError>,
    /// This computer's preferences.
    pub settings: Settings,
    /// This computer's name, recorded with every event.
    pub workstation: String,
    /// Whether this is the training record.
    pub demo: bool,
    /// This computer's folder: settings, and the record unless it is shared
    /// (`demo/` inside the data folder for the training record).
    pub settings_dir: std::path::PathBuf,
    /// The data folder: the logs and the signing key.
    pub data_dir: std::path::PathBuf,
    /// Why this computer's settings could not be read, if so.
    pub settings_problem: Option<IoProblem>,
}

/// Everything the app knows, in memory.
pub struct Workspace {
    /// The playbook in use.
    pub playbook: Arc<Playbook>,
    /// The playbook's source text, embedded in certificates.
    pub playbook_source: Arc<str>,
    /// Who vouches for the playbook, and whether it was chosen anyway.
    pub playbook_trust: PlaybookTrust,
    /// The record in memory; on disk too once the worker says so.
    pub record: Record,
    /// The plan for the practice, derived from playbook and profile.
    pub plan: Plan,
    /// The screen shown.
    pub screen: Screen,
    /// This computer's preferences.
    pub settings: Settings,
    /// This computer's name, recorded with every event.
    pub workstation: String,
    /// Whether this is the training record.
    pub demo: bool,
    /// This computer's folder for settings and the record (unless shared).
    pub settings_dir: std::path::PathBuf,
    /// The data folder: the logs and the signing key.
    pub data_dir: std::path::PathBuf,
    /// A damaged record found at start, until the user decides.
    pub recovery: Option<Recovery>,
    /// Why the last choice on a damaged record (backup, new start) failed.
    pub recovery_problem: Option<IoProblem>,
    /// A playbook given with `--playbook` that could not be used.
    pub playbook_error: Option<PlaybookError>,
    /// Where the record lives and who writes it.
    pub store: StoreState,
    /// Why the last save did not reach the disk; the work is in memory.
    pub save_problem: Option<IoProblem>,
    /// Another workstation saving into the shared folder right now.
    pub waiting_for: Option<LockHolder>,
    /// Trouble the worker met that the user should know of.
    pub trouble: Option<Trouble>,
    /// What became of the last ticked sheet entered on this visit.
    pub sheet: Option<SheetOutcome>,
    /// The files being written or written on this visit.
    exports: Exports,
    /// This installation's signing key, once read for the About screen.
    pub own_key: Option<OwnKey>,
    /// A code typed to jump to that names no screen.
    pub unknown_code: Option<String>,
    progress: Progress,
    clock: Arc<dyn Clock>,
    /// The newest change handed to the worker, and the newest it saved.
    sent: Ticket,
    saved: Ticket,
}

/// The profile before it is first saved.
static NO_PROFILE: LazyLock<Profile> = LazyLock::new(Profile::default);

impl Workspace {
    /// A workspace waiting for its record to be opened.
    pub fn new(start: Start, clock: Arc<dyn Clock>) -> Workspace {
        let playbook_trust = PlaybookTrust::of(&start.playbook_source, start.playbook_origin);
        let playbook = if playbook_trust.origin.is_trusted() {
            start.playbook
        } else {
            trust::without_its_own_number(start.playbook)
        };
        let mut w = Workspace {
            playbook: Arc::new(playbook),
            playbook_source: start.playbook_source.into(),
            playbook_trust,
            record: Record::default(),
            plan: Plan::default(),
            screen: start.settings.screen.clone(),
            settings: start.settings,
            workstation: start.workstation,
            demo: start.demo,
            settings_dir: start.settings_dir,
            data_dir: start.data_dir,
            recovery: None,
            recovery_problem: None,
            playbook_error: start.playbook_error,
            store: StoreState::Opening,
            save_problem: None,
            waiting_for: None,
            trouble: start.settings_problem.map(Trouble::Settings),
            sheet: None,
            exports: Exports::default(),
            own_key: None,
            unknown_code: None,
            progress: Progress::default(),
            clock,
            sent: 0,
            saved: 0,
        };
        w.refresh_plan();
        w
    }

    /// The time now, by the workspace's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The language in use.
    pub fn lang(&self) -> Lang {
        self.settings.lang.unwrap_or_default()
    }

    /// The translator for the language in use.
    pub fn tr(&self) -> Tr {
        Tr::new(self.lang())
    }

    /// The practice profile, or an empty one before it is first saved.
    pub fn profile(&self) -> &Profile {
        self.record.profile().unwrap_or(&NO_PROFILE)
    }

    /// What the wizard needs to move on.
    pub fn flow(&self) -> Flow<'_> {
        Flow {
            incident_pages: self.playbook.incident.pages.len(),
            profile_complete: self.record.profile().is_some_and(Profile::is_complete),
            plan: &self.plan,
        }
    }

    /// How far the practice is: states, counts, blockers; kept up to date
    /// with every change, so screens only read it.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// Every task's state, by task id, decisions included.
    pub fn task_states(&self) -> &std::collections::HashMap<TaskId, TaskState> {
        &self.progress.states
    }

    /// The plan's tasks counted by status.
    pub fn counts(&self) -> Counts {
        self.progress.counts
    }

    /// What still blocks the sign-off.
    pub fn blockers(&self) -> &[Blocker] {
        &self.progress.blockers
    }

    /// The first task in plan order that still needs work.
    pub fn next_open_task(&self) -> Option<&Task> {
        self.progress.next_open(&self.plan)
    }

    /// The copy of the app that writes the record, when it is not this one.
    pub fn other_writer(&self) -> Option<&LockHolder> {
        match &self.store {
            StoreState::Reader { holder } => Some(holder),
            _ => None,
        }
    }

    /// Whether changes may be made: not while another copy writes, the
    /// record is still being opened, cannot be read, or is damaged and
    /// waits for a decision, nor while the share is away and nothing of
    /// the record is known here.
    pub fn can_write(&self) -> bool {
        !matches!(
            self.store,
            StoreState::Reader { .. }
                | StoreState::Opening
                | StoreState::Unreadable { .. }
                | StoreState::Recovering { .. }
                | StoreState::Offline { known: false, .. }
        ) && self.recovery.is_none()
    }

    /// Whether the record lives in a shared folder (reachable or not).
    pub fn shared(&self) -> bool {
        self.store.is_shared()
    }

    /// Whether a change is still on its way to the disk.
    pub fn is_saving(&self) -> bool {
        self.saved < self.sent && self.save_problem.is_none()
    }

    /// Whether every change is on disk.
    pub fn is_saved(&self) -> bool {
        self.saved >= self.sent
    }

    /// A new number for a change that must reach the disk.
    fn ticket(&mut self) -> Ticket {
        self.sent += 1;
        self.sent
    }

    /// The plan again, after the profile or the whole record changed.
    fn refresh_plan(&mut self) {
        self.plan = Plan::of_record(&self.playbook, &self.record);
        self.refresh_progress();
    }

    /// The derived progress again, after the record changed.
    fn refresh_progress(&mut self) {
        self.progress = Progress::of(&self.playbook, &self.plan, &self.record);
    }
}

#[cfg(test)]
mod intent_tests;
#[cfg(test)]
mod tests;
