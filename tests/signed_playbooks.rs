//! A playbook from outside is trusted only when a provider key installed on
//! this computer signed it (issue 17): a signed one opens as the built-in
//! one does, naming its signer; a changed, unsigned or foreign-signed copy
//! waits behind a warning until someone chooses it, and the record and the
//! certificate say which playbook the work followed and who vouched for it.

#![allow(clippy::unwrap_used)] // a test may stop at the first surprise

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::{click, shows, shows_text, type_into};
use egui_kittest::kittest::{NodeT, Queryable};
use passwort_lotse::i18n::Lang;
use passwort_lotse::profile::{DeviceKind, Profile};
use passwort_lotse::record::{PlaybookOrigin, PlaybookUsed};
use passwort_lotse::session::{Action, Options, Session};
use passwort_lotse::wizard::Screen;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/signed");

/// A practice folder with the fixture playbook (made to `change`), its
/// signature if `signature` names one, and the provider key installed.
struct Practice {
    dir: tempfile::TempDir,
    playbook: PathBuf,
}

impl Practice {
    fn new(signature: Option<&str>, change: impl FnOnce(&mut [u8])) -> Practice {
        let dir = tempfile::tempdir().unwrap();
        let playbook = dir.path().join("anleitung.ron");
        let mut bytes = std::fs::read(Path::new(FIXTURES).join("small.ron")).unwrap();
        change(&mut bytes);
        std::fs::write(&playbook, &bytes).unwrap();
        if let Some(signature) = signature {
            std::fs::copy(
                Path::new(FIXTURES).join(signature),
                dir.path().join("anleitung.ron.minisig"),
            )
            .unwrap();
        }
        let keys = dir.path().join("trusted-keys");
        std::fs::create_dir(&keys).unwrap();
        std::fs::copy(
            Path::new(FIXTURES).join("provider.pub"),
            keys.join("MediDat Service.pub"),
        )
        .unwrap();
        Practice { dir, playbook }
    }

    fn options(&self, lang: Lang) -> Options {
        Options {
            playbook: Some(self.playbook.clone()),
            trusted_keys: Some(self.dir.path().join("trusted-keys")),
            ..common::options(&self.dir.path().join("data"), lang)
        }
    }

    fn open(&self) -> Session {
        Session::open(&self.options(Lang::De), Arc::new(common::clock()))
    }
}

fn unchanged(_: &mut [u8]) {}

fn one_byte_changed(bytes: &mut [u8]) {
    // A digit of the version: the file still reads as a playbook.
    let at = bytes.windows(4).position(|w| w == b"2026").unwrap();
    bytes[at + 3] = b'7';
}

fn practice_profile() -> Profile {
    let mut p = Profile {
        practice_name: "Praxis Dr. Berger".into(),
        ..Profile::default()
    };
    p.add_device("Empfang", DeviceKind::Workstation);
    p
}

fn playbooks_used(s: &Session) -> Vec<(String, PlaybookUsed)> {
    s.document()
        .record
        .playbooks_used()
        .map(|(e, used)| (e.by.clone(), used.clone()))
        .collect()
}

#[test]
fn a_playbook_signed_by_an_installed_key_opens_and_names_its_signer() {
    let practice = Practice::new(Some("small.ron.minisig"), unchanged);
    let mut s = practice.open();
    assert_eq!(
        s.document().playbook_trust.origin,
        PlaybookOrigin::Signed {
            signer: "MediDat Service".into()
        }
    );
    assert!(!s.playbook_warns());
    s.handle(Action::SetWorker("Anna".into()));
    s.handle(Action::SaveProfile {
        base: None,
        profile: practice_profile(),
    });
    let used = playbooks_used(&s);
    assert_eq!(used.len(), 1, "the first change records the playbook");
    let (by, used) = &used[0];
    assert_eq!(by, "Anna");
    assert!(!used.despite_warning);
    assert_eq!(used.provider_in(Lang::En), "MediDat Praxissoftware GmbH");
    assert_eq!(used.provider_en, None, "the same name is kept once");
    let file = std::fs::read(&practice.playbook).unwrap();
    assert_eq!(used.sha256, passwort_lotse::hex::sha256_hex(&file));
    // Later changes follow the same playbook: it is not recorded again.
    s.handle(Action::SaveProfile {
        base: s.document().record.profile().cloned(),
        profile: Profile {
            it_contact: "Praxis-IT 030 1234".into(),
            ..practice_profile()
        },
    });
    assert_eq!(playbooks_used(&s).len(), 1);
}

fn warned(practice: &Practice, expected: &PlaybookOrigin) -> Session {
    let mut s = practice.open();
    assert_eq!(&s.document().playbook_trust.origin, expected);
    assert!(s.playbook_warns());
    // Nothing of the guidance can be used before the choice.
    s.handle(Action::Go(Screen::Profile));
    s.handle(Action::Next);
    assert_eq!(s.place().screen, Screen::Welcome);
    s.handle(Action::SaveProfile {
        base: None,
        profile: practice_profile(),
    });
    assert!(
        s.document().record.is_empty(),
        "nothing is recorded behind the warning"
    );
    // The number to call is not taken from a file nobody vouches for.
    assert!(s.document().playbook.provider.hotline.is_empty());
    s
}

