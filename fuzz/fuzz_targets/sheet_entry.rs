//! What a person types from paper: a ticked checklist sheet (who, day and
//! time, the boxes ticked, the reasons beside "not applicable"), a code read
//! out on the phone ("b 3", "C-1.2") in the "go to" field, and the dates of
//! the incident facts form. The input is UTF-8 text, one field per line:
//!
//! ```text
//! line 0   the code typed into "go to"          -> Screen::from_code
//! line 1   the day on the sheet ("29.11.2026")   \  when::parse_local("{day} {time}"),
//! line 2   the time on the sheet ("10:30")       /  as ui/sheet.rs does
//! line 3   who did it, as the sheet says
//! line 4   facts: when the practice learned of it -> when::parse_local (FactsDraft)
//! line 5   facts: day of the report                -> when::parse_date
//! line 6   facts: day patients were told           -> when::parse_date
//! line 7.. one ticked box each: a kind letter (d done, t tested, h help,
//!          n not applicable), the task's code as printed (or any task id),
//!          and after "|" the reason written beside it
//! ```
//!
//! The sheet is built as `ui/sheet.rs` builds it and checked with
//! `Workspace::check_sheet`; one that passes is entered with
//! `Action::EnterSheet` and must be taken. The facts go through the form's
//! own `FactsDraft::to_facts` and `Action::SaveFacts`, and the form filled
//! from the saved facts must read back to the same facts.

#![no_main]

use chrono::Duration;
use libfuzzer_sys::fuzz_target;
use passwort_lotse::record::{
    EventKind, IncidentFacts, PatientsDecision, Record, ReportDecision, Sheet, SheetReason, TaskId,
};
use passwort_lotse::settings::Settings;
use passwort_lotse::ui::Drafts;
use passwort_lotse::when;
use passwort_lotse::wizard::Screen;
use passwort_lotse::workspace::{Action, SheetOutcome, Workspace};

/// The sample practice's profile, and facts that say "reported" and
/// "patients informed", so the facts form shows both dates.
fn record() -> Record {
    let mut record = fuzz_support::profile_only();
    let at = fuzz_support::now() - Duration::hours(2);
    let day = at.date_naive();
    let facts = IncidentFacts {
        learned_at: Some(at),
        learned_how: "Anruf des Anbieters".into(),
        report: ReportDecision::Reported {
            on: day,
            authority: "Landesdatenschutzbeauftragte".into(),
            reference: "LDA-2026-1".into(),
        },
        patients: PatientsDecision::Informed {
            on: day,
            how: "Aushang".into(),
        },
        ..IncidentFacts::default()
    };
    record.push(
        at,
        "Anna Schmidt",
        "Empfang-PC",
        EventKind::FactsSaved { facts, base: None },
    );
    record
}

fn fresh() -> Workspace {
    let settings = Settings {
        worker: passwort_lotse::settings::Worker::named("Anna Schmidt"),
        ..Settings::default()
    };
    fuzz_support::workspace(record(), settings)
}

thread_local! {
    /// Only read from, so every input meets the same workspace.
    static WS: Workspace = fresh();
}

fn go_to(ws: &Workspace, code: &str) {
    if let Some(screen) = Screen::from_code(code, ws.flow()) {
        let valid = screen.clone().valid_for(ws.flow());
        if let Screen::Task(id) = &screen {
            assert!(
                ws.document().plan.task(id).is_some(),
                "code {code:?} names no task"
            );
        }
        let _ = valid;
    }
}

fn sheet(ws: &Workspace, lines: &[&str]) {
    let field = |n: usize| lines.get(n).copied().unwrap_or_default();
    let (date, time) = (field(1), field(2));
    let when = when::parse_local(&format!("{date} {time}")).filter(|_| !time.trim().is_empty());
    if let Some(at) = when {
        let shown = when::format_local(at);
        assert_eq!(
            when::parse_local(&shown),
            Some(at),
            "{date:?} {time:?} reads as {shown:?}, which does not read back"
        );
    }
    let mut sheet = Sheet::done(Vec::new(), field(3), when.unwrap_or_else(|| ws.now()));
    for line in lines.iter().skip(7) {
        let mut chars = line.chars();
        let kind = chars.next();
        let rest = chars.as_str();
        let (code, reason) = rest.split_once('|').unwrap_or((rest, ""));
        let task = ws
            .document()
            .plan
            .by_code(code)
            .map_or_else(|| TaskId::from(code.to_owned()), |t| t.id.clone());
        match kind {
            Some('t') => sheet.tested.push(task),
            Some('h') => sheet.help.push(task),
            Some('n') => sheet.not_applicable.push(SheetReason {
                task,
                reason: reason.to_owned(),
            }),
            _ => sheet.tasks.push(task),
        }
    }
    let Ok((taken, _)) = ws.check_sheet(&sheet) else {
        return;
    };
    let mut ws = fresh();
    let before = ws.document().record.events().len();
    let _ = ws.handle(Action::EnterSheet(taken));
    assert!(
        matches!(ws.place().sheet, Some(SheetOutcome::Entered { .. })),
        "a checked sheet was refused: {:?}",
        ws.place().sheet
    );
    assert_eq!(ws.document().record.events().len(), before + 1);
}

fn facts(ws: &Workspace, lines: &[&str]) {
    let field = |n: usize| lines.get(n).copied().unwrap_or_default().to_owned();
    let mut drafts = Drafts::default();
    let mut draft = drafts.facts_for(ws).clone();
    draft.learned_at = field(4);
    draft.report_on = field(5);
    draft.patients_on = field(6);
    let Some(typed) = draft.to_facts() else {
        return;
    };
    let mut ws = fresh();
    let base = ws.document().record.facts().cloned();
    let _ = ws.handle(Action::SaveFacts {
        base,
        facts: typed.clone(),
    });
    let _ = ws.blockers();
    let _ = passwort_lotse::summary::Summary::of(&ws.document().playbook, &ws.document().record);
    // The form filled from what was saved reads back to it.
    let mut again = Drafts::default();
    let shown = again.facts_for(&ws).clone();
    if let Some(saved) = ws.document().record.facts() {
        assert_eq!(
            shown.to_facts().as_ref(),
            Some(saved),
            "saved facts shown as {shown:?} do not read back"
        );
    }
    let _ = typed;
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lines: Vec<&str> = text.split('\n').collect();
    WS.with(|ws| {
        go_to(ws, lines.first().copied().unwrap_or_default());
        let _ = when::parse_date(lines.get(5).copied().unwrap_or_default());
        sheet(ws, &lines);
        facts(ws, &lines);
    });
});
