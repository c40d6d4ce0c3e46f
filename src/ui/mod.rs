//! The views: one file per screen, plus the bars and panels around them.
//! Views read the workspace and push [`Action`]s; they never change state
//! themselves.

mod about;
mod bars;
mod bottom_bar;
mod drafts;
mod facts;
mod help_cards;
mod incident;
mod keys;
mod notices;
mod overview;
mod password;
mod plan;
mod playbook_warning;
mod profile;
mod recovery;
mod report_clock;
mod review;
mod settings_menu;
mod sheet;
mod signoff;
mod task;
mod task_choices;
mod task_list;
pub mod theme;
mod top_bar;
mod unreadable;
mod welcome;
mod where_am_i;
mod widgets;

pub use drafts::Drafts;

use egui::Ui;

use crate::i18n::Tr;
use crate::wizard::Screen;
use crate::workspace::{Action, StoreState, Workspace};
use bars::Region;

/// Draws the whole window for one frame and collects what the user asked for.
pub fn app_ui(ui: &mut Ui, ws: &Workspace, drafts: &mut Drafts, tr: &Tr) -> Vec<Action> {
    let mut actions = Vec::new();
    // A screen reader names the window first: the app, then the screen.
    ui.ctx()
        .accesskit_node_builder(egui::accesskit_root_id(), |window| {
            let screen = crate::support::screen_name(ws, tr);
            window.set_label(format!("{} – {screen}", crate::t!(tr, "app-name")));
        });
    if drafts.view.focus.last_screen.as_ref() != Some(&ws.place().screen) {
        drafts.view.focus.last_screen = Some(ws.place().screen.clone());
        drafts.view.focus.pending = true;
    }
    keys::shortcuts_ui(ui, ws, drafts, &mut actions);
    if ws.place().screen != Screen::Profile {
        drafts.profile_form.edited = None;
    }
    if ws.place().screen != Screen::Sheet {
        drafts.sheet = None;
    }
    if drafts
        .facts_form
        .edited
        .as_ref()
        .is_some_and(|(screen, _)| *screen != ws.place().screen)
    {
        drafts.facts_form.edited = None;
    }
    // Leaving the task drops the helper, which wipes what was typed.
    let on_task = |id: &str| {
        matches!(&ws.place().screen, Screen::Task(t) if t.as_str() == id)
            && ws.storage().recovery.is_none()
    };
    if drafts
        .password
        .helper
        .as_ref()
        .is_some_and(|s| !on_task(&s.task))
    {
        drafts.password.helper = None;
    }
    let opening = ws.storage().state == StoreState::Opening;
    let on_task = matches!(&ws.place().screen, Screen::Task(_))
        && ws.storage().recovery.is_none()
        && !opening
        && !ws.playbook_warns();
    // On a short window (a small screen, large text) the task's choices
    // scroll with the page instead of taking room from it.
    let tight = ui.available_height() < theme::TIGHT_HEIGHT;
    drafts.view.compact = tight;
    let choices_apart = on_task && !tight;
    // The order the Tab key follows after the page.
    let mut bars = vec![Region::BottomBar, Region::TopBar];
    if choices_apart {
        bars.insert(0, Region::Choices);
    }
    bars::page_with_bars(ui, &bars, |ui, region| match region {
        Region::Page => page_ui(ui, ws, drafts, tr, &mut actions, on_task && !choices_apart),
        Region::Choices => {
            if let Screen::Task(id) = &ws.place().screen {
                task_choices::task_choices_ui(ui, ws, id, drafts, tr, &mut actions);
            }
        }
        Region::BottomBar => bottom_bar::bottom_bar_ui(ui, ws, drafts, tr, &mut actions),
        Region::TopBar => top_bar::top_bar_ui(ui, ws, drafts, tr, &mut actions),
    });
    // Ctrl+G is for this frame's code field; a later one must not take it.
    drafts.view.focus.goto = false;
    actions
}

