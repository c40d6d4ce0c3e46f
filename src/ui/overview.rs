//! The overview: how far the practice is, and every task one click away.

use egui::{RichText, Ui};

use super::{task_list, theme, widgets};
use crate::i18n::Tr;
use crate::t;
use crate::wizard::Screen;
use crate::workspace::{Action, Workspace};

/// The overview screen.
pub fn overview_ui(ui: &mut Ui, ws: &Workspace, tr: &Tr, actions: &mut Vec<Action>) {
    let counts = ws.counts();
    ui.heading(t!(tr, "overview-title"));
    ui.label(RichText::new(crate::messages::progress(tr, &counts)).size(theme::size::SUMMARY));
    ui.label(RichText::new(crate::messages::counts(tr, &counts)).size(theme::size::SUMMARY));
    ui.add_space(theme::GAP);
    super::report_clock::report_clock_ui(ui, ws, tr, actions);
    attack_found_ui(ui, ws, tr, actions);
    match ws.next_open_task() {
        Some(task) => {
            let label = t!(tr, "overview-next-open", code = task.code.to_string());
            if widgets::primary_button(ui, true, label).clicked() {
                actions.push(Action::Go(Screen::Task(task.id.clone())));
            }
        }
        None if counts.total > 0 => {
            widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
                let text = t!(tr, "overview-all-settled", na = counts.not_applicable);
                ui.label(RichText::new(text).strong());
                if widgets::primary_button(ui, true, t!(tr, "overview-to-review")).clicked() {
                    actions.push(Action::Go(Screen::Review));
                }
            });
        }
        None => {}
    }
    ui.add_space(theme::GAP);
    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, t!(tr, "overview-enter-sheet")).clicked() {
            actions.push(Action::Go(Screen::Sheet));
        }
        super::sheet::print_button_ui(ui, ws, tr, actions);
    });
    ui.add_space(theme::GAP);
    if ui.button(t!(tr, "overview-edit-profile")).clicked() {
        actions.push(Action::Go(Screen::Profile));
    }
    super::settings_menu::remote_toggle_ui(ui, ws, tr, actions);
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

/// While an attack found on the practice's own computers is not cleaned
/// up, nobody types new passwords there: said where everyone looks first.
fn attack_found_ui(ui: &mut Ui, ws: &Workspace, tr: &Tr, actions: &mut Vec<Action>) {
    let facts = ws.document().record.facts();
    let found = facts.is_some_and(|f| f.it_check.found());
    let cleaned = ws
        .document()
        .record
        .decided(crate::record::Decision::Cleanup)
        .is_some();
    if !found || cleaned {
        return;
    }
    widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
        widgets::paragraph(ui, &t!(tr, "overview-attack-found"));
        if let Some(task) = ws.document().plan.tasks.iter().find(|t| {
            t.template(&ws.document().playbook).decision == Some(crate::record::Decision::Cleanup)
        }) {
            let label = format!(
                "{}   {}",
                task.code,
                task.title(&ws.document().playbook, tr.lang())
            );
            if widgets::big_button(ui, label).clicked() {
                actions.push(Action::Go(Screen::Task(task.id.clone())));
            }
        }
    });
    ui.add_space(theme::GAP);
}
