//! What the user is typing but has not confirmed yet. Confirmed input
//! becomes an action; drafts never reach the record on their own.

mod facts;

pub use facts::{Choice, FactsDraft, SignOffDraft};

use crate::profile::Profile;
use crate::record::{IncidentFacts, TaskId};
use crate::review::Filter;
use crate::wizard::Screen;
use crate::workspace::Workspace;

/// Unconfirmed input of the screens, and how they are shown; grouped by
/// what it belongs to.
#[derive(Debug, Default)]
pub struct Drafts {
    /// The name typed on the welcome screen or in the "who is working" menu.
    pub worker: String,
    /// The practice profile being edited.
    pub profile_form: ProfileForm,
    /// The incident facts being edited.
    pub facts_form: FactsForm,
    /// The reason being typed for "not applicable".
    pub reason: Option<ReasonDraft>,
    /// The sign-off being filled in.
    pub sign_off: SignOffDraft,
    /// The password helper of a task, and the clipboard it copied to.
    pub password: PasswordDraft,
    /// The ticked paper sheet being entered.
    pub sheet: Option<super::sheet::SheetDraft>,
    /// The choice on the warning about a playbook nobody vouches for.
    pub playbook_choice: PlaybookChoiceDraft,
    /// The shared folder typed into the settings.
    pub shared_folder: String,
    /// The code typed into "go to".
    pub goto: String,
    /// How the screens are shown: nothing here is input.
    pub view: ViewState,
}

/// The profile form: filled from the record when the screen opens.
#[derive(Debug, Default)]
pub struct ProfileForm {
    /// The profile being edited.
    pub edited: Option<Profile>,
    /// What the record held when the form was filled, so a save changes
    /// only what was edited here.
    pub base: Option<Profile>,
    /// A staff name being added.
    pub new_person: String,
}

/// The facts form, on the facts screen or on a task that asks one of its
/// questions.
#[derive(Debug, Default)]
pub struct FactsForm {
    /// The facts being edited, with the screen they are edited on.
    pub edited: Option<(Screen, FactsDraft)>,
    /// What the record held when the form was filled.
    pub base: Option<IncidentFacts>,
}

/// The password helper: what is typed and suggested for one task, and a
/// copy on the clipboard waiting to be cleared.
#[derive(Debug, Default)]
pub struct PasswordDraft {
    /// The password being checked and the suggestion, for one task.
    pub helper: Option<SecretDraft>,
    /// A copied suggestion waiting to be cleared from the clipboard; kept
    /// apart from `helper` so leaving the task does not stop the clearing.
    pub copied: Option<crate::password::clipboard::CopiedSecret>,
    /// The last copy did not reach the clipboard.
    pub copy_failed: bool,
}

/// How the screens are shown on this visit; never recorded.
#[derive(Debug, Default)]
pub struct ViewState {
    /// Which tasks the review lists.
    pub filter: Filter,
    /// How many steps of each task the user ticked off.
    pub steps: std::collections::HashMap<TaskId, usize>,
    /// Which helper panels are open.
    pub panels: Panels,
    /// Whether the user asked what the support bundle will hold.
    pub bundle_asked: bool,
    /// Where the keyboard focus goes next.
    pub focus: Focus,
    /// The window is short (a small screen, large text): bars keep to one
    /// line each and help opens in the page.
    pub compact: bool,
}

/// The warning about a playbook nobody vouches for, as it is being answered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlaybookChoiceDraft {
    /// The person ticked that the IT company confirmed the playbook.
    pub confirmed: bool,
    /// The name of whoever decides.
    pub name: String,
    /// The name of whoever at the IT support company confirmed it.
    pub confirmer: String,
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
        std::mem::take(&mut self.view.focus.pending)
    }

    /// The facts form of the screen shown, filled from the record when the
    /// screen opens.
    pub fn facts_for(&mut self, ws: &Workspace) -> &mut FactsDraft {
        let form = &mut self.facts_form;
        if form
            .edited
            .as_ref()
            .is_some_and(|(screen, _)| *screen != ws.place().screen)
        {
            form.edited = None;
        }
        if form.edited.is_none() {
            form.base = ws.document().record.facts().cloned();
        }
        let (_, draft) = form.edited.get_or_insert_with(|| {
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
        let done = self.view.steps.get(id).copied().unwrap_or(0);
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
