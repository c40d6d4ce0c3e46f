//! The events a record is made of.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::IncidentFacts;
use crate::profile::Profile;

/// Which task of a plan something is about: the playbook task's id, and for a
/// task repeated per device or person, `@` and that one's id
/// (`windows-logon@d3`), so renaming a device keeps its work.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TaskId(String);

impl TaskId {
    /// The id of a task done once: the playbook task's id.
    pub fn once(template: &str) -> TaskId {
        TaskId(template.to_owned())
    }

    /// The id of a task repeated for one device or person.
    pub fn for_subject(template: &str, subject: &str) -> TaskId {
        TaskId(format!("{template}@{subject}"))
    }

    /// The id as text, as the record stores it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The playbook task it was made from.
    pub fn template(&self) -> &str {
        self.0.split('@').next().unwrap_or(&self.0)
    }
}

impl From<&str> for TaskId {
    fn from(id: &str) -> TaskId {
        TaskId(id.to_owned())
    }
}

impl From<String> for TaskId {
    fn from(id: String) -> TaskId {
        TaskId(id)
    }
}

impl std::borrow::Borrow<str> for TaskId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for TaskId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for TaskId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl std::ops::Deref for TaskId {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for TaskId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One thing that happened: who did what, when, at which workstation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Position in the record, starting at 1, without gaps.
    pub seq: u64,
    /// Unique across all workstations, so records written on several
    /// computers can be merged without losing or doubling an event.
    #[serde(default)]
    pub id: String,
    /// When it happened (UTC).
    pub at: DateTime<Utc>,
    /// The member of staff who did it.
    pub by: String,
    /// The computer it was done on.
    pub workstation: String,
    /// What happened.
    #[serde(flatten)]
    pub kind: EventKind,
}

/// What happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    /// The record was started with this playbook.
    RecordStarted {
        /// The playbook's id.
        playbook_id: String,
        /// The playbook's version.
        playbook_version: String,
        /// A training record (`--demo`): everything made from it says so.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        training: bool,
    },
    /// The practice profile was saved; the newest one counts.
    ProfileSaved {
        /// The whole profile as saved.
        profile: Profile,
    },
    /// The incident facts were saved; the newest ones count.
    FactsSaved {
        /// All facts as saved.
        facts: IncidentFacts,
    },
    /// The practice owner signed the work off.
    SignedOff {
        /// Who signed.
        name: String,
        /// Their role, e.g. "Praxisinhaberin".
        role: String,
    },
    /// A ticked paper checklist was entered: its tasks are done.
    SheetEntered {
        /// What the sheet says.
        #[serde(flatten)]
        sheet: Sheet,
    },
    /// A task's status was set.
    TaskMarked {
        /// The plan task's id.
        task: TaskId,
        /// The new status.
        mark: Mark,
        /// The reason, for "not applicable".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
}

/// A ticked paper checklist, entered afterwards: who did the ticked tasks
/// and when, as written on the sheet. The event itself says who entered it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sheet {
    /// The tasks ticked on the sheet.
    pub tasks: Vec<TaskId>,
    /// Who did them, as written on the sheet.
    pub done_by: String,
    /// When they were done, as written on the sheet (UTC).
    pub done_at: DateTime<Utc>,
}

/// The statuses a person can give a task.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// The password was changed.
    Done,
    /// The new login was tried and works.
    Tested,
    /// Does not apply here (a reason is recorded).
    NotApplicable,
    /// Help is needed.
    NeedHelp,
    /// Support was called and will come back.
    WaitingForSupport,
    /// Back to open, e.g. after a mistaken click.
    Reopened,
}
