//! The one place actions change the workspace.

use super::{Action, Effect, Export, ExportJob, FileKind, PersistEffect, WindowEffect, Workspace};
use crate::profile::Profile;
use crate::record::{EventKind, Mark, Status, TaskId};
use crate::settings::Worker;
use crate::wizard::Screen;

impl Workspace {
    /// Applies one action in memory and returns what must be done outside:
    /// the storage effects for the worker, the desktop effects for the window.
    pub fn handle(&mut self, action: Action) -> Vec<Effect> {
        if self.playbook_warns() && action.follows_the_playbook() {
            return Vec::new();
        }
        match action {
            Action::Go(screen) => self.go(screen),
            Action::Next => match self.place.screen.next(self.flow()) {
                Some(next) => self.go(next),
                None => Vec::new(),
            },
            Action::Back => match self.place.screen.back(self.flow()) {
                Some(back) => self.go(back),
                None => Vec::new(),
            },
            Action::SetLanguage(lang) => {
                self.computer.settings.lang = Some(lang);
                self.save_settings()
            }
            // A name of only spaces names nobody: nothing happens.
            Action::Start(name) => Worker::named(&name)
                .map(|w| self.start(w))
                .unwrap_or_default(),
            Action::SetWorker(name) => Worker::named(&name)
                .map(|w| self.set_worker(w))
                .unwrap_or_default(),
            Action::SaveProfile { base, profile } => self.save_profile(base, profile),
            Action::ConfirmProfile { base, profile } => self.confirm_profile(base, profile),
            Action::Mark { task, mark, reason } => self.mark(task, mark, reason),
            Action::RestoreBackup => match self
                .storage
                .recovery
                .as_ref()
                .and_then(|r| r.backup.clone())
            {
                Some(backup) => vec![Effect::Persist(PersistEffect::Restore {
                    ticket: self.ticket(),
                    backup,
                })],
                None => Vec::new(),
            },
            Action::StartOver if self.storage.recovery.is_some() => {
                vec![Effect::Persist(PersistEffect::StartOver {
                    ticket: self.ticket(),
                })]
            }
            Action::StartOver => Vec::new(),
            Action::Retry => vec![Effect::Persist(PersistEffect::Retry)],
            Action::ResetDemo => self.fresh_training_record(),
            Action::SetZoom(zoom) => {
                self.computer.settings.zoom = crate::settings::clamp_zoom(zoom);
                self.save_settings()
            }
            Action::DismissPlaybookError => {
                self.document.playbook_error = None;
                Vec::new()
            }
            Action::DismissTrouble => {
                self.storage.trouble = None;
                Vec::new()
            }
            Action::SaveFacts { base, facts } => self.save_facts(base, facts),
            Action::SignOff { name, role } => self.sign_off(&name, &role),
            Action::EnterSheet(sheet) => self.enter_sheet(&sheet),
            Action::SetRemoteSupport(on) => {
                self.computer.settings.remote_support = on;
                self.save_settings()
            }
            Action::GoToCode(code) => {
                if let Some(screen) = Screen::from_code(&code, self.flow()) {
                    self.place.unknown_code = None;
                    self.go(screen)
                } else {
                    self.place.unknown_code = Some(code.trim().to_owned());
                    Vec::new()
                }
            }
            Action::ListBundle => vec![Effect::Persist(PersistEffect::ListBundle(
                self.bundle_status(),
            ))],
            Action::ChooseFile(kind) => self.choose_file(kind),
            Action::Export(kind, path) => self.export(kind, path),
            // Only the copy that may write moves the record, and never
            // while a damaged record waits for a decision (its backup would
            // then go over the good record in the new place).
            Action::UseSharedFolder(folder) if !self.computer.demo && self.can_write() => {
                vec![Effect::Persist(PersistEffect::UseSharedFolder(folder))]
            }
            Action::UseSharedFolder(_) => Vec::new(),
            Action::CopySuggestion => vec![Effect::Window(WindowEffect::CopySuggestion)],
            Action::UseUntrustedPlaybook { name, confirmed_by } => {
                self.use_untrusted_playbook(&name, &confirmed_by)
            }
            Action::UseBuiltInPlaybook => self.use_built_in_playbook(),
        }
    }

    pub(super) fn go(&mut self, screen: Screen) -> Vec<Effect> {
        if screen == Screen::Sheet && self.place.screen != Screen::Sheet {
            // A new visit starts with a new sheet.
            self.place.sheet = None;
        }
        self.place.screen = screen.valid_for(self.flow());
        // The key is read each time About opens: an export may have made it.
        let mut effects = if self.place.screen == Screen::About {
            vec![Effect::Persist(PersistEffect::ReadOwnKey)]
        } else {
            Vec::new()
        };
        if self.computer.settings.screen != self.place.screen {
            self.computer.settings.screen = self.place.screen.clone();
            effects.extend(self.save_settings());
        }
        effects
    }

