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
mod parts;
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
pub use parts::{Document, Folders, Place, Storage, ThisComputer};
pub use sheet::{SheetOutcome, SheetProblem};
pub use trust::{PlaybookTrust, one_person};

use crate::clock::Clock;
use crate::i18n::{Lang, Tr};
use crate::plan::{Plan, Task};
use crate::playbook::{Playbook, PlaybookError};
use crate::profile::Profile;
use crate::progress::{Counts, Progress};
use crate::record::{LockHolder, Record, TaskId, TaskState};
use crate::review::Blocker;
use crate::settings::Settings;
use crate::wizard::Flow;

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
    /// Where this installation keeps what it keeps.
    pub folders: Folders,
    /// Why this computer's settings could not be read, if so.
    pub settings_problem: Option<IoProblem>,
}

/// Everything the app knows, in memory, in named parts; views read them
/// through [`Workspace::document`], [`Workspace::computer`],
/// [`Workspace::storage`] and [`Workspace::place`], and only
/// [`Workspace::handle`] and [`Workspace::apply`] change them.
pub struct Workspace {
    document: Document,
    computer: ThisComputer,
    storage: Storage,
    place: Place,
    /// The files being written or written on this visit.
    exports: Exports,
    /// How far the practice is, derived from the document.
    progress: Progress,
    clock: Arc<dyn Clock>,
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
            document: Document {
                playbook: Arc::new(playbook),
                playbook_source: start.playbook_source.into(),
                playbook_trust,
                playbook_error: start.playbook_error,
                record: Record::default(),
                plan: Plan::default(),
            },
            place: Place {
                screen: start.settings.screen.clone(),
                sheet: None,
                unknown_code: None,
            },
            computer: ThisComputer {
                settings: start.settings,
                workstation: start.workstation,
                demo: start.demo,
                folders: start.folders,
                own_key: None,
            },
            storage: Storage {
                state: StoreState::Opening,
                recovery: None,
                recovery_problem: None,
                save_problem: None,
                waiting_for: None,
                trouble: start.settings_problem.map(Trouble::Settings),
                sent: 0,
                saved: 0,
            },
            exports: Exports::default(),
            progress: Progress::default(),
            clock,
        };
        w.refresh_plan();
        w
    }

    /// The practice's document: playbook, record and plan.
    pub fn document(&self) -> &Document {
        &self.document
    }

    /// This computer: preferences, name, folders, signing key.
    pub fn computer(&self) -> &ThisComputer {
        &self.computer
    }

    /// The record file: where it lives and what came of the last save.
    pub fn storage(&self) -> &Storage {
        &self.storage
    }

    /// Where the person is.
    pub fn place(&self) -> &Place {
        &self.place
    }

    /// The time now, by the workspace's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The language in use.
    pub fn lang(&self) -> Lang {
        self.computer.settings.lang.unwrap_or_default()
    }

    /// The translator for the language in use.
    pub fn tr(&self) -> Tr {
        Tr::new(self.lang())
    }

    /// The practice profile, or an empty one before it is first saved.
    pub fn profile(&self) -> &Profile {
        self.document.record.profile().unwrap_or(&NO_PROFILE)
    }

    /// What the wizard needs to move on.
    pub fn flow(&self) -> Flow<'_> {
        Flow {
            incident_pages: self.document.playbook.incident.pages.len(),
            profile_complete: self
                .document
                .record
                .profile()
                .is_some_and(Profile::is_complete),
            plan: &self.document.plan,
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
        self.progress.next_open(&self.document.plan)
    }

    /// The copy of the app that writes the record, when it is not this one.
    pub fn other_writer(&self) -> Option<&LockHolder> {
        match &self.storage.state {
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
            self.storage.state,
            StoreState::Reader { .. }
                | StoreState::Opening
                | StoreState::Unreadable { .. }
                | StoreState::Recovering { .. }
                | StoreState::Offline { known: false, .. }
        ) && self.storage.recovery.is_none()
    }

    /// Whether the record lives in a shared folder (reachable or not).
    pub fn shared(&self) -> bool {
        self.storage.state.is_shared()
    }

    /// Whether a change is still on its way to the disk.
    pub fn is_saving(&self) -> bool {
        self.storage.saved < self.storage.sent && self.storage.save_problem.is_none()
    }

    /// Whether every change is on disk.
    pub fn is_saved(&self) -> bool {
        self.storage.saved >= self.storage.sent
    }

    /// A new number for a change that must reach the disk.
    fn ticket(&mut self) -> Ticket {
        self.storage.sent += 1;
        self.storage.sent
    }

    /// The plan again, after the profile or the whole record changed.
    fn refresh_plan(&mut self) {
        self.document.plan = Plan::of_record(&self.document.playbook, &self.document.record);
        self.refresh_progress();
    }

    /// The derived progress again, after the record changed.
    fn refresh_progress(&mut self) {
        self.progress = Progress::of(
            &self.document.playbook,
            &self.document.plan,
            &self.document.record,
        );
    }
}

#[cfg(test)]
mod intent_tests;
#[cfg(test)]
mod tests;
