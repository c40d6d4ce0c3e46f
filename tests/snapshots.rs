//! Pictures of every screen in both languages, drawn by the real renderer
//! (lavapipe in CI). Run with `--features snapshots`; `UPDATE_SNAPSHOTS=1`
//! rewrites them after an intended change. Look at them in tests/snapshots/.

#![cfg(feature = "snapshots")]
#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use std::sync::Arc;

use egui_kittest::SnapshotResults;
use egui_kittest::kittest::Queryable;
use passwort_lotse::i18n::Lang;
use passwort_lotse::record::Mark;
use passwort_lotse::session::{Action, Options, Session};
use passwort_lotse::wizard::Screen;

fn session(dir: &std::path::Path, lang: Lang, demo: bool) -> Session {
    let opts = Options {
        demo,
        ..common::options(dir, lang)
    };
    Session::open(&opts, Arc::new(common::clock()))
}

/// Draws a session's screen and adds the comparison to `results`.
fn snap(results: &mut SnapshotResults, session: Session, name: &str, lang: Lang) {
    let mut h = common::app_with(session, [1280.0, 800.0]);
    h.snapshot(format!("{name}_{}", lang.code()));
    results.extend_harness(&mut h);
}

#[test]
fn every_screen_in_both_languages() {
    let mut results = SnapshotResults::default();
    let r = &mut results;
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().unwrap();
        snap(r, session(dir.path(), lang, false), "welcome", lang);

        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path(), lang, false);
        s.handle(Action::SetWorker("Anna".into()));
        let pages = s.document().playbook.incident.pages.len();
        drop(s);
        for page in 0..pages {
            let mut s = session(dir.path(), lang, false);
            s.handle(Action::Go(Screen::Incident(page)));
            snap(r, s, &format!("incident_{}", page + 1), lang);
        }
        let mut s = session(dir.path(), lang, false);
        s.handle(Action::Go(Screen::Profile));
        snap(r, s, "profile_empty", lang);

        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path(), lang, true);
        s.handle(Action::Go(Screen::Profile));
        snap(r, s, "profile_filled", lang);

        let mut s = session(dir.path(), lang, true);
        s.handle(Action::Go(Screen::Plan));
        snap(r, s, "plan", lang);

        let mut s = session(dir.path(), lang, true);
        s.handle(Action::Go(Screen::Overview));
        snap(r, s, "overview", lang);

        let mut s = session(dir.path(), lang, true);
        s.handle(Action::Go(Screen::Task("windows-admin@d1".into())));
        snap(r, s, "task", lang);

        let mut s = session(dir.path(), lang, true);
        let id = s.next_open_task().map(|t| t.id.clone()).unwrap();
        s.handle(Action::Mark {
            task: id.clone(),
            mark: Mark::NeedHelp,
            reason: None,
        });
        s.handle(Action::Go(Screen::Task(id)));
        snap(r, s, "task_need_help", lang);

        // A decision asked in its task, a password changed only on a phone.
        for (task, name) in [
            ("inform-patients", "task_decision"),
            ("email", "task_clean_device"),
        ] {
            let mut s = session(dir.path(), lang, true);
            s.handle(Action::Go(Screen::Task(task.into())));
            snap(r, s, name, lang);
        }

        for screen in [Screen::Review, Screen::Facts, Screen::SignOff] {
            let mut s = session(dir.path(), lang, true);
            s.handle(Action::Go(screen.clone()));
            snap(r, s, &format!("{screen:?}").to_lowercase(), lang);
        }

        // The About screen shows the data folder: one that is the same on
        // every machine, so the picture is too.
        let fixed = std::path::Path::new("/tmp/passwort-lotse-snapshot");
        let _ = std::fs::remove_dir_all(fixed);
        let mut s = session(fixed, lang, true);
        s.handle(Action::Go(Screen::About));
        snap(r, s, "about", lang);
        let _ = std::fs::remove_dir_all(fixed);

        let mut s = session(dir.path(), lang, true);
        s.handle(Action::Go(Screen::Sheet));
        let mut h = common::app_with(s, [1280.0, 800.0]);
        // The consulting-room PC's sheet as brought back: one task done,
        // one with a finding.
        let (sheet, ticked) = match lang {
            Lang::De => (
                "Gerät: Sprechzimmer-PC",
                [
                    "B-4.3 Erledigt",
                    "C-1.3 Hilfe nötig oder etwas Fremdes gefunden",
                ],
            ),
            Lang::En => (
                "Device: Sprechzimmer-PC",
                ["B-4.3 Done", "C-1.3 Help needed or something unknown found"],
            ),
        };
        h.get_by_label(sheet).click();
        h.run();
        for choice in ticked {
            h.get_by_label(choice).click();
        }
        h.run();
        h.snapshot(format!("sheet_{}", lang.code()));
        r.extend_harness(&mut h);
        drop(h);

        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path(), lang, false);
        s.handle(Action::SetWorker("Anna".into()));
        s.handle(Action::SaveProfile {
            base: None,
            profile: passwort_lotse::demo::profile(),
        });
        s.handle(Action::Go(Screen::Overview));
        drop(s);
        std::fs::write(dir.path().join("record.json"), b"{\"format\":").unwrap();
        snap(r, session(dir.path(), lang, false), "recovery", lang);
    }
    results.unwrap();
}

