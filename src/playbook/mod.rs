//! The incident playbook: model, loading and validation.

mod model;
pub mod readability;
pub mod signature;
mod validate;

#[cfg(test)]
mod guidance_tests;
#[cfg(test)]
mod safe_guidance_tests;

use std::path::{Path, PathBuf};

pub use model::{
    Applies, Category, Decision, Each, Holder, Incident, PLAYBOOK_SCHEMA, Page, Party, Playbook,
    Provider, SecretRule, Source, Step, StepKind, TaskTemplate, Text,
};
pub use validate::{MAX_PROVIDER_CHARS, Problem};

/// The playbook that ships inside the app.
pub const DEFAULT_PLAYBOOK: &str = include_str!("../../assets/playbooks/default.ron");

/// Why a playbook could not be used; each variant names the file and, where
/// known, the line, so the message can say where to look.
#[derive(Debug, thiserror::Error)]
pub enum PlaybookError {
    /// The file could not be read.
    #[error("{path}: cannot read: {source}")]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The file is not valid RON or does not match the schema.
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser says (English, technical).
        message: String,
    },
    /// The file parses but breaks a rule of the schema.
    #[error("{path}:{line}: {problem:?}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// 1-based line of the task or item at fault (0 when unknown).
        line: usize,
        /// The first rule broken.
        problem: Problem,
    },
}

/// The default playbook. It is checked by the tests, so failing here is a build defect.
pub fn default_playbook() -> Playbook {
    match parse(DEFAULT_PLAYBOOK, Path::new("default.ron")) {
        Ok(p) => p,
        Err(e) => panic!("the built-in playbook is broken: {e}"),
    }
}

/// Parses and checks playbook text; `path` only names it in errors.
pub fn parse(text: &str, path: &Path) -> Result<Playbook, PlaybookError> {
    let playbook: Playbook = ron::from_str(text).map_err(|e| PlaybookError::Syntax {
        path: path.to_owned(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    })?;
    if let Some(problem) = validate::problems(&playbook).into_iter().next() {
        let line = problem
            .task_id()
            .and_then(|id| line_of_task(text, id))
            .unwrap_or(0);
        return Err(PlaybookError::Invalid {
            path: path.to_owned(),
            line,
            problem,
        });
    }
    Ok(playbook)
}

/// The line where the task with this id is declared, to point the author at it.
fn line_of_task(text: &str, id: &str) -> Option<usize> {
    let needle = format!("\"{id}\"");
    text.lines()
        .position(|l| l.trim_start().starts_with("id:") && l.contains(&needle))
        .map(|i| i + 1)
}

impl Playbook {
    /// The task template with this id.
    pub fn task(&self, id: &str) -> Option<&TaskTemplate> {
        self.tasks.iter().find(|t| t.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_playbook_loads_and_is_valid() {
        let p = default_playbook();
        assert!(p.tasks.len() > 20, "only {} tasks", p.tasks.len());
        assert!(p.incident.pages.len() >= 3);
    }

    #[test]
    fn a_syntax_error_names_the_line() {
        let broken = DEFAULT_PLAYBOOK.replacen("tasks: [", "tasks: [[", 1);
        let line = broken
            .lines()
            .position(|l| l.contains("tasks: [["))
            .map(|i| i + 1);
        match parse(&broken, Path::new("x.ron")) {
            Err(PlaybookError::Syntax { line: l, .. }) => assert!(Some(l) >= line),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn a_duplicate_task_id_is_refused_with_its_line() {
        let first = default_playbook().tasks[1].id.clone();
        let second = default_playbook().tasks[2].id.clone();
        let broken =
            DEFAULT_PLAYBOOK.replacen(&format!("id: \"{second}\""), &format!("id: \"{first}\""), 1);
        match parse(&broken, Path::new("x.ron")) {
            Err(PlaybookError::Invalid { line, problem, .. }) => {
                assert_eq!(problem, Problem::DuplicateId(first.clone()));
                assert!(line > 0);
            }
            other => panic!("expected a duplicate id, got {other:?}"),
        }
    }
}
