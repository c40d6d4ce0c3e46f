//! What support staff on the phone need: where the user is, in words to
//! read aloud.

use crate::i18n::Tr;
use crate::messages;
use crate::record::Status;
use crate::t;
use crate::wizard::Screen;
use crate::workspace::Workspace as Session;

/// The screen's code, with the step on a task: "B-3 · Schritt 2".
pub fn screen_label(session: &Session, step: Option<usize>, tr: &Tr) -> String {
    let code = session
        .place()
        .screen
        .code(&session.document().plan)
        .to_string();
    match (&session.place().screen, step) {
        (Screen::Task(_), Some(step)) => t!(tr, "where-code-step", code = code, step = step),
        _ => code,
    }
}

/// The screen's name in words.
pub fn screen_name(session: &Session, tr: &Tr) -> String {
    match &session.place().screen {
        Screen::Welcome => t!(tr, "screen-welcome"),
        Screen::Incident(i) => t!(tr, "screen-incident", page = (i + 1)),
        Screen::Profile => t!(tr, "screen-profile"),
        Screen::Plan => t!(tr, "screen-plan"),
        Screen::Task(id) => session
            .document()
            .plan
            .task(id)
            .map(|task| task.title(&session.document().playbook, tr.lang()))
            .unwrap_or_default(),
        Screen::Overview => t!(tr, "screen-overview"),
        Screen::Review => t!(tr, "screen-review"),
        Screen::Facts => t!(tr, "screen-facts"),
        Screen::SignOff => t!(tr, "screen-signoff"),
        Screen::About => t!(tr, "screen-about"),
        Screen::Sheet => t!(tr, "screen-sheet"),
    }
}

/// A few sentences to read aloud: the screen and its code, the task and its
/// status, the step, and the overall count.
pub fn where_am_i(session: &Session, step: Option<usize>, tr: &Tr) -> String {
    let mut lines = vec![t!(
        tr,
        "where-screen",
        code = screen_label(session, step, tr),
        name = screen_name(session, tr)
    )];
    if let Screen::Task(id) = &session.place().screen {
        let status = session
            .task_states()
            .get(id)
            .map_or(Status::Open, |s| s.status);
        lines.push(t!(
            tr,
            "where-task-status",
            status = messages::status_name(tr, status)
        ));
        if let (Some(step), Some(task)) = (step, session.document().plan.task(id)) {
            let steps = task.steps(&session.document().playbook).len();
            lines.push(t!(tr, "where-step", step = step, steps = steps));
        }
    }
    let c = session.counts();
    if c.total > 0 {
        lines.push(t!(
            tr,
            "where-counts",
            settled = c.settled(),
            total = c.total,
            na = c.not_applicable,
            help = c.need_help
        ));
    }
    lines.join(" ")
}