#[test]
fn bad_day_screens_in_both_languages() {
    let mut results = SnapshotResults::default();
    let r = &mut results;
    for lang in Lang::ALL {
        // A record that is there but cannot be read (a folder stands in
        // its place, which not even root reads as a file); the screen names
        // it, so the path must be the same on every machine.
        let fixed = std::path::Path::new("/tmp/passwort-lotse-snapshot-unreadable");
        let _ = std::fs::remove_dir_all(fixed);
        std::fs::create_dir_all(fixed.join("record.json")).unwrap();
        snap(r, session(fixed, lang, false), "unreadable", lang);
        let _ = std::fs::remove_dir_all(fixed);

        // Another copy writes: the profile can be read, not changed.
        let dir = tempfile::tempdir().unwrap();
        let writer = session(dir.path(), lang, true);
        let mut s = session(dir.path(), lang, true);
        s.handle(Action::Go(Screen::Profile));
        snap(r, s, "profile_read_only", lang);
        drop(writer);

        // A playbook file nobody vouches for: signed, but by a key this
        // computer does not trust.
        let dir = tempfile::tempdir().unwrap();
        let fixtures =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/signed");
        let playbook = dir.path().join("anleitung.ron");
        std::fs::copy(fixtures.join("small.ron"), &playbook).unwrap();
        std::fs::copy(
            fixtures.join("small.ron.other.minisig"),
            dir.path().join("anleitung.ron.minisig"),
        )
        .unwrap();
        let opts = Options {
            playbook: Some(playbook),
            trusted_keys: Some(dir.path().join("no-keys")),
            ..common::options(dir.path(), lang)
        };
        let s = Session::open(&opts, Arc::new(common::clock()));
        snap(r, s, "playbook_warning", lang);
    }
    results.unwrap();
}

