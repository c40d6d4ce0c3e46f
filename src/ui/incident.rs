//! The incident explained, one short page at a time.

use egui::{RichText, Ui};

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::playbook::Playbook;
use crate::t;

/// One page of the incident explanation.
pub fn incident_ui(ui: &mut Ui, playbook: &Playbook, page: usize, tr: &Tr) {
    let lang = tr.lang();
    let pages = &playbook.incident.pages;
    let Some(p) = pages.get(page) else {
        return;
    };
    ui.label(RichText::new(playbook.incident.title.get(lang)).weak());
    ui.heading(p.title.get(lang));
    ui.label(t!(
        tr,
        "incident-page",
        page = (page + 1),
        pages = pages.len()
    ));
    ui.add_space(theme::GAP);
    for paragraph in &p.paragraphs {
        widgets::paragraph(ui, paragraph.get(lang));
    }
    if !p.stop_if.is_empty() {
        ui.add_space(theme::SECTION_GAP);
        widgets::boxed(ui, theme::error_fill(ui.visuals()), |ui| {
            ui.label(theme::section_heading(t!(tr, "incident-stop-title")));
            for sign in &p.stop_if {
                widgets::paragraph(ui, &format!("–  {}", sign.get(lang)));
            }
            ui.label(RichText::new(t!(tr, "incident-stop-then")).strong());
        });
    }
    if !p.dos.is_empty() {
        ui.add_space(theme::SECTION_GAP);
        widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
            ui.label(theme::section_heading(t!(tr, "incident-do")));
            for item in &p.dos {
                widgets::paragraph(ui, &format!("+  {}", item.get(lang)));
            }
        });
    }
    if !p.donts.is_empty() {
        ui.add_space(theme::GAP);
        widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
            ui.label(theme::section_heading(t!(tr, "incident-dont")));
            for item in &p.donts {
                widgets::paragraph(ui, &format!("–  {}", item.get(lang)));
            }
        });
    }
}
