//! What the persistence worker reports, taken into the workspace.

use super::{
    Effect, Export, ExportOutcome, FileKind, PersistEffect, Report, StoreState, WindowEffect,
    Workspace,
};
use crate::demo;
use crate::wizard::Screen;

impl Workspace {
    /// Takes in a report; returns what must be done because of it.
    pub fn apply(&mut self, report: Report) -> Vec<Effect> {
        match report {
            Report::Opened(opening) => {
                self.store = opening.store;
                self.record = opening.record;
                self.recovery = opening.recovery;
                self.save_problem = opening.problem;
                self.refresh_plan();
                let effects = self.start_training();
                self.screen = self.settings.screen.clone().valid_for(self.flow());
                effects
            }
            Report::Saved(ticket) => {
                self.saved = self.saved.max(ticket);
                self.save_problem = None;
                self.waiting_for = None;
                Vec::new()
            }
            Report::SaveFailed(problem) => {
                self.save_problem = Some(problem);
                // Still waiting for the same workstation: its name stays.
                if problem != super::IoProblem::Busy {
                    self.waiting_for = None;
                }
                Vec::new()
            }
            Report::Store(store) => {
                self.store = store;
                if !matches!(self.store, StoreState::Unavailable) {
                    self.save_problem = None;
                }
                Vec::new()
            }
            Report::Recovering(recovery) => {
                self.recovery = Some(recovery);
                self.recovery_problem = None;
                Vec::new()
            }
            Report::RecoveryFailed(ticket, problem) => {
                // Nothing waits to be saved: the choice can be made again.
                self.saved = self.saved.max(ticket);
                self.recovery_problem = Some(problem);
                Vec::new()
            }
            Report::Waiting(holder) => {
                self.waiting_for = Some(holder);
                Vec::new()
            }
            Report::Merged(other) => {
                let merged = self.record.merged_with(&other);
                if merged != self.record {
                    self.record = merged;
                    self.refresh_plan();
                    self.screen = self.screen.clone().valid_for(self.flow());
                }
                Vec::new()
            }
            Report::Replaced(record) => {
                let recovered = self.recovery.take().is_some();
                self.recovery_problem = None;
                self.record = record;
                self.refresh_plan();
                let screen = if recovered {
                    self.settings.screen.clone()
                } else {
                    self.screen.clone()
                };
                self.screen = screen.valid_for(self.flow());
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
                self.own_key = Some(key);
                Vec::new()
            }
            Report::BundleListed(listing) => {
                self.exports.bundle_listing = Some(listing);
                Vec::new()
            }
            Report::Trouble(trouble) => {
                self.trouble = Some(trouble);
                Vec::new()
            }
        }
    }

    /// A training record is made when there is none (or one from before
    /// training records said so), so practice can start at once.
    fn start_training(&mut self) -> Vec<Effect> {
        if !self.demo || self.record.is_training() || !self.can_write() {
            return Vec::new();
        }
        self.record = demo::record(&self.playbook, self.now());
        self.refresh_plan();
        if self.settings.worker.is_empty() {
            demo::TRAINEE.clone_into(&mut self.settings.worker);
        }
        self.settings.screen = Screen::Overview;
        let mut effects = vec![Effect::Persist(PersistEffect::Replace {
            ticket: self.ticket(),
            record: self.record.clone(),
        })];
        effects.extend(self.save_settings());
        effects
    }
}
