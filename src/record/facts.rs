//! What the practice records about the incident itself: when it learned of
//! it, the decision about the report to the authority, and about patients.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// A fact about the incident that a task can record, so the task and the
/// facts screen ask the same question once and show the same answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Decision {
    /// When (and how) the practice learned of the incident.
    LearnedAt,
    /// The decision about the report to the data-protection authority.
    Report,
    /// The decision about telling patients.
    Patients,
}

impl Decision {
    /// Every fact a task can record.
    pub const ALL: [Decision; 3] = [Decision::LearnedAt, Decision::Report, Decision::Patients];

    /// Whether the practice owner decides it, alongside the other work;
    /// when the practice learned of it is simply written down first.
    pub fn is_the_owners(self) -> bool {
        !matches!(self, Decision::LearnedAt)
    }
}

/// The incident facts as last saved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncidentFacts {
    /// When the practice learned of the incident (starts the 72-hour clock).
    pub learned_at: Option<DateTime<Utc>>,
    /// How it learned of it, e.g. "letter from the provider".
    pub learned_how: String,
    /// The decision about the report to the data-protection authority.
    pub report: ReportDecision,
    /// The decision about telling patients (GDPR Art. 34).
    pub patients: PatientsDecision,
}

/// The decision about the report to the data-protection authority (GDPR Art. 33).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "decision", rename_all = "snake_case")]
pub enum ReportDecision {
    /// Not decided yet.
    #[default]
    Undecided,
    /// Reported.
    Reported {
        /// The day of the report.
        on: NaiveDate,
        /// The authority, e.g. "Sächsischer Datenschutzbeauftragter".
        authority: String,
        /// The authority's reference, if given.
        reference: String,
    },
    /// Not reported, with the reason.
    NotReported {
        /// Why not.
        reason: String,
    },
}

/// The decision about telling patients (GDPR Art. 34).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "decision", rename_all = "snake_case")]
pub enum PatientsDecision {
    /// Not decided yet.
    #[default]
    Undecided,
    /// Patients were told.
    Informed {
        /// The day they were told.
        on: NaiveDate,
        /// How, e.g. "letter", "notice in the waiting room".
        how: String,
    },
    /// Patients were not told, with the reason.
    NotInformed {
        /// Why not.
        reason: String,
    },
}

impl IncidentFacts {
    /// Whether this fact is recorded with everything it needs.
    pub fn is_decided(&self, decision: Decision) -> bool {
        match decision {
            Decision::LearnedAt => self.learned_at.is_some(),
            Decision::Report => self.report.is_decided(),
            Decision::Patients => self.patients.is_decided(),
        }
    }

    /// Whether this fact reads the same in both.
    pub fn same(&self, other: &IncidentFacts, decision: Decision) -> bool {
        match decision {
            Decision::LearnedAt => {
                self.learned_at == other.learned_at && self.learned_how == other.learned_how
            }
            Decision::Report => self.report == other.report,
            Decision::Patients => self.patients == other.patients,
        }
    }
}

impl ReportDecision {
    /// Whether a decision is recorded with everything it needs.
    pub fn is_decided(&self) -> bool {
        match self {
            ReportDecision::Undecided => false,
            ReportDecision::Reported { authority, .. } => !authority.trim().is_empty(),
            ReportDecision::NotReported { reason } => !reason.trim().is_empty(),
        }
    }
}

impl PatientsDecision {
    /// Whether a decision is recorded with everything it needs.
    pub fn is_decided(&self) -> bool {
        match self {
            PatientsDecision::Undecided => false,
            PatientsDecision::Informed { how, .. } => !how.trim().is_empty(),
            PatientsDecision::NotInformed { reason } => !reason.trim().is_empty(),
        }
    }
}
