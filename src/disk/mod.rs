//! The one seam between the app and the file system. Everything the
//! persistence writes or reads (the record, its backups and lock, the copy
//! kept while the share is away, the settings, the record's location, the
//! signing key, the exported documents) goes through a [`Disk`], so a test
//! can make any single step fail ([`Faulty`]) and check that nothing is lost.

mod faulty;

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

pub use faulty::{Fault, Faulty, Op};

/// The file operations the app uses, each one step that can fail on its own.
pub trait Disk: Send + Sync + std::fmt::Debug {
    /// Reads a whole file.
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    /// A cheap sign that a file changed: its length and time.
    fn stamp(&self, path: &Path) -> io::Result<Stamp>;
    /// Whether a folder is there.
    fn is_dir(&self, path: &Path) -> bool;
    /// The path with links and `..` resolved, to tell two names of one folder.
    fn canonical(&self, path: &Path) -> io::Result<PathBuf>;
    /// Creates a folder and its parents.
    fn create_dir_all(&self, dir: &Path) -> io::Result<()>;
    /// Creates a file that must not exist yet, with these bytes.
    fn write_new(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;
    /// Flushes a file's contents to the disk.
    fn sync_file(&self, path: &Path) -> io::Result<()>;
    /// Renames a file, replacing the target.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Flushes a folder's entries (renames, new files) to the disk.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    /// Removes a file.
    fn remove_file(&self, path: &Path) -> io::Result<()>;
    /// The entries of a folder.
    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>>;
    /// Takes the lock of this lock file without waiting: `None` when
    /// another holder has it. The lock lasts as long as the [`FileLock`].
    fn try_lock(&self, path: &Path) -> io::Result<Option<FileLock>>;
}

/// A held lock on a lock file; dropping it releases the lock.
#[derive(Debug)]
pub struct FileLock {
    _file: File,
}

/// The cheap sign that a file changed: its length, time and (where the
/// system has one) its file number, which every crash-safe write renews, so
/// two saves within one tick of a coarse clock are still told apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// Length in bytes.
    pub len: u64,
    /// Last modification time.
    pub modified: SystemTime,
    /// The file's number on the disk (inode); 0 where unknown.
    pub file: u64,
}

/// The real file system.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealDisk;

impl Disk for RealDisk {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        fs::read(path)
    }

    fn stamp(&self, path: &Path) -> io::Result<Stamp> {
        let meta = fs::metadata(path)?;
        #[cfg(unix)]
        let file = std::os::unix::fs::MetadataExt::ino(&meta);
        #[cfg(not(unix))]
        let file = 0;
        Ok(Stamp {
            len: meta.len(),
            modified: meta.modified()?,
            file,
        })
    }

    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }

    fn canonical(&self, path: &Path) -> io::Result<PathBuf> {
        fs::canonicalize(path)
    }

    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        fs::create_dir_all(dir)
    }

    fn write_new(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
        file.write_all(bytes)
    }

    fn sync_file(&self, path: &Path) -> io::Result<()> {
        OpenOptions::new().write(true).open(path)?.sync_all()
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        #[cfg(unix)]
        File::open(dir)?.sync_all()?;
        #[cfg(not(unix))]
        let _ = dir;
        Ok(())
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        fs::read_dir(dir)?
            .map(|entry| entry.map(|e| e.path()))
            .collect()
    }

    fn try_lock(&self, path: &Path) -> io::Result<Option<FileLock>> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(FileLock { _file: file })),
            Err(fs::TryLockError::WouldBlock) => Ok(None),
            Err(fs::TryLockError::Error(e)) => Err(e),
        }
    }
}

const TEMP_SUFFIX: &str = ".tmp";

/// Writes a file so a crash leaves the old or the new version: a temporary
/// file in the same folder, flushed to disk, renamed over the old one, and the
/// folder flushed so the rename itself survives a power cut. A step that
/// fails before the rename leaves the old file as it was and removes the
/// temporary one.
///
/// The temporary file is named after the file (`.record.json.1234-5.tmp`),
/// so one left by a killed save can be told apart and removed later by
/// whoever owns that file (see [`is_temp_of`]).
pub fn write_atomic(disk: &dyn Disk, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = replace(disk, path, bytes)?;
    disk.sync_dir(&dir)
}

/// The same, without flushing the folder afterwards: after a power cut the
/// file is the old one or wholly the new one, but the new one may not be
/// there yet. For spare copies (backups), where that costs one copy and
/// saves a flush on every save. Returns the folder.
pub fn replace(disk: &dyn Disk, path: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    // A bare file name ("Protokoll.pdf") has an empty parent: the current folder.
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "file".to_owned(), |n| n.to_string_lossy().into_owned());
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let unique = format!(
        "{}-{}-{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let tmp = dir.join(format!(".{name}.{unique}{TEMP_SUFFIX}"));
    let written = disk
        .write_new(&tmp, bytes)
        .and_then(|()| disk.sync_file(&tmp))
        .and_then(|()| disk.rename(&tmp, path));
    if let Err(e) = written {
        // Whatever step failed, the file itself is untouched; the half
        // written temporary file goes (or is cleaned up later).
        let _ = disk.remove_file(&tmp);
        return Err(e);
    }
    Ok(dir.to_owned())
}

/// Whether `candidate` is a temporary file [`write_atomic`] made for a file
/// whose name starts with `stem` (e.g. "record" for record.json, its holder
/// and its backups).
pub fn is_temp_of(candidate: &Path, stem: &str) -> bool {
    candidate.file_name().is_some_and(|n| {
        let n = n.to_string_lossy();
        n.starts_with(&format!(".{stem}")) && n.ends_with(TEMP_SUFFIX)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_step_leaves_the_old_file_and_no_temporary_one() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("record.json");
        write_atomic(&RealDisk, &file, b"old")?;
        for op in [Op::WriteNew, Op::SyncFile, Op::Rename] {
            let disk = Faulty::new();
            disk.fail(op, 1, Fault::Io);
            assert!(write_atomic(&disk, &file, b"new").is_err(), "{op:?}");
            assert_eq!(fs::read(&file)?, b"old", "{op:?}");
            let temps = RealDisk
                .list(dir.path())?
                .into_iter()
                .filter(|p| is_temp_of(p, "record"))
                .count();
            assert_eq!(temps, 0, "{op:?}: the temporary file is removed");
        }
        write_atomic(&RealDisk, &file, b"new")?;
        assert_eq!(fs::read(&file)?, b"new");
        Ok(())
    }

    #[test]
    fn a_lock_is_held_until_dropped() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("record.lock");
        let first = RealDisk.try_lock(&path)?;
        assert!(first.is_some());
        assert!(RealDisk.try_lock(&path)?.is_none(), "a second holder waits");
        drop(first);
        assert!(RealDisk.try_lock(&path)?.is_some());
        Ok(())
    }
}
