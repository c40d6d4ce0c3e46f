//! The views: one file per screen, plus the frame around them. Views read
//! the session and push [`Action`]s; they never change state themselves.

mod drafts;
mod facts;
mod frame;
mod incident;
mod overview;
mod password;
mod plan;
mod profile;
mod recovery;
mod report_clock;
mod review;
mod signoff;
mod task;
mod task_list;
pub mod theme;
mod welcome;
mod widgets;

pub use drafts::Drafts;

use egui::Ui;

use crate::i18n::Tr;
use crate::session::{Action, Session};
use crate::wizard::Screen;

/// Draws the whole window for one frame and collects what the user asked for.
pub fn app_ui(ui: &mut Ui, session: &Session, drafts: &mut Drafts, tr: &Tr) -> Vec<Action> {
    let mut actions = Vec::new();
    if session.screen != Screen::Profile {
        drafts.profile = None;
    }
    if drafts
        .facts
        .as_ref()
        .is_some_and(|(screen, _)| *screen != session.screen)
    {
        drafts.facts = None;
    }
    // Leaving the task drops the helper, which wipes what was typed.
    let on_task =
        |id: &str| session.screen == Screen::Task(id.to_owned()) && session.recovery.is_none();
    if drafts.secret.as_ref().is_some_and(|s| !on_task(&s.task)) {
        drafts.secret = None;
    }
    egui::Panel::top("top-bar").show(ui, |ui| {
        frame::top_bar_ui(ui, session, drafts, tr, &mut actions);
    });
    egui::Panel::bottom("bottom-bar").show(ui, |ui| {
        frame::bottom_bar_ui(ui, session, drafts, tr, &mut actions);
    });
    if let (Screen::Task(id), None) = (&session.screen, &session.recovery) {
        egui::Panel::bottom("task-choices").show(ui, |ui| {
            task::task_choices_ui(ui, session, id, drafts, tr, &mut actions);
        });
    }
    egui::CentralPanel::default().show(ui, |ui| {
        frame::notices_ui(ui, session, tr, &mut actions);
        frame::where_am_i_ui(ui, session, drafts, tr, &mut actions);
        frame::caller_card_ui(ui, drafts, tr);
        frame::parties_ui(ui, session, drafts, tr);
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                frame::reading_column(ui, |ui| {
                    ui.add_space(8.0);
                    screen_ui(ui, session, drafts, tr, &mut actions);
                    ui.add_space(24.0);
                });
            });
    });
    actions
}

fn screen_ui(
    ui: &mut Ui,
    session: &Session,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    if let Some(recovery) = &session.recovery {
        let may_write = session.other_writer.is_none();
        recovery::recovery_ui(ui, recovery, may_write, tr, actions);
        return;
    }
    match &session.screen {
        Screen::Welcome => welcome::welcome_ui(ui, session, drafts, tr, actions),
        Screen::Incident(page) => incident::incident_ui(ui, &session.playbook, *page, tr),
        Screen::Profile => profile::profile_ui(ui, session, drafts, tr),
        Screen::Plan => plan::plan_ui(ui, session, tr, actions),
        Screen::Task(id) => task::task_ui(ui, session, id, drafts, tr, actions),
        Screen::Overview => overview::overview_ui(ui, session, tr, actions),
        Screen::Review => review::review_ui(ui, session, drafts, tr, actions),
        Screen::Facts => facts::facts_ui(ui, session, drafts, tr, actions),
        Screen::SignOff => signoff::sign_off_ui(ui, session, drafts, tr, actions),
    }
}
