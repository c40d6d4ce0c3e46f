//! The doctor's review: how far, what blocks the sign-off, the sign-off and
//! the certificate.

use egui::{RichText, Ui};

use super::{Drafts, task_list, theme, widgets};
use crate::i18n::Tr;
use crate::messages;
use crate::review::{Blocker, Filter};
use crate::t;
use crate::wizard::Screen;
use crate::workspace::{Action, Export, ExportOutcome, FileKind, Workspace};

/// The review screen.
pub fn review_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    ui.heading(t!(tr, "review-title"));
    sign_off_state_ui(ui, ws, tr);
    super::report_clock::report_clock_ui(ui, ws, tr, actions);
    ui.add_space(theme::GAP);
    let counts = ws.counts();
    ui.label(RichText::new(crate::messages::counts(tr, &counts)).size(theme::size::SUMMARY));
    ui.add_space(theme::SECTION_GAP);

    let blockers = ws.blockers();
    ui.label(theme::section_heading(t!(tr, "review-blockers")));
    if blockers.is_empty() {
        widgets::paragraph(ui, &t!(tr, "review-no-blockers"));
    }
    for blocker in blockers.iter().take(12) {
        let (label, target) = blocker_link(ws, blocker, tr);
        if ui.link(label).clicked() {
            actions.push(Action::Go(target));
        }
    }
    if blockers.len() > 12 {
        ui.label(t!(
            tr,
            "review-more-blockers",
            count = (blockers.len() - 12)
        ));
    }
    ui.add_space(theme::SECTION_GAP);

    ui.horizontal_wrapped(|ui| {
        if widgets::big_button(ui, t!(tr, "review-edit-facts")).clicked() {
            actions.push(Action::Go(Screen::Facts));
        }
        if widgets::primary_button(ui, blockers.is_empty(), t!(tr, "review-sign-off")).clicked() {
            actions.push(Action::Go(Screen::SignOff));
        }
        let exporting = matches!(ws.exported(FileKind::Certificate), Some(Export::Running(_)));
        if widgets::big_button_enabled(ui, !exporting, t!(tr, "review-export")).clicked() {
            actions.push(Action::ChooseFile(FileKind::Certificate));
        }
    });
    export_result_ui(ui, ws, tr, actions);
    key_sheet_ui(ui, ws, tr, actions);
    ui.add_space(theme::SECTION_GAP);

    ui.label(theme::section_heading(t!(tr, "review-tasks")));
    ui.horizontal_wrapped(|ui| {
        for filter in Filter::ALL {
            let label = match filter {
                Filter::All => t!(tr, "review-filter-all"),
                Filter::Open => t!(tr, "review-filter-open"),
                Filter::NeedHelp => t!(tr, "review-filter-help"),
                Filter::NotApplicable => t!(tr, "review-filter-na"),
            };
            if ui
                .selectable_label(drafts.view.filter == filter, label)
                .clicked()
            {
                drafts.view.filter = filter;
            }
        }
    });
    task_list::task_list_ui(
        ui,
        &ws.document().playbook,
        &ws.document().plan,
        ws.task_states(),
        drafts.view.filter,
        tr,
        actions,
    );
}

fn sign_off_state_ui(ui: &mut Ui, ws: &Workspace, tr: &Tr) {
    match ws.document().record.sign_off() {
        Some(s) if s.is_current() => {
            widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
                ui.label(
                    RichText::new(t!(
                        tr,
                        "review-signed",
                        name = s.name.clone(),
                        role = s.role.clone(),
                        time = messages::time(tr, s.at)
                    ))
                    .strong(),
                );
            });
        }
        Some(s) => {
            widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
                ui.label(
                    RichText::new(t!(
                        tr,
                        "review-signoff-outdated",
                        name = s.name.clone(),
                        time = messages::time(tr, s.at)
                    ))
                    .strong(),
                );
            });
        }
        None => widgets::paragraph(ui, &t!(tr, "review-not-signed")),
    }
}

