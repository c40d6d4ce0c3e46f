//! Welcome: language, who is working now, and start or carry on.

use egui::{RichText, Ui};

use super::{Drafts, theme, widgets};
use crate::i18n::{Lang, Tr};
use crate::settings::Worker;
use crate::t;
use crate::workspace::{Action, Workspace};

/// The first screen.
pub fn welcome_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    ui.heading(t!(tr, "welcome-title"));
    widgets::paragraph(ui, &t!(tr, "welcome-intro"));
    widgets::paragraph(ui, ws.document().playbook.incident.title.get(tr.lang()));
    if let crate::record::PlaybookOrigin::Signed { signer } = &ws.document().playbook_trust.origin {
        let provider = ws
            .document()
            .playbook
            .provider
            .name
            .get(tr.lang())
            .to_owned();
        let signed = t!(
            tr,
            "playbook-signed-by",
            provider = provider,
            signer = signer.clone()
        );
        widgets::paragraph(ui, &signed);
    }
    ui.add_space(theme::SECTION_GAP);

    ui.label(theme::section_heading(t!(tr, "welcome-language")));
    ui.horizontal(|ui| {
        for lang in Lang::ALL {
            let text = RichText::new(lang.native_name()).size(theme::size::BUTTON);
            let button = egui::Button::selectable(ws.lang() == lang, text).min_size(egui::vec2(
                theme::LANGUAGE_BUTTON_WIDTH,
                theme::BUTTON_HEIGHT,
            ));
            if ui.add(button).clicked() {
                actions.push(Action::SetLanguage(lang));
            }
        }
    });
    ui.add_space(theme::SECTION_GAP);

    ui.label(theme::section_heading(t!(tr, "welcome-who")));
    let staff = &ws.profile().staff;
    if !staff.is_empty() {
        widgets::paragraph(ui, &t!(tr, "welcome-who-known"));
        ui.horizontal_wrapped(|ui| {
            for person in staff {
                let chosen = drafts.worker.trim() == person.name;
                if ui.selectable_label(chosen, &person.name).clicked() {
                    drafts.worker.clone_from(&person.name);
                }
            }
        });
    }
    if drafts.worker.is_empty()
        && let Some(worker) = &ws.computer().settings.worker
    {
        worker.name().clone_into(&mut drafts.worker);
    }
    let label = ui.label(t!(tr, "welcome-name-label"));
    let field = egui::TextEdit::singleline(&mut drafts.worker)
        .desired_width(theme::FIELD_WIDE)
        .font(egui::TextStyle::Body);
    let field = ui.add(field).labelled_by(label.id);
    // A name typed right after the start goes into the field.
    if drafts.take_focus() {
        field.request_focus();
    }
    ui.add_space(theme::SECTION_GAP);

    let worker = Worker::named(&drafts.worker);
    let name_given = worker.is_some();
    let start = t!(tr, "welcome-start");
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if (widgets::primary_button(ui, name_given, start).clicked() || enter)
        && let Some(worker) = worker
    {
        actions.push(Action::Start(worker.to_string()));
    }
    if !name_given {
        ui.label(RichText::new(t!(tr, "welcome-name-needed")).weak());
    }
}
