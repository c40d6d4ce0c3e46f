//! The certificate's parts about the incident itself: when the practice
//! learned of it, the decisions, the check of the computers, and what the
//! practice said it does not have.

use chrono::{DateTime, Utc};

use super::content::date;
use crate::i18n::Tr;
use crate::messages;
use crate::pdf::{Pages, Weight};
use crate::record::{Absent, Cleanup, ItCheck, PatientsDecision, Record, ReportDecision};
use crate::t;

/// The incident facts and decisions as recorded.
pub fn facts_part(p: &mut Pages, tr: &Tr, record: &Record, at: &dyn Fn(DateTime<Utc>) -> String) {
    let facts = record.facts().cloned().unwrap_or_default();
    let learned = match facts.learned_at {
        Some(when) => t!(
            tr,
            "cert-learned",
            time = at(when),
            how = facts.learned_how.clone()
        ),
        None => t!(tr, "cert-learned-missing"),
    };
    p.paragraph(&learned, Weight::Regular, 10.0);
    let report = match &facts.report {
        ReportDecision::Undecided => t!(tr, "cert-report-undecided"),
        ReportDecision::Reported {
            on,
            authority,
            reference,
        } => t!(
            tr,
            "cert-report-reported",
            date = date(tr.lang(), *on),
            authority = authority.clone(),
            reference = if reference.is_empty() {
                "–".to_owned()
            } else {
                reference.clone()
            }
        ),
        ReportDecision::NotReported { reason } => {
            t!(tr, "cert-report-not-reported", reason = reason.clone())
        }
    };
    p.paragraph(&report, Weight::Regular, 10.0);
    let patients = match &facts.patients {
        PatientsDecision::Undecided => t!(tr, "cert-patients-undecided"),
        PatientsDecision::Informed { on, how } => t!(
            tr,
            "cert-patients-informed",
            date = date(tr.lang(), *on),
            how = how.clone()
        ),
        PatientsDecision::NotInformed { reason } => {
            t!(tr, "cert-patients-not-informed", reason = reason.clone())
        }
    };
    p.paragraph(&patients, Weight::Regular, 10.0);
    let check = match &facts.it_check {
        ItCheck::Pending => t!(tr, "cert-it-check-pending"),
        ItCheck::NothingFound { by } => t!(tr, "cert-it-check-nothing", by = by.clone()),
        ItCheck::Found { what } => {
            let entered = record.decided(crate::record::Decision::ItCheck);
            t!(
                tr,
                "cert-it-check-found",
                name = entered.map(|s| s.by.clone()).unwrap_or_default(),
                time = entered.map(|s| at(s.at)).unwrap_or_default(),
                what = what.clone()
            )
        }
    };
    p.paragraph(&check, Weight::Regular, 10.0);
    if facts.it_check.found() {
        let cleanup = match &facts.cleanup {
            Cleanup::Pending => t!(tr, "cert-cleanup-pending"),
            Cleanup::Confirmed { by } => t!(tr, "cert-cleanup-confirmed", by = by.clone()),
        };
        p.paragraph(&cleanup, Weight::Regular, 10.0);
    }
}

/// What the practice said it does not have, and who said so: these tasks
/// are not in the table because of that answer.
pub fn absences_part(
    p: &mut Pages,
    tr: &Tr,
    record: &Record,
    at: &dyn Fn(DateTime<Utc>) -> String,
) {
    let absent = record.absences();
    p.heading(2, &t!(tr, "cert-absent-heading"));
    if absent.is_empty() {
        p.paragraph(&t!(tr, "cert-absent-none"), Weight::Regular, 10.0);
        return;
    }
    p.paragraph(&t!(tr, "cert-absent-intro"), Weight::Regular, 9.0);
    for absence in absent {
        let line = t!(
            tr,
            "cert-absent",
            what = match absence.what {
                Absent::Answer(question) => messages::question_topic(tr, question),
                Absent::Ti => t!(tr, "topic-ti"),
            },
            name = absence.by,
            time = at(absence.at)
        );
        p.paragraph_indented(12.0, &format!("–  {line}"), Weight::Regular, 9.5);
    }
}
