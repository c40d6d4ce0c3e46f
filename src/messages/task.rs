//! Translated words about a task of the playbook: its steps, its sources,
//! what "done" and "tested" say, and the rules for its new password.

use crate::i18n::Tr;
use crate::t;

/// What a kind of step does, in a few words, for messages about a playbook.
pub fn step_kind_name(tr: &Tr, kind: crate::playbook::StepKind) -> String {
    use crate::playbook::StepKind;
    match kind {
        StepKind::Do => t!(tr, "step-kind-do"),
        StepKind::Ask => t!(tr, "step-kind-ask"),
        StepKind::Store => t!(tr, "step-kind-store"),
        StepKind::Change => t!(tr, "step-kind-change"),
        StepKind::Test => t!(tr, "step-kind-test"),
        StepKind::Close => t!(tr, "step-kind-close"),
    }
}

/// A source as one line: title, where in it, and where to find it.
pub fn source(tr: &Tr, source: &crate::playbook::Source) -> String {
    let mut line = source.title.clone();
    if !source.section.is_empty() {
        line = t!(
            tr,
            "source-section",
            title = line,
            section = source.section.clone()
        );
    }
    if !source.url.is_empty() {
        line = t!(tr, "source-url", text = line, url = source.url.clone());
    }
    line
}

/// What "done" says on a task: the playbook's own words where someone else
/// did the work, "password changed" where a password was set, else "done".
pub fn done_label(tr: &Tr, template: &crate::playbook::TaskTemplate) -> String {
    match &template.done_label {
        Some(label) => label.get(tr.lang()).to_owned(),
        None if template.testable => t!(tr, "task-done-changed"),
        None => t!(tr, "task-done"),
    }
}

/// What "tested" says on a task: what was tried, where the playbook says.
pub fn tested_label(tr: &Tr, template: &crate::playbook::TaskTemplate) -> String {
    match &template.tested_when {
        Some(what) => t!(
            tr,
            "task-tested-when",
            what = what.get(tr.lang()).to_owned()
        ),
        None => t!(tr, "task-tested"),
    }
}

/// What the system is known to require (and how we know), or that nobody
/// knows; then what we recommend.
pub fn rule_lines(tr: &Tr, rule: &crate::playbook::SecretRule) -> Vec<String> {
    let source = rule.source.get(tr.lang()).to_owned();
    let mut lines = match rule.required {
        None => vec![t!(tr, "pw-required-unknown", source = source)],
        Some(required) => vec![
            required_text(tr, required),
            t!(tr, "pw-required-source", source = source),
        ],
    };
    let target = rule.policy().target();
    lines.push(match target {
        crate::password::Rule::Pin { min, .. } => t!(tr, "pw-recommend-pin", min = min),
        crate::password::Rule::Password { min_length, .. } => {
            t!(tr, "pw-recommend", min = min_length)
        }
    });
    lines
}

fn required_text(tr: &Tr, rule: crate::password::Rule) -> String {
    match rule {
        crate::password::Rule::Pin { min, max } if min == max => {
            t!(tr, "pw-required-pin-exact", digits = min)
        }
        crate::password::Rule::Pin { min, max } => t!(tr, "pw-required-pin", min = min, max = max),
        crate::password::Rule::Password {
            min_length,
            classes,
            not_account_name,
        } => {
            let mut parts = Vec::new();
            if min_length > 0 {
                parts.push(t!(tr, "pw-rule-length", min = min_length));
            }
            if classes > 0 {
                parts.push(t!(tr, "pw-rule-classes", classes = classes));
            }
            if not_account_name {
                parts.push(t!(tr, "pw-rule-no-name"));
            }
            t!(tr, "pw-required", parts = parts.join(", "))
        }
    }
}
