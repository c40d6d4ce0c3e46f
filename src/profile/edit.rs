//! A profile form saved over a profile that changed meanwhile (another
//! workstation added a computer, answered a question): only what the form
//! changed is taken, everything else stays as the record has it now.

use std::collections::BTreeMap;

use super::{Device, Person, Profile};

impl Profile {
    /// What the record holds after a form that started from `base` saved
    /// `mine`, while `self` is what the record held by then.
    pub fn edited(&self, base: &Profile, mine: &Profile) -> Profile {
        // Every field named, so a new one cannot be forgotten here.
        let Profile {
            practice_name,
            it_contact,
            city,
            staff,
            devices,
            konnektor,
            pvs,
            accounts,
            domain,
            card_terminals,
            card_pins_exposed,
            next_id,
        } = mine;
        let mut now = self.clone();
        pick(&mut now.practice_name, &base.practice_name, practice_name);
        pick(&mut now.it_contact, &base.it_contact, it_contact);
        pick(&mut now.city, &base.city, city);
        pick(&mut now.konnektor, &base.konnektor, konnektor);
        pick(&mut now.pvs, &base.pvs, pvs);
        pick(&mut now.domain, &base.domain, domain);
        pick(
            &mut now.card_terminals,
            &base.card_terminals,
            card_terminals,
        );
        pick(
            &mut now.card_pins_exposed,
            &base.card_pins_exposed,
            card_pins_exposed,
        );
        now.next_id = now.next_id.max(*next_id);
        now.accounts = answers(&self.accounts, &base.accounts, accounts);
        let staff = listed(&now.staff, &base.staff, staff, &mut now.next_id, 'p');
        let devices = listed(&now.devices, &base.devices, devices, &mut now.next_id, 'd');
        now.staff = staff;
        now.devices = devices;
        now
    }
}

/// The form's value where the form changed it.
fn pick<T: PartialEq + Clone>(now: &mut T, base: &T, mine: &T) {
    if mine != base {
        now.clone_from(mine);
    }
}

fn answers<K: Ord + Copy, V: PartialEq + Copy>(
    now: &BTreeMap<K, V>,
    base: &BTreeMap<K, V>,
    mine: &BTreeMap<K, V>,
) -> BTreeMap<K, V> {
    let mut out = now.clone();
    for key in base.keys().chain(mine.keys()) {
        match (base.get(key), mine.get(key)) {
            (b, m) if b == m => {}
            (_, Some(m)) => {
                out.insert(*key, *m);
            }
            (_, None) => {
                out.remove(key);
            }
        }
    }
    out
}

/// An entry of the profile's lists (staff, devices), known by its id.
trait Listed: Clone + PartialEq {
    fn id(&self) -> &str;
    fn set_id(&mut self, id: String);
}

impl Listed for Person {
    fn id(&self) -> &str {
        &self.id
    }
    fn set_id(&mut self, id: String) {
        self.id = id;
    }
}

impl Listed for Device {
    fn id(&self) -> &str {
        &self.id
    }
    fn set_id(&mut self, id: String) {
        self.id = id;
    }
}

/// The list as it is now, with the form's removals, changes and additions.
/// An entry the form added under an id another workstation gave to a
/// different entry meanwhile gets a new id, so neither is lost.
fn listed<T: Listed>(now: &[T], base: &[T], mine: &[T], next_id: &mut u32, prefix: char) -> Vec<T> {
    let find = |list: &[T], id: &str| list.iter().position(|x| x.id() == id);
    let mut out: Vec<T> = now
        .iter()
        .filter(|x| find(base, x.id()).is_none() || find(mine, x.id()).is_some())
        .cloned()
        .collect();
    for entry in mine {
        match (find(base, entry.id()), find(&out, entry.id())) {
            // Changed on the form (or unchanged): the form's version.
            (Some(b), Some(o)) if base[b] != *entry => out[o] = entry.clone(),
            (Some(_), Some(_)) => {}
            // Removed meanwhile elsewhere, kept on the form unchanged: gone.
            (Some(b), None) if base[b] == *entry => {}
            // Removed elsewhere but changed here: kept, nothing lost.
            (Some(_), None) => out.push(entry.clone()),
            (None, None) => out.push(entry.clone()),
            (None, Some(o)) if out[o] == *entry => {}
            (None, Some(_)) => {
                *next_id += 1;
                let mut moved = entry.clone();
                moved.set_id(format!("{prefix}{next_id}"));
                out.push(moved);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Account, Answer, DeviceKind};

    fn practice() -> Profile {
        let mut p = Profile {
            practice_name: "Praxis".into(),
            ..Profile::default()
        };
        p.add_device("Empfang-PC", DeviceKind::Workstation);
        p.add_person("Anna");
        p
    }

    #[test]
    fn a_form_keeps_what_another_workstation_changed_meanwhile() {
        let base = practice();
        // Elsewhere: a computer added, a question answered.
        let mut theirs = base.clone();
        theirs.add_device("Labor-PC", DeviceKind::Workstation);
        theirs.accounts.insert(Account::Kim, Answer::Yes);
        // Here, on the form opened before: the city and a new person.
        let mut mine = base.clone();
        mine.city = "Leipzig".into();
        mine.add_person("Ben");
        let now = theirs.edited(&base, &mine);
        assert_eq!(now.city, "Leipzig");
        assert_eq!(
            now.answer(crate::profile::Question::Account(Account::Kim)),
            Answer::Yes
        );
        let devices: Vec<&str> = now.devices.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(devices, ["Empfang-PC", "Labor-PC"]);
        let staff: Vec<&str> = now.staff.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(staff, ["Anna", "Ben"]);
        let ids: std::collections::HashSet<&str> = now
            .devices
            .iter()
            .map(|d| d.id.as_str())
            .chain(now.staff.iter().map(|p| p.id.as_str()))
            .collect();
        assert_eq!(
            ids.len(),
            4,
            "the two new entries got different ids: {now:?}"
        );
    }

    #[test]
    fn a_removal_on_the_form_removes_and_a_form_that_changed_nothing_changes_nothing() {
        let base = practice();
        let mut theirs = base.clone();
        theirs.practice_name = "Praxis Dr. Müller".into();
        assert_eq!(theirs.edited(&base, &base), theirs);
        let mut mine = base.clone();
        mine.devices.clear();
        let now = theirs.edited(&base, &mine);
        assert!(now.devices.is_empty());
        assert_eq!(now.practice_name, "Praxis Dr. Müller");
    }
}
