//! Performance figures: plan generation, record save and load, handling a
//! mark in memory, and one UI frame of the overview and of a task screen,
//! all for a large practice with a record of 10,000 events.

use std::sync::Arc;

use chrono::TimeZone;
use criterion::{Criterion, criterion_group, criterion_main};

use passwort_lotse::clock::ManualClock;
use passwort_lotse::i18n::{Lang, Tr};
use passwort_lotse::persist::{Persistence, Setup};
use passwort_lotse::plan::Plan;
use passwort_lotse::playbook::default_playbook;
use passwort_lotse::profile::{Account, Answer, DeviceKind, KonnektorModel, Profile, Question};
use passwort_lotse::record::{EventKind, LockHolder, Mark, Record, decode, encode};
use passwort_lotse::settings::Settings;
use passwort_lotse::ui::{self, Drafts};
use passwort_lotse::wizard::Screen;
use passwort_lotse::workspace::{
    Action, Opening, PersistEffect, Report, Start, StoreState, Workspace,
};

/// 40 workstations, 8 servers, 20 staff, every account.
fn large_practice() -> Profile {
    let mut p = Profile {
        practice_name: "MVZ Großstadt".into(),
        konnektor: KonnektorModel::Secunet,
        card_pins_exposed: Answer::Yes,
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
        p.set_answer(Question::Account(a), Answer::Yes);
    }
    p
}

fn at() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc
        .with_ymd_and_hms(2026, 11, 28, 9, 0, 0)
        .single()
        .unwrap_or_default()
}

/// The large practice's record: its profile, then `n` marks across its plan.
fn record_of(n: usize) -> Record {
    let profile = large_practice();
    let plan = Plan::new(&default_playbook(), &profile);
    let mut r = Record::default();
    r.push(
        at(),
        "Anna Schmidt",
        "Empfang-PC",
        EventKind::ProfileSaved {
            profile,
            base: None,
        },
    );
    for i in 1..n {
        let task = plan.tasks[i % plan.tasks.len()].id.clone();
        let mark = if (i / plan.tasks.len()).is_multiple_of(2) {
            Mark::Done
        } else {
            Mark::Reopened
        };
        r.push(
            at(),
            "Anna Schmidt",
            "Empfang-PC",
            EventKind::TaskMarked {
                task,
                mark,
                reason: None,
            },
        );
    }
    r
}

/// A workspace holding the large record, as the worker would report it opened.
fn workspace_with(record: Record) -> Workspace {
    let start = Start {
        playbook: default_playbook(),
        playbook_source: passwort_lotse::playbook::DEFAULT_PLAYBOOK.to_owned(),
        playbook_origin: passwort_lotse::record::PlaybookOrigin::BuiltIn,
        playbook_error: None,
        settings: Settings {
            lang: Some(Lang::De),
            worker: passwort_lotse::settings::Worker::named("Anna Schmidt"),
            ..Settings::default()
        },
        workstation: "Empfang-PC".into(),
        demo: false,
        folders: passwort_lotse::workspace::Folders {
            data: "/tmp/praxis".into(),
            settings: "/tmp/praxis".into(),
        },
        settings_problem: None,
    };
    let mut ws = Workspace::new(start, Arc::new(ManualClock::new(at())));
    let _ = ws.apply(Report::Opened(Opening {
        store: StoreState::Writer,
        record,
        recovery: None,
        problem: None,
    }));
    ws
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
    let setup = Setup {
        folders: passwort_lotse::workspace::Folders {
            data: dir.path().to_owned(),
            settings: dir.path().to_owned(),
        },
        demo: false,
        legacy_shared_folder: None,
        me: LockHolder::default(),
        credential_store: None,
        disk: Arc::new(passwort_lotse::disk::RealDisk),
        lock_wait: passwort_lotse::persist::LOCK_WAIT,
    };
    let mut worker = Persistence::new(setup, Arc::new(ManualClock::new(at())));
    let _ = worker.run(PersistEffect::Open);
    let record = record_of(10_000);
    let _ = worker.run(PersistEffect::Replace {
        ticket: 1,
        record: record.clone(),
    });
    let mut more = record.clone();
    let task = Plan::new(&default_playbook(), &large_practice()).tasks[3]
        .id
        .clone();
    let mut ticket = 1;
    c.bench_function(
        "the worker saves one mark into a record of 10,000 events",
        |b| {
            b.iter(|| {
                let before = more.events().len();
                more.push(
                    at(),
                    "Anna",
                    "Empfang-PC",
                    EventKind::TaskMarked {
                        task: task.clone(),
                        mark: Mark::Done,
                        reason: None,
                    },
                );
                ticket += 1;
                worker.run(PersistEffect::Save {
                    ticket,
                    events: more.events()[before..].to_vec(),
                })
            });
        },
    );
    let bytes = encode(&record).unwrap_or_default();
    c.bench_function("load a record of 10,000 events", |b| {
        b.iter(|| decode(&bytes));
    });
}

fn handling_a_mark(c: &mut Criterion) {
    let mut ws = workspace_with(record_of(10_000));
    let task = ws.document().plan.tasks[5].id.clone();
    let mut n = 0_u64;
    c.bench_function("handle one mark in memory, record of 10,000 events", |b| {
        b.iter(|| {
            n += 1;
            let mark = if n.is_multiple_of(2) {
                Mark::Done
            } else {
                Mark::Reopened
            };
            ws.handle(Action::Mark {
                task: task.clone(),
                mark,
                reason: None,
            })
        });
    });
}

fn ui_frames(c: &mut Criterion) {
    let mut ws = workspace_with(record_of(10_000));
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
    let mut frame = |ws: &Workspace, name: &str, c: &mut Criterion| {
        c.bench_function(name, |b| {
            b.iter(|| {
                ctx.run_ui(input(), |ui| {
                    let _ = ui::app_ui(ui, ws, &mut drafts, &tr);
                })
            });
        });
    };
    let _ = ws.handle(Action::Go(Screen::Overview));
    frame(
        &ws,
        "one frame of the overview, large practice, 10,000 events",
        c,
    );
    let task = ws.document().plan.tasks[20].id.clone();
    let _ = ws.handle(Action::Go(Screen::Task(task)));
    frame(
        &ws,
        "one frame of a task screen, large practice, 10,000 events",
        c,
    );
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
    record.push(
        at,
        "Anna",
        "PC",
        EventKind::ProfileSaved {
            profile,
            base: None,
        },
    );
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

/// The paper checklist of a large practice at the start, when every task of
/// every device and person is open and each part gets its own page.
fn checklist(c: &mut Criterion) {
    let playbook = default_playbook();
    let profile = large_practice();
    let plan = Plan::new(&playbook, &profile);
    let at = chrono::Utc::now();
    let mut record = Record::default();
    record.push(
        at,
        "Anna",
        "PC",
        EventKind::ProfileSaved {
            profile,
            base: None,
        },
    );
    let name = format!("checklist PDF for {} open tasks", plan.tasks.len());
    c.bench_function(&name, |b| {
        b.iter(|| passwort_lotse::checklist::make(&playbook, &record, Lang::De, (at, 60)));
    });
}

criterion_group!(
    benches,
    plan_generation,
    record_io,
    handling_a_mark,
    ui_frames,
    certificate,
    checklist
);
criterion_main!(benches);
