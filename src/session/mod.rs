//! The app's state and the one place it changes: views send [`Action`]s,
//! [`Session::handle`] applies them and saves what must be saved before the
//! next frame is drawn. No egui in here, so the whole flow runs in tests.

mod action;
mod doctor;
mod open;
mod shared;

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

use crate::clock::Clock;
use crate::demo;
use crate::i18n::Lang;
use crate::plan::Plan;
use crate::playbook::{Playbook, PlaybookError};
use crate::profile::Profile;
use crate::record::{Counts, EventKind, LockHolder, Mark, Opened, Record, Store, TaskState};
use crate::settings::Settings;
use crate::wizard::{Flow, Screen};

pub use action::{Action, ExportOutcome, ExportProblem, Recovery, SaveProblem};
pub use open::Options;

/// How often a failed save, or a record held by another copy, is tried again.
pub const RETRY_EVERY: Duration = Duration::seconds(5);

/// Everything the app knows, and the store it saves to.
pub struct Session {
    /// The playbook in use.
    pub playbook: Playbook,
    /// The record in memory; on disk too unless `save_problem` says otherwise.
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
    /// A damaged record found at start, until the user decides.
    pub recovery: Option<Recovery>,
    /// A playbook given with `--playbook` that could not be used.
    pub playbook_error: Option<PlaybookError>,
    /// Set while changes are only in memory.
    pub save_problem: Option<SaveProblem>,
    /// Set while another copy of the app is the writer.
    pub other_writer: Option<LockHolder>,
    /// The playbook's source text, embedded in certificates.
    pub playbook_source: String,
    /// How the last certificate export went.
    pub export: Option<ExportOutcome>,
    /// A code typed to jump to that names no screen.
    pub unknown_code: Option<String>,
    /// Where the last support bundle went, or why it did not.
    pub bundle: Option<Result<PathBuf, ExportProblem>>,
    store: Store,
    clock: Arc<dyn Clock>,
    last_try: DateTime<Utc>,
    credential_store: Option<Arc<keyring_core::CredentialStore>>,
    key_dir: PathBuf,
    settings_dir: PathBuf,
    /// Whether the record lives in a folder shared by several workstations.
    pub shared: bool,
    last_stamp: Option<(u64, std::time::SystemTime)>,
}

impl Session {
    /// The time now, by the session's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The language in use.
    pub fn lang(&self) -> Lang {
        self.settings.lang.unwrap_or_default()
    }

    /// The data folder.
    pub fn data_dir(&self) -> &std::path::Path {
        self.store.dir()
    }

    /// The practice profile, or an empty one before it is first saved.
    pub fn profile(&self) -> Profile {
        self.record.profile().cloned().unwrap_or_default()
    }

