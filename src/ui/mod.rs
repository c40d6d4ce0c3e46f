//! The views: one file per screen, plus the bars and panels around them.
//! Views read the workspace and push [`Action`]s; they never change state
//! themselves.

mod about;
mod bottom_bar;
mod drafts;
mod facts;
mod help_cards;
mod incident;
mod notices;
mod overview;
mod password;
mod plan;
mod profile;
mod recovery;
mod report_clock;
mod review;
mod settings_menu;
mod signoff;
mod task;
mod task_list;
pub mod theme;
mod top_bar;
mod welcome;
mod where_am_i;
mod widgets;

pub use drafts::Drafts;

use egui::Ui;

use crate::i18n::Tr;
use crate::wizard::Screen;
use crate::workspace::{Action, StoreState, Workspace};

/// Draws the whole window for one frame and collects what the user asked for.
pub fn app_ui(ui: &mut Ui, ws: &Workspace, drafts: &mut Drafts, tr: &Tr) -> Vec<Action> {
    let mut actions = Vec::new();
    if ws.screen != Screen::Profile {
        drafts.profile = None;
    }
    if drafts
        .facts
        .as_ref()
        .is_some_and(|(screen, _)| *screen != ws.screen)
    {
        drafts.facts = None;
    }
    // Leaving the task drops the helper, which wipes what was typed.
    let on_task = |id: &str| {
        matches!(&ws.screen, Screen::Task(t) if t.as_str() == id) && ws.recovery.is_none()
    };
    if drafts.secret.as_ref().is_some_and(|s| !on_task(&s.task)) {
        drafts.secret = None;
    }
    egui::Panel::top("top-bar").show(ui, |ui| {
        top_bar::top_bar_ui(ui, ws, drafts, tr, &mut actions);
    });
    egui::Panel::bottom("bottom-bar").show(ui, |ui| {
        bottom_bar::bottom_bar_ui(ui, ws, drafts, tr, &mut actions);
    });
    let opening = ws.store == StoreState::Opening;
    if let (Screen::Task(id), None, false) = (&ws.screen, &ws.recovery, opening) {
        egui::Panel::bottom("task-choices").show(ui, |ui| {
            task::task_choices_ui(ui, ws, id, drafts, tr, &mut actions);
        });
    }
    egui::CentralPanel::default().show(ui, |ui| {
        notices::notices_ui(ui, ws, tr, &mut actions);
        where_am_i::where_am_i_ui(ui, ws, drafts, tr, &mut actions);
        help_cards::caller_card_ui(ui, drafts, tr);
        help_cards::parties_ui(ui, ws, drafts, tr);
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                widgets::reading_column(ui, |ui| {
                    ui.add_space(theme::GAP);
                    screen_ui(ui, ws, drafts, tr, &mut actions);
                    ui.add_space(theme::PAGE_END);
                });
            });
    });
    actions
}

fn screen_ui(ui: &mut Ui, ws: &Workspace, drafts: &mut Drafts, tr: &Tr, actions: &mut Vec<Action>) {
    if ws.store == StoreState::Opening {
        ui.label(crate::t!(tr, "store-opening"));
        return;
    }
    if let Some(recovery) = &ws.recovery {
        recovery::recovery_ui(ui, recovery, ws.other_writer().is_none(), tr, actions);
        return;
    }
    match &ws.screen {
        Screen::Welcome => welcome::welcome_ui(ui, ws, drafts, tr, actions),
        Screen::Incident(page) => incident::incident_ui(ui, &ws.playbook, *page, tr),
        Screen::Profile => profile::profile_ui(ui, ws, drafts, tr),
        Screen::Plan => plan::plan_ui(ui, ws, tr, actions),
        Screen::Task(id) => task::task_ui(ui, ws, id, drafts, tr, actions),
        Screen::Overview => overview::overview_ui(ui, ws, tr, actions),
        Screen::Review => review::review_ui(ui, ws, drafts, tr, actions),
        Screen::Facts => facts::facts_ui(ui, ws, drafts, tr, actions),
        Screen::SignOff => signoff::sign_off_ui(ui, ws, drafts, tr, actions),
        Screen::About => about::about_ui(ui, ws, tr),
    }
}