#[test]
fn helper_panels_in_both_languages() {
    let mut results = SnapshotResults::default();
    let r = &mut results;
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path(), lang, true);
        s.handle(Action::Go(Screen::Task("windows-admin@d1".into())));
        let mut h = common::app_with(s, [1280.0, 800.0]);
        let (field, show) = match lang {
            Lang::De => (
                "Neues Passwort prüfen (freiwillig, wird nirgends gespeichert)",
                "Anzeigen",
            ),
            Lang::En => ("Check a new password (optional, never stored)", "Show"),
        };
        h.get_by_label(field).scroll_to_me();
        h.get_by_label(field).focus();
        h.run();
        h.get_by_label(field).type_text("Sommer2026!");
        h.get_by_label(show).click();
        h.run();
        h.get_by_label(field).scroll_to_me();
        h.run();
        h.snapshot(format!("password_check_{}", lang.code()));
        r.extend_harness(&mut h);
        drop(h);

        let mut s = session(dir.path(), lang, true);
        s.handle(Action::Go(Screen::Task("windows-admin@d2".into())));
        let mut h = common::app_with(s, [1280.0, 800.0]);
        let (where_button, bundle) = match lang {
            Lang::De => ("Wo bin ich?", "Datei für den IT-Dienstleister erstellen"),
            Lang::En => ("Where am I?", "Make a file for your IT support company"),
        };
        h.get_by_label(where_button).click();
        h.run();
        h.get_by_label(bundle).click();
        h.run();
        h.snapshot(format!("where_am_i_{}", lang.code()));
        r.extend_harness(&mut h);
        drop(h);

        let mut s = session(dir.path(), lang, true);
        s.handle(Action::Go(Screen::Overview));
        let mut h = common::app_with(s, [1280.0, 800.0]);
        let who = match lang {
            Lang::De => "Wer ist wer?",
            Lang::En => "Who is who?",
        };
        h.get_by_label(who).click();
        h.run();
        h.snapshot(format!("who_is_who_{}", lang.code()));
        r.extend_harness(&mut h);
        drop(h);

        let mut s = session(dir.path(), lang, true);
        s.handle(Action::SetRemoteSupport(true));
        s.handle(Action::Go(Screen::Task("windows-admin@d3".into())));
        let mut h = common::app_with(s, [1280.0, 800.0]);
        h.get_by_label(field).scroll_to_me();
        h.run();
        h.snapshot(format!("password_remote_support_{}", lang.code()));
        r.extend_harness(&mut h);
        drop(h);

        // A PIN is typed on the terminal only: no field, no suggestion.
        let mut s = session(dir.path(), lang, true);
        s.handle(Action::Go(Screen::Task("card-terminal-admin@d5".into())));
        let mut h = common::app_with(s, [1280.0, 800.0]);
        let at_terminal = match lang {
            Lang::De => "Tippen Sie sie nur am Kartenterminal ein",
            Lang::En => "Type it only on the card terminal's keypad",
        };
        h.get_by_label_contains(at_terminal).scroll_to_me();
        h.run();
        assert!(h.query_by_label(field).is_none(), "no field to type a PIN");
        h.snapshot(format!("pin_at_terminal_{}", lang.code()));
        r.extend_harness(&mut h);
        drop(h);
        session(dir.path(), lang, true).handle(Action::SetRemoteSupport(false));
    }
    results.unwrap();
}

/// Small screens and large text: with "Where am I?" open, a task's steps
/// and its choices can still be scrolled into view, never squeezed away.
#[test]
fn small_screens_and_large_text() {
    let mut results = SnapshotResults::default();
    let sizes: [(&str, [f32; 2], f32); 4] = [
        ("1366x768", [1366.0, 768.0], 1.0),
        ("1280x720", [1280.0, 720.0], 1.0),
        ("1024x600", [1024.0, 600.0], 1.0),
        ("1280x720_150", [1280.0, 720.0], 1.5),
    ];
    for lang in Lang::ALL {
        let (where_title, where_button, first_step, done) = match lang {
            Lang::De => (
                "Wo bin ich? Zum Vorlesen am Telefon:",
                "Wo bin ich?",
                "Machen Sie das nur mit Ihrem IT-Dienstleister am Telefon. Er sagt, ob er es selbst macht.",
                "Erledigt: Passwort geändert",
            ),
            Lang::En => (
                "Where am I? To read out on the phone:",
                "Where am I?",
                "Only do this with your IT support company on the phone. They say whether they do it themselves.",
                "Done: password changed",
            ),
        };
        for (name, size, zoom) in sizes {
            let dir = tempfile::tempdir().unwrap();
            let mut s = session(dir.path(), lang, true);
            s.handle(Action::Go(Screen::Task("windows-admin@d1".into())));
            let mut h = common::app_with(s, size);
            h.ctx.set_zoom_factor(zoom);
            h.run();
            h.get_by_label(where_button).click();
            h.run();
            let back = match lang {
                Lang::De => "Zurück",
                Lang::En => "Back",
            };
            // The step is found by its words, which are its check box's name.
            for label in [first_step, done] {
                h.get_by_label_contains(label).scroll_to_me();
                h.run();
                // Between the top bar (ending with the progress bar) and the
                // bottom bar (starting with "back").
                let top = h
                    .get_by_role(egui::accesskit::Role::ProgressIndicator)
                    .rect()
                    .bottom();
                let bottom = h.get_by_label(back).rect().top();
                let rect = h.get_by_label_contains(label).rect();
                assert!(
                    rect.top() >= top && rect.bottom() <= bottom,
                    "{name} {lang:?}: \"{label}\" cannot be brought into view: {rect:?} between {top} and {bottom}"
                );
            }
            if lang == Lang::De || name == "1280x720_150" {
                h.get_by_label(where_title).scroll_to_me();
                h.run();
                h.snapshot(format!("small_{name}_{}", lang.code()));
                results.extend_harness(&mut h);
            }
        }
    }
    results.unwrap();
}
