//! Colours, sizes and spacing: the one place screens take them from.

use egui::{Color32, FontId, RichText, TextStyle, Visuals};

use crate::record::Status;

/// Height of the large buttons receptionists click.
pub const BUTTON_HEIGHT: f32 = 44.0;
/// Width of the large buttons.
pub const BUTTON_WIDTH: f32 = 260.0;
/// Widest a column of reading text gets, so lines stay easy to follow.
pub const READING_WIDTH: f32 = 760.0;
/// Space between sections of a screen.
pub const SECTION_GAP: f32 = 18.0;
/// Space between a heading and what follows, or between close parts.
pub const GAP: f32 = 8.0;
/// Space inside a box or between a line and its buttons.
pub const GAP_SMALL: f32 = 6.0;
/// The smallest space, under bars.
pub const GAP_TIGHT: f32 = 4.0;
/// Space before a group of the task list.
pub const GAP_WIDE: f32 = 10.0;
/// Space after the last part of a page, so it never sits on the bar.
pub const PAGE_END: f32 = 24.0;

/// Width of a field for a short code ("B-3").
pub const FIELD_CODE: f32 = 120.0;
/// Width of a field for a name.
pub const FIELD_NAME: f32 = 280.0;
/// Width of a field for a password, a folder or a longer name.
pub const FIELD_WIDE: f32 = 360.0;
/// Narrowest button of a row of choices.
pub const CHOICE_WIDTH: f32 = 120.0;
/// Width of the language buttons on the welcome screen.
pub const LANGUAGE_BUTTON_WIDTH: f32 = 160.0;
/// Height of the scrolling list of third-party notices.
pub const NOTICES_HEIGHT: f32 = 360.0;
/// A window narrower than this (in points, after the text size) stacks the
/// parts of the bars instead of lining them up.
pub const NARROW_WIDTH: f32 = 1000.0;
/// A window shorter than this (in points, after the text size) keeps a
/// task's choices in the page instead of a bar of their own.
pub const TIGHT_HEIGHT: f32 = 640.0;
/// Width of the panel the help cards open in beside the page.
pub const SIDE_PANEL_WIDTH: f32 = 380.0;
/// A window at least this wide (in points, after the text size) opens the
/// help cards in a panel beside the page; a narrower one above it.
pub const SIDE_PANEL_FROM: f32 = 1000.0;
/// Height of the progress bar.
pub const PROGRESS_HEIGHT: f32 = 24.0;

/// Text sizes, in points, beyond egui's text styles.
pub mod size {
    /// The app's name in the top bar.
    pub const APP_NAME: f32 = 20.0;
    /// The practice's name in the top bar, and task titles in lists.
    pub const NAME: f32 = 18.0;
    /// Counts and progress lines.
    pub const SUMMARY: f32 = 17.0;
    /// Banners and the progress bar's text.
    pub const BANNER: f32 = 16.0;
    /// Who and when under a task, the hotline under the bar.
    pub const NOTE: f32 = 15.0;
    /// Text on buttons and words read aloud.
    pub const BUTTON: f32 = 19.0;
    /// A phone number or a suggested password.
    pub const BIG: f32 = 22.0;
    /// The code of the task on its own screen.
    pub const TASK_CODE: f32 = 26.0;
    /// A task's code in a list.
    pub const LIST_CODE: f32 = 17.0;
}

/// Text on a filled (accent-coloured) button.
pub fn on_accent() -> Color32 {
    Color32::WHITE
}

/// Makes text larger than egui's defaults: the app is read by people in a
/// hurry, some without glasses.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        use egui::FontFamily::Proportional;
        style.text_styles = [
            (TextStyle::Heading, FontId::new(28.0, Proportional)),
            (TextStyle::Body, FontId::new(18.0, Proportional)),
            (TextStyle::Button, FontId::new(18.0, Proportional)),
            (TextStyle::Small, FontId::new(14.0, Proportional)),
            (
                TextStyle::Monospace,
                FontId::new(17.0, egui::FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 10.0);
        style.spacing.button_padding = egui::vec2(14.0, 8.0);
        style.spacing.interact_size.y = 32.0;
    });
    // egui's default body text is a soft grey; staff read this in a bright
    // reception area, so body text gets full contrast in both themes.
    ctx.style_mut_of(egui::Theme::Dark, |style| {
        style.visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(225);
    });
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(20);
    });
}

/// The colour that marks a status, readable in light and dark mode.
pub fn status_color(status: Status, visuals: &Visuals) -> Color32 {
    let dark = visuals.dark_mode;
    match (status, dark) {
        (Status::Open, _) => visuals.weak_text_color(),
        (Status::Done | Status::Tested, false) => Color32::from_rgb(0x1b, 0x6e, 0x2a),
        (Status::Done | Status::Tested, true) => Color32::from_rgb(0x7c, 0xd3, 0x8a),
        (Status::NotApplicable, false) => Color32::from_rgb(0x44, 0x55, 0x77),
        (Status::NotApplicable, true) => Color32::from_rgb(0xa8, 0xb8, 0xd8),
        (Status::NeedHelp | Status::WaitingForSupport, false) => {
            Color32::from_rgb(0xa3, 0x3b, 0x00)
        }
        (Status::NeedHelp | Status::WaitingForSupport, true) => Color32::from_rgb(0xff, 0xb0, 0x70),
    }
}

/// Background of a warning box (traps, problems).
pub fn warning_fill(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0x4a, 0x38, 0x10)
    } else {
        Color32::from_rgb(0xff, 0xf1, 0xc9)
    }
}

/// Background of an error box (record not saved, damaged record).
pub fn error_fill(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0x5a, 0x1e, 0x1e)
    } else {
        Color32::from_rgb(0xfd, 0xde, 0xdc)
    }
}

/// Background of a calm information box (help, training mode).
pub fn info_fill(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0x1c, 0x34, 0x4a)
    } else {
        Color32::from_rgb(0xe1, 0xef, 0xfb)
    }
}

/// The step code as it stands on every screen, large and monospaced so it is
/// read out without mistakes.
pub fn code_text(code: &str) -> RichText {
    RichText::new(code).monospace().size(size::BIG).strong()
}

/// A heading for a part of a screen.
pub fn section_heading(text: impl Into<String>) -> RichText {
    RichText::new(text).size(21.0).strong()
}
