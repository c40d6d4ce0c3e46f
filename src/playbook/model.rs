//! The playbook's data model: what a `.ron` playbook file contains.
//!
//! Every type here is read from the playbook file with serde; the doc comments
//! are the schema's documentation (see also docs/playbook.md).

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::password::{Policy, Rule, SecretKind};
use crate::profile::{Account, KonnektorModel};
pub use crate::record::Decision;

/// The playbook schema version this app reads. Version 2 added step kinds
/// (the safe order of a password change), `find_out`, `done_label` and
/// `sources`; a version 1 file has none of them, so it is refused rather
/// than run without the checks.
pub const PLAYBOOK_SCHEMA: u32 = 2;

/// A text in both languages of the app, so a provider can ship a playbook
/// without touching the app's own translations.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    /// German text.
    pub de: String,
    /// English text.
    pub en: String,
}

impl Text {
    /// The text in the given language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::De => &self.de,
            Lang::En => &self.en,
        }
    }
}

/// One incident's playbook: who the provider is, what happened, and the tasks.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Playbook {
    /// Schema version of the file; must equal [`PLAYBOOK_SCHEMA`].
    pub schema: u32,
    /// Stable identifier, e.g. `"pvs-ransomware-2026"`.
    pub id: String,
    /// The playbook's own version, e.g. `"2026-11-28"`.
    pub version: String,
    /// The IT or software provider that hands out this playbook.
    pub provider: Provider,
    /// Who is who: the parties the texts name, each in one or two sentences.
    #[serde(default)]
    pub parties: Vec<Party>,
    /// The incident, explained in plain language.
    pub incident: Incident,
    /// The tasks in the order responders do them.
    pub tasks: Vec<TaskTemplate>,
}

/// Who to call and how.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Provider {
    /// The provider's name as staff know it.
    pub name: Text,
    /// Hotline number; empty when the playbook is generic and the practice's
    /// own IT contact (from the profile) is to be called.
    #[serde(default)]
    pub hotline: String,
    /// Opening hours of the hotline, or a hint where to find the number.
    #[serde(default)]
    pub hours: Text,
}

/// One party the texts name ("IT-Dienstleister"), for the "who is who" help.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Party {
    /// The one name the texts use for it.
    pub name: Text,
    /// Who that is, in one or two sentences.
    pub who: Text,
}

/// The incident: a name and a few short pages to read before starting.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Incident {
    /// Short name of the incident.
    pub title: Text,
    /// The pages shown one after another before the practice profile.
    pub pages: Vec<Page>,
}

/// One page of the incident explanation.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Page {
    /// The page's heading.
    pub title: Text,
    /// Short paragraphs, each read out in one breath.
    pub paragraphs: Vec<Text>,
    /// Things to do, shown with a tick.
    #[serde(default)]
    pub dos: Vec<Text>,
    /// Things not to do, shown with a cross.
    #[serde(default)]
    pub donts: Vec<Text>,
    /// Signs of an attack on a practice computer: seeing one, staff stop
    /// there and call at once. Shown in an alarm box.
    #[serde(default)]
    pub stop_if: Vec<Text>,
}

/// The groups of tasks, in the order responders work through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Category {
    /// Right away: call the IT contact, record when the practice learned of
    /// it, warn the team, take a backup offline, start the report decision.
    #[serde(alias = "Contact")]
    Start,
    /// Close backdoors: remote-access tools, unknown accounts.
    Backdoors,
    /// Administrator accounts.
    Admin,
    /// Staff accounts.
    Staff,
    /// Telematics infrastructure: KIM, card terminals, card PINs.
    Ti,
    /// Further online accounts.
    Accounts,
    /// Documentation, report decision, warning the team.
    FollowUp,
}

impl Category {
    /// All categories in responder order.
    pub const ALL: [Category; 7] = [
        Category::Start,
        Category::Backdoors,
        Category::Admin,
        Category::Staff,
        Category::Ti,
        Category::Accounts,
        Category::FollowUp,
    ];
}

/// When a task belongs in a practice's plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Applies {
    /// In every practice.
    #[default]
    Always,
    /// Only where the practice has this Konnektor model.
    Konnektor(KonnektorModel),
    /// Unless the practice said it has no such account.
    Account(Account),
    /// Unless the practice said no card PIN (SMC-B, eHBA) was ever
    /// written down, sent or shared.
    CardPinsExposed,
    /// Unless the practice said its computers are in no Windows domain.
    Domain,
    /// Unless the practice said its computers are in a Windows domain
    /// (there the domain task covers what this task does per computer).
    WithoutDomain,
    /// Only once the check of the computers found signs of an attack.
    AttackFound,
}

/// Whether a task is done once or once per device or person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Each {
    /// Once for the practice.
    #[default]
    Once,
    /// Once per workstation.
    Workstation,
    /// Once per server.
    Server,
    /// Once per computer, workstations and servers.
    Computer,
    /// Once per card terminal.
    CardTerminal,
    /// Once per member of staff (e.g. each user of the practice software).
    StaffMember,
}

/// What a playbook says about the new password or PIN of a task: what the
/// system is known to require (and where that is from), and what we recommend.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecretRule {
    /// A password or a PIN.
    pub kind: SecretKind,
    /// What the system is known to require; `None` where nobody has checked,
    /// so the app never claims the system will accept a password.
    #[serde(default)]
    pub required: Option<Rule>,
    /// Where the requirement comes from (a manual, a policy, a standard), or
    /// where the user will see it when the requirement is unknown.
    pub source: Text,
    /// The length we recommend beyond the requirement: 15 or more characters
    /// for administrator, Konnektor and remote-access accounts.
    #[serde(default)]
    pub recommended_length: usize,
    /// Whose secret it is: one person's own, or the practice's, which is
    /// written down for the sealed envelope or the password manager.
    #[serde(default)]
    pub holder: Holder,
}