    pub(super) fn save_settings(&self) -> Vec<Effect> {
        vec![Effect::Persist(PersistEffect::SaveSettings(
            self.computer.settings.clone(),
        ))]
    }

    pub(super) fn set_worker(&mut self, worker: Worker) -> Vec<Effect> {
        let name = worker.name().to_owned();
        self.computer.settings.worker = Some(worker);
        let mut effects = self.save_settings();
        if let Some(profile) = self.document.record.profile()
            && !profile.staff.iter().any(|p| p.name == name)
        {
            let mut profile = profile.clone();
            profile.add_person(&name);
            // Only the staff list changes: the base is what the record held.
            let base = self.document.record.profile().cloned();
            effects.extend(self.save_profile(base, profile));
        }
        effects
    }

    /// Nobody starts without a name: every event says who did it.
    fn start(&mut self, worker: Worker) -> Vec<Effect> {
        if self.place.screen != Screen::Welcome {
            return Vec::new();
        }
        let mut effects = self.set_worker(worker);
        if let Some(next) = self.place.screen.next(self.flow()) {
            effects.extend(self.go(next));
        }
        effects
    }

    /// A complete profile is saved if it changed, then the plan opens. One
    /// that cannot be saved here (another copy writes) keeps the person on
    /// the form rather than dropping their edit on the way.
    fn confirm_profile(&mut self, base: Option<Profile>, profile: Profile) -> Vec<Effect> {
        if !profile.is_complete() {
            return Vec::new();
        }
        let mut effects = Vec::new();
        if self.document.record.profile() != Some(&profile) {
            if !self.can_write() {
                return Vec::new();
            }
            effects.extend(self.save_profile(base, profile));
        }
        effects.extend(self.go(Screen::Plan));
        effects
    }

    /// Facts saved on the facts screen lead back to the review; answered in
    /// a task, the task stays open.
    fn save_facts(
        &mut self,
        base: Option<crate::record::IncidentFacts>,
        facts: crate::record::IncidentFacts,
    ) -> Vec<Effect> {
        if !self.can_write() {
            return Vec::new();
        }
        let mut effects = Vec::new();
        if self.document.record.facts() != Some(&facts) {
            let facts = self.reopened_by_a_finding(facts);
            let base = base.map(Box::new);
            effects = self.record_events(vec![EventKind::FactsSaved { base, facts }]);
        }
        if self.place.screen == Screen::Facts {
            effects.extend(self.go(Screen::Review));
        }
        effects
    }

    fn save_profile(&mut self, base: Option<Profile>, profile: Profile) -> Vec<Effect> {
        if !self.can_write() {
            return Vec::new();
        }
        let base = base.map(Box::new);
        self.record_events(vec![EventKind::ProfileSaved { base, profile }])
    }

    fn mark(&mut self, task: TaskId, mark: Mark, reason: Option<String>) -> Vec<Effect> {
        let reason = reason
            .map(|r| r.trim().to_owned())
            .filter(|r| !r.is_empty());
        let needs_reason = mark == Mark::NotApplicable && reason.is_none();
        if !self.can_write() || needs_reason || self.document.plan.task(&task).is_none() {
            return Vec::new();
        }
        // A second click on the status that already holds adds nothing.
        let unchanged = self
            .task_states()
            .get(&task)
            .is_some_and(|c| Status::from(mark) == c.status && c.reason == reason);
        if unchanged {
            return Vec::new();
        }
        self.record_events(vec![EventKind::TaskMarked { task, mark, reason }])
    }

    fn sign_off(&mut self, name: &str, role: &str) -> Vec<Effect> {
        let (name, role) = (name.trim(), role.trim());
        let current = self
            .document
            .record
            .sign_off()
            .is_some_and(|s| s.is_current());
        if !self.can_write()
            || name.is_empty()
            || role.is_empty()
            || !self.blockers().is_empty()
            || current
        {
            return Vec::new();
        }
        let mut effects = self.record_events(vec![EventKind::SignedOff {
            name: name.to_owned(),
            role: role.to_owned(),
        }]);
        // The review shows the sign-off in its place among the work.
        effects.extend(self.go(Screen::Review));
        effects
    }

