//! What the workspace asks of the world (effects) and what comes back
//! (reports). The persistence worker carries out the storage effects and
//! answers with reports; the window carries out the desktop effects.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::bundle::Entry;
use crate::i18n::Lang;
use crate::playbook::Playbook;
use crate::record::{Backup, Event, FileError, LockHolder, Record};
use crate::settings::Settings;

/// Numbers every change that must reach the disk, so the screen can say
/// "saving …" until the worker reports that number saved.
pub type Ticket = u64;

/// Something the workspace needs done outside memory: by the persistence
/// worker or by the window. Each side matches only its own kind.
#[derive(Clone, Debug)]
#[expect(
    clippy::large_enum_variant,
    reason = "an effect is made and carried out once per action, never stored"
)]
pub enum Effect {
    /// For the persistence worker: disk, share, key store, PDF.
    Persist(PersistEffect),
    /// For the window: dialogs, the PDF viewer, the clipboard.
    Window(WindowEffect),
}

/// What the persistence worker does for the workspace.
#[derive(Clone, Debug)]
pub enum PersistEffect {
    /// Open the record (the first thing the worker does).
    Open,
    /// Save these new events.
    Save {
        /// The change's number.
        ticket: Ticket,
        /// The events appended since the last save.
        events: Vec<Event>,
    },
    /// Save this whole record in place of the old one (the training reset).
    Replace {
        /// The change's number.
        ticket: Ticket,
        /// The record.
        record: Record,
    },
    /// Try again now what failed: a save, taking over the record, the share.
    Retry,
    /// Put this backup in place of a damaged record, which is set aside.
    Restore {
        /// The change's number.
        ticket: Ticket,
        /// The backup.
        backup: Backup,
    },
    /// Set a damaged record aside and start a new one.
    StartOver {
        /// The change's number.
        ticket: Ticket,
    },
    /// Write this computer's preferences.
    SaveSettings(Settings),
    /// Keep the record in this shared folder, or (`None`) on this computer.
    UseSharedFolder(Option<PathBuf>),
    /// Make and write one of the app's files.
    Export(ExportJob),
    /// List what the support bundle will hold (the logs are read for it).
    ListBundle(Vec<Entry>),
    /// Read this installation's signing key, never making one, for the
    /// About screen.
    ReadOwnKey,
}

/// What only the window can do for the workspace.
#[derive(Clone, Debug)]
pub enum WindowEffect {
    /// Ask the user where to save a file (the window's save dialog).
    ChooseFile {
        /// Which file.
        kind: FileKind,
        /// The name offered.
        name: String,
    },
    /// Open a file in its usual program (the window's PDF viewer).
    OpenFile(PathBuf),
    /// Copy the suggested password (the window owns the clipboard).
    CopySuggestion,
}

/// The files the app writes: the PDFs and the support bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// The certificate (PDF).
    Certificate,
    /// The paper checklist (PDF).
    Checklist,
    /// The support bundle (zip).
    Bundle,
    /// The key sheet (PDF).
    KeySheet,
}

impl FileKind {
    /// The save dialog's filter: the format's name and its file endings.
    /// (On macOS the filter decides the ending of the name, so a support
    /// bundle offered as PDF would be saved as one.)
    pub fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            FileKind::Certificate | FileKind::Checklist | FileKind::KeySheet => ("PDF", &["pdf"]),
            FileKind::Bundle => ("ZIP", &["zip"]),
        }
    }
}

/// Everything a certificate or checklist is made from, handed to the worker.
#[derive(Clone, Debug)]
pub struct ExportJob {
    /// Which document.
    pub document: FileKind,
    /// Where to write it.
    pub path: PathBuf,
    /// The playbook the work followed.
    pub playbook: Arc<Playbook>,
    /// The playbook's source text, embedded in the PDF.
    pub playbook_source: Arc<str>,
    /// The record as it is now.
    pub record: Record,
    /// The language of the pages.
    pub lang: Lang,
    /// When it is made.
    pub at: DateTime<Utc>,
    /// For the support bundle, its files made from memory (the worker
    /// adds the logs); empty for the PDFs.
    pub bundle: Vec<Entry>,
}

/// What the worker found or did.
#[derive(Clone, Debug)]
pub enum Report {
    /// The record was opened.
    Opened(Opening),
    /// Everything up to this change is on disk.
    Saved(Ticket),
    /// The last save did not reach the disk; the work stays in memory.
    SaveFailed(IoProblem),
    /// Where the record lives now, and who writes it.
    Store(StoreState),
    /// Another workstation is saving into the shared folder right now.
    Waiting(LockHolder),
    /// Other workstations' events to take in.
    Merged(Record),
    /// The record as it now is on disk, in place of the one in memory
    /// (after a restore or a new start, or following another copy).
    Replaced(Record),
    /// How an export of a certificate or checklist went.
    Exported(FileKind, ExportOutcome),
    /// What the support bundle will hold: file names and sizes.
    BundleListed(Vec<(String, usize)>),
    /// This installation's signing key, as far as it could be read.
    OwnKey(OwnKey),
    /// Something went wrong that the user should hear about.
    Trouble(Trouble),
    /// The record was found damaged while this copy worked; the work stays
    /// in memory until the user chooses the way out.
    Recovering(Recovery),
    /// The backup or the new start could not be written (this change); the
    /// damaged record is still there, untouched.
    RecoveryFailed(Ticket, IoProblem),
}

