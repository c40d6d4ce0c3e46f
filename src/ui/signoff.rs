//! The practice owner's sign-off.

use egui::{RichText, Ui};

use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::t;
use crate::wizard::Screen;
use crate::workspace::{Action, Workspace};

/// The sign-off form.
pub fn sign_off_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    ui.heading(t!(tr, "signoff-title"));
    let blockers = ws.blockers();
    if !blockers.is_empty() {
        widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
            widgets::paragraph(ui, &t!(tr, "signoff-blocked", count = blockers.len()));
        });
        if widgets::big_button(ui, t!(tr, "signoff-to-review")).clicked() {
            actions.push(Action::Go(Screen::Review));
        }
        return;
    }
    widgets::paragraph(ui, &t!(tr, "signoff-intro"));
    ui.add_space(theme::SECTION_GAP);
    let draft = &mut drafts.sign_off;
    let label = ui.label(t!(tr, "signoff-name"));
    ui.add(egui::TextEdit::singleline(&mut draft.name).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    let label = ui.label(t!(tr, "signoff-role"));
    ui.add(egui::TextEdit::singleline(&mut draft.role).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    ui.add_space(theme::GAP);
    ui.checkbox(&mut draft.confirmed, t!(tr, "signoff-confirm"));
    ui.add_space(theme::SECTION_GAP);
    let ready = draft.confirmed
        && !draft.name.trim().is_empty()
        && !draft.role.trim().is_empty()
        && ws.can_write();
    if widgets::primary_button(ui, ready, t!(tr, "signoff-button")).clicked() {
        actions.push(Action::SignOff {
            name: draft.name.clone(),
            role: draft.role.clone(),
        });
        draft.confirmed = false;
    }
    if !ready {
        ui.label(RichText::new(t!(tr, "signoff-needs")).weak());
    }
}
