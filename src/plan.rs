//! The plan: the playbook applied to one practice's profile.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::code::Code;
use crate::i18n::Lang;
use crate::playbook::{Applies, Category, Each, Playbook, TaskTemplate};
use crate::profile::{Answer, DeviceKind, Profile, Question};
use crate::record::{Decision, EventKind, Mark, Record, TaskId, TaskState};

/// One task of the plan: a playbook task, possibly for one device or person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    /// Stable id the record uses ("windows-admin@d3").
    pub id: TaskId,
    /// Code to say on the phone: "D-1", or "D-1.2" for the second device.
    pub code: Code,
    /// Index of the template in the playbook.
    pub template: usize,
    /// Name of the device or person the task is for.
    pub subject: Option<String>,
    /// The group the task belongs to.
    pub category: Category,
    /// The practice does not know yet whether this applies (its answer was
    /// "don't know", or no device or person is listed for it): the task
    /// starts with the playbook's step to find out.
    pub find_out: bool,
    /// A second change after the computers were cleaned up, because the
    /// first new password was typed while an attacker may have watched.
    pub second_round: bool,
}

impl Task {
    /// The template in the playbook this task was made from.
    pub fn template<'p>(&self, playbook: &'p Playbook) -> &'p TaskTemplate {
        &playbook.tasks[self.template]
    }

    /// The steps as shown: the playbook's step to find out first, where the
    /// practice does not know yet whether the task applies.
    pub fn steps<'p>(&self, playbook: &'p Playbook) -> Vec<&'p crate::playbook::Text> {
        let template = self.template(playbook);
        template
            .find_out
            .iter()
            .filter(|_| self.find_out)
            .chain(template.steps.iter().map(|s| &s.text))
            .collect()
    }

    /// The title as shown: "Administrator-Passwort von Windows ändern:
    /// Empfang-PC", and for the second round "2. Runde: …".
    pub fn title(&self, playbook: &Playbook, lang: Lang) -> String {
        let title = self.short_title(playbook, lang);
        match &self.subject {
            Some(subject) => format!("{title}: {subject}"),
            None => title,
        }
    }

    /// The title without the device or person, where a heading names it.
    pub fn short_title(&self, playbook: &Playbook, lang: Lang) -> String {
        let base = self.template(playbook).title.get(lang);
        if self.second_round {
            let round = &crate::i18n::CoreWords::of(lang).second_round;
            format!("{round}: {base}")
        } else {
            base.to_owned()
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
    /// Applies the playbook to the profile: a task leaves the plan only
    /// where the profile answered "no"; repeated tasks are expanded per
    /// device or person. This is the plan before any attack was found on
    /// the practice's own computers.
    pub fn new(playbook: &Playbook, profile: &Profile) -> Plan {
        Plan::build(playbook, profile, false)
    }

    /// The plan for a record: its profile, and where the check of the
    /// computers found an attack, the tasks that follow from it and, once
    /// the computers are cleaned up, a second round of every password
    /// changed before.
    pub fn of_record(playbook: &Playbook, record: &Record) -> Plan {
        let profile = record.profile().cloned().unwrap_or_default();
        let found = record.facts().is_some_and(|f| f.it_check.found());
        let mut plan = Plan::build(playbook, &profile, found);
        if let Some(cleaned) = record.decided(Decision::Cleanup).filter(|_| found) {
            plan.add_second_round(playbook, record, cleaned.at);
        }
        plan
    }

    /// Which playbook tasks the profile keeps, each with whether the
    /// practice still has to find out, and for whom they are done. The
    /// one place that decides what leaves the plan.
    pub fn selection<'a>(
        playbook: &'a Playbook,
        profile: &'a Profile,
        attack_found: bool,
    ) -> impl Iterator<Item = Selected> + 'a {
        playbook
            .tasks
            .iter()
            .enumerate()
            .filter_map(move |(index, template)| {
                let unsure = applies(&template.applies, profile, attack_found)?;
                let subjects = subjects(template.each, profile)?;
                Some(Selected {
                    template: index,
                    unsure: unsure || subjects == Subjects::NoneListed,
                    subjects,
                })
            })
    }

    fn build(playbook: &Playbook, profile: &Profile, attack_found: bool) -> Plan {
        let mut tasks = Vec::new();
        for selected in Plan::selection(playbook, profile, attack_found) {
            let (index, unsure) = (selected.template, selected.unsure);
            let template = &playbook.tasks[index];
            let task = |id: TaskId, code: String, subject: Option<String>, find_out: bool| Task {
                id,
                code: Code::new(code),
                template: index,
                subject,
                category: template.category,
                find_out,
                second_round: false,
            };
            match selected.subjects {
                Subjects::Once => tasks.push(task(
                    TaskId::once(&template.id),
                    template.code.clone(),
                    None,
                    unsure,
                )),
                // Nothing listed is no answer: one task to find out stays.
                Subjects::NoneListed => tasks.push(task(
                    TaskId::once(&template.id),
                    template.code.clone(),
                    None,
                    true,
                )),
                Subjects::Each => {
                    for (n, (subject_id, name)) in subject_list(template.each, profile).enumerate()
                    {
                        tasks.push(task(
                            TaskId::for_subject(&template.id, subject_id),
                            format!("{}.{}", template.code, n + 1),
                            Some(name.to_owned()),
                            unsure,
                        ));
                    }
                }
            }
        }
        Plan { tasks }
    }

    /// After the clean-up, every password the practice typed into its own
    /// computers before it may have been seen: each such task settled
    /// before the clean-up gets a second task right after it. Passwords
    /// changed on a phone and PINs typed on a card terminal are not.
    fn add_second_round(&mut self, playbook: &Playbook, record: &Record, cleaned: DateTime<Utc>) {
        let settled = first_settled(record);
        let mut tasks = Vec::with_capacity(self.tasks.len() * 2);
        for task in std::mem::take(&mut self.tasks) {
            let template = task.template(playbook);
            // A PIN is typed on the card terminal's keypad, not on a PC.
            let pin = template
                .rule
                .as_ref()
                .is_some_and(|r| r.kind == crate::password::SecretKind::Pin);
            let typed_here =
                template.testable && !template.clean_device && template.decision.is_none() && !pin;
            let before = settled.get(&task.id).is_some_and(|at| *at < cleaned);
            let again = (typed_here && before).then(|| Task {
                id: task.id.second_round(),
                code: Code::new(format!("{} R2", task.code)),
                second_round: true,
                find_out: false,
                ..task.clone()
            });
            tasks.push(task);
            tasks.extend(again);
        }
        self.tasks = tasks;
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

/// Whether a task is in the plan: `None` where an answer rules it out,
/// else whether the practice still has to find out (its answer was
/// "don't know").
fn applies(rule: &Applies, profile: &Profile, attack_found: bool) -> Option<bool> {
    let unless_no = |q: Question| match profile.answer(q) {
        Answer::Yes => Some(false),
        Answer::No => None,
        Answer::DontKnow => Some(true),
    };
    match rule {
        Applies::Always => Some(false),
        Applies::Konnektor(model) => (profile.konnektor == *model).then_some(false),
        Applies::Account(account) => unless_no(Question::Account(*account)),
        Applies::CardPinsExposed => unless_no(Question::CardPinsExposed),
        Applies::Domain => unless_no(Question::Domain),
        Applies::WithoutDomain => match profile.answer(Question::Domain) {
            Answer::Yes => None,
            Answer::No => Some(false),
            Answer::DontKnow => Some(true),
        },
        Applies::AttackFound => attack_found.then_some(false),
    }
}

/// A playbook task the profile keeps in the plan.
pub struct Selected {
    /// Index of the template in the playbook.
    pub template: usize,
    /// The profile's answer was "don't know", or nothing is listed.
    pub unsure: bool,
    /// For whom it is done.
    pub subjects: Subjects,
}

/// Who a task is done for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subjects {
    /// Once for the practice.
    Once,
    /// Once for each listed device or person.
    Each,
    /// Nobody and nothing is listed, and the profile does not rule it out:
    /// one task stays, to find out.
    NoneListed,
}

