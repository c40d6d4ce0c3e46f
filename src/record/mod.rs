//! The practice's record: an append-only list of events from which every
//! status is derived, and the store that keeps it safe on disk.
//!
//! The record never holds a password, a PIN or any part of one: events name
//! tasks and statuses, and free text is only the reason for "not applicable".

mod event;
mod facts;
mod file;
mod index;
mod store;

pub use event::{Event, EventKind, Mark, Sheet, TaskId};
pub use facts::{Decision, IncidentFacts, PatientsDecision, ReportDecision};
pub use file::{FileError, RECORD_FORMAT, RECORD_SCHEMA, decode, encode};
pub use store::{
    Backup, LockHolder, Locking, Opened, RecordError, Stamp, Store, WriterLock, set_aside,
};

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
        match &self.events.get(self.index.profile?)?.kind {
            EventKind::ProfileSaved { profile } => Some(profile),
            _ => None,
        }
    }

    /// The incident facts as last saved.
    pub fn facts(&self) -> Option<&IncidentFacts> {
        index::facts_at(&self.events, self.index.facts?)
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

    /// The last mark of every task that has one, by task id.
    pub fn task_states(&self) -> &HashMap<TaskId, TaskState> {
        &self.index.states
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Timelike};

    fn at(min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 28, 9, min, 0)
            .single()
            .unwrap_or_default()
    }

    fn mark(r: &mut Record, min: u32, task: &str, mark: Mark) {
        r.push(
            at(min),
            "Anna",
            "Empfang-PC",
            EventKind::TaskMarked {
                task: task.into(),
                mark,
                reason: None,
            },
        );
    }

    #[test]
    fn the_last_mark_decides_the_status() {
        let mut r = Record::default();
        mark(&mut r, 1, "a", Mark::NeedHelp);
        mark(&mut r, 2, "a", Mark::Done);
        mark(&mut r, 3, "a", Mark::Tested);
        mark(&mut r, 4, "b", Mark::Done);
        mark(&mut r, 5, "b", Mark::Reopened);
        let s = r.task_states();
        assert_eq!(s["a"].status, Status::Tested);
        assert_eq!(s["a"].at, at(3));
        assert_eq!(s["b"].status, Status::Open);
        assert_eq!(r.events().len(), 5, "nothing is overwritten");
    }

    #[test]
    fn merging_keeps_every_event_once_in_time_order() {
        let mut a = Record::default();
        mark(&mut a, 1, "x", Mark::Done);
        let mut b = a.clone();
        mark(&mut a, 3, "a", Mark::Done);
        mark(&mut b, 2, "b", Mark::Done);
        mark(&mut b, 4, "b", Mark::Tested);
        let merged = a.merged_with(&b);
        assert_eq!(merged.events().len(), 4);
        let order: Vec<u32> = merged.events().iter().map(|e| e.at.minute()).collect();
        assert_eq!(order, vec![1, 2, 3, 4]);
        assert_eq!(
            merged.events().iter().map(|e| e.seq).collect::<Vec<_>>(),
            vec![1, 2, 3, 4]
        );
        assert_eq!(
            merged.merged_with(&a).merged_with(&b),
            merged,
            "merging again changes nothing"
        );
    }

    #[test]
    fn events_are_numbered_in_order() {
        let mut r = Record::default();
        mark(&mut r, 1, "a", Mark::Done);
        mark(&mut r, 2, "b", Mark::Done);
        let seqs: Vec<_> = r.events().iter().map(|e| e.seq).collect();
        assert_eq!(seqs, vec![1, 2]);
    }

    #[test]
    fn a_change_after_the_sign_off_makes_it_outdated() {
        let mut r = Record::default();
        let sign = EventKind::SignedOff {
            name: "Dr. Müller".into(),
            role: "Praxisinhaberin".into(),
        };
        assert_eq!(r.sign_off(), None);
        r.push(at(1), "Dr. Müller", "PC", sign.clone());
        assert!(r.sign_off().is_some_and(|s| s.is_current()));
        mark(&mut r, 2, "a", Mark::Reopened);
        assert_eq!(r.sign_off().and_then(|s| s.changed_after), Some(at(2)));
        r.push(at(3), "Dr. Müller", "PC", sign);
        let again = r.sign_off();
        assert!(again.as_ref().is_some_and(SignOff::is_current));
        assert_eq!(again.map(|s| s.at), Some(at(3)));
    }

    #[test]
    fn a_decision_is_dated_when_it_was_made_not_when_other_facts_changed() {
        let mut r = Record::default();
        let mut facts = IncidentFacts {
            learned_at: Some(at(0)),
            ..IncidentFacts::default()
        };
        r.push(
            at(1),
            "Anna",
            "PC",
            EventKind::FactsSaved {
                facts: facts.clone(),
            },
        );
        assert_eq!(r.decided(Decision::Report), None);
        assert_eq!(r.decided(Decision::LearnedAt).map(|s| s.at), Some(at(1)));
        facts.report = ReportDecision::NotReported {
            reason: "keine Patientendaten betroffen".into(),
        };
        r.push(
            at(2),
            "Dr. M",
            "PC",
            EventKind::FactsSaved {
                facts: facts.clone(),
            },
        );
        facts.patients = PatientsDecision::NotInformed {
            reason: "kein hohes Risiko".into(),
        };
        r.push(
            at(3),
            "Dr. M",
            "PC",
            EventKind::FactsSaved {
                facts: facts.clone(),
            },
        );
        let report = r.decided(Decision::Report);
        assert_eq!(
            report.as_ref().map(|s| (s.by.as_str(), s.at)),
            Some(("Dr. M", at(2)))
        );
        assert_eq!(report.map(|s| s.status), Some(Status::Done));
        assert_eq!(r.decided(Decision::LearnedAt).map(|s| s.at), Some(at(1)));
        facts.report = ReportDecision::Undecided;
        r.push(at(4), "Dr. M", "PC", EventKind::FactsSaved { facts });
        assert_eq!(r.decided(Decision::Report), None, "taken back");
    }

    #[test]
    fn the_last_saved_profile_counts() {
        let mut r = Record::default();
        for name in ["A", "B"] {
            let profile = Profile {
                practice_name: name.into(),
                ..Profile::default()
            };
            r.push(at(1), "Anna", "PC", EventKind::ProfileSaved { profile });
        }
        assert_eq!(r.profile().map(|p| p.practice_name.as_str()), Some("B"));
    }
}
