//! Checks that keep the default playbook's guidance right: mistakes a
//! review found once, turned into tests so they cannot come back.

use super::{Playbook, Text, default_playbook};

/// Every text of the playbook, with where it stands and whether it is in a
/// part set apart for the IT support company.
pub(super) fn texts(p: &Playbook) -> Vec<(String, &Text, bool)> {
    let mut out = vec![
        ("incident title".to_owned(), &p.incident.title, false),
        ("provider".to_owned(), &p.provider.name, false),
        ("provider hours".to_owned(), &p.provider.hours, false),
    ];
    for party in &p.parties {
        out.push(("party".into(), &party.name, false));
        out.push(("party".into(), &party.who, false));
    }
    for (n, page) in p.incident.pages.iter().enumerate() {
        let page_texts = std::iter::once(&page.title)
            .chain(&page.paragraphs)
            .chain(&page.dos)
            .chain(&page.donts)
            .chain(&page.stop_if);
        out.extend(page_texts.map(|t| (format!("V-{}", n + 1), t, false)));
    }
    for task in &p.tasks {
        let it_only: Vec<*const Text> = task.it_notes.iter().map(std::ptr::from_ref).collect();
        out.extend(task.texts().map(|t| {
            let marked = it_only.contains(&std::ptr::from_ref(t));
            (task.code.clone(), t, marked)
        }));
    }
    out
}

