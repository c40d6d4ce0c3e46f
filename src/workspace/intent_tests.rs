//! One click is one intent: the view says what the person meant, and the
//! workspace decides what follows (saving, and which screen comes next).

use super::tests::{clock, opened};
use super::*;
use crate::record::{EventKind, IncidentFacts, LockHolder};
use crate::settings::Worker;
use crate::wizard::Screen;

fn saved_kinds(effects: &[Effect]) -> Vec<&EventKind> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Persist(PersistEffect::Save { events, .. }) => {
                Some(events.iter().map(|e| &e.kind))
            }
            _ => None,
        })
        .flatten()
        .collect()
}

#[test]
fn start_names_the_worker_and_goes_on_but_not_without_a_name() {
    let clock = clock();
    let mut ws = opened(StoreState::Writer, &clock);
    ws.handle(Action::Go(Screen::Welcome));
    assert!(ws.handle(Action::Start("   ".into())).is_empty());
    assert_eq!(ws.place.screen, Screen::Welcome);
    ws.handle(Action::Start(" Berta ".into()));
    assert_eq!(ws.computer.settings.worker, Worker::named("Berta"));
    assert_eq!(ws.place.screen, Screen::Incident(0));
}

#[test]
fn confirming_the_profile_saves_only_a_change_and_opens_the_plan() {
    let clock = clock();
    let mut ws = opened(StoreState::Writer, &clock);
    ws.handle(Action::Go(Screen::Profile));
    let same = ws.profile().clone();
    let effects = ws.handle(Action::ConfirmProfile {
        base: Some(same.clone()),
        profile: same.clone(),
    });
    assert!(
        saved_kinds(&effects).is_empty(),
        "nothing changed, nothing saved"
    );
    assert_eq!(ws.place.screen, Screen::Plan);

    ws.handle(Action::Go(Screen::Profile));
    let mut changed = same.clone();
    changed.it_contact = "Praxis-IT 030 1234".into();
    let effects = ws.handle(Action::ConfirmProfile {
        base: Some(same),
        profile: changed.clone(),
    });
    assert!(
        saved_kinds(&effects)
            .iter()
            .any(|k| matches!(k, EventKind::ProfileSaved { .. }))
    );
    assert_eq!(ws.profile(), &changed);
    assert_eq!(ws.place.screen, Screen::Plan);
}

#[test]
fn a_profile_edit_that_cannot_be_saved_keeps_the_person_on_the_form() {
    let clock = clock();
    let holder = LockHolder {
        name: "Bernd".into(),
        workstation: "Labor-PC".into(),
    };
    let mut ws = opened(StoreState::Reader { holder }, &clock);
    ws.handle(Action::Go(Screen::Profile));
    let mut changed = ws.profile().clone();
    changed.it_contact = "Praxis-IT 030 1234".into();
    let effects = ws.handle(Action::ConfirmProfile {
        base: None,
        profile: changed,
    });
    assert!(effects.is_empty());
    assert_eq!(
        ws.place.screen,
        Screen::Profile,
        "the edit is not dropped on the way"
    );
}

#[test]
fn facts_saved_on_the_facts_screen_lead_to_the_review_and_in_a_task_stay() {
    let clock = clock();
    let mut ws = opened(StoreState::Writer, &clock);
    ws.handle(Action::Go(Screen::Facts));
    let facts = IncidentFacts {
        learned_how: "Rundschreiben des Anbieters".into(),
        ..IncidentFacts::default()
    };
    let effects = ws.handle(Action::SaveFacts {
        base: None,
        facts: facts.clone(),
    });
    assert!(
        saved_kinds(&effects)
            .iter()
            .any(|k| matches!(k, EventKind::FactsSaved { .. }))
    );
    assert_eq!(ws.place.screen, Screen::Review);

    let task = ws.document.plan.tasks[0].id.clone();
    ws.handle(Action::Go(Screen::Task(task.clone())));
    ws.handle(Action::SaveFacts {
        base: Some(facts.clone()),
        facts: IncidentFacts {
            learned_how: "Anruf des Anbieters".into(),
            ..facts
        },
    });
    assert_eq!(ws.place.screen, Screen::Task(task));
}

