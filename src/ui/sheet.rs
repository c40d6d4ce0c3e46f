//! Paper checklists in the window: printing them, and entering a ticked
//! sheet back, several tasks of one device or person at once.

use std::collections::BTreeMap;

use egui::{RichText, Ui};

use super::{Drafts, theme, widgets};
use crate::checklist::{Section, Subject, sections};
use crate::i18n::Tr;
use crate::messages;
use crate::record::{Sheet, SheetReason, TaskId};
use crate::t;
use crate::workspace::{Action, Export, ExportOutcome, FileKind, SheetOutcome, Workspace};

/// What is being typed on the sheet screen.
#[derive(Clone, Debug, Default)]
pub struct SheetDraft {
    /// The sheet chosen: its device, person or group.
    pub subject: Option<Subject>,
    /// The box ticked for each task on it.
    pub ticked: BTreeMap<TaskId, Ticked>,
    /// Who did them, as the sheet says.
    pub done_by: String,
    /// The day on the sheet ("29.11.2026").
    pub date: String,
    /// The time on the sheet ("10:30").
    pub time: String,
    /// Sent to be entered; cleared once the workspace says it is in.
    pub sent: bool,
}

/// The box ticked for a task on a sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ticked {
    /// Done.
    Done,
    /// Done and tested.
    Tested,
    /// Help needed, or something unknown found.
    Help,
    /// Not applicable, with the reason written on the sheet.
    NotApplicable(String),
}

/// "Print the checklist", with how the last one went.
pub fn print_button_ui(ui: &mut Ui, ws: &Workspace, tr: &Tr, actions: &mut Vec<Action>) {
    let running = matches!(ws.exported(FileKind::Checklist), Some(Export::Running(_)));
    let button = widgets::big_button_enabled(ui, !running, t!(tr, "checklist-print"))
        .on_hover_text(t!(tr, "checklist-print-hint"));
    if button.clicked() {
        actions.push(Action::ChooseFile(FileKind::Checklist));
    }
    match ws.exported(FileKind::Checklist) {
        Some(Export::Running(_)) => {
            ui.label(RichText::new(t!(tr, "checklist-printing")).weak());
        }
        Some(Export::Done(ExportOutcome::Written { path, .. })) => {
            let file = path.display().to_string();
            ui.label(t!(tr, "checklist-written", file = file));
        }
        Some(Export::Done(ExportOutcome::Failed { problem, .. })) => {
            let error = crate::workspace::words::export_problem(tr, *problem);
            ui.label(RichText::new(t!(tr, "checklist-failed", error = error)).strong());
        }
        None => {}
    }
}

/// The screen to enter a ticked sheet.
pub fn sheet_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let focus = drafts.take_focus();
    let draft = drafts.sheet.get_or_insert_with(|| SheetDraft {
        date: crate::when::format_date(ws.now()),
        ..SheetDraft::default()
    });
    if std::mem::take(&mut draft.sent)
        && matches!(ws.place().sheet, Some(SheetOutcome::Entered { .. }))
    {
        // The sheet is in the record: the form is free for the next one;
        // who did it and the day are often the same.
        draft.ticked.clear();
        draft.subject = None;
        draft.time.clear();
    }
    ui.heading(t!(tr, "sheet-title"));
    widgets::paragraph(ui, &t!(tr, "sheet-intro"));
    outcome_ui(ui, ws.place().sheet, tr);
    ui.add_space(theme::SECTION_GAP);

    let states = ws.task_states();
    let parts: Vec<Section<'_>> = sections(&ws.document().playbook, &ws.document().plan)
        .into_iter()
        .filter(|s| !s.open(states).is_empty())
        .collect();
    if parts.is_empty() {
        widgets::paragraph(ui, &t!(tr, "checklist-nothing-open"));
        return;
    }
    ui.label(theme::section_heading(t!(tr, "sheet-which")));
    ui.horizontal_wrapped(|ui| {
        for (n, part) in parts.iter().enumerate() {
            let chosen = draft.subject.as_ref() == Some(&part.subject);
            let name = part.subject.title(tr);
            let button = ui.selectable_label(chosen, name);
            if focus && n == 0 {
                button.request_focus();
            }
            if button.clicked() && !chosen {
                draft.subject = Some(part.subject.clone());
                draft.ticked.clear();
            }
        }
    });
    let Some(part) = parts
        .iter()
        .find(|p| draft.subject.as_ref() == Some(&p.subject))
    else {
        return;
    };
    ui.add_space(theme::SECTION_GAP);
    ui.label(theme::section_heading(t!(tr, "sheet-ticked")));
    for task in part.open(states) {
        ticked_ui(ui, ws, task, draft, tr);
    }
    ui.add_space(theme::SECTION_GAP);
    who_and_when_ui(ui, ws, draft, tr, actions);
}

