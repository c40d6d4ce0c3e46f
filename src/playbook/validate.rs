//! Rules a playbook must follow beyond its syntax.

use std::collections::HashSet;

use super::{
    Applies, Category, Each, Holder, PLAYBOOK_SCHEMA, Playbook, StepKind, TaskTemplate, Text,
};
use crate::code::Code;
use crate::password::{Rule, SecretKind};

/// The longest step, in characters, that still reads as one line on screen.
pub const MAX_STEP_CHARS: usize = 140;

/// The longest sender name, in characters. The name is the file's own
/// claim and stands on the warning screen and the certificate: room for a
/// company, none for a message.
pub const MAX_PROVIDER_CHARS: usize = 60;

/// A rule a playbook breaks. The UI translates each into a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is for another schema version.
    UnsupportedSchema(u32),
    /// The playbook has no tasks or no incident pages.
    Empty,
    /// Two tasks share an id.
    DuplicateId(String),
    /// Two tasks share a code.
    DuplicateCode(String),
    /// A code is not a capital letter, a dash and a number.
    BadCode(String),
    /// A code uses a letter the app keeps for its own screens (P, R, U, V, W).
    ReservedCode(String),
    /// A text is empty in one language (task id, or "" for the incident).
    MissingText(String),
    /// A task has no steps.
    NoSteps(String),
    /// A step is longer than one line.
    StepTooLong(String),
    /// A task comes before one of an earlier category.
    OutOfOrder(String),
    /// A task's known requirement does not fit its kind (a PIN rule on a
    /// password task or the other way round).
    RuleMismatch(String),
    /// A second task records the same incident fact.
    DecisionTwice(String),
    /// A password task's steps are not in the safe order: ask where it is
    /// used, write it down, change, test, close the old session.
    StepsOutOfOrder(String),
    /// A password task lacks a step of the safe order.
    MissingStep(String, StepKind),
    /// A task that depends on a profile answer or list says nowhere how
    /// to find out whether it applies.
    NoFindOut(String),
    /// The sender's name is longer than a company name, or carries a phone
    /// number, an address or a link.
    ProviderName,
}

impl Problem {
    /// The task the problem is about, if any.
    pub fn task_id(&self) -> Option<&str> {
        match self {
            Problem::UnsupportedSchema(_) | Problem::Empty | Problem::ProviderName => None,
            Problem::DuplicateId(id)
            | Problem::MissingText(id)
            | Problem::NoSteps(id)
            | Problem::StepTooLong(id)
            | Problem::OutOfOrder(id)
            | Problem::RuleMismatch(id)
            | Problem::DecisionTwice(id)
            | Problem::StepsOutOfOrder(id)
            | Problem::MissingStep(id, _)
            | Problem::NoFindOut(id) => Some(id),
            Problem::DuplicateCode(_) | Problem::BadCode(_) | Problem::ReservedCode(_) => None,
        }
        .map(String::as_str)
        .filter(|id| !id.is_empty())
    }
}

/// Every rule the playbook breaks, in file order.
pub fn problems(p: &Playbook) -> Vec<Problem> {
    let mut out = Vec::new();
    if p.schema != PLAYBOOK_SCHEMA {
        out.push(Problem::UnsupportedSchema(p.schema));
        return out;
    }
    if p.tasks.is_empty() || p.incident.pages.is_empty() {
        out.push(Problem::Empty);
    }
    let incident_texts = std::iter::once(&p.incident.title)
        .chain(std::iter::once(&p.provider.name))
        .chain(p.parties.iter().flat_map(|party| [&party.name, &party.who]))
        .chain(p.incident.pages.iter().flat_map(|page| {
            std::iter::once(&page.title)
                .chain(&page.paragraphs)
                .chain(&page.dos)
                .chain(&page.donts)
                .chain(&page.stop_if)
        }));
    if incident_texts.into_iter().any(is_missing) {
        out.push(Problem::MissingText(String::new()));
    }
    if !is_a_name(&p.provider.name.de) || !is_a_name(&p.provider.name.en) {
        out.push(Problem::ProviderName);
    }
    let mut ids = HashSet::new();
    let mut codes = HashSet::new();
    let mut last_category = Category::Start;
    let mut decisions = HashSet::new();
    for t in &p.tasks {
        if !ids.insert(t.id.as_str()) {
            out.push(Problem::DuplicateId(t.id.clone()));
        }
        if !codes.insert(t.code.as_str()) {
            out.push(Problem::DuplicateCode(t.code.clone()));
        }
        if !is_code(&t.code) {
            out.push(Problem::BadCode(t.code.clone()));
        } else if t.code.starts_with(Code::APP_LETTERS) {
            out.push(Problem::ReservedCode(t.code.clone()));
        }
        if t.texts().any(is_missing) {
            out.push(Problem::MissingText(t.id.clone()));
        }
        let mismatch = t.rule.as_ref().is_some_and(|r| {
            matches!(
                (r.kind, r.required),
                (SecretKind::Password, Some(Rule::Pin { .. }))
                    | (SecretKind::Pin, Some(Rule::Password { .. }))
            )
        });
        if mismatch {
            out.push(Problem::RuleMismatch(t.id.clone()));
        }
        if t.decision.is_some_and(|d| !decisions.insert(d)) {
            out.push(Problem::DecisionTwice(t.id.clone()));
        }
        if t.steps.is_empty() {
            out.push(Problem::NoSteps(t.id.clone()));
        }
        let too_long = |s: &Text| {
            s.de.chars().count() > MAX_STEP_CHARS || s.en.chars().count() > MAX_STEP_CHARS
        };
        if t.steps
            .iter()
            .map(|s| &s.text)
            .chain(&t.find_out)
            .any(too_long)
        {
            out.push(Problem::StepTooLong(t.id.clone()));
        }
        if t.category < last_category {
            out.push(Problem::OutOfOrder(t.id.clone()));
        }
        last_category = t.category;
        out.extend(order_problems(t));
        // A Konnektor model's task needs none: "don't know" has a task of
        // its own; and a finding is a fact, not a question.
        let answered = !matches!(
            t.applies,
            Applies::Always | Applies::Konnektor(_) | Applies::AttackFound
        );
        let depends = answered || t.each != Each::Once;
        if depends && t.find_out.is_none() {
            out.push(Problem::NoFindOut(t.id.clone()));
        }
    }
    out
}

