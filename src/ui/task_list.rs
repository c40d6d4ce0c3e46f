//! The list of all tasks, grouped as responders order them; each row opens its task.

use std::collections::HashMap;

use egui::{RichText, Ui};

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::messages;
use crate::plan::Plan;
use crate::playbook::{Category, Playbook};
use crate::record::{Status, TaskState};
use crate::session::Action;
use crate::t;
use crate::wizard::Screen;

/// Every task of the plan with its status, who and when.
pub fn task_list_ui(
    ui: &mut Ui,
    playbook: &Playbook,
    plan: &Plan,
    states: &HashMap<String, TaskState>,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    for category in Category::ALL {
        let tasks: Vec<_> = plan
            .tasks
            .iter()
            .filter(|t| t.category == category)
            .collect();
        if tasks.is_empty() {
            continue;
        }
        ui.add_space(10.0);
        ui.label(theme::section_heading(messages::category_name(
            tr, category,
        )));
        for task in tasks {
            let state = states.get(&task.id);
            let status = state.map_or(Status::Open, |s| s.status);
            ui.horizontal(|ui| {
                ui.add_sized(
                    [90.0, 28.0],
                    egui::Label::new(theme::code_text(&task.code).size(17.0)),
                );
                let title = task.title(playbook, tr.lang());
                let open = ui.add(egui::Button::new(RichText::new(&title)).frame(false));
                if open.clicked() {
                    actions.push(Action::Go(Screen::Task(task.id.clone())));
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if let Some(s) = state.filter(|s| s.status != Status::Open) {
                        let when = t!(
                            tr,
                            "task-list-by",
                            name = s.by.clone(),
                            time = messages::time(tr, s.at)
                        );
                        ui.label(RichText::new(when).size(14.0).weak());
                    }
                    widgets::status_label(ui, tr, status);
                });
            });
        }
    }
}
