//! The facts about the incident and the decisions the practice owner records.

use egui::{RichText, Ui};

use super::drafts::{Choice, FactsDraft};
use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::session::{Action, Session};
use crate::t;
use crate::wizard::Screen;

/// The facts form.
pub fn facts_ui(
    ui: &mut Ui,
    session: &Session,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let draft = drafts.facts.get_or_insert_with(|| {
        FactsDraft::from_facts(&session.record.facts().cloned().unwrap_or_default())
    });
    ui.heading(t!(tr, "facts-title"));
    widgets::paragraph(ui, &t!(tr, "facts-intro"));
    ui.add_space(theme::SECTION_GAP);

    ui.label(theme::section_heading(t!(tr, "facts-learned")));
    field(ui, t!(tr, "facts-learned-at"), &mut draft.learned_at, false);
    field(
        ui,
        t!(tr, "facts-learned-how"),
        &mut draft.learned_how,
        true,
    );
    ui.add_space(theme::SECTION_GAP);

    ui.label(theme::section_heading(t!(tr, "facts-report")));
    widgets::paragraph(ui, &t!(tr, "facts-report-hint"));
    ui.radio_value(
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
        Choice::No => field(
            ui,
            t!(tr, "facts-report-reason"),
            &mut draft.report_reason,
            true,
        ),
        Choice::Undecided => {}
    }
    ui.add_space(theme::SECTION_GAP);

    ui.label(theme::section_heading(t!(tr, "facts-patients")));
    ui.radio_value(
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
        Choice::No => field(
            ui,
            t!(tr, "facts-patients-reason"),
            &mut draft.patients_reason,
            true,
        ),
        Choice::Undecided => {}
    }
    ui.add_space(theme::SECTION_GAP);

    let facts = draft.to_facts();
    if facts.is_none() {
        ui.label(RichText::new(t!(tr, "facts-bad-date")).strong());
    }
    let can_save = facts.is_some() && session.can_write();
    if widgets::primary_button(ui, can_save, t!(tr, "facts-save")).clicked()
        && let Some(facts) = facts
    {
        actions.push(Action::SaveFacts(facts));
        actions.push(Action::Go(Screen::Review));
        drafts.facts = None;
    }
}

fn field(ui: &mut Ui, label: String, value: &mut String, multiline: bool) {
    let label = ui.label(label);
    let edit = if multiline {
        egui::TextEdit::multiline(value).desired_rows(2)
    } else {
        egui::TextEdit::singleline(value)
    };
    ui.add(edit.desired_width(f32::INFINITY))
        .labelled_by(label.id);
}
