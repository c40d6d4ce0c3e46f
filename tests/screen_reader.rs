//! What a screen reader (NVDA, Narrator, Orca) gets: the AccessKit tree of
//! every screen. Every control has a name and a role that says what it is,
//! a task's code and status are read out, and a choice that holds is said,
//! not only shown in colour.

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use egui::accesskit::{Role, Toggled};
use egui_kittest::kittest::{NodeT, Queryable};
use passwort_lotse::i18n::Lang;
use passwort_lotse::session::Action;
use passwort_lotse::wizard::Screen;

type App = egui_kittest::Harness<'static, passwort_lotse::App>;

/// Roles of things a person operates.
const CONTROLS: [Role; 12] = [
    Role::Button,
    Role::CheckBox,
    Role::RadioButton,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::PasswordInput,
    Role::ComboBox,
    Role::Link,
    Role::MenuItem,
    Role::Slider,
    Role::SpinButton,
    Role::Tab,
];

fn training(dir: &std::path::Path, lang: Lang, screen: Screen) -> App {
    common::app_with(common::training(dir, lang, screen), [1280.0, 1400.0])
}

/// Every control on screen has a name to be read out.
fn every_control_is_named(h: &App, screen: &str) -> usize {
    let mut controls = 0;
    for node in h.root().children_recursive() {
        let n = node.accesskit_node();
        if !CONTROLS.contains(&n.role()) || n.is_hidden() {
            continue;
        }
        controls += 1;
        let name = n.label().unwrap_or_default();
        assert!(
            !name.trim().is_empty(),
            "{screen}: a {:?} without a name (value {:?})",
            n.role(),
            n.value()
        );
    }
    controls
}

fn screens(flow_pages: usize) -> Vec<(String, Screen)> {
    let mut all = vec![
        ("welcome".to_owned(), Screen::Welcome),
        ("profile".to_owned(), Screen::Profile),
        ("plan".to_owned(), Screen::Plan),
        ("overview".to_owned(), Screen::Overview),
        ("review".to_owned(), Screen::Review),
        ("facts".to_owned(), Screen::Facts),
        ("sign-off".to_owned(), Screen::SignOff),
        ("about".to_owned(), Screen::About),
        ("sheet".to_owned(), Screen::Sheet),
    ];
    for page in 0..flow_pages {
        all.push((format!("incident {}", page + 1), Screen::Incident(page)));
    }
    for task in [
        "windows-logon-person@p6",
        "windows-admin@d1",
        "inform-patients",
        "email",
        "card-pins",
    ] {
        all.push((task.to_owned(), Screen::Task(task.into())));
    }
    all
}

#[test]
fn every_screen_names_every_control_in_both_languages() {
    let pages = passwort_lotse::playbook::default_playbook()
        .incident
        .pages
        .len();
    for lang in Lang::ALL {
        for (name, screen) in screens(pages) {
            let dir = tempfile::tempdir().unwrap();
            let mut h = training(dir.path(), lang, screen);
            let controls = every_control_is_named(&h, &format!("{name} ({lang:?})"));
            let window = h.root().accesskit_node().label().unwrap_or_default();
            assert!(
                window.starts_with("Passwort-Lotse – ") && window.len() > 20,
                "{name}: the window is named after the app and the screen: {window:?}"
            );
            assert!(controls >= 3, "{name}: only {controls} controls found");
            // With "Where am I?" and the help cards open, too.
            let (where_button, caller) = match lang {
                Lang::De => ("Wo bin ich?", "Ist der Anruf echt?"),
                Lang::En => ("Where am I?", "Is this call genuine?"),
            };
            h.get_by_label(where_button).click();
            h.get_by_label(caller).click();
            h.run();
            every_control_is_named(&h, &format!("{name} with help open ({lang:?})"));
        }
    }
}

