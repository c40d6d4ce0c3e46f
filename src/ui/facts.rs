//! The facts about the incident and the decisions the practice owner records.
//! The same parts of the form appear on the task that asks each question, so
//! each decision is recorded once and shown in both places.

use egui::{RichText, Ui};

use super::drafts::{Choice, FactsDraft};
use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::record::Decision;
use crate::t;
use crate::workspace::{Action, Workspace};

/// The facts form.
pub fn facts_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let writable = ws.can_write();
    if !writable {
        // Typed here, it could not be saved: the form shows the record.
        drafts.facts_form.edited = None;
    }
    let draft = drafts.facts_for(ws);
    ui.heading(t!(tr, "facts-title"));
    widgets::paragraph(ui, &t!(tr, "facts-intro"));
    if !writable {
        widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
            widgets::paragraph(ui, &t!(tr, "form-read-only"));
        });
    }
    ui.add_enabled_ui(writable, |ui| {
        for decision in Decision::ALL {
            // The clean-up is asked only once an attack was found.
            if decision == Decision::Cleanup && draft.it_check != Choice::Yes {
                continue;
            }
            ui.add_space(theme::SECTION_GAP);
            decision_ui(ui, decision, draft, tr);
        }
    });
    ui.add_space(theme::SECTION_GAP);

    let facts = draft.to_facts();
    if facts.is_none() {
        ui.label(RichText::new(t!(tr, "facts-bad-date")).strong());
    }
    let can_save = facts.is_some() && ws.can_write();
    if widgets::primary_button(ui, can_save, t!(tr, "facts-save")).clicked()
        && let Some(facts) = facts
    {
        actions.push(Action::SaveFacts {
            base: drafts.facts_form.base.clone(),
            facts,
        });
        drafts.facts_form.edited = None;
    }
}

/// The question a task asks, with its own button to record the answer.
pub fn task_decision_ui(
    ui: &mut Ui,
    ws: &Workspace,
    decision: Decision,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let saved = ws.document().record.facts().cloned().unwrap_or_default();
    // On a decision task, work starts in this form.
    let focus = drafts.take_focus();
    let draft = drafts.facts_for(ws);
    widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
        let first = decision_ui(ui, decision, draft, tr);
        if focus {
            first.request_focus();
        }
        match ws.document().record.decided(decision) {
            Some(state) => widgets::paragraph(
                ui,
                &t!(
                    tr,
                    "task-decision-recorded",
                    name = state.by.clone(),
                    time = crate::messages::time(tr, state.at)
                ),
            ),
            None => {
                ui.label(RichText::new(t!(tr, "task-decision-open")).weak());
            }
        }
        // Only this question's answer is taken from the form, so another
        // answer saved meanwhile (on another computer) is kept.
        let facts = draft.apply(decision, &saved);
        if facts.is_none() {
            ui.label(RichText::new(t!(tr, "facts-bad-date")).strong());
        }
        let changed = facts.as_ref().is_some_and(|f| *f != saved);
        let can_save = changed && ws.can_write();
        if widgets::primary_button(ui, can_save, t!(tr, "task-decision-save")).clicked()
            && let Some(facts) = facts
        {
            // Only this question changed against what the record holds.
            actions.push(Action::SaveFacts {
                base: Some(saved.clone()),
                facts,
            });
        }
    });
}

/// The part of the form for one decision; returns its first field.
fn decision_ui(ui: &mut Ui, decision: Decision, draft: &mut FactsDraft, tr: &Tr) -> egui::Response {
    match decision {
        Decision::LearnedAt => learned_ui(ui, draft, tr),
        Decision::Report => report_ui(ui, draft, tr),
        Decision::Patients => patients_ui(ui, draft, tr),
        Decision::ItCheck => it_check_ui(ui, draft, tr),
        Decision::Cleanup => cleanup_ui(ui, draft, tr),
    }
}

