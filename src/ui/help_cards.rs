//! Cards of help that any screen can open: how to tell real helpers from
//! fraudsters, and who is who.

use egui::{RichText, Ui};

use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::t;
use crate::workspace::Workspace;

/// Who to call, as a card in the page: on a short window the bottom bar
/// has no room for it.
pub fn hotline_ui(ui: &mut Ui, ws: &Workspace, drafts: &mut Drafts, tr: &Tr) {
    if !drafts.view.panels.hotline {
        return;
    }
    widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
        super::bottom_bar::help_line_ui(ui, ws, drafts, tr);
        if ui.button(t!(tr, "where-close")).clicked() {
            drafts.view.panels.hotline = false;
        }
    });
}

/// The card that tells real support from a fraudster.
pub fn caller_card_ui(ui: &mut Ui, drafts: &mut Drafts, tr: &Tr) {
    if !drafts.view.panels.caller_card {
        return;
    }
    widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
        ui.label(theme::section_heading(t!(tr, "caller-check-title")));
        for line in [
            t!(tr, "caller-check-1"),
            t!(tr, "caller-check-2"),
            t!(tr, "caller-check-3"),
            t!(tr, "caller-check-4"),
        ] {
            widgets::paragraph(ui, &format!("–  {line}"));
        }
        if ui.button(t!(tr, "where-close")).clicked() {
            drafts.view.panels.caller_card = false;
        }
    });
}

/// Who is who: the one name each party has in the texts.
pub fn parties_ui(ui: &mut Ui, ws: &Workspace, drafts: &mut Drafts, tr: &Tr) {
    if !drafts.view.panels.parties {
        return;
    }
    let lang = tr.lang();
    widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
        ui.label(theme::section_heading(t!(tr, "parties-title")));
        for party in &ws.document().playbook.parties {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(party.name.get(lang)).strong());
                ui.label(party.who.get(lang));
            });
        }
        if ui.button(t!(tr, "where-close")).clicked() {
            drafts.view.panels.parties = false;
        }
    });
}
