//! Helpers for the UI tests: the real app on a temporary data folder, a clock
//! that only moves when told, and ways to act as a user would.

#![allow(dead_code, clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;

use chrono::TimeZone;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use passwort_lotse::App;
use passwort_lotse::clock::ManualClock;
use passwort_lotse::i18n::Lang;
use passwort_lotse::session::{Options, Session};

/// The clock every test starts at.
pub fn clock() -> ManualClock {
    ManualClock::new(
        chrono::Utc
            .with_ymd_and_hms(2026, 11, 28, 9, 0, 0)
            .single()
            .unwrap(),
    )
}

/// A desktop whose save dialog always answers with one file and which opens nothing.
pub struct SaveTo(pub std::path::PathBuf);

impl passwort_lotse::app::Desktop for SaveTo {
    fn choose_save_path(
        &self,
        _kind: passwort_lotse::session::FileKind,
        _default_name: &str,
    ) -> Option<std::path::PathBuf> {
        Some(self.0.clone())
    }
    fn open(&self, _path: &Path) {}
}

/// The moment the test clock starts at.
pub trait StartTime {
    /// The clock's time.
    fn now_utc(&self) -> chrono::DateTime<chrono::Utc>;
}

impl StartTime for ManualClock {
    fn now_utc(&self) -> chrono::DateTime<chrono::Utc> {
        use passwort_lotse::clock::Clock;
        self.now()
    }
}

/// Options for a data folder and language.
pub fn options(dir: &Path, lang: Lang) -> Options {
    Options {
        data_dir: dir.to_owned(),
        lang: Some(lang),
        workstation: "Empfang-PC".into(),
        ..Options::default()
    }
}

/// The ids of every task in the session's plan, in plan order.
pub fn task_ids(s: &Session) -> Vec<passwort_lotse::record::TaskId> {
    s.document()
        .plan
        .tasks
        .iter()
        .map(|t| t.id.clone())
        .collect()
}

/// Options for the training practice (`--demo`) in a data folder.
pub fn training_options(dir: &Path, lang: Lang) -> Options {
    Options {
        demo: true,
        ..options(dir, lang)
    }
}

/// The training practice, opened at a screen.
pub fn training(dir: &Path, lang: Lang, screen: passwort_lotse::wizard::Screen) -> Session {
    let mut s = Session::open(&training_options(dir, lang), Arc::new(clock()));
    s.handle(passwort_lotse::session::Action::Go(screen));
    s
}

/// The real app, in a window tall enough that no click lands off screen.
pub fn app(options: &Options, clock: &ManualClock) -> Harness<'static, App> {
    let session = Session::open(options, Arc::new(clock.clone()));
    app_with(session, [1280.0, 1400.0])
}

/// The real app for a session, at a window size.
pub fn app_with(session: Session, size: [f32; 2]) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| App::new(cc, session));
    harness.run();
    harness
}

/// Clicks the widget with this exact label and lets the app settle; like
/// a user, it scrolls the widget into view first.
pub fn click(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// Types into the field with this label.
pub fn type_into(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Whether something with this exact label is on screen.
pub fn shows(h: &Harness<'_, App>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

/// Whether something whose label contains this text is on screen.
pub fn shows_text(h: &Harness<'_, App>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// Presses Tab until the widget with this label has the keyboard focus,
/// as someone without a mouse would. Panics if it is never reached.
pub fn tab_to(h: &mut Harness<'_, App>, label: &str) {
    for _ in 0..80 {
        if h.query_by_label(label).is_some_and(|n| n.is_focused()) {
            return;
        }
        h.key_press(egui::Key::Tab);
        h.run();
    }
    panic!("\"{label}\" cannot be reached with the Tab key");
}

/// Reaches a button with Tab and presses it with Enter.
pub fn press_with_keyboard(h: &mut Harness<'_, App>, label: &str) {
    tab_to(h, label);
    h.key_press(egui::Key::Enter);
    h.run();
}

/// Reaches a text field with Tab and types into it.
pub fn type_with_keyboard(h: &mut Harness<'_, App>, label: &str, text: &str) {
    tab_to(h, label);
    h.get_by_label(label).type_text(text);
    h.run();
}
