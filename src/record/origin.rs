//! Which playbook the work followed, and who vouched for it.

use serde::{Deserialize, Serialize};

use super::Event;
use crate::i18n::Lang;

/// Who vouches for the playbook in use, as checked when the app started.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PlaybookOrigin {
    /// The playbook inside the app: it comes with the app itself.
    BuiltIn,
    /// A file signed by a provider key installed on this computer.
    Signed {
        /// The key's name: its file name in the folder of trusted keys.
        signer: String,
    },
    /// A file without a signature beside it.
    Unsigned,
    /// A file whose signature no trusted key confirms: another key made
    /// it, or the file was changed after signing.
    NotConfirmed,
}

impl PlaybookOrigin {
    /// Whether the app or a trusted key vouches for the playbook.
    pub fn is_trusted(&self) -> bool {
        matches!(
            self,
            PlaybookOrigin::BuiltIn | PlaybookOrigin::Signed { .. }
        )
    }
}

/// The playbook a record's work followed from some point on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaybookUsed {
    /// The playbook's id.
    pub playbook_id: String,
    /// The playbook's version.
    pub playbook_version: String,
    /// The provider it claims to come from, in German.
    pub provider: String,
    /// The same name in English, where it differs ("Ihr IT-Dienstleister"
    /// is "Your IT support company"; records before this field: `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_en: Option<String>,
    /// SHA-256 of the playbook file, lower-case hex.
    pub sha256: String,
    /// Who vouches for it.
    pub origin: PlaybookOrigin,
    /// Someone chose to use it after the warning that nobody vouches for it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub despite_warning: bool,
    /// Who at the IT support company confirmed it on the phone, as the
    /// person who chose it named them (records before this field: `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed_by: Option<String>,
    /// Who chose it despite the warning. The event names whoever's change
    /// wrote it down, which is someone else when the record could not be
    /// written at the moment of the choice (records before this field:
    /// `None`, and the event's name stands).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chosen_by: Option<String>,
}

impl PlaybookUsed {
    /// Who chose this playbook: the one named at the choice, or for older
    /// records whoever's change wrote it down.
    pub fn chosen_by<'a>(&'a self, event: &'a Event) -> &'a str {
        self.chosen_by.as_deref().unwrap_or(&event.by)
    }

    /// The sender's name as the certificate's language writes it.
    pub fn provider_in(&self, lang: Lang) -> &str {
        match (&self.provider_en, lang) {
            (Some(en), Lang::En) => en,
            _ => &self.provider,
        }
    }
}
