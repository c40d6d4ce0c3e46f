//! Every operation of the disk seam failing, with every error it can meet,
//! in every situation the record is written in (issue 16). Each case ends
//! with the file as it was or wholly the new one, a problem the screen can
//! name in both languages, the work still in memory, and, once the fault is
//! gone, the next save landing with nothing lost.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::tests::{clock, save_a_mark as save, setup_on, task};
use super::*;
use crate::clock::ManualClock;
use crate::disk::{Fault, Faulty, Op};
use crate::i18n::{Lang, Tr};
use crate::record::TaskId;
use crate::record::decode;
use crate::workspace::{Opening, StoreState};

/// Where the record is when the fault strikes.
#[derive(Clone, Copy, Debug)]
enum Situation {
    /// This computer writes its own record.
    Writer,
    /// The record lives in a shared folder.
    Shared,
    /// The share is away; work goes into the copy kept here.
    Offline,
    /// The share is back; the work kept here goes into it.
    BackOnline,
    /// The other copy closed; this one takes over its record.
    TakingOver,
    /// A damaged record is replaced by its backup.
    Restore,
    /// A damaged record is set aside for a new start.
    StartOver,
}

const SITUATIONS: [Situation; 7] = [
    Situation::Writer,
    Situation::Shared,
    Situation::Offline,
    Situation::BackOnline,
    Situation::TakingOver,
    Situation::Restore,
    Situation::StartOver,
];

/// A practice with two workstations' folders and a share.
struct Practice {
    _root: tempfile::TempDir,
    here: PathBuf,
    shared: PathBuf,
    away: PathBuf,
    clock: ManualClock,
    disk: Arc<Faulty>,
}

impl Practice {
    fn new() -> Practice {
        let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let shared = root.path().join("freigabe");
        std::fs::create_dir_all(&shared).unwrap_or_else(|e| panic!("{e}"));
        Practice {
            here: root.path().join("empfang"),
            away: root.path().join("weg"),
            shared,
            _root: root,
            clock: clock(),
            disk: Arc::new(Faulty::new()),
        }
    }

    fn open(&self, share: bool, name: &str, disk: Arc<dyn Disk>) -> Persistence {
        let shared = share.then_some(self.shared.as_path());
        let mut p = Persistence::new(
            setup_on(&self.here, shared, name, disk),
            Arc::new(self.clock.clone()),
        );
        let _ = p.run(PersistEffect::Open);
        p
    }

    fn record_file(&self, situation: Situation) -> PathBuf {
        match situation {
            Situation::Writer | Situation::TakingOver => self.here.join("record.json"),
            _ => self.shared.join("record.json"),
        }
    }

    fn later(&self) {
        self.clock.advance(RETRY_EVERY.max(FOLLOW_EVERY));
    }
}

/// The tasks a record file holds, or `None` when it is not a whole record.
fn tasks_in(path: &Path) -> Option<Vec<TaskId>> {
    let bytes = std::fs::read(path).ok()?;
    let record = decode(&bytes).ok()?;
    Some(record.task_states().keys().cloned().collect())
}

/// What the screen says about the reports, in one language: the words of
/// the notices and dialogs the workspace shows for them.
fn said(reports: &[Report], lang: Lang) -> Vec<String> {
    let tr = Tr::new(lang);
    reports
        .iter()
        .filter_map(|r| match r {
            Report::SaveFailed(p) | Report::RecoveryFailed(_, p) => {
                Some(crate::workspace::words::save_problem(&tr, *p))
            }
            Report::Store(StoreState::Unreadable { problem, .. }) => {
                Some(crate::workspace::words::read_problem(&tr, *problem))
            }
            Report::Store(StoreState::Offline { .. }) => Some(crate::t!(tr, "store-offline-title")),
            Report::Recovering(_) => Some(crate::t!(tr, "recovery-title")),
            Report::Trouble(trouble) => Some(crate::workspace::words::trouble(&tr, trouble)),
            Report::Opened(Opening {
                problem: Some(p), ..
            }) => Some(crate::workspace::words::save_problem(&tr, *p)),
            _ => None,
        })
        .collect()
}

/// Brings the situation about, strikes with the fault, and checks the
/// promise; returns what went wrong, if anything.
fn run_case(situation: Situation, op: Op, fault: Fault, nth: usize) -> Option<String> {
    let practice = Practice::new();
    let clock = practice.clock.clone();
    let disk: Arc<dyn Disk> = practice.disk.clone();
    let share = !matches!(situation, Situation::Writer | Situation::TakingOver);
    let file = practice.record_file(situation);
    let mut p = practice.open(share, "Empfang-PC", disk.clone());
    let _ = save(&mut p, 1, &clock);
    let reports = match situation {
        Situation::Writer | Situation::Shared => {
            practice.disk.fail(op, nth, fault);
            save(&mut p, 2, &clock)
        }
        Situation::Offline => {
            std::fs::rename(&practice.shared, &practice.away).ok()?;
            let _ = save(&mut p, 2, &clock);
            practice.disk.fail(op, nth, fault);
            let reports = save(&mut p, 3, &clock);
            std::fs::rename(&practice.away, &practice.shared).ok()?;
            reports
        }
        Situation::BackOnline => {
            std::fs::rename(&practice.shared, &practice.away).ok()?;
            let _ = save(&mut p, 2, &clock);
            std::fs::rename(&practice.away, &practice.shared).ok()?;
            practice.disk.fail(op, nth, fault);
            practice.later();
            let mut reports = p.tick();
            reports.extend(p.run(PersistEffect::Retry));
            reports
        }
        Situation::TakingOver => {
            // Another copy reads while the first writes; then the first closes.
            let writer = std::mem::replace(&mut p, practice.open(false, "Labor-PC", disk.clone()));
            if !matches!(p.mode, StoreMode::Reader { .. }) {
                return Some("the second copy did not open as a reader".into());
            }
            drop(writer);
            practice.disk.fail(op, nth, fault);
            practice.later();
            p.tick()
        }
        Situation::Restore | Situation::StartOver => {
            let _ = save(&mut p, 2, &clock);
            drop(p);
            std::fs::write(&file, b"{\"format\":\"kaputt").ok()?;
            p = practice.open(true, "Empfang-PC", disk.clone());
            let backup = p.record_recovery_backup();
            practice.disk.fail(op, nth, fault);
            let effect = match (situation, backup) {
                (Situation::Restore, Some(backup)) => PersistEffect::Restore { ticket: 9, backup },
                (Situation::Restore, None) => return Some("no backup offered".into()),
                _ => PersistEffect::StartOver { ticket: 9 },
            };
            p.run(effect)
        }
    };
    check(&practice, situation, &file, &mut p, &reports)
}

