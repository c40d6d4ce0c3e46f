//! The incident facts and the sign-off as they are being filled in.

use crate::record::{Cleanup, Decision, IncidentFacts, ItCheck, PatientsDecision, ReportDecision};
use crate::when;

/// The three answers a decision can have on the facts screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Choice {
    /// Not decided.
    #[default]
    Undecided,
    /// Yes: reported, or patients informed.
    Yes,
    /// No, with a reason.
    No,
}

/// The facts form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FactsDraft {
    /// "28.11.2026 09:30".
    pub learned_at: String,
    /// How the practice learned of it.
    pub learned_how: String,
    /// Report decision.
    pub report: Choice,
    /// Day of the report.
    pub report_on: String,
    /// The authority.
    pub authority: String,
    /// The authority's reference.
    pub reference: String,
    /// Why not reported.
    pub report_reason: String,
    /// Patients decision.
    pub patients: Choice,
    /// Day patients were told.
    pub patients_on: String,
    /// How they were told.
    pub patients_how: String,
    /// Why they were not told.
    pub patients_reason: String,
    /// The check of the computers: found something (yes), nothing (no).
    pub it_check: Choice,
    /// Who checked, where nothing was found.
    pub it_check_by: String,
    /// What was found, and where.
    pub it_check_found: String,
    /// The clean-up confirmed.
    pub cleanup: Choice,
    /// Who confirmed the clean-up, and how.
    pub cleanup_by: String,
}

/// The sign-off form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SignOffDraft {
    /// Who signs.
    pub name: String,
    /// Their role.
    pub role: String,
    /// The confirmation box.
    pub confirmed: bool,
}

impl FactsDraft {
    /// The form filled from saved facts.
    pub fn from_facts(facts: &IncidentFacts) -> FactsDraft {
        let mut d = FactsDraft {
            learned_at: facts.learned_at.map(when::format_local).unwrap_or_default(),
            learned_how: facts.learned_how.clone(),
            ..FactsDraft::default()
        };
        match &facts.report {
            ReportDecision::Undecided => {}
            ReportDecision::Reported {
                on,
                authority,
                reference,
            } => {
                d.report = Choice::Yes;
                d.report_on = on.format("%d.%m.%Y").to_string();
                d.authority.clone_from(authority);
                d.reference.clone_from(reference);
            }
            ReportDecision::NotReported { reason } => {
                d.report = Choice::No;
                d.report_reason.clone_from(reason);
            }
        }
        match &facts.patients {
            PatientsDecision::Undecided => {}
            PatientsDecision::Informed { on, how } => {
                d.patients = Choice::Yes;
                d.patients_on = on.format("%d.%m.%Y").to_string();
                d.patients_how.clone_from(how);
            }
            PatientsDecision::NotInformed { reason } => {
                d.patients = Choice::No;
                d.patients_reason.clone_from(reason);
            }
        }
        match &facts.it_check {
            ItCheck::Pending => {}
            ItCheck::Found { what } => {
                d.it_check = Choice::Yes;
                d.it_check_found.clone_from(what);
            }
            ItCheck::NothingFound { by } => {
                d.it_check = Choice::No;
                d.it_check_by.clone_from(by);
            }
        }
        if let Cleanup::Confirmed { by } = &facts.cleanup {
            d.cleanup = Choice::Yes;
            d.cleanup_by.clone_from(by);
        }
        d
    }

    /// The saved facts with one decision taken from the form, or `None`
    /// while a date in the form cannot be read.
    pub fn apply(&self, decision: Decision, onto: &IncidentFacts) -> Option<IncidentFacts> {
        let typed = self.to_facts()?;
        let mut facts = onto.clone();
        match decision {
            Decision::LearnedAt => {
                facts.learned_at = typed.learned_at;
                facts.learned_how = typed.learned_how;
            }
            Decision::Report => facts.report = typed.report,
            Decision::Patients => facts.patients = typed.patients,
            Decision::ItCheck => facts.it_check = typed.it_check,
            Decision::Cleanup => facts.cleanup = typed.cleanup,
        }
        Some(facts)
    }

    /// The facts the form describes, or `None` while a date cannot be read.
    pub fn to_facts(&self) -> Option<IncidentFacts> {
        let learned_at = if self.learned_at.trim().is_empty() {
            None
        } else {
            Some(when::parse_local(&self.learned_at)?)
        };
        let report = match self.report {
            Choice::Undecided => ReportDecision::Undecided,
            Choice::Yes => ReportDecision::Reported {
                on: when::parse_date(&self.report_on)?,
                authority: self.authority.trim().to_owned(),
                reference: self.reference.trim().to_owned(),
            },
            Choice::No => ReportDecision::NotReported {
                reason: self.report_reason.trim().to_owned(),
            },
        };
        let patients = match self.patients {
            Choice::Undecided => PatientsDecision::Undecided,
            Choice::Yes => PatientsDecision::Informed {
                on: when::parse_date(&self.patients_on)?,
                how: self.patients_how.trim().to_owned(),
            },
            Choice::No => PatientsDecision::NotInformed {
                reason: self.patients_reason.trim().to_owned(),
            },
        };
        let it_check = match self.it_check {
            Choice::Undecided => ItCheck::Pending,
            Choice::Yes => ItCheck::Found {
                what: self.it_check_found.trim().to_owned(),
            },
            Choice::No => ItCheck::NothingFound {
                by: self.it_check_by.trim().to_owned(),
            },
        };
        let cleanup = match self.cleanup {
            Choice::Yes => Cleanup::Confirmed {
                by: self.cleanup_by.trim().to_owned(),
            },
            Choice::Undecided | Choice::No => Cleanup::Pending,
        };
        Some(IncidentFacts {
            learned_at,
            learned_how: self.learned_how.trim().to_owned(),
            report,
            patients,
            it_check,
            cleanup,
        })
    }
}
