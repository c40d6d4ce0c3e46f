//! The events a record is made of.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::IncidentFacts;
use crate::profile::Profile;

/// Which task of a plan something is about: the playbook task's id, and for a
/// task repeated per device or person, `@` and that one's id
/// (`windows-admin@d3`), so renaming a device keeps its work.
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

    /// The same task's second round, after the computers were cleaned up
    /// (`windows-admin@d3#2`).
    pub fn second_round(&self) -> TaskId {
        TaskId(format!("{}#2", self.0))
    }

    /// The playbook task it was made from.
    pub fn template(&self) -> &str {
        self.0.split(['@', '#']).next().unwrap_or(&self.0)
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
    /// The practice profile was saved. With a `base`, only what the form
    /// changed from it counts, so an answer saved meanwhile at another
    /// workstation stays; without one (older records), the whole profile.
    ProfileSaved {
        /// The whole profile as the form held it.
        profile: Profile,
        /// The profile the form started from.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        base: Option<Box<Profile>>,
    },
    /// The incident facts were saved; as for the profile, with a `base`
    /// only the facts the form changed count.
    FactsSaved {
        /// All facts as the form held them.
        facts: IncidentFacts,
        /// The facts the form started from.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        base: Option<Box<IncidentFacts>>,
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
    /// From here on the work follows this playbook; recorded with the
    /// first change made with it, or when someone chose to use it despite
    /// the warning.
    PlaybookUsed(super::PlaybookUsed),
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
    /// The tasks ticked as done on the sheet.
    pub tasks: Vec<TaskId>,
    /// The tasks ticked as done and tested.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tested: Vec<TaskId>,
    /// The tasks ticked "help needed / something unknown found".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub help: Vec<TaskId>,
    /// The tasks ticked "not applicable", each with the reason written there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_applicable: Vec<SheetReason>,
    /// Who did them, as written on the sheet.
    pub done_by: String,
    /// When they were done, as written on the sheet (UTC).
    pub done_at: DateTime<Utc>,
}

/// A task ticked "not applicable" on a sheet, with the reason written there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetReason {
    /// The task.
    pub task: TaskId,
    /// Why it does not apply.
    pub reason: String,
}

impl Sheet {
    /// A sheet with these tasks ticked as done.
    pub fn done(tasks: Vec<TaskId>, done_by: &str, done_at: DateTime<Utc>) -> Sheet {
        Sheet {
            tasks,
            tested: Vec::new(),
            help: Vec::new(),
            not_applicable: Vec::new(),
            done_by: done_by.to_owned(),
            done_at,
        }
    }

    /// Every task the sheet says something about, with what it says.
    pub fn marks(&self) -> impl Iterator<Item = (&TaskId, Mark, Option<&str>)> {
        let done = self.tasks.iter().map(|t| (t, Mark::Done, None));
        let tested = self.tested.iter().map(|t| (t, Mark::Tested, None));
        let help = self.help.iter().map(|t| (t, Mark::NeedHelp, None));
        let na = self
            .not_applicable
            .iter()
            .map(|r| (&r.task, Mark::NotApplicable, Some(r.reason.as_str())));
        done.chain(tested).chain(help).chain(na)
    }
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
