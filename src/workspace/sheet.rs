//! A ticked paper sheet taken back in. The same check decides what the
//! screen allows and what the record gets, and its outcome is what the
//! screen confirms, so nobody throws a sheet away that was not entered.

use chrono::Duration;

use super::{Effect, Workspace};
use crate::checklist::sections;
use crate::record::{EventKind, Mark, Sheet, SheetReason, TaskId};

/// Hand-written times are to the minute and workstation clocks drift a
/// little, so a sheet may be this much after now or before the record began.
const CLOCK_SLACK: Duration = Duration::minutes(5);

/// Why a sheet cannot be entered as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetProblem {
    /// Nothing is ticked.
    NoTicks,
    /// Nobody is named.
    NoName,
    /// A task is ticked "not applicable" without the reason.
    NoReason,
    /// The time on the sheet has not come yet.
    InFuture,
    /// The time on the sheet is before the record began, so before any
    /// checklist could have been printed.
    BeforeRecord,
    /// The ticks are from more than one sheet.
    NotOneSheet,
    /// Every ticked task has been settled in the meantime.
    NothingOpen,
    /// This copy only reads the record.
    ReadOnly,
}

/// What became of the last sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetOutcome {
    /// Its tasks are in the record; `already` ticked ones had been settled
    /// meanwhile and keep their own entry.
    Entered {
        /// Tasks marked done from the sheet.
        count: usize,
        /// Ticked tasks left as they were.
        already: usize,
    },
    /// Nothing was entered.
    Refused(SheetProblem),
}

impl Workspace {
    /// The sheet as the record would take it: open tasks of one sheet of
    /// this plan, each once, a name, and a time that can be true. Tasks
    /// settled in the meantime are left out and counted.
    pub fn check_sheet(&self, sheet: &Sheet) -> Result<(Sheet, usize), SheetProblem> {
        if !self.can_write() {
            return Err(SheetProblem::ReadOnly);
        }
        let done_by = sheet.done_by.trim().to_owned();
        if sheet.marks().next().is_none() {
            return Err(SheetProblem::NoTicks);
        }
        if done_by.is_empty() {
            return Err(SheetProblem::NoName);
        }
        if sheet
            .not_applicable
            .iter()
            .any(|r| r.reason.trim().is_empty())
        {
            return Err(SheetProblem::NoReason);
        }
        if sheet.done_at > self.now() + CLOCK_SLACK {
            return Err(SheetProblem::InFuture);
        }
        let began = self.document.record.events().first().map(|e| e.at);
        if began.is_some_and(|began| sheet.done_at < began - CLOCK_SLACK) {
            return Err(SheetProblem::BeforeRecord);
        }
        let parts = sections(&self.document.playbook, &self.document.plan);
        let one_sheet = parts.iter().any(|part| {
            sheet
                .marks()
                .all(|(id, _, _)| part.tasks.iter().any(|t| &t.id == id))
        });
        if !one_sheet {
            return Err(SheetProblem::NotOneSheet);
        }
        // Each task once, with the first box ticked for it; a task settled
        // in the meantime keeps its own entry and is only counted.
        let states = self.task_states();
        let mut seen: Vec<&TaskId> = Vec::new();
        let mut taken = Sheet::done(Vec::new(), &done_by, sheet.done_at);
        let mut already = 0;
        for (id, mark, reason) in sheet.marks() {
            if seen.contains(&id) {
                continue;
            }
            seen.push(id);
            if states.get(id).is_some_and(|s| s.status.is_settled()) {
                already += 1;
                continue;
            }
            match (mark, reason) {
                (Mark::Tested, _) => taken.tested.push(id.clone()),
                (Mark::NeedHelp, _) => taken.help.push(id.clone()),
                (Mark::NotApplicable, Some(reason)) => taken.not_applicable.push(SheetReason {
                    task: id.clone(),
                    reason: reason.trim().to_owned(),
                }),
                _ => taken.tasks.push(id.clone()),
            }
        }
        if taken.marks().next().is_none() {
            return Err(SheetProblem::NothingOpen);
        }
        Ok((taken, already))
    }