/// The record as it was opened.
#[derive(Clone, Debug)]
pub struct Opening {
    /// Where it lives and who writes it.
    pub store: StoreState,
    /// The record (empty when new, damaged or unreadable).
    pub record: Record,
    /// A damaged record waiting for the user's decision.
    pub recovery: Option<Recovery>,
    /// Why the folder cannot be written, if so.
    pub problem: Option<IoProblem>,
}

/// Where the record lives and who writes it, as the screen shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum StoreState {
    /// Being opened.
    #[default]
    Opening,
    /// On this computer; this copy writes it.
    Writer,
    /// Another copy of the app writes it; this one follows and reads.
    Reader {
        /// Who holds it.
        holder: LockHolder,
    },
    /// In a folder shared by all workstations.
    Shared {
        /// The folder.
        folder: PathBuf,
    },
    /// The shared folder is away; work is kept on this computer until it is back.
    Offline {
        /// The folder.
        folder: PathBuf,
        /// Whether a copy of the record is known here. Without one, nothing
        /// can be done until the share is back.
        known: bool,
    },
    /// The folder cannot be used; work stays in memory.
    Unavailable,
    /// The record file is there but cannot be read; nothing is written.
    Unreadable {
        /// The file.
        file: PathBuf,
        /// Why.
        problem: IoProblem,
    },
    /// A damaged record waits for the user's decision.
    Recovering {
        /// The record's folder.
        folder: PathBuf,
    },
}

impl StoreState {
    /// Whether the record lives in a shared folder (reachable or not).
    pub fn is_shared(&self) -> bool {
        matches!(self, StoreState::Shared { .. } | StoreState::Offline { .. })
    }
}

/// A damaged record waiting for the user's decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    /// What is wrong with the record.
    pub problem: FileError,
    /// The newest good backup, if any.
    pub backup: Option<Backup>,
}

/// Trouble the worker met and the user should know of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trouble {
    /// Reading another copy's changes failed.
    FollowFailed(IoProblem),
    /// The record is damaged; nothing is written into it. The copy that
    /// writes it (or any, for a shared folder) offers the way out.
    RecordDamaged,
    /// A damaged copy of work kept on this computer was set aside, not used.
    PendingSetAside(PathBuf),
    /// The copy of work kept on this computer cannot be read; it is left as
    /// it is and merged once it can be read.
    PendingUnreadable(PathBuf),
    /// This computer's preferences could not be read or written; the
    /// defaults are used and the file is left as it is.
    Settings(IoProblem),
    /// The record could not be moved into or out of the shared folder; it
    /// stays where it was.
    MoveFailed(IoProblem),
}

/// How the last export of a document went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportOutcome {
    /// Written to this file.
    Written {
        /// The file.
        path: PathBuf,
        /// The certificate's document ID (empty for a checklist).
        document_id: String,
    },
    /// Not written.
    Failed {
        /// The file that was asked for.
        path: PathBuf,
        /// What went wrong.
        problem: IoProblem,
    },
}

/// Why something did not reach the disk, in terms the user can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IoProblem {
    /// The disk is full.
    DiskFull,
    /// The disk, folder or file may not be written (or is open elsewhere).
    NotWritable,
    /// The folder is gone (a network share or USB stick away).
    FolderMissing,
    /// The file there is damaged; it was not written over.
    Damaged,
    /// Another workstation kept the shared folder's lock; tried again soon.
    Busy,
    /// The installation's signing key is there but cannot be used; no new
    /// one was made in its place.
    KeyUnusable,
    /// The credential store refused to hand out the signing key.
    KeyStoreRefused,
    /// Any other reason (the detail is logged).
    Other,
}

impl IoProblem {
    /// The problem behind an operating system error.
    pub fn of_io(error: &std::io::Error) -> IoProblem {
        use std::io::ErrorKind;
        match error.kind() {
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => IoProblem::DiskFull,
            ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => IoProblem::NotWritable,
            ErrorKind::NotFound => IoProblem::FolderMissing,
            ErrorKind::InvalidData => IoProblem::Damaged,
            _ => IoProblem::Other,
        }
    }

    /// What the user is told when this computer's settings fail.
    pub fn of_settings(error: &crate::settings::SettingsError) -> IoProblem {
        use crate::settings::SettingsError;
        match error {
            SettingsError::Unreadable { source, .. } | SettingsError::Write { source, .. } => {
                IoProblem::of_io(source)
            }
            SettingsError::Garbled { .. } => IoProblem::Damaged,
        }
    }
}

/// This installation's signing key, as the About screen shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OwnKey {
    /// No key yet: the first certificate makes it.
    NotYet,
    /// The key's fingerprint and short code.
    Key {
        /// As printed on certificates.
        fingerprint: String,
        /// Two groups of four, to read out.
        code: String,
    },
    /// There is a key, but it cannot be read or the credential store refused.
    Unusable,
}

#[cfg(test)]
mod tests {
    use super::FileKind;

    #[test]
    fn b18_the_save_dialog_offers_each_file_as_what_it_is() {
        assert_eq!(FileKind::Bundle.filter(), ("ZIP", &["zip"][..]));
        for pdf in [
            FileKind::Certificate,
            FileKind::Checklist,
            FileKind::KeySheet,
        ] {
            assert_eq!(pdf.filter(), ("PDF", &["pdf"][..]));
        }
    }
}
