//! An idle window draws nothing: over a simulated hour with nobody at the
//! keyboard, count the frames the app would draw in each way the record can
//! be kept. A frame is drawn when the worker reports something or when the
//! app asks to be woken (the 72-hour clock, a clipboard countdown).

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use std::path::Path;
use std::sync::Arc;

use chrono::Duration;
use passwort_lotse::clock::{Clock, ManualClock};
use passwort_lotse::i18n::Lang;
use passwort_lotse::record::IncidentFacts;
use passwort_lotse::session::{Action, Options, Session, StoreState};
use passwort_lotse::wizard::Screen;

fn workstation(local: &Path, name: &str, clock: &ManualClock) -> Session {
    let opts = Options {
        data_dir: local.to_owned(),
        lang: Some(Lang::De),
        workstation: name.into(),
        ..Options::default()
    };
    let mut s = Session::open(&opts, Arc::new(clock.clone()));
    s.handle(Action::SetWorker(format!("Team {name}")));
    s
}

/// The frames drawn over an hour, with the clock moving in one-second steps.
fn frames_in_an_idle_hour(s: &mut Session, clock: &ManualClock) -> usize {
    let mut frames = 0;
    for _ in 0..3600 {
        let before = clock.now();
        clock.advance(Duration::seconds(1));
        let reports = s.reports_taken();
        s.tick();
        let woken = s.next_wakeup(before).is_some_and(|at| at <= clock.now());
        if s.reports_taken() > reports || woken {
            frames += 1;
        }
    }
    frames
}

#[test]
fn an_idle_hour_draws_no_frame_whichever_way_the_record_is_kept() {
    let root = tempfile::tempdir().unwrap();
    let clock = common::clock();
    let shared = root.path().join("freigabe");

    let mut writer = workstation(&root.path().join("empfang"), "Empfang-PC", &clock);
    writer.handle(Action::SaveProfile {
        base: None,
        profile: passwort_lotse::demo::profile(),
    });
    let mut reader = workstation(&root.path().join("empfang"), "Labor-PC", &clock);
    assert!(matches!(reader.storage().state, StoreState::Reader { .. }));

    let mut member = workstation(&root.path().join("labor"), "Labor-PC", &clock);
    member.handle(Action::SaveProfile {
        base: None,
        profile: passwort_lotse::demo::profile(),
    });
    member.handle(Action::UseSharedFolder(Some(shared.clone())));
    assert!(matches!(member.storage().state, StoreState::Shared { .. }));

    let mut offline = workstation(&root.path().join("sprechzimmer"), "Sprechzimmer", &clock);
    offline.handle(Action::SaveProfile {
        base: None,
        profile: passwort_lotse::demo::profile(),
    });
    offline.handle(Action::UseSharedFolder(Some(root.path().join("freigabe2"))));
    std::fs::rename(root.path().join("freigabe2"), root.path().join("weg")).unwrap();
    offline.handle(Action::Retry);
    offline.handle(Action::Mark {
        task: offline.document().plan.tasks[0].id.clone(),
        mark: passwort_lotse::record::Mark::Done,
        reason: None,
    });
    assert!(matches!(
        offline.storage().state,
        StoreState::Offline { .. }
    ));

    for (name, s) in [
        ("writer", &mut writer),
        ("reader", &mut reader),
        ("shared folder", &mut member),
        ("share away", &mut offline),
    ] {
        s.handle(Action::Go(Screen::Overview));
        assert_eq!(frames_in_an_idle_hour(s, &clock), 0, "{name}");
    }
}

#[test]
fn the_72_hour_clock_draws_one_frame_an_hour_and_news_from_another_copy_one() {
    let root = tempfile::tempdir().unwrap();
    let clock: ManualClock = common::clock();
    let mut writer = workstation(&root.path().join("empfang"), "Empfang-PC", &clock);
    writer.handle(Action::SaveProfile {
        base: None,
        profile: passwort_lotse::demo::profile(),
    });
    writer.handle(Action::SaveFacts {
        base: None,
        facts: IncidentFacts {
            learned_at: Some(clock.now()),
            ..IncidentFacts::default()
        },
    });
    writer.handle(Action::Go(Screen::Overview));
    assert_eq!(
        frames_in_an_idle_hour(&mut writer, &clock),
        1,
        "the hours left"
    );

    let mut reader = workstation(&root.path().join("empfang"), "Labor-PC", &clock);
    reader.handle(Action::Go(Screen::Plan));
    writer.handle(Action::Mark {
        task: writer.document().plan.tasks[0].id.clone(),
        mark: passwort_lotse::record::Mark::Done,
        reason: None,
    });
    assert_eq!(
        frames_in_an_idle_hour(&mut reader, &clock),
        1,
        "the other copy's change, once"
    );
    assert_eq!(
        reader.task_states().len(),
        writer.task_states().len(),
        "and the reader has caught up"
    );
}
