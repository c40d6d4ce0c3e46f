//! The 72-hour clock for the report to the data-protection authority.

use egui::{RichText, Ui};

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::messages;
use crate::review::report_clock_of;
use crate::t;
use crate::wizard::Screen;
use crate::workspace::{Action, Workspace};

/// A box with the deadline and the time left, while the clock runs.
pub fn report_clock_ui(ui: &mut Ui, ws: &Workspace, tr: &Tr, actions: &mut Vec<Action>) {
    let Some(clock) = report_clock_of(&ws.document().record, ws.now()) else {
        return;
    };
    let fill = if clock.hours_left < 12 {
        theme::error_fill(ui.visuals())
    } else {
        theme::warning_fill(ui.visuals())
    };
    widgets::boxed(ui, fill, |ui| {
        let deadline = messages::time(tr, clock.deadline);
        let text = if clock.hours_left >= 0 {
            t!(
                tr,
                "clock-left",
                deadline = deadline,
                hours = clock.hours_left
            )
        } else {
            t!(tr, "clock-passed", deadline = deadline)
        };
        ui.label(RichText::new(text).strong());
        widgets::paragraph(ui, &t!(tr, "clock-explain"));
        if ws.place().screen != Screen::Facts && ui.button(t!(tr, "clock-decide")).clicked() {
            actions.push(Action::Go(Screen::Facts));
        }
    });
}
