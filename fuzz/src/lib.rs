//! What the fuzz targets share: a disk in memory, a fixed clock, the
//! built-in playbook parsed once, and a workspace opened the way the app
//! opens one.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use chrono::{DateTime, TimeZone, Utc};
use passwort_lotse::clock::ManualClock;
use passwort_lotse::disk::{Disk, FileLock, RealDisk, Stamp};
use passwort_lotse::playbook::{DEFAULT_PLAYBOOK, Playbook, default_playbook};
use passwort_lotse::record::{Event, EventKind, Record};
use passwort_lotse::settings::Settings;
use passwort_lotse::workspace::{Opening, Report, Start, StoreState, Workspace};

/// The moment every target's clock shows: a Saturday in the incident week.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 18, 0, 0)
        .single()
        .unwrap_or_default()
}

/// A clock standing at [`now`].
pub fn clock() -> ManualClock {
    ManualClock::new(now())
}

/// The built-in playbook, parsed once per process.
pub static PLAYBOOK: LazyLock<Playbook> = LazyLock::new(default_playbook);

/// A workspace as the app has it once the worker opened `record`, with these
/// preferences.
pub fn workspace(record: Record, settings: Settings) -> Workspace {
    let start = Start {
        playbook: PLAYBOOK.clone(),
        playbook_source: DEFAULT_PLAYBOOK.to_owned(),
        playbook_origin: passwort_lotse::record::PlaybookOrigin::BuiltIn,
        playbook_error: None,
        settings,
        workstation: "Empfang-PC".into(),
        demo: false,
        folders: passwort_lotse::workspace::Folders {
            data: PathBuf::from("/mem/data"),
            settings: PathBuf::from("/mem/here"),
        },
        settings_problem: None,
    };
    let mut ws = Workspace::new(start, Arc::new(clock()));
    let _ = ws.apply(Report::Opened(Opening {
        store: StoreState::Writer,
        record,
        recovery: None,
        problem: None,
    }));
    ws
}

/// A record holding only the sample practice's profile, saved three hours
/// before [`now`]: every task is open.
pub fn profile_only() -> Record {
    let mut record = Record::default();
    record.push(
        now() - chrono::Duration::hours(3),
        "Anna Schmidt",
        "Empfang-PC",
        EventKind::ProfileSaved {
            profile: passwort_lotse::demo::profile(),
            base: None,
        },
    );
    record
}

/// The record file's checksum over these events, as `record::file` computes
/// it (sha256 over each event's compact JSON and a newline). Lets a target
/// reseal an edited record the way anyone with `sha256sum` could, so the
/// fuzzer reaches what the app does with a record that passes the check.
pub fn checksum(events: &[Event]) -> Option<String> {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for e in events {
        hasher.update(serde_json::to_vec(e).ok()?);
        hasher.update(b"\n");
    }
    Some(passwort_lotse::hex::hex(&hasher.finalize()))
}

/// These bytes with the record checksum recomputed, when they are a JSON
/// object whose `events` read as events; `None` otherwise.
pub fn reseal(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let events: Vec<Event> = serde_json::from_value(value.get("events")?.clone()).ok()?;
    let sum = checksum(&events)?;
    let object = value.as_object_mut()?;
    object.insert("checksum".into(), serde_json::Value::String(sum));
    serde_json::to_vec(&value).ok()
}

/// A disk in memory, so a target can run the persistence's real reading
/// code without touching the file system. Locks are real file locks in a
/// folder of the system's temporary folder, because a [`FileLock`] can only
/// come from [`RealDisk`].
#[derive(Debug)]
pub struct MemDisk {
    files: Mutex<BTreeMap<PathBuf, Vec<u8>>>,
    dirs: Mutex<BTreeSet<PathBuf>>,
    locks: PathBuf,
}

static TICK: AtomicU64 = AtomicU64::new(1);

fn not_found(path: &Path) -> io::Error {
    io::Error::new(io::ErrorKind::NotFound, path.display().to_string())
}

impl MemDisk {
    /// An empty disk; its locks live in `locks` (created if needed).
    pub fn new(locks: &Path) -> MemDisk {
        // Failing here only means no lock can be taken later, which the
        // persistence handles as a disk that refuses.
        let _ = std::fs::create_dir_all(locks);
        MemDisk {
            files: Mutex::new(BTreeMap::new()),
            dirs: Mutex::new(BTreeSet::new()),
            locks: locks.to_owned(),
        }
    }

    /// Puts a file on the disk, creating its folders.
    pub fn put(&self, path: &Path, bytes: &[u8]) {
        if let Some(parent) = path.parent() {
            let _ = self.create_dir_all(parent);
        }
        self.files
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(path.to_owned(), bytes.to_vec());
    }
}

/// The folder for the fuzz targets' lock files, one per process.
pub fn lock_dir() -> PathBuf {
    std::env::temp_dir().join(format!("passwort-lotse-fuzz-{}", std::process::id()))
}

impl Disk for MemDisk {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.files
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(path)
            .cloned()
            .ok_or_else(|| not_found(path))
    }

    fn stamp(&self, path: &Path) -> io::Result<Stamp> {
        let len = self
            .files
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(path)
            .map(Vec::len)
            .ok_or_else(|| not_found(path))?;
        let tick = TICK.fetch_add(1, Ordering::Relaxed);
        Ok(Stamp {
            len: len as u64,
            modified: SystemTime::UNIX_EPOCH + Duration::from_secs(tick),
            file: tick,
        })
    }

    fn is_dir(&self, path: &Path) -> bool {
        self.dirs
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .contains(path)
    }

    fn canonical(&self, path: &Path) -> io::Result<PathBuf> {
        Ok(path.to_owned())
    }

    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        let mut dirs = self.dirs.lock().unwrap_or_else(PoisonError::into_inner);
        for d in dir.ancestors() {
            if !d.as_os_str().is_empty() {
                dirs.insert(d.to_owned());
            }
        }
        Ok(())
    }

    fn write_new(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
        if files.contains_key(path) {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                path.display().to_string(),
            ));
        }
        files.insert(path.to_owned(), bytes.to_vec());
        Ok(())
    }

    fn sync_file(&self, _path: &Path) -> io::Result<()> {
        Ok(())
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        let mut files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
        let bytes = files.remove(from).ok_or_else(|| not_found(from))?;
        files.insert(to.to_owned(), bytes);
        Ok(())
    }

    fn sync_dir(&self, _dir: &Path) -> io::Result<()> {
        Ok(())
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        self.files
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(path)
            .map(|_| ())
            .ok_or_else(|| not_found(path))
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        if !self.is_dir(dir) {
            return Err(not_found(dir));
        }
        let files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
        let dirs = self.dirs.lock().unwrap_or_else(PoisonError::into_inner);
        Ok(files
            .keys()
            .chain(dirs.iter())
            .filter(|p| p.parent() == Some(dir))
            .cloned()
            .collect())
    }

    fn try_lock(&self, path: &Path) -> io::Result<Option<FileLock>> {
        // One real lock file per lock path of the memory disk.
        let name: String = path
            .to_string_lossy()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        RealDisk.try_lock(&self.locks.join(name))
    }
}
