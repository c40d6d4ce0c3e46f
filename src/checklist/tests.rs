use chrono::{DateTime, TimeZone, Utc};

use super::*;
use crate::demo;
use crate::i18n::{Lang, Tr};
use crate::pdf::inspect;
use crate::playbook::default_playbook;
use crate::record::{EventKind, Mark, Record};
use crate::t;

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0)
        .single()
        .unwrap_or_default()
}

/// The sample practice at the start: profile saved, nothing done yet.
fn fresh() -> Record {
    let mut r = Record::default();
    r.push(
        at(),
        "Anna Schmidt",
        "Empfang-PC",
        EventKind::ProfileSaved {
            profile: demo::profile(),
            base: None,
        },
    );
    r
}

fn texts(record: &Record, lang: Lang) -> Vec<String> {
    let tr = Tr::new(lang);
    content::document(&default_playbook(), record, &tr, "29.11.2026, 10:00")
        .texts()
        .into_iter()
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_task_but_the_owners_decisions_is_on_exactly_one_sheet() {
    let playbook = default_playbook();
    let plan = Plan::new(&playbook, &demo::profile());
    let parts = sections(&playbook, &plan);
    let decided = decisions(&playbook, &plan);
    assert!(!decided.is_empty(), "the sample plan has owner's decisions");
    for task in &plan.tasks {
        let on_sheets = parts
            .iter()
            .filter(|s| s.tasks.iter().any(|t| t.id == task.id))
            .count();
        let expected = usize::from(!decided.contains(&task.code.to_string()));
        assert_eq!(
            on_sheets, expected,
            "{} is on {on_sheets} sheets",
            task.code
        );
    }
}

#[test]
fn every_device_and_every_person_has_a_sheet_of_their_own() {
    let playbook = default_playbook();
    let profile = demo::profile();
    let plan = Plan::new(&playbook, &profile);
    let parts = sections(&playbook, &plan);
    for device in &profile.devices {
        let sheet = parts.iter().find(
            |s| matches!(&s.subject, Subject::Device { id, name } if *id == device.id && *name == device.name),
        );
        let sheet = sheet.unwrap_or_else(|| panic!("no sheet for {}", device.name));
        assert!(
            sheet
                .tasks
                .iter()
                .all(|t| t.subject.as_deref() == Some(device.name.as_str())),
            "a task of another device on the sheet of {}",
            device.name
        );
    }
    for person in &profile.staff {
        assert!(
            parts.iter().any(
                |s| matches!(&s.subject, Subject::Person { name, .. } if *name == person.name)
            ),
            "no sheet for {}",
            person.name
        );
    }
}

#[test]
fn the_sheets_name_each_device_and_person_and_ask_for_who_and_when_never_a_secret() {
    for lang in Lang::ALL {
        let tr = Tr::new(lang);
        let lines = texts(&fresh(), lang);
        let all = lines.join("\n");
        for device in &demo::profile().devices {
            let heading = t!(tr, "checklist-device", name = device.name.clone());
            assert!(
                lines.contains(&heading),
                "{lang:?}: no part for {}",
                device.name
            );
        }
        for person in &demo::profile().staff {
            let heading = t!(tr, "checklist-person", name = person.name.clone());
            assert!(
                lines.contains(&heading),
                "{lang:?}: no part for {}",
                person.name
            );
        }
        // The no-secret line heads every page.
        let warning = t!(tr, "checklist-no-secrets");
        let pages = content::document(&default_playbook(), &fresh(), &tr, "x")
            .pages
            .len();
        assert!(pages > 5, "one page or more per device and person");
        assert_eq!(lines.iter().filter(|l| **l == warning).count(), pages);
        // Who and when for every open task; no field that asks for a secret.
        let open = sections(
            &default_playbook(),
            &Plan::new(&default_playbook(), &demo::profile()),
        )
        .iter()
        .map(|s| s.tasks.len())
        .sum::<usize>();
        let done_by = t!(tr, "checklist-done-by");
        assert_eq!(lines.iter().filter(|l| **l == done_by).count(), open);
        for asks in [
            "Passwort:",
            "Password:",
            "PIN:",
            "Kennwort:",
            "neues Passwort:",
            "new password:",
        ] {
            assert!(
                !lines.iter().any(|l| l.trim_end().ends_with(asks)),
                "{lang:?}: a line asks for a secret: {asks}"
            );
        }
        assert!(all.contains(&t!(tr, "checklist-secret-task")));
    }
}

#[test]
fn settled_tasks_are_listed_apart_and_a_finished_device_shares_the_last_page() {
    let playbook = default_playbook();
    let plan = Plan::new(&playbook, &demo::profile());
    let mut record = fresh();
    let server_tasks: Vec<_> = plan
        .tasks
        .iter()
        .filter(|t| t.subject.as_deref() == Some("Praxis-Server"))
        .collect();
    assert!(server_tasks.len() >= 2);
    for task in &server_tasks {
        record.push(
            at(),
            "Anna Schmidt",
            "Empfang-PC",
            EventKind::TaskMarked {
                task: task.id.clone(),
                mark: Mark::Done,
                reason: None,
            },
        );
    }
    let first = plan
        .tasks
        .iter()
        .find(|t| t.subject.as_deref() == Some("Empfang-PC"))
        .expect("a task for the front desk PC");
    record.push(
        at(),
        "Dr. Beispiel",
        "Empfang-PC",
        EventKind::TaskMarked {
            task: first.id.clone(),
            mark: Mark::Done,
            reason: None,
        },
    );
    let tr = Tr::new(Lang::De);
    let lines = texts(&record, Lang::De);
    let server = t!(tr, "checklist-device", name = "Praxis-Server".to_owned());
    let all_done = t!(tr, "checklist-all-done-heading");
    let at_line = |wanted: &str| lines.iter().position(|l| l == wanted);
    assert_eq!(
        lines.iter().filter(|l| **l == server).count(),
        1,
        "the finished server is named once"
    );
    assert!(
        at_line(&all_done) < at_line(&server),
        "it is listed among the finished parts, not given a sheet to tick"
    );
    let after_server = &lines[at_line(&server).unwrap_or_default()..];
    assert!(!after_server.contains(&t!(tr, "checklist-done-by")));
    for task in &server_tasks {
        assert!(
            after_server
                .iter()
                .any(|l| l.starts_with(&task.code.to_string()) && l.contains("Anna Schmidt")),
            "{} is listed as done",
            task.code
        );
    }
    assert!(lines.contains(&t!(tr, "checklist-settled-heading")));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&first.code.to_string()) && l.contains("Dr. Beispiel")),
        "the settled task is listed with who did it"
    );
}

#[test]
fn the_checklist_is_a_tagged_accessible_pdf() {
    let pdf = make(&default_playbook(), &fresh(), Lang::De, (at(), 60)).expect("a PDF");
    let text = inspect::unpacked(&pdf);
    assert!(text.contains("pdfuaid:part"));
    assert!(text.contains("<pdfaid:part>3</pdfaid:part>"));
    assert!(inspect::has_element(&text, "H1"));
    assert!(inspect::has_element(&text, "H2"));
    assert!(inspect::has_element(&text, "L"));
    assert!(inspect::has_element(&text, "LI"));
}

#[test]
fn a_file_name_says_what_it_is() {
    let day = at().date_naive();
    assert_eq!(
        file_name(&Tr::new(Lang::De), "Praxis Dr. Müller", day),
        "Checkliste-Praxis-Dr-Mueller-2026-11-29.pdf"
    );
    assert_eq!(
        file_name(&Tr::new(Lang::En), "Praxis Dr. Müller", day),
        "Checklist-Praxis-Dr-Mueller-2026-11-29.pdf"
    );
}
