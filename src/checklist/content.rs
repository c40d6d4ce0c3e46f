//! The checklist PDF: a title page that says how to use it, then one part
//! per device, person and group of practice-wide tasks with something open,
//! each on its own page, and last the parts that are already done.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::{Section, decisions, sections};
use crate::i18n::{Lang, Tr};
use crate::messages;
use crate::pdf::{self, Document, Pages, PdfError, Role, Weight};
use crate::plan::{Plan, Task};
use crate::playbook::Playbook;
use crate::record::{Record, TaskId, TaskState};
use crate::t;

/// Body text size on the sheets: large enough to read in a server cupboard.
const TEXT: f32 = 10.5;

/// Makes the checklist PDF for the record's plan, in a language, at a time
/// (UTC and the offset of the computer's clock, in minutes).
pub fn make(
    playbook: &Playbook,
    record: &Record,
    lang: Lang,
    (now, utc_offset_minutes): (DateTime<Utc>, i32),
) -> Result<Vec<u8>, PdfError> {
    let tr = Tr::new(lang);
    let made = messages::moment_at(lang, now, utc_offset_minutes);
    let document = document(playbook, record, &tr, &made);
    let practice = record
        .profile()
        .map(|p| p.practice_name.clone())
        .unwrap_or_default();
    let info = pdf::Info {
        title: t!(tr, "checklist-title"),
        creator: format!("Passwort-Lotse {}", env!("CARGO_PKG_VERSION")),
        lang,
        document_id: format!("checklist-{practice}-{}", now.timestamp()),
        made: now,
    };
    pdf::write(&document, &info, Vec::new())
}

/// A file name for the checklist: "Checkliste-Praxis-Dr-Mueller-2026-11-29.pdf".
pub fn file_name(tr: &Tr, practice: &str, day: chrono::NaiveDate) -> String {
    crate::files::document_name(&t!(tr, "checklist-file"), practice, day)
}

/// The pages: the title part, every part with something open, then the
/// parts already done.
pub fn document(playbook: &Playbook, record: &Record, tr: &Tr, made: &str) -> Document {
    let profile = record.profile().cloned().unwrap_or_default();
    let plan = Plan::of_record(playbook, record);
    let states = plan.states(playbook, record);
    let mut head = vec![
        (t!(tr, "checklist-title"), Weight::Bold, 18.0),
        (t!(tr, "checklist-no-secrets"), Weight::Bold, 10.0),
    ];
    if record.is_training() {
        head.push((t!(tr, "cert-training-banner"), Weight::Bold, 9.5));
    }
    let mut p = Pages::new(head);
    let practice = profile.practice_name.clone();
    p.paragraph(
        &t!(
            tr,
            "checklist-practice",
            practice = practice.clone(),
            time = made.to_owned()
        ),
        Weight::Regular,
        TEXT,
    );
    how_to(&mut p, tr, playbook, &plan);
    // Said once as content, since the footer on every page is decoration
    // that a screen reader skips.
    p.gap(6.0);
    p.paragraph(&t!(tr, "checklist-footer-not"), Weight::Bold, TEXT);
    let parts = sections(playbook, &plan);
    let (open, done): (Vec<_>, Vec<_>) = parts
        .iter()
        .partition(|section| !section.open(&states).is_empty());
    if open.is_empty() {
        p.paragraph(&t!(tr, "checklist-nothing-open"), Weight::Bold, TEXT);
    }
    for section in open {
        p.new_page();
        section_part(&mut p, tr, playbook, section, &states);
    }
    // Parts with nothing left to tick share the last page, so every device
    // and person is on the checklist without a sheet of paper each.
    if !done.is_empty() {
        p.new_page();
        p.heading(2, &t!(tr, "checklist-all-done-heading"));
        for section in done {
            p.open(Role::Section);
            p.heading(3, &section.subject.title(tr));
            settled_lines(&mut p, tr, playbook, &section.tasks, &states);
            p.close();
        }
    }
    let made = made.to_owned();
    let not = t!(tr, "checklist-footer-not");
    p.finish(move |page, pages, replaced| {
        let mut lines = Vec::new();
        if replaced {
            lines.push(t!(tr, "pdf-replaced-characters"));
        }
        lines.extend([
            not.clone(),
            t!(
                tr,
                "checklist-footer",
                practice = practice.clone(),
                time = made.clone(),
                page = page,
                pages = pages
            ),
        ]);
        lines
    })
}

