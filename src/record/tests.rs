//! The record: marks, merges, sign-offs and decisions.

use super::*;
use chrono::{TimeZone, Timelike};

fn at(min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 9, min, 0)
        .single()
        .unwrap_or_default()
}

fn mark(r: &mut Record, min: u32, task: &str, mark: Mark) {
    r.push(
        at(min),
        "Anna",
        "Empfang-PC",
        EventKind::TaskMarked {
            task: task.into(),
            mark,
            reason: None,
        },
    );
}

#[test]
fn the_last_mark_decides_the_status() {
    let mut r = Record::default();
    mark(&mut r, 1, "a", Mark::NeedHelp);
    mark(&mut r, 2, "a", Mark::Done);
    mark(&mut r, 3, "a", Mark::Tested);
    mark(&mut r, 4, "b", Mark::Done);
    mark(&mut r, 5, "b", Mark::Reopened);
    let s = r.task_states();
    assert_eq!(s["a"].status, Status::Tested);
    assert_eq!(s["a"].at, at(3));
    assert_eq!(s["b"].status, Status::Open);
    assert_eq!(r.events().len(), 5, "nothing is overwritten");
}

#[test]
fn merging_keeps_every_event_once_in_time_order() {
    let mut a = Record::default();
    mark(&mut a, 1, "x", Mark::Done);
    let mut b = a.clone();
    mark(&mut a, 3, "a", Mark::Done);
    mark(&mut b, 2, "b", Mark::Done);
    mark(&mut b, 4, "b", Mark::Tested);
    let merged = a.merged_with(&b);
    assert_eq!(merged.events().len(), 4);
    let order: Vec<u32> = merged.events().iter().map(|e| e.at.minute()).collect();
    assert_eq!(order, vec![1, 2, 3, 4]);
    assert_eq!(
        merged.events().iter().map(|e| e.seq).collect::<Vec<_>>(),
        vec![1, 2, 3, 4]
    );
    assert_eq!(
        merged.merged_with(&a).merged_with(&b),
        merged,
        "merging again changes nothing"
    );
}

#[test]
fn events_are_numbered_in_order() {
    let mut r = Record::default();
    mark(&mut r, 1, "a", Mark::Done);
    mark(&mut r, 2, "b", Mark::Done);
    let seqs: Vec<_> = r.events().iter().map(|e| e.seq).collect();
    assert_eq!(seqs, vec![1, 2]);
}

#[test]
fn a_change_after_the_sign_off_makes_it_outdated() {
    let mut r = Record::default();
    let sign = EventKind::SignedOff {
        name: "Dr. Müller".into(),
        role: "Praxisinhaberin".into(),
    };
    assert_eq!(r.sign_off(), None);
    r.push(at(1), "Dr. Müller", "PC", sign.clone());
    assert!(r.sign_off().is_some_and(|s| s.is_current()));
    mark(&mut r, 2, "a", Mark::Reopened);
    assert_eq!(r.sign_off().and_then(|s| s.changed_after), Some(at(2)));
    r.push(at(3), "Dr. Müller", "PC", sign);
    let again = r.sign_off();
    assert!(again.as_ref().is_some_and(SignOff::is_current));
    assert_eq!(again.map(|s| s.at), Some(at(3)));
}

#[test]
fn a_decision_is_dated_when_it_was_made_not_when_other_facts_changed() {
    let mut r = Record::default();
    let mut facts = IncidentFacts {
        learned_at: Some(at(0)),
        ..IncidentFacts::default()
    };
    r.push(
        at(1),
        "Anna",
        "PC",
        EventKind::FactsSaved {
            facts: facts.clone(),
            base: None,
        },
    );
    assert_eq!(r.decided(Decision::Report), None);
    assert_eq!(r.decided(Decision::LearnedAt).map(|s| s.at), Some(at(1)));
    facts.report = ReportDecision::NotReported {
        reason: "keine Patientendaten betroffen".into(),
    };
    r.push(
        at(2),
        "Dr. M",
        "PC",
        EventKind::FactsSaved {
            facts: facts.clone(),
            base: None,
        },
    );
    facts.patients = PatientsDecision::NotInformed {
        reason: "kein hohes Risiko".into(),
    };
    r.push(
        at(3),
        "Dr. M",
        "PC",
        EventKind::FactsSaved {
            facts: facts.clone(),
            base: None,
        },
    );
    let report = r.decided(Decision::Report);
    assert_eq!(
        report.as_ref().map(|s| (s.by.as_str(), s.at)),
        Some(("Dr. M", at(2)))
    );
    assert_eq!(report.map(|s| s.status), Some(Status::Done));
    assert_eq!(r.decided(Decision::LearnedAt).map(|s| s.at), Some(at(1)));
    facts.report = ReportDecision::Undecided;
    r.push(
        at(4),
        "Dr. M",
        "PC",
        EventKind::FactsSaved { facts, base: None },
    );
    assert_eq!(r.decided(Decision::Report), None, "taken back");
}

#[test]
fn the_last_saved_profile_counts() {
    let mut r = Record::default();
    for name in ["A", "B"] {
        let profile = Profile {
            practice_name: name.into(),
            ..Profile::default()
        };
        r.push(
            at(1),
            "Anna",
            "PC",
            EventKind::ProfileSaved {
                profile,
                base: None,
            },
        );
    }
    assert_eq!(r.profile().map(|p| p.practice_name.as_str()), Some("B"));
}
