//! A shared folder that answers only when it pleases must never freeze the
//! window: the record's lock file in the share is replaced by a named pipe,
//! which makes every attempt to take the lock wait until the test lets it
//! through. Meanwhile the window keeps drawing and says "saving …".

#![cfg(unix)]
#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use passwort_lotse::App;
use passwort_lotse::clock::SystemClock;
use passwort_lotse::i18n::Lang;
use passwort_lotse::record::Mark;
use passwort_lotse::session::{Action, Options, Session, StoreState, Waker};

#[test]
fn a_slow_share_never_freezes_the_window() {
    let root = tempfile::tempdir().unwrap();
    let local = root.path().join("empfang");
    let shared = root.path().join("freigabe");
    let opts = Options {
        data_dir: local.clone(),
        lang: Some(Lang::De),
        workstation: "Empfang-PC".into(),
        ..Options::default()
    };
    {
        let mut s = Session::open(&opts, Arc::new(SystemClock));
        s.handle(Action::SetWorker("Anna".into()));
        s.handle(Action::SaveProfile {
            base: None,
            profile: passwort_lotse::demo::profile(),
        });
        s.handle(Action::UseSharedFolder(Some(shared.clone())));
        assert!(matches!(s.storage().state, StoreState::Shared { .. }));
    }
    // From now on, taking the share's lock waits until someone reads the pipe.
    let lock = shared.join("record.lock");
    std::fs::remove_file(&lock).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&lock)
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo is part of every Linux");

    let (woke, wakes) = mpsc::channel();
    let wake: Waker = Arc::new(move || {
        let _ = woke.send(());
    });
    let session = Session::open_in_background(&opts, Arc::new(SystemClock), wake).unwrap();
    let mut h = Harness::builder()
        .with_size([1280.0, 1400.0])
        .build_eframe(move |cc| App::new(cc, session));
    // The record opens without the lock.
    wakes.recv_timeout(Duration::from_secs(30)).unwrap();
    h.run();
    let task = h.state().session().document().plan.tasks[0].id.clone();
    h.state_mut()
        .act(Action::Go(passwort_lotse::wizard::Screen::Task(
            task.clone(),
        )));
    h.run();
    h.state_mut().act(Action::Mark {
        task: task.clone(),
        mark: Mark::Done,
        reason: None,
    });

    // The worker now waits for the share; the window must not.
    for _ in 0..20 {
        let started = Instant::now();
        h.step();
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "a frame waited {:?}",
            started.elapsed()
        );
    }
    assert!(
        common::shows(&h, "wird gespeichert …"),
        "the screen says the mark is on its way"
    );
    assert!(!common::shows(&h, "gespeichert"));

    // The share answers at last.
    let _pipe = std::fs::File::open(&lock).unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !h.state().session().is_saved() {
        let left = deadline.saturating_duration_since(Instant::now());
        wakes.recv_timeout(left).expect("the save never finished");
        h.step();
    }
    h.run();
    assert!(common::shows(&h, "gespeichert"));
    let on_disk = passwort_lotse::store::Store::reader(&shared)
        .load()
        .unwrap();
    let passwort_lotse::store::Opened::Loaded(record) = on_disk else {
        panic!("the shared record is not readable");
    };
    assert_eq!(
        record.task_states().get(&task).map(|s| s.status),
        Some(passwort_lotse::record::Status::Done)
    );
}
