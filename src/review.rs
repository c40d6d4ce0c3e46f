//! The doctor's review: what still stands between the record and a sign-off.

use std::collections::HashMap;

use crate::plan::Plan;
use crate::record::{IncidentFacts, Status, TaskState};

/// One thing that blocks the sign-off, each with a place to go and fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocker {
    /// A task is open or waiting for help (plan task id).
    Task(String),
    /// When the practice learned of the incident is not recorded.
    LearnedAtMissing,
    /// The report to the authority is not decided.
    ReportUndecided,
    /// Telling patients is not decided.
    PatientsUndecided,
}

/// Everything that blocks the sign-off, tasks first in plan order.
pub fn blockers(
    plan: &Plan,
    states: &HashMap<String, TaskState>,
    facts: Option<&IncidentFacts>,
) -> Vec<Blocker> {
    let mut out: Vec<Blocker> = plan
        .tasks
        .iter()
        .filter(|t| !states.get(&t.id).is_some_and(|s| s.status.is_settled()))
        .map(|t| Blocker::Task(t.id.clone()))
        .collect();
    let facts = facts.cloned().unwrap_or_default();
    if facts.learned_at.is_none() {
        out.push(Blocker::LearnedAtMissing);
    }
    if !facts.report.is_decided() {
        out.push(Blocker::ReportUndecided);
    }
    if !facts.patients.is_decided() {
        out.push(Blocker::PatientsUndecided);
    }
    out
}

/// How long the practice has for the report to the authority (GDPR Art. 33(1)).
pub const REPORT_WINDOW: chrono::Duration = chrono::Duration::hours(72);

/// The 72-hour clock for the report, while it runs: from the moment the
/// practice learned of the incident until the report decision is recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportClock {
    /// When the 72 hours end.
    pub deadline: chrono::DateTime<chrono::Utc>,
    /// Whole hours left; negative once the deadline has passed.
    pub hours_left: i64,
}

/// The report clock, or `None` when it is not running (no date yet, or decided).
pub fn report_clock(
    facts: Option<&IncidentFacts>,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<ReportClock> {
    let facts = facts?;
    if facts.report.is_decided() {
        return None;
    }
    let deadline = facts.learned_at? + REPORT_WINDOW;
    let left = deadline - now;
    // Round towards the deadline, so "0 hours" never shows while time is up.
    let hours_left = if left >= chrono::Duration::zero() {
        left.num_hours()
    } else {
        -((-left).num_hours()) - 1
    };
    Some(ReportClock {
        deadline,
        hours_left,
    })
}

/// Which tasks the review list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    /// Every task.
    #[default]
    All,
    /// Open or waiting for help.
    Open,
    /// Waiting for help.
    NeedHelp,
    /// Not applicable, with their reasons.
    NotApplicable,
}

impl Filter {
    /// All filters, in the order the review screen offers them.
    pub const ALL: [Filter; 4] = [
        Filter::All,
        Filter::Open,
        Filter::NeedHelp,
        Filter::NotApplicable,
    ];

    /// Whether a task with this status is shown.
    pub fn shows(self, status: Status) -> bool {
        match self {
            Filter::All => true,
            Filter::Open => !status.is_settled(),
            Filter::NeedHelp => status.is_stuck(),
            Filter::NotApplicable => status == Status::NotApplicable,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::playbook::default_playbook;
    use crate::profile::{DeviceKind, Profile};
    use crate::record::{EventKind, Mark, PatientsDecision, Record, ReportDecision};
    use chrono::Utc;

    #[test]
    fn every_open_task_and_missing_decision_blocks_the_sign_off() {
        let mut profile = Profile {
            practice_name: "Praxis".into(),
            ..Profile::default()
        };
        profile.add_device("PC", DeviceKind::Workstation);
        let plan = Plan::new(&default_playbook(), &profile);
        let mut record = Record::default();
        let found = blockers(&plan, &record.task_states(), record.facts());
        assert_eq!(found.len(), plan.tasks.len() + 3);

        for t in &plan.tasks {
            record.push(
                Utc::now(),
                "Anna",
                "PC",
                EventKind::TaskMarked {
                    task: t.id.clone(),
                    mark: Mark::Done,
                    reason: None,
                },
            );
        }
        let facts = IncidentFacts {
            learned_at: Some(Utc::now()),
            learned_how: "Brief".into(),
            report: ReportDecision::NotReported {
                reason: "  ".into(),
            },
            patients: PatientsDecision::NotInformed {
                reason: "kein hohes Risiko".into(),
            },
        };
        record.push(Utc::now(), "Dr. M", "PC", EventKind::FactsSaved { facts });
        let found = blockers(&plan, &record.task_states(), record.facts());
        assert_eq!(
            found,
            vec![Blocker::ReportUndecided],
            "a blank reason is no decision"
        );
    }

    #[test]
    fn the_report_clock_runs_for_72_hours_until_the_decision() {
        use chrono::TimeZone;
        let learned = Utc
            .with_ymd_and_hms(2026, 11, 27, 8, 0, 0)
            .single()
            .unwrap_or_default();
        let mut facts = IncidentFacts {
            learned_at: Some(learned),
            ..IncidentFacts::default()
        };
        let clock = report_clock(Some(&facts), learned + chrono::Duration::hours(30));
        assert_eq!(clock.map(|c| c.hours_left), Some(42));
        assert_eq!(clock.map(|c| c.deadline), Some(learned + REPORT_WINDOW));
        let late = report_clock(
            Some(&facts),
            learned + chrono::Duration::minutes(72 * 60 + 30),
        );
        assert_eq!(late.map(|c| c.hours_left), Some(-1));
        facts.report = ReportDecision::NotReported {
            reason: "kein Risiko".into(),
        };
        assert_eq!(report_clock(Some(&facts), learned), None);
        assert_eq!(report_clock(None, learned), None);
    }

    #[test]
    fn filters_pick_the_statuses_the_doctor_asks_for() {
        assert!(Filter::Open.shows(Status::NeedHelp));
        assert!(!Filter::Open.shows(Status::Tested));
        assert!(Filter::NotApplicable.shows(Status::NotApplicable));
        assert!(!Filter::NeedHelp.shows(Status::Open));
    }
}
