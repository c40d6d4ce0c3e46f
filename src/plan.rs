//! The plan: the playbook applied to one practice's profile.

use std::collections::HashMap;

use crate::i18n::Lang;
use crate::playbook::{Applies, Category, Each, Playbook, TaskTemplate};
use crate::profile::{DeviceKind, Profile};
use crate::record::{Record, TaskId, TaskState};
use crate::wizard::Code;

/// One task of the plan: a playbook task, possibly for one device or person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    /// Stable id the record uses ("windows-logon@d3").
    pub id: TaskId,
    /// Code to say on the phone: "D-1", or "D-1.2" for the second device.
    pub code: Code,
    /// Index of the template in the playbook.
    pub template: usize,
    /// Name of the device or person the task is for.
    pub subject: Option<String>,
    /// The group the task belongs to.
    pub category: Category,
}

impl Task {
    /// The template in the playbook this task was made from.
    pub fn template<'p>(&self, playbook: &'p Playbook) -> &'p TaskTemplate {
        &playbook.tasks[self.template]
    }

    /// The title as shown: "Windows-Anmeldung ändern: Empfang-PC".
    pub fn title(&self, playbook: &Playbook, lang: Lang) -> String {
        let base = self.template(playbook).title.get(lang);
        match &self.subject {
            Some(subject) => format!("{base}: {subject}"),
            None => base.to_owned(),
        }
    }
}

/// The ordered task list for one practice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// The tasks in the order to do them.
    pub tasks: Vec<Task>,
}

impl Plan {
    /// Applies the playbook to the profile: tasks that do not apply disappear,
    /// repeated tasks are expanded per device or person.
    pub fn new(playbook: &Playbook, profile: &Profile) -> Plan {
        let mut tasks = Vec::new();
        for (index, template) in playbook.tasks.iter().enumerate() {
            if !applies(&template.applies, profile) {
                continue;
            }
            let subjects = subjects(template.each, profile);
            let Some(subjects) = subjects else {
                tasks.push(Task {
                    id: TaskId::once(&template.id),
                    code: Code::new(template.code.clone()),
                    template: index,
                    subject: None,
                    category: template.category,
                });
                continue;
            };
            for (n, (subject_id, name)) in subjects.into_iter().enumerate() {
                tasks.push(Task {
                    id: TaskId::for_subject(&template.id, &subject_id),
                    code: Code::new(format!("{}.{}", template.code, n + 1)),
                    template: index,
                    subject: Some(name),
                    category: template.category,
                });
            }
        }
        Plan { tasks }
    }

    /// The position of the task with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.tasks.iter().position(|t| t.id == id)
    }

    /// The task with this id.
    pub fn task(&self, id: &str) -> Option<&Task> {
        self.tasks.iter().find(|t| t.id == id)
    }

    /// Where every task stands, by task id: its last mark, and for a task
    /// that records an incident fact, that fact as recorded (so the task and
    /// the facts screen show one answer). Tasks with nothing recorded are absent.
    pub fn states(&self, playbook: &Playbook, record: &Record) -> HashMap<TaskId, TaskState> {
        let mut states = record.task_states().clone();
        for task in &self.tasks {
            let Some(decision) = task.template(playbook).decision else {
                continue;
            };
            match record.decided(decision) {
                Some(state) => {
                    states.insert(task.id.clone(), state.clone());
                }
                // Only a call for help is its own status; "done" means decided.
                None if states.get(&task.id).is_some_and(|s| !s.status.is_stuck()) => {
                    states.remove(&task.id);
                }
                None => {}
            }
        }
        states
    }

    /// The task with this code, compared without regard to case or spaces,
    /// so "b 3" finds "B-3".
    pub fn by_code(&self, code: &str) -> Option<&Task> {
        self.tasks.iter().find(|t| t.code.is_meant_by(code))
    }
}

fn applies(rule: &Applies, profile: &Profile) -> bool {
    match rule {
        Applies::Always => true,
        Applies::Konnektor(model) => profile.konnektor == *model,
        Applies::Account(account) => profile.has_account(*account),
        Applies::CardPinsExposed => profile.card_pins_exposed,
    }
}

