//! A password typed into the app never reaches the disk: a sentinel is typed
//! into the password check, a suggestion is made and copied, the whole job is
//! finished and a certificate exported, and then every file is searched.

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use common::{click, options, shows, shows_text};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use passwort_lotse::App;
use passwort_lotse::clock::ManualClock;
use passwort_lotse::i18n::Lang;
use passwort_lotse::password::clipboard::Clipboard;
use passwort_lotse::record::{IncidentFacts, Mark, PatientsDecision, ReportDecision};
use passwort_lotse::session::{Action, Session};
use passwort_lotse::wizard::Screen;

const SENTINEL: &str = "Zebra-Sentinel-4711!";

#[derive(Clone, Default)]
struct FakeClipboard(Arc<Mutex<Option<String>>>);

impl Clipboard for FakeClipboard {
    fn set_secret(&mut self, text: &str) -> bool {
        *self.0.lock().unwrap() = Some(text.to_owned());
        true
    }
    fn text(&mut self) -> Option<String> {
        self.0.lock().unwrap().clone()
    }
    fn clear(&mut self) {
        *self.0.lock().unwrap() = None;
    }
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    let utf16le: Vec<u8> = needle.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let utf16be: Vec<u8> = needle.encode_utf16().flat_map(u16::to_be_bytes).collect();
    [needle.as_bytes().to_vec(), utf16le, utf16be]
        .iter()
        .any(|n| haystack.windows(n.len()).any(|w| w == n.as_slice()))
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one whole session, read top to bottom"
)]
fn a_typed_password_appears_in_no_file_after_a_whole_session() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("daten");
    let export = dir.path().join("bescheinigung.pdf");
    let log_file = dir.path().join("daten-log.txt");
    std::fs::create_dir_all(&data).unwrap();
    let log = std::fs::File::create(&log_file).unwrap();
    tracing_subscriber::fmt()
        .with_writer(Mutex::new(log))
        .with_ansi(false)
        .with_max_level(tracing::Level::TRACE)
        .init();

    let clock: ManualClock = common::clock();
    let opts = options(&data, Lang::De);
    let mut session = Session::open(&opts, Arc::new(clock.clone()));
    session.handle(Action::SetWorker("Anna".into()));
    session.handle(Action::SaveProfile {
        base: None,
        profile: passwort_lotse::demo::profile(),
    });
    session.handle(Action::Go(Screen::Task("windows-admin@d1".into())));
    let clipboard = FakeClipboard::default();
    let seen = clipboard.clone();
    let mut h = Harness::builder()
        .with_size([1280.0, 1800.0])
        .build_eframe(move |cc| {
            App::new(cc, session)
                .with_desktop(common::SaveTo(export.clone()))
                .with_clipboard(clipboard)
        });
    h.run();

    let field = "Neues Passwort prüfen (freiwillig, wird nirgends gespeichert)";
    h.get_by_label(field).focus();
    h.run();
    h.get_by_label(field).type_text(SENTINEL);
    h.run();
    assert!(
        shows_text(&h, "Erfüllt Länge und Zeichenarten der bekannten Vorgabe."),
        "the check reacts to typing"
    );
    click(&mut h, "Anzeigen");
    click(&mut h, "Passwort vorschlagen");
    click(&mut h, "Kopieren");
    let copied = seen.0.lock().unwrap().clone().unwrap();
    assert!(shows_text(
        &h,
        "In 30 Sekunden leert das Programm die Zwischenablage"
    ));
    click(&mut h, "Erledigt: Passwort geändert");
    click(&mut h, "Weiter");
    clock.advance(chrono::Duration::seconds(31));
    h.run();
    assert_eq!(*seen.0.lock().unwrap(), None, "the clipboard was cleared");

    let s = h.state_mut().session_mut();
    let ids = common::task_ids(s);
    for task in ids {
        s.handle(Action::Mark {
            task,
            mark: Mark::Tested,
            reason: None,
        });
    }
    s.handle(Action::SaveFacts {
        base: None,
        facts: IncidentFacts {
            learned_at: Some(clock_now(&clock)),
            learned_how: "Brief".into(),
            report: ReportDecision::NotReported {
                reason: "Test".into(),
            },
            patients: PatientsDecision::NotInformed {
                reason: "Test".into(),
            },
            it_check: passwort_lotse::record::ItCheck::NothingFound { by: "Test".into() },
            ..IncidentFacts::default()
        },
    });
    s.handle(Action::SignOff {
        name: "Dr. Test".into(),
        role: "Inhaberin".into(),
    });
    s.handle(Action::Go(Screen::Review));
    h.run();
    click(&mut h, "Protokoll als PDF speichern");
    assert!(shows_text(&h, "Gespeichert:"));
    assert!(!shows(&h, SENTINEL));
    drop(h);

    let files = files_under(dir.path());
    assert!(files.iter().any(|f| f.ends_with("record.json")));
    assert!(files.iter().any(|f| f.ends_with("bescheinigung.pdf")));
    assert!(
        std::fs::metadata(&log_file).unwrap().len() > 0,
        "something was logged"
    );
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            !contains(&bytes, SENTINEL),
            "the typed password is in {}",
            file.display()
        );
        assert!(
            !contains(&bytes, &copied),
            "the suggestion is in {}",
            file.display()
        );
    }
}

fn clock_now(clock: &ManualClock) -> chrono::DateTime<chrono::Utc> {
    use passwort_lotse::clock::Clock;
    clock.now()
}
