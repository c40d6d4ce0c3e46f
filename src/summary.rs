//! The plain summary of a record, for support staff on the phone and for
//! scripts (`passwort-lotse status`).

use serde::Serialize;

use crate::i18n::Tr;
use crate::plan::Plan;
use crate::playbook::Playbook;
use crate::progress::Counts;
use crate::record::{Record, Status};
use crate::t;

/// What support staff ask for: whose record, how far, what is left.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// The practice's name.
    pub practice: String,
    /// The playbook's id.
    pub playbook: String,
    /// The playbook's version.
    pub playbook_version: String,
    /// Tasks by status.
    pub counts: Counts,
    /// Codes of tasks with nothing recorded yet.
    pub open: Vec<String>,
    /// Codes of tasks waiting for help.
    pub need_help: Vec<String>,
    /// How many events the record holds.
    pub events: usize,
}

impl Summary {
    /// Summarises a record under a playbook.
    pub fn of(playbook: &Playbook, record: &Record) -> Summary {
        let profile = record.profile().cloned().unwrap_or_default();
        let plan = Plan::of_record(playbook, record);
        let states = plan.states(playbook, record);
        let codes = |wanted: fn(Status) -> bool| {
            plan.tasks
                .iter()
                .filter(|t| wanted(states.get(&t.id).map_or(Status::Open, |s| s.status)))
                .map(|t| t.code.to_string())
                .collect()
        };
        Summary {
            practice: profile.practice_name.clone(),
            playbook: playbook.id.clone(),
            playbook_version: playbook.version.clone(),
            counts: Counts::of(&plan, &states),
            open: codes(|s| s == Status::Open),
            need_help: codes(Status::is_stuck),
            events: record.events().len(),
        }
    }

    /// The summary as lines to read aloud.
    pub fn to_text(&self, tr: &Tr) -> String {
        let c = &self.counts;
        let none = t!(tr, "status-none");
        let list = |codes: &[String]| {
            if codes.is_empty() {
                none.clone()
            } else {
                codes.join(", ")
            }
        };
        let practice = if self.practice.is_empty() {
            t!(tr, "status-no-profile")
        } else {
            self.practice.clone()
        };
        [
            t!(tr, "status-practice", practice = practice),
            t!(
                tr,
                "status-progress",
                settled = c.settled(),
                total = c.total,
                na = c.not_applicable
            ),
            crate::messages::counts(tr, c),
            t!(tr, "status-open-codes", codes = list(&self.open)),
            t!(tr, "status-help-codes", codes = list(&self.need_help)),
            t!(
                tr,
                "status-playbook",
                id = self.playbook.clone(),
                version = self.playbook_version.clone()
            ),
        ]
        .join("\n")
    }
}