/// For whom a task is done, or `None` where the profile rules it out.
/// Counts only, so deciding what the plan keeps allocates nothing.
fn subjects(each: Each, profile: &Profile) -> Option<Subjects> {
    if each == Each::Once {
        return Some(Subjects::Once);
    }
    if subject_list(each, profile).next().is_some() {
        return Some(Subjects::Each);
    }
    let ruled_out =
        each == Each::CardTerminal && profile.answer(Question::CardTerminals) == Answer::No;
    (!ruled_out).then_some(Subjects::NoneListed)
}

/// The (id, name) pairs a repeated task is expanded over.
fn subject_list(each: Each, profile: &Profile) -> impl Iterator<Item = (&str, &str)> {
    let kinds: &[DeviceKind] = match each {
        Each::Workstation => &[DeviceKind::Workstation],
        Each::Server => &[DeviceKind::Server],
        Each::Computer => &[DeviceKind::Workstation, DeviceKind::Server],
        Each::CardTerminal => &[DeviceKind::CardTerminal],
        Each::Once | Each::StaffMember => &[],
    };
    let devices = profile
        .devices
        .iter()
        .filter(move |d| kinds.contains(&d.kind))
        .map(|d| (d.id.as_str(), d.name.as_str()));
    let staff = profile
        .staff
        .iter()
        .filter(move |_| each == Each::StaffMember)
        .map(|p| (p.id.as_str(), p.name.as_str()));
    devices.chain(staff)
}

/// When each task was first settled (done or tested), from the marks and
/// the paper sheets: a later mark does not make an early change safe.
fn first_settled(record: &Record) -> HashMap<TaskId, DateTime<Utc>> {
    let mut first = HashMap::new();
    for event in record.events() {
        match &event.kind {
            EventKind::TaskMarked {
                task,
                mark: Mark::Done | Mark::Tested,
                ..
            } => {
                first.entry(task.clone()).or_insert(event.at);
            }
            EventKind::SheetEntered { sheet } => {
                for task in sheet.tasks.iter().chain(&sheet.tested) {
                    first.entry(task.clone()).or_insert(sheet.done_at);
                }
            }
            _ => {}
        }
    }
    first
}

#[cfg(test)]
mod second_round_tests;
#[cfg(test)]
mod tests;