/// Whose password or PIN it is, which decides the safe order of its steps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Holder {
    /// One person's own: only they know it, nobody writes it down.
    #[default]
    Person,
    /// The practice's (an administrator, a device, a shared account):
    /// first ask where it is used, then write it down for the envelope.
    Practice,
}

/// What a step does in the one safe way to change a password:
/// ask where the account is used, write the new password down, change it
/// while the old session stays open, test it in a separate sign-in, and
/// only then close the old session. Other steps are plain `Do`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum StepKind {
    /// Any other step; it may stand anywhere.
    #[default]
    Do,
    /// Ask where the account is used (services, backups, devices, people).
    Ask,
    /// Write the new secret down for the envelope or the password manager.
    Store,
    /// Change it, while the old session stays open.
    Change,
    /// Try it in a separate sign-in: another computer, a private window,
    /// another browser; never by giving up the only open session.
    Test,
    /// Only now close the old session (or sign out everywhere).
    Close,
}

/// One numbered step of a task.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StepFile", into = "StepFile")]
pub struct Step {
    /// What the step does in the safe order of a password change.
    pub kind: StepKind,
    /// What the step says.
    pub text: Text,
}

impl Step {
    /// The step's text in the given language.
    pub fn get(&self, lang: Lang) -> &str {
        self.text.get(lang)
    }
}

/// A step as the file writes it: `(de: "…", en: "…")`, or with a kind
/// first, `(kind: Change, de: "…", en: "…")`.
#[derive(Clone, Serialize, Deserialize)]
struct StepFile {
    #[serde(default, skip_serializing_if = "is_plain")]
    kind: StepKind,
    de: String,
    en: String,
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_plain(kind: &StepKind) -> bool {
    *kind == StepKind::Do
}

impl From<StepFile> for Step {
    fn from(f: StepFile) -> Step {
        Step {
            kind: f.kind,
            text: Text { de: f.de, en: f.en },
        }
    }
}

impl From<Step> for StepFile {
    fn from(s: Step) -> StepFile {
        StepFile {
            kind: s.kind,
            de: s.text.de,
            en: s.text.en,
        }
    }
}

/// Where a fact of a task comes from: a manufacturer's manual, a BSI or
/// KBV document, a paragraph of the law.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The document, e.g. "DSGVO" or "Microsoft Learn: Kennwortrichtlinie".
    pub title: String,
    /// Where in it: an article, a section, a page.
    #[serde(default)]
    pub section: String,
    /// Where to find it, if it is online.
    #[serde(default)]
    pub url: String,
}

impl SecretRule {
    /// The rule's parts the password helper works with.
    pub fn policy(&self) -> Policy {
        Policy {
            kind: self.kind,
            required: self.required,
            recommended_length: self.recommended_length,
        }
    }
}

/// A task as the playbook describes it, before it is applied to a practice.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TaskTemplate {
    /// Stable identifier; the record refers to tasks by it, so never reuse one.
    pub id: String,
    /// Short code to say on the phone, a capital letter, a dash and a number: `"B-3"`.
    pub code: String,
    /// The group it belongs to; tasks must be listed in category order.
    pub category: Category,
    /// What to do, as a short title.
    pub title: Text,
    /// Why it matters, in one or two sentences.
    pub why: Text,
    /// Numbered steps, each short enough for one line. In a password task
    /// their kinds follow the safe order (see [`StepKind`]).
    pub steps: Vec<Step>,
    /// How to find out whether the task applies, shown as the first step
    /// where the profile's answer is "don't know" or no device or person
    /// is listed for it.
    #[serde(default)]
    pub find_out: Option<Text>,
    /// Traps: what goes wrong and how to avoid it.
    #[serde(default)]
    pub traps: Vec<Text>,
    /// When the task is in the plan.
    #[serde(default)]
    pub applies: Applies,
    /// Whether it repeats per device or person.
    #[serde(default)]
    pub each: Each,
    /// Details only the IT support company needs; the task screen shows
    /// them folded away under "for your IT support company".
    #[serde(default)]
    pub it_notes: Vec<Text>,
    /// Whether a password or PIN is changed, so "tested (new login works)" makes sense.
    #[serde(default)]
    pub testable: bool,
    /// What "tested" means where it is not "the new login works", e.g.
    /// "cards read, KIM works" for a Konnektor the service provider changed.
    #[serde(default)]
    pub tested_when: Option<Text>,
    /// The password is changed on a clean device (a phone) and never typed
    /// into a practice computer, so the helper offers no field to type it.
    #[serde(default)]
    pub clean_device: bool,
    /// What "done" says where "password changed" is not what the practice
    /// did, e.g. "the IT support company changed it".
    #[serde(default)]
    pub done_label: Option<Text>,
    /// Where the task's facts come from, shown with the IT notes.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The fact this task records instead of a status of its own.
    #[serde(default)]
    pub decision: Option<Decision>,
    /// What the system requires of the new password or PIN, and what we
    /// recommend; `None` where no password is set in this task.
    #[serde(default)]
    pub rule: Option<SecretRule>,
}

impl TaskTemplate {
    /// Every text of the task, for checks that look at all of them.
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        [&self.title, &self.why]
            .into_iter()
            .chain(self.steps.iter().map(|s| &s.text))
            .chain(&self.find_out)
            .chain(&self.done_label)
            .chain(&self.traps)
            .chain(&self.it_notes)
            .chain(&self.tested_when)
            .chain(self.rule.as_ref().map(|r| &r.source))
    }
}