    /// What the wizard needs to move on.
    pub fn flow(&self) -> Flow<'_> {
        Flow {
            incident_pages: self.playbook.incident.pages.len(),
            profile_complete: self.record.profile().is_some_and(Profile::is_complete),
            plan: &self.plan,
        }
    }

    /// Every task's state, by task id, decisions included.
    pub fn task_states(&self) -> std::collections::HashMap<String, TaskState> {
        self.plan.states(&self.playbook, &self.record)
    }

    /// The plan's tasks counted by status.
    pub fn counts(&self) -> Counts {
        Counts::of(&self.plan, &self.task_states())
    }

    /// The first task in plan order that still needs work (open or waiting
    /// for help). The practice owner's decisions run alongside the other
    /// tasks, so they come last here, not in the way of the next password.
    pub fn next_open_task(&self) -> Option<&crate::plan::Task> {
        let states = self.task_states();
        let mut open = self
            .plan
            .tasks
            .iter()
            .filter(|t| !states.get(&t.id).is_some_and(|s| s.status.is_settled()));
        let decision = |t: &&crate::plan::Task| {
            t.template(&self.playbook)
                .decision
                .is_some_and(crate::record::Decision::is_the_owners)
        };
        let (decisions, others): (Vec<_>, Vec<_>) = open.by_ref().partition(decision);
        others.into_iter().chain(decisions).next()
    }

    /// Whether changes may be made: not while another copy writes or a
    /// damaged record waits for a decision.
    pub fn can_write(&self) -> bool {
        self.other_writer.is_none() && self.recovery.is_none()
    }

    /// Applies one action, saving at once what must be saved.
    pub fn handle(&mut self, action: Action) {
        match action {
            Action::Go(screen) => self.go(screen),
            Action::Next => {
                if let Some(next) = self.screen.next(self.flow()) {
                    self.go(next);
                }
            }
            Action::Back => {
                if let Some(back) = self.screen.back(self.flow()) {
                    self.go(back);
                }
            }
            Action::SetLanguage(lang) => {
                self.settings.lang = Some(lang);
                self.save_settings();
            }
            Action::SetWorker(name) => self.set_worker(&name),
            Action::SaveProfile(profile) => self.save_profile(profile),
            Action::Mark { task, mark, reason } => self.mark(task, mark, reason),
            Action::RestoreBackup => self.restore_backup(),
            Action::StartOver => self.start_over(),
            Action::Retry => self.retry(),
            Action::ResetDemo => self.reset_demo(),
            Action::SetZoom(zoom) => {
                self.settings.zoom = zoom;
                self.save_settings();
            }
            Action::DismissPlaybookError => self.playbook_error = None,
            Action::SaveFacts(facts) => {
                if self.can_write() && self.record.facts() != Some(&facts) {
                    self.append(EventKind::FactsSaved { facts });
                    self.save_record();
                }
            }
            Action::SignOff { name, role } => self.sign_off(&name, &role),
            Action::ExportCertificate(path) => self.export_certificate(path),
            Action::GoToCode(code) => match Screen::from_code(&code, self.flow()) {
                Some(screen) => {
                    self.unknown_code = None;
                    self.go(screen);
                }
                None => self.unknown_code = Some(code.trim().to_owned()),
            },
            Action::SetRemoteSupport(on) => {
                self.settings.remote_support = on;
                self.save_settings();
            }
            Action::SaveBundle(path) => self.save_bundle(path),
            Action::UseSharedFolder(folder) => self.use_shared_folder(folder),
            // Handled by the window, which owns the dialogs and the clipboard.
            Action::ChooseCertificateFile | Action::ChooseBundleFile | Action::CopySuggestion => {}
        }
    }

    /// Called every frame: retries a failed save, and follows the record
    /// while another copy writes it.
    pub fn tick(&mut self) {
        let due = self.now() - self.last_try >= RETRY_EVERY;
        if due && self.shared {
            self.last_try = self.now();
            if self.save_problem.is_some() {
                self.commit_shared();
            } else {
                self.refresh_shared();
            }
            return;
        }
        if due && (self.save_problem.is_some() || self.other_writer.is_some()) {
            self.retry();
        }
    }

    fn go(&mut self, screen: Screen) {
        self.screen = screen.valid_for(self.flow());
        self.settings.screen = self.screen.clone();
        self.save_settings();
    }

    fn me(&self) -> LockHolder {
        LockHolder {
            name: self.settings.worker.clone(),
            workstation: self.workstation.clone(),
        }
    }

    fn set_worker(&mut self, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        name.clone_into(&mut self.settings.worker);
        self.save_settings();
        if let Some(profile) = self.record.profile()
            && !profile.staff.iter().any(|p| p.name == name)
        {
            let mut profile = profile.clone();
            profile.add_person(name);
            self.save_profile(profile);
        }
    }

    fn save_profile(&mut self, profile: Profile) {
        if !self.can_write() {
            return;
        }
        if self.record.is_empty() {
            let kind = EventKind::RecordStarted {
                playbook_id: self.playbook.id.clone(),
                playbook_version: self.playbook.version.clone(),
                training: self.demo,
            };
            self.append(kind);
        }
        self.append(EventKind::ProfileSaved { profile });
        self.plan = Plan::new(&self.playbook, &self.profile());
        self.save_record();
    }

    fn mark(&mut self, task: String, mark: Mark, reason: Option<String>) {
        let reason = reason
            .map(|r| r.trim().to_owned())
            .filter(|r| !r.is_empty());
        let needs_reason = mark == Mark::NotApplicable && reason.is_none();
        if !self.can_write() || needs_reason || self.plan.task(&task).is_none() {
            return;
        }
        // A second click on the status that already holds adds nothing.
        let current = self.task_states().remove(&task);
        let unchanged = current
            .is_some_and(|c| crate::record::Status::from(mark) == c.status && c.reason == reason);
        if unchanged {
            return;
        }
        self.append(EventKind::TaskMarked { task, mark, reason });
        self.save_record();
    }

    fn append(&mut self, kind: EventKind) {
        let now = self.now();
        let by = self.settings.worker.clone();
        self.record.push(now, &by, &self.workstation, kind);
    }

    fn save_record(&mut self) {
        self.last_try = self.now();
        if self.shared {
            self.commit_shared();
            return;
        }
        match self.store.save(&self.record) {
            Ok(()) => self.save_problem = None,
            Err(e) => {
                tracing::error!(error = %e, "record not saved; kept in memory, will retry");
                self.save_problem = Some(SaveProblem::of(&e));
            }
        }
    }

    fn save_settings(&self) {
        if let Err(e) = self.settings.save(&self.settings_dir) {
            tracing::warn!(error = %e, "settings not saved");
        }
    }

    fn retry(&mut self) {
        self.last_try = self.now();
        if self.store.is_read_only() {
            match self.store.try_lock(&self.me()) {
                Ok(None) => {}
                Ok(Some(holder)) => {
                    self.other_writer = Some(holder);
                    self.follow_other_writer();
                    return;
                }
                Err(e) => {
                    self.save_problem = Some(SaveProblem::of(&e));
                    return;
                }
            }
        }
        if self.other_writer.take().is_some() {
            // Now the writer: start from what the other copy left on disk.
            self.follow_other_writer();
        }
        if self.save_problem.is_some() {
            self.save_record();
        }
    }

    fn follow_other_writer(&mut self) {
        if let Ok(Opened::Loaded(record)) = self.store.load() {
            self.record = record;
            self.plan = Plan::new(&self.playbook, &self.profile());
        }
    }

    fn restore_backup(&mut self) {
        let Some(backup) = self.recovery.as_ref().and_then(|r| r.backup.clone()) else {
            return;
        };
        match self.store.restore(&backup, self.now()) {
            Ok(record) => {
                self.record = record;
                self.after_recovery();
            }
            Err(e) => {
                tracing::error!(error = %e, "backup could not be restored");
                self.save_problem = Some(SaveProblem::of(&e));
            }
        }
    }

    fn start_over(&mut self) {
        if self.recovery.is_none() {
            return;
        }
        match self.store.start_over(self.now()) {
            Ok(()) => {
                self.record = Record::default();
                self.after_recovery();
            }
            Err(e) => {
                tracing::error!(error = %e, "damaged record could not be set aside");
                self.save_problem = Some(SaveProblem::of(&e));
            }
        }
    }

    fn after_recovery(&mut self) {
        self.recovery = None;
        self.save_problem = None;
        self.plan = Plan::new(&self.playbook, &self.profile());
        let screen = self.settings.screen.clone();
        self.go(screen);
    }

    fn reset_demo(&mut self) {
        if !self.demo || !self.can_write() {
            return;
        }
        self.record = demo::record(&self.playbook, self.now());
        self.plan = Plan::new(&self.playbook, &self.profile());
        self.save_record();
        self.go(Screen::Overview);
    }
}

#[cfg(test)]
mod tests;
