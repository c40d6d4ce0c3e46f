//! What the user can ask for.

use std::path::PathBuf;

use crate::i18n::Lang;
use crate::profile::Profile;
use crate::record::{IncidentFacts, Mark, TaskId};
use crate::wizard::Screen;

use super::FileKind;

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
    /// Start with this name: it says who is working, and the wizard goes on.
    Start(String),
    /// Name who is working now.
    SetWorker(String),
    /// Save the practice profile. `base` is what the form started from, so
    /// only what this person changed goes over the record (another
    /// computer may have saved meanwhile).
    SaveProfile {
        /// The profile the form was filled from.
        base: Option<Profile>,
        /// The profile as the form holds it now.
        profile: Profile,
    },
    /// The profile is complete: save what changed and go on to the plan.
    ConfirmProfile {
        /// The profile the form was filled from.
        base: Option<Profile>,
        /// The profile as the form holds it now.
        profile: Profile,
    },
    /// Set a task's status.
    Mark {
        /// The task.
        task: TaskId,
        /// The new status.
        mark: Mark,
        /// Reason, required for "not applicable".
        reason: Option<String>,
    },
    /// Use the newest good backup in place of a damaged record.
    RestoreBackup,
    /// Set a damaged record aside and start a new one.
    StartOver,
    /// Try saving (or becoming the writer, or reaching the share) again now.
    Retry,
    /// Put the training record back to its starting state.
    ResetDemo,
    /// Remember the text size.
    SetZoom(f32),
    /// Close the message about a rejected playbook.
    DismissPlaybookError,
    /// Close the message about trouble the worker met.
    DismissTrouble,
    /// Save the incident facts and the report decision; `base` as for
    /// the profile.
    SaveFacts {
        /// The facts the form was filled from.
        base: Option<IncidentFacts>,
        /// The facts as the form holds them now.
        facts: IncidentFacts,
    },
    /// The practice owner signs the work off.
    SignOff {
        /// Who signs.
        name: String,
        /// Their role.
        role: String,
    },
    /// Ask where to save one of the files the app writes (the window's
    /// save dialog).
    ChooseFile(FileKind),
    /// Make that file and write it here; one of each kind at a time.
    Export(FileKind, PathBuf),
    /// Enter a ticked paper checklist: these tasks were done by this person
    /// at this time, as the sheet says.
    EnterSheet(crate::record::Sheet),
    /// Someone watches the screen (remote support) or not: hides passwords.
    SetRemoteSupport(bool),
    /// Open the screen with this code, as support staff say it on the phone.
    GoToCode(String),
    /// List what the support bundle will hold.
    ListBundle,
    /// Keep the record in this shared folder, or (`None`) on this computer.
    UseSharedFolder(Option<PathBuf>),
    /// Copy the suggested password; the window owns the clipboard.
    CopySuggestion,
    /// Leave a playbook nobody vouches for and follow the built-in one.
    UseBuiltInPlaybook,
    /// Use a playbook nobody vouches for, after its warning; the person
    /// who chose it names themselves and who confirmed it on the phone.
    UseUntrustedPlaybook {
        /// Who chose it.
        name: String,
        /// Who at the IT support company confirmed it.
        confirmed_by: String,
    },
}

impl Action {
    /// Whether the action acts on the guidance: waiting while a playbook
    /// nobody vouches for has not been chosen deliberately.
    pub fn follows_the_playbook(&self) -> bool {
        matches!(
            self,
            Action::Go(_)
                | Action::Next
                | Action::Back
                | Action::GoToCode(_)
                | Action::Start(_)
                | Action::SetWorker(_)
                | Action::SaveProfile { .. }
                | Action::ConfirmProfile { .. }
                | Action::Mark { .. }
                | Action::SaveFacts { .. }
                | Action::SignOff { .. }
                | Action::EnterSheet(_)
                | Action::ResetDemo
                | Action::ChooseFile(
                    FileKind::Certificate | FileKind::Checklist | FileKind::KeySheet
                )
                | Action::Export(
                    FileKind::Certificate | FileKind::Checklist | FileKind::KeySheet,
                    _
                )
                | Action::UseSharedFolder(_)
        )
    }
}
