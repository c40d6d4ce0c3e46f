//! The events a record is made of.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::IncidentFacts;
use crate::profile::Profile;

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
    /// A task's status was set.
    TaskMarked {
        /// The plan task's id.
        task: String,
        /// The new status.
        mark: Mark,
        /// The reason, for "not applicable".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
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
