//! Where the user is and where "next" and "back" lead.

use serde::{Deserialize, Serialize};

use crate::code::Code;
use crate::plan::Plan;
use crate::record::TaskId;

/// The screens of the app, in the order the wizard walks them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Screen {
    /// Language and who is working.
    Welcome,
    /// A page of the incident explanation (0-based).
    Incident(usize),
    /// The practice profile.
    Profile,
    /// The plan: all tasks at a glance before starting.
    Plan,
    /// One task, by its plan id.
    Task(TaskId),
    /// Everything done and open, any task one click away.
    Overview,
    /// The doctor's review: status of everything, what blocks the sign-off.
    Review,
    /// The facts about the incident and the report decision.
    Facts,
    /// The doctor's sign-off.
    SignOff,
    /// Version, licences, where the data is.
    About,
    /// Entering a ticked paper checklist: several tasks of one device at once.
    Sheet,
}

/// What the wizard needs to know to move on.
#[derive(Clone, Copy, Debug)]
pub struct Flow<'a> {
    /// How many incident pages the playbook has.
    pub incident_pages: usize,
    /// Whether the profile has what the plan needs.
    pub profile_complete: bool,
    /// The plan.
    pub plan: &'a Plan,
}

impl Screen {
    /// Where "next" leads, or `None` where it is not possible (yet).
    pub fn next(&self, flow: Flow<'_>) -> Option<Screen> {
        let tasks = &flow.plan.tasks;
        match self {
            Screen::Welcome if flow.incident_pages > 0 => Some(Screen::Incident(0)),
            Screen::Welcome => Some(Screen::Profile),
            Screen::Incident(i) if i + 1 < flow.incident_pages => Some(Screen::Incident(i + 1)),
            Screen::Incident(_) => Some(Screen::Profile),
            Screen::Profile if flow.profile_complete => Some(Screen::Plan),
            Screen::Profile => None,
            Screen::Plan => Some(
                tasks
                    .first()
                    .map_or(Screen::Overview, |t| Screen::Task(t.id.clone())),
            ),
            Screen::Task(id) => {
                let next = flow.plan.position(id).and_then(|i| tasks.get(i + 1));
                Some(next.map_or(Screen::Overview, |t| Screen::Task(t.id.clone())))
            }
            Screen::Overview
            | Screen::Review
            | Screen::Facts
            | Screen::SignOff
            | Screen::About
            | Screen::Sheet => None,
        }
    }

    /// Where "back" leads, or `None` on the first screen.
    pub fn back(&self, flow: Flow<'_>) -> Option<Screen> {
        let tasks = &flow.plan.tasks;
        match self {
            Screen::Welcome => None,
            Screen::Incident(0) => Some(Screen::Welcome),
            Screen::Incident(i) => Some(Screen::Incident(i - 1)),
            Screen::Profile if flow.incident_pages > 0 => {
                Some(Screen::Incident(flow.incident_pages - 1))
            }
            Screen::Profile => Some(Screen::Welcome),
            Screen::Plan => Some(Screen::Profile),
            Screen::Task(id) => Some(match flow.plan.position(id) {
                Some(i) if i > 0 => Screen::Task(tasks[i - 1].id.clone()),
                _ => Screen::Plan,
            }),
            Screen::Overview => Some(
                tasks
                    .last()
                    .map_or(Screen::Plan, |t| Screen::Task(t.id.clone())),
            ),
            Screen::Review | Screen::Sheet => Some(Screen::Overview),
            Screen::Facts | Screen::SignOff => Some(Screen::Review),
            Screen::About if flow.profile_complete => Some(Screen::Overview),
            Screen::About => Some(Screen::Welcome),
        }
    }

    /// The short code shown on every screen and said on the phone: the task
    /// code on a task, otherwise a letter no task code uses.
    pub fn code(&self, plan: &Plan) -> Code {
        match self {
            Screen::Welcome => Code::app('W', 1),
            Screen::Incident(i) => Code::app('V', i + 1),
            Screen::Profile => Code::app('P', 1),
            Screen::Plan => Code::app('P', 2),
            Screen::Task(id) => plan.task(id).map(|t| t.code.clone()).unwrap_or_default(),
            Screen::Overview => Code::app('U', 1),
            Screen::Review => Code::app('R', 1),
            Screen::Facts => Code::app('R', 2),
            Screen::SignOff => Code::app('R', 3),
            Screen::About => Code::app('U', 2),
            Screen::Sheet => Code::app('U', 3),
        }
    }

    /// The screen a typed code names ("b 3", "B-3", "v-2"), if any.
    pub fn from_code(code: &str, flow: Flow<'_>) -> Option<Screen> {
        if let Some(task) = flow.plan.by_code(code) {
            return Some(Screen::Task(task.id.clone()));
        }
        let fixed = [
            Screen::Welcome,
            Screen::Profile,
            Screen::Plan,
            Screen::Overview,
            Screen::Review,
            Screen::Facts,
            Screen::SignOff,
            Screen::About,
            Screen::Sheet,
        ];
        fixed
            .into_iter()
            .chain((0..flow.incident_pages).map(Screen::Incident))
            .find(|s| s.code(flow.plan).is_meant_by(code))
    }

