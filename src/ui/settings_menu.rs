//! The settings menu: language, remote support, where the record lives.

use egui::{RichText, Ui};

use super::{Drafts, theme, widgets};
use crate::i18n::{Lang, Tr};
use crate::t;
use crate::workspace::{Action, Workspace};

/// The menu behind "Einstellungen".
pub fn settings_menu_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let lang = ws.lang();
    ui.menu_button(t!(tr, "menu-settings"), |ui| {
        ui.label(t!(tr, "menu-language", language = lang.native_name()));
        for choice in Lang::ALL {
            if ui
                .selectable_label(choice == lang, choice.native_name())
                .clicked()
            {
                actions.push(Action::SetLanguage(choice));
                ui.close();
            }
        }
        ui.separator();
        remote_toggle_ui(ui, ws, tr, actions);
        if ui.button(t!(tr, "about-open")).clicked() {
            actions.push(Action::Go(crate::wizard::Screen::About));
            ui.close();
        }
        if !ws.computer().demo {
            ui.separator();
            shared_folder_ui(ui, ws, drafts, tr, actions);
        }
    });
}

/// Where the record lives: on this computer or in a folder all share.
fn shared_folder_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new(t!(tr, "shared-title")).strong());
    if let Some(folder) = &ws.computer().settings.shared_folder {
        ui.label(t!(tr, "shared-now", folder = folder.display().to_string()));
        if ui.button(t!(tr, "shared-back-local")).clicked() {
            actions.push(Action::UseSharedFolder(None));
            ui.close();
        }
        return;
    }
    widgets::paragraph(ui, &t!(tr, "shared-hint"));
    let label = ui.label(t!(tr, "shared-folder-label"));
    ui.add(egui::TextEdit::singleline(&mut drafts.shared_folder).desired_width(theme::FIELD_WIDE))
        .labelled_by(label.id);
    let given = !drafts.shared_folder.trim().is_empty();
    if ui
        .add_enabled(given, egui::Button::new(t!(tr, "shared-use")))
        .clicked()
    {
        let folder = std::path::PathBuf::from(drafts.shared_folder.trim());
        actions.push(Action::UseSharedFolder(Some(folder)));
        ui.close();
    }
}

/// The switch for remote support, which hides every password on screen.
pub fn remote_toggle_ui(ui: &mut Ui, ws: &Workspace, tr: &Tr, actions: &mut Vec<Action>) {
    let mut on = ws.computer().settings.remote_support;
    if ui.checkbox(&mut on, t!(tr, "remote-toggle")).changed() {
        actions.push(Action::SetRemoteSupport(on));
    }
}
