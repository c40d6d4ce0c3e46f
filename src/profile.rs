//! The practice profile: what the practice has, which turns the playbook into a plan.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The Konnektor (TI gateway) model in the practice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum KonnektorModel {
    /// The practice does not know its model: it still gets a task to find
    /// out and have the password changed. Records from before "no TI" was a
    /// choice of its own said `None` for this answer.
    #[default]
    #[serde(alias = "None")]
    Unknown,
    /// The practice has no Konnektor (no TI connection at all).
    NoTi,
    /// CGM KoCoBox MED+.
    KoCoBox,
    /// secunet konnektor.
    Secunet,
    /// RISE Konnektor.
    Rise,
    /// TI-Gateway (Konnektor run by a data centre).
    TiGateway,
    /// Another model.
    Other,
}

impl KonnektorModel {
    /// All choices, in the order the profile screen lists them.
    pub const ALL: [KonnektorModel; 7] = [
        KonnektorModel::KoCoBox,
        KonnektorModel::Secunet,
        KonnektorModel::Rise,
        KonnektorModel::TiGateway,
        KonnektorModel::Other,
        KonnektorModel::Unknown,
        KonnektorModel::NoTi,
    ];
}

/// Further accounts a practice may have besides Windows and the practice software.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Account {
    /// E-mail accounts.
    Email,
    /// KIM mail (Kommunikation im Medizinwesen).
    Kim,
    /// Remote maintenance tools such as TeamViewer.
    RemoteMaintenance,
    /// Internet router. Every practice has one, so every plan has its task;
    /// kept so that older records still read.
    Router,
    /// Online banking.
    OnlineBanking,
    /// Backup. Every plan has the backup tasks; kept so that older records
    /// still read.
    Backup,
    /// Portal of the Kassenaerztliche Vereinigung.
    KvPortal,
    /// The practice website.
    Website,
    /// Wi-Fi of the practice.
    Wifi,
    /// Network storage (NAS).
    Nas,
    /// Access for working from home (VPN, remote desktop).
    HomeOffice,
    /// Further portals: appointments, lab.
    Portals,
}

impl Account {
    /// The accounts the profile screen asks about, in its order.
    pub const ALL: [Account; 10] = [
        Account::Email,
        Account::Kim,
        Account::RemoteMaintenance,
        Account::Wifi,
        Account::Nas,
        Account::HomeOffice,
        Account::OnlineBanking,
        Account::KvPortal,
        Account::Portals,
        Account::Website,
    ];
}

/// The answer to "does the practice have this?". Only an explicit "no"
/// takes a task out of the plan; "don't know" keeps it, with a first step
/// that says how to find out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Answer {
    /// The practice has it.
    Yes,
    /// The practice does not have it: its task leaves the plan.
    No,
    /// Nobody knows yet: the task stays and starts by finding out.
    #[default]
    DontKnow,
}

impl Answer {
    /// The answers in the order the profile screen offers them.
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::DontKnow];
}

/// A question of the profile whose answer decides whether tasks are in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Question {
    /// Whether the practice has this kind of account.
    Account(Account),
    /// Whether the computers belong to a Windows domain.
    Domain,
    /// Whether the practice has card terminals (asked when none is listed).
    CardTerminals,
    /// Whether a card PIN (SMC-B, eHBA) was ever written down, sent or shared.
    CardPinsExposed,
}

impl Question {
    /// Every question, in the order the profile screen asks them.
    pub fn all() -> impl Iterator<Item = Question> {
        [Question::Domain]
            .into_iter()
            .chain(Account::ALL.map(Question::Account))
            .chain([Question::CardTerminals, Question::CardPinsExposed])
    }
}

/// What kind of device an entry of the inventory is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DeviceKind {
    /// A PC where staff work.
    Workstation,
    /// A server, e.g. the PVS server.
    Server,
    /// A card terminal, e.g. ORGA 6141.
    CardTerminal,
}

/// Something missing from the profile: the tasks for it stay in the plan,
/// but only as one task to find out, not one per device or person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Nobody in the team: no task for each person's logins.
    NoStaff,
    /// No workstation: no task for each workstation.
    NoWorkstation,
    /// Card terminals not ruled out, but none listed: no task per terminal.
    NoCardTerminal,
}

/// A device of the practice. The id stays when the name changes, so recorded
/// work stays with the device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    /// Stable id, e.g. `"d3"`.
    pub id: String,
    /// Name as staff call it, e.g. "Empfang-PC".
    pub name: String,
    /// Workstation, server or card terminal.
    pub kind: DeviceKind,
}

/// A member of staff. The id stays when the name is corrected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Stable id, e.g. `"p2"`.
    pub id: String,
    /// Name as it appears in the record.
    pub name: String,
}

