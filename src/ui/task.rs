//! One task: why, the steps, the traps, and the choices.

use egui::{RichText, Ui};

use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::messages;
use crate::plan::Task;
use crate::record::{Mark, Status, TaskId, TaskState};
use crate::t;
use crate::workspace::{Action, Workspace};

/// The task screen.
pub fn task_ui(
    ui: &mut Ui,
    ws: &Workspace,
    id: &TaskId,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
    choices_in_page: bool,
) {
    let (Some(task), Some(position)) =
        (ws.document().plan.task(id), ws.document().plan.position(id))
    else {
        return;
    };
    let template = task.template(&ws.document().playbook);
    let lang = tr.lang();
    let states = ws.task_states();
    let state = states.get(id);

    ui.horizontal(|ui| {
        ui.label(theme::code_text(&task.code).size(theme::size::TASK_CODE));
        ui.label(t!(
            tr,
            "task-position",
            number = (position + 1),
            total = ws.document().plan.tasks.len()
        ));
        ui.label(RichText::new(messages::category_name(tr, task.category)).weak());
    });
    ui.heading(task.title(&ws.document().playbook, lang));
    status_line_ui(ui, ws, state, tr);
    if state.is_some_and(|s| s.status.is_stuck()) {
        ui.add_space(theme::GAP);
        let steps_done = drafts.view.steps.get(id).copied().unwrap_or(0);
        help_ui(ui, ws, task, steps_done, tr, actions);
    }
    if choices_in_page {
        // A short window: the choices come right under the status, where
        // they are found without scrolling to the end.
        ui.add_space(theme::GAP);
        widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
            super::task_choices::task_choices_ui(ui, ws, id, drafts, tr, actions);
        });
    }
    ui.add_space(theme::SECTION_GAP);

    ui.label(theme::section_heading(t!(tr, "task-why")));
    widgets::paragraph(ui, template.why.get(lang));
    ui.add_space(theme::SECTION_GAP);

    ui.label(theme::section_heading(t!(tr, "task-steps")));
    // Ticking steps off is only a reading aid (and tells support which step
    // the user is at); it is not recorded.
    let done = drafts.view.steps.get(id).copied().unwrap_or(0);
    // "Don't know" in the profile: the task starts by finding out.
    let steps: Vec<&str> = task
        .steps(&ws.document().playbook)
        .into_iter()
        .map(|t| t.get(lang))
        .collect();
    if steps.len() > template.steps.len() {
        widgets::paragraph(ui, &t!(tr, "task-find-out-first"));
    }
    for (n, step) in steps.into_iter().enumerate() {
        ui.horizontal_top(|ui| {
            let mut ticked = n < done;
            let name = t!(tr, "task-step-done", step = (n + 1), text = step.to_owned());
            let tick = ui.checkbox(&mut ticked, "");
            tick.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::CheckBox, true, ticked, name.clone())
            });
            if tick.changed() {
                drafts
                    .view
                    .steps
                    .insert(id.clone(), if ticked { n + 1 } else { n });
            }
            widgets::seen_only(ui, RichText::new(format!("{}.", n + 1)).strong());
            widgets::seen_only(ui, step);
        });
    }
    if !template.traps.is_empty() {
        ui.add_space(theme::SECTION_GAP);
        widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
            ui.label(theme::section_heading(t!(tr, "task-traps")));
            for trap in &template.traps {
                widgets::paragraph(ui, trap.get(lang));
            }
        });
    }
    if let Some(decision) = template.decision {
        ui.add_space(theme::SECTION_GAP);
        super::facts::task_decision_ui(ui, ws, decision, drafts, tr, actions);
    }
    if let Some(rule) = &template.rule {
        ui.add_space(theme::SECTION_GAP);
        super::password::password_ui(ui, ws, id, rule, template.clean_device, drafts, tr, actions);
        ui.add_space(theme::SECTION_GAP);
        login_fails_ui(ui, tr);
    }
    if !template.it_notes.is_empty() || !template.sources.is_empty() {
        ui.add_space(theme::SECTION_GAP);
        // Folded away: a receptionist can skip it, the IT support company opens it.
        egui::CollapsingHeader::new(RichText::new(t!(tr, "task-it-notes")).strong())
            .id_salt(("it-notes", id))
            .default_open(false)
            .show(ui, |ui| {
                for note in &template.it_notes {
                    widgets::paragraph(ui, &format!("–  {}", note.get(lang)));
                }
                sources_ui(ui, template, tr);
            });
    }
}

