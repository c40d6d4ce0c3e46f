//! Plain-language, translated messages for the errors of the core, shared by
//! the window and the command line.

use crate::i18n::Tr;
use crate::playbook::{PlaybookError, Problem};
use crate::record::FileError;
use crate::t;

mod profile;
mod task;

pub use profile::{
    account_name, answer_name, device_kind_name, konnektor_name, question_name, question_topic,
};
pub use task::{done_label, rule_lines, source, step_kind_name, tested_label};

/// Why a playbook was rejected: file, line and what is wrong.
pub fn playbook_error(tr: &Tr, e: &PlaybookError) -> String {
    match e {
        PlaybookError::Unreadable { path, source } => t!(
            tr,
            "playbook-unreadable",
            file = path.display().to_string(),
            reason = source.to_string()
        ),
        PlaybookError::Syntax {
            path,
            line,
            column,
            message,
        } => t!(
            tr,
            "playbook-syntax",
            file = path.display().to_string(),
            line = line,
            column = column,
            detail = message.clone()
        ),
        PlaybookError::Invalid {
            path,
            line,
            problem,
        } => t!(
            tr,
            "playbook-invalid",
            file = path.display().to_string(),
            line = line,
            detail = problem_text(tr, problem)
        ),
    }
}

fn problem_text(tr: &Tr, p: &Problem) -> String {
    match p {
        Problem::UnsupportedSchema(v) => t!(tr, "playbook-problem-schema", version = v),
        Problem::Empty => t!(tr, "playbook-problem-empty"),
        Problem::DuplicateId(id) => t!(tr, "playbook-problem-duplicate-id", id = id.clone()),
        Problem::DuplicateCode(c) => {
            t!(tr, "playbook-problem-duplicate-code", code = c.clone())
        }
        Problem::BadCode(c) => t!(tr, "playbook-problem-bad-code", code = c.clone()),
        Problem::ReservedCode(c) => t!(tr, "playbook-problem-reserved-code", code = c.clone()),
        Problem::MissingText(id) if id.is_empty() => {
            t!(tr, "playbook-problem-missing-incident-text")
        }
        Problem::MissingText(id) => t!(tr, "playbook-problem-missing-text", id = id.clone()),
        Problem::NoSteps(id) => t!(tr, "playbook-problem-no-steps", id = id.clone()),
        Problem::StepTooLong(id) => t!(tr, "playbook-problem-step-too-long", id = id.clone()),
        Problem::OutOfOrder(id) => t!(tr, "playbook-problem-out-of-order", id = id.clone()),
        Problem::RuleMismatch(id) => t!(tr, "playbook-problem-rule-mismatch", id = id.clone()),
        Problem::DecisionTwice(id) => {
            t!(tr, "playbook-problem-decision-twice", id = id.clone())
        }
        Problem::StepsOutOfOrder(id) => {
            t!(tr, "playbook-problem-steps-out-of-order", id = id.clone())
        }
        Problem::MissingStep(id, kind) => t!(
            tr,
            "playbook-problem-missing-step",
            id = id.clone(),
            step = step_kind_name(tr, *kind)
        ),
        Problem::NoFindOut(id) => t!(tr, "playbook-problem-no-find-out", id = id.clone()),
        Problem::ProviderName => t!(
            tr,
            "playbook-problem-provider-name",
            max = crate::playbook::MAX_PROVIDER_CHARS
        ),
    }
}

/// What is wrong with a damaged record.
pub fn damaged(tr: &Tr, problem: &FileError) -> String {
    match problem {
        FileError::Truncated => t!(tr, "damaged-truncated"),
        FileError::NotARecord => t!(tr, "damaged-garbage"),
        FileError::NewerSchema(v) => t!(tr, "damaged-newer", schema = v),
        FileError::Edited => t!(tr, "damaged-edited"),
    }
}

/// The name of a status, as on the status chips.
pub fn status_name(tr: &Tr, status: crate::record::Status) -> String {
    use crate::record::Status;
    match status {
        Status::Open => t!(tr, "status-name-open"),
        Status::NeedHelp => t!(tr, "status-name-need-help"),
        Status::WaitingForSupport => t!(tr, "status-name-waiting"),
        Status::Done => t!(tr, "status-name-done"),
        Status::Tested => t!(tr, "status-name-tested"),
        Status::NotApplicable => t!(tr, "status-name-not-applicable"),
    }
}

/// The name of a group of tasks.
pub fn category_name(tr: &Tr, c: crate::playbook::Category) -> String {
    use crate::playbook::Category;
    match c {
        Category::Start => t!(tr, "category-start"),
        Category::Backdoors => t!(tr, "category-backdoors"),
        Category::Admin => t!(tr, "category-admin"),
        Category::Staff => t!(tr, "category-staff"),
        Category::Ti => t!(tr, "category-ti"),
        Category::Accounts => t!(tr, "category-accounts"),
        Category::FollowUp => t!(tr, "category-follow-up"),
    }
}

/// A moment in the user's local time: "28.11.2026, 14:03" or "28 Nov 2026, 14:03".
pub fn time(tr: &Tr, at: chrono::DateTime<chrono::Utc>) -> String {
    moment(tr.lang(), &at.with_timezone(&chrono::Local))
}

/// A moment at a fixed offset from UTC (as a document records it), in the
/// language's form.
pub fn moment_at(
    lang: crate::i18n::Lang,
    now: chrono::DateTime<chrono::Utc>,
    utc_offset_minutes: i32,
) -> String {
    let offset = chrono::FixedOffset::east_opt(utc_offset_minutes * 60)
        .unwrap_or_else(|| chrono::Offset::fix(&chrono::Utc));
    moment(lang, &now.with_timezone(&offset))
}

/// A moment in the language's usual form, in the time zone it carries.
pub fn moment<Tz: chrono::TimeZone>(lang: crate::i18n::Lang, at: &chrono::DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    match lang {
        crate::i18n::Lang::De => at.format("%d.%m.%Y, %H:%M").to_string(),
        crate::i18n::Lang::En => at.format("%-d %b %Y, %H:%M").to_string(),
    }
}

/// How far the plan is, without counting "not applicable" as done:
/// "20 von 30 bearbeitet, davon 4 „trifft nicht zu“".
pub fn progress(tr: &Tr, c: &crate::progress::Counts) -> String {
    t!(
        tr,
        "progress-settled",
        settled = c.settled(),
        total = c.total,
        na = c.not_applicable
    )
}

/// The tasks counted by status, in one line: "Done 8, tested 12, …".
pub fn counts(tr: &Tr, c: &crate::progress::Counts) -> String {
    t!(
        tr,
        "status-counts",
        done = c.done,
        tested = c.tested,
        na = c.not_applicable,
        help = c.need_help,
        open = c.open
    )
}
