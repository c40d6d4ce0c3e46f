//! Killing the app at any moment loses nothing it had confirmed: a worker
//! process marks tasks and reports each one only once it is saved; the test
//! kills it with SIGKILL at varying moments and reads the record. The next
//! start cleans up what the killed saves left behind.

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise
#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;

use passwort_lotse::clock::SystemClock;
use passwort_lotse::i18n::Lang;
use passwort_lotse::profile::{DeviceKind, Profile};
use passwort_lotse::record::Mark;
use passwort_lotse::session::{Action, Options, Session};
use passwort_lotse::store::{Opened, Store};

const WORKER_ENV: &str = "PASSWORT_LOTSE_CRASH_WORKER_DIR";

/// The worker process the test below starts and kills; not a test itself.
#[test]
#[ignore = "started by every_confirmed_mark_survives_a_kill_at_any_moment"]
fn crash_worker() {
    let Ok(dir) = std::env::var(WORKER_ENV) else {
        panic!("start me from every_confirmed_mark_survives_a_kill_at_any_moment");
    };
    let options = Options {
        data_dir: dir.into(),
        lang: Some(Lang::De),
        workstation: "Empfang-PC".into(),
        ..Options::default()
    };
    let mut s = Session::open(&options, Arc::new(SystemClock));
    s.handle(Action::SetWorker("Anna".into()));
    let mut p = Profile {
        practice_name: "Praxis".into(),
        ..Profile::default()
    };
    p.add_device("PC", DeviceKind::Workstation);
    s.handle(Action::SaveProfile {
        base: None,
        profile: p,
    });
    let tasks: Vec<_> = s
        .document()
        .plan
        .tasks
        .iter()
        .map(|t| t.id.clone())
        .collect();
    for n in 1.. {
        let task = tasks[n % tasks.len()].clone();
        // Alternate per round through the plan, so every mark changes something.
        let mark = if (n / tasks.len()).is_multiple_of(2) {
            Mark::Done
        } else {
            Mark::Reopened
        };
        s.handle(Action::Mark {
            task,
            mark,
            reason: None,
        });
        assert!(s.storage().save_problem.is_none() && s.is_saved());
        let events = s.document().record.events().len();
        #[expect(clippy::print_stdout, reason = "the test process reads this line")]
        {
            println!("confirmed {events}");
        }
    }
}

#[test]
fn every_confirmed_mark_survives_a_kill_at_any_moment() {
    let exe = std::env::current_exe().unwrap();
    for (round, after) in [4_usize, 6, 11, 17, 29, 43].into_iter().enumerate() {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(&exe)
            .args([
                "--ignored",
                "--exact",
                "crash_worker",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(WORKER_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut confirmed = 0;
        for line in BufReader::new(stdout).lines() {
            let line = line.unwrap();
            if let Some(n) = line.strip_prefix("confirmed ") {
                confirmed = n.parse().unwrap();
                if confirmed >= after {
                    // Kill mid-way through the next save, without warning.
                    child.kill().unwrap();
                    break;
                }
            }
        }
        let _ = child.wait();
        let Ok(Opened::Loaded(record)) = Store::reader(dir.path()).load() else {
            panic!("round {round}: the record is damaged after a kill");
        };
        let on_disk = record.events().len();
        assert!(
            on_disk >= confirmed,
            "round {round}: {confirmed} events confirmed, {on_disk} on disk"
        );
        // The next start, as the writer, removes a killed save's leftovers.
        let options = Options {
            data_dir: dir.path().to_owned(),
            lang: Some(Lang::De),
            workstation: "Empfang-PC".into(),
            ..Options::default()
        };
        let again = Session::open(&options, Arc::new(SystemClock));
        assert!(again.document().record.events().len() >= confirmed);
        let leftovers: Vec<_> = [dir.path().to_owned(), dir.path().join("backups")]
            .iter()
            .flat_map(|d| std::fs::read_dir(d).into_iter().flatten())
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|path| passwort_lotse::disk::is_temp_of(path, "record"))
            .collect();
        assert!(leftovers.is_empty(), "round {round}: {leftovers:?}");
    }
}
