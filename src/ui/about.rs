//! About: the version, the licence, where the data is, and the licences of
//! everything the app is built from.

use egui::{RichText, Ui};

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::t;
use crate::workspace::{OwnKey, StoreState, Workspace};

/// The third-party notices, written by packaging/notices.py from the
/// dependency tree and packed; the same text ships beside the app in every
/// package as THIRD-PARTY-NOTICES.txt.
const NOTICES_PACKED: &[u8] = include_bytes!("../../packaging/THIRD-PARTY-NOTICES.txt.gz");

/// The notices unpacked, once, when first shown.
fn notices() -> &'static [String] {
    static LINES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    LINES.get_or_init(|| {
        let mut text = String::new();
        let unpacked = std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(NOTICES_PACKED),
            &mut text,
        );
        if let Err(e) = unpacked {
            tracing::error!(error = %e, "the third-party notices could not be unpacked");
        }
        text.lines().map(str::to_owned).collect()
    })
}

/// The about screen.
pub fn about_ui(ui: &mut Ui, ws: &Workspace, tr: &Tr) {
    ui.heading(t!(tr, "about-title"));
    ui.label(
        RichText::new(t!(tr, "about-version", version = env!("CARGO_PKG_VERSION")))
            .size(theme::size::SUMMARY),
    );
    widgets::paragraph(ui, &t!(tr, "about-licence"));
    ui.add_space(theme::SECTION_GAP);

    ui.label(theme::section_heading(t!(tr, "about-data")));
    let settings = ws.computer().folders.settings.display().to_string();
    widgets::paragraph(ui, &t!(tr, "about-settings-folder", folder = settings));
    let data = ws.computer().folders.data.display().to_string();
    widgets::paragraph(ui, &t!(tr, "about-data-folder", folder = data));
    let record = match &ws.storage().state {
        StoreState::Shared { folder } | StoreState::Offline { folder, .. } => {
            t!(
                tr,
                "about-record-shared",
                folder = folder.display().to_string()
            )
        }
        // The record not in a shared folder lives in the settings folder:
        // `demo/` inside the data folder for training.
        _ => {
            let folder = ws.computer().folders.settings.display().to_string();
            if ws.computer().demo {
                t!(tr, "about-record-training", folder = folder)
            } else {
                t!(tr, "about-record-here", folder = folder)
            }
        }
    };
    widgets::paragraph(ui, &record);
    ui.add_space(theme::SECTION_GAP);

    ui.label(theme::section_heading(t!(tr, "about-key")));
    match &ws.computer().own_key {
        Some(OwnKey::Key { fingerprint, code }) => {
            ui.label(
                RichText::new(t!(
                    tr,
                    "about-key-fingerprint",
                    fingerprint = fingerprint.clone()
                ))
                .monospace(),
            );
            ui.label(RichText::new(t!(tr, "about-key-code", code = code.clone())).monospace());
            widgets::paragraph(ui, &t!(tr, "about-key-explain"));
        }
        Some(OwnKey::NotYet) => widgets::paragraph(ui, &t!(tr, "about-key-not-yet")),
        Some(OwnKey::Unusable) => widgets::paragraph(ui, &t!(tr, "about-key-unusable")),
        None => {
            ui.label(RichText::new(t!(tr, "about-key-reading")).weak());
        }
    }
    ui.add_space(theme::SECTION_GAP);

    ui.label(theme::section_heading(t!(tr, "about-notices")));
    widgets::paragraph(ui, &t!(tr, "about-notices-intro"));
    egui::CollapsingHeader::new(t!(tr, "about-notices-show"))
        .id_salt("third-party-notices")
        .default_open(false)
        .show(ui, |ui| {
            // Nearly a megabyte of text: only the lines in view are laid out.
            let lines = notices();
            let row = ui.text_style_height(&egui::TextStyle::Monospace);
            egui::ScrollArea::vertical()
                .id_salt("notices-scroll")
                .max_height(theme::NOTICES_HEIGHT)
                .show_rows(ui, row, lines.len(), |ui, range| {
                    for line in &lines[range] {
                        ui.label(RichText::new(line).monospace().size(theme::size::NOTE));
                    }
                });
        });
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_notices_unpack_and_name_the_crates_the_app_is_built_from() {
        let lines = super::notices();
        assert!(lines.len() > 1000);
        for name in ["egui 0.37", "krilla", "zxcvbn", "DejaVu"] {
            assert!(lines.iter().any(|l| l.contains(name)), "{name}");
        }
    }
}