#[test]
fn the_views_send_one_action_per_click() {
    // The views hand the workspace what the person meant; none of them
    // builds a sequence of actions or decides what an action means.
    let views = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui"))
        .into_iter()
        .flatten()
        .filter_map(Result::ok);
    for view in views {
        let text = std::fs::read_to_string(view.path()).unwrap_or_default();
        let name = view.file_name().to_string_lossy().into_owned();
        assert!(
            !text.contains("actions.extend("),
            "{name}: a click sends one action"
        );
        assert!(
            !text.contains("Vec<Action>>"),
            "{name}: a view offers one action, not a list"
        );
    }
}

#[test]
fn every_file_goes_the_same_way_and_a_second_one_waits_for_the_first() {
    let clock = clock();
    let mut ws = opened(StoreState::Writer, &clock);
    for kind in [
        FileKind::Certificate,
        FileKind::Checklist,
        FileKind::KeySheet,
        FileKind::Bundle,
    ] {
        let path = std::path::PathBuf::from(format!("/tmp/{kind:?}"));
        let first = ws.handle(Action::Export(kind, path.clone()));
        assert!(
            matches!(first.as_slice(), [Effect::Persist(PersistEffect::Export(job))] if job.document == kind),
            "{kind:?}: {first:?}"
        );
        assert!(matches!(ws.exported(kind), Some(Export::Running(_))));
        assert!(
            ws.handle(Action::Export(kind, path.clone())).is_empty(),
            "{kind:?}: a second one while the first runs"
        );
        let opened = ws.apply(Report::Exported(
            kind,
            ExportOutcome::Written {
                path,
                document_id: String::new(),
            },
        ));
        // The PDFs open in their viewer; the bundle goes to support.
        assert_eq!(opened.is_empty(), kind == FileKind::Bundle, "{kind:?}");
        assert!(matches!(ws.exported(kind), Some(Export::Done(_))));
    }
}

/// The training workspace as `--demo` opens it: nobody named yet, last seen
/// on the overview, and a record that is not (or no longer) the training one.
fn training_opened(clock: &crate::clock::ManualClock) -> (Workspace, Vec<Effect>) {
    let start = Start {
        playbook: crate::playbook::default_playbook(),
        playbook_source: crate::playbook::DEFAULT_PLAYBOOK.to_owned(),
        playbook_origin: crate::record::PlaybookOrigin::BuiltIn,
        playbook_error: None,
        settings: Settings {
            screen: Screen::Overview,
            ..Settings::default()
        },
        workstation: "Empfang-PC".into(),
        demo: true,
        folders: Folders {
            data: "/tmp/praxis".into(),
            settings: "/tmp/praxis/demo".into(),
        },
        settings_problem: None,
    };
    let mut ws = Workspace::new(start, std::sync::Arc::new(clock.clone()));
    let effects = ws.apply(Report::Opened(Opening {
        store: StoreState::Writer,
        record: Record::default(),
        recovery: None,
        problem: None,
    }));
    (ws, effects)
}

fn saves_trainee(effects: &[Effect]) -> bool {
    effects.iter().any(|e| {
        matches!(e, Effect::Persist(PersistEffect::SaveSettings(s))
            if s.worker == Worker::named(crate::demo::TRAINEE))
    })
}

#[test]
fn the_training_record_is_made_and_put_back_the_same_way() {
    let clock = clock();
    let (mut ws, made) = training_opened(&clock);
    assert!(ws.document.record.is_training());
    assert_eq!(ws.place.screen, Screen::Overview);
    assert!(
        saves_trainee(&made),
        "the trainee's name is saved even though the screen stays: {made:?}"
    );
    let fresh = ws.document.record.events().len();

    let Some(task) = ws.next_open_task().map(|t| t.id.clone()) else {
        panic!("the training record leaves tasks open");
    };
    let mark = Action::Mark {
        task,
        mark: crate::record::Mark::Done,
        reason: None,
    };
    let first = ws.handle(mark.clone());
    assert!(
        saved_kinds(&first)
            .iter()
            .any(|k| matches!(k, EventKind::PlaybookUsed(_)))
    );

    ws.handle(Action::Go(Screen::Plan));
    let put_back = ws.handle(Action::ResetDemo);
    assert!(put_back.iter().any(|e| matches!(
        e,
        Effect::Persist(PersistEffect::Replace { record, .. }) if record.is_training()
    )));
    assert_eq!(ws.document.record.events().len(), fresh);
    assert_eq!(ws.place.screen, Screen::Overview);
    // The record put back does not yet say which playbook the work follows.
    let again = ws.handle(mark);
    assert!(
        saved_kinds(&again)
            .iter()
            .any(|k| matches!(k, EventKind::PlaybookUsed(_)))
    );
}
