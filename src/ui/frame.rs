//! What stands around every screen: where am I and how far (top), back,
//! next and the hotline (bottom), and messages that must not be missed.

use egui::{RichText, Ui};

use super::{Drafts, theme, widgets};
use crate::i18n::{Lang, Tr};
use crate::messages;
use crate::session::{Action, Session};
use crate::t;
use crate::wizard::Screen;

/// Centres a column of reading width in the available space.
pub fn reading_column(ui: &mut Ui, add: impl FnOnce(&mut Ui)) {
    let width = ui.available_width().min(theme::READING_WIDTH);
    let margin = ((ui.available_width() - width) / 2.0).max(0.0);
    ui.horizontal_top(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width);
            add(ui);
        });
    });
}

/// The screen's code as support staff hear it on the phone: "B-3 · Schritt 2".
pub fn screen_code(session: &Session, drafts: &Drafts, tr: &Tr) -> String {
    if session.recovery.is_some() {
        return t!(tr, "screen-recovery");
    }
    crate::support::screen_label(session, current_step(session, drafts), tr)
}

/// The step the user is at, on a task screen.
pub fn current_step(session: &Session, drafts: &Drafts) -> Option<usize> {
    let Screen::Task(id) = &session.screen else {
        return None;
    };
    let steps = session
        .plan
        .task(id)?
        .template(&session.playbook)
        .steps
        .len();
    drafts.step(&session.screen, steps)
}

/// The card that tells real support from a fraudster.
pub fn caller_card_ui(ui: &mut Ui, drafts: &mut Drafts, tr: &Tr) {
    if !drafts.panels.caller_card {
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
            drafts.panels.caller_card = false;
        }
    });
}

/// Who is who: the one name each party has in the texts.
pub fn parties_ui(ui: &mut Ui, session: &Session, drafts: &mut Drafts, tr: &Tr) {
    if !drafts.panels.parties {
        return;
    }
    let lang = tr.lang();
    widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
        ui.label(theme::section_heading(t!(tr, "parties-title")));
        for party in &session.playbook.parties {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(party.name.get(lang)).strong());
                ui.label(party.who.get(lang));
            });
        }
        if ui.button(t!(tr, "where-close")).clicked() {
            drafts.panels.parties = false;
        }
    });
}

/// The "where am I?" panel: the text to read out, and a field to jump to a code.
pub fn where_am_i_ui(
    ui: &mut Ui,
    session: &Session,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    if !drafts.panels.where_open {
        return;
    }
    widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
        ui.label(RichText::new(t!(tr, "where-title")).strong());
        let text = crate::support::where_am_i(session, current_step(session, drafts), tr);
        ui.label(RichText::new(text).size(19.0));
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let label = ui.label(t!(tr, "where-goto-label"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut drafts.goto).desired_width(120.0))
                .labelled_by(label.id);
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
                drafts.panels.where_open = false;
            }
        });
        if let Some(code) = &session.unknown_code {
            ui.label(RichText::new(t!(tr, "where-unknown", code = code.clone())).strong());
        }
        ui.add_space(6.0);
        bundle_ui(ui, session, drafts, tr, actions);
    });
}

/// "Send to support": what goes into the file, then the save dialog.
fn bundle_ui(
    ui: &mut Ui,
    session: &Session,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let Some(listing) = &drafts.bundle_listing else {
        if ui.button(t!(tr, "bundle-open")).clicked() {
            let entries = crate::bundle::contents(session, &session.log_dir(), tr);
            drafts.bundle_listing = Some(
                entries
                    .into_iter()
                    .map(|e| (e.name, e.bytes.len()))
                    .collect(),
            );
        }
        return;
    };
    ui.label(RichText::new(t!(tr, "bundle-contents")).strong());
    for (name, bytes) in listing {
        let kb = bytes.div_ceil(1024);
        ui.label(t!(tr, "bundle-entry", name = name.clone(), kb = kb));
    }
    widgets::paragraph(ui, &t!(tr, "bundle-no-secrets"));
    if ui.button(t!(tr, "bundle-save")).clicked() {
        actions.push(Action::ChooseBundleFile);
    }
    match &session.bundle {
        Some(Ok(path)) => {
            ui.label(t!(tr, "bundle-saved", file = path.display().to_string()));
        }
        Some(Err(problem)) => {
            ui.label(RichText::new(crate::messages::export_problem(tr, problem)).strong());
        }
        None => {}
    }
}

