//! The keyboard in the real app: where the focus is when a screen opens,
//! that Tab meets the page before the bars, and the shortcuts.

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use common::options;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use passwort_lotse::i18n::Lang;
use passwort_lotse::wizard::Screen;

type App = egui_kittest::Harness<'static, passwort_lotse::App>;

/// The label of the widget with the keyboard focus, if any.
fn focused(h: &App) -> Option<String> {
    h.root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())
        .map(|n| n.accesskit_node().label().unwrap_or_default())
}

fn tab(h: &mut App) -> String {
    h.key_press(Key::Tab);
    h.run();
    focused(h).unwrap_or_default()
}

fn demo(lang: Lang, screen: Screen) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let h = common::app_with(common::training(dir.path(), lang, screen), [1280.0, 800.0]);
    (dir, h)
}

#[test]
fn a_name_typed_right_after_the_start_lands_in_the_name_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::app(&options(dir.path(), Lang::De), &common::clock());
    assert_eq!(focused(&h).as_deref(), Some("Ihr Name"));
    // A space no longer presses a button that happens to have the focus.
    h.event(egui::Event::Text("Anna Schmidt".into()));
    h.run();
    assert_eq!(
        h.get_by_label("Ihr Name").value().as_deref(),
        Some("Anna Schmidt")
    );
    assert!(
        h.query_by_label("Praxisprofil ändern").is_none(),
        "no menu opened"
    );
}

#[test]
fn tab_meets_the_whole_page_before_any_bar() {
    let (_dir, mut h) = demo(Lang::De, Screen::Overview);
    // Nothing focused: the first Tab lands on the page, not on a bar.
    h.key_press(Key::Escape);
    h.run();
    let first = tab(&mut h);
    assert_eq!(first, "Weiter mit der nächsten offenen Aufgabe (B-4.3)");
    let bars = [
        "Wo bin ich?",
        "Einstellungen",
        "Zurück",
        "Übersicht",
        "Prüfen & abschließen",
    ];
    let mut order = vec![first];
    for _ in 0..80 {
        let label = tab(&mut h);
        if label == order[0] {
            break;
        }
        order.push(label);
    }
    let first_bar = order
        .iter()
        .position(|l| bars.contains(&l.as_str()))
        .expect("the bars are reached with Tab");
    let last_page = order
        .iter()
        .rposition(|l| {
            l.starts_with("Checkliste")
                || l.contains("Praxisprofil")
                || l.contains("IT-Dienstleister anrufen")
        })
        .expect("page widgets are reached with Tab");
    assert!(
        last_page < first_bar,
        "the page comes before the bars: {order:?}"
    );
}

#[test]
fn the_shortcuts_do_what_their_buttons_do() {
    let (_dir, mut h) = demo(Lang::En, Screen::Overview);
    // F1 opens "Where am I?", which lists the keys.
    h.key_press(Key::F1);
    h.run();
    assert!(
        h.query_by_label_contains("Alt + right arrow: Next")
            .is_some()
    );
    // Ctrl+G puts the focus in the code field.
    h.key_press_modifiers(Modifiers::COMMAND, Key::G);
    h.run();
    h.run();
    assert_eq!(
        focused(&h).as_deref(),
        Some("Code your IT support company gives (e.g. B-3)")
    );
    h.event(egui::Event::Text("B-1".into()));
    h.key_press(Key::Enter);
    h.run();
    let screen = h.state().session().place().screen.clone();
    let Screen::Task(id) = screen else {
        panic!("went to {screen:?}");
    };
    let code = h
        .state()
        .session()
        .document()
        .plan
        .task(&id)
        .unwrap()
        .code
        .to_string();
    assert_eq!(code, "B-1");
    // Alt+right is "Next", Alt+left is "Back"; both land on a task whose
    // first choice has the focus.
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    h.run();
    let next = h.state().session().place().screen.clone();
    assert_ne!(next, Screen::Task(id.clone()));
    assert!(focused(&h).is_some_and(|l| l.starts_with("Done")));
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().session().place().screen, Screen::Task(id));
    // The buttons say their shortcuts.
    h.get_by_label("Next").hover();
    h.run();
    assert!(
        h.query_by_label("Next (keyboard: Alt + right arrow)")
            .is_some()
    );
}

#[test]
fn a_decision_and_a_paper_sheet_start_with_the_focus_on_their_first_field() {
    let (_dir, h) = demo(Lang::De, Screen::Task("learned-at".into()));
    let first = focused(&h);
    assert!(
        first.as_deref().is_some_and(|l| !l.is_empty()),
        "the decision's first field has the focus: {first:?}"
    );
    assert_eq!(
        h.root()
            .children_recursive()
            .find(|n| n.accesskit_node().is_focused())
            .map(|n| n.accesskit_node().role()),
        Some(egui::accesskit::Role::TextInput)
    );

    let (_dir, h) = demo(Lang::De, Screen::Sheet);
    assert_eq!(focused(&h).as_deref(), Some("Gerät: Sprechzimmer-PC"));
}

#[test]
fn tab_scrolls_a_long_page_to_the_field_it_moves_to() {
    let (_dir, mut h) = demo(Lang::De, Screen::Overview);
    // The page is what shows between the progress bar and the bottom bar.
    let top = h
        .get_by_role(egui::accesskit::Role::ProgressIndicator)
        .rect()
        .bottom();
    let bottom = h.get_by_label("Zurück").rect().top();
    let mut seen = Vec::new();
    for _ in 0..40 {
        let label = tab(&mut h);
        let node = h
            .root()
            .children_recursive()
            .find(|n| n.accesskit_node().is_focused())
            .expect("something has the focus");
        let rect = node.rect();
        let in_a_bar = rect.bottom() <= top || rect.top() >= bottom;
        assert!(
            in_a_bar || (rect.top() >= top && rect.bottom() <= bottom),
            "\"{label}\" has the focus but is out of sight at {rect:?}, page {top}..{bottom}"
        );
        seen.push(label);
    }
    assert!(
        seen.iter()
            .any(|l| l.contains("Eigenes Windows-Passwort ändern")),
        "the Tabs went down the task list: {seen:?}"
    );
}

#[test]
fn where_am_i_opens_beside_the_task_on_a_wide_window_and_above_it_on_a_narrow_one() {
    for (width, beside) in [(1280.0, true), (1024.0, true), (900.0, false)] {
        let dir = tempfile::tempdir().unwrap();
        let task = Screen::Task("windows-admin@d1".into());
        let mut h = common::app_with(common::training(dir.path(), Lang::De, task), [width, 760.0]);
        let title = "Administrator-Passwort von Windows ändern: Empfang-PC";
        let before = h.get_by_label(title).rect();
        h.key_press(Key::F1);
        h.run();
        let card = h
            .get_by_label("Wo bin ich? Zum Vorlesen am Telefon:")
            .rect();
        let after = h.get_by_label(title).rect();
        if beside {
            assert!(
                card.left() > after.right(),
                "{width}: the card is beside the task"
            );
            assert!(
                (after.top() - before.top()).abs() < 1.0,
                "{width}: the task did not move down"
            );
        } else {
            assert!(
                card.bottom() <= after.top(),
                "{width}: the card is above the task"
            );
        }
    }
}
