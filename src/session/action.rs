//! What the user can ask for, and the outcomes the screens report back.

use std::path::PathBuf;

use crate::i18n::Lang;
use crate::profile::Profile;
use crate::record::{Backup, FileError, IncidentFacts, Mark, RecordError};
use crate::wizard::Screen;

/// Something the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open a screen.
    Go(Screen),
    /// The wizard's "next".
    Next,
    /// The wizard's "back".
    Back,
    /// Switch the language.
    SetLanguage(Lang),
    /// Name who is working now.
    SetWorker(String),
    /// Save the practice profile.
    SaveProfile(Profile),
    /// Set a task's status.
    Mark {
        /// Plan task id.
        task: String,
        /// The new status.
        mark: Mark,
        /// Reason, required for "not applicable".
        reason: Option<String>,
    },
    /// Use the newest good backup in place of a damaged record.
    RestoreBackup,
    /// Set a damaged record aside and start a new one.
    StartOver,
    /// Try saving (or becoming the writer) again now.
    Retry,
    /// Put the training record back to its starting state.
    ResetDemo,
    /// Remember the text size.
    SetZoom(f32),
    /// Close the message about a rejected playbook.
    DismissPlaybookError,
    /// Save the incident facts and the report decision.
    SaveFacts(IncidentFacts),
    /// The practice owner signs the work off.
    SignOff {
        /// Who signs.
        name: String,
        /// Their role.
        role: String,
    },
    /// Ask where to save the certificate. The window shows the system's
    /// save dialog and answers with [`Action::ExportCertificate`].
    ChooseCertificateFile,
    /// Write the certificate to this file.
    ExportCertificate(PathBuf),
    /// Someone watches the screen (remote support) or not: hides passwords.
    SetRemoteSupport(bool),
    /// Open the screen with this code, as support staff say it on the phone.
    GoToCode(String),
    /// Ask where to save the support bundle; the window shows the dialog.
    ChooseBundleFile,
    /// Write the support bundle to this file.
    SaveBundle(PathBuf),
    /// Keep the record in this shared folder, or (`None`) on this computer.
    UseSharedFolder(Option<PathBuf>),
    /// Copy the suggested password; the window owns the clipboard.
    CopySuggestion,
}

/// How the last certificate export went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportOutcome {
    /// Written to this file.
    Written {
        /// The file.
        path: PathBuf,
        /// The certificate's document ID.
        document_id: String,
    },
    /// Not written.
    Failed {
        /// The file that was asked for.
        path: PathBuf,
        /// What went wrong.
        problem: ExportProblem,
    },
}

/// Why a certificate was not written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportProblem {
    /// The folder may not be written, or the file is open in another program.
    NotWritable,
    /// The disk is full.
    DiskFull,
    /// The folder does not exist (any more).
    FolderMissing,
    /// The document could not be made (a defect; the detail is logged).
    Other,
}

/// Why the last save did not reach the disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// The disk is full.
    DiskFull,
    /// The disk or folder may not be written.
    NotWritable,
    /// The folder is gone (a network share or USB stick away).
    FolderMissing,
    /// Any other reason.
    Other,
}

impl SaveProblem {
    pub(super) fn of(error: &RecordError) -> SaveProblem {
        use std::io::ErrorKind;
        match error {
            RecordError::Io { source, .. } => match source.kind() {
                ErrorKind::StorageFull | ErrorKind::QuotaExceeded => SaveProblem::DiskFull,
                ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
                    SaveProblem::NotWritable
                }
                ErrorKind::NotFound => SaveProblem::FolderMissing,
                _ => SaveProblem::Other,
            },
            RecordError::ReadOnly => SaveProblem::NotWritable,
            RecordError::Encode(_) => SaveProblem::Other,
        }
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