    /// A screen that still exists for this plan: a task removed by a profile
    /// change falls back to the overview.
    pub fn valid_for(self, flow: Flow<'_>) -> Screen {
        match self {
            Screen::Task(ref id) if flow.plan.position(id).is_none() => Screen::Overview,
            Screen::Incident(i) if i >= flow.incident_pages => Screen::Profile,
            Screen::Plan
            | Screen::Task(_)
            | Screen::Overview
            | Screen::Review
            | Screen::Facts
            | Screen::SignOff
            | Screen::Sheet
                if !flow.profile_complete =>
            {
                Screen::Profile
            }
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Task;
    use crate::playbook::Category;

    fn plan(ids: &[&str]) -> Plan {
        Plan {
            tasks: ids
                .iter()
                .enumerate()
                .map(|(i, id)| Task {
                    id: (*id).into(),
                    code: Code::new(format!("A-{i}")),
                    template: i,
                    subject: None,
                    category: Category::Admin,
                    find_out: false,
                    second_round: false,
                })
                .collect(),
        }
    }

    fn flow(plan: &Plan) -> Flow<'_> {
        Flow {
            incident_pages: 2,
            profile_complete: true,
            plan,
        }
    }

    fn task(id: &str) -> Screen {
        Screen::Task(id.into())
    }

    #[test]
    fn next_walks_the_whole_wizard_in_order() {
        let p = plan(&["a", "b"]);
        let mut screen = Screen::Welcome;
        let mut seen = vec![screen.clone()];
        while let Some(next) = screen.next(flow(&p)) {
            seen.push(next.clone());
            screen = next;
        }
        assert_eq!(
            seen,
            vec![
                Screen::Welcome,
                Screen::Incident(0),
                Screen::Incident(1),
                Screen::Profile,
                Screen::Plan,
                task("a"),
                task("b"),
                Screen::Overview,
            ]
        );
    }

    #[test]
    fn back_walks_the_same_way_in_reverse() {
        let p = plan(&["a", "b"]);
        let mut screen = Screen::Overview;
        let mut seen = vec![screen.clone()];
        while let Some(back) = screen.back(flow(&p)) {
            seen.push(back.clone());
            screen = back;
        }
        seen.reverse();
        assert_eq!(seen.len(), 8);
        assert_eq!(seen[0], Screen::Welcome);
        assert_eq!(seen[5], task("a"));
    }

    #[test]
    fn the_review_screens_lead_back_to_where_they_came_from() {
        let p = plan(&["a"]);
        assert_eq!(Screen::Review.back(flow(&p)), Some(Screen::Overview));
        assert_eq!(Screen::Facts.back(flow(&p)), Some(Screen::Review));
        assert_eq!(Screen::SignOff.back(flow(&p)), Some(Screen::Review));
        assert_eq!(Screen::SignOff.next(flow(&p)), None);
    }

    #[test]
    fn every_screen_has_a_code_that_leads_back_to_it() {
        let p = plan(&["a", "b"]);
        let screens = [
            Screen::Welcome,
            Screen::Incident(0),
            Screen::Incident(1),
            Screen::Profile,
            Screen::Plan,
            task("a"),
            task("b"),
            Screen::Overview,
            Screen::Review,
            Screen::Facts,
            Screen::SignOff,
            Screen::About,
            Screen::Sheet,
        ];
        for screen in screens {
            let code = screen.code(&p);
            assert_eq!(
                Screen::from_code(&code, flow(&p)),
                Some(screen.clone()),
                "{code}"
            );
            let spoken = code.to_lowercase().replace('-', " ");
            assert_eq!(
                Screen::from_code(&spoken, flow(&p)),
                Some(screen),
                "{spoken}"
            );
        }
        assert_eq!(Screen::from_code("V-9", flow(&p)), None);
        assert_eq!(Screen::from_code("Z-1", flow(&p)), None);
    }

    #[test]
    fn an_incomplete_profile_blocks_next() {
        let p = plan(&["a"]);
        let f = Flow {
            profile_complete: false,
            ..flow(&p)
        };
        assert_eq!(Screen::Profile.next(f), None);
        assert_eq!(task("a").valid_for(f), Screen::Profile);
    }

    #[test]
    fn a_playbook_without_incident_pages_goes_straight_to_the_profile() {
        let p = plan(&["a"]);
        let f = Flow {
            incident_pages: 0,
            ..flow(&p)
        };
        assert_eq!(Screen::Welcome.next(f), Some(Screen::Profile));
        assert_eq!(Screen::Profile.back(f), Some(Screen::Welcome));
    }

    #[test]
    fn an_empty_plan_leads_to_the_overview() {
        let p = plan(&[]);
        assert_eq!(Screen::Plan.next(flow(&p)), Some(Screen::Overview));
        assert_eq!(Screen::Overview.back(flow(&p)), Some(Screen::Plan));
    }

    #[test]
    fn a_task_that_left_the_plan_falls_back_to_the_overview() {
        let p = plan(&["a"]);
        assert_eq!(task("gone").valid_for(flow(&p)), Screen::Overview);
        assert_eq!(task("gone").back(flow(&p)), Some(Screen::Plan));
        assert_eq!(Screen::Incident(9).valid_for(flow(&p)), Screen::Profile);
        assert_eq!(task("a").valid_for(flow(&p)), task("a"));
    }
}
