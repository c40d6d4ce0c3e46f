use super::*;
use crate::clock::ManualClock;
use crate::i18n::Lang;
use crate::profile::{DeviceKind, Profile};
use crate::record::{FileError, Mark, Status};
use crate::settings::Worker;
use crate::wizard::Screen;
use chrono::{TimeZone, Utc};

fn clock() -> ManualClock {
    ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0)
            .single()
            .unwrap_or_default(),
    )
}

fn options(dir: &std::path::Path) -> Options {
    Options {
        data_dir: dir.to_owned(),
        workstation: "Empfang-PC".into(),
        lang: Some(Lang::De),
        ..Options::default()
    }
}

fn practice() -> Profile {
    let mut p = Profile {
        practice_name: "Praxis Dr. Müller".into(),
        ..Profile::default()
    };
    p.add_device("Empfang-PC", DeviceKind::Workstation);
    p
}

fn started(dir: &std::path::Path, clock: &ManualClock) -> Session {
    let mut s = Session::open(&options(dir), Arc::new(clock.clone()));
    s.handle(Action::SetWorker("Anna".into()));
    s.handle(Action::SaveProfile {
        base: None,
        profile: practice(),
    });
    s
}

#[test]
fn a_mark_is_on_disk_when_handle_returns() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let clock = clock();
    let mut s = started(dir.path(), &clock);
    let task = s.document().plan.tasks[0].id.clone();
    s.handle(Action::Mark {
        task: task.clone(),
        mark: Mark::Done,
        reason: None,
    });
    drop(s);
    let again = Session::open(&options(dir.path()), Arc::new(clock));
    let states = again.task_states();
    assert_eq!(states[&task].status, Status::Done);
    assert_eq!(states[&task].by, "Anna");
    Ok(())
}

#[test]
fn not_applicable_needs_a_reason() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let mut s = started(dir.path(), &clock());
    let task = s.document().plan.tasks[0].id.clone();
    let before = s.document().record.events().len();
    s.handle(Action::Mark {
        task: task.clone(),
        mark: Mark::NotApplicable,
        reason: Some("   ".into()),
    });
    assert_eq!(s.document().record.events().len(), before);
    s.handle(Action::Mark {
        task: task.clone(),
        mark: Mark::NotApplicable,
        reason: Some(" Gerät gibt es nicht mehr ".into()),
    });
    let state = &s.task_states()[&task];
    assert_eq!(state.status, Status::NotApplicable);
    assert_eq!(state.reason.as_deref(), Some("Gerät gibt es nicht mehr"));
    Ok(())
}

#[test]
fn the_screen_is_remembered_across_restarts() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let clock = clock();
    let mut s = started(dir.path(), &clock);
    let third = Screen::Task(s.document().plan.tasks[2].id.clone());
    s.handle(Action::Go(third.clone()));
    drop(s);
    let again = Session::open(&options(dir.path()), Arc::new(clock));
    assert_eq!(again.place().screen, third);
    Ok(())
}

#[test]
fn a_failed_save_is_retried_by_the_clock_and_loses_nothing() -> std::io::Result<()> {
    let root = tempfile::tempdir()?;
    let dir = root.path().join("data");
    let clock = clock();
    let mut s = started(&dir, &clock);
    let moved = root.path().join("away");
    std::fs::rename(&dir, &moved)?;
    let task = s.document().plan.tasks[0].id.clone();
    s.handle(Action::Mark {
        task: task.clone(),
        mark: Mark::Done,
        reason: None,
    });
    assert_eq!(s.storage().save_problem, Some(IoProblem::FolderMissing));
    assert_eq!(
        s.task_states()[&task].status,
        Status::Done,
        "kept in memory"
    );
    std::fs::rename(&moved, &dir)?;
    s.tick();
    assert!(
        s.storage().save_problem.is_some(),
        "not retried before the interval"
    );
    clock.advance(RETRY_EVERY);
    s.tick();
    assert_eq!(s.storage().save_problem, None);
    drop(s);
    let again = Session::open(&options(&dir), Arc::new(clock));
    assert_eq!(again.task_states()[&task].status, Status::Done);
    Ok(())
}

#[test]
fn a_second_copy_reads_and_follows_but_does_not_write() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let clock = clock();
    let mut first = started(dir.path(), &clock);
    let mut second = Session::open(&options(dir.path()), Arc::new(clock.clone()));
    assert!(second.other_writer().is_some());
    let task = second.document().plan.tasks[0].id.clone();
    let events = second.document().record.events().len();
    second.handle(Action::Mark {
        task: task.clone(),
        mark: Mark::Done,
        reason: None,
    });
    assert_eq!(
        second.document().record.events().len(),
        events,
        "refused while read-only"
    );

    first.handle(Action::Mark {
        task: task.clone(),
        mark: Mark::Tested,
        reason: None,
    });
    clock.advance(FOLLOW_EVERY);
    second.tick();
    assert_eq!(
        second.task_states()[&task].status,
        Status::Tested,
        "follows the writer"
    );

    drop(first);
    clock.advance(FOLLOW_EVERY);
    second.tick();
    assert!(
        second.other_writer().is_none(),
        "takes over when the first closes"
    );
    second.handle(Action::Mark {
        task: task.clone(),
        mark: Mark::Reopened,
        reason: None,
    });
    assert_eq!(second.task_states()[&task].status, Status::Open);
    assert_eq!(second.storage().save_problem, None);
    Ok(())
}

