//! Small pieces several screens share.

use egui::{Color32, Frame, Response, RichText, Ui};

use super::theme;
use crate::i18n::Tr;
use crate::messages;
use crate::record::Status;

/// A large button with plain words; its label is also its accessible name.
pub fn big_button(ui: &mut Ui, text: impl Into<String>) -> Response {
    big_button_enabled(ui, true, text)
}

/// A large button that can be greyed out.
pub fn big_button_enabled(ui: &mut Ui, enabled: bool, text: impl Into<String>) -> Response {
    let button = egui::Button::new(RichText::new(text).size(theme::size::BUTTON))
        .min_size(egui::vec2(theme::BUTTON_WIDTH, theme::BUTTON_HEIGHT));
    ui.add_enabled(enabled, button)
}

/// A tall button as wide as its words, for rows of choices; the choice
/// that holds now is shown selected.
pub fn choice_button(
    ui: &mut Ui,
    enabled: bool,
    selected: bool,
    text: impl Into<String>,
) -> Response {
    let button = egui::Button::new(RichText::new(text).size(theme::size::BUTTON))
        .selected(selected)
        .min_size(egui::vec2(theme::CHOICE_WIDTH, theme::BUTTON_HEIGHT));
    ui.add_enabled(enabled, button)
}

/// The main button of a screen, filled so it stands out.
pub fn primary_button(ui: &mut Ui, enabled: bool, text: impl Into<String>) -> Response {
    let fill = ui.visuals().selection.bg_fill;
    let button = egui::Button::new(
        RichText::new(text)
            .size(theme::size::BUTTON)
            .strong()
            .color(theme::on_accent()),
    )
    .fill(fill)
    .min_size(egui::vec2(theme::BUTTON_WIDTH, theme::BUTTON_HEIGHT));
    ui.add_enabled(enabled, button)
}

/// A coloured box around a message.
pub fn boxed<R>(ui: &mut Ui, fill: Color32, add: impl FnOnce(&mut Ui) -> R) -> R {
    Frame::new()
        .fill(fill)
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(12, 8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// A status in its colour.
pub fn status_label(ui: &mut Ui, tr: &Tr, status: Status) -> Response {
    let color = theme::status_color(status, ui.visuals());
    ui.label(
        RichText::new(messages::status_name(tr, status))
            .color(color)
            .strong(),
    )
}

/// Text that wraps at reading width.
pub fn paragraph(ui: &mut Ui, text: &str) {
    ui.add(egui::Label::new(text).wrap());
}

/// Text that is seen but not read out, because the control beside it
/// already says it: a step's words are its check box's name.
pub fn seen_only(ui: &mut Ui, text: impl Into<egui::WidgetText>) {
    let galley = text.into().into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        ui.available_width(),
        egui::TextStyle::Body,
    );
    let (rect, _) = ui.allocate_exact_size(galley.size(), egui::Sense::hover());
    ui.painter()
        .galley(rect.min, galley, ui.visuals().text_color());
}

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
