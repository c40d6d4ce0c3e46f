//! The practice profile: what the practice has, which turns the playbook into a plan.

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

/// Something missing from the profile that costs the plan a task.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Nobody in the team: no task for each person's practice software login.
    NoStaff,
    /// No workstation: no Windows logon task.
    NoWorkstation,
    /// TI but no card terminal: no task for the terminal's admin PIN.
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
    /// Further accounts the practice has.
    pub accounts: Vec<Account>,
    /// Whether a card PIN (SMC-B, eHBA) was ever written down, sent or shared.
    pub card_pins_exposed: bool,
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

    /// Whether the practice has this kind of account.
    pub fn has_account(&self, account: Account) -> bool {
        self.accounts.contains(&account)
    }

    /// Turns an account on or off, keeping the list in a stable order.
    pub fn set_account(&mut self, account: Account, on: bool) {
        self.accounts.retain(|a| *a != account);
        if on {
            self.accounts.push(account);
            self.accounts.sort();
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
        let has_ti = self.konnektor != KonnektorModel::NoTi;
        if has_ti && self.devices_of(DeviceKind::CardTerminal).next().is_none() {
            gaps.push(Gap::NoCardTerminal);
        }
        gaps
    }

    fn fresh_id(&mut self, prefix: char) -> String {
        self.next_id += 1;
        format!("{prefix}{}", self.next_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_stay_unique_after_removing_a_device() {
        let mut p = Profile::default();
        let a = p.add_device("Empfang-PC", DeviceKind::Workstation);
        p.devices.clear();
        let b = p.add_device("Labor-PC", DeviceKind::Workstation);
        assert_ne!(a, b);
    }

    #[test]
    fn accounts_are_kept_in_a_stable_order_without_repeats() {
        let mut p = Profile::default();
        p.set_account(Account::Wifi, true);
        p.set_account(Account::Email, true);
        p.set_account(Account::Wifi, true);
        assert_eq!(p.accounts, vec![Account::Email, Account::Wifi]);
        p.set_account(Account::Email, false);
        assert_eq!(p.accounts, vec![Account::Wifi]);
    }

    #[test]
    fn a_profile_says_which_entries_would_cost_the_plan_a_task() {
        let mut p = Profile::default();
        assert_eq!(
            p.gaps(),
            vec![Gap::NoStaff, Gap::NoWorkstation, Gap::NoCardTerminal]
        );
        p.konnektor = KonnektorModel::NoTi;
        p.add_person("Anna");
        p.add_device("Server", DeviceKind::Server);
        assert_eq!(
            p.gaps(),
            vec![Gap::NoWorkstation],
            "a server is no workstation"
        );
        p.add_device("Empfang-PC", DeviceKind::Workstation);
        assert!(p.gaps().is_empty(), "no TI needs no card terminal");
    }

    #[test]
    fn an_older_records_dont_know_konnektor_still_gets_a_konnektor_task() {
        // Before "no TI" was its own answer, "don't know / none" was saved as None.
        let old: KonnektorModel = serde_json::from_str("\"None\"").unwrap_or(KonnektorModel::NoTi);
        assert_eq!(old, KonnektorModel::Unknown);
        assert_eq!(KonnektorModel::default(), KonnektorModel::Unknown);
    }
}
