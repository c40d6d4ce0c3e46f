//! What a record's events add up to, kept up to date as each event is
//! appended, so reading a status never walks the whole history again.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::{Decision, Event, EventKind, IncidentFacts, Status, TaskId, TaskState};
use crate::profile::Profile;

/// The derived state of a record; rebuilt from the events when they are
/// read or merged, updated per event when one is appended.
#[derive(Clone, Debug, Default)]
pub(super) struct Index {
    /// Each task's last mark.
    pub states: HashMap<TaskId, TaskState>,
    /// The profile as the saves so far add up to.
    pub profile: Option<Profile>,
    /// The incident facts as the saves so far add up to.
    pub facts: Option<IncidentFacts>,
    /// Who recorded each incident fact as it now stands, and when.
    pub decided: HashMap<Decision, TaskState>,
    /// Position of the last sign-off.
    pub sign_off: Option<usize>,
    /// When the record first changed after that sign-off.
    pub changed_after_sign_off: Option<DateTime<Utc>>,
    /// Whether the record was started as a training record.
    pub training: bool,
}

impl Index {
    /// The index of a whole list of events.
    pub fn of(events: &[Event]) -> Index {
        let mut index = Index::default();
        for n in 0..events.len() {
            index.add(n, events);
        }
        index
    }

    /// Takes in the event at position `n` of `events`.
    pub fn add(&mut self, n: usize, events: &[Event]) {
        let e = &events[n];
        let signed = matches!(e.kind, EventKind::SignedOff { .. });
        if !signed && self.sign_off.is_some() && self.changed_after_sign_off.is_none() {
            self.changed_after_sign_off = Some(e.at);
        }
        match &e.kind {
            EventKind::RecordStarted { training, .. } => self.training |= *training,
            EventKind::PlaybookUsed(_) => {}
            EventKind::ProfileSaved { profile, base } => {
                self.profile = Some(saved(
                    self.profile.as_ref(),
                    base.as_deref(),
                    profile,
                    Profile::edited,
                ));
            }
            EventKind::FactsSaved { facts, base } => {
                let now = saved(
                    self.facts.as_ref(),
                    base.as_deref(),
                    facts,
                    IncidentFacts::edited,
                );
                let before = self.facts.take();
                for decision in Decision::ALL {
                    self.decide(decision, &now, before.as_ref(), e);
                }
                self.facts = Some(now);
            }
            EventKind::SignedOff { .. } => {
                self.sign_off = Some(n);
                self.changed_after_sign_off = None;
            }
            EventKind::TaskMarked { task, mark, reason } => {
                self.states.insert(
                    task.clone(),
                    TaskState {
                        status: Status::from(*mark),
                        by: e.by.clone(),
                        at: e.at,
                        reason: reason.clone(),
                        entered: None,
                    },
                );
            }
            EventKind::SheetEntered { sheet } => {
                for (task, mark, reason) in sheet.marks() {
                    self.states.insert(
                        task.clone(),
                        TaskState {
                            status: Status::from(mark),
                            by: sheet.done_by.clone(),
                            at: sheet.done_at,
                            reason: reason.map(str::to_owned),
                            entered: Some((e.by.clone(), e.at)),
                        },
                    );
                }
            }
        }
    }

    /// A decision is dated when it was made, not when other facts changed.
    fn decide(
        &mut self,
        decision: Decision,
        facts: &IncidentFacts,
        before: Option<&IncidentFacts>,
        e: &Event,
    ) {
        if !facts.is_decided(decision) {
            self.decided.remove(&decision);
            return;
        }
        let unchanged = before.is_some_and(|b| b.is_decided(decision) && b.same(facts, decision));
        if !unchanged || !self.decided.contains_key(&decision) {
            self.decided.insert(
                decision,
                TaskState {
                    status: Status::Done,
                    by: e.by.clone(),
                    at: e.at,
                    reason: None,
                    entered: None,
                },
            );
        }
    }
}

/// What a save adds up to: with the form's starting point, only what the
/// form changed goes over what the record held; without one, all of it.
pub(super) fn saved<T: Clone>(
    now: Option<&T>,
    base: Option<&T>,
    mine: &T,
    edited: fn(&T, &T, &T) -> T,
) -> T {
    match (now, base) {
        (Some(now), Some(base)) => edited(now, base, mine),
        _ => mine.clone(),
    }
}
