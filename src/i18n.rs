//! Translations of the user interface from the Fluent files in locales/.
//!
//! The translator is an owned value handed to the views, not a global, so
//! tests in parallel threads can each use their own language.

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::unic_langid::LanguageIdentifier;
use rust_embed::RustEmbed;
use serde::{Deserialize, Serialize};

#[derive(RustEmbed)]
#[folder = "locales/"]
struct Localizations;

/// The languages of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// German, the default.
    #[default]
    De,
    /// English.
    En,
}

impl Lang {
    /// Both languages, German first.
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// The language code, "de" or "en".
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The language's own name, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }

    /// Reads "de" or "en" (also "de-DE", "en_GB.UTF-8").
    pub fn from_code(code: &str) -> Option<Lang> {
        let lower = code.to_ascii_lowercase();
        if lower.starts_with("de") {
            Some(Lang::De)
        } else if lower.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// English when the system's first language is English, otherwise German.
    pub fn from_system() -> Lang {
        sys_locale::get_locale()
            .and_then(|l| Lang::from_code(&l))
            .unwrap_or_default()
    }
}

/// The translator for one language.
pub struct Tr {
    lang: Lang,
    loader: FluentLanguageLoader,
}

impl Tr {
    /// Loads the translations for a language, with German as fallback.
    pub fn new(lang: Lang) -> Tr {
        let loader = fluent_language_loader!();
        let ids: Vec<LanguageIdentifier> = lang.code().parse().into_iter().collect();
        if let Err(e) = loader.load_languages(&Localizations, &ids) {
            tracing::error!(error = %e, "translations could not be loaded");
        }
        // Without this, arguments are wrapped in invisible marks that break
        // comparisons in tests and land in exported text.
        loader.set_use_isolating(false);
        Tr { lang, loader }
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The Fluent loader, for the `fl!` macro.
    pub fn loader(&self) -> &FluentLanguageLoader {
        &self.loader
    }
}

/// Words the core puts into titles it makes (outside the views, where no
/// translator is at hand), loaded from the locales once per language.
pub struct CoreWords {
    /// "2. Runde": the prefix of a task's second round.
    pub second_round: String,
}

impl CoreWords {
    /// The words for a language.
    pub fn of(lang: Lang) -> &'static CoreWords {
        static WORDS: std::sync::LazyLock<[CoreWords; 2]> = std::sync::LazyLock::new(|| {
            Lang::ALL.map(|lang| {
                let tr = Tr::new(lang);
                CoreWords {
                    second_round: crate::t!(tr, "task-second-round"),
                }
            })
        });
        match lang {
            Lang::De => &WORDS[0],
            Lang::En => &WORDS[1],
        }
    }
}

/// A translated message: `t!(tr, "id")` or `t!(tr, "id", name = value)`.
/// Message ids and argument names are checked at compile time.
#[macro_export]
macro_rules! t {
    ($tr:expr, $id:literal) => {
        i18n_embed_fl::fl!($tr.loader(), $id)
    };
    ($tr:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($tr.loader(), $id, $($args)*)
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(lang: &str) -> BTreeSet<String> {
        let path = format!(
            "{}/locales/{lang}/passwort_lotse.ftl",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        text.lines()
            .filter_map(|l| {
                let (id, _) = l.split_once('=')?;
                let id = id.trim_end();
                let first = id.chars().next()?;
                let is_id = (first.is_ascii_alphabetic() || first == '-')
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                is_id.then(|| id.to_owned())
            })
            .collect()
    }

    #[test]
    fn german_and_english_define_the_same_messages() {
        let de = ids("de");
        let en = ids("en");
        assert!(de.len() > 50, "too few German messages: {}", de.len());
        let only_de: Vec<_> = de.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&de).collect();
        assert!(only_de.is_empty(), "missing in English: {only_de:?}");
        assert!(only_en.is_empty(), "missing in German: {only_en:?}");
    }

    #[test]
    fn each_language_speaks_its_own_words() {
        assert_eq!(t!(Tr::new(Lang::De), "nav-next"), "Weiter");
        assert_eq!(t!(Tr::new(Lang::En), "nav-next"), "Next");
    }

    #[test]
    fn system_locales_map_to_a_language() {
        assert_eq!(Lang::from_code("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_code("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_code("fr"), None);
    }
}