impl Persistence {
    /// The backup offered for a damaged record, as the window would get it.
    fn record_recovery_backup(&mut self) -> Option<crate::record::Backup> {
        let StoreMode::Recovering { store, .. } = &self.mode else {
            return None;
        };
        store.newest_good_backup()
    }
}

fn check(
    practice: &Practice,
    situation: Situation,
    file: &Path,
    p: &mut Persistence,
    reports: &[Report],
) -> Option<String> {
    let clock = &practice.clock;
    let struck = practice.disk.failures() > 0;
    // The file is a whole record, or still the damaged one set aside or in place.
    let on_disk = tasks_in(file);
    let damaged_kept = matches!(situation, Situation::Restore | Situation::StartOver)
        && (std::fs::read(file).is_ok_and(|b| b == b"{\"format\":\"kaputt")
            || std::fs::read_dir(file.with_file_name("damaged"))
                .is_ok_and(|mut d| d.next().is_some()));
    if on_disk.is_none() && !damaged_kept && std::fs::metadata(file).is_ok() {
        return Some("the record file is neither the old nor a whole new one".into());
    }
    let newest = match situation {
        Situation::Writer | Situation::Shared => Some(2),
        Situation::Offline => Some(3),
        Situation::BackOnline => Some(2),
        _ => None,
    };
    let landed = newest.is_none_or(|n| on_disk.as_ref().is_some_and(|t| t.contains(&task(n))));
    let (de, en) = (said(reports, Lang::De), said(reports, Lang::En));
    if struck && !landed && (de.is_empty() || en.is_empty()) {
        return Some(format!(
            "the save did not land and nothing says so: {reports:?}"
        ));
    }
    if let Some(text) = de.iter().chain(&en).find(|t| t.len() < 20) {
        return Some(format!("no real words on screen: {text:?}"));
    }
    let in_memory = newest.or(matches!(situation, Situation::TakingOver).then_some(1));
    if let Some(n) = in_memory
        && !p.record.task_states().contains_key(&task(n))
    {
        return Some("the work is no longer in memory".into());
    }
    // The fault is fixed; the person tries again and goes on working.
    practice.disk.clear();
    let _ = p.run(PersistEffect::Retry);
    if matches!(situation, Situation::Restore | Situation::StartOver)
        && matches!(p.mode, StoreMode::Recovering { .. })
    {
        let effect = match p.record_recovery_backup() {
            Some(backup) if matches!(situation, Situation::Restore) => {
                PersistEffect::Restore { ticket: 10, backup }
            }
            _ => PersistEffect::StartOver { ticket: 10 },
        };
        let _ = p.run(effect);
    }
    let _ = save(p, 4, clock);
    for _ in 0..3 {
        practice.later();
        let _ = p.tick();
    }
    let after = tasks_in(file)?;
    let mut expected = vec![task(4)];
    match situation {
        Situation::Writer | Situation::Shared | Situation::BackOnline => {
            expected.extend([task(1), task(2)]);
        }
        Situation::Offline => expected.extend([task(1), task(2), task(3)]),
        Situation::TakingOver | Situation::Restore => expected.push(task(1)),
        Situation::StartOver => {}
    }
    let lost: Vec<_> = expected.iter().filter(|t| !after.contains(t)).collect();
    if !lost.is_empty() {
        return Some(format!("after the fault cleared, {lost:?} is not on disk"));
    }
    None
}

#[test]
#[expect(
    clippy::print_stdout,
    reason = "the count of cases is part of the result"
)]
fn every_step_failing_in_every_situation_loses_nothing_and_is_named() {
    let mut cases = 0;
    let mut failed = Vec::new();
    for situation in SITUATIONS {
        for op in Op::ALL {
            for fault in Fault::ALL.into_iter().filter(|f| f.fits(op)) {
                for nth in 1..=2 {
                    cases += 1;
                    if let Some(why) = run_case(situation, op, fault, nth) {
                        failed.push(format!("{situation:?} {op:?} {fault:?} #{nth}: {why}"));
                    }
                }
            }
        }
    }
    println!("fault matrix: {cases} cases, {} failed", failed.len());
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

mod files;
