//! Who said what the practice does not have: the profile's "no" answers,
//! each with the person and the moment it was first given as it stands.

use chrono::{DateTime, Utc};

use super::{EventKind, Record};
use crate::profile::{Answer, KonnektorModel, Profile, Question};

/// What the practice said it does not have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Absent {
    /// "No" to a question of the profile.
    Answer(Question),
    /// "None, the practice has no TI" for the Konnektor.
    Ti,
}

/// A "no" of the profile that takes tasks out of the plan, and who gave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Absence {
    /// What the practice said it does not have.
    pub what: Absent,
    /// Who saved the profile with this "no".
    pub by: String,
    /// When.
    pub at: DateTime<Utc>,
}

impl Record {
    /// Every "no" of the profile as it now stands, in the profile's order,
    /// dated when it was given (a later save that keeps it changes nothing).
    pub fn absences(&self) -> Vec<Absence> {
        // Each thing with who gave its "no" and when, while it stands.
        type Given = Option<(String, DateTime<Utc>)>;
        let mut since: Vec<(Absent, Given)> = std::iter::once(Absent::Ti)
            .chain(Question::all().map(Absent::Answer))
            .map(|what| (what, None))
            .collect();
        let mut profile = None;
        for event in self.events() {
            let EventKind::ProfileSaved {
                profile: mine,
                base,
            } = &event.kind
            else {
                continue;
            };
            let now = super::index::saved(profile.as_ref(), base.as_deref(), mine, Profile::edited);
            let profile = &*profile.insert(now);
            for (what, given) in &mut since {
                let no = match what {
                    Absent::Ti => profile.konnektor == KonnektorModel::NoTi,
                    Absent::Answer(question) => profile.answer(*question) == Answer::No,
                };
                match (no, &given) {
                    (true, None) => *given = Some((event.by.clone(), event.at)),
                    (true, Some(_)) => {}
                    (false, _) => *given = None,
                }
            }
        }
        since
            .into_iter()
            .filter_map(|(what, given)| {
                let (by, at) = given?;
                Some(Absence { what, by, at })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Account, Profile};
    use chrono::TimeZone;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, hour, 0, 0)
            .single()
            .unwrap_or_default()
    }

    #[test]
    fn each_no_is_named_with_who_first_said_it() {
        let mut r = Record::default();
        let mut p = Profile::default();
        let wifi = Question::Account(Account::Wifi);
        p.set_answer(wifi, Answer::No);
        r.push(
            at(9),
            "Anna",
            "PC",
            EventKind::ProfileSaved {
                profile: p.clone(),
                base: None,
            },
        );
        p.set_answer(Question::Domain, Answer::No);
        r.push(
            at(10),
            "Ben",
            "PC",
            EventKind::ProfileSaved {
                profile: p.clone(),
                base: None,
            },
        );
        let absent = r.absences();
        assert_eq!(
            absent,
            vec![
                Absence {
                    what: Absent::Answer(Question::Domain),
                    by: "Ben".into(),
                    at: at(10)
                },
                Absence {
                    what: Absent::Answer(wifi),
                    by: "Anna".into(),
                    at: at(9)
                },
            ]
        );
        // Taken back, then said again: the new "no" counts.
        p.set_answer(wifi, Answer::DontKnow);
        r.push(
            at(11),
            "Ben",
            "PC",
            EventKind::ProfileSaved {
                profile: p.clone(),
                base: None,
            },
        );
        p.set_answer(wifi, Answer::No);
        r.push(
            at(12),
            "Cem",
            "PC",
            EventKind::ProfileSaved {
                profile: p,
                base: None,
            },
        );
        let wifi_no = r
            .absences()
            .into_iter()
            .find(|a| a.what == Absent::Answer(wifi));
        assert_eq!(
            wifi_no.map(|a| (a.by, a.at)),
            Some(("Cem".to_owned(), at(12)))
        );
    }

    #[test]
    fn no_ti_is_named_among_what_the_practice_does_not_have() {
        let mut r = Record::default();
        let profile = Profile {
            konnektor: KonnektorModel::NoTi,
            ..Profile::default()
        };
        r.push(
            at(9),
            "Anna",
            "PC",
            EventKind::ProfileSaved {
                profile,
                base: None,
            },
        );
        assert_eq!(r.absences().first().map(|a| a.what), Some(Absent::Ti));
    }
}
