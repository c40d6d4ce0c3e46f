//! The parts the workspace is made of, each named for what it holds, so a
//! reader finds the practice's document apart from this computer's
//! preferences and from the state of the file on disk.

use std::path::PathBuf;
use std::sync::Arc;

use super::{IoProblem, PlaybookTrust, Recovery, SheetOutcome, StoreState, Ticket, Trouble};
use crate::plan::Plan;
use crate::playbook::{Playbook, PlaybookError};
use crate::record::{LockHolder, Record};
use crate::settings::Settings;
use crate::wizard::Screen;

use super::OwnKey;

/// The practice's document: the playbook it follows, what it did, and the
/// plan that follows from both.
pub struct Document {
    /// The playbook in use.
    pub playbook: Arc<Playbook>,
    /// The playbook's source text, embedded in certificates.
    pub playbook_source: Arc<str>,
    /// Who vouches for the playbook, and whether it was chosen anyway.
    pub playbook_trust: PlaybookTrust,
    /// A playbook given with `--playbook` that could not be used.
    pub playbook_error: Option<PlaybookError>,
    /// The record in memory; on disk too once the worker says so.
    pub record: Record,
    /// The plan for the practice, derived from playbook and profile.
    pub plan: Plan,
}

/// The folders of this installation, named for what they hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folders {
    /// The data folder: the logs and the signing key, for real work and
    /// training alike.
    pub data: PathBuf,
    /// This computer's settings, and its record unless the record is in a
    /// shared folder: the data folder itself, or `demo/` inside it for the
    /// training record.
    pub settings: PathBuf,
}

/// This computer: its preferences, its name and its folders.
pub struct ThisComputer {
    /// This computer's preferences.
    pub settings: Settings,
    /// This computer's name, recorded with every event.
    pub workstation: String,
    /// Whether this is the training record.
    pub demo: bool,
    /// Where this installation keeps what it keeps.
    pub folders: Folders,
    /// This installation's signing key, once read for the About screen.
    pub own_key: Option<OwnKey>,
}

/// The record file as far as this copy knows: where it lives, what came of
/// the last save, and what went wrong.
pub struct Storage {
    /// Where the record lives and who writes it.
    pub state: StoreState,
    /// A damaged record found at start, until the user decides.
    pub recovery: Option<Recovery>,
    /// Why the last choice on a damaged record (backup, new start) failed.
    pub recovery_problem: Option<IoProblem>,
    /// Why the last save did not reach the disk; the work is in memory.
    pub save_problem: Option<IoProblem>,
    /// Another workstation saving into the shared folder right now.
    pub waiting_for: Option<LockHolder>,
    /// Trouble the worker met that the user should know of.
    pub trouble: Option<Trouble>,
    /// The newest change handed to the worker, and the newest it saved.
    pub(super) sent: Ticket,
    pub(super) saved: Ticket,
}

/// Where the person is, and what came of what they just asked.
pub struct Place {
    /// The screen shown.
    pub screen: Screen,
    /// What became of the last ticked sheet entered on this visit.
    pub sheet: Option<SheetOutcome>,
    /// A code typed to jump to that names no screen.
    pub unknown_code: Option<String>,
}
