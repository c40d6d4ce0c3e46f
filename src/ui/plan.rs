//! The plan: every task for this practice, in order, before starting.

use egui::Ui;

use super::{task_list, theme, widgets};
use crate::i18n::Tr;
use crate::t;
use crate::workspace::{Action, Workspace};

/// The plan screen.
pub fn plan_ui(ui: &mut Ui, ws: &Workspace, tr: &Tr, actions: &mut Vec<Action>) {
    let counts = ws.counts();
    ui.heading(t!(tr, "plan-title", total = counts.total));
    widgets::paragraph(ui, &t!(tr, "plan-intro"));
    ui.add_space(theme::GAP);
    if widgets::primary_button(ui, true, t!(tr, "plan-start")).clicked() {
        actions.push(Action::Next);
    }
    ui.add_space(theme::GAP);
    widgets::paragraph(ui, &t!(tr, "plan-paper"));
    ui.horizontal_wrapped(|ui| super::sheet::print_button_ui(ui, ws, tr, actions));
    ui.add_space(theme::SECTION_GAP);
    task_list::task_list_ui(
        ui,
        &ws.document().playbook,
        &ws.document().plan,
        ws.task_states(),
        crate::review::Filter::All,
        tr,
        actions,
    );
}
