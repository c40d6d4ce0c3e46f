//! What the user is typing but has not confirmed yet. Confirmed input
//! becomes an action; drafts never reach the record on their own.

use crate::profile::Profile;
use crate::record::{
    Cleanup, Decision, IncidentFacts, ItCheck, PatientsDecision, ReportDecision, TaskId,
};
use crate::review::Filter;
use crate::when;
use crate::wizard::Screen;
use crate::workspace::Workspace;

/// Unconfirmed input of the screens.
#[derive(Debug, Default)]
pub struct Drafts {
    /// The name typed on the welcome screen or in the "who is working" menu.
    pub worker: String,
    /// The profile being edited, taken from the record when the profile screen opens.
    pub profile: Option<Profile>,
    /// What the record held when the profile form was filled, so a save
    /// changes only what was edited here.
    pub profile_base: Option<Profile>,
    /// A staff name being added on the profile screen.
    pub new_person: String,
    /// The reason being typed for "not applicable".
    pub reason: Option<ReasonDraft>,
    /// Which tasks the review lists.
    pub filter: Filter,
    /// The incident facts being edited, with the screen they are edited on
    /// (the facts screen or a task that asks one of the questions).
    pub facts: Option<(Screen, FactsDraft)>,
    /// What the record held when the facts form was filled.
    pub facts_base: Option<IncidentFacts>,
    /// The sign-off being filled in.
    pub sign_off: SignOffDraft,
    /// The password being checked and the suggestion, for one task.
    pub secret: Option<SecretDraft>,
    /// A copied suggestion waiting to be cleared from the clipboard; kept
    /// apart from `secret` so leaving the task does not stop the clearing.
    pub copied: Option<crate::password::clipboard::CopiedSecret>,
    /// The last copy did not reach the clipboard.
    pub copy_failed: bool,
    /// How many steps of each task the user ticked off (not recorded).
    pub steps: std::collections::HashMap<TaskId, usize>,
    /// Which helper panels are open.
    pub panels: Panels,
    /// The shared folder typed into the settings.
    pub shared_folder: String,
    /// The code typed into "go to".
    pub goto: String,
    /// Whether the user asked what the support bundle will hold.
    pub bundle_asked: bool,
    /// Where the keyboard focus goes next.
    pub focus: Focus,
    /// The window is short (a small screen, large text): bars keep to one
    /// line each and help opens in the page.
    pub compact: bool,
    /// The ticked paper sheet being entered.
    pub sheet: Option<super::sheet::SheetDraft>,
    /// The choice on the warning about a playbook nobody vouches for.
    pub playbook_choice: PlaybookChoiceDraft,
}

/// The warning about a playbook nobody vouches for, as it is being answered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlaybookChoiceDraft {
    /// The person ticked that the IT company confirmed the playbook.
    pub confirmed: bool,
    /// The name of whoever decides.
    pub name: String,
}

/// The reason for "not applicable" as it is being typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReasonDraft {
    /// The task it is for.
    pub task: TaskId,
    /// What is typed so far.
    pub text: String,
}

/// Where the keyboard focus goes when a screen opens or a shortcut asks.
#[derive(Debug, Default)]
pub struct Focus {
    /// The screen shown last frame, to know when a new one opens.
    pub last_screen: Option<Screen>,
    /// A screen just opened and nothing has taken the keyboard focus yet.
    pub pending: bool,
    /// Ctrl+G: the field for a code gets the focus.
    pub goto: bool,
}

/// The helper panels a user can open and close.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "each panel opens and closes on its own"
)]
pub struct Panels {
    /// "Where am I?"
    pub where_open: bool,
    /// "Is this call genuine?"
    pub caller_card: bool,
    /// "Who is who?"
    pub parties: bool,
    /// Who to call, opened from the bottom bar on a short window.
    pub hotline: bool,
    /// A card was just opened: the page scrolls up to show it.
    pub reveal: bool,
}

impl Panels {
    /// Whether any card is open.
    pub fn any_open(self) -> bool {
        self.where_open || self.caller_card || self.parties || self.hotline
    }

    /// Opens or closes "Where am I?" (its button, F1).
    pub fn toggle_where(&mut self) {
        self.where_open = !self.where_open;
        self.reveal = self.where_open;
    }
}

impl Drafts {
    /// Whether the widget asking should take the keyboard focus: once,
    /// for the first one that asks after a screen opens.
    pub fn take_focus(&mut self) -> bool {
        std::mem::take(&mut self.focus.pending)
    }

    /// The facts form of the screen shown, filled from the record when the
    /// screen opens.
    pub fn facts_for(&mut self, ws: &Workspace) -> &mut FactsDraft {
        if self
            .facts
            .as_ref()
            .is_some_and(|(screen, _)| *screen != ws.place().screen)
        {
            self.facts = None;
        }
        if self.facts.is_none() {
            self.facts_base = ws.document().record.facts().cloned();
        }
        let (_, draft) = self.facts.get_or_insert_with(|| {
            let saved = ws.document().record.facts().cloned().unwrap_or_default();
            (ws.place().screen.clone(), FactsDraft::from_facts(&saved))
        });
        draft
    }

    /// The step the user is at on a task screen: the first not ticked off.
    pub fn step(&self, screen: &crate::wizard::Screen, steps_in_task: usize) -> Option<usize> {
        let crate::wizard::Screen::Task(id) = screen else {
            return None;
        };
        let done = self.steps.get(id).copied().unwrap_or(0);
        Some((done + 1).min(steps_in_task.max(1)))
    }
}

/// What the password helper holds for one task. Its texts are wiped from
/// memory when it is dropped, which happens as soon as the task is left.
pub struct SecretDraft {
    /// The task it belongs to.
    pub task: TaskId,
    /// What is typed into the check field.
    pub typed: zeroize::Zeroizing<String>,
    /// Whether the typed text is shown instead of dots.
    pub show: bool,
    /// The verdict on what is typed.
    pub assessment: Option<crate::password::Assessment>,
    /// A suggested password or PIN.
    pub suggestion: Option<crate::password::generate::Suggestion>,
}

impl std::fmt::Debug for SecretDraft {
    // Never print what is typed or suggested, not even in a debug dump.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecretDraft")
            .field("task", &self.task)
            .finish_non_exhaustive()
    }
}

impl SecretDraft {
    /// An empty helper for a task.
    pub fn new(task: &TaskId) -> SecretDraft {
        SecretDraft {
            task: task.clone(),
            typed: zeroize::Zeroizing::new(String::new()),
            show: false,
            assessment: None,
            suggestion: None,
        }
    }
}

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
