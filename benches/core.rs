//! Performance figures: plan generation, record save and load, and one UI
//! frame of the overview and of a task screen for a large practice.

use std::sync::Arc;

use chrono::TimeZone;
use criterion::{Criterion, criterion_group, criterion_main};

use passwort_lotse::clock::ManualClock;
use passwort_lotse::i18n::{Lang, Tr};
use passwort_lotse::plan::Plan;
use passwort_lotse::playbook::default_playbook;
use passwort_lotse::profile::{Account, DeviceKind, KonnektorModel, Profile};
use passwort_lotse::record::{EventKind, LockHolder, Mark, Record, Store, decode, encode};
use passwort_lotse::session::{Action, Options, Session};
use passwort_lotse::ui::{self, Drafts};
use passwort_lotse::wizard::Screen;

/// 40 workstations, 8 servers, 20 staff, every account.
fn large_practice() -> Profile {
    let mut p = Profile {
        practice_name: "MVZ Großstadt".into(),
        konnektor: KonnektorModel::Secunet,
        card_pins_exposed: true,
        ..Profile::default()
    };
    for i in 1..=40 {
        p.add_device(&format!("Arbeitsplatz {i}"), DeviceKind::Workstation);
    }
    for i in 1..=8 {
        p.add_device(&format!("Server {i}"), DeviceKind::Server);
    }
    for i in 1..=6 {
        p.add_device(&format!("Kartenterminal {i}"), DeviceKind::CardTerminal);
    }
    for i in 1..=20 {
        p.add_person(&format!("Person {i}"));
    }
    for a in Account::ALL {
        p.set_account(a, true);
    }
    p
}

fn record_of(n: usize) -> Record {
    let at = chrono::Utc
        .with_ymd_and_hms(2026, 11, 28, 9, 0, 0)
        .single()
        .unwrap_or_default();
    let mut r = Record::default();
    for i in 0..n {
        r.push(
            at,
            "Anna Schmidt",
            "Empfang-PC",
            EventKind::TaskMarked {
                task: format!("windows-logon@d{}", i % 40),
                mark: Mark::Done,
                reason: None,
            },
        );
    }
    r
}

fn plan_generation(c: &mut Criterion) {
    let playbook = default_playbook();
    let profile = large_practice();
    c.bench_function("plan for 40 workstations and 8 servers", |b| {
        b.iter(|| Plan::new(&playbook, &profile));
    });
}

fn record_io(c: &mut Criterion) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let Ok((store, _)) = Store::open(dir.path(), &LockHolder::default()) else {
        return;
    };
    let record = record_of(10_000);
    c.bench_function("save a record of 10,000 events", |b| {
        b.iter(|| store.save(&record));
    });
    let bytes = encode(&record).unwrap_or_default();
    c.bench_function("load a record of 10,000 events", |b| {
        b.iter(|| decode(&bytes));
    });
}

fn ui_frames(c: &mut Criterion) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let clock = ManualClock::new(chrono::Utc::now());
    let options = Options {
        data_dir: dir.path().to_owned(),
        lang: Some(Lang::De),
        workstation: "Empfang-PC".into(),
        ..Options::default()
    };
    let mut session = Session::open(&options, Arc::new(clock));
    session.handle(Action::SetWorker("Anna".into()));
    session.handle(Action::SaveProfile(large_practice()));
    let tr = Tr::new(Lang::De);
    let ctx = egui::Context::default();
    ui::theme::apply(&ctx);
    let mut drafts = Drafts::default();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    let mut frame = |session: &Session, name: &str, c: &mut Criterion| {
        c.bench_function(name, |b| {
            b.iter(|| {
                ctx.run_ui(input(), |ui| {
                    let _ = ui::app_ui(ui, session, &mut drafts, &tr);
                })
            });
        });
    };
    session.handle(Action::Go(Screen::Overview));
    frame(&session, "one frame of the overview, large practice", c);
    let task = session.plan.tasks[20].id.clone();
    session.handle(Action::Go(Screen::Task(task)));
    frame(&session, "one frame of a task screen, large practice", c);
}

fn certificate(c: &mut Criterion) {
    use passwort_lotse::certificate::{KeySource, SealKey, make};
    let playbook = default_playbook();
    let mut profile = large_practice();
    // About 200 tasks: the large practice with more staff.
    for i in 21..=80 {
        profile.add_person(&format!("Person {i}"));
    }
    let plan = Plan::new(&playbook, &profile);
    let at = chrono::Utc::now();
    let mut record = Record::default();
    record.push(at, "Anna", "PC", EventKind::ProfileSaved { profile });
    for task in &plan.tasks {
        record.push(
            at,
            "Anna Schmidt",
            "Empfang-PC",
            EventKind::TaskMarked {
                task: task.id.clone(),
                mark: Mark::Tested,
                reason: None,
            },
        );
    }
    let key = SealKey {
        signing: ed25519_dalek::SigningKey::from_bytes(&[9; 32]),
        source: KeySource::KeyFile,
    };
    let name = format!("certificate PDF for {} tasks", plan.tasks.len());
    c.bench_function(&name, |b| {
        b.iter(|| {
            make(
                &playbook,
                passwort_lotse::playbook::DEFAULT_PLAYBOOK,
                &record,
                Lang::De,
                (at, 60),
                &key,
            )
        });
    });
}

criterion_group!(benches, plan_generation, record_io, ui_frames, certificate);
criterion_main!(benches);
