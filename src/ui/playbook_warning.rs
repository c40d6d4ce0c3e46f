//! A playbook nobody vouches for: who it claims to be from, why that is not
//! enough after a breach, whom to call, and a deliberate, named choice.

use egui::{RichText, Ui};

use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::record::PlaybookOrigin;
use crate::t;
use crate::workspace::{Action, Workspace, one_person};

/// Shown instead of any screen until someone chooses the playbook.
pub fn playbook_warning_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let provider = ws
        .document()
        .playbook
        .provider
        .name
        .get(tr.lang())
        .to_owned();
    ui.heading(t!(tr, "playbook-warning-title"));
    widgets::boxed(ui, theme::error_fill(ui.visuals()), |ui| {
        let why = match ws.document().playbook_trust.origin {
            PlaybookOrigin::NotConfirmed => {
                t!(
                    tr,
                    "playbook-warning-not-confirmed",
                    provider = provider.clone()
                )
            }
            _ => t!(tr, "playbook-warning-unsigned", provider = provider.clone()),
        };
        widgets::paragraph(ui, &why);
        widgets::paragraph(ui, &t!(tr, "playbook-warning-never"));
    });
    ui.add_space(theme::GAP);
    // Whoever already acted on it needs this before anything else.
    widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
        widgets::paragraph(ui, &t!(tr, "playbook-warning-already"));
    });
    ui.add_space(theme::GAP);
    widgets::paragraph(ui, &t!(tr, "playbook-warning-attackers"));
    ui.add_space(theme::SECTION_GAP);
    ui.label(theme::section_heading(t!(tr, "playbook-warning-now")));
    widgets::paragraph(ui, &t!(tr, "playbook-warning-call"));
    widgets::paragraph(ui, &t!(tr, "playbook-warning-checksum"));
    ui.label(RichText::new(grouped(&ws.document().playbook_trust.sha256)).monospace());
    widgets::paragraph(ui, &t!(tr, "playbook-warning-if-not"));
    if widgets::big_button(ui, t!(tr, "playbook-warning-built-in")).clicked() {
        actions.push(Action::UseBuiltInPlaybook);
    }
    ui.add_space(theme::GAP);
    widgets::paragraph(ui, &t!(tr, "playbook-warning-mail"));
    ui.add_space(theme::SECTION_GAP);

    ui.label(theme::section_heading(t!(
        tr,
        "playbook-warning-confirmed-heading"
    )));
    ui.checkbox(
        &mut drafts.playbook_choice.confirmed,
        t!(tr, "playbook-warning-confirmed"),
    );
    let label = ui.label(t!(tr, "playbook-warning-confirmer"));
    let field = egui::TextEdit::singleline(&mut drafts.playbook_choice.confirmer)
        .desired_width(theme::FIELD_WIDE)
        .font(egui::TextStyle::Body);
    ui.add(field).labelled_by(label.id);
    // Left empty on purpose: whoever decides names themselves, not the
    // colleague who worked here last.
    let label = ui.label(t!(tr, "playbook-warning-name"));
    let field = egui::TextEdit::singleline(&mut drafts.playbook_choice.name)
        .desired_width(theme::FIELD_WIDE)
        .font(egui::TextStyle::Body);
    ui.add(field).labelled_by(label.id);
    let choice = &drafts.playbook_choice;
    let same = one_person(&choice.name, &choice.confirmer);
    if same {
        ui.label(RichText::new(t!(tr, "playbook-warning-same-name")).strong());
    }
    widgets::paragraph(ui, &t!(tr, "playbook-warning-recorded"));
    let ready = choice.confirmed
        && !same
        && !choice.name.trim().is_empty()
        && !choice.confirmer.trim().is_empty();
    if widgets::primary_button(ui, ready, t!(tr, "playbook-warning-use")).clicked() {
        actions.push(Action::UseUntrustedPlaybook {
            name: choice.name.trim().to_owned(),
            confirmed_by: choice.confirmer.trim().to_owned(),
        });
    }
}

/// A checksum in groups of eight, so it can be read out and compared.
fn grouped(hex: &str) -> String {
    hex.as_bytes()
        .chunks(8)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}