/// The steps a password task needs, in the order they must come.
pub fn required_steps(t: &TaskTemplate) -> Vec<StepKind> {
    let Some(rule) = &t.rule else {
        return Vec::new();
    };
    let password = rule.kind == SecretKind::Password;
    let practice = rule.holder == Holder::Practice;
    [
        (StepKind::Ask, practice && password),
        (StepKind::Store, practice),
        (StepKind::Change, true),
        (StepKind::Test, password),
        (StepKind::Close, practice && password),
    ]
    .into_iter()
    .filter_map(|(kind, needed)| needed.then_some(kind))
    .collect()
}

/// Whether a task's steps keep the safe order and have the steps it needs.
fn order_problems(t: &TaskTemplate) -> Vec<Problem> {
    let mut out = Vec::new();
    let kinds: Vec<StepKind> = t
        .steps
        .iter()
        .map(|s| s.kind)
        .filter(|k| *k != StepKind::Do)
        .collect();
    if kinds.windows(2).any(|w| w[0] > w[1]) {
        out.push(Problem::StepsOutOfOrder(t.id.clone()));
    }
    for kind in required_steps(t) {
        if !kinds.contains(&kind) {
            out.push(Problem::MissingStep(t.id.clone(), kind));
        }
    }
    out
}

/// A sender's name says who, and nothing to call, write to or open: a fake
/// playbook must not put "confirmed, call 0800 …" where the name stands.
fn is_a_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    name.chars().count() <= MAX_PROVIDER_CHARS
        && name.chars().filter(char::is_ascii_digit).count() <= 4
        && !name.chars().any(char::is_control)
        && !["@", "://", "www.", "http"]
            .iter()
            .any(|s| lower.contains(s))
}

fn is_missing(t: &Text) -> bool {
    t.de.trim().is_empty() || t.en.trim().is_empty()
}

