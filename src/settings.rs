//! Preferences of this computer: language, text size, who is working, and
//! where the user left off. Kept beside the record but not part of it; the
//! record's location has a note of its own (`persist::location`).

use std::io;
use std::ops::RangeInclusive;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::wizard::Screen;

/// The file of this computer's preferences, in its settings folder.
pub const FILE: &str = "settings.json";

/// The text sizes that can still be read and still fit a screen; a
/// hand-edited `"zoom": 0` would otherwise make the window unusable.
pub const ZOOM_RANGE: RangeInclusive<f32> = 0.5..=3.0;

/// The preferences of this computer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The chosen language; `None` until chosen, then the system's is used.
    pub lang: Option<Lang>,
    /// Text size factor (Ctrl +/-).
    pub zoom: f32,
    /// Who is working now at this computer; nobody until a name is given.
    #[serde(with = "worker_field")]
    pub worker: Option<Worker>,
    /// The screen the user was on, to carry on there.
    pub screen: Screen,
    /// Someone watches the screen (remote support): no password is shown.
    pub remote_support: bool,
    /// Where older versions kept the record's location. Only read, to
    /// find the record of an installation from before the location note.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared_folder: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            lang: None,
            zoom: 1.0,
            worker: None,
            screen: Screen::Welcome,
            remote_support: false,
            shared_folder: None,
        }
    }
}

/// The person working at this computer, by the name they gave: never
/// empty, never padded, so "nobody" cannot hide in an empty string.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Worker(String);

impl Worker {
    /// The person of this name; `None` for a name of only spaces.
    pub fn named(name: &str) -> Option<Worker> {
        let name = name.trim();
        (!name.is_empty()).then(|| Worker(name.to_owned()))
    }

    /// The name as given.
    pub fn name(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Worker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The file keeps the name as a string, "" for nobody, as every earlier
/// version wrote it; a name of only spaces reads as nobody.
mod worker_field {
    use serde::{Deserialize, Deserializer, Serializer};

    use super::Worker;

    #[expect(
        clippy::ref_option,
        reason = "serde's `with` hands over the field itself"
    )]
    pub fn serialize<S: Serializer>(worker: &Option<Worker>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(worker.as_ref().map_or("", Worker::name))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Worker>, D::Error> {
        Ok(Worker::named(&String::deserialize(d)?))
    }
}

/// Why the preferences could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// The file is there but cannot be read; it is not written over.
    #[error("{path}: {source}")]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: io::Error,
    },
    /// The file holds something else than preferences; the next save sets
    /// it aside.
    #[error("{path}: not readable as settings: {reason}")]
    Garbled {
        /// The file.
        path: PathBuf,
        /// What the reader found wrong.
        reason: String,
    },
    /// Writing failed.
    #[error("{path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: io::Error,
    },
}

impl Settings {
    /// Preferences from the bytes of a settings file, the text size kept
    /// within what can be read.
    pub fn parse(bytes: &[u8]) -> Result<Settings, String> {
        let mut settings: Settings = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        settings.zoom = clamp_zoom(settings.zoom);
        Ok(settings)
    }
}

/// A text size within [`ZOOM_RANGE`] (1.0 for a value that is no number).
pub fn clamp_zoom(zoom: f32) -> f32 {
    if zoom.is_finite() {
        zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end())
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn b20_a_hand_edited_text_size_is_kept_within_what_can_be_read() {
        for (written, read) in [(0.0, 0.5), (-3.0, 0.5), (100.0, 3.0), (1.25, 1.25)] {
            let bytes = format!("{{\"zoom\": {written}}}");
            let settings = Settings::parse(bytes.as_bytes()).unwrap_or_default();
            assert!(
                (settings.zoom - read).abs() < f32::EPSILON,
                "{written} → {}",
                settings.zoom
            );
        }
        assert!((clamp_zoom(f32::NAN) - 1.0).abs() < f32::EPSILON);
    }

    #[test]
    fn nobody_is_kept_as_an_empty_name_and_spaces_are_nobody() {
        let nobody = Settings::parse(br#"{"worker": "   "}"#).unwrap_or_default();
        assert_eq!(nobody.worker, None);
        let anna = Settings::parse(br#"{"worker": " Anna "}"#).unwrap_or_default();
        assert_eq!(anna.worker.as_ref().map(Worker::name), Some("Anna"));
        let written = serde_json::to_string(&Settings::default()).unwrap_or_default();
        assert!(written.contains(r#""worker":"""#), "{written}");
    }
}
