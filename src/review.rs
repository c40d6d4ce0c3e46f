//! The doctor's review: what still stands between the record and a sign-off.

use std::collections::HashMap;

use crate::plan::Plan;
use crate::playbook::Playbook;
use crate::record::{Decision, IncidentFacts, Status, TaskId, TaskState};

/// One thing that blocks the sign-off, each with a place to go and fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocker {
    /// A task is open or waiting for help.
    Task(TaskId),
    /// When the practice learned of the incident is not recorded.
    LearnedAtMissing,
    /// The report to the authority is not decided.
    ReportUndecided,
    /// Telling patients is not decided.
    PatientsUndecided,
}

/// Everything that blocks the sign-off, tasks first in plan order. An
/// undecided fact is named once: by its task where the plan has one
/// (`states` comes from [`Plan::states`]), else as a fact of its own.
pub fn blockers(
    playbook: &Playbook,
    plan: &Plan,
    states: &HashMap<TaskId, TaskState>,
    facts: Option<&IncidentFacts>,
) -> Vec<Blocker> {
    let mut out: Vec<Blocker> = plan
        .tasks
        .iter()
        .filter(|t| !states.get(&t.id).is_some_and(|s| s.status.is_settled()))
        .map(|t| Blocker::Task(t.id.clone()))
        .collect();
    let facts = facts.cloned().unwrap_or_default();
    for decision in Decision::ALL {
        let asked_by_a_task = plan
            .tasks
            .iter()
            .any(|t| t.template(playbook).decision == Some(decision));
        if asked_by_a_task || facts.is_decided(decision) {
            continue;
        }
        out.push(match decision {
            Decision::LearnedAt => Blocker::LearnedAtMissing,
            Decision::Report => Blocker::ReportUndecided,
            Decision::Patients => Blocker::PatientsUndecided,
            // The computers' check and clean-up block only through their
            // tasks: a playbook without them asks nothing about them.
            Decision::ItCheck | Decision::Cleanup => continue,
        });
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

/// The report clock of a record: from when the practice learned of the
/// incident, or of an attack found on its own computers, whichever is later
/// (the finding is a breach of its own, and re-opens the decision).
pub fn report_clock_of(
    record: &crate::record::Record,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<ReportClock> {
    let facts = record.facts()?;
    let found = record
        .decided(Decision::ItCheck)
        .filter(|_| facts.it_check.found())
        .map(|state| state.at);
    report_clock(Some(facts), found, now)
}

/// The report clock, or `None` when it is not running (no date yet, or decided).
pub fn report_clock(
    facts: Option<&IncidentFacts>,
    found_at: Option<chrono::DateTime<chrono::Utc>>,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<ReportClock> {
    let facts = facts?;
    if facts.report.is_decided() {
        return None;
    }
    let since = facts.learned_at.into_iter().chain(found_at).max()?;
    let deadline = since + REPORT_WINDOW;
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

    fn plan() -> (crate::playbook::Playbook, Plan) {
        let mut profile = Profile {
            practice_name: "Praxis".into(),
            ..Profile::default()
        };
        profile.add_device("PC", DeviceKind::Workstation);
        let playbook = default_playbook();
        let plan = Plan::new(&playbook, &profile);
        (playbook, plan)
    }

    #[test]
    fn every_open_task_blocks_the_sign_off_and_each_decision_is_named_once() {
        let (playbook, plan) = plan();
        let mut record = Record::default();
        let found = blockers(
            &playbook,
            &plan,
            &plan.states(&playbook, &record),
            record.facts(),
        );
        assert_eq!(
            found.len(),
            plan.tasks.len(),
            "decisions are named by their tasks"
        );

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
            it_check: crate::record::ItCheck::NothingFound {
                by: "IT-Firma, schriftlich".into(),
            },
            ..IncidentFacts::default()
        };
        record.push(
            Utc::now(),
            "Dr. M",
            "PC",
            EventKind::FactsSaved { facts, base: None },
        );
        let found = blockers(
            &playbook,
            &plan,
            &plan.states(&playbook, &record),
            record.facts(),
        );
        assert_eq!(
            found,
            vec![Blocker::Task("report-decision".into())],
            "a blank reason is no decision, and a click on done does not count"
        );
    }

    #[test]
    fn a_playbook_without_decision_tasks_still_asks_for_the_facts() {
        let (mut playbook, _) = plan();
        playbook.tasks.retain(|t| t.decision.is_none());
        let mut profile = Profile {
            practice_name: "Praxis".into(),
            ..Profile::default()
        };
        profile.add_device("PC", DeviceKind::Workstation);
        let plan = Plan::new(&playbook, &profile);
        let record = Record::default();
        let found = blockers(
            &playbook,
            &plan,
            &plan.states(&playbook, &record),
            record.facts(),
        );
        let facts: Vec<_> = found
            .iter()
            .filter(|b| !matches!(b, Blocker::Task(_)))
            .collect();
        assert_eq!(
            facts,
            vec![
                &Blocker::LearnedAtMissing,
                &Blocker::ReportUndecided,
                &Blocker::PatientsUndecided
            ]
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
        let clock = report_clock(Some(&facts), None, learned + chrono::Duration::hours(30));
        assert_eq!(clock.map(|c| c.hours_left), Some(42));
        assert_eq!(clock.map(|c| c.deadline), Some(learned + REPORT_WINDOW));
        let late = report_clock(
            Some(&facts),
            None,
            learned + chrono::Duration::minutes(72 * 60 + 30),
        );
        assert_eq!(late.map(|c| c.hours_left), Some(-1));
        facts.report = ReportDecision::NotReported {
            reason: "kein Risiko".into(),
        };
        assert_eq!(report_clock(Some(&facts), None, learned), None);
        assert_eq!(report_clock(None, None, learned), None);
        // A later finding on the practice's own computers starts a new 72 hours.
        facts.report = ReportDecision::Undecided;
        let found = learned + chrono::Duration::hours(100);
        let again = report_clock(
            Some(&facts),
            Some(found),
            found + chrono::Duration::hours(2),
        );
        assert_eq!(again.map(|c| c.deadline), Some(found + REPORT_WINDOW));
    }

    #[test]
    fn filters_pick_the_statuses_the_doctor_asks_for() {
        assert!(Filter::Open.shows(Status::NeedHelp));
        assert!(!Filter::Open.shows(Status::Tested));
        assert!(Filter::NotApplicable.shows(Status::NotApplicable));
        assert!(!Filter::NeedHelp.shows(Status::Open));
    }
}
