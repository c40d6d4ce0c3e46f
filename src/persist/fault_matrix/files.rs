//! The files beside the record: this computer's settings and the key
//! that seals certificates.

use crate::disk::{Fault, Faulty, Op};
use crate::i18n::{Lang, Tr};

use super::clock;
use crate::clock::Clock;

/// The settings: each write either leaves the file as it was or puts the
/// new one whole in its place, says why when it did not, and lands once
/// the fault is gone.
fn settings_case(op: Op, fault: Fault, nth: usize) -> Option<String> {
    use crate::settings::Settings;
    let dir = tempfile::tempdir().ok()?;
    let disk = Faulty::new();
    let now = clock().now();
    let old = Settings {
        zoom: 1.25,
        ..Settings::default()
    };
    crate::persist::settings_file::save(&old, &disk, dir.path(), now).ok()?;
    let file = dir.path().join("settings.json");
    let before = std::fs::read(&file).ok()?;
    let new = Settings {
        zoom: 2.0,
        ..Settings::default()
    };
    disk.fail(op, nth, fault);
    let result = crate::persist::settings_file::save(&new, &disk, dir.path(), now);
    let after = std::fs::read(&file).unwrap_or_default();
    let whole_new = Settings::parse(&after).is_ok_and(|s| (s.zoom - 2.0).abs() < 0.01);
    if after != before && !whole_new {
        return Some("the settings file is neither the old nor the new one".into());
    }
    match &result {
        Err(e) if !whole_new => {
            let text = crate::workspace::words::save_problem(
                &Tr::new(Lang::De),
                crate::workspace::IoProblem::of_settings(e),
            );
            if text.len() < 20 {
                return Some(format!("no words for {e}"));
            }
        }
        Ok(()) if !whole_new => return Some("saved, it says, but the file is old".into()),
        _ => {}
    }
    disk.clear();
    crate::persist::settings_file::save(&new, &disk, dir.path(), now)
        .err()
        .map(|e| e.to_string())
}

/// The signing key: made only where none is, never written over, and a
/// key that cannot be read stops the export instead of being replaced.
fn key_case(op: Op, fault: Fault, nth: usize) -> Option<String> {
    use crate::certificate::load_or_create;
    let dir = tempfile::tempdir().ok()?;
    let disk = Faulty::new();
    let file = dir.path().join("seal-key.bin");
    // First a new installation makes its key while the disk fails...
    disk.fail(op, nth, fault);
    let first = load_or_create(None, dir.path(), &disk);
    let made = std::fs::read(&file).ok();
    if let (Ok(key), Some(bytes)) = (&first, &made)
        && bytes.as_slice() != key.signing.to_bytes().as_slice()
    {
        return Some("the key file is not the key in use".into());
    }
    disk.clear();
    let Ok(key) = load_or_create(None, dir.path(), &disk) else {
        return Some("no key once the fault is gone".into());
    };
    if let Ok(earlier) = &first
        && earlier.signing.to_bytes() != key.signing.to_bytes()
    {
        return Some("the key made first was replaced".into());
    }
    // ...then an existing key meets the same fault.
    let before = std::fs::read(&file).ok()?;
    disk.fail(op, nth, fault);
    let again = load_or_create(None, dir.path(), &disk);
    if std::fs::read(&file).ok()? != before {
        return Some("an existing key file was written over".into());
    }
    if let Ok(other) = again
        && other.signing.to_bytes() != key.signing.to_bytes()
    {
        return Some("an existing key was replaced".into());
    }
    None
}

#[test]
#[expect(
    clippy::print_stdout,
    reason = "the count of cases is part of the result"
)]
fn every_step_failing_keeps_the_settings_and_the_signing_key() {
    let mut cases = 0;
    let mut failed = Vec::new();
    for op in Op::ALL {
        for fault in Fault::ALL.into_iter().filter(|f| f.fits(op)) {
            for nth in 1..=2 {
                for (what, case) in [
                    (
                        "settings",
                        settings_case as fn(Op, Fault, usize) -> Option<String>,
                    ),
                    ("key", key_case),
                ] {
                    cases += 1;
                    if let Some(why) = case(op, fault, nth) {
                        failed.push(format!("{what} {op:?} {fault:?} #{nth}: {why}"));
                    }
                }
            }
        }
    }
    println!(
        "fault matrix, settings and key: {cases} cases, {} failed",
        failed.len()
    );
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