/// Top: app and practice, screen code, progress, who works, language, overview.
pub fn top_bar_ui(
    ui: &mut Ui,
    session: &Session,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(t!(tr, "app-name")).strong().size(20.0));
        let practice = session.profile().practice_name;
        if !practice.is_empty() {
            ui.label(RichText::new(practice).size(18.0));
        }
        ui.separator();
        ui.label(theme::code_text(&screen_code(session, drafts, tr)));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            settings_menu_ui(ui, session, drafts, tr, actions);
            worker_menu_ui(ui, session, drafts, tr, actions);
            if ui
                .selectable_label(drafts.panels.where_open, t!(tr, "where-button"))
                .clicked()
            {
                drafts.panels.where_open = !drafts.panels.where_open;
            }
        });
    });
    if session.demo {
        widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(t!(tr, "demo-banner")).size(16.0).strong());
                if session.can_write() && ui.button(t!(tr, "demo-reset")).clicked() {
                    actions.push(Action::ResetDemo);
                }
            });
        });
    }
    let counts = session.counts();
    if session.flow().profile_complete && counts.total > 0 {
        // The ways to the lists sit beside the progress they summarise.
        ui.horizontal(|ui| {
            if session.screen != Screen::Overview && ui.button(t!(tr, "nav-overview")).clicked() {
                actions.push(Action::Go(Screen::Overview));
            }
            if session.screen != Screen::Review && ui.button(t!(tr, "nav-review")).clicked() {
                actions.push(Action::Go(Screen::Review));
            }
            let text = messages::progress(tr, &counts);
            ui.add(
                egui::ProgressBar::new(counts.fraction())
                    .text(RichText::new(text).size(16.0))
                    .desired_height(24.0),
            );
        });
    }
    ui.add_space(4.0);
}

fn settings_menu_ui(
    ui: &mut Ui,
    session: &Session,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let lang = session.lang();
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
        remote_toggle_ui(ui, session, tr, actions);
        if !session.demo {
            ui.separator();
            shared_folder_ui(ui, session, drafts, tr, actions);
        }
    });
}

/// Where the record lives: on this computer or in a folder all share.
fn shared_folder_ui(
    ui: &mut Ui,
    session: &Session,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new(t!(tr, "shared-title")).strong());
    if let Some(folder) = &session.settings.shared_folder {
        ui.label(t!(tr, "shared-now", folder = folder.display().to_string()));
        if ui.button(t!(tr, "shared-back-local")).clicked() {
            actions.push(Action::UseSharedFolder(None));
            ui.close();
        }
        return;
    }
    widgets::paragraph(ui, &t!(tr, "shared-hint"));
    let label = ui.label(t!(tr, "shared-folder-label"));
    ui.add(egui::TextEdit::singleline(&mut drafts.shared_folder).desired_width(320.0))
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
pub fn remote_toggle_ui(ui: &mut Ui, session: &Session, tr: &Tr, actions: &mut Vec<Action>) {
    let mut on = session.settings.remote_support;
    if ui.checkbox(&mut on, t!(tr, "remote-toggle")).changed() {
        actions.push(Action::SetRemoteSupport(on));
    }
}

fn worker_menu_ui(
    ui: &mut Ui,
    session: &Session,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let current = &session.settings.worker;
    if current.is_empty() {
        return;
    }
    ui.menu_button(t!(tr, "menu-worker", name = current.clone()), |ui| {
        ui.label(t!(tr, "menu-worker-switch"));
        for person in &session.profile().staff {
            if ui
                .selectable_label(&person.name == current, &person.name)
                .clicked()
            {
                actions.push(Action::SetWorker(person.name.clone()));
                ui.close();
            }
        }
        ui.separator();
        let label = ui.label(t!(tr, "menu-worker-other"));
        ui.text_edit_singleline(&mut drafts.worker)
            .labelled_by(label.id);
        let ok = !drafts.worker.trim().is_empty();
        if ui
            .add_enabled(ok, egui::Button::new(t!(tr, "menu-worker-apply")))
            .clicked()
        {
            actions.push(Action::SetWorker(std::mem::take(&mut drafts.worker)));
            ui.close();
        }
    });
}