/// A code is one capital letter, a dash and a number: easy to say on the phone.
fn is_code(code: &str) -> bool {
    let mut parts = code.splitn(2, '-');
    let (Some(letter), Some(number)) = (parts.next(), parts.next()) else {
        return false;
    };
    letter.len() == 1
        && letter.chars().all(|c| c.is_ascii_uppercase())
        && !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::playbook::default_playbook;

    #[test]
    fn codes_are_a_letter_a_dash_and_a_number() {
        assert!(is_code("B-3"));
        assert!(is_code("F-12"));
        assert!(!is_code("b-3"));
        assert!(!is_code("B3"));
        assert!(!is_code("BB-3"));
        assert!(!is_code("B-"));
    }

    #[test]
    fn each_broken_rule_is_found() {
        let mut p = default_playbook();
        p.tasks[0].steps.clear();
        p.tasks[1].title.en.clear();
        p.tasks[2].steps[0].text.de = "x".repeat(MAX_STEP_CHARS + 1);
        p.tasks[3].code = "zz".into();
        let last = p.tasks.len() - 1;
        p.tasks[last].category = Category::Start;
        let pin_task = p.tasks.iter().position(|t| t.rule.is_some()).unwrap_or(0);
        if let Some(rule) = p.tasks[pin_task].rule.as_mut() {
            rule.kind = SecretKind::Pin;
            rule.required = Some(Rule::Password {
                min_length: 8,
                classes: 0,
                not_account_name: false,
            });
        }
        let decided = p
            .tasks
            .iter()
            .position(|t| t.decision.is_some())
            .unwrap_or(0);
        let decision = p.tasks[decided].decision;
        p.tasks[4].decision = decision;
        let found = problems(&p);
        assert!(found.contains(&Problem::NoSteps(p.tasks[0].id.clone())));
        assert!(found.contains(&Problem::MissingText(p.tasks[1].id.clone())));
        assert!(found.contains(&Problem::StepTooLong(p.tasks[2].id.clone())));
        assert!(found.contains(&Problem::BadCode("zz".into())));
        assert!(found.contains(&Problem::OutOfOrder(p.tasks[last].id.clone())));
        assert!(found.contains(&Problem::RuleMismatch(p.tasks[pin_task].id.clone())));
        let second = decided.max(4);
        assert!(found.contains(&Problem::DecisionTwice(p.tasks[second].id.clone())));
    }

    fn password_task(p: &crate::playbook::Playbook, holder: Holder) -> usize {
        p.tasks
            .iter()
            .position(|t| {
                t.rule
                    .as_ref()
                    .is_some_and(|r| r.holder == holder && r.kind == SecretKind::Password)
            })
            .unwrap_or(0)
    }

    #[test]
    fn a_password_task_whose_steps_are_out_of_the_safe_order_is_refused() {
        let mut p = default_playbook();
        let n = password_task(&p, Holder::Practice);
        assert!(problems(&p).is_empty(), "{:?}", problems(&p));
        let id = p.tasks[n].id.clone();
        // Testing before the change, as a lock-and-unlock "test" would.
        let test = p.tasks[n]
            .steps
            .iter()
            .position(|s| s.kind == StepKind::Test);
        let change = p.tasks[n]
            .steps
            .iter()
            .position(|s| s.kind == StepKind::Change);
        if let (Some(test), Some(change)) = (test, change) {
            p.tasks[n].steps.swap(test, change);
        }
        assert!(problems(&p).contains(&Problem::StepsOutOfOrder(id.clone())));

        // Writing the new password down only after the change.
        let mut p = default_playbook();
        let store = p.tasks[n]
            .steps
            .iter()
            .position(|s| s.kind == StepKind::Store);
        if let Some(store) = store {
            let step = p.tasks[n].steps.remove(store);
            p.tasks[n].steps.push(step);
        }
        assert!(problems(&p).contains(&Problem::StepsOutOfOrder(id)));
    }

    #[test]
    fn a_password_task_without_a_test_or_an_envelope_step_is_refused() {
        let mut p = default_playbook();
        let own = password_task(&p, Holder::Person);
        p.tasks[own].steps.retain(|s| s.kind != StepKind::Test);
        let shared = password_task(&p, Holder::Practice);
        p.tasks[shared]
            .steps
            .retain(|s| s.kind != StepKind::Store && s.kind != StepKind::Ask);
        let found = problems(&p);
        let (own, shared) = (p.tasks[own].id.clone(), p.tasks[shared].id.clone());
        assert!(found.contains(&Problem::MissingStep(own, StepKind::Test)));
        assert!(found.contains(&Problem::MissingStep(shared.clone(), StepKind::Store)));
        assert!(found.contains(&Problem::MissingStep(shared, StepKind::Ask)));
    }

    #[test]
    fn a_task_that_depends_on_an_answer_must_say_how_to_find_out() {
        let mut p = default_playbook();
        let n = p
            .tasks
            .iter()
            .position(|t| matches!(t.applies, Applies::Account(_)))
            .unwrap_or(0);
        p.tasks[n].find_out = None;
        assert!(problems(&p).contains(&Problem::NoFindOut(p.tasks[n].id.clone())));
    }

    #[test]
    fn a_sender_name_that_carries_a_number_or_a_link_is_refused() {
        let with = |name: &str| {
            let mut p = default_playbook();
            p.provider.name.de = name.into();
            problems(&p).contains(&Problem::ProviderName)
        };
        assert!(!with("MediDat Praxissoftware GmbH"));
        assert!(!with("Praxis 2000 Software AG"));
        assert!(with("MediDat GmbH – bestätigt, Hotline 0800 123456"));
        assert!(with("MediDat GmbH, support@medidat-hilfe.de"));
        assert!(with("MediDat GmbH (www.medidat-update.de)"));
        assert!(with("MediDat GmbH\nIhr IT-Dienstleister hat zugestimmt"));
        assert!(with(&"MediDat ".repeat(8)));
    }

    #[test]
    fn another_schema_version_is_refused() {
        let mut p = default_playbook();
        p.schema = 99;
        assert_eq!(problems(&p), vec![Problem::UnsupportedSchema(99)]);
    }
}
