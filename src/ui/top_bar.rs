//! The top bar: app and practice, the screen's code, progress, who works,
//! and the ways to the lists and the settings.

use egui::{RichText, Ui};

use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::messages;
use crate::t;
use crate::wizard::Screen;
use crate::workspace::{Action, Workspace};

/// The screen's code as support staff hear it on the phone: "B-3 · Schritt 2".
pub fn screen_code(ws: &Workspace, drafts: &Drafts, tr: &Tr) -> String {
    if ws.recovery.is_some() {
        return t!(tr, "screen-recovery");
    }
    crate::support::screen_label(ws, current_step(ws, drafts), tr)
}

/// The step the user is at, on a task screen.
pub fn current_step(ws: &Workspace, drafts: &Drafts) -> Option<usize> {
    let Screen::Task(id) = &ws.screen else {
        return None;
    };
    let steps = ws.plan.task(id)?.template(&ws.playbook).steps.len();
    drafts.step(&ws.screen, steps)
}

/// Top: app and practice, screen code, progress, who works, language, overview.
pub fn top_bar_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    ui.add_space(theme::GAP_SMALL);
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(t!(tr, "app-name"))
                .strong()
                .size(theme::size::APP_NAME),
        );
        let practice = &ws.profile().practice_name;
        if !practice.is_empty() {
            ui.label(RichText::new(practice).size(theme::size::NAME));
        }
        ui.separator();
        ui.label(theme::code_text(&screen_code(ws, drafts, tr)));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            super::settings_menu::settings_menu_ui(ui, ws, drafts, tr, actions);
            worker_menu_ui(ui, ws, drafts, tr, actions);
            if ui
                .selectable_label(drafts.panels.where_open, t!(tr, "where-button"))
                .clicked()
            {
                drafts.panels.where_open = !drafts.panels.where_open;
            }
        });
    });
    if ws.demo {
        widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(t!(tr, "demo-banner"))
                        .size(theme::size::BANNER)
                        .strong(),
                );
                if ws.can_write() && ui.button(t!(tr, "demo-reset")).clicked() {
                    actions.push(Action::ResetDemo);
                }
            });
        });
    }
    let counts = ws.counts();
    if ws.flow().profile_complete && counts.total > 0 {
        // The ways to the lists sit beside the progress they summarise.
        ui.horizontal(|ui| {
            if ws.screen != Screen::Overview && ui.button(t!(tr, "nav-overview")).clicked() {
                actions.push(Action::Go(Screen::Overview));
            }
            if ws.screen != Screen::Review && ui.button(t!(tr, "nav-review")).clicked() {
                actions.push(Action::Go(Screen::Review));
            }
            let text = messages::progress(tr, &counts);
            ui.add(
                egui::ProgressBar::new(counts.fraction())
                    .text(RichText::new(text).size(theme::size::BANNER))
                    .desired_height(theme::PROGRESS_HEIGHT),
            );
        });
    }
    ui.add_space(theme::GAP_TIGHT);
}

fn worker_menu_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let current = &ws.settings.worker;
    if current.is_empty() {
        return;
    }
    ui.menu_button(t!(tr, "menu-worker", name = current.clone()), |ui| {
        ui.label(t!(tr, "menu-worker-switch"));
        for person in &ws.profile().staff {
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
