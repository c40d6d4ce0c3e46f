//! A practice walks the whole default plan in the real app, as a user would:
//! by the labels they see, in German with the mouse and in English with the
//! keyboard alone (Tab, Enter, Space and the shortcuts; no mouse event).

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use common::{
    app, click, options, press_with_keyboard, shows, shows_text, type_into, type_with_keyboard,
};
use egui_kittest::kittest::Queryable;
use passwort_lotse::i18n::Lang;
use passwort_lotse::record::{Decision, Status};
use passwort_lotse::store::{Opened, Store};
use passwort_lotse::summary::Summary;

/// The labels a user sees, in one language.
struct Words {
    lang: Lang,
    welcome: &'static str,
    name: &'static str,
    start: &'static str,
    next: &'static str,
    practice_name: &'static str,
    add_workstation: &'static str,
    add_server: &'static str,
    kocobox: &'static str,
    first_task: &'static str,
    done: &'static str,
    not_applicable: &'static str,
    reason_field: &'static str,
    save_reason: &'static str,
    need_help: &'static str,
    read_out: &'static str,
    all_done: &'static str,
    learned_at: &'static str,
    not_reported: &'static str,
    report_reason: &'static str,
    not_informed: &'static str,
    patients_reason: &'static str,
    nothing_found: &'static str,
    checked_by: &'static str,
    record_it: &'static str,
}

const GERMAN: Words = Words {
    lang: Lang::De,
    welcome: "Willkommen beim Passwort-Lotsen",
    name: "Ihr Name",
    start: "Los geht's",
    next: "Weiter",
    practice_name: "Name der Praxis",
    add_workstation: "Arbeitsplatz hinzufügen",
    add_server: "Server hinzufügen",
    kocobox: "KoCoBox MED+ (CGM)",
    first_task: "Mit der ersten Aufgabe beginnen",
    done: "Erledigt",
    not_applicable: "Trifft hier nicht zu",
    reason_field: "Warum trifft das hier nicht zu?",
    save_reason: "Grund speichern",
    need_help: "Ich brauche Hilfe",
    read_out: "Lesen Sie am Telefon vor:",
    all_done: "Alle Aufgaben sind bearbeitet, eine davon trifft hier nicht zu.",
    learned_at: "Datum und Uhrzeit, z. B. 28.11.2026 09:30",
    not_reported: "Nicht gemeldet",
    report_reason: "Warum nicht gemeldet?",
    not_informed: "Nicht informiert",
    patients_reason: "Warum nicht?",
    nothing_found: "Nichts gefunden",
    checked_by: "Wer hat geprüft? Kam das Ergebnis schriftlich?",
    record_it: "Eintragen",
};

const ENGLISH: Words = Words {
    lang: Lang::En,
    welcome: "Welcome to Passwort-Lotse",
    name: "Your name",
    start: "Let's start",
    next: "Next",
    practice_name: "Name of the practice",
    add_workstation: "Add workstation",
    add_server: "Add server",
    kocobox: "KoCoBox MED+ (CGM)",
    first_task: "Start with the first task",
    done: "Done",
    not_applicable: "Not applicable here",
    reason_field: "Why does this not apply here?",
    save_reason: "Save reason",
    need_help: "I need help",
    read_out: "Read this out on the phone:",
    all_done: "Every task has been dealt with; one of them does not apply here.",
    learned_at: "Date and time, e.g. 28.11.2026 09:30",
    not_reported: "Not reported",
    report_reason: "Why not reported?",
    not_informed: "Not informed",
    patients_reason: "Why not?",
    nothing_found: "Nothing found",
    checked_by: "Who checked? Did the result come in writing?",
    record_it: "Record it",
};

#[test]
fn a_practice_walks_the_whole_plan_in_german_with_the_mouse() {
    walk(&GERMAN, false);
}

#[test]
fn a_practice_walks_the_whole_plan_in_english_with_the_keyboard_alone() {
    walk(&ENGLISH, true);
}

type App = egui_kittest::Harness<'static, passwort_lotse::App>;

/// Answers the practice owner's question on its task, as the owner would.
fn answer(
    h: &mut App,
    w: &Words,
    decision: Decision,
    press: impl Fn(&mut App, &str),
    type_in: impl Fn(&mut App, &str, &str),
) {
    match decision {
        Decision::LearnedAt => type_in(h, w.learned_at, "27.11.2026 08:15"),
        Decision::Report => {
            press(h, w.not_reported);
            type_in(h, w.report_reason, "Anbieter: keine Daten der Praxis");
        }
        Decision::Patients => {
            press(h, w.not_informed);
            type_in(h, w.patients_reason, "Kein hohes Risiko");
        }
        Decision::ItCheck => {
            press(h, w.nothing_found);
            type_in(h, w.checked_by, "IT-Firma Keller, schriftlich");
        }
        Decision::Cleanup => panic!("nothing was found, so nothing is cleaned up"),
    }
    assert!(!shows(h, w.done) && !shows(h, w.not_applicable));
    press(h, w.record_it);
}