/// One task of the sheet: which of its boxes is ticked, and the reason
/// where "not applicable" is.
fn ticked_ui(
    ui: &mut Ui,
    ws: &Workspace,
    task: &crate::plan::Task,
    draft: &mut SheetDraft,
    tr: &Tr,
) {
    let title = format!(
        "{}   {}",
        task.code,
        task.title(&ws.document().playbook, tr.lang())
    );
    ui.add_space(theme::GAP_SMALL);
    widgets::paragraph(ui, &title);
    let current = draft.ticked.get(&task.id).cloned();
    let template = task.template(&ws.document().playbook);
    let mut choices = vec![
        (None, t!(tr, "sheet-box-none")),
        (Some(Ticked::Done), messages::done_label(tr, template)),
    ];
    if template.testable {
        choices.push((Some(Ticked::Tested), messages::tested_label(tr, template)));
    }
    choices.push((Some(Ticked::Help), t!(tr, "sheet-box-help")));
    choices.push((
        Some(Ticked::NotApplicable(String::new())),
        t!(tr, "sheet-box-not-applicable"),
    ));
    ui.horizontal_wrapped(|ui| {
        for (choice, label) in choices {
            // Which box, whatever reason is typed beside it.
            let chosen = current.as_ref().map(std::mem::discriminant)
                == choice.as_ref().map(std::mem::discriminant);
            let spoken = format!("{} {label}", task.code);
            let button = ui.radio(chosen, label);
            button.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::RadioButton, true, chosen, spoken.clone())
            });
            if button.clicked() && !chosen {
                match choice {
                    Some(ticked) => {
                        draft.ticked.insert(task.id.clone(), ticked);
                    }
                    None => {
                        draft.ticked.remove(&task.id);
                    }
                }
            }
        }
    });
    if let Some(Ticked::NotApplicable(reason)) = draft.ticked.get_mut(&task.id) {
        ui.horizontal(|ui| {
            let label = ui.label(t!(tr, "sheet-reason", code = task.code.to_string()));
            ui.add(egui::TextEdit::singleline(reason).desired_width(theme::FIELD_WIDE))
                .labelled_by(label.id);
        });
    }
}

fn who_and_when_ui(
    ui: &mut Ui,
    ws: &Workspace,
    draft: &mut SheetDraft,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let staff = &ws.profile().staff;
    let label = ui.label(theme::section_heading(t!(tr, "checklist-done-by")));
    if !staff.is_empty() {
        ui.horizontal_wrapped(|ui| {
            for person in staff {
                let chosen = draft.done_by.trim() == person.name;
                if ui.selectable_label(chosen, &person.name).clicked() {
                    draft.done_by.clone_from(&person.name);
                }
            }
        });
    }
    ui.add(egui::TextEdit::singleline(&mut draft.done_by).desired_width(theme::FIELD_WIDE))
        .labelled_by(label.id);
    ui.horizontal(|ui| {
        let label = ui.label(t!(tr, "sheet-date"));
        ui.add(egui::TextEdit::singleline(&mut draft.date).desired_width(theme::FIELD_CODE))
            .labelled_by(label.id);
        let label = ui.label(t!(tr, "sheet-time"));
        ui.add(egui::TextEdit::singleline(&mut draft.time).desired_width(theme::FIELD_CODE))
            .labelled_by(label.id);
    });
    let when = crate::when::parse_local(&format!("{} {}", draft.date, draft.time))
        .filter(|_| !draft.time.trim().is_empty());
    let sheet = |done_at| {
        let mut sheet = Sheet::done(Vec::new(), &draft.done_by, done_at);
        for (task, ticked) in &draft.ticked {
            match ticked {
                Ticked::Done => sheet.tasks.push(task.clone()),
                Ticked::Tested => sheet.tested.push(task.clone()),
                Ticked::Help => sheet.help.push(task.clone()),
                Ticked::NotApplicable(reason) => sheet.not_applicable.push(SheetReason {
                    task: task.clone(),
                    reason: reason.clone(),
                }),
            }
        }
        sheet
    };
    // The workspace's own check, so the button allows what the record takes;
    // without a readable time, whatever else is missing is said first.
    let problem = |p| crate::workspace::words::sheet_problem(tr, p);
    let checked = match when {
        Some(done_at) => ws
            .check_sheet(&sheet(done_at))
            .map(|(sheet, _)| sheet)
            .map_err(problem),
        None => Err(ws
            .check_sheet(&sheet(ws.now()))
            .err()
            .map_or_else(|| t!(tr, "sheet-need-time"), problem)),
    };
    ui.add_space(theme::GAP);
    let count = checked
        .as_ref()
        .map_or(draft.ticked.len(), |s| s.marks().count());
    let enter = widgets::primary_button(ui, checked.is_ok(), t!(tr, "sheet-enter", count = count));
    match checked {
        Err(problem) => {
            ui.label(RichText::new(problem).weak());
        }
        Ok(sheet) if enter.clicked() => {
            actions.push(Action::EnterSheet(sheet));
            draft.sent = true;
        }
        Ok(_) => {}
    }
}

/// What became of the last sheet, as the workspace says.
fn outcome_ui(ui: &mut Ui, outcome: Option<SheetOutcome>, tr: &Tr) {
    let text = match outcome {
        None => return,
        Some(SheetOutcome::Entered { count, already: 0 }) => t!(tr, "sheet-entered", count = count),
        Some(SheetOutcome::Entered { count, already }) => format!(
            "{} {}",
            t!(tr, "sheet-entered", count = count),
            t!(tr, "sheet-already", count = already)
        ),
        Some(SheetOutcome::Refused(problem)) => crate::workspace::words::sheet_problem(tr, problem),
    };
    widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
        ui.label(RichText::new(text).strong());
    });
}
