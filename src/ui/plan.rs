//! The plan: every task for this practice, in order, before starting.

use egui::Ui;

use super::{task_list, theme, widgets};
use crate::i18n::Tr;
use crate::session::{Action, Session};
use crate::t;

/// The plan screen.
pub fn plan_ui(ui: &mut Ui, session: &Session, tr: &Tr, actions: &mut Vec<Action>) {
    let counts = session.counts();
    ui.heading(t!(tr, "plan-title", total = counts.total));
    widgets::paragraph(ui, &t!(tr, "plan-intro"));
    ui.add_space(8.0);
    if widgets::primary_button(ui, true, t!(tr, "plan-start")).clicked() {
        actions.push(Action::Next);
    }
    ui.add_space(theme::SECTION_GAP);
    task_list::task_list_ui(
        ui,
        &session.playbook,
        &session.plan,
        &session.task_states(),
        crate::review::Filter::All,
        tr,
        actions,
    );
}
