//! "Where am I?": the words to read out on the phone, going to a code
//! support names, and the file for support.

use egui::{RichText, Ui};

use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::t;
use crate::workspace::{Action, Export, ExportOutcome, FileKind, Workspace};

/// The "where am I?" panel: the text to read out, and a field to jump to a code.
pub fn where_am_i_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    if !drafts.view.panels.where_open {
        return;
    }
    widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
        ui.label(RichText::new(t!(tr, "where-title")).strong());
        let step = super::top_bar::current_step(ws, drafts);
        let text = crate::support::where_am_i(ws, step, tr);
        ui.label(RichText::new(text).size(theme::size::BUTTON));
        ui.add_space(theme::GAP_SMALL);
        // Wraps, so the card fits the side panel.
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t!(tr, "where-goto-label"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut drafts.goto).desired_width(theme::FIELD_CODE))
                .labelled_by(label.id)
                .on_hover_text(t!(tr, "shortcut-goto"));
            if std::mem::take(&mut drafts.view.focus.goto) {
                field.request_focus();
            }
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let given = !drafts.goto.trim().is_empty();
            if (ui
                .add_enabled(given, egui::Button::new(t!(tr, "where-goto")))
                .clicked()
                || enter)
                && given
            {
                actions.push(Action::GoToCode(std::mem::take(&mut drafts.goto)));
            }
            if ui.button(t!(tr, "where-close")).clicked() {
                drafts.view.panels.where_open = false;
                drafts.view.bundle_asked = false;
            }
        });
        if let Some(code) = &ws.place().unknown_code {
            ui.label(RichText::new(t!(tr, "where-unknown", code = code.clone())).strong());
        }
        ui.add_space(theme::GAP_SMALL);
        ui.label(RichText::new(t!(tr, "where-keys-title")).strong());
        widgets::paragraph(ui, &t!(tr, "where-keys"));
        ui.add_space(theme::GAP_SMALL);
        bundle_ui(ui, ws, drafts, tr, actions);
    });
}

/// "Send to support": what goes into the file, then the save dialog.
fn bundle_ui(ui: &mut Ui, ws: &Workspace, drafts: &mut Drafts, tr: &Tr, actions: &mut Vec<Action>) {
    if !drafts.view.bundle_asked {
        if ui.button(t!(tr, "bundle-open")).clicked() {
            drafts.view.bundle_asked = true;
            actions.push(Action::ListBundle);
        }
        return;
    }
    // The logs are read by the worker, not in the frame.
    let Some(listing) = ws.bundle_listing() else {
        ui.label(RichText::new(t!(tr, "bundle-listing")).weak());
        return;
    };
    ui.label(RichText::new(t!(tr, "bundle-contents")).strong());
    for (name, bytes) in listing {
        let kb = bytes.div_ceil(1024);
        ui.label(t!(tr, "bundle-entry", name = name.clone(), kb = kb));
    }
    widgets::paragraph(ui, &t!(tr, "bundle-no-secrets"));
    let saving = matches!(ws.exported(FileKind::Bundle), Some(Export::Running(_)));
    if ui
        .add_enabled(!saving, egui::Button::new(t!(tr, "bundle-save")))
        .clicked()
    {
        actions.push(Action::ChooseFile(FileKind::Bundle));
    }
    match ws.exported(FileKind::Bundle) {
        Some(Export::Running(_)) => {
            ui.label(RichText::new(t!(tr, "bundle-saving")).weak());
        }
        Some(Export::Done(ExportOutcome::Written { path, .. })) => {
            ui.label(t!(tr, "bundle-saved", file = path.display().to_string()));
        }
        Some(Export::Done(ExportOutcome::Failed { problem, .. })) => {
            ui.label(RichText::new(crate::workspace::words::export_problem(tr, *problem)).strong());
        }
        None => {}
    }
}
