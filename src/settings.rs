//! Preferences of this computer: language, text size, who is working, and
//! where the user left off. Kept beside the record but not part of it; the
//! record's location has a note of its own (`persist::location`).

use std::io;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::disk::{Disk, write_atomic};
use crate::i18n::Lang;
use crate::wizard::Screen;

const FILE: &str = "settings.json";

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
    /// Who is working now at this computer.
    pub worker: String,
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
            worker: String::new(),
            screen: Screen::Welcome,
            remote_support: false,
            shared_folder: None,
        }
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
    fn path(dir: &Path) -> PathBuf {
        dir.join(FILE)
    }

    /// Reads the preferences. No file gives the defaults; a file that
    /// cannot be read or understood is an error, which the caller reports
    /// while working with the defaults.
    pub fn load(disk: &dyn Disk, dir: &Path) -> Result<Settings, SettingsError> {
        let path = Settings::path(dir);
        match disk.read(&path) {
            Ok(bytes) => {
                Settings::parse(&bytes).map_err(|reason| SettingsError::Garbled { path, reason })
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Settings::default()),
            Err(source) => Err(SettingsError::Unreadable { path, source }),
        }
    }

    /// Preferences from the bytes of a settings file, the text size kept
    /// within what can be read.
    pub fn parse(bytes: &[u8]) -> Result<Settings, String> {
        let mut settings: Settings = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        settings.zoom = clamp_zoom(settings.zoom);
        Ok(settings)
    }

    /// Writes the preferences, never blind: the file there is read first.
    /// One that cannot be read is left alone; one that is garbled is set
    /// aside (into `damaged/`, named by `now`), so whoever looks later
    /// still finds it.
    pub fn save(
        &self,
        disk: &dyn Disk,
        dir: &Path,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<(), SettingsError> {
        let path = Settings::path(dir);
        let write = |source| SettingsError::Write {
            path: path.clone(),
            source,
        };
        match disk.read(&path) {
            Ok(bytes) if Settings::parse(&bytes).is_err() => {
                crate::store::set_aside(disk, &path, dir, now).map_err(|e| match e {
                    crate::store::StoreError::Io { source, .. } => write(source),
                    other => write(io::Error::other(other.to_string())),
                })?;
                tracing::warn!("garbled settings set aside");
            }
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                disk.create_dir_all(dir).map_err(write)?;
            }
            Err(source) => return Err(SettingsError::Unreadable { path, source }),
        }
        let bytes = serde_json::to_vec_pretty(self).map_err(|e| write(io::Error::other(e)))?;
        write_atomic(disk, &path, &bytes).map_err(write)
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
    use crate::disk::RealDisk;

    fn anna() -> Settings {
        Settings {
            lang: Some(Lang::En),
            zoom: 1.5,
            worker: "Anna".into(),
            screen: Screen::Task("windows-logon@d2".into()),
            remote_support: true,
            shared_folder: None,
        }
    }

    #[test]
    fn settings_read_back() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        anna().save(&RealDisk, dir.path(), chrono::DateTime::UNIX_EPOCH)?;
        assert_eq!(Settings::load(&RealDisk, dir.path())?, anna());
        Ok(())
    }

    #[test]
    fn garbled_settings_are_reported_then_set_aside_not_overwritten()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        std::fs::write(dir.path().join(FILE), b"nonsense")?;
        assert!(matches!(
            Settings::load(&RealDisk, dir.path()),
            Err(SettingsError::Garbled { .. })
        ));
        anna().save(&RealDisk, dir.path(), chrono::DateTime::UNIX_EPOCH)?;
        let aside = std::fs::read_dir(dir.path().join("damaged"))?
            .filter_map(Result::ok)
            .map(|e| std::fs::read(e.path()))
            .collect::<Result<Vec<_>, _>>()?;
        assert_eq!(aside, vec![b"nonsense".to_vec()], "kept for a look");
        assert_eq!(Settings::load(&RealDisk, dir.path())?, anna());
        Ok(())
    }

    #[test]
    fn unreadable_settings_are_never_written_over() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        // A folder where the file should be cannot be read, even by root.
        std::fs::create_dir(dir.path().join(FILE))?;
        assert!(matches!(
            Settings::load(&RealDisk, dir.path()),
            Err(SettingsError::Unreadable { .. })
        ));
        assert!(matches!(
            anna().save(&RealDisk, dir.path(), chrono::DateTime::UNIX_EPOCH),
            Err(SettingsError::Unreadable { .. })
        ));
        assert!(dir.path().join(FILE).is_dir(), "left as it was");
        Ok(())
    }

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
}
