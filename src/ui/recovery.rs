//! A damaged record: say what happened, keep the file, offer the backup.

use egui::{RichText, Ui};

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::messages;
use crate::t;
use crate::workspace::{Action, IoProblem, Recovery};

/// Shown instead of any screen until the user decides.
pub fn recovery_ui(
    ui: &mut Ui,
    recovery: &Recovery,
    failed: Option<IoProblem>,
    may_write: bool,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    ui.heading(t!(tr, "recovery-title"));
    widgets::boxed(ui, theme::error_fill(ui.visuals()), |ui| {
        widgets::paragraph(ui, &messages::damaged(tr, &recovery.problem));
    });
    if let Some(problem) = failed {
        ui.add_space(theme::GAP);
        widgets::boxed(ui, theme::error_fill(ui.visuals()), |ui| {
            let reason = crate::workspace::words::save_problem(tr, problem);
            widgets::paragraph(ui, &t!(tr, "recovery-failed", reason = reason));
        });
    }
    ui.add_space(theme::GAP);
    widgets::paragraph(ui, &t!(tr, "recovery-kept-aside"));
    widgets::paragraph(ui, &t!(tr, "recovery-kept-work"));
    ui.add_space(theme::SECTION_GAP);
    match &recovery.backup {
        Some(backup) => {
            let when = backup
                .last_change
                .map(|at| messages::time(tr, at))
                .unwrap_or_default();
            widgets::paragraph(
                ui,
                &t!(
                    tr,
                    "recovery-backup-found",
                    time = when,
                    events = backup.events
                ),
            );
            if widgets::primary_button(ui, may_write, t!(tr, "recovery-use-backup")).clicked() {
                actions.push(Action::RestoreBackup);
            }
        }
        None => widgets::paragraph(ui, &t!(tr, "recovery-no-backup")),
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(t!(tr, "recovery-or")).weak());
    if widgets::big_button_enabled(ui, may_write, t!(tr, "recovery-start-over")).clicked() {
        actions.push(Action::StartOver);
    }
    widgets::paragraph(ui, &t!(tr, "recovery-call-support"));
}
