//! The second round: after an attack was found on the practice's own
//! computers and they were cleaned up, every password typed there before is
//! changed again.

use super::*;
use crate::playbook::default_playbook;
use crate::profile::{DeviceKind, KonnektorModel};
use crate::record::{Cleanup, EventKind, IncidentFacts, ItCheck, Mark};
use chrono::TimeZone;

fn practice() -> Profile {
    let mut p = Profile {
        practice_name: "Praxis Dr. Müller".into(),
        konnektor: KonnektorModel::KoCoBox,
        ..Profile::default()
    };
    for name in ["Empfang-PC", "Labor-PC"] {
        p.add_device(name, DeviceKind::Workstation);
    }
    p.add_person("Anna");
    p
}

fn at(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, hour, 0, 0)
        .single()
        .unwrap_or_default()
}

fn record_with(profile: Profile) -> Record {
    let mut r = Record::default();
    r.push(
        at(8),
        "Anna",
        "PC",
        EventKind::ProfileSaved {
            profile,
            base: None,
        },
    );
    r
}

fn save_facts(r: &mut Record, hour: u32, change: impl FnOnce(&mut IncidentFacts)) {
    let mut facts = r.facts().cloned().unwrap_or_default();
    change(&mut facts);
    r.push(
        at(hour),
        "Anna",
        "PC",
        EventKind::FactsSaved { facts, base: None },
    );
}

fn done(r: &mut Record, hour: u32, task: &str) {
    let kind = EventKind::TaskMarked {
        task: task.into(),
        mark: Mark::Done,
        reason: None,
    };
    r.push(at(hour), "Anna", "PC", kind);
}

#[test]
fn a_finding_adds_the_clean_up_task_and_the_clean_up_a_second_round() {
    let playbook = default_playbook();
    let mut r = record_with(practice());
    assert!(
        Plan::of_record(&playbook, &r)
            .task("after-attack-found")
            .is_none()
    );

    let pvs_admin = "pvs-admin";
    let first_admin = Plan::new(&playbook, &practice())
        .tasks
        .iter()
        .find(|t| t.id.template() == "windows-admin")
        .map(|t| t.id.to_string())
        .unwrap_or_default();
    done(&mut r, 9, pvs_admin);
    done(&mut r, 9, &first_admin);
    done(&mut r, 9, "email");
    done(&mut r, 9, "card-pins");
    save_facts(&mut r, 10, |f| {
        f.it_check = ItCheck::Found {
            what: "Fremdes Fernwartungsprogramm am Empfang-PC".into(),
        };
    });
    let plan = Plan::of_record(&playbook, &r);
    assert!(
        plan.task("after-attack-found").is_some(),
        "the finding adds B-8"
    );
    assert!(
        !plan.tasks.iter().any(|t| t.second_round),
        "no second round before the clean-up"
    );

    done(&mut r, 11, "router"); // changed after the finding, before the clean-up
    save_facts(&mut r, 12, |f| {
        f.cleanup = Cleanup::Confirmed {
            by: "IT-Firma Keller, schriftlich".into(),
        };
    });
    done(&mut r, 13, "kim"); // changed after the clean-up: safe
    let plan = Plan::of_record(&playbook, &r);
    let again: Vec<&str> = plan
        .tasks
        .iter()
        .filter(|t| t.second_round)
        .map(|t| t.id.template())
        .collect();
    assert!(again.contains(&pvs_admin) && again.contains(&"windows-admin"));
    assert!(again.contains(&"router"), "typed before the clean-up");
    assert!(!again.contains(&"kim"), "typed after the clean-up");
    assert!(
        !again.contains(&"email"),
        "changed on a phone, not on a practice computer"
    );
    assert!(
        !again.contains(&"card-terminal-admin") && !again.contains(&"card-pins"),
        "a PIN is typed on the terminal"
    );
    let second = plan.task(&TaskId::once(pvs_admin).second_round()).cloned();
    assert_eq!(
        second.as_ref().map(|t| t.title(&playbook, Lang::De)),
        Some("2. Runde: Administrator-Passwort der Praxissoftware ändern".to_owned())
    );
    assert_eq!(
        plan.position(&TaskId::once(pvs_admin).second_round()),
        plan.position(pvs_admin).map(|p| p + 1),
        "right after the first change"
    );
    assert!(second.is_some_and(|t| t.code.ends_with(" R2")));
}

#[test]
fn a_later_mark_does_not_make_an_early_change_safe() {
    let playbook = default_playbook();
    let mut r = record_with(practice());
    done(&mut r, 9, "pvs-admin");
    save_facts(&mut r, 10, |f| {
        f.it_check = ItCheck::Found {
            what: "Schadsoftware".into(),
        };
    });
    save_facts(&mut r, 11, |f| {
        f.cleanup = Cleanup::Confirmed { by: "IT".into() };
    });
    let kind = EventKind::TaskMarked {
        task: "pvs-admin".into(),
        mark: Mark::Tested,
        reason: None,
    };
    r.push(at(12), "Anna", "PC", kind);
    let plan = Plan::of_record(&playbook, &r);
    assert!(
        plan.task(&TaskId::once("pvs-admin").second_round())
            .is_some()
    );
}
