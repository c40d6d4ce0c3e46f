//! Messages that stay until the problem is gone.

use egui::{RichText, Ui};

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::messages;
use crate::record::LockHolder;
use crate::t;
use crate::workspace::{Action, StoreState, Workspace};

/// Messages that must not be missed: work not saved, another copy writing,
/// the shared folder away, trouble the worker met, a rejected playbook.
pub fn notices_ui(ui: &mut Ui, ws: &Workspace, tr: &Tr, actions: &mut Vec<Action>) {
    // Chosen despite its warning: a reminder on every screen after.
    if !ws.document().playbook_trust.origin.is_trusted() && !ws.playbook_warns() {
        widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
            widgets::paragraph(ui, &t!(tr, "playbook-unconfirmed-banner"));
        });
    }
    if let Some(problem) = ws.storage().save_problem {
        widgets::boxed(ui, theme::error_fill(ui.visuals()), |ui| {
            ui.label(RichText::new(t!(tr, "save-failed-title")).strong());
            widgets::paragraph(ui, &crate::workspace::words::save_problem(tr, problem));
            widgets::paragraph(ui, &t!(tr, "save-kept-in-memory"));
            if ui.button(t!(tr, "save-retry")).clicked() {
                actions.push(Action::Retry);
            }
        });
    }
    match &ws.storage().state {
        StoreState::Reader { holder } => {
            widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
                ui.label(RichText::new(t!(tr, "read-only-title")).strong());
                let body = t!(tr, "read-only-body", workstation = who(holder, tr));
                widgets::paragraph(ui, &body);
                if ui.button(t!(tr, "read-only-retry")).clicked() {
                    actions.push(Action::Retry);
                }
            });
        }
        StoreState::Offline { folder, known } => {
            widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
                ui.label(RichText::new(t!(tr, "store-offline-title")).strong());
                let folder = folder.display().to_string();
                let body = if *known {
                    t!(tr, "store-offline-body", folder = folder)
                } else {
                    t!(tr, "store-offline-unknown-body", folder = folder)
                };
                widgets::paragraph(ui, &body);
                if ui.button(t!(tr, "read-only-retry")).clicked() {
                    actions.push(Action::Retry);
                }
            });
        }
        _ => {}
    }
    if let Some(holder) = &ws.storage().waiting_for {
        let text = t!(tr, "store-waiting", workstation = who(holder, tr));
        ui.label(RichText::new(text).weak());
    }
    if let Some(trouble) = &ws.storage().trouble {
        widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
            ui.label(RichText::new(t!(tr, "trouble-title")).strong());
            widgets::paragraph(ui, &crate::workspace::words::trouble(tr, trouble));
            if ui.button(t!(tr, "notice-dismiss")).clicked() {
                actions.push(Action::DismissTrouble);
            }
        });
    }
    if let Some(e) = &ws.document().playbook_error {
        widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
            ui.label(RichText::new(t!(tr, "playbook-rejected-title")).strong());
            widgets::paragraph(ui, &messages::playbook_error(tr, e));
            widgets::paragraph(ui, &t!(tr, "playbook-rejected-fallback"));
            if ui.button(t!(tr, "notice-dismiss")).clicked() {
                actions.push(Action::DismissPlaybookError);
            }
        });
    }
}

/// The computer another copy runs on, as the message names it.
fn who(holder: &LockHolder, tr: &Tr) -> String {
    if holder.workstation.is_empty() {
        t!(tr, "read-only-unknown")
    } else {
        holder.workstation.clone()
    }
}
