//! The bad days of the code review seen as the user sees them: each test is
//! named after what it protects.

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use std::sync::Arc;

use common::{app, options, shows_text};
use egui_kittest::kittest::{NodeT, Queryable};
use passwort_lotse::i18n::Lang;
use passwort_lotse::profile::{DeviceKind, Profile};
use passwort_lotse::session::{Action, Session};
use passwort_lotse::wizard::Screen;

fn practice() -> Profile {
    let mut p = Profile {
        practice_name: "Praxis Dr. Müller".into(),
        ..Profile::default()
    };
    p.add_device("Empfang-PC", DeviceKind::Workstation);
    p.add_person("Anna");
    p
}

#[test]
fn b1_an_unreadable_record_is_named_on_screen_not_opened_as_new() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the file should be cannot be read, even by root.
    std::fs::create_dir_all(dir.path().join("record.json")).unwrap();
    let h = app(&options(dir.path(), Lang::De), &common::clock());
    assert!(
        shows_text(&h, "record.json"),
        "the screen names the file that cannot be read"
    );
    assert!(!shows_text(&h, "Willkommen beim Passwort-Lotsen"));
}

#[test]
fn b1_the_command_line_seals_no_certificate_of_an_unreadable_record() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("record.json")).unwrap();
    let out_file = dir.path().join("nachweis.pdf");
    let mut out = Vec::new();
    let code = passwort_lotse::cli::export(
        &options(dir.path(), Lang::De),
        passwort_lotse::session::FileKind::Certificate,
        &out_file,
        &mut out,
        Arc::new(common::clock()),
    );
    assert_ne!(code, 0, "{}", String::from_utf8_lossy(&out));
    assert!(!out_file.exists(), "no certificate of an empty record");
}

#[test]
fn b14_the_record_is_not_moved_by_a_copy_that_only_reads() {
    let dir = tempfile::tempdir().unwrap();
    let opts = options(dir.path(), Lang::De);
    let clock = common::clock();
    let mut first = Session::open(&opts, Arc::new(clock.clone()));
    first.handle(Action::SetWorker("Anna".into()));
    first.handle(Action::SaveProfile {
        base: None,
        profile: practice(),
    });
    let mut second = Session::open(&opts, Arc::new(clock));
    let share = dir.path().join("freigabe");
    std::fs::create_dir_all(&share).unwrap();
    second.handle(Action::UseSharedFolder(Some(share.clone())));
    assert!(
        !share.join("record.json").exists(),
        "a read-only copy moved the record its writer works on"
    );
}

#[test]
fn b19_the_profile_cannot_be_edited_while_another_copy_writes() {
    let dir = tempfile::tempdir().unwrap();
    let opts = options(dir.path(), Lang::De);
    let clock = common::clock();
    let mut first = Session::open(&opts, Arc::new(clock.clone()));
    first.handle(Action::SetWorker("Anna".into()));
    first.handle(Action::SaveProfile {
        base: None,
        profile: practice(),
    });
    let mut h = app(&opts, &clock);
    h.state_mut()
        .session_mut()
        .handle(Action::Go(Screen::Profile));
    h.run();
    assert!(
        h.get_by_label("Name der Praxis")
            .accesskit_node()
            .is_disabled(),
        "typing here would be lost"
    );
}

#[test]
fn b20_a_hand_edited_text_size_is_kept_within_what_can_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let settings = serde_json::json!({"lang": Lang::De, "zoom": 0.0, "worker": "Anna"});
    std::fs::write(dir.path().join("settings.json"), settings.to_string()).unwrap();
    let h = app(&options(dir.path(), Lang::De), &common::clock());
    let zoom = h.ctx.zoom_factor();
    assert!((0.5..=3.0).contains(&zoom), "zoom {zoom}");
}

#[test]
fn b11_a_garbled_settings_file_does_not_split_the_record() {
    let root = tempfile::tempdir().unwrap();
    let here = root.path().join("daten");
    let share = root.path().join("freigabe");
    std::fs::create_dir_all(&share).unwrap();
    let opts = options(&here, Lang::De);
    let clock = common::clock();
    let mut s = Session::open(&opts, Arc::new(clock.clone()));
    s.handle(Action::SetWorker("Anna".into()));
    s.handle(Action::SaveProfile {
        base: None,
        profile: practice(),
    });
    s.handle(Action::UseSharedFolder(Some(share.clone())));
    drop(s);
    std::fs::write(here.join("settings.json"), b"{\"lang\": \"de\", \"zoom\": ").unwrap();
    let mut s = Session::open(&opts, Arc::new(clock));
    assert!(s.shared(), "the record is still looked for in the share");
    s.handle(Action::SetZoom(1.2));
    let aside = std::fs::read_dir(here.join("damaged")).map_or(0, Iterator::count);
    assert!(
        aside > 0
            || std::fs::read(here.join("settings.json")).unwrap()
                == b"{\"lang\": \"de\", \"zoom\": ",
        "the garbled settings are kept for a look, not overwritten"
    );
}

#[test]
fn status_with_the_shared_folder_away_says_so_instead_of_showing_an_empty_practice() {
    let dir = tempfile::tempdir().unwrap();
    let away = dir.path().join("server-share");
    std::fs::write(
        dir.path().join("record-location.json"),
        format!(
            "{{\"where\":\"shared\",\"folder\":{}}}",
            serde_json::to_string(&away).unwrap()
        ),
    )
    .unwrap();
    let mut out = Vec::new();
    let code = passwort_lotse::cli::status(
        &options(dir.path(), Lang::En),
        false,
        &mut out,
        &common::clock(),
    );
    let text = String::from_utf8(out).unwrap();
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("server-share"), "the folder is named: {text}");
    assert!(!text.contains("0 of"), "no empty practice: {text}");
}