/// Everything the app knows about the practice.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The practice's name, e.g. "Praxis Dr. Müller".
    pub practice_name: String,
    /// Who to call in an IT emergency (name and number).
    #[serde(default)]
    pub it_contact: String,
    /// The town, a word staff like to put in passwords.
    #[serde(default)]
    pub city: String,
    /// The staff, who can be named as the one working now.
    pub staff: Vec<Person>,
    /// Workstations, servers and card terminals.
    pub devices: Vec<Device>,
    /// The Konnektor model.
    pub konnektor: KonnektorModel,
    /// The practice software's product name.
    pub pvs: String,
    /// The answer for each further account; one not in the map is "don't
    /// know". Older records listed only the accounts ticked, which read as
    /// "yes" (and every other account as "don't know").
    #[serde(default, deserialize_with = "compat::accounts")]
    pub accounts: BTreeMap<Account, Answer>,
    /// Whether the computers belong to a Windows domain.
    #[serde(default)]
    pub domain: Answer,
    /// Whether the practice has card terminals, where none is listed.
    #[serde(default)]
    pub card_terminals: Answer,
    /// Whether a card PIN (SMC-B, eHBA) was ever written down, sent or
    /// shared. Older records said `false` for an unticked box, which reads
    /// as "don't know": nobody was asked.
    #[serde(default, deserialize_with = "compat::answer")]
    pub card_pins_exposed: Answer,
    /// The next number for a device or person id.
    pub next_id: u32,
}

impl Profile {
    /// Adds a device and gives it a new stable id.
    pub fn add_device(&mut self, name: &str, kind: DeviceKind) -> String {
        let id = self.fresh_id('d');
        self.devices.push(Device {
            id: id.clone(),
            name: name.to_owned(),
            kind,
        });
        id
    }

    /// Adds a member of staff and gives them a new stable id.
    pub fn add_person(&mut self, name: &str) -> String {
        let id = self.fresh_id('p');
        self.staff.push(Person {
            id: id.clone(),
            name: name.to_owned(),
        });
        id
    }

    /// The answer the profile gives to a question.
    pub fn answer(&self, question: Question) -> Answer {
        match question {
            Question::Account(account) => self.accounts.get(&account).copied().unwrap_or_default(),
            Question::Domain => self.domain,
            Question::CardTerminals
                if self.devices_of(DeviceKind::CardTerminal).next().is_some() =>
            {
                Answer::Yes
            }
            Question::CardTerminals => self.card_terminals,
            Question::CardPinsExposed => self.card_pins_exposed,
        }
    }

    /// Records the answer to a question.
    pub fn set_answer(&mut self, question: Question, answer: Answer) {
        match question {
            Question::Account(account) => {
                self.accounts.insert(account, answer);
            }
            Question::Domain => self.domain = answer,
            Question::CardTerminals => self.card_terminals = answer,
            Question::CardPinsExposed => self.card_pins_exposed = answer,
        }
    }

    /// The devices of one kind, in inventory order.
    pub fn devices_of(&self, kind: DeviceKind) -> impl Iterator<Item = &Device> {
        self.devices.iter().filter(move |d| d.kind == kind)
    }

    /// Whether the profile has what the plan needs: a practice name and at least one computer.
    pub fn is_complete(&self) -> bool {
        !self.practice_name.trim().is_empty()
            && self
                .devices
                .iter()
                .any(|d| matches!(d.kind, DeviceKind::Workstation | DeviceKind::Server))
    }

    /// What is missing for tasks to appear that nearly every practice needs:
    /// without these entries their tasks would silently drop out of the plan.
    pub fn gaps(&self) -> Vec<Gap> {
        let mut gaps = Vec::new();
        if self.staff.is_empty() {
            gaps.push(Gap::NoStaff);
        }
        if self.devices_of(DeviceKind::Workstation).next().is_none() {
            gaps.push(Gap::NoWorkstation);
        }
        if self.answer(Question::CardTerminals) != Answer::No
            && self.devices_of(DeviceKind::CardTerminal).next().is_none()
        {
            gaps.push(Gap::NoCardTerminal);
        }
        gaps
    }

    fn fresh_id(&mut self, prefix: char) -> String {
        self.next_id += 1;
        format!("{prefix}{}", self.next_id)
    }
}

/// Reading the profile as older records wrote it.
mod compat {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer};

    use super::{Account, Answer};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Accounts {
        Answers(BTreeMap<Account, Answer>),
        Ticked(Vec<Account>),
    }

    /// A map of answers, or the older list of ticked accounts (each "yes").
    pub fn accounts<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<Account, Answer>, D::Error> {
        Ok(match Accounts::deserialize(d)? {
            Accounts::Answers(map) => map,
            Accounts::Ticked(list) => list.into_iter().map(|a| (a, Answer::Yes)).collect(),
        })
    }

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Flag {
        Answer(Answer),
        Ticked(bool),
    }

    /// An answer, or the older check box: ticked is "yes", unticked "don't know".
    pub fn answer<'de, D: Deserializer<'de>>(d: D) -> Result<Answer, D::Error> {
        Ok(match Flag::deserialize(d)? {
            Flag::Answer(a) => a,
            Flag::Ticked(true) => Answer::Yes,
            Flag::Ticked(false) => Answer::DontKnow,
        })
    }
}

mod edit;

#[cfg(test)]
mod tests;