fn walk(w: &Words, keyboard: bool) {
    let dir = tempfile::tempdir().unwrap();
    let opts = options(dir.path(), w.lang);
    let clock = common::clock();
    let mut h = app(&opts, &clock);
    let press = |h: &mut App, label: &str| {
        if keyboard {
            press_with_keyboard(h, label);
        } else {
            click(h, label);
        }
    };
    let type_in = |h: &mut App, label: &str, text: &str| {
        if keyboard {
            type_with_keyboard(h, label, text);
        } else {
            type_into(h, label, text);
        }
    };

    assert!(shows(&h, w.welcome), "opens on the welcome screen");
    describe_the_practice(&mut h, w, keyboard, press, type_in);

    let playbook = passwort_lotse::playbook::default_playbook();
    let mut seen = 0;
    let (mut skipped_one, mut asked_for_help) = (false, false);
    while !shows_text(&h, w.all_done) && seen < 200 {
        seen += 1;
        let session = h.state().session();
        let passwort_lotse::wizard::Screen::Task(id) = session.place().screen.clone() else {
            break;
        };
        let task = session.document().plan.task(&id).unwrap();
        let code = task.code.clone();
        let template = task.template(&playbook);
        let decision = template.decision;
        // What the choices say on this task, as the user reads them.
        let tr = passwort_lotse::i18n::Tr::new(w.lang);
        let changed = passwort_lotse::messages::done_label(&tr, template);
        let tested = passwort_lotse::messages::tested_label(&tr, template);
        let (changed, tested) = (changed.as_str(), tested.as_str());
        assert!(shows(&h, &code), "the task code {code} is on screen");
        // The practice owner's questions are answered in the task itself.
        if let Some(decision) = decision {
            answer(&mut h, w, decision, press, type_in);
        } else if !skipped_one && seen > 2 {
            skipped_one = true;
            press(&mut h, w.not_applicable);
            type_in(&mut h, w.reason_field, "Kein solches Programm");
            press(&mut h, w.save_reason);
        } else if !asked_for_help && skipped_one {
            asked_for_help = true;
            press(&mut h, w.need_help);
            assert!(shows(&h, w.read_out), "help shows what to read out");
            assert!(shows_text(&h, &code), "the script names the task code");
            press(&mut h, changed);
        } else if keyboard {
            // The first choice has the focus as the task opens.
            let first = changed;
            assert!(
                h.get_by_label(first).is_focused(),
                "{code}: \"{first}\" has the focus"
            );
            h.key_press(egui::Key::Enter);
            h.run();
            if template.testable {
                press(&mut h, tested);
            }
        } else if template.testable {
            press(&mut h, changed);
            press(&mut h, tested);
        } else {
            press(&mut h, changed);
        }
        if keyboard {
            alt(&mut h, egui::Key::ArrowRight);
        } else {
            press(&mut h, w.next);
        }
    }
    assert!(
        shows_text(&h, w.all_done),
        "the overview says everything is worked through, and how much did not apply: {:?} {:?}",
        h.state().session().next_open_task().map(|t| t.id.clone()),
        h.state().session().counts()
    );

    let total = h.state().session().document().plan.tasks.len();
    assert!(total >= 15, "the plan for this practice has {total} tasks");
    assert_eq!(seen, total, "every task was visited once");

    everything_is_on_disk(dir.path(), total);
}

/// From the welcome screen through the incident pages and the profile to
/// the plan's first task.
fn describe_the_practice(
    h: &mut App,
    w: &Words,
    keyboard: bool,
    press: impl Fn(&mut App, &str),
    type_in: impl Fn(&mut App, &str, &str),
) {
    let pages = passwort_lotse::playbook::default_playbook()
        .incident
        .pages
        .len();
    if keyboard {
        // A name typed right after the start goes into the name field, and
        // Enter starts; Alt+right turns the pages.
        assert!(
            h.get_by_label(w.name).is_focused(),
            "the name field has the focus"
        );
        typed(h, "Anna");
        h.key_press(egui::Key::Enter);
        h.run();
        for _ in 0..pages {
            alt(h, egui::Key::ArrowRight);
        }
        assert!(
            h.get_by_label(w.practice_name).is_focused(),
            "the first empty field of the profile has the focus"
        );
        typed(h, "Praxis Dr. Müller");
    } else {
        type_in(h, w.name, "Anna");
        press(h, w.start);
        for _ in 0..pages {
            press(h, w.next);
        }
        type_in(h, w.practice_name, "Praxis Dr. Müller");
    }
    for _ in 0..3 {
        press(h, w.add_workstation);
    }
    press(h, w.add_server);
    if keyboard {
        common::tab_to(h, w.kocobox);
        h.key_press(egui::Key::Space);
        h.run();
    } else {
        click(h, w.kocobox);
    }
    press(h, w.next);
    press(h, w.first_task);
}

/// Text typed on the keyboard, into whatever has the focus.
fn typed(h: &mut App, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

/// A shortcut with the Alt key.
fn alt(h: &mut App, key: egui::Key) {
    h.key_press_modifiers(egui::Modifiers::ALT, key);
    h.run();
}

/// The record on disk holds every task as Anna settled it, and every decision.
fn everything_is_on_disk(dir: &std::path::Path, total: usize) {
    let playbook = passwort_lotse::playbook::default_playbook();
    let Ok(Opened::Loaded(record)) = Store::reader(dir).load() else {
        panic!("the record on disk is not readable");
    };
    let summary = Summary::of(&passwort_lotse::playbook::default_playbook(), &record);
    assert_eq!(summary.counts.total, total);
    assert_eq!(summary.counts.settled(), total, "everything is on disk");
    assert_eq!(summary.counts.not_applicable, 1);
    assert!(summary.counts.tested > 5);
    assert_eq!(summary.practice, "Praxis Dr. Müller");
    let plan = passwort_lotse::plan::Plan::of_record(&playbook, &record);
    let states = plan.states(&playbook, &record);
    assert_eq!(states.len(), total);
    assert!(
        states
            .values()
            .all(|s| s.by == "Anna" && s.status != Status::Open)
    );
    let facts = record.facts().unwrap();
    assert!(facts.learned_at.is_some() && facts.report.is_decided() && facts.patients.is_decided());
    assert!(facts.is_decided(Decision::ItCheck) && !facts.it_check.found());
}
