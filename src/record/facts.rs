//! What the practice records about the incident itself: when it learned of
//! it, the decision about the report to the authority, and about patients.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

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