fn how_to(p: &mut Pages, tr: &Tr, playbook: &Playbook, plan: &Plan) {
    p.heading(2, &t!(tr, "checklist-how-heading"));
    p.open(Role::List);
    let steps = [
        t!(tr, "checklist-how-1"),
        t!(tr, "checklist-how-2"),
        t!(tr, "checklist-how-3"),
        t!(tr, "checklist-how-4"),
    ];
    for (n, step) in steps.iter().enumerate() {
        p.list_item(&format!("{}.", n + 1), step, TEXT);
    }
    p.close();
    let codes = decisions(playbook, plan);
    if !codes.is_empty() {
        p.gap(6.0);
        p.paragraph(
            &t!(tr, "checklist-decisions", codes = codes.join(", ")),
            Weight::Regular,
            TEXT,
        );
    }
}

fn section_part(
    p: &mut Pages,
    tr: &Tr,
    playbook: &Playbook,
    section: &Section<'_>,
    states: &HashMap<TaskId, TaskState>,
) {
    p.open(Role::Section);
    p.heading(2, &section.subject.title(tr));
    let open = section.open(states);
    p.paragraph(
        &t!(tr, "checklist-open-count", open = open.len()),
        Weight::Regular,
        TEXT,
    );
    let continued = t!(tr, "checklist-continued", part = section.subject.title(tr));
    for task in &open {
        task_part(p, tr, playbook, task, states.get(&task.id), &continued);
    }
    let settled: Vec<&Task> = section
        .tasks
        .iter()
        .copied()
        .filter(|t| !open.iter().any(|o| o.id == t.id))
        .collect();
    if !settled.is_empty() {
        p.heading(3, &t!(tr, "checklist-settled-heading"));
        settled_lines(p, tr, playbook, &settled, states);
    }
    p.close();
}

/// One line per settled task: its code, title, status, who and when.
fn settled_lines(
    p: &mut Pages,
    tr: &Tr,
    playbook: &Playbook,
    tasks: &[&Task],
    states: &HashMap<TaskId, TaskState>,
) {
    for task in tasks {
        let Some(state) = states.get(&task.id) else {
            continue;
        };
        p.paragraph(
            &t!(
                tr,
                "checklist-settled",
                code = task.code.to_string(),
                title = task.short_title(playbook, tr.lang()),
                status = messages::status_name(tr, state.status),
                name = state.by.clone(),
                time = messages::time(tr, state.at)
            ),
            Weight::Regular,
            TEXT - 1.0,
        );
    }
}

fn task_part(
    p: &mut Pages,
    tr: &Tr,
    playbook: &Playbook,
    task: &Task,
    state: Option<&TaskState>,
    continued: &str,
) {
    let lang = tr.lang();
    let template = task.template(playbook);
    let title = format!("{}   {}", task.code, task.short_title(playbook, lang));
    let traps: Vec<String> = template
        .traps
        .iter()
        .map(|trap| t!(tr, "checklist-trap", text = trap.get(lang).to_owned()))
        .collect();
    // A task stays on one page, so nobody meets half a task at the device.
    let height = 16.0
        + Pages::height_of(&title, Weight::Bold, 11.0, 21.0)
        + task
            .steps(playbook)
            .iter()
            .map(|s| Pages::height_of(s.get(lang), Weight::Regular, TEXT, 18.0))
            .sum::<f32>()
        + traps
            .iter()
            .map(|t| Pages::height_of(t, Weight::Regular, TEXT, 18.0))
            .sum::<f32>()
        + 2.0 * TEXT * 1.35
        + TEXT * 2.4
        + 6.0;
    if p.room_for(height.min(p.page_room())) {
        p.continued(continued, 13.0);
    }
    p.heading_with_box(3, &title);
    if state.is_some_and(|s| s.status.is_stuck()) {
        p.paragraph(&t!(tr, "checklist-need-help"), Weight::Bold, TEXT);
    }
    p.open(Role::List);
    for (n, step) in task.steps(playbook).iter().enumerate() {
        p.list_item(&format!("{}.", n + 1), step.get(lang), TEXT);
    }
    p.close();
    for trap in &traps {
        p.paragraph_indented(18.0, trap, Weight::Regular, TEXT);
    }
    if template.rule.is_some() {
        p.paragraph_indented(18.0, &t!(tr, "checklist-secret-task"), Weight::Bold, TEXT);
        p.paragraph_indented(
            18.0,
            &t!(tr, "checklist-login-fails"),
            Weight::Regular,
            TEXT,
        );
    }
    // Done is the large box at the title; a finding or "does not apply"
    // has a box of its own, so nothing found at a device becomes "done".
    if template.testable {
        p.box_line(&[messages::tested_label(tr, template)], 0.0, TEXT);
    }
    p.box_line(
        &[
            t!(tr, "checklist-box-help"),
            t!(tr, "checklist-box-not-applicable"),
        ],
        120.0,
        TEXT,
    );
    p.writing_line(
        &[
            (t!(tr, "checklist-done-by"), 150.0),
            (t!(tr, "checklist-on"), 80.0),
            (t!(tr, "checklist-at"), 50.0),
        ],
        TEXT,
    );
    p.gap(6.0);
}