fn it_check_ui(ui: &mut Ui, draft: &mut FactsDraft, tr: &Tr) -> egui::Response {
    ui.label(theme::section_heading(t!(tr, "facts-it-check")));
    let first = ui.radio_value(
        &mut draft.it_check,
        Choice::Undecided,
        t!(tr, "facts-it-check-pending"),
    );
    ui.radio_value(
        &mut draft.it_check,
        Choice::No,
        t!(tr, "facts-it-check-nothing"),
    );
    ui.radio_value(
        &mut draft.it_check,
        Choice::Yes,
        t!(tr, "facts-it-check-found"),
    );
    match draft.it_check {
        Choice::No => {
            field(
                ui,
                t!(tr, "facts-it-check-by"),
                &mut draft.it_check_by,
                false,
            );
        }
        Choice::Yes => {
            field(
                ui,
                t!(tr, "facts-it-check-what"),
                &mut draft.it_check_found,
                true,
            );
            widgets::paragraph(ui, &t!(tr, "facts-it-check-found-hint"));
        }
        Choice::Undecided => {}
    }
    first
}

fn cleanup_ui(ui: &mut Ui, draft: &mut FactsDraft, tr: &Tr) -> egui::Response {
    ui.label(theme::section_heading(t!(tr, "facts-cleanup")));
    widgets::paragraph(ui, &t!(tr, "facts-cleanup-hint"));
    let first = ui.radio_value(
        &mut draft.cleanup,
        Choice::Undecided,
        t!(tr, "facts-cleanup-pending"),
    );
    ui.radio_value(
        &mut draft.cleanup,
        Choice::Yes,
        t!(tr, "facts-cleanup-confirmed"),
    );
    if draft.cleanup == Choice::Yes {
        field(ui, t!(tr, "facts-cleanup-by"), &mut draft.cleanup_by, false);
    }
    first
}

fn learned_ui(ui: &mut Ui, draft: &mut FactsDraft, tr: &Tr) -> egui::Response {
    ui.label(theme::section_heading(t!(tr, "facts-learned")));
    let first = field(ui, t!(tr, "facts-learned-at"), &mut draft.learned_at, false);
    field(
        ui,
        t!(tr, "facts-learned-how"),
        &mut draft.learned_how,
        true,
    );
    first
}

fn report_ui(ui: &mut Ui, draft: &mut FactsDraft, tr: &Tr) -> egui::Response {
    ui.label(theme::section_heading(t!(tr, "facts-report")));
    widgets::paragraph(ui, &t!(tr, "facts-report-hint"));
    let first = ui.radio_value(
        &mut draft.report,
        Choice::Undecided,
        t!(tr, "facts-undecided"),
    );
    ui.radio_value(&mut draft.report, Choice::Yes, t!(tr, "facts-reported"));
    ui.radio_value(&mut draft.report, Choice::No, t!(tr, "facts-not-reported"));
    match draft.report {
        Choice::Yes => {
            field(ui, t!(tr, "facts-report-on"), &mut draft.report_on, false);
            field(ui, t!(tr, "facts-authority"), &mut draft.authority, false);
            field(ui, t!(tr, "facts-reference"), &mut draft.reference, false);
        }
        Choice::No => {
            field(
                ui,
                t!(tr, "facts-report-reason"),
                &mut draft.report_reason,
                true,
            );
        }
        Choice::Undecided => {}
    }
    first
}

fn patients_ui(ui: &mut Ui, draft: &mut FactsDraft, tr: &Tr) -> egui::Response {
    ui.label(theme::section_heading(t!(tr, "facts-patients")));
    let first = ui.radio_value(
        &mut draft.patients,
        Choice::Undecided,
        t!(tr, "facts-undecided"),
    );
    ui.radio_value(
        &mut draft.patients,
        Choice::Yes,
        t!(tr, "facts-patients-informed"),
    );
    ui.radio_value(
        &mut draft.patients,
        Choice::No,
        t!(tr, "facts-patients-not-informed"),
    );
    match draft.patients {
        Choice::Yes => {
            field(
                ui,
                t!(tr, "facts-patients-on"),
                &mut draft.patients_on,
                false,
            );
            field(
                ui,
                t!(tr, "facts-patients-how"),
                &mut draft.patients_how,
                true,
            );
        }
        Choice::No => {
            field(
                ui,
                t!(tr, "facts-patients-reason"),
                &mut draft.patients_reason,
                true,
            );
        }
        Choice::Undecided => {}
    }
    first
}

fn field(ui: &mut Ui, label: String, value: &mut String, multiline: bool) -> egui::Response {
    let label = ui.label(label);
    let edit = if multiline {
        egui::TextEdit::multiline(value).desired_rows(2)
    } else {
        egui::TextEdit::singleline(value)
    };
    ui.add(edit.desired_width(f32::INFINITY))
        .labelled_by(label.id)
}