/// Bottom: back, next, and who to call.
pub fn bottom_bar_ui(
    ui: &mut Ui,
    session: &Session,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let flow = session.flow();
        // While a damaged record waits for a decision, only that decision counts.
        let blocked = session.recovery.is_some();
        if !blocked
            && session.screen.back(flow).is_some()
            && widgets::big_button(ui, t!(tr, "nav-back")).clicked()
        {
            actions.push(Action::Back);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let next = next_actions(session, drafts);
            let show_next = !blocked
                && (session.screen.next(session.flow()).is_some()
                    || session.screen == Screen::Profile);
            if show_next
                && widgets::primary_button(ui, next.is_some(), t!(tr, "nav-next")).clicked()
            {
                actions.extend(next.unwrap_or_default());
            }
            ui.vertical(|ui| {
                let provider = &session.playbook.provider;
                let name = provider.name.get(tr.lang());
                let how = if provider.hotline.is_empty() {
                    let contact = session.profile().it_contact;
                    if contact.is_empty() {
                        provider.hours.get(tr.lang()).to_owned()
                    } else {
                        contact
                    }
                } else {
                    format!("{} ({})", provider.hotline, provider.hours.get(tr.lang()))
                };
                ui.horizontal(|ui| {
                    ui.label(RichText::new(t!(tr, "help-line", provider = name)).strong());
                    if ui
                        .selectable_label(drafts.panels.caller_card, t!(tr, "caller-check"))
                        .clicked()
                    {
                        drafts.panels.caller_card = !drafts.panels.caller_card;
                    }
                    if !session.playbook.parties.is_empty()
                        && ui
                            .selectable_label(drafts.panels.parties, t!(tr, "parties-button"))
                            .clicked()
                    {
                        drafts.panels.parties = !drafts.panels.parties;
                    }
                });
                ui.add(egui::Label::new(RichText::new(how).size(15.0)).wrap());
            });
        });
    });
    ui.add_space(8.0);
}

/// What "next" does on this screen, or `None` while it is not possible.
fn next_actions(session: &Session, drafts: &Drafts) -> Option<Vec<Action>> {
    // Nobody starts without a name: every event says who did it.
    if session.screen == Screen::Welcome {
        let name = drafts.worker.trim();
        if name.is_empty() {
            return None;
        }
        return Some(vec![Action::SetWorker(name.to_owned()), Action::Next]);
    }
    if session.screen == Screen::Profile {
        let draft = drafts.profile.as_ref()?;
        if !draft.is_complete() {
            return None;
        }
        let mut actions = Vec::new();
        if session.record.profile() != Some(draft) {
            actions.push(Action::SaveProfile(draft.clone()));
        }
        actions.push(Action::Go(Screen::Plan));
        return Some(actions);
    }
    session.screen.next(session.flow())?;
    Some(vec![Action::Next])
}

/// Messages that stay until the problem is gone: work not saved, another
/// copy writing, a rejected playbook.
pub fn notices_ui(ui: &mut Ui, session: &Session, tr: &Tr, actions: &mut Vec<Action>) {
    if let Some(problem) = session.save_problem {
        widgets::boxed(ui, theme::error_fill(ui.visuals()), |ui| {
            ui.label(RichText::new(t!(tr, "save-failed-title")).strong());
            widgets::paragraph(ui, &messages::save_problem(tr, problem));
            widgets::paragraph(ui, &t!(tr, "save-kept-in-memory"));
            if ui.button(t!(tr, "save-retry")).clicked() {
                actions.push(Action::Retry);
            }
        });
    }
    if let Some(holder) = &session.other_writer {
        widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
            let who = if holder.workstation.is_empty() {
                t!(tr, "read-only-unknown")
            } else {
                holder.workstation.clone()
            };
            ui.label(RichText::new(t!(tr, "read-only-title")).strong());
            widgets::paragraph(ui, &t!(tr, "read-only-body", workstation = who));
            if ui.button(t!(tr, "read-only-retry")).clicked() {
                actions.push(Action::Retry);
            }
        });
    }
    if let Some(e) = &session.playbook_error {
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
