//! Where the record lives: a small note of its own, written only by the
//! persistence as part of a move. It used to be one of the preferences,
//! where a garbled settings file could quietly send a workstation back to
//! an old record on this computer while the others worked in the share.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::disk::{Disk, write_atomic};
use crate::store::StoreError;

const FILE: &str = "record-location.json";

/// Where the record lives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "where", rename_all = "snake_case")]
pub enum Location {
    /// In this computer's folder.
    Here,
    /// In a folder shared by all workstations.
    Shared {
        /// The folder.
        folder: PathBuf,
    },
}

/// The note's file in this computer's folder.
pub fn path(settings_dir: &Path) -> PathBuf {
    settings_dir.join(FILE)
}

/// Reads the note. No note means the record is here, unless the settings
/// of an older version named a shared folder (`legacy`); that note is then
/// written, as a new file, so the settings are no longer asked. A note that
/// cannot be read or understood is an error: guessing could split the
/// record in two.
pub fn read(
    disk: &dyn Disk,
    settings_dir: &Path,
    legacy: Option<&Path>,
) -> Result<Location, StoreError> {
    let file = path(settings_dir);
    match disk.read(&file) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| StoreError::Io {
            path: file,
            source: io::Error::new(io::ErrorKind::InvalidData, e),
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let Some(folder) = legacy else {
                return Ok(Location::Here);
            };
            let location = Location::Shared {
                folder: folder.to_owned(),
            };
            if let Err(e) = write(disk, settings_dir, &location) {
                tracing::warn!(error = %e, "the record's location was not noted; the settings still name it");
            }
            Ok(location)
        }
        Err(source) => Err(StoreError::Io { path: file, source }),
    }
}

/// Notes where the record lives now.
pub fn write(disk: &dyn Disk, settings_dir: &Path, location: &Location) -> Result<(), StoreError> {
    let file = path(settings_dir);
    let bytes = serde_json::to_vec_pretty(location)?;
    disk.create_dir_all(settings_dir)
        .map_err(|source| StoreError::Io {
            path: settings_dir.to_owned(),
            source,
        })?;
    write_atomic(disk, &file, &bytes).map_err(|source| StoreError::Io { path: file, source })
}

/// The folder the record is read from: for the command line, which only
/// reads. An unreadable note is an error here too.
pub fn record_dir(
    disk: &dyn Disk,
    settings_dir: &Path,
    legacy: Option<&Path>,
) -> Result<PathBuf, StoreError> {
    Ok(match read(disk, settings_dir, legacy)? {
        Location::Here => settings_dir.to_owned(),
        Location::Shared { folder } => folder,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disk::RealDisk;

    #[test]
    fn the_location_reads_back_and_a_garbled_one_is_never_guessed() -> Result<(), StoreError> {
        let dir = tempfile::tempdir().map_err(|source| StoreError::Io {
            path: PathBuf::new(),
            source,
        })?;
        assert_eq!(read(&RealDisk, dir.path(), None)?, Location::Here);
        let shared = Location::Shared {
            folder: PathBuf::from("/mnt/praxis/lotse"),
        };
        write(&RealDisk, dir.path(), &shared)?;
        assert_eq!(read(&RealDisk, dir.path(), None)?, shared);
        std::fs::write(path(dir.path()), b"{\"where\": \"sha").map_err(|source| {
            StoreError::Io {
                path: PathBuf::new(),
                source,
            }
        })?;
        assert!(read(&RealDisk, dir.path(), None).is_err());
        Ok(())
    }

    #[test]
    fn an_older_settings_file_naming_the_share_is_noted_once() -> Result<(), StoreError> {
        let dir = tempfile::tempdir().map_err(|source| StoreError::Io {
            path: PathBuf::new(),
            source,
        })?;
        let folder = Path::new("/mnt/praxis/lotse");
        let first = read(&RealDisk, dir.path(), Some(folder))?;
        assert_eq!(
            read(&RealDisk, dir.path(), None)?,
            first,
            "noted, so the settings are no longer asked"
        );
        Ok(())
    }
}