fn blocker_link(ws: &Workspace, blocker: &Blocker, tr: &Tr) -> (String, Screen) {
    match blocker {
        Blocker::Task(id) => {
            let status = ws
                .task_states()
                .get(id)
                .map_or(crate::record::Status::Open, |s| s.status);
            let (code, title) = ws.document().plan.task(id).map_or_else(
                || (String::new(), String::new()),
                |t| {
                    (
                        t.code.to_string(),
                        t.title(&ws.document().playbook, tr.lang()),
                    )
                },
            );
            (
                t!(
                    tr,
                    "review-blocker-task",
                    code = code,
                    title = title,
                    status = messages::status_name(tr, status)
                ),
                Screen::Task(id.clone()),
            )
        }
        Blocker::LearnedAtMissing => (t!(tr, "review-blocker-learned"), Screen::Facts),
        Blocker::ReportUndecided => (t!(tr, "review-blocker-report"), Screen::Facts),
        Blocker::PatientsUndecided => (t!(tr, "review-blocker-patients"), Screen::Facts),
    }
}

fn export_result_ui(ui: &mut Ui, ws: &Workspace, tr: &Tr, actions: &mut Vec<Action>) {
    match ws.exported(FileKind::Certificate) {
        Some(Export::Running(_)) => {
            ui.label(RichText::new(t!(tr, "review-exporting")).strong());
        }
        Some(Export::Done(ExportOutcome::Written { path, document_id })) => {
            widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
                widgets::paragraph(
                    ui,
                    &t!(
                        tr,
                        "review-exported",
                        file = path.display().to_string(),
                        id = document_id.clone()
                    ),
                );
            });
        }
        Some(Export::Done(ExportOutcome::Failed { path, problem })) => {
            widgets::boxed(ui, theme::error_fill(ui.visuals()), |ui| {
                ui.label(RichText::new(t!(tr, "review-export-failed")).strong());
                widgets::paragraph(ui, &crate::workspace::words::export_problem(tr, *problem));
                ui.horizontal(|ui| {
                    if ui.button(t!(tr, "review-export-retry")).clicked() {
                        actions.push(Action::Export(FileKind::Certificate, path.clone()));
                    }
                    if ui.button(t!(tr, "review-export-elsewhere")).clicked() {
                        actions.push(Action::ChooseFile(FileKind::Certificate));
                    }
                });
            });
        }
        None => {}
    }
}

/// The key sheet: one page that says which key seals this practice's
/// records, to file with them.
fn key_sheet_ui(ui: &mut Ui, ws: &Workspace, tr: &Tr, actions: &mut Vec<Action>) {
    ui.add_space(theme::SECTION_GAP);
    widgets::paragraph(ui, &t!(tr, "review-key-sheet-explain"));
    let running = matches!(ws.exported(FileKind::KeySheet), Some(Export::Running(_)));
    if widgets::big_button_enabled(ui, !running, t!(tr, "review-key-sheet")).clicked() {
        actions.push(Action::ChooseFile(FileKind::KeySheet));
    }
    match ws.exported(FileKind::KeySheet) {
        Some(Export::Running(_)) => {
            ui.label(RichText::new(t!(tr, "review-key-sheet-exporting")).strong());
        }
        Some(Export::Done(ExportOutcome::Written { path, .. })) => {
            let file = path.display().to_string();
            widgets::paragraph(ui, &t!(tr, "keysheet-written", file = file));
        }
        Some(Export::Done(ExportOutcome::Failed { problem, .. })) => {
            widgets::boxed(ui, theme::error_fill(ui.visuals()), |ui| {
                let error = crate::workspace::words::export_problem(tr, *problem);
                widgets::paragraph(ui, &t!(tr, "keysheet-failed", error = error));
            });
        }
        None => {}
    }
}
