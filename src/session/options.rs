//! How the app was started: folders, language, playbook, this computer.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::demo;
use crate::disk::{Disk, RealDisk};
use crate::i18n::Lang;
use crate::persist::{LOCK_WAIT, Setup, location};
use crate::playbook::{self, Playbook, signature};
use crate::record::LockHolder;
use crate::record::PlaybookOrigin;
use crate::settings::{Settings, Worker};
use crate::workspace::{Folders, Start};

/// How the app was started.
#[derive(Clone, Default)]
pub struct Options {
    /// The data folder (the real one; the training record lives in `demo/` inside it).
    pub data_dir: PathBuf,
    /// A playbook file to use instead of the built-in one.
    pub playbook: Option<PathBuf>,
    /// Work on the training record.
    pub demo: bool,
    /// Language chosen on the command line; overrides the remembered one.
    pub lang: Option<Lang>,
    /// This computer's name, recorded with every event.
    pub workstation: String,
    /// The operating system's credential store for the certificate's key;
    /// `None` keeps the key in a file in the data folder.
    pub credential_store: Option<Arc<keyring_core::CredentialStore>>,
    /// The disk every file goes through; `None` is the real one (tests
    /// give one that fails on purpose).
    pub disk: Option<Arc<dyn Disk>>,
    /// How long a save waits for another workstation's hold on the shared
    /// folder; `None` is [`LOCK_WAIT`].
    pub lock_wait: Option<Duration>,
    /// The folder of trusted provider keys; `None` is the platform's
    /// ([`signature::trusted_keys_dir`]).
    pub trusted_keys: Option<PathBuf>,
}

/// The playbook a session works with.
pub struct LoadedPlaybook {
    /// The playbook.
    pub playbook: Playbook,
    /// Its file's text, embedded in certificates.
    pub source: String,
    /// Who vouches for it.
    pub origin: PlaybookOrigin,
    /// The file that was asked for but could not be used (the built-in
    /// playbook is used then).
    pub error: Option<playbook::PlaybookError>,
}

impl Options {
    /// The folder of this computer's settings (and of the record, unless it
    /// lives in a shared folder).
    pub fn settings_dir(&self) -> PathBuf {
        if self.demo {
            demo::dir(&self.data_dir)
        } else {
            self.data_dir.clone()
        }
    }

    /// The disk every file goes through.
    pub fn disk(&self) -> Arc<dyn Disk> {
        self.disk.clone().unwrap_or_else(|| Arc::new(RealDisk))
    }

    /// The folder of the record this session works on: the shared folder
    /// when the note of the record's location names one (never for the
    /// training record), else the local one. Only read, never written.
    pub fn record_dir(&self) -> Result<PathBuf, crate::store::StoreError> {
        let local = self.settings_dir();
        if self.demo {
            return Ok(local);
        }
        let disk = self.disk();
        let legacy = crate::persist::settings_file::load(disk.as_ref(), &local)
            .ok()
            .and_then(|s| s.shared_folder);
        location::record_dir(disk.as_ref(), &local, legacy.as_deref())
    }

    /// The playbook to use, who vouches for it, and the error if the
    /// requested one was unusable (the built-in playbook is used then).
    pub fn load_playbook(&self) -> LoadedPlaybook {
        let built_in = |error| LoadedPlaybook {
            playbook: playbook::default_playbook(),
            source: playbook::DEFAULT_PLAYBOOK.to_owned(),
            origin: PlaybookOrigin::BuiltIn,
            error,
        };
        let Some(path) = &self.playbook else {
            return built_in(None);
        };
        let loaded = std::fs::read_to_string(path)
            .map_err(|source| playbook::PlaybookError::Unreadable {
                path: path.clone(),
                source,
            })
            .and_then(|text| playbook::parse(&text, path).map(|p| (p, text)));
        match loaded {
            Ok((playbook, source)) => {
                let signature = signature::SignatureFile::beside(self.disk().as_ref(), path);
                let keys = signature::trusted_keys(&self.trusted_key_files());
                let origin = signature::check(source.as_bytes(), &signature, &keys);
                tracing::info!(?origin, file = %path.display(), "playbook loaded");
                LoadedPlaybook {
                    playbook,
                    source,
                    origin,
                    error: None,
                }
            }
            Err(e) => {
                tracing::error!(error = %e, "playbook rejected; using the built-in one");
                built_in(Some(e))
            }
        }
    }

    /// The `.pub` files in the folder of trusted keys, as (name, text); a
    /// missing folder has none, an unreadable file is left out (and logged).
    fn trusted_key_files(&self) -> Vec<(String, String)> {
        let dir = self
            .trusted_keys
            .clone()
            .unwrap_or_else(signature::trusted_keys_dir);
        if writable_by_others(&dir) {
            tracing::warn!(folder = %dir.display(), "folder of trusted keys writable by others; no key trusted");
            return Vec::new();
        }
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Vec::new();
        };
        let mut files: Vec<(String, String)> = entries
            .filter_map(Result::ok)
            .filter(|e| {
                e.path().extension().and_then(|x| x.to_str()) == Some(signature::KEY_EXTENSION)
            })
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                if writable_by_others(&e.path()) {
                    tracing::warn!(file = %name, "trusted key writable by others; ignored");
                    return None;
                }
                match std::fs::read_to_string(e.path()) {
                    Ok(text) => Some((name, text)),
                    Err(error) => {
                        tracing::warn!(%error, file = %name, "trusted key not read");
                        None
                    }
                }
            })
            .collect();
        files.sort();
        files
    }

    /// What the workspace starts with and where the persistence works.
    /// Reads this computer's preferences and the playbook: small local
    /// files, read once before the window opens.
    pub fn start(&self) -> (Start, Setup) {
        let settings_dir = self.settings_dir();
        let disk = self.disk();
        let loaded = self.load_playbook();
        let (mut settings, settings_problem) =
            match crate::persist::settings_file::load(disk.as_ref(), &settings_dir) {
                Ok(settings) => (settings, None),
                Err(e) => {
                    tracing::error!(error = %e, "settings not read; using the defaults");
                    (
                        Settings::default(),
                        Some(crate::workspace::IoProblem::of_settings(&e)),
                    )
                }
            };
        if self.lang.is_some() {
            settings.lang = self.lang;
        }
        if settings.lang.is_none() {
            settings.lang = Some(Lang::from_system());
        }
        let setup = Setup {
            folders: Folders {
                data: self.data_dir.clone(),
                settings: settings_dir,
            },
            demo: self.demo,
            legacy_shared_folder: settings.shared_folder.clone(),
            me: LockHolder {
                name: settings
                    .worker
                    .as_ref()
                    .map(Worker::name)
                    .unwrap_or_default()
                    .to_owned(),
                workstation: self.workstation.clone(),
            },
            credential_store: self.credential_store.clone(),
            disk,
            lock_wait: self.lock_wait.unwrap_or(LOCK_WAIT),
        };
        let start = Start {
            playbook: loaded.playbook,
            playbook_source: loaded.source,
            playbook_origin: loaded.origin,
            playbook_error: loaded.error,
            settings,
            workstation: self.workstation.clone(),
            demo: self.demo,
            folders: setup.folders.clone(),
            settings_problem,
        };
        (start, setup)
    }
}

/// Whether others than the owner may change this file or folder (Unix). A
/// key anyone can put or change in the folder of trusted keys would make
/// any playbook look trusted, so such a folder or key counts for nothing.
/// On Windows the folder's permissions are the IT company's to set
/// (docs/playbook.md); they are not checked here.
fn writable_by_others(path: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).map_or(true, |m| m.permissions().mode() & 0o022 != 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}
