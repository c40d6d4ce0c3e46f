//! What the user can say about a task: done, tested, not applicable (with
//! a reason), help needed, or open again.

use egui::{RichText, Ui};

use super::drafts::ReasonDraft;
use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::messages;
use crate::plan::Task;
use crate::playbook::TaskTemplate;
use crate::record::{Mark, Status, TaskId, TaskState};
use crate::t;
use crate::workspace::{Action, Workspace};

/// The choices for a task, in a panel that stays in view while the steps scroll.
pub fn task_choices_ui(
    ui: &mut Ui,
    ws: &Workspace,
    id: &TaskId,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let Some(task) = ws.document().plan.task(id) else {
        return;
    };
    let template = task.template(&ws.document().playbook);
    let states = ws.task_states();
    ui.add_space(theme::GAP_SMALL);
    choices_ui(ui, ws, task, template, states.get(id), drafts, tr, actions);
    ui.add_space(theme::GAP_TIGHT);
}

#[expect(clippy::too_many_arguments, reason = "a view takes what it reads")]
fn choices_ui(
    ui: &mut Ui,
    ws: &Workspace,
    task: &Task,
    template: &TaskTemplate,
    state: Option<&TaskState>,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let enabled = ws.can_write();
    let status = state.map_or(Status::Open, |s| s.status);
    let mark = |mark: Mark| Action::Mark {
        task: task.id.clone(),
        mark,
        reason: None,
    };
    let testable = template.testable;
    // A decision is recorded in its form above; here only help remains.
    let decision = template.decision.is_some();
    // Work on a task starts with saying how it went; a decision's form
    // takes the focus itself.
    let focus = !decision && drafts.take_focus();
    ui.label(theme::section_heading(t!(tr, "task-what-now")));
    ui.horizontal_wrapped(|ui| {
        let done_label = messages::done_label(tr, template);
        if !decision {
            let done = widgets::choice_button(ui, enabled, status == Status::Done, done_label);
            if focus {
                done.request_focus();
            }
            if done.clicked() {
                actions.push(mark(Mark::Done));
            }
        }
        let tested_label = messages::tested_label(tr, template);
        if testable
            && widgets::choice_button(ui, enabled, status == Status::Tested, tested_label).clicked()
        {
            actions.push(mark(Mark::Tested));
        }
        if !decision
            && widgets::choice_button(
                ui,
                enabled,
                status == Status::NotApplicable,
                t!(tr, "task-not-applicable"),
            )
            .clicked()
        {
            let reason = state.and_then(|s| s.reason.clone()).unwrap_or_default();
            drafts.reason = Some(ReasonDraft {
                task: task.id.clone(),
                text: reason,
            });
        }
        if widgets::choice_button(
            ui,
            enabled,
            status == Status::NeedHelp,
            t!(tr, "task-need-help"),
        )
        .clicked()
        {
            actions.push(mark(Mark::NeedHelp));
        }
        if status != Status::Open
            && !(decision && status == Status::Done)
            && widgets::choice_button(ui, enabled, false, t!(tr, "task-reopen")).clicked()
        {
            actions.push(mark(Mark::Reopened));
        }
    });
    let editing = drafts.reason.as_ref().is_some_and(|r| r.task == task.id);
    if editing {
        reason_ui(ui, task, drafts, tr, actions);
    }
}

fn reason_ui(ui: &mut Ui, task: &Task, drafts: &mut Drafts, tr: &Tr, actions: &mut Vec<Action>) {
    ui.add_space(theme::GAP);
    widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
        let Some(ReasonDraft { text: reason, .. }) = drafts.reason.as_mut() else {
            return;
        };
        let label = ui.label(RichText::new(t!(tr, "task-reason-label")).strong());
        let field = ui
            .add(
                egui::TextEdit::multiline(reason)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if field.gained_focus() || reason.is_empty() {
            field.request_focus();
        }
        ui.label(RichText::new(t!(tr, "task-reason-hint")).weak());
        let given = !reason.trim().is_empty();
        let mut close = false;
        ui.horizontal(|ui| {
            if widgets::primary_button(ui, given, t!(tr, "task-reason-save")).clicked() {
                actions.push(Action::Mark {
                    task: task.id.clone(),
                    mark: Mark::NotApplicable,
                    reason: Some(reason.trim().to_owned()),
                });
                close = true;
            }
            if widgets::big_button(ui, t!(tr, "task-reason-cancel")).clicked() {
                close = true;
            }
        });
        if close {
            drafts.reason = None;
        }
    });
}
