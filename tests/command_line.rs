//! The command line, as support staff and scripts use it.

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

use std::process::Command;

fn lotse() -> Command {
    Command::new(env!("CARGO_BIN_EXE_passwort-lotse"))
}

#[test]
fn status_of_the_demo_reads_out_the_sample_practice() {
    let dir = tempfile::tempdir().unwrap();
    let out = lotse()
        .args(["status", "--demo", "--lang", "de", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    assert!(text.contains("Praxis: Praxis Dr. Beispiel"), "{text}");
    assert!(text.contains("Hilfe nötig: "), "{text}");
    assert!(text.contains("Aufgaben bearbeitet"), "{text}");
}

#[test]
fn status_json_reports_the_real_record_and_not_the_demo() {
    let dir = tempfile::tempdir().unwrap();
    // Make the training record exist, then ask about the real one.
    let demo = lotse()
        .args(["reset-demo", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(demo.status.success());
    let out = lotse()
        .args(["status", "--json", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["practice"], "", "the real record is still empty");
    assert_eq!(json["events"], 0);

    let out = lotse()
        .args(["status", "--json", "--demo", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["practice"], "Praxis Dr. Beispiel");
    assert_eq!(json["counts"]["need_help"], 1);
    assert_eq!(json["need_help"].as_array().map(Vec::len), Some(1));
    assert!(json["open"].as_array().is_some_and(|a| !a.is_empty()));
}

#[test]
fn status_of_a_damaged_record_says_so_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("record.json"), b"\x00\x01garbage").unwrap();
    let out = lotse()
        .args(["status", "--lang", "en", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text.contains("not a Passwort-Lotse record"), "{text}");
    assert!(
        dir.path().join("record.json").exists(),
        "status never moves files"
    );
}

#[test]
fn logs_are_written_to_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = lotse()
        .args(["status", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let logs = std::fs::read_dir(dir.path().join("logs")).unwrap().count();
    assert_eq!(logs, 1);
}

#[test]
fn a_demo_certificate_verifies_and_any_tampering_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("x.pdf");
    let made = lotse()
        .args(["certificate", "--demo", "--lang", "de", "--data-dir"])
        .arg(dir.path())
        .arg("--out")
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stdout)
    );
    let check = |file: &std::path::Path| {
        let out = lotse()
            .args(["verify", "--lang", "en", "--data-dir"])
            .arg(dir.path())
            .arg(file)
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8(out.stdout).unwrap())
    };
    let (code, text) = check(&pdf);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("The file is unchanged since it was sealed"),
        "{text}"
    );
    assert!(
        text.contains("Kind: Interim summary"),
        "open tasks make an interim record: {text}"
    );
    assert!(
        text.contains("TRAINING"),
        "the training practice says so: {text}"
    );
    assert!(text.contains("Practice: Praxis Dr. Beispiel"), "{text}");

    let bytes = std::fs::read(&pdf).unwrap();
    let tampered = dir.path().join("tampered.pdf");
    let at = bytes
        .windows(12)
        .position(|w| w == b"Anna Schmidt")
        .unwrap();
    let mut changed = bytes.clone();
    changed[at] = b'E';
    std::fs::write(&tampered, &changed).unwrap();
    let (code, text) = check(&tampered);
    assert_eq!(code, Some(1));
    assert!(text.contains("embedded record"), "{text}");

    std::fs::write(&tampered, &bytes[..bytes.len() - 200]).unwrap();
    let (code, text) = check(&tampered);
    assert_eq!(code, Some(1), "{text}");

    std::fs::write(&tampered, b"\x89PNG\r\n\x1a\nnot a pdf at all").unwrap();
    let (code, text) = check(&tampered);
    assert_eq!(code, Some(2));
    assert!(
        text.contains("not a summary made by Passwort-Lotse"),
        "{text}"
    );

    let (code, _) = check(&dir.path().join("missing.pdf"));
    assert_eq!(code, Some(2));
}
