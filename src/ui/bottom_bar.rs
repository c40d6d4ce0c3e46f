//! The bottom bar: back, next, and who to call.

use egui::{RichText, Ui};

use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::settings::Worker;
use crate::t;
use crate::wizard::Screen;
use crate::workspace::{Action, StoreState, Workspace};

/// Bottom: back, next, and who to call.
pub fn bottom_bar_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    ui.add_space(theme::GAP);
    let narrow = ui.available_width() < theme::NARROW_WIDTH;
    let compact = drafts.view.compact;
    ui.horizontal(|ui| {
        if can_go_back(ws)
            && widgets::big_button(ui, t!(tr, "nav-back"))
                .on_hover_text(t!(tr, "shortcut-back"))
                .clicked()
        {
            actions.push(Action::Back);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let next = next_action(ws, drafts);
            if shows_next(ws)
                && widgets::primary_button(ui, next.is_some(), t!(tr, "nav-next"))
                    .on_hover_text(t!(tr, "shortcut-next"))
                    .clicked()
                && let Some(next) = next
            {
                actions.push(next);
            }
            if compact {
                // Who to call opens as a card in the page.
                let label = t!(tr, "help-button");
                if ui
                    .selectable_label(drafts.view.panels.hotline, label)
                    .clicked()
                {
                    drafts.view.panels.hotline = !drafts.view.panels.hotline;
                    drafts.view.panels.reveal = drafts.view.panels.hotline;
                }
            } else if !narrow {
                ui.vertical(|ui| help_line_ui(ui, ws, drafts, tr));
            }
        });
    });
    if narrow && !compact {
        help_line_ui(ui, ws, drafts, tr);
    }
    ui.add_space(theme::GAP);
}

/// Who to call, how to tell them from a fraudster, and who is who.
pub fn help_line_ui(ui: &mut Ui, ws: &Workspace, drafts: &mut Drafts, tr: &Tr) {
    let provider = &ws.document().playbook.provider;
    let name = whom_to_call(ws, tr);
    let how = if provider.hotline.is_empty() {
        let contact = &ws.profile().it_contact;
        if contact.is_empty() {
            provider.hours.get(tr.lang()).to_owned()
        } else {
            contact.clone()
        }
    } else {
        format!("{} ({})", provider.hotline, provider.hours.get(tr.lang()))
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(t!(tr, "help-line", provider = name)).strong());
        if ui
            .selectable_label(drafts.view.panels.caller_card, t!(tr, "caller-check"))
            .clicked()
        {
            drafts.view.panels.caller_card = !drafts.view.panels.caller_card;
            drafts.view.panels.reveal = drafts.view.panels.caller_card;
        }
        if !ws.document().playbook.parties.is_empty()
            && !ws.playbook_warns()
            && ui
                .selectable_label(drafts.view.panels.parties, t!(tr, "parties-button"))
                .clicked()
        {
            drafts.view.panels.parties = !drafts.view.panels.parties;
            drafts.view.panels.reveal = drafts.view.panels.parties;
        }
    });
    ui.add(egui::Label::new(RichText::new(how).size(theme::size::NOTE)).wrap());
}

/// Whom the help line and a task's help box name: the playbook's provider,
/// or "your IT support company" for a playbook nobody vouches for, which
/// does not get to say whom to call.
pub fn whom_to_call(ws: &Workspace, tr: &Tr) -> String {
    if ws.document().playbook_trust.origin.is_trusted() {
        ws.document()
            .playbook
            .provider
            .name
            .get(tr.lang())
            .to_owned()
    } else {
        t!(tr, "help-line-your-it")
    }
}

/// While a damaged record waits for a decision, or the record is still
/// being opened, neither back nor next leads anywhere.
fn blocked(ws: &Workspace) -> bool {
    ws.storage().recovery.is_some()
        || ws.storage().state == StoreState::Opening
        || ws.playbook_warns()
}

/// Whether "back" is offered (its button, Alt+left).
pub fn can_go_back(ws: &Workspace) -> bool {
    !blocked(ws) && ws.place().screen.back(ws.flow()).is_some()
}

/// Whether "next" is shown on this screen, enabled or not.
fn shows_next(ws: &Workspace) -> bool {
    !blocked(ws)
        && (ws.place().screen.next(ws.flow()).is_some() || ws.place().screen == Screen::Profile)
}

/// What "next" does now (its button, Alt+right), or `None`.
pub fn next_now(ws: &Workspace, drafts: &Drafts) -> Option<Action> {
    if shows_next(ws) {
        next_action(ws, drafts)
    } else {
        None
    }
}

/// What "next" means on this screen, or `None` while it is not possible
/// (the button is then greyed out).
fn next_action(ws: &Workspace, drafts: &Drafts) -> Option<Action> {
    match ws.place().screen {
        Screen::Welcome => Worker::named(&drafts.worker).map(|w| Action::Start(w.to_string())),
        Screen::Profile => {
            let draft = drafts
                .profile_form
                .edited
                .as_ref()
                .filter(|d| d.is_complete())?;
            Some(Action::ConfirmProfile {
                base: drafts.profile_form.base.clone(),
                profile: draft.clone(),
            })
        }
        _ => ws.place().screen.next(ws.flow()).map(|_| Action::Next),
    }
}
