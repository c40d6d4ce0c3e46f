//! The playbook in use and who vouches for it: a file nobody vouches for
//! waits behind a warning until someone chooses it deliberately, and the
//! record keeps which playbook the work followed.

use super::{Effect, Workspace};
use crate::hex::sha256_hex;
use crate::i18n::{Lang, Tr};
use crate::playbook::{Playbook, Text};
use crate::record::{EventKind, PlaybookOrigin, PlaybookUsed};
use crate::settings::Worker;
use crate::t;

/// Who vouches for the playbook in use, and what was done about it in
/// this session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaybookTrust {
    /// Who vouches for it, as checked at start.
    pub origin: PlaybookOrigin,
    /// SHA-256 of its file.
    pub sha256: String,
    /// Someone chose to use it despite the warning: who at the IT support
    /// company confirmed it, as they named them.
    pub confirmed_by: Option<String>,
    /// Who chose it, as they named themselves.
    chosen_by: Option<String>,
    /// The record already says this session's work follows it.
    noted: bool,
}

impl PlaybookTrust {
    /// The trust of a playbook file with this text.
    pub fn of(source: &str, origin: PlaybookOrigin) -> PlaybookTrust {
        PlaybookTrust {
            origin,
            sha256: sha256_hex(source.as_bytes()),
            confirmed_by: None,
            chosen_by: None,
            noted: false,
        }
    }

    /// A new record (the training record put back) does not yet say
    /// which playbook the work follows.
    pub(super) fn record_replaced(&mut self) {
        self.noted = false;
    }

    /// Whether the warning stands between the staff and the guidance.
    pub fn warns(&self) -> bool {
        !self.origin.is_trusted() && self.confirmed_by.is_none()
    }
}

/// A file nobody vouches for cannot say whom to call: its number and hours
/// are replaced by the advice to call the number known from before.
pub fn without_its_own_number(mut playbook: Playbook) -> Playbook {
    playbook.provider.hotline.clear();
    let text = |lang| t!(Tr::new(lang), "playbook-unconfirmed-call");
    playbook.provider.hours = Text {
        de: text(Lang::De),
        en: text(Lang::En),
    };
    playbook
}

/// Whether two typed names are one person. Whoever decides and whoever
/// confirmed at the IT support company are two people: the same name in
/// both fields means one of them is missing.
pub fn one_person(name: &str, confirmed_by: &str) -> bool {
    let (a, b) = (name.trim(), confirmed_by.trim());
    !a.is_empty() && a.to_lowercase() == b.to_lowercase()
}

impl Workspace {
    /// Whether the playbook warning is shown instead of the guidance.
    pub fn playbook_warns(&self) -> bool {
        self.document.playbook_trust.warns()
    }

    /// The safe way out of the warning: the playbook inside the app.
    pub(super) fn use_built_in_playbook(&mut self) -> Vec<Effect> {
        if !self.playbook_warns() {
            return Vec::new();
        }
        self.document.playbook = std::sync::Arc::new(crate::playbook::default_playbook());
        self.document.playbook_source = crate::playbook::DEFAULT_PLAYBOOK.into();
        self.document.playbook_trust =
            PlaybookTrust::of(&self.document.playbook_source, PlaybookOrigin::BuiltIn);
        self.document.playbook_error = None;
        self.refresh_plan();
        self.place.screen = self.place.screen.clone().valid_for(self.flow());
        Vec::new()
    }

    /// Someone chose the playbook nobody vouches for: named, kept in the
    /// settings as the one working here, and recorded with whoever at the
    /// IT support company confirmed it.
    pub(super) fn use_untrusted_playbook(&mut self, name: &str, confirmed_by: &str) -> Vec<Effect> {
        let (Some(worker), Some(confirmer)) = (Worker::named(name), Worker::named(confirmed_by))
        else {
            return Vec::new();
        };
        if one_person(name, confirmed_by) {
            return Vec::new();
        }
        if !self.playbook_warns() {
            return Vec::new();
        }
        self.document.playbook_trust.confirmed_by = Some(confirmer.to_string());
        self.document.playbook_trust.chosen_by = Some(worker.to_string());
        let mut effects = self.set_worker(worker);
        if self.can_write() && !self.document.playbook_trust.noted {
            effects.extend(self.record_events(Vec::new()));
        }
        effects
    }

    /// The events that go before this session's first change: the start
    /// of the record, and the playbook when the record does not yet say
    /// that the work follows it (or when it was chosen despite the warning).
    pub(super) fn opening_events(&mut self) -> Vec<EventKind> {
        let mut events = Vec::new();
        if self.document.record.is_empty() {
            events.push(EventKind::RecordStarted {
                playbook_id: self.document.playbook.id.clone(),
                playbook_version: self.document.playbook.version.clone(),
                training: self.computer.demo,
            });
        }
        if self.document.playbook_trust.noted {
            return events;
        }
        self.document.playbook_trust.noted = true;
        let trust = &self.document.playbook_trust;
        let despite_warning = !trust.origin.is_trusted();
        let same = self
            .document
            .record
            .playbooks_used()
            .last()
            .is_some_and(|(_, used)| used.sha256 == trust.sha256 && used.origin == trust.origin);
        if !same || despite_warning {
            let name = &self.document.playbook.provider.name;
            events.push(EventKind::PlaybookUsed(PlaybookUsed {
                playbook_id: self.document.playbook.id.clone(),
                playbook_version: self.document.playbook.version.clone(),
                provider: name.de.clone(),
                provider_en: (name.en != name.de).then(|| name.en.clone()),
                sha256: trust.sha256.clone(),
                origin: trust.origin.clone(),
                despite_warning,
                confirmed_by: trust.confirmed_by.clone().filter(|_| despite_warning),
                chosen_by: trust.chosen_by.clone().filter(|_| despite_warning),
            }));
        }
        events
    }
}
