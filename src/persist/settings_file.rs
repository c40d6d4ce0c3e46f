//! This computer's preferences on disk: read at start, written by the
//! worker, and never written over a file that was not understood.

use std::io;
use std::path::{Path, PathBuf};

use crate::disk::{Disk, write_atomic};
use crate::settings::{FILE, Settings, SettingsError};

fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

/// Reads the preferences. No file gives the defaults; a file that cannot be
/// read or understood is an error, which the caller reports while working
/// with the defaults.
pub fn load(disk: &dyn Disk, dir: &Path) -> Result<Settings, SettingsError> {
    let path = path(dir);
    match disk.read(&path) {
        Ok(bytes) => {
            Settings::parse(&bytes).map_err(|reason| SettingsError::Garbled { path, reason })
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Settings::default()),
        Err(source) => Err(SettingsError::Unreadable { path, source }),
    }
}

/// Writes the preferences, never blind: the file there is read first. One
/// that cannot be read is left alone; one that is garbled is set aside
/// (into `damaged/`, named by `now`), so whoever looks later still finds it.
pub fn save(
    settings: &Settings,
    disk: &dyn Disk,
    dir: &Path,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), SettingsError> {
    let path = path(dir);
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
    let bytes = serde_json::to_vec_pretty(settings).map_err(|e| write(io::Error::other(e)))?;
    write_atomic(disk, &path, &bytes).map_err(write)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disk::RealDisk;
    use crate::i18n::Lang;
    use crate::wizard::Screen;

    fn anna() -> Settings {
        Settings {
            lang: Some(Lang::En),
            zoom: 1.5,
            worker: crate::settings::Worker::named("Anna"),
            screen: Screen::Task("windows-logon@d2".into()),
            remote_support: true,
            shared_folder: None,
        }
    }

    #[test]
    fn settings_read_back() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        save(&anna(), &RealDisk, dir.path(), chrono::DateTime::UNIX_EPOCH)?;
        assert_eq!(load(&RealDisk, dir.path())?, anna());
        Ok(())
    }

    #[test]
    fn garbled_settings_are_reported_then_set_aside_not_overwritten()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        std::fs::write(dir.path().join(FILE), b"nonsense")?;
        assert!(matches!(
            load(&RealDisk, dir.path()),
            Err(SettingsError::Garbled { .. })
        ));
        save(&anna(), &RealDisk, dir.path(), chrono::DateTime::UNIX_EPOCH)?;
        let aside = std::fs::read_dir(dir.path().join("damaged"))?
            .filter_map(Result::ok)
            .map(|e| std::fs::read(e.path()))
            .collect::<Result<Vec<_>, _>>()?;
        assert_eq!(aside, vec![b"nonsense".to_vec()], "kept for a look");
        assert_eq!(load(&RealDisk, dir.path())?, anna());
        Ok(())
    }

    #[test]
    fn unreadable_settings_are_never_written_over() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        // A folder where the file should be cannot be read, even by root.
        std::fs::create_dir(dir.path().join(FILE))?;
        assert!(matches!(
            load(&RealDisk, dir.path()),
            Err(SettingsError::Unreadable { .. })
        ));
        assert!(matches!(
            save(&anna(), &RealDisk, dir.path(), chrono::DateTime::UNIX_EPOCH),
            Err(SettingsError::Unreadable { .. })
        ));
        assert!(dir.path().join(FILE).is_dir(), "left as it was");
        Ok(())
    }
}
