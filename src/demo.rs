//! The training record: a sample practice with most of the work done, so
//! staff can practise and support staff can follow along safely.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, Utc};

use crate::plan::Plan;
use crate::playbook::Playbook;
use crate::profile::{Account, Answer, DeviceKind, KonnektorModel, Profile, Question};
use crate::record::{Decision, EventKind, IncidentFacts, Mark, Record, ReportDecision};

/// The name used for work done in the training record when nobody is named.
pub const TRAINEE: &str = "Übung";

/// How many tasks at the end of the plan are left open.
const LEFT_OPEN: usize = 4;

/// The workstation whose tasks are all still open, so a paper checklist can
/// be printed for it, ticked and entered back in training.
const UNTOUCHED_DEVICE: &str = "Sprechzimmer-PC";

/// The training record's folder inside the data folder.
pub fn dir(data_dir: &Path) -> PathBuf {
    data_dir.join("demo")
}

/// The sample practice: 3 workstations, 1 server, a KoCoBox MED+.
pub fn profile() -> Profile {
    let mut p = Profile {
        practice_name: "Praxis Dr. Beispiel".into(),
        it_contact: "Muster-IT, Herr Krause, 0351 000000".into(),
        konnektor: KonnektorModel::KoCoBox,
        pvs: "MediPlus".into(),
        ..Profile::default()
    };
    for name in ["Empfang-PC", "Labor-PC", "Sprechzimmer-PC"] {
        p.add_device(name, DeviceKind::Workstation);
    }
    p.add_device("Praxis-Server", DeviceKind::Server);
    p.add_device("Kartenterminal Empfang", DeviceKind::CardTerminal);
    for name in ["Anna Schmidt", "Dr. Beispiel"] {
        p.add_person(name);
    }
    // The training practice answers every question, so its plan shows
    // what a finished profile gives; only "don't know" would add find-out steps.
    for a in Account::ALL {
        let has = matches!(
            a,
            Account::Email | Account::Kim | Account::RemoteMaintenance
        );
        let answer = if has { Answer::Yes } else { Answer::No };
        p.set_answer(Question::Account(a), answer);
    }
    p.set_answer(Question::Domain, Answer::No);
    p.set_answer(Question::CardPinsExposed, Answer::No);
    p
}

/// A fresh training record: most tasks done over the last hours, the last few
/// open, one waiting for help, and one workstation not started.
pub fn record(playbook: &Playbook, now: DateTime<Utc>) -> Record {
    let profile = profile();
    let plan = Plan::new(playbook, &profile);
    let mut r = Record::default();
    let workers = ["Anna Schmidt", "Dr. Beispiel"];
    let mut at = now - Duration::hours(3);
    let mut push = |r: &mut Record, by: &str, kind: EventKind| {
        at += Duration::minutes(3);
        r.push(at, by, "Empfang-PC", kind);
    };
    push(
        &mut r,
        workers[0],
        EventKind::RecordStarted {
            playbook_id: playbook.id.clone(),
            playbook_version: playbook.version.clone(),
            training: true,
        },
    );
    push(
        &mut r,
        workers[0],
        EventKind::ProfileSaved {
            profile,
            base: None,
        },
    );
    let learned = now - Duration::hours(5);
    let mut facts = IncidentFacts::default();
    let settled = plan.tasks.len().saturating_sub(LEFT_OPEN);
    for (i, task) in plan.tasks.iter().enumerate() {
        let by = workers[i % 2];
        let template = task.template(playbook);
        // A decision task is answered by recording the fact, as in the app.
        if let Some(decision) = template.decision.filter(|_| i < settled) {
            match decision {
                Decision::LearnedAt => {
                    facts.learned_at = Some(learned);
                    "Brief des Anbieters (Übung)".clone_into(&mut facts.learned_how);
                }
                Decision::Report => {
                    facts.report = ReportDecision::Reported {
                        on: learned.date_naive(),
                        authority: "Datenschutzbehörde des Landes (Übung)".into(),
                        reference: "UE-2026-0001".into(),
                    };
                }
                Decision::Patients => {
                    facts.patients = crate::record::PatientsDecision::NotInformed {
                        reason: "Kein hohes Risiko für Patienten (Übung)".into(),
                    };
                }
                Decision::ItCheck => {
                    facts.it_check = crate::record::ItCheck::NothingFound {
                        by: "Muster-IT, Herr Krause, schriftlich (Übung)".into(),
                    };
                }
                // Nothing was found in training, so there is nothing to clean up.
                Decision::Cleanup => continue,
            }
            let facts = facts.clone();
            push(
                &mut r,
                workers[1],
                EventKind::FactsSaved { facts, base: None },
            );
            continue;
        }
        if task.subject.as_deref() == Some(UNTOUCHED_DEVICE) {
            continue;
        }
        let mark = if i == settled {
            Mark::NeedHelp
        } else if i > settled {
            continue;
        } else if template.testable && i % 3 != 0 {
            Mark::Tested
        } else {
            Mark::Done
        };
        push(
            &mut r,
            by,
            EventKind::TaskMarked {
                task: task.id.clone(),
                mark,
                reason: None,
            },
        );
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::playbook::default_playbook;
    use crate::progress::Counts;

    #[test]
    fn the_training_practice_is_mostly_done_with_one_call_for_help() {
        let playbook = default_playbook();
        let r = record(&playbook, Utc::now());
        let plan = Plan::new(&playbook, r.profile().unwrap_or(&Profile::default()));
        let states = plan.states(&playbook, &r);
        let c = Counts::of(&plan, &states);
        let untouched: Vec<_> = plan
            .tasks
            .iter()
            .filter(|t| t.subject.as_deref() == Some(UNTOUCHED_DEVICE))
            .collect();
        assert!(untouched.len() >= 2, "a device with several tasks to tick");
        assert!(
            untouched
                .iter()
                .all(|t| states.get(&t.id).is_none_or(|s| !s.status.is_settled()))
        );
        assert_eq!(c.need_help, 1);
        assert_eq!(c.open, LEFT_OPEN - 1 + untouched.len());
        assert!(c.settled() > c.total / 2);
        assert!(c.tested > 0 && c.done > 0);
        assert!(r.is_training());
    }
}
