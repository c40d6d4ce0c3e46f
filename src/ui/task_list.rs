//! The list of all tasks, grouped as responders order them; each row opens its task.

use std::collections::HashMap;

use egui::{RichText, Ui};

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::messages;
use crate::plan::Plan;
use crate::playbook::{Category, Playbook};
use crate::record::{Status, TaskId, TaskState};
use crate::review::Filter;
use crate::t;
use crate::wizard::Screen;
use crate::workspace::Action;

/// Every task of the plan with its status, who and when.
pub fn task_list_ui(
    ui: &mut Ui,
    playbook: &Playbook,
    plan: &Plan,
    states: &HashMap<TaskId, TaskState>,
    filter: Filter,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    for category in Category::ALL {
        let tasks: Vec<_> = plan
            .tasks
            .iter()
            .filter(|t| t.category == category)
            .filter(|t| filter.shows(states.get(&t.id).map_or(Status::Open, |s| s.status)))
            .collect();
        if tasks.is_empty() {
            continue;
        }
        ui.add_space(theme::GAP_WIDE);
        ui.label(theme::section_heading(messages::category_name(
            tr, category,
        )));
        for task in tasks {
            let state = states.get(&task.id);
            let status = state.map_or(Status::Open, |s| s.status);
            // Two lines per task: the title on top, status and who/when
            // below, so long titles never run into the status.
            ui.horizontal_top(|ui| {
                ui.add_sized(
                    [80.0, 26.0],
                    egui::Label::new(theme::code_text(&task.code).size(theme::size::LIST_CODE)),
                );
                ui.vertical(|ui| {
                    let title = task.title(playbook, tr.lang());
                    let open = egui::Button::new(RichText::new(&title).size(theme::size::NAME))
                        .frame(false)
                        .wrap();
                    let open = ui.add(open);
                    // Tabbing down the list, a screen reader says each
                    // task's code and status with its title, not only the
                    // title the button shows.
                    open.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            format!(
                                "{} {title} – {}",
                                task.code,
                                messages::status_name(tr, status)
                            ),
                        )
                    });
                    if open.clicked() {
                        actions.push(Action::Go(Screen::Task(task.id.clone())));
                    }
                    ui.horizontal_wrapped(|ui| {
                        widgets::status_label(ui, tr, status);
                        if let Some(s) = state.filter(|s| s.status != Status::Open) {
                            let when = t!(
                                tr,
                                "task-list-by",
                                name = s.by.clone(),
                                time = messages::time(tr, s.at)
                            );
                            ui.label(RichText::new(when).size(theme::size::NOTE).weak());
                        }
                    });
                    if let Some(reason) = state.and_then(|s| s.reason.as_ref()) {
                        let text = t!(tr, "task-reason-shown", reason = reason.clone());
                        ui.label(RichText::new(text).size(theme::size::NOTE));
                    }
                    if let Some((name, at)) = state.and_then(|s| s.entered.as_ref()) {
                        let time = messages::time(tr, *at);
                        let text = t!(tr, "task-entered", name = name.clone(), time = time);
                        ui.label(RichText::new(text).size(theme::size::NOTE).weak());
                    }
                });
            });
        }
    }
}
