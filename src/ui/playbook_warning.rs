//! A playbook nobody vouches for: who it claims to be from, why that is not
//! enough after a breach, whom to call, and a deliberate, named choice.

use egui::{RichText, Ui};

use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::record::PlaybookOrigin;
use crate::t;
use crate::workspace::{Action, Workspace};

/// Shown instead of any screen until someone chooses the playbook.
pub fn playbook_warning_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let provider = ws.playbook.provider.name.get(tr.lang()).to_owned();
    ui.heading(t!(tr, "playbook-warning-title"));
    widgets::boxed(ui, theme::error_fill(ui.visuals()), |ui| {
        let why = match ws.playbook_trust.origin {
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
    });
    ui.add_space(theme::GAP);
    widgets::paragraph(ui, &t!(tr, "playbook-warning-attackers"));
    ui.add_space(theme::SECTION_GAP);
    ui.label(theme::section_heading(t!(tr, "playbook-warning-now")));
    widgets::paragraph(ui, &t!(tr, "playbook-warning-call"));
    widgets::paragraph(ui, &t!(tr, "playbook-warning-checksum"));
    ui.label(RichText::new(grouped(&ws.playbook_trust.sha256)).monospace());
    widgets::paragraph(ui, &t!(tr, "playbook-warning-if-not"));
    ui.add_space(theme::SECTION_GAP);

    ui.label(theme::section_heading(t!(
        tr,
        "playbook-warning-confirmed-heading"
    )));
    ui.checkbox(
        &mut drafts.playbook_choice.confirmed,
        t!(tr, "playbook-warning-confirmed", provider = provider),
    );
    if drafts.worker.is_empty() && !ws.settings.worker.is_empty() {
        drafts.worker.clone_from(&ws.settings.worker);
    }
    let label = ui.label(t!(tr, "playbook-warning-name"));
    let field = egui::TextEdit::singleline(&mut drafts.worker)
        .desired_width(theme::FIELD_WIDE)
        .font(egui::TextStyle::Body);
    ui.add(field).labelled_by(label.id);
    widgets::paragraph(ui, &t!(tr, "playbook-warning-recorded"));
    let ready = drafts.playbook_choice.confirmed && !drafts.worker.trim().is_empty();
    if widgets::primary_button(ui, ready, t!(tr, "playbook-warning-use")).clicked() {
        actions.push(Action::UseUntrustedPlaybook {
            name: drafts.worker.trim().to_owned(),
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
