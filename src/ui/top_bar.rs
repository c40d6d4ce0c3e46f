//! The top bar: app and practice, the screen's code, progress, who works,
//! and the ways to the lists and the settings.

use egui::{RichText, Ui};

use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::messages;
use crate::settings::Worker;
use crate::t;
use crate::wizard::Screen;
use crate::workspace::{Action, Workspace};

/// The screen's code as support staff hear it on the phone: "B-3 · Schritt 2".
pub fn screen_code(ws: &Workspace, drafts: &Drafts, tr: &Tr) -> String {
    if ws.storage().recovery.is_some() {
        return t!(tr, "screen-recovery");
    }
    if ws.playbook_warns() {
        return t!(tr, "screen-playbook-warning");
    }
    crate::support::screen_label(ws, current_step(ws, drafts), tr)
}

/// The step the user is at, on a task screen.
pub fn current_step(ws: &Workspace, drafts: &Drafts) -> Option<usize> {
    let Screen::Task(id) = &ws.place().screen else {
        return None;
    };
    let steps = ws
        .document()
        .plan
        .task(id)?
        .steps(&ws.document().playbook)
        .len();
    drafts.step(&ws.place().screen, steps)
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
    // A narrow window (a small screen, large text) stacks the bar's parts
    // instead of letting them run into each other.
    let narrow = ui.available_width() < theme::NARROW_WIDTH;
    let code = screen_code(ws, drafts, tr);
    let compact = drafts.view.compact;
    let title = |ui: &mut Ui| {
        // On a short window the window's title already names the app.
        if !compact {
            ui.label(
                RichText::new(t!(tr, "app-name"))
                    .strong()
                    .size(theme::size::APP_NAME),
            );
        }
        let practice = &ws.profile().practice_name;
        if !practice.is_empty() {
            ui.label(RichText::new(practice).size(theme::size::NAME));
        }
        ui.separator();
        ui.label(theme::code_text(&code));
    };
    if narrow || drafts.view.compact {
        // One flow that wraps where the window ends.
        ui.horizontal_wrapped(|ui| {
            title(ui);
            if ws.computer().demo && drafts.view.compact {
                // The banner does not fit; its words and the reset open
                // from the short chip instead.
                let chip = RichText::new(t!(tr, "demo-banner-short"))
                    .strong()
                    .background_color(theme::info_fill(ui.visuals()));
                ui.menu_button(chip, |ui| {
                    ui.label(t!(tr, "demo-banner"));
                    if ws.can_write() && ui.button(t!(tr, "demo-reset")).clicked() {
                        actions.push(Action::ResetDemo);
                        ui.close();
                    }
                });
            }
            where_button_ui(ui, drafts, tr);
            worker_menu_ui(ui, ws, drafts, tr, actions);
            super::settings_menu::settings_menu_ui(ui, ws, drafts, tr, actions);
        });
    } else {
        ui.horizontal(|ui| {
            title(ui);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                super::settings_menu::settings_menu_ui(ui, ws, drafts, tr, actions);
                worker_menu_ui(ui, ws, drafts, tr, actions);
                where_button_ui(ui, drafts, tr);
            });
        });
    }
    if ws.computer().demo && !drafts.view.compact {
        widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
            ui.horizontal_wrapped(|ui| {
                let banner = if narrow {
                    t!(tr, "demo-banner-short")
                } else {
                    t!(tr, "demo-banner")
                };
                ui.label(RichText::new(banner).size(theme::size::BANNER).strong());
                if ws.can_write() && ui.button(t!(tr, "demo-reset")).clicked() {
                    actions.push(Action::ResetDemo);
                }
            });
        });
    }
    let counts = ws.counts();
    if ws.flow().profile_complete && counts.total > 0 {
        // The ways to the lists sit beside the progress they summarise.
        ui.horizontal_wrapped(|ui| {
            if ws.place().screen != Screen::Overview && ui.button(t!(tr, "nav-overview")).clicked()
            {
                actions.push(Action::Go(Screen::Overview));
            }
            if ws.place().screen != Screen::Review && ui.button(t!(tr, "nav-review")).clicked() {
                actions.push(Action::Go(Screen::Review));
            }
            let text = messages::progress(tr, &counts);
            let bar = ui.add(
                egui::ProgressBar::new(counts.fraction())
                    .text(RichText::new(text.clone()).size(theme::size::BANNER))
                    .desired_height(theme::PROGRESS_HEIGHT),
            );
            // egui's bar has no value for assistive technology, so Orca said
            // "0 percent"; the count and its words are the value.
            ui.ctx().accesskit_node_builder(bar.id, |node| {
                #[expect(clippy::cast_precision_loss, reason = "a plan has few tasks")]
                let (settled, total) = (counts.settled() as f64, counts.total as f64);
                node.set_min_numeric_value(0.0);
                node.set_max_numeric_value(total);
                node.set_numeric_value(settled);
                node.set_value(text);
            });
        });
    }
    ui.add_space(theme::GAP_TIGHT);
}

/// "Where am I?", which opens the card to read out on the phone (F1).
fn where_button_ui(ui: &mut Ui, drafts: &mut Drafts, tr: &Tr) {
    if ui
        .selectable_label(drafts.view.panels.where_open, t!(tr, "where-button"))
        .on_hover_text(t!(tr, "shortcut-help"))
        .clicked()
    {
        drafts.view.panels.toggle_where();
    }
}

fn worker_menu_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let Some(current) = &ws.computer().settings.worker else {
        return;
    };
    ui.menu_button(t!(tr, "menu-worker", name = current.to_string()), |ui| {
        ui.label(t!(tr, "menu-worker-switch"));
        for person in &ws.profile().staff {
            let chosen = person.name == current.name();
            if ui.selectable_label(chosen, &person.name).clicked() {
                actions.push(Action::SetWorker(person.name.clone()));
                ui.close();
            }
        }
        ui.separator();
        let label = ui.label(t!(tr, "menu-worker-other"));
        ui.text_edit_singleline(&mut drafts.worker)
            .labelled_by(label.id);
        let worker = Worker::named(&drafts.worker);
        let apply = egui::Button::new(t!(tr, "menu-worker-apply"));
        if ui.add_enabled(worker.is_some(), apply).clicked()
            && let Some(worker) = worker
        {
            drafts.worker.clear();
            actions.push(Action::SetWorker(worker.to_string()));
            ui.close();
        }
    });
}
