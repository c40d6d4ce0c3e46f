//! Keyboard shortcuts that work on every screen: Alt+→ next, Alt+← back,
//! F1 "Where am I?", Ctrl+G go to a code. They are taken before any field
//! sees the keys, and do exactly what their buttons do.

use egui::{Key, KeyboardShortcut, Modifiers, Ui};

use super::{Drafts, bottom_bar};
use crate::workspace::{Action, Workspace};

/// Turns the shortcuts pressed this frame into actions.
pub fn shortcuts_ui(ui: &mut Ui, ws: &Workspace, drafts: &mut Drafts, actions: &mut Vec<Action>) {
    let pressed = |m, k| ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(m, k)));
    if pressed(Modifiers::ALT, Key::ArrowRight)
        && let Some(next) = bottom_bar::next_now(ws, drafts)
    {
        actions.push(next);
    }
    if pressed(Modifiers::ALT, Key::ArrowLeft) && bottom_bar::can_go_back(ws) {
        actions.push(Action::Back);
    }
    if pressed(Modifiers::NONE, Key::F1) {
        drafts.view.panels.toggle_where();
    }
    if pressed(Modifiers::COMMAND, Key::G) {
        drafts.view.panels.where_open = true;
        drafts.view.panels.reveal = true;
        drafts.view.focus.goto = true;
    }
}
