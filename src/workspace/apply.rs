//! What the persistence worker reports, taken into the workspace.

use super::{
    Effect, Export, ExportOutcome, FileKind, PersistEffect, Report, StoreState, WindowEffect,
    Workspace,
};
use crate::demo;
use crate::settings::Worker;
use crate::wizard::Screen;

impl Workspace {
    /// Takes in a report; returns what must be done because of it.
    pub fn apply(&mut self, report: Report) -> Vec<Effect> {
        match report {
            Report::Opened(opening) => {
                self.storage.state = opening.store;
                self.document.record = opening.record;
                self.storage.recovery = opening.recovery;
                self.storage.save_problem = opening.problem;
                self.refresh_plan();
                let effects = self.start_training();
                self.place.screen = self.computer.settings.screen.clone().valid_for(self.flow());
                effects
            }
            Report::Saved(ticket) => {
                self.storage.saved = self.storage.saved.max(ticket);
                self.storage.save_problem = None;
                self.storage.waiting_for = None;
                Vec::new()
            }
            Report::SaveFailed(problem) => {
                self.storage.save_problem = Some(problem);
                // Still waiting for the same workstation: its name stays.
                if problem != super::IoProblem::Busy {
                    self.storage.waiting_for = None;
                }
                Vec::new()
            }
            Report::Store(store) => {
                self.storage.state = store;
                if !matches!(self.storage.state, StoreState::Unavailable) {
                    self.storage.save_problem = None;
                }
                Vec::new()
            }
            Report::Recovering(recovery) => {
                self.storage.recovery = Some(recovery);
                self.storage.recovery_problem = None;
                Vec::new()
            }
            Report::RecoveryFailed(ticket, problem) => {
                // Nothing waits to be saved: the choice can be made again.
                self.storage.saved = self.storage.saved.max(ticket);
                self.storage.recovery_problem = Some(problem);
                Vec::new()
            }
            Report::Waiting(holder) => {
                self.storage.waiting_for = Some(holder);
                Vec::new()
            }
            Report::Merged(other) => {
                let merged = self.document.record.merged_with(&other);
                if merged != self.document.record {
                    self.document.record = merged;
                    self.refresh_plan();
                    self.place.screen = self.place.screen.clone().valid_for(self.flow());
                }
                Vec::new()
            }
            Report::Replaced(record) => {
                let recovered = self.storage.recovery.take().is_some();
                self.storage.recovery_problem = None;
                self.document.record = record;
                self.refresh_plan();
                let screen = if recovered {
                    self.computer.settings.screen.clone()
                } else {
                    self.place.screen.clone()
                };
                self.place.screen = screen.valid_for(self.flow());
                Vec::new()
            }
            Report::Exported(document, outcome) => {
                let open = match &outcome {
                    // The support bundle goes to support, not into a viewer.
                    ExportOutcome::Written { path, .. } if document != FileKind::Bundle => {
                        vec![Effect::Window(WindowEffect::OpenFile(path.clone()))]
                    }
                    ExportOutcome::Written { .. } | ExportOutcome::Failed { .. } => Vec::new(),
                };
                *self.export_of(document) = Some(Export::Done(outcome));
                open
            }
            Report::OwnKey(key) => {
                self.computer.own_key = Some(key);
                Vec::new()
            }
            Report::BundleListed(listing) => {
                self.exports.bundle_listing = Some(listing);
                Vec::new()
            }
            Report::Trouble(trouble) => {
                self.storage.trouble = Some(trouble);
                Vec::new()
            }
        }
    }

    /// A training record is made when there is none (or one from before
    /// training records said so), so practice can start at once.
    fn start_training(&mut self) -> Vec<Effect> {
        if self.document.record.is_training() {
            return Vec::new();
        }
        self.fresh_training_record()
    }

    /// The one way the training record is put to its start, at the first
    /// opening and when asked: the sample practice, someone named for the
    /// work (the trainee unless a name was given), the overview shown.
    pub(super) fn fresh_training_record(&mut self) -> Vec<Effect> {
        if !self.computer.demo || !self.can_write() {
            return Vec::new();
        }
        self.document.record = demo::record(&self.document.playbook, self.now());
        self.document.playbook_trust.record_replaced();
        self.refresh_plan();
        let unnamed = self.computer.settings.worker.is_none();
        if unnamed {
            self.computer.settings.worker = Worker::named(demo::TRAINEE);
        }
        let mut effects = vec![Effect::Persist(PersistEffect::Replace {
            ticket: self.ticket(),
            record: self.document.record.clone(),
        })];
        // Going to the overview saves the settings when the screen changes;
        // the trainee's name must reach them even when it does not.
        let moves = self.computer.settings.screen != Screen::Overview;
        effects.extend(self.go(Screen::Overview));
        if unnamed && !moves {
            effects.extend(self.save_settings());
        }
        effects
    }
}