    /// An attack found on the practice's own computers is a breach of its
    /// own: a decision not to report, made before it, is open again.
    fn reopened_by_a_finding(
        &self,
        mut facts: crate::record::IncidentFacts,
    ) -> crate::record::IncidentFacts {
        let found_before = self
            .document
            .record
            .facts()
            .is_some_and(|f| f.it_check.found());
        let not_reported = matches!(
            facts.report,
            crate::record::ReportDecision::NotReported { .. }
        );
        if facts.it_check.found() && !found_before && not_reported {
            facts.report = crate::record::ReportDecision::Undecided;
        }
        facts
    }

    /// Appends events by whoever works now, here, and hands them to the
    /// worker to save.
    pub(super) fn record_events(&mut self, kinds: Vec<EventKind>) -> Vec<Effect> {
        let before = self.document.record.events().len();
        let mut all = self.opening_events();
        all.extend(kinds);
        let kinds = all;
        let now = self.now();
        // The profile and the facts (a finding, a clean-up) shape the plan,
        // and so does a sheet that dates work before a clean-up.
        let profile_changes = kinds.iter().any(|k| {
            matches!(
                k,
                EventKind::ProfileSaved { .. }
                    | EventKind::FactsSaved { .. }
                    | EventKind::SheetEntered { .. }
            )
        });
        // The welcome screen asks for a name before anything is recorded;
        // only a hand-edited settings file gets here without one, and then
        // the entry is kept with no name rather than lost.
        let by = self
            .computer
            .settings
            .worker
            .as_ref()
            .map_or("", Worker::name);
        for kind in kinds {
            self.document
                .record
                .push(now, by, &self.computer.workstation, kind);
        }
        if profile_changes {
            self.refresh_plan();
            self.place.screen = self.place.screen.clone().valid_for(self.flow());
        } else {
            self.refresh_progress();
        }
        vec![Effect::Persist(PersistEffect::Save {
            ticket: self.ticket(),
            events: self.document.record.events()[before..].to_vec(),
        })]
    }

    /// Asks the window for a file to save to, offering a name that says
    /// what it is, for which practice, and when.
    fn choose_file(&self, kind: FileKind) -> Vec<Effect> {
        let practice = &self.profile().practice_name;
        let day = self.now().date_naive();
        let name = match kind {
            FileKind::Certificate => crate::certificate::file_name(
                &self.tr(),
                practice,
                crate::certificate::is_final(&self.document.playbook, &self.document.record),
                day,
            ),
            FileKind::Checklist => crate::checklist::file_name(&self.tr(), practice, day),
            FileKind::KeySheet => {
                crate::certificate::key_sheet::file_name(&self.tr(), practice, day)
            }
            FileKind::Bundle => format!(
                "Passwort-Lotse-Support-{}.zip",
                self.now().format("%Y-%m-%d-%H%M")
            ),
        };
        vec![Effect::Window(WindowEffect::ChooseFile { kind, name })]
    }

    /// How the export of this file stands, if one was asked for.
    pub fn exported(&self, kind: FileKind) -> Option<&Export> {
        match kind {
            FileKind::Certificate => self.exports.certificate.as_ref(),
            FileKind::Checklist => self.exports.checklist.as_ref(),
            FileKind::KeySheet => self.exports.key_sheet.as_ref(),
            FileKind::Bundle => self.exports.bundle.as_ref(),
        }
    }

    /// What the support bundle will hold (name, size), once listed.
    pub fn bundle_listing(&self) -> Option<&[(String, usize)]> {
        self.exports.bundle_listing.as_deref()
    }

    /// Where the state of an export of this file is kept. Every kind goes
    /// the same way: asked for, running, then written or failed; a second
    /// one of a kind waits until the first is done.
    pub(super) fn export_of(&mut self, document: FileKind) -> &mut Option<Export> {
        match document {
            FileKind::Certificate => &mut self.exports.certificate,
            FileKind::Checklist => &mut self.exports.checklist,
            FileKind::KeySheet => &mut self.exports.key_sheet,
            FileKind::Bundle => &mut self.exports.bundle,
        }
    }

    fn export(&mut self, document: FileKind, path: std::path::PathBuf) -> Vec<Effect> {
        let state = self.export_of(document);
        if matches!(state, Some(Export::Running(_))) {
            return Vec::new();
        }
        *state = Some(Export::Running(path.clone()));
        vec![Effect::Persist(PersistEffect::Export(ExportJob {
            document,
            path,
            playbook: self.document.playbook.clone(),
            playbook_source: self.document.playbook_source.clone(),
            record: self.document.record.clone(),
            lang: self.lang(),
            at: self.now(),
            bundle: if document == FileKind::Bundle {
                self.bundle_status()
            } else {
                Vec::new()
            },
        }))]
    }
}
