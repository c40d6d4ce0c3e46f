//! The practice's record: an append-only list of events from which every
//! status is derived. Pure data: keeping it on disk is the store's
//! module (`src/store`).
//!
//! The record never holds a password, a PIN or any part of one: events name
//! tasks and statuses, and free text is only the reason for "not applicable".

mod answers;
mod copies;
mod event;
mod facts;
mod file;
mod index;
mod origin;

pub use answers::{Absence, Absent};
pub use copies::{Backup, LockHolder};
pub use event::{Event, EventKind, Mark, Sheet, SheetReason, TaskId};
pub use facts::{Cleanup, Decision, IncidentFacts, ItCheck, PatientsDecision, ReportDecision};
pub use file::{FileError, RECORD_FORMAT, RECORD_SCHEMA, decode, encode};
pub use origin::{PlaybookOrigin, PlaybookUsed};

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::profile::Profile;

/// Where a task stands, derived from its events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Nothing recorded yet, or reopened.
    Open,
    /// Someone asked for help and it is not resolved.
    NeedHelp,
    /// Support was called and the practice waits for them.
    WaitingForSupport,
    /// The password was changed.
    Done,
    /// Changed and the new login was tried and works.
    Tested,
    /// Does not apply in this practice, with a reason.
    NotApplicable,
}

impl Status {
    /// Whether someone is stuck on the task: needs help or waits for support.
    pub fn is_stuck(self) -> bool {
        matches!(self, Status::NeedHelp | Status::WaitingForSupport)
    }

    /// Whether the task needs no more work: done, tested or not applicable.
    pub fn is_settled(self) -> bool {
        matches!(self, Status::Done | Status::Tested | Status::NotApplicable)
    }
}

impl From<Mark> for Status {
    fn from(mark: Mark) -> Status {
        match mark {
            Mark::Done => Status::Done,
            Mark::Tested => Status::Tested,
            Mark::NotApplicable => Status::NotApplicable,
            Mark::NeedHelp => Status::NeedHelp,
            Mark::WaitingForSupport => Status::WaitingForSupport,
            Mark::Reopened => Status::Open,
        }
    }
}

/// The practice owner's sign-off.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignOff {
    /// Who signed.
    pub name: String,
    /// Their role.
    pub role: String,
    /// When.
    pub at: DateTime<Utc>,
    /// When the record first changed after the sign-off; the sign-off is
    /// outdated then until signed again.
    pub changed_after: Option<DateTime<Utc>>,
}

impl SignOff {
    /// Whether the sign-off still covers the whole record.
    pub fn is_current(&self) -> bool {
        self.changed_after.is_none()
    }
}

/// The current state of one task: its status and who set it when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskState {
    /// The status.
    pub status: Status,
    /// Who set the status.
    pub by: String,
    /// When the status was set.
    pub at: DateTime<Utc>,
    /// The reason given for "not applicable".
    pub reason: Option<String>,
    /// For work done from a paper checklist: who entered the sheet, and when.
    pub entered: Option<(String, DateTime<Utc>)>,
}

/// The practice's record: every event in the order it happened, with what
/// the events add up to kept at hand.
#[derive(Clone, Debug, Default)]
pub struct Record {
    events: Vec<Event>,
    index: index::Index,
}

impl PartialEq for Record {
    fn eq(&self, other: &Record) -> bool {
        self.events == other.events
    }
}

impl Eq for Record {}

impl Record {
    /// A record made of these events (as read from disk).
    pub fn from_events(events: Vec<Event>) -> Record {
        let index = index::Index::of(&events);
        Record { events, index }
    }

    /// All events, oldest first.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Whether nothing has been recorded yet.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// Appends an event; the record only ever grows.
    pub fn push(&mut self, at: DateTime<Utc>, by: &str, workstation: &str, kind: EventKind) {
        let seq = self.events.last().map_or(1, |e| e.seq + 1);
        // The id comes from what happened, where and when, so the same
        // history always gives the same record (and the same certificate).
        let fingerprint = format!(
            "{workstation}|{}|{seq}|{by}|{}",
            at.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true),
            serde_json::to_string(&kind).unwrap_or_default()
        );
        let digest =
            sha2::Digest::finalize(<sha2::Sha256 as sha2::Digest>::new_with_prefix(fingerprint));
        let id = crate::hex::hex(&digest[..8]);
        self.events.push(Event {
            seq,
            id,
            at,
            by: by.to_owned(),
            workstation: workstation.to_owned(),
            kind,
        });
        self.index.add(self.events.len() - 1, &self.events);
    }

    /// This record with the events of `other` it does not have yet, in the
    /// order they happened; nothing is lost and nothing doubled.
    pub fn merged_with(&self, other: &Record) -> Record {
        let key = |e: &Event| {
            if e.id.is_empty() {
                format!("{}|{}|{}", e.seq, e.at.to_rfc3339(), e.by)
            } else {
                e.id.clone()
            }
        };
        let known: std::collections::HashSet<String> = self.events.iter().map(key).collect();
        let news: Vec<&Event> = other
            .events
            .iter()
            .filter(|e| !known.contains(&key(e)))
            .collect();
        if news.is_empty() {
            return self.clone();
        }
        let mut events = self.events.clone();
        events.extend(news.into_iter().cloned());
        // A stable sort keeps each record's own order for events at the same moment.
        events.sort_by_key(|e| e.at);
        for (n, e) in events.iter_mut().enumerate() {
            e.seq = n as u64 + 1;
        }
        Record::from_events(events)
    }

    /// Whether this is a training record, not a real practice's.
    pub fn is_training(&self) -> bool {
        self.index.training
    }

    /// The practice profile as last saved.
    pub fn profile(&self) -> Option<&Profile> {
        self.index.profile.as_ref()
    }

    /// The incident facts as last saved.
    pub fn facts(&self) -> Option<&IncidentFacts> {
        self.index.facts.as_ref()
    }

    /// The last sign-off, and whether anything changed after it.
    pub fn sign_off(&self) -> Option<SignOff> {
        let event = self.events.get(self.index.sign_off?)?;
        let EventKind::SignedOff { name, role } = &event.kind else {
            return None;
        };
        Some(SignOff {
            name: name.clone(),
            role: role.clone(),
            at: event.at,
            changed_after: self.index.changed_after_sign_off,
        })
    }

    /// Who recorded this incident fact as it now stands, and when; `None`
    /// while it is not decided.
    pub fn decided(&self, decision: Decision) -> Option<&TaskState> {
        self.index.decided.get(&decision)
    }

    /// Takes in events made by another copy of this record: appended when
    /// they continue it, else merged in time order. Either way nothing is
    /// lost or doubled.
    pub fn take_in(&mut self, events: Vec<Event>) {
        let mut next = self.events.len() as u64 + 1;
        let continues = events.iter().all(|e| {
            let fits = e.seq == next;
            next += 1;
            fits
        });
        if continues {
            for e in events {
                self.events.push(e);
                self.index.add(self.events.len() - 1, &self.events);
            }
        } else {
            *self = self.merged_with(&Record::from_events(events));
        }
    }

    /// Each playbook the work followed, from when on and who chose it,
    /// oldest first.
    pub fn playbooks_used(&self) -> impl Iterator<Item = (&Event, &PlaybookUsed)> {
        self.events.iter().filter_map(|e| match &e.kind {
            EventKind::PlaybookUsed(used) => Some((e, used)),
            _ => None,
        })
    }

    /// The last mark of every task that has one, by task id.
    pub fn task_states(&self) -> &HashMap<TaskId, TaskState> {
        &self.index.states
    }
}

#[cfg(test)]
mod tests;