#[cfg(unix)]
#[test]
fn a_key_in_a_folder_anyone_can_change_makes_nothing_trusted() {
    use std::os::unix::fs::PermissionsExt;
    let practice = Practice::new(Some("small.ron.minisig"), unchanged);
    let keys = practice.dir.path().join("trusted-keys");
    std::fs::set_permissions(&keys, std::fs::Permissions::from_mode(0o777)).unwrap();
    warned(&practice, &PlaybookOrigin::NotConfirmed);
    // The folder locked again, a key file anyone can change is still no key.
    std::fs::set_permissions(&keys, std::fs::Permissions::from_mode(0o755)).unwrap();
    let key = keys.join("MediDat Service.pub");
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o666)).unwrap();
    warned(&practice, &PlaybookOrigin::NotConfirmed);
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(!practice.open().playbook_warns());
}

#[test]
fn the_built_in_guidance_is_the_safe_way_out_of_the_warning() {
    let practice = Practice::new(None, unchanged);
    let mut s = warned(&practice, &PlaybookOrigin::Unsigned);
    s.handle(Action::UseBuiltInPlaybook);
    assert!(!s.playbook_warns());
    assert_eq!(s.document().playbook_trust.origin, PlaybookOrigin::BuiltIn);
    assert_eq!(
        s.document().playbook.id,
        passwort_lotse::playbook::default_playbook().id
    );
    s.handle(Action::SetWorker("Anna".into()));
    s.handle(Action::SaveProfile {
        base: None,
        profile: practice_profile(),
    });
    let used = playbooks_used(&s);
    assert_eq!(used.len(), 1);
    assert_eq!(used[0].1.origin, PlaybookOrigin::BuiltIn);
    // The certificate can name the sender in the language it is made in.
    assert_eq!(used[0].1.provider_in(Lang::De), "Ihr IT-Dienstleister");
    assert_eq!(used[0].1.provider_in(Lang::En), "Your IT support company");
}

#[test]
fn one_byte_changed_after_signing_waits_behind_the_warning() {
    let practice = Practice::new(Some("small.ron.minisig"), one_byte_changed);
    warned(&practice, &PlaybookOrigin::NotConfirmed);
}

#[test]
fn an_unsigned_copy_waits_behind_the_warning() {
    let practice = Practice::new(None, unchanged);
    warned(&practice, &PlaybookOrigin::Unsigned);
}

#[test]
fn a_copy_signed_by_another_key_waits_behind_the_warning() {
    let practice = Practice::new(Some("small.ron.other.minisig"), unchanged);
    warned(&practice, &PlaybookOrigin::NotConfirmed);
}

#[test]
fn choosing_it_anyway_needs_a_name_and_is_recorded() {
    let practice = Practice::new(None, unchanged);
    let mut s = warned(&practice, &PlaybookOrigin::Unsigned);
    s.handle(Action::UseUntrustedPlaybook {
        name: "  ".into(),
        confirmed_by: "Herr Krause".into(),
    });
    assert!(s.playbook_warns(), "a choice without a name is no choice");
    s.handle(Action::UseUntrustedPlaybook {
        name: "Berta Schulz".into(),
        confirmed_by: " ".into(),
    });
    assert!(s.playbook_warns(), "nor one without who confirmed it");
    s.handle(Action::UseUntrustedPlaybook {
        name: "Berta Schulz".into(),
        confirmed_by: "berta schulz ".into(),
    });
    assert!(
        s.playbook_warns(),
        "nor one where the chooser names herself as the IT company's person"
    );
    s.handle(Action::UseUntrustedPlaybook {
        name: "Berta Schulz".into(),
        confirmed_by: " Herr Krause ".into(),
    });
    assert!(!s.playbook_warns());
    let used = playbooks_used(&s);
    assert_eq!(used.len(), 1);
    assert_eq!(used[0].0, "Berta Schulz");
    assert!(used[0].1.despite_warning);
    assert_eq!(used[0].1.confirmed_by.as_deref(), Some("Herr Krause"));
    assert_eq!(used[0].1.origin, PlaybookOrigin::Unsigned);
    assert_eq!(used[0].1.provider, "MediDat Praxissoftware GmbH");
    // The choice is on disk, not only in memory.
    drop(s);
    let again = practice.open();
    assert_eq!(playbooks_used(&again).len(), 1);
    assert!(again.playbook_warns(), "each start asks again");
}

