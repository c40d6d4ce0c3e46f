//! The record is there but cannot be read: say which file and why, that
//! nothing was changed, and offer to read it again. Nothing else is shown,
//! so nobody starts work on what would look like an empty practice.

use egui::{RichText, Ui};

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::t;
use crate::workspace::{Action, IoProblem};

/// Shown instead of any screen until the file can be read.
pub fn unreadable_ui(
    ui: &mut Ui,
    file: &std::path::Path,
    problem: IoProblem,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    ui.heading(t!(tr, "unreadable-title"));
    widgets::boxed(ui, theme::error_fill(ui.visuals()), |ui| {
        let reason = crate::workspace::words::read_problem(tr, problem);
        widgets::paragraph(ui, &t!(tr, "unreadable-body", reason = reason));
        let file = file.display().to_string();
        ui.label(RichText::new(t!(tr, "unreadable-file", file = file)).monospace());
    });
    ui.add_space(theme::GAP);
    widgets::paragraph(ui, &t!(tr, "unreadable-nothing-written"));
    widgets::paragraph(ui, &t!(tr, "unreadable-what-to-do"));
    ui.add_space(theme::SECTION_GAP);
    if widgets::primary_button(ui, true, t!(tr, "unreadable-retry")).clicked() {
        actions.push(Action::Retry);
    }
}