/// The page: notices, then the screen. The help cards ("Wo bin ich?", the
/// caller check, who is who, the hotline) sit in a panel beside it where the
/// window is wide enough, so the task stays in view while they are read;
/// otherwise at the top of what scrolls, so they never squeeze the page.
fn page_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
    choices_in_page: bool,
) {
    notices::notices_ui(ui, ws, tr, actions);
    let cards_open = drafts.view.panels.any_open();
    if !cards_open || ui.available_width() < theme::SIDE_PANEL_FROM {
        page_scroll_ui(ui, ws, drafts, tr, actions, choices_in_page, true);
        return;
    }
    drafts.view.panels.reveal = false;
    let height = ui.available_height();
    let gap = ui.spacing().item_spacing.x;
    let page_width = ui.available_width() - theme::SIDE_PANEL_WIDTH - 3.0 * gap;
    let top_down = egui::Layout::top_down(egui::Align::Min);
    ui.horizontal_top(|ui| {
        ui.allocate_ui_with_layout(egui::vec2(page_width, height), top_down, |ui| {
            page_scroll_ui(ui, ws, drafts, tr, actions, choices_in_page, false);
        });
        ui.separator();
        ui.allocate_ui_with_layout(
            egui::vec2(theme::SIDE_PANEL_WIDTH, height),
            top_down,
            |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("help-cards")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui.add_space(theme::GAP);
                        cards_ui(ui, ws, drafts, tr, actions);
                        keep_focus_in_view(ui);
                    });
            },
        );
    });
}

/// The screen in its scroll area, with the help cards on top when they
/// have no panel of their own.
fn page_scroll_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
    choices_in_page: bool,
    cards_on_top: bool,
) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            widgets::reading_column(ui, |ui| {
                ui.add_space(theme::GAP);
                if cards_on_top {
                    // A card just opened sits at the top: show it.
                    if std::mem::take(&mut drafts.view.panels.reveal) {
                        ui.scroll_to_cursor(Some(egui::Align::TOP));
                    }
                    cards_ui(ui, ws, drafts, tr, actions);
                }
                screen_ui(ui, ws, drafts, tr, actions, choices_in_page);
                ui.add_space(theme::PAGE_END);
                keep_focus_in_view(ui);
            });
        });
}

fn cards_ui(ui: &mut Ui, ws: &Workspace, drafts: &mut Drafts, tr: &Tr, actions: &mut Vec<Action>) {
    where_am_i::where_am_i_ui(ui, ws, drafts, tr, actions);
    help_cards::hotline_ui(ui, ws, drafts, tr);
    help_cards::caller_card_ui(ui, drafts, tr);
    // "Who is who" comes from the playbook: not from one nobody vouches for.
    if !ws.playbook_warns() {
        help_cards::parties_ui(ui, ws, drafts, tr);
    }
}

/// egui moves the focus with Tab but does not scroll to it, so a keyboard
/// user would lose sight of where they are on a long page.
fn keep_focus_in_view(ui: &Ui) {
    let ctx = ui.ctx();
    let Some(focused) = ctx.memory(egui::Memory::focused) else {
        return;
    };
    if let Some(widget) = ctx.read_response(focused)
        && widget.gained_focus()
        && !ui.clip_rect().contains_rect(widget.rect)
    {
        ui.scroll_to_rect(widget.rect, None);
    }
}

fn screen_ui(
    ui: &mut Ui,
    ws: &Workspace,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
    choices_in_page: bool,
) {
    if ws.storage().state == StoreState::Opening {
        ui.label(crate::t!(tr, "store-opening"));
        return;
    }
    if let StoreState::Unreadable { file, problem } = &ws.storage().state {
        unreadable::unreadable_ui(ui, file, *problem, tr, actions);
        return;
    }
    if let Some(recovery) = &ws.storage().recovery {
        let may_write = ws.other_writer().is_none();
        recovery::recovery_ui(
            ui,
            recovery,
            ws.storage().recovery_problem,
            may_write,
            tr,
            actions,
        );
        return;
    }
    if ws.playbook_warns() {
        playbook_warning::playbook_warning_ui(ui, ws, drafts, tr, actions);
        return;
    }
    match &ws.place().screen {
        Screen::Welcome => welcome::welcome_ui(ui, ws, drafts, tr, actions),
        Screen::Incident(page) => incident::incident_ui(ui, &ws.document().playbook, *page, tr),
        Screen::Profile => profile::profile_ui(ui, ws, drafts, tr),
        Screen::Plan => plan::plan_ui(ui, ws, tr, actions),
        Screen::Task(id) => task::task_ui(ui, ws, id, drafts, tr, actions, choices_in_page),
        Screen::Overview => overview::overview_ui(ui, ws, tr, actions),
        Screen::Review => review::review_ui(ui, ws, drafts, tr, actions),
        Screen::Facts => facts::facts_ui(ui, ws, drafts, tr, actions),
        Screen::SignOff => signoff::sign_off_ui(ui, ws, drafts, tr, actions),
        Screen::About => about::about_ui(ui, ws, tr),
        Screen::Sheet => sheet::sheet_ui(ui, ws, drafts, tr, actions),
    }
}