#[test]
fn the_warning_screen_names_the_claimed_sender_and_wants_a_deliberate_choice() {
    let practice = Practice::new(Some("small.ron.other.minisig"), unchanged);
    let clock = common::clock();
    let mut h = common::app(&practice.options(Lang::De), &clock);
    assert!(shows(&h, "Achtung: Diese Anleitung ist nicht bestätigt"));
    assert!(shows_text(&h, "„MediDat Praxissoftware GmbH“"));
    assert!(shows_text(
        &h,
        "Aufkleber am Server oder von Ihrer gedruckten Telefonliste"
    ));
    assert!(!shows(&h, "Weiter"), "no way past it but the choice");
    let use_it = "Diese Anleitung trotzdem verwenden";
    assert!(h.get_by_label(use_it).accesskit_node().is_disabled());
    assert!(shows_text(
        &h,
        "Eine richtige Absenderadresse beweist nichts"
    ));
    assert!(shows_text(&h, "ziehen Sie das Netzwerkkabel"));
    type_into(
        &mut h,
        "Ihr Name (Sie treffen die Entscheidung)",
        "Berta Schulz",
    );
    assert!(
        h.get_by_label(use_it).accesskit_node().is_disabled(),
        "a name alone is not the confirmation"
    );
    click(
        &mut h,
        "Ich habe meinen IT-Dienstleister selbst angerufen. Die Nummer kannte ich schon vor dem Angriff. Er hat genau diese Datei geschickt und selbst geprüft. Er hat mir die erste und die letzte Gruppe der Prüfsumme vorgelesen. Beide stimmen.",
    );
    assert!(
        h.get_by_label(use_it).accesskit_node().is_disabled(),
        "nor without who confirmed it"
    );
    type_into(
        &mut h,
        "Mit wem haben Sie beim IT-Dienstleister gesprochen? (Vor- und Nachname)",
        "Berta Schulz",
    );
    assert!(shows_text(&h, "Beide Namen sind gleich."));
    assert!(
        h.get_by_label(use_it).accesskit_node().is_disabled(),
        "nor when both names are the same"
    );
    // Select the mistyped name and type over it, as a person would.
    let confirmer = "Mit wem haben Sie beim IT-Dienstleister gesprochen? (Vor- und Nachname)";
    h.get_by_label(confirmer).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label(confirmer).type_text("Herr Krause");
    h.run();
    assert_eq!(
        h.get_by_label(confirmer).value().as_deref(),
        Some("Herr Krause")
    );
    assert!(!shows_text(&h, "Beide Namen sind gleich."));
    click(&mut h, use_it);
    assert!(!shows(&h, "Achtung: Diese Anleitung ist nicht bestätigt"));
    assert!(shows(&h, "Weiter"));
}

#[test]
fn the_signed_playbook_names_its_signer_on_the_welcome_screen() {
    let practice = Practice::new(Some("small.ron.minisig"), unchanged);
    let h = common::app(&practice.options(Lang::En), &common::clock());
    assert!(shows_text(&h, "signed with the key \"MediDat Service\""));
    assert!(shows_text(
        &h,
        "names \"MediDat Praxissoftware GmbH\" as its sender"
    ));
}

/// The real minisign tool (Debian's package, 0.11) makes a key and signs;
/// the app trusts the file once the key is installed, and not after one
/// byte changed. CI runs it: `cargo test --test signed_playbooks -- --ignored`.
#[test]
#[ignore = "needs the minisign command line; CI installs it"]
fn a_playbook_signed_with_the_minisign_tool_is_trusted() {
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("trusted-keys");
    std::fs::create_dir(&keys).unwrap();
    let playbook = dir.path().join("anleitung.ron");
    std::fs::copy(Path::new(FIXTURES).join("small.ron"), &playbook).unwrap();
    let run = |args: &[&std::ffi::OsStr]| {
        let out = std::process::Command::new("minisign")
            .args(args)
            .output()
            .expect("the minisign command line is installed");
        assert!(out.status.success(), "minisign {args:?}: {out:?}");
    };
    let public = keys.join("Praxis-IT Nord.pub");
    let secret = dir.path().join("provider.key");
    run(&[
        "-G".as_ref(),
        "-W".as_ref(),
        "-p".as_ref(),
        public.as_os_str(),
        "-s".as_ref(),
        secret.as_os_str(),
    ]);
    run(&[
        "-S".as_ref(),
        "-s".as_ref(),
        secret.as_os_str(),
        "-m".as_ref(),
        playbook.as_os_str(),
    ]);
    let options = Options {
        playbook: Some(playbook.clone()),
        trusted_keys: Some(keys),
        ..common::options(&dir.path().join("data"), Lang::De)
    };
    let origin = options.load_playbook().origin;
    assert_eq!(
        origin,
        PlaybookOrigin::Signed {
            signer: "Praxis-IT Nord".into()
        }
    );
    let mut bytes = std::fs::read(&playbook).unwrap();
    one_byte_changed(&mut bytes);
    std::fs::write(&playbook, bytes).unwrap();
    assert_eq!(options.load_playbook().origin, PlaybookOrigin::NotConfirmed);
}
