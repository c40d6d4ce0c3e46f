//! Paper checklists: the plan's tasks printed per device and per person, to
//! take to the server cupboard or the front desk, tick off there, and enter
//! back later. A sheet never asks for a password or a PIN.

mod content;

pub use content::{document, file_name, make};

use std::collections::HashMap;

use crate::i18n::Tr;
use crate::plan::{Plan, Task};
use crate::playbook::{Category, Each, Playbook};
use crate::record::{Status, TaskId, TaskState};
use crate::t;

/// Who or what a part of the checklist is for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    /// A computer or card terminal: its id in the profile, and its name.
    Device {
        /// The profile's id, which the task ids carry.
        id: String,
        /// The name the practice gave it.
        name: String,
    },
    /// A member of staff.
    Person {
        /// The profile's id.
        id: String,
        /// Their name.
        name: String,
    },
    /// Tasks done once for the whole practice, by group.
    Practice(Category),
}

impl Subject {
    /// The heading of its part of the checklist, which is also how the
    /// sheet is chosen when it is entered back.
    pub fn title(&self, tr: &Tr) -> String {
        match self {
            Subject::Device { name, .. } => t!(tr, "checklist-device", name = name.clone()),
            Subject::Person { name, .. } => t!(tr, "checklist-person", name = name.clone()),
            Subject::Practice(category) => t!(
                tr,
                "checklist-practice-part",
                category = crate::messages::category_name(tr, *category)
            ),
        }
    }
}

/// The tasks of one device, one person, or one group of practice-wide tasks.
#[derive(Clone, Debug, PartialEq)]
pub struct Section<'p> {
    /// Who or what it is for.
    pub subject: Subject,
    /// Its tasks in plan order.
    pub tasks: Vec<&'p Task>,
}

impl Section<'_> {
    /// The tasks still to do (open, or waiting for help).
    pub fn open<'s>(&'s self, states: &'s HashMap<TaskId, TaskState>) -> Vec<&'s Task> {
        self.tasks
            .iter()
            .copied()
            .filter(|t| !status(states, &t.id).is_settled())
            .collect()
    }
}

fn status(states: &HashMap<TaskId, TaskState>, id: &TaskId) -> Status {
    states.get(id).map_or(Status::Open, |s| s.status)
}

/// The plan's tasks by device, person and practice-wide group, in the order
/// each first comes up in the plan. The owner's decisions are left out: they
/// are made at the screen, not at a device.
pub fn sections<'p>(playbook: &Playbook, plan: &'p Plan) -> Vec<Section<'p>> {
    let mut sections: Vec<Section<'p>> = Vec::new();
    for task in &plan.tasks {
        let template = task.template(playbook);
        if template.decision.is_some() {
            continue;
        }
        let subject = subject_of(task, template.each);
        match sections.iter_mut().find(|s| s.subject == subject) {
            Some(section) => section.tasks.push(task),
            None => sections.push(Section {
                subject,
                tasks: vec![task],
            }),
        }
    }
    sections
}

/// The codes of the owner's decisions, which no sheet carries.
pub fn decisions(playbook: &Playbook, plan: &Plan) -> Vec<String> {
    plan.tasks
        .iter()
        .filter(|t| t.template(playbook).decision.is_some())
        .map(|t| t.code.to_string())
        .collect()
}

fn subject_of(task: &Task, each: Each) -> Subject {
    // A second round belongs on the same device's or person's sheet.
    let id = task
        .id
        .as_str()
        .split_once('@')
        .map(|(_, subject)| subject.split('#').next().unwrap_or(subject).to_owned());
    match (id, &task.subject) {
        (Some(id), Some(name)) if each == Each::StaffMember => Subject::Person {
            id,
            name: name.clone(),
        },
        (Some(id), Some(name)) => Subject::Device {
            id,
            name: name.clone(),
        },
        _ => Subject::Practice(task.category),
    }
}

#[cfg(test)]
mod tests;
