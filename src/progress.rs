//! How far the practice is, derived from the plan and the record in one
//! place and handed to every screen: each task's state, the counts, what
//! blocks the sign-off, and the task to do next.

use std::collections::HashMap;

use crate::plan::{Plan, Task};
use crate::playbook::Playbook;
use crate::record::{Decision, Record, Status, TaskId, TaskState};
use crate::review::{self, Blocker};

/// Everything the screens show about progress, computed once per change.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Every task's state, decisions included; tasks with nothing recorded are absent.
    pub states: HashMap<TaskId, TaskState>,
    /// The plan's tasks counted by status.
    pub counts: Counts,
    /// What stands between the record and a sign-off.
    pub blockers: Vec<Blocker>,
    /// Position in the plan of the task to do next.
    next: Option<usize>,
}

impl Progress {
    /// The progress of a record under its plan.
    pub fn of(playbook: &Playbook, plan: &Plan, record: &Record) -> Progress {
        let states = plan.states(playbook, record);
        let counts = Counts::of(plan, &states);
        let blockers = review::blockers(playbook, plan, &states, record.facts());
        let unsettled = |t: &&Task| !states.get(&t.id).is_some_and(|s| s.status.is_settled());
        // The practice owner's decisions run beside the other work, so they
        // come last here, not in the way of the next password.
        let owners = |t: &Task| {
            t.template(playbook)
                .decision
                .is_some_and(Decision::runs_beside)
        };
        let open: Vec<usize> = plan
            .tasks
            .iter()
            .enumerate()
            .filter(|(_, t)| unsettled(t))
            .map(|(i, _)| i)
            .collect();
        let next = open
            .iter()
            .copied()
            .find(|&i| !owners(&plan.tasks[i]))
            .or_else(|| open.first().copied());
        Progress {
            states,
            counts,
            blockers,
            next,
        }
    }

    /// A task's status; open when nothing is recorded.
    pub fn status(&self, id: &TaskId) -> Status {
        self.states.get(id).map_or(Status::Open, |s| s.status)
    }

    /// The first task in plan order that still needs work.
    pub fn next_open<'p>(&self, plan: &'p Plan) -> Option<&'p Task> {
        plan.tasks.get(self.next?)
    }
}

/// Counts of a plan's tasks by status, for progress and summaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Tasks in the plan.
    pub total: usize,
    /// Nothing recorded yet.
    pub open: usize,
    /// Done but not tested.
    pub done: usize,
    /// Done and tested.
    pub tested: usize,
    /// Not applicable, with reason.
    pub not_applicable: usize,
    /// Waiting for help or for support to come back.
    pub need_help: usize,
}

impl Counts {
    /// Counts the plan's tasks by their state in the record.
    pub fn of(plan: &Plan, states: &HashMap<TaskId, TaskState>) -> Counts {
        let mut c = Counts {
            total: plan.tasks.len(),
            ..Counts::default()
        };
        for t in &plan.tasks {
            match states.get(&t.id).map_or(Status::Open, |s| s.status) {
                Status::Open => c.open += 1,
                Status::NeedHelp | Status::WaitingForSupport => c.need_help += 1,
                Status::Done => c.done += 1,
                Status::Tested => c.tested += 1,
                Status::NotApplicable => c.not_applicable += 1,
            }
        }
        c
    }

    /// Tasks that need no more work.
    pub fn settled(&self) -> usize {
        self.done + self.tested + self.not_applicable
    }

    /// The share of settled tasks, 0.0 to 1.0.
    #[expect(clippy::cast_precision_loss, reason = "task counts are small")]
    pub fn fraction(&self) -> f32 {
        if self.total == 0 {
            0.0
        } else {
            self.settled() as f32 / self.total as f32
        }
    }
}
