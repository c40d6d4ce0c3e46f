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
    /// What the IT support company's check of the computers found.
    ItCheck,
    /// That the computers were cleaned up after an attack was found.
    Cleanup,
}

impl Decision {
    /// Every fact a task can record.
    pub const ALL: [Decision; 5] = [
        Decision::LearnedAt,
        Decision::Report,
        Decision::Patients,
        Decision::ItCheck,
        Decision::Cleanup,
    ];

    /// Whether it is answered alongside the other work, so "next open task"
    /// points past it: the owner's decisions, and what the IT support
    /// company reports back. When the practice learned of it is simply
    /// written down first.
    pub fn runs_beside(self) -> bool {
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
    /// What the check of the computers found.
    #[serde(default)]
    pub it_check: ItCheck,
    /// After an attack was found: who confirmed the clean-up.
    #[serde(default)]
    pub cleanup: Cleanup,
}

/// What the IT support company's check of the computers found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum ItCheck {
    /// No result yet.
    #[default]
    Pending,
    /// Nothing found.
    NothingFound {
        /// Who checked and how the result came, e.g. "IT-Firma Keller, schriftlich".
        by: String,
    },
    /// Signs of an attack on the practice's own computers.
    Found {
        /// What was found and where.
        what: String,
    },
}

impl ItCheck {
    /// Whether the check found signs of an attack.
    pub fn found(&self) -> bool {
        matches!(self, ItCheck::Found { .. })
    }
}

/// The clean-up after an attack was found on the practice's computers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Cleanup {
    /// Not confirmed yet.
    #[default]
    Pending,
    /// The IT support company confirmed the computers are cleaned up.
    Confirmed {
        /// Who confirmed it and how, e.g. "IT-Firma Keller, schriftlich am 3.12.".
        by: String,
    },
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
            Decision::ItCheck => match &self.it_check {
                ItCheck::Pending => false,
                ItCheck::NothingFound { by } => !by.trim().is_empty(),
                ItCheck::Found { what } => !what.trim().is_empty(),
            },
            Decision::Cleanup => match &self.cleanup {
                Cleanup::Pending => false,
                Cleanup::Confirmed { by } => !by.trim().is_empty(),
            },
        }
    }

    /// What the record holds after a form that started from `base` saved
    /// `mine`, while `self` is what the record held by then: each fact the
    /// form changed is taken from it, every other one stays as it is. So a
    /// decision recorded meanwhile at another workstation is not reverted
    /// by a form that still showed the old one.
    pub fn edited(&self, base: &IncidentFacts, mine: &IncidentFacts) -> IncidentFacts {
        let mut now = self.clone();
        for decision in Decision::ALL {
            if !base.same(mine, decision) {
                now.take(mine, decision);
            }
        }
        now
    }

    fn take(&mut self, from: &IncidentFacts, decision: Decision) {
        match decision {
            Decision::LearnedAt => {
                self.learned_at = from.learned_at;
                self.learned_how.clone_from(&from.learned_how);
            }
            Decision::Report => self.report = from.report.clone(),
            Decision::Patients => self.patients = from.patients.clone(),
            Decision::ItCheck => self.it_check = from.it_check.clone(),
            Decision::Cleanup => self.cleanup = from.cleanup.clone(),
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
            Decision::ItCheck => self.it_check == other.it_check,
            Decision::Cleanup => self.cleanup == other.cleanup,
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