#[test]
fn a_task_says_its_code_its_status_and_which_choice_holds() {
    let dir = tempfile::tempdir().unwrap();
    let h = training(
        dir.path(),
        Lang::De,
        Screen::Task("windows-admin@d1".into()),
    );
    let code = h.get_by_label("C-1.1");
    assert_eq!(code.accesskit_node().role(), Role::Label);
    // The status is a word, not a colour.
    assert!(
        h.query_by_label("Getestet").is_some(),
        "the status is read out"
    );
    // The choice that holds is "pressed"; the others are not.
    let tested = h.get_by_role_and_label(Role::Button, "Getestet: neue Anmeldung klappt");
    assert_eq!(tested.accesskit_node().toggled(), Some(Toggled::True));
    let done = h.get_by_role_and_label(Role::Button, "Erledigt: Passwort geändert");
    assert_eq!(done.accesskit_node().toggled(), Some(Toggled::False));
    // Steps are check boxes that say their step.
    let steps: Vec<String> = h
        .query_all_by_role(Role::CheckBox)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(steps.len() >= 2, "{steps:?}");
    assert!(steps[0].starts_with("Schritt 1"), "{steps:?}");
    assert!(steps[1].starts_with("Schritt 2"), "{steps:?}");
    // Each step is said once, as its check box, not again as text beside it.
    let words = steps[0].trim_start_matches("Schritt 1 erledigt: ");
    let said = h
        .root()
        .children_recursive()
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.contains(words))
        })
        .count();
    assert_eq!(said, 1, "step 1 is read out {said} times");
    // Progress is a progress bar with its words and its count (without a
    // value Orca said "0 percent").
    let progress = h.get_by_role(Role::ProgressIndicator);
    let bar = progress.accesskit_node();
    assert_eq!(bar.value().as_deref(), Some("33 von 39 bearbeitet"));
    assert_eq!(bar.numeric_value(), Some(33.0));
    assert_eq!(bar.max_numeric_value(), Some(39.0));
}

#[test]
fn the_language_chosen_is_said_not_only_shown() {
    let dir = tempfile::tempdir().unwrap();
    let h = common::app(&common::options(dir.path(), Lang::De), &common::clock());
    let de = h.get_by_role_and_label(Role::Button, "Deutsch");
    let en = h.get_by_role_and_label(Role::Button, "English");
    assert_eq!(de.accesskit_node().toggled(), Some(Toggled::True));
    assert_eq!(en.accesskit_node().toggled(), Some(Toggled::False));
    assert_eq!(
        h.get_by_label("Ihr Name").accesskit_node().role(),
        Role::TextInput
    );
}

#[test]
fn on_a_small_screen_the_training_reset_is_one_click_behind_its_chip() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = common::training(dir.path(), Lang::De, Screen::Overview);
    let fresh = s.counts();
    let open = s.next_open_task().map(|t| t.id.clone()).unwrap();
    s.handle(Action::Mark {
        task: open,
        mark: passwort_lotse::record::Mark::Done,
        reason: None,
    });
    assert_ne!(s.counts(), fresh);
    s.handle(Action::Go(Screen::Plan));
    let mut h = common::app_with(s, [1024.0, 600.0]);
    assert!(h.query_by_label("Übung von vorn beginnen").is_none());
    let chip = h.get_by_role_and_label(Role::Button, "Übungsmodus");
    chip.click();
    h.run();
    assert!(h.query_by_label_contains("Beispiel-Praxis").is_some());
    h.get_by_label("Übung von vorn beginnen").click();
    h.run();
    assert_eq!(
        h.state().session().counts(),
        fresh,
        "the training starts again"
    );
}

#[test]
fn the_task_lists_say_each_tasks_code_and_status_with_its_title() {
    for screen in [Screen::Overview, Screen::Plan, Screen::Review] {
        let dir = tempfile::tempdir().unwrap();
        let h = training(dir.path(), Lang::De, screen.clone());
        for name in [
            "A-1 IT-Dienstleister anrufen – Erledigt",
            "B-4.3 Fernwartung an diesem Computer absperren: Sprechzimmer-PC – Offen",
        ] {
            assert!(
                h.query_by_role_and_label(Role::Button, name).is_some(),
                "{screen:?}: no button \"{name}\""
            );
        }
    }
}
