//! How the app was started: folders, language, playbook, this computer.

use std::path::PathBuf;
use std::sync::Arc;

use crate::demo;
use crate::i18n::Lang;
use crate::persist::Setup;
use crate::playbook::{self, Playbook};
use crate::record::LockHolder;
use crate::settings::Settings;
use crate::workspace::Start;

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

    /// The folder of the record this session works on: the shared folder
    /// when one is set (never for the training record), else the local one.
    pub fn record_dir(&self) -> PathBuf {
        let local = self.settings_dir();
        if self.demo {
            return local;
        }
        Settings::load(&local).shared_folder.unwrap_or(local)
    }

    /// The playbook to use, and the error if the requested one was unusable
    /// (the built-in playbook is used then).
    pub fn load_playbook(&self) -> (Playbook, String, Option<playbook::PlaybookError>) {
        let built_in = || {
            (
                playbook::default_playbook(),
                playbook::DEFAULT_PLAYBOOK.to_owned(),
            )
        };
        let Some(path) = &self.playbook else {
            let (p, source) = built_in();
            return (p, source, None);
        };
        let loaded = std::fs::read_to_string(path)
            .map_err(|source| playbook::PlaybookError::Unreadable {
                path: path.clone(),
                source,
            })
            .and_then(|text| playbook::parse(&text, path).map(|p| (p, text)));
        match loaded {
            Ok((p, source)) => (p, source, None),
            Err(e) => {
                tracing::error!(error = %e, "playbook rejected; using the built-in one");
                let (p, source) = built_in();
                (p, source, Some(e))
            }
        }
    }

    /// What the workspace starts with and where the persistence works.
    /// Reads this computer's preferences and the playbook: small local
    /// files, read once before the window opens.
    pub fn start(&self) -> (Start, Setup) {
        let settings_dir = self.settings_dir();
        let (playbook, playbook_source, playbook_error) = self.load_playbook();
        let mut settings = Settings::load(&settings_dir);
        if self.lang.is_some() {
            settings.lang = self.lang;
        }
        if settings.lang.is_none() {
            settings.lang = Some(Lang::from_system());
        }
        let setup = Setup {
            settings_dir,
            data_dir: self.data_dir.clone(),
            // The training record never lives in a shared folder.
            shared_folder: settings.shared_folder.clone().filter(|_| !self.demo),
            me: LockHolder {
                name: settings.worker.clone(),
                workstation: self.workstation.clone(),
            },
            credential_store: self.credential_store.clone(),
        };
        let start = Start {
            playbook,
            playbook_source,
            playbook_error,
            settings,
            workstation: self.workstation.clone(),
            demo: self.demo,
            data_dir: setup.settings_dir.clone(),
        };
        (start, setup)
    }
}