/// Every `{"de": …, "en": …}` in a JSON value.
fn text_objects(value: &serde_json::Value, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::Object(map) => {
            let is_text = map.len() == 2 && map.contains_key("de") && map.contains_key("en");
            if is_text {
                let get = |k: &str| map[k].as_str().unwrap_or_default().to_owned();
                out.push((get("de"), get("en")));
            }
            map.values().for_each(|v| text_objects(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| text_objects(v, out)),
        _ => {}
    }
}

#[test]
fn every_text_of_the_default_playbook_is_there_in_german_and_english() {
    // Walks the whole playbook as data, so a field added later is checked too.
    let value = serde_json::to_value(default_playbook()).unwrap_or_default();
    let mut found = Vec::new();
    text_objects(&value, &mut found);
    assert!(found.len() > 300, "only {} texts found", found.len());
    let missing: Vec<_> = found
        .iter()
        .filter(|(de, en)| de.trim().is_empty() || en.trim().is_empty())
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn every_password_task_says_where_its_rule_comes_from() {
    let p = default_playbook();
    for task in &p.tasks {
        if let Some(rule) = &task.rule {
            assert!(
                !rule.source.de.trim().is_empty() && !rule.source.en.trim().is_empty(),
                "{}",
                task.code
            );
            assert!(task.testable, "{}: a new password can be tested", task.code);
        }
        // "Done: password changed" with no rule is only right where someone
        // else sets the password and "tested" says what the practice checks.
        if task.testable && task.rule.is_none() {
            assert!(task.tested_when.is_some(), "{} has no rule", task.code);
        }
    }
}

#[test]
fn admin_konnektor_and_remote_access_passwords_are_recommended_15_characters() {
    let p = default_playbook();
    for id in [
        "windows-admin",
        "pvs-admin",
        "konnektor-kocobox",
        "router",
        "remote-maintenance",
    ] {
        let rule = p.task(id).and_then(|t| t.rule.as_ref());
        assert!(
            rule.is_some_and(|r| r.recommended_length >= 15),
            "{id}: {rule:?}"
        );
    }
}

#[test]
fn no_guessed_requirement_is_stated_as_known() {
    // Only requirements someone checked may be "required": the Windows
    // complexity rule (when the policy is on) and the Wi-Fi standard.
    let p = default_playbook();
    let known: Vec<&str> = p
        .tasks
        .iter()
        .filter(|t| t.rule.as_ref().is_some_and(|r| r.required.is_some()))
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(known, vec!["windows-admin", "windows-logon-person", "wifi"]);
}

/// Words only the IT support company needs; a receptionist must be able to
/// skip every text that holds one.
const IT_JARGON: [&str; 20] = [
    "services.msc",
    "krbtgt",
    "cmdkey",
    "LAPS",
    "EFS",
    "RDP",
    "Portfreigabe",
    "Domäne:",
    "Signaturen",
    "Autostart",
    "Clientmodul",
    "Forensik",
    "Easy Access",
    "Zuweisung",
    "App-Passw",
    "VPN",
    "Konnektor-IP",
    "runas",
    "SQL",
    "Zertifikat",
];

#[test]
fn every_it_only_text_is_set_apart_for_the_it_support_company() {
    let p = default_playbook();
    let unmarked: Vec<String> = texts(&p)
        .into_iter()
        .filter(|(_, _, marked)| !marked)
        .filter(|(_, t, _)| IT_JARGON.iter().any(|w| t.de.contains(w)))
        .map(|(place, t, _)| format!("{place}: {}", t.de))
        .collect();
    assert!(unmarked.is_empty(), "{unmarked:#?}");
}

#[test]
fn the_texts_use_one_word_for_each_thing() {
    let p = default_playbook();
    for (place, t, _) in texts(&p) {
        // "PVS" is also the billing office (Privatärztliche Verrechnungsstelle).
        assert!(
            !t.de.contains("PVS") && !t.en.contains("PVS"),
            "{place}: {}",
            t.de
        );
        // Windows says "Kennwort"; everywhere else it is "Passwort", and
        // "Kennwort" only appears quoted from the Windows screen.
        let unquoted =
            t.de.split('„')
                .map(|s| s.split('“').next_back().unwrap_or(s));
        assert!(
            !unquoted.into_iter().any(|s| s.contains("Kennw")),
            "{place}: {}",
            t.de
        );
        for old in [
            "Datenschutz-Aufsicht",
            "Fernzugriffs-Programm",
            "Support",
            // Remote maintenance is "Fernwartung", everywhere.
            "Fernzugriff",
            "Fernzugang",
            // "Anbieter" is only the software provider.
            "E-Mail-Anbieter",
            "KIM-Anbieter",
            "Ihr Anbieter",
            "Anbieter Ihrer E-Mail",
        ] {
            assert!(!t.de.contains(old), "{place}: {}", t.de);
        }
        // In English "provider" alone could be the software maker or the IT company.
        let en =
            t.en.to_lowercase()
                .replace("software provider", "")
                .replace("service provider", "");
        assert!(
            !en.contains(" provider") || en.contains("e-mail provider"),
            "{place}: {}",
            t.en
        );
    }
}

#[test]
fn the_server_is_never_called_a_device_to_trust() {
    let p = default_playbook();
    for (place, t, _) in texts(&p) {
        let says_trust = t.de.contains("trauen") || t.de.contains("vertrau");
        assert!(
            !(says_trust && t.de.contains("Server")),
            "{place}: {}",
            t.de
        );
    }
}

#[test]
fn the_first_page_says_when_to_stop_and_call() {
    let p = default_playbook();
    let first = &p.incident.pages[0];
    assert!(first.stop_if.len() >= 3);
    assert!(
        first
            .paragraphs
            .iter()
            .all(|t| !t.de.contains("wahrscheinlich kopiert")),
        "theft is not certain"
    );
}

#[test]
fn the_72_hours_are_never_called_usual_and_recording_is_not_reporting() {
    let p = default_playbook();
    for (place, t, _) in texts(&p) {
        if t.de.contains("72 Stunden") {
            assert!(!t.de.contains("meist"), "{place}: {}", t.de);
        }
    }
    let report = p.task("report-decision");
    assert!(
        report.is_some_and(|t| t.traps.iter().any(|x| x.de.contains("meldet nichts"))),
        "the report task says that a click reports nothing"
    );
}

#[test]
fn card_and_terminal_pins_follow_the_terminal_and_are_never_guessed() {
    let p = default_playbook();
    let all = |id: &str| {
        p.task(id)
            .map(|t| {
                t.texts()
                    .map(|x| x.de.clone())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default()
    };
    let cards = all("card-pins");
    for must in ["PIN.CH", "PIN.QES", "Arzt", "Anzeige am Terminal", "PUK"] {
        assert!(cards.contains(must), "card PINs miss {must}");
    }
    let terminal = all("card-terminal-admin");
    for must in ["Nicht raten", "24 Stunden", "Hersteller"] {
        assert!(terminal.contains(must), "terminal PIN misses {must}");
    }
}

#[test]
fn secunet_gets_no_port_or_user_name_claims() {
    // The manual's remote-management port is for the IT support company;
    // the receptionist's texts name none.
    let p = default_playbook();
    let secunet = texts(&p)
        .into_iter()
        .filter(|(place, _, it)| place == "C-7" && !it)
        .map(|(_, t, _)| t.de.clone())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(secunet.contains("TI-Dienstleister"));
    for claim in ["850", "super", "https://"] {
        assert!(!secunet.contains(claim), "{claim}");
    }
}

#[test]
fn the_ui_texts_use_the_same_words() {
    for (lang, ftl) in [
        ("de", include_str!("../../locales/de/passwort_lotse.ftl")),
        ("en", include_str!("../../locales/en/passwort_lotse.ftl")),
    ] {
        for line in ftl.lines().filter(|l| !l.starts_with('#')) {
            assert!(!line.contains("PVS"), "{lang}: {line}");
            assert!(!line.contains("Abschlussbescheinigung"), "{lang}: {line}");
            assert!(!line.contains("IT provider"), "{lang}: {line}");
            assert!(!line.contains("Tippen Sie auf"), "{lang}: {line}");
            assert!(!line.contains("Bit Zufall"), "{lang}: {line}");
        }
    }
}
