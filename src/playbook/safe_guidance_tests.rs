//! Checks that keep whole classes of mistakes out of the default playbook:
//! a test that gives up the open session, a password written down after it
//! is set, a fact without a source, a condition read as an order, a promise
//! of a task that a "no" removes.

use super::default_playbook;

use super::guidance_tests::texts;

/// Every task's step texts of one kind, German.
fn steps_of(t: &super::TaskTemplate, kind: super::StepKind) -> Vec<&str> {
    t.steps
        .iter()
        .filter(|s| s.kind == kind)
        .map(|s| s.text.de.as_str())
        .collect()
}

#[test]
fn the_default_playbook_breaks_no_rule_of_the_format() {
    let p = default_playbook();
    assert_eq!(super::validate::problems(&p), Vec::new());
}

#[test]
fn no_step_gives_up_the_open_session_to_test_a_password() {
    let p = default_playbook();
    for (place, t, _) in texts(&p) {
        // Locking the screen gives up the only session before the new
        // password is proven; a second window of the same browser shares
        // the old sign-in and proves nothing.
        assert!(
            !t.de.contains("Windows-Taste + L") || t.de.contains("nicht"),
            "{place}: {}",
            t.de
        );
        let second_window = t.de.contains("zweiten Fenster") || t.de.contains("zweites Fenster");
        assert!(
            !second_window || t.de.contains("privat"),
            "{place}: {}",
            t.de
        );
    }
    for task in &p.tasks {
        for test in steps_of(task, super::StepKind::Test) {
            assert!(
                !test.contains("Sperren Sie den Bildschirm"),
                "{}: {test}",
                task.code
            );
        }
    }
}

#[test]
fn every_password_the_practice_keeps_is_written_down_before_it_is_changed() {
    use super::Holder;
    let p = default_playbook();
    let mut checked = 0;
    for task in &p.tasks {
        let Some(rule) = &task.rule else { continue };
        if rule.holder != Holder::Practice {
            continue;
        }
        let stores = steps_of(task, super::StepKind::Store);
        // The envelope names what the password opens, and when it was set.
        assert!(
            stores
                .iter()
                .any(|s| s.contains("Umschlag") && s.contains("auf")),
            "{}: {stores:?}",
            task.code
        );
        checked += 1;
    }
    assert!(checked >= 10, "{checked}");
}

#[test]
fn every_task_names_its_sources() {
    let p = default_playbook();
    for task in &p.tasks {
        assert!(!task.sources.is_empty(), "{} has no source", task.code);
        for source in &task.sources {
            assert!(!source.title.trim().is_empty(), "{}", task.code);
            assert!(
                source.url.is_empty() || source.url.starts_with("http"),
                "{}: {}",
                task.code,
                source.url
            );
        }
    }
}

#[test]
fn what_done_and_tested_mean_is_said_where_the_practice_did_not_set_the_password() {
    let p = default_playbook();
    for task in &p.tasks {
        if task.testable && task.rule.is_none() {
            assert!(task.done_label.is_some(), "{}: who changed it?", task.code);
            assert!(
                task.tested_when.is_some(),
                "{}: what was tested?",
                task.code
            );
        }
    }
}

#[test]
fn a_condition_is_written_as_a_condition_not_as_an_order() {
    // "Melden Sie nicht, schreiben Sie den Grund dazu." reads as "do not
    // report"; a condition asks first: "Meldet die Praxis nicht? Dann …".
    let p = default_playbook();
    for (place, t, _) in texts(&p) {
        for sentence in super::readability::sentences(&t.de) {
            let words: Vec<&str> = sentence.split_whitespace().collect();
            let order_then_comma = words.len() > 3
                && words[1] == "Sie"
                && words[2].trim_end_matches(',') == "nicht"
                && words[2].ends_with(',');
            assert!(!order_then_comma, "{place}: {sentence}");
        }
    }
}

/// Words that name a task a "no" in the profile can take out of the plan.
const REMOVABLE: [(&str, &str); 5] = [
    ("E-Mail", "email"),
    ("Fernwartung", "remote-maintenance"),
    ("KIM", "kim"),
    ("WLAN", "wifi"),
    ("Online-Banking", "online-banking"),
];

#[test]
fn the_incident_pages_promise_no_task_the_plan_can_lack() {
    let p = default_playbook();
    for task in REMOVABLE.map(|(_, id)| id) {
        assert!(
            p.task(task)
                .is_some_and(|t| t.applies != super::Applies::Always),
            "{task} can leave the plan"
        );
    }
    for page in &p.incident.pages {
        for text in page.paragraphs.iter().chain(&page.dos) {
            for sentence in super::readability::sentences(&text.de) {
                let promises = sentence.contains("heute") || sentence.contains("kommen");
                let names = REMOVABLE.iter().any(|(word, _)| sentence.contains(word));
                let conditional = ["soweit", "falls", "wenn"]
                    .iter()
                    .any(|w| sentence.contains(w));
                assert!(!(promises && names) || conditional, "{sentence}");
            }
        }
    }
}

#[test]
fn the_it_companys_number_comes_from_where_the_warning_screen_says_and_nowhere_an_attacker_reaches()
{
    // An invoice or a contract kept as a PDF can be a forgery sent after
    // the breach; the playbook names the same places as the app's own
    // warning (contract on paper, sticker on the server, printed list).
    let p = default_playbook();
    let de = &p.provider.hours.de;
    for place in [
        "gedruckten Wartungsvertrag",
        "Aufkleber am Server",
        "Telefonliste",
    ] {
        assert!(de.contains(place), "{place}: {de}");
    }
    for channel in ["Rechnung", "E-Mail", "Fax", "Brief", "Internet", "Anrufer"] {
        let named = de.contains(channel);
        let refused = de.contains("Nehmen Sie keine Nummer");
        assert!(
            channel == "Rechnung" && !named || named && refused,
            "{channel}: {de}"
        );
    }
    let en = &p.provider.hours.en;
    assert!(!en.contains("invoice"), "{en}");
}
