//! What the workspace asks of the world (effects) and what comes back
//! (reports). The persistence worker carries out the storage effects and
//! answers with reports; the window carries out the desktop effects.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::bundle::Entry;
use crate::i18n::Lang;
use crate::playbook::Playbook;
use crate::record::{Backup, Event, FileError, LockHolder, Record, RecordError};
use crate::settings::Settings;

/// Numbers every change that must reach the disk, so the screen can say
/// "saving …" until the worker reports that number saved.
pub type Ticket = u64;

/// Something the workspace needs done outside memory.
#[derive(Clone, Debug)]
pub enum Effect {
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
    /// Make and write a certificate or a checklist.
    Export(ExportJob),
    /// List what the support bundle will hold (the logs are read for it).
    ListBundle(Vec<Entry>),
    /// Write the support bundle.
    SaveBundle(PathBuf, Vec<Entry>),
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

impl Effect {
    /// Whether the window carries it out (dialogs, viewer, clipboard)
    /// rather than the persistence worker.
    pub fn is_for_the_window(&self) -> bool {
        matches!(
            self,
            Effect::ChooseFile { .. } | Effect::OpenFile(_) | Effect::CopySuggestion
        )
    }
}

/// The files the window's save dialog is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// The certificate (PDF).
    Certificate,
    /// The paper checklist (PDF).
    Checklist,
    /// The support bundle (zip).
    Bundle,
}

/// The PDFs the app makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentKind {
    /// The sealed completion record (or interim summary).
    Certificate,
    /// The paper checklist to tick off at the devices.
    Checklist,
}

/// Everything a certificate or checklist is made from, handed to the worker.
#[derive(Clone, Debug)]
pub struct ExportJob {
    /// Which document.
    pub document: DocumentKind,
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
    Exported(DocumentKind, ExportOutcome),
    /// What the support bundle will hold: file names and sizes.
    BundleListed(Vec<(String, usize)>),
    /// Where the support bundle went, or why it did not.
    BundleSaved(Result<PathBuf, IoProblem>),
    /// Something went wrong that the user should hear about.
    Trouble(Trouble),
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
    },
    /// The folder cannot be used; work stays in memory.
    Unavailable,
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
    /// The record in the shared folder is damaged; nothing is written into it.
    SharedRecordDamaged,
    /// A damaged copy of work kept on this computer was set aside, not used.
    PendingSetAside(PathBuf),
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
            _ => IoProblem::Other,
        }
    }

    /// The problem behind a record error.
    pub fn of(error: &RecordError) -> IoProblem {
        match error {
            RecordError::Io { source, .. } => IoProblem::of_io(source),
            RecordError::ReadOnly => IoProblem::NotWritable,
            RecordError::Damaged | RecordError::Encode(_) => IoProblem::Other,
        }
    }
}
