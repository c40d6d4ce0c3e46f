//! Starting a session: data folder, playbook, record, lock.

use std::path::PathBuf;
use std::sync::Arc;

use super::{Recovery, SaveProblem, Session};
use crate::clock::Clock;
use crate::demo;
use crate::i18n::Lang;
use crate::plan::Plan;
use crate::playbook::{self, Playbook};
use crate::record::{LockHolder, Opened, Record, Store};
use crate::settings::Settings;

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
}

impl Session {
    /// Opens the record in the options' folder. Never fails: problems (a
    /// damaged record, another writer, a folder that cannot be written) are
    /// part of the session's state for the screen to explain.
    pub fn open(options: &Options, clock: Arc<dyn Clock>) -> Session {
        let settings_dir = options.settings_dir();
        let (playbook, playbook_source, playbook_error) = options.load_playbook();
        let mut settings = Settings::load(&settings_dir);
        let shared_folder = settings.shared_folder.clone().filter(|_| !options.demo);
        let dir = shared_folder
            .clone()
            .unwrap_or_else(|| settings_dir.clone());
        if options.lang.is_some() {
            settings.lang = options.lang;
        }
        if settings.lang.is_none() {
            settings.lang = Some(Lang::from_system());
        }
        let me = LockHolder {
            name: settings.worker.clone(),
            workstation: options.workstation.clone(),
        };
        let mut save_problem = None;
        let opened = if shared_folder.is_some() {
            // An unreachable share still opens: every save fails into the
            // local copy until the share is back.
            Store::shared(&dir).map(|s| (s, None)).or_else(|e| {
                tracing::warn!(error = %e, "shared folder not reachable at start");
                save_problem = Some(SaveProblem::of(&e));
                Ok((Store::reader(&dir), None))
            })
        } else {
            Store::open(&dir, &me)
        };
        let (store, other_writer) = match opened {
            Ok(opened) => opened,
            Err(e) => {
                tracing::error!(error = %e, "data folder not writable");
                save_problem = Some(SaveProblem::of(&e));
                (Store::reader(&dir), None)
            }
        };
        let mut recovery = None;
        let record = match store.load() {
            Ok(Opened::Loaded(record)) => record,
            Ok(Opened::Fresh) => Record::default(),
            Ok(Opened::Damaged { problem, backup }) => {
                tracing::warn!(%problem, "record damaged; asking the user");
                recovery = Some(Recovery { problem, backup });
                Record::default()
            }
            Err(e) => {
                tracing::error!(error = %e, "record unreadable");
                save_problem = Some(SaveProblem::of(&e));
                Record::default()
            }
        };
        let now = clock.now();
        let mut session = Session {
            plan: Plan::default(),
            screen: settings.screen.clone(),
            playbook,
            record,
            settings,
            workstation: options.workstation.clone(),
            demo: options.demo,
            recovery,
            playbook_error,
            save_problem,
            other_writer,
            playbook_source,
            export: None,
            unknown_code: None,
            bundle: None,
            store,
            clock,
            last_try: now,
            credential_store: options.credential_store.clone(),
            key_dir: options.data_dir.clone(),
            settings_dir,
            shared: shared_folder.is_some(),
            last_stamp: None,
        };
        if session.shared {
            session.take_in_pending();
        }
        // A training record from before records were marked as such is
        // started afresh, so everything made from it says "training".
        let fresh_demo =
            options.demo && !session.record.is_training() && session.recovery.is_none();
        if fresh_demo && session.can_write() {
            session.record = demo::record(&session.playbook, now);
            if session.settings.worker.is_empty() {
                demo::TRAINEE.clone_into(&mut session.settings.worker);
            }
            session.save_record();
            session.settings.screen = crate::wizard::Screen::Overview;
            session.save_settings();
        }
        session.plan = Plan::new(&session.playbook, &session.profile());
        session.screen = session.settings.screen.clone().valid_for(session.flow());
        session
    }
}