    /// Takes in a ticked paper sheet, or says why not.
    pub(super) fn enter_sheet(&mut self, sheet: &Sheet) -> Vec<Effect> {
        match self.check_sheet(sheet) {
            Ok((sheet, already)) => {
                self.place.sheet = Some(SheetOutcome::Entered {
                    count: sheet.marks().count(),
                    already,
                });
                self.record_events(vec![EventKind::SheetEntered { sheet }])
            }
            Err(problem) => {
                self.place.sheet = Some(SheetOutcome::Refused(problem));
                Vec::new()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::super::tests::{clock, opened};
    use super::*;
    use crate::clock::Clock;
    use crate::record::Status;
    use crate::workspace::PersistEffect;
    use crate::workspace::{Action, StoreState};

    fn front_desk(ws: &Workspace) -> Vec<TaskId> {
        ws.document
            .plan
            .tasks
            .iter()
            .filter(|t| t.subject.as_deref() == Some("Empfang-PC"))
            .map(|t| t.id.clone())
            .collect()
    }

    fn sheet(tasks: Vec<TaskId>, by: &str, at: chrono::DateTime<chrono::Utc>) -> Action {
        Action::EnterSheet(Sheet::done(tasks, by, at))
    }

    #[test]
    fn a_ticked_sheet_marks_its_open_tasks_done_by_whom_the_sheet_names() {
        let clock = clock();
        let mut ws = opened(StoreState::Writer, &clock);
        let sheet_tasks = front_desk(&ws);
        assert!(
            sheet_tasks.len() >= 2,
            "the front desk PC has several tasks"
        );
        // One of them is already settled; it keeps its own mark.
        let settled = sheet_tasks[0].clone();
        let _ = ws.handle(Action::Mark {
            task: settled.clone(),
            mark: Mark::Tested,
            reason: None,
        });
        clock.advance(Duration::hours(2));
        let done_at = clock.now() - Duration::minutes(90);
        // A task ticked twice still counts once.
        let mut ticked = sheet_tasks.clone();
        ticked.push(sheet_tasks[1].clone());
        let effects = ws.handle(sheet(ticked, "  Bea Kurz ", done_at));
        assert!(
            effects
                .iter()
                .any(|e| matches!(e, Effect::Persist(PersistEffect::Save { .. }))),
            "one save for the whole sheet: {effects:?}"
        );
        assert_eq!(
            ws.place.sheet,
            Some(SheetOutcome::Entered {
                count: sheet_tasks.len() - 1,
                already: 1,
            }),
            "the screen confirms what the record took"
        );
        let states = ws.task_states();
        assert_eq!(states[&settled].status, Status::Tested);
        for id in &sheet_tasks[1..] {
            let s = &states[id];
            assert_eq!(s.status, Status::Done);
            assert_eq!(s.by, "Bea Kurz");
            assert_eq!(s.at, done_at);
            assert_eq!(s.entered, Some(("Anna".to_owned(), clock.now())));
        }
        let sheets: Vec<_> = ws
            .document
            .record
            .events()
            .iter()
            .filter_map(|e| match &e.kind {
                EventKind::SheetEntered { sheet } => Some(sheet.tasks.len()),
                _ => None,
            })
            .collect();
        assert_eq!(sheets, vec![sheet_tasks.len() - 1]);
    }

    #[test]
    fn a_sheet_that_cannot_be_true_is_refused_with_its_reason() {
        let clock = clock();
        let mut ws = opened(StoreState::Writer, &clock);
        clock.advance(Duration::hours(3));
        let now = clock.now();
        let tasks = front_desk(&ws);
        let practice_task = ws
            .document
            .plan
            .tasks
            .iter()
            .find(|t| t.subject.is_none() && t.template(&ws.document.playbook).decision.is_none())
            .map(|t| t.id.clone())
            .expect("the plan has practice-wide tasks");
        let cases = [
            (sheet(Vec::new(), "Bea", now), SheetProblem::NoTicks),
            (sheet(tasks.clone(), " ", now), SheetProblem::NoName),
            (
                sheet(tasks.clone(), "Bea", now + Duration::hours(1)),
                SheetProblem::InFuture,
            ),
            (
                sheet(tasks.clone(), "Bea", now - Duration::days(400)),
                SheetProblem::BeforeRecord,
            ),
            (
                sheet(vec![tasks[0].clone(), practice_task], "Bea", now),
                SheetProblem::NotOneSheet,
            ),
            (
                sheet(vec!["no-such-task".into()], "Bea", now),
                SheetProblem::NotOneSheet,
            ),
        ];
        for (action, problem) in cases {
            assert!(ws.handle(action).is_empty(), "{problem:?}");
            assert_eq!(ws.place.sheet, Some(SheetOutcome::Refused(problem)));
        }
        assert_eq!(ws.document.record.events().len(), 1, "only the profile");

        // Settled in the meantime, e.g. at another workstation.
        for task in &tasks {
            let _ = ws.handle(Action::Mark {
                task: task.clone(),
                mark: Mark::Done,
                reason: None,
            });
        }
        let before = ws.document.record.events().len();
        assert!(ws.handle(sheet(tasks.clone(), "Bea", now)).is_empty());
        assert_eq!(
            ws.place.sheet,
            Some(SheetOutcome::Refused(SheetProblem::NothingOpen))
        );
        assert_eq!(ws.document.record.events().len(), before);
    }

    #[test]
    fn a_sheet_records_help_and_not_applicable_as_ticked_not_as_done() {
        let clock = clock();
        let mut ws = opened(StoreState::Writer, &clock);
        let tasks = front_desk(&ws);
        assert!(tasks.len() >= 2);
        let mut sheet = Sheet::done(vec![tasks[0].clone()], "Bea", clock.now());
        sheet.help.push(tasks[1].clone());
        sheet.not_applicable.push(SheetReason {
            task: tasks[1].clone(),
            reason: "ticked twice: the first box counts".into(),
        });
        let mut no_reason = sheet.clone();
        no_reason.not_applicable[0].reason = "  ".into();
        assert!(ws.handle(Action::EnterSheet(no_reason)).is_empty());
        assert_eq!(
            ws.place.sheet,
            Some(SheetOutcome::Refused(SheetProblem::NoReason))
        );

        let _ = ws.handle(Action::EnterSheet(sheet));
        assert_eq!(
            ws.place.sheet,
            Some(SheetOutcome::Entered {
                count: 2,
                already: 0
            })
        );
        let states = ws.task_states();
        assert_eq!(states[&tasks[0]].status, Status::Done);
        assert_eq!(
            states[&tasks[1]].status,
            Status::NeedHelp,
            "a finding is no \"done\""
        );
        assert_eq!(states[&tasks[1]].by, "Bea");

        let third = ws
            .document
            .plan
            .tasks
            .iter()
            .find(|t| t.subject.as_deref() == Some("Empfang-PC") && !tasks[..2].contains(&t.id))
            .map(|t| t.id.clone());
        if let Some(third) = third {
            let mut sheet = Sheet::done(Vec::new(), "Bea", clock.now());
            sheet.not_applicable.push(SheetReason {
                task: third.clone(),
                reason: "Kein TeamViewer an diesem PC".into(),
            });
            let _ = ws.handle(Action::EnterSheet(sheet));
            let state = &ws.task_states()[&third];
            assert_eq!(state.status, Status::NotApplicable);
            assert_eq!(
                state.reason.as_deref(),
                Some("Kein TeamViewer an diesem PC")
            );
        }
    }

    #[test]
    fn a_reading_copy_enters_no_sheet_and_says_why() {
        let clock = clock();
        let holder = crate::record::LockHolder {
            name: "Bernd".into(),
            workstation: "Labor-PC".into(),
        };
        let mut ws = opened(StoreState::Reader { holder }, &clock);
        let tasks = front_desk(&ws);
        assert!(ws.handle(sheet(tasks, "Bea", clock.now())).is_empty());
        assert_eq!(
            ws.place.sheet,
            Some(SheetOutcome::Refused(SheetProblem::ReadOnly))
        );
    }
}
