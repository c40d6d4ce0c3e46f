//! Preferences of this computer: language, text size, who is working, and
//! where the user left off. Kept beside the record but not part of it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::files::write_atomic;
use crate::i18n::Lang;
use crate::wizard::Screen;

const FILE: &str = "settings.json";

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
    /// A folder shared by all workstations (the practice server's share)
    /// where the record lives; `None` keeps it on this computer.
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

impl Settings {
    fn path(dir: &Path) -> PathBuf {
        dir.join(FILE)
    }

    /// Reads the preferences; a missing or unreadable file gives the defaults,
    /// since nothing of the record depends on them.
    pub fn load(dir: &Path) -> Settings {
        let path = Settings::path(dir);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                tracing::warn!(error = %e, "settings unreadable, using defaults");
                Settings::default()
            }),
            Err(_) => Settings::default(),
        }
    }

    /// Writes the preferences.
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        let bytes = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        write_atomic(&Settings::path(dir), &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_read_back_and_survive_garbage() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let s = Settings {
            lang: Some(Lang::En),
            zoom: 1.5,
            worker: "Anna".into(),
            screen: Screen::Task("windows-logon@d2".into()),
            remote_support: true,
            shared_folder: Some(PathBuf::from("/mnt/praxis/lotse")),
        };
        s.save(dir.path())?;
        assert_eq!(Settings::load(dir.path()), s);
        std::fs::write(dir.path().join(FILE), b"nonsense")?;
        assert_eq!(Settings::load(dir.path()), Settings::default());
        Ok(())
    }
}