/// Where the task's facts come from, for the IT support company to check.
fn sources_ui(ui: &mut Ui, template: &crate::playbook::TaskTemplate, tr: &Tr) {
    if template.sources.is_empty() {
        return;
    }
    ui.add_space(theme::GAP_SMALL);
    ui.label(RichText::new(t!(tr, "task-sources")).strong());
    for source in &template.sources {
        widgets::paragraph(ui, &format!("–  {}", messages::source(tr, source)));
    }
}

/// What to do when the new login fails, on every task that sets a password.
fn login_fails_ui(ui: &mut Ui, tr: &Tr) {
    egui::CollapsingHeader::new(RichText::new(t!(tr, "task-login-fails")).strong())
        .id_salt("login-fails")
        .default_open(false)
        .show(ui, |ui| {
            for line in [
                t!(tr, "task-login-fails-1"),
                t!(tr, "task-login-fails-2"),
                t!(tr, "task-login-fails-3"),
                t!(tr, "task-login-fails-4"),
            ] {
                widgets::paragraph(ui, &format!("–  {line}"));
            }
        });
}

fn status_line_ui(ui: &mut Ui, ws: &Workspace, state: Option<&TaskState>, tr: &Tr) {
    ui.horizontal_wrapped(|ui| {
        let status = state.map_or(Status::Open, |s| s.status);
        ui.label(t!(tr, "task-status"));
        widgets::status_label(ui, tr, status);
        if let Some(s) = state.filter(|s| s.status != Status::Open) {
            ui.label(t!(
                tr,
                "task-list-by",
                name = s.by.clone(),
                time = messages::time(tr, s.at)
            ));
            // "Saved" only once the worker says it is on disk.
            if ws.storage().save_problem.is_some() {
                ui.label(RichText::new(t!(tr, "task-not-saved")).strong());
            } else if ws.is_saving() {
                ui.label(RichText::new(t!(tr, "task-saving")).weak());
            } else {
                ui.label(RichText::new(t!(tr, "task-saved")).weak());
            }
        }
    });
    if let Some(reason) = state.and_then(|s| s.reason.as_ref()) {
        widgets::paragraph(ui, &t!(tr, "task-reason-shown", reason = reason.clone()));
    }
    if let Some((name, at)) = state.and_then(|s| s.entered.as_ref()) {
        let text = t!(
            tr,
            "task-entered",
            name = name.clone(),
            time = messages::time(tr, *at)
        );
        ui.label(RichText::new(text).weak());
    }
}

fn help_ui(
    ui: &mut Ui,
    ws: &Workspace,
    task: &Task,
    steps_done: usize,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let lang = tr.lang();
    let provider = &ws.document().playbook.provider;
    widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
        ui.label(theme::section_heading(t!(tr, "task-help-title")));
        ui.label(RichText::new(super::bottom_bar::whom_to_call(ws, tr)).strong());
        let contact = &ws.profile().it_contact;
        if !provider.hotline.is_empty() {
            ui.label(
                RichText::new(&provider.hotline)
                    .size(theme::size::BIG)
                    .strong(),
            );
            widgets::paragraph(ui, provider.hours.get(lang));
        } else if !contact.is_empty() {
            // The practice typed this number: the printed one still wins, so
            // a number slipped into the profile cannot stand on its own.
            ui.label(RichText::new(contact).size(theme::size::BIG).strong());
            widgets::paragraph(ui, &t!(tr, "task-help-number-from-profile"));
        } else {
            widgets::paragraph(ui, provider.hours.get(lang));
        }
        ui.add_space(theme::GAP);
        ui.label(RichText::new(t!(tr, "task-help-read-out")).strong());
        let practice = ws.profile().practice_name.clone();
        widgets::paragraph(
            ui,
            &t!(
                tr,
                "task-help-script",
                practice = practice,
                code = task.code.to_string(),
                title = task.title(&ws.document().playbook, lang)
            ),
        );
        let tried = if steps_done == 0 {
            t!(tr, "task-help-tried-none")
        } else {
            t!(
                tr,
                "task-help-tried",
                done = steps_done,
                stuck = (steps_done + 1)
            )
        };
        widgets::paragraph(ui, &tried);
        widgets::paragraph(ui, &t!(tr, "task-help-never-password"));
        let status = ws.task_states().get(&task.id).map(|s| s.status);
        if status == Some(crate::record::Status::NeedHelp) {
            ui.add_space(theme::GAP_SMALL);
            widgets::paragraph(ui, &t!(tr, "task-help-no-answer"));
            if widgets::big_button_enabled(ui, ws.can_write(), t!(tr, "task-help-waiting"))
                .clicked()
            {
                actions.push(Action::Mark {
                    task: task.id.clone(),
                    mark: Mark::WaitingForSupport,
                    reason: None,
                });
            }
        }
    });
}