/// The (id, name) pairs a repeated task is expanded over; `None` for a task done once.
fn subjects(each: Each, profile: &Profile) -> Option<Vec<(String, String)>> {
    let devices = |kinds: &[DeviceKind]| {
        profile
            .devices
            .iter()
            .filter(|d| kinds.contains(&d.kind))
            .map(|d| (d.id.clone(), d.name.clone()))
            .collect()
    };
    Some(match each {
        Each::Once => return None,
        Each::Workstation => devices(&[DeviceKind::Workstation]),
        Each::Server => devices(&[DeviceKind::Server]),
        Each::Computer => devices(&[DeviceKind::Workstation, DeviceKind::Server]),
        Each::CardTerminal => devices(&[DeviceKind::CardTerminal]),
        Each::StaffMember => profile
            .staff
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::playbook::default_playbook;
    use crate::profile::{Account, KonnektorModel};

    fn practice() -> Profile {
        let mut p = Profile {
            practice_name: "Praxis Dr. Müller".into(),
            konnektor: KonnektorModel::KoCoBox,
            pvs: "MediPlus".into(),
            ..Profile::default()
        };
        for name in ["Empfang-PC", "Labor-PC", "Sprechzimmer-PC"] {
            p.add_device(name, DeviceKind::Workstation);
        }
        p.add_device("Server", DeviceKind::Server);
        p.add_person("Anna");
        p
    }

    #[test]
    fn per_device_tasks_are_expanded_with_the_device_name() {
        let playbook = default_playbook();
        let plan = Plan::new(&playbook, &practice());
        let logons: Vec<_> = plan
            .tasks
            .iter()
            .filter(|t| t.id.starts_with("windows-logon@"))
            .collect();
        assert_eq!(logons.len(), 3);
        assert_eq!(
            logons[0].title(&playbook, Lang::De),
            "Windows-Anmeldung ändern: Empfang-PC"
        );
        assert!(logons[1].code.ends_with(".2"));
    }

    #[test]
    fn tasks_for_other_konnektors_and_missing_accounts_disappear() {
        let playbook = default_playbook();
        let plan = Plan::new(&playbook, &practice());
        assert!(plan.task("konnektor-kocobox").is_some());
        assert!(plan.task("konnektor-secunet").is_none());
        assert!(plan.task("online-banking").is_none());
        assert!(plan.task("card-pins").is_none());

        let mut with_banking = practice();
        with_banking.set_account(Account::OnlineBanking, true);
        with_banking.card_pins_exposed = true;
        let plan = Plan::new(&playbook, &with_banking);
        assert!(plan.task("online-banking").is_some());
        assert!(plan.task("card-pins").is_some());
    }

    #[test]
    fn the_plan_follows_responder_order() {
        let plan = Plan::new(&default_playbook(), &practice());
        assert_eq!(plan.tasks[0].category, Category::Start);
        assert!(
            plan.tasks
                .windows(2)
                .all(|w| w[0].category <= w[1].category)
        );
        assert_eq!(
            plan.tasks.last().map(|t| t.category),
            Some(Category::FollowUp)
        );
    }

    #[test]
    fn renaming_a_device_keeps_its_task_id() {
        let playbook = default_playbook();
        let mut profile = practice();
        let before = Plan::new(&playbook, &profile);
        profile.devices[0].name = "Anmeldung".into();
        let after = Plan::new(&playbook, &profile);
        assert_eq!(before.tasks.len(), after.tasks.len());
        let id = &before
            .tasks
            .iter()
            .find(|t| t.subject.as_deref() == Some("Empfang-PC"))
            .map(|t| t.id.clone());
        let renamed = after.task(id.as_deref().unwrap_or_default());
        assert_eq!(
            renamed.and_then(|t| t.subject.as_deref()),
            Some("Anmeldung")
        );
    }

    /// Every combination of the profile's answers: each Konnektor answer with
    /// every subset of further accounts, with and without exposed card PINs.
    fn every_profile() -> impl Iterator<Item = Profile> {
        KonnektorModel::ALL.into_iter().flat_map(|konnektor| {
            (0..1u32 << Account::ALL.len()).flat_map(move |mask| {
                [false, true].into_iter().map(move |pins| {
                    let mut p = practice();
                    p.konnektor = konnektor;
                    p.card_pins_exposed = pins;
                    for (i, a) in Account::ALL.into_iter().enumerate() {
                        p.set_account(a, mask & (1 << i) != 0);
                    }
                    p
                })
            })
        })
    }

    #[test]
    fn every_answer_leaves_windows_the_practice_software_and_the_firewall_in_the_plan() {
        let playbook = default_playbook();
        let mut checked = 0;
        for profile in every_profile() {
            let plan = Plan::new(&playbook, &profile);
            let has = |prefix: &str| plan.tasks.iter().any(|t| t.id.starts_with(prefix));
            assert!(
                has("windows-admin@") && has("windows-logon@"),
                "{profile:?}"
            );
            assert!(has("pvs-admin") && has("pvs-user@"), "{profile:?}");
            assert!(has("router"), "{profile:?}");
            assert!(has("backup"), "the backup tasks always apply");
            assert_eq!(
                has("konnektor-"),
                profile.konnektor != KonnektorModel::NoTi,
                "only a practice without TI has no Konnektor task: {:?}",
                profile.konnektor
            );
            checked += 1;
        }
        assert!(checked > 10_000);
    }

    #[test]
    fn dont_know_and_no_ti_are_different_answers() {
        let playbook = default_playbook();
        let mut profile = practice();
        profile.konnektor = KonnektorModel::Unknown;
        let plan = Plan::new(&playbook, &profile);
        let task = plan.task("konnektor-unknown");
        assert!(task.is_some(), "don't know gets a task to find out");
        assert_eq!(
            task.map(|t| t.template(&playbook).title.de.as_str()),
            Some("Konnektor klären und Passwort ändern lassen")
        );
        profile.konnektor = KonnektorModel::NoTi;
        let plan = Plan::new(&playbook, &profile);
        assert!(!plan.tasks.iter().any(|t| t.id.starts_with("konnektor-")));
    }

    #[test]
    fn the_windows_logon_repeats_per_workstation_not_per_server() {
        let playbook = default_playbook();
        let plan = Plan::new(&playbook, &practice());
        let count = |id: &str| plan.tasks.iter().filter(|t| t.id.starts_with(id)).count();
        assert_eq!(count("windows-logon@"), 3, "three workstations");
        assert_eq!(
            count("windows-admin@"),
            4,
            "three workstations and the server"
        );
    }

    #[test]
    fn the_first_hour_comes_first_and_the_report_decision_does_not_wait_until_last() {
        let playbook = default_playbook();
        let plan = Plan::new(&playbook, &practice());
        let start: Vec<&str> = plan
            .tasks
            .iter()
            .take_while(|t| t.category == Category::Start)
            .map(|t| t.id.as_str())
            .collect();
        for id in [
            "call-it-contact",
            "learned-at",
            "warn-team",
            "backup-offline",
            "report-decision",
        ] {
            assert!(start.contains(&id), "{id} is not at the start: {start:?}");
        }
        assert_eq!(start[0], "call-it-contact");
    }

    #[test]
    fn a_decision_task_shows_the_recorded_fact_and_nothing_else_settles_it() {
        use crate::record::{EventKind, IncidentFacts, Mark, ReportDecision, Status};
        let playbook = default_playbook();
        let plan = Plan::new(&playbook, &practice());
        let mut record = Record::default();
        let now = chrono::Utc::now();
        let mark = |mark| EventKind::TaskMarked {
            task: "report-decision".into(),
            mark,
            reason: None,
        };
        record.push(now, "Anna", "PC", mark(Mark::Done));
        let status = |r: &Record| {
            plan.states(&playbook, r)
                .get("report-decision")
                .map(|s| s.status)
        };
        assert_eq!(status(&record), None, "a click is no decision");
        record.push(now, "Anna", "PC", mark(Mark::NeedHelp));
        assert_eq!(status(&record), Some(Status::NeedHelp));
        let facts = IncidentFacts {
            report: ReportDecision::NotReported {
                reason: "Anbieter bestätigt: keine Daten der Praxis".into(),
            },
            ..IncidentFacts::default()
        };
        record.push(now, "Dr. M", "PC", EventKind::FactsSaved { facts });
        let state = plan.states(&playbook, &record).remove("report-decision");
        assert_eq!(state.as_ref().map(|s| s.status), Some(Status::Done));
        assert_eq!(state.map(|s| s.by), Some("Dr. M".to_owned()));
    }

    #[test]
    fn codes_are_found_however_they_are_typed() {
        let plan = Plan::new(&default_playbook(), &practice());
        let first = &plan.tasks[0];
        let typed = first.code.to_lowercase().replace('-', " ");
        assert_eq!(plan.by_code(&typed).map(|t| &t.id), Some(&first.id));
    }
}