#[test]
fn editing_the_profile_keeps_recorded_work() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let mut s = started(dir.path(), &clock());
    let task = s.document().plan.tasks[0].id.clone();
    s.handle(Action::Mark {
        task: task.clone(),
        mark: Mark::Done,
        reason: None,
    });
    let mut bigger = s.profile().clone();
    bigger.add_device("Labor-PC", DeviceKind::Workstation);
    let before = s.document().plan.tasks.len();
    s.handle(Action::SaveProfile {
        base: None,
        profile: bigger,
    });
    assert!(s.document().plan.tasks.len() > before);
    assert_eq!(s.task_states()[&task].status, Status::Done);
    Ok(())
}

#[test]
fn a_new_worker_name_joins_the_team() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let mut s = started(dir.path(), &clock());
    s.handle(Action::SetWorker("Bernd".into()));
    assert_eq!(s.computer().settings.worker, Worker::named("Bernd"));
    assert!(s.profile().staff.iter().any(|p| p.name == "Bernd"));
    Ok(())
}

#[test]
fn the_demo_lives_in_its_own_folder_and_resets() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let opts = Options {
        demo: true,
        ..options(dir.path())
    };
    let mut s = Session::open(&opts, Arc::new(clock()));
    assert!(dir.path().join("demo").join("record.json").exists());
    assert!(!dir.path().join("record.json").exists());
    assert_eq!(s.counts().need_help, 1);
    let open = s.next_open_task().map_or("x".into(), |t| t.id.clone());
    s.handle(Action::Mark {
        task: open,
        mark: Mark::Done,
        reason: None,
    });
    let changed = s.counts();
    s.handle(Action::ResetDemo);
    assert_ne!(s.counts(), changed);
    assert_eq!(s.counts().need_help, 1);
    Ok(())
}

#[test]
fn a_damaged_record_waits_for_the_users_choice() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let clock = clock();
    let mut s = started(dir.path(), &clock);
    let task = s.document().plan.tasks[0].id.clone();
    s.handle(Action::Mark {
        task: task.clone(),
        mark: Mark::Done,
        reason: None,
    });
    drop(s);
    let path = dir.path().join("record.json");
    let bytes = std::fs::read(&path)?;
    std::fs::write(&path, &bytes[..bytes.len() / 2])?;

    let mut s = Session::open(&options(dir.path()), Arc::new(clock));
    let recovery = s.storage().recovery.clone();
    assert_eq!(
        recovery.as_ref().map(|r| &r.problem),
        Some(&FileError::Truncated)
    );
    assert!(!s.can_write());
    s.handle(Action::RestoreBackup);
    assert!(s.storage().recovery.is_none());
    assert_eq!(s.task_states()[&task].status, Status::Done);
    Ok(())
}

#[test]
fn a_broken_playbook_falls_back_to_the_built_in_one() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("broken.ron");
    std::fs::write(&file, "(schema: 1, id: ")?;
    let opts = Options {
        playbook: Some(file),
        ..options(dir.path())
    };
    let s = Session::open(&opts, Arc::new(clock()));
    assert!(s.document().playbook_error.is_some());
    assert_eq!(
        s.document().playbook.id,
        crate::playbook::default_playbook().id
    );
    // The fallback is the app's own playbook, trusted as part of it.
    assert_eq!(
        s.document().playbook_trust.origin,
        crate::record::PlaybookOrigin::BuiltIn
    );
    assert!(!s.playbook_warns());
    Ok(())
}

#[test]
fn a_missing_playbook_file_is_reported_not_a_panic() {
    let opts = Options {
        playbook: Some("/nonexistent/playbook.ron".into()),
        ..Options::default()
    };
    let loaded = opts.load_playbook();
    assert!(matches!(
        loaded.error,
        Some(crate::playbook::PlaybookError::Unreadable { .. })
    ));
    assert_eq!(loaded.origin, crate::record::PlaybookOrigin::BuiltIn);
}

#[test]
fn the_owners_decisions_run_alongside_and_do_not_block_the_next_task() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let mut s = started(dir.path(), &clock());
    let next = |s: &Session| s.next_open_task().map(|t| t.id.clone());
    assert_eq!(next(&s).as_deref(), Some("call-it-contact"));
    for task in [
        "call-it-contact",
        "warn-team",
        "backup-offline",
        "cyber-insurer",
    ] {
        s.handle(Action::Mark {
            task: task.into(),
            mark: Mark::Done,
            reason: None,
        });
    }
    assert_eq!(
        next(&s).as_deref(),
        Some("learned-at"),
        "when the practice learned of it is written down first"
    );
    let facts = crate::record::IncidentFacts {
        learned_at: Some(clock().now()),
        ..crate::record::IncidentFacts::default()
    };
    s.handle(Action::SaveFacts { base: None, facts });
    assert_eq!(
        next(&s).as_deref(),
        Some("provider-remote-access"),
        "the report decision is the owner's and waits beside the work"
    );
    for task in s.document().plan.tasks.clone() {
        let owners = task
            .template(&s.document().playbook)
            .decision
            .is_some_and(crate::record::Decision::runs_beside);
        if !owners {
            s.handle(Action::Mark {
                task: task.id,
                mark: Mark::Done,
                reason: None,
            });
        }
    }
    assert_eq!(
        next(&s).as_deref(),
        Some("report-decision"),
        "once the rest is done, the decisions are what is left"
    );
    Ok(())
}
