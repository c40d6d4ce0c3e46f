//! How strong a new password is, in plain words, with what to improve.
//! zxcvbn gives the estimate; on top come what it does not know: common
//! German passwords and patterns, and the practice's own words.

use super::rule::{Failure, PinPattern, Policy, pin_weakness};

const COMMON_GERMAN: &str = include_str!("../../assets/wordlists/de-common-passwords.txt");

const SEASONS_AND_MONTHS: &[&str] = &[
    "sommer",
    "winter",
    "herbst",
    "fruehling",
    "frühling",
    "januar",
    "februar",
    "maerz",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "summer",
    "autumn",
    "spring",
    "january",
    "february",
    "march",
    "june",
    "july",
    "october",
    "december",
];

const KEYBOARD_WALKS: &[&str] = &[
    "qwertz", "qwerty", "asdfg", "yxcvb", "zxcvb", "12345", "23456", "34567", "45678", "56789",
    "09876", "98765", "qayxsw", "1qay", "wsxedc", "poiuz",
];

/// The strength in plain words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Guessed quickly: do not use.
    Weak,
    /// Better, but not enough after a break-in.
    Fair,
    /// Good.
    Strong,
}

/// Something that makes a password easier to guess, said as what to change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// One of the commonest passwords.
    CommonPassword,
    /// A season or month with a year, like "Sommer2026".
    SeasonWithYear,
    /// "Praxis" or "Passwort" in some form.
    PraxisOrPasswort,
    /// A row of keys, like "qwertz" or "12345".
    KeyboardWalk,
    /// A word of the practice: its name, a member of staff, the city, a device.
    PracticeWord(String),
    /// Shorter than the length we recommend for this account.
    ShorterThan(usize),
    /// A PIN with a run, a repeat or a date.
    PinPattern(PinPattern),
    /// zxcvbn found a pattern (a date, a repeat, a sequence, a single word).
    Pattern,
    /// Words are better: four or more.
    UseWords,
}

/// The verdict on a candidate password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// How strong it is.
    pub strength: Strength,
    /// How it stands against what the system is known to require: `None`
    /// when the requirement is unknown (nothing can be promised), else every
    /// way it breaks the requirement (empty: it meets it).
    pub required: Option<Vec<Failure>>,
    /// What to improve, most important first.
    pub findings: Vec<Finding>,
}

impl Assessment {
    /// Whether it meets a known requirement; `false` when unknown too.
    pub fn meets_known_requirement(&self) -> bool {
        self.required.as_ref().is_some_and(Vec::is_empty)
    }
}

/// The length we hold a password to where the playbook recommends none.
const DEFAULT_RECOMMENDED: usize = 12;

/// The practice's own words worth checking for: parts of names of at least
/// four letters, lower case.
pub fn practice_words<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let ignore = ["praxis", "doktor", "gemeinschaftspraxis", "zentrum"];
    let mut words: Vec<String> = texts
        .into_iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 4 && !ignore.contains(&w.as_str()))
        .collect();
    words.sort();
    words.dedup();
    words
}

/// Undoes the usual substitutions (P@ssw0rt → passwort) to find words.
fn plain(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            '0' => 'o',
            '1' | '!' => 'i',
            '3' => 'e',
            '4' | '@' => 'a',
            '5' | '$' => 's',
            '7' => 't',
            other => other,
        })
        .collect()
}

fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphabetic()).collect()
}

/// Judges a candidate against what the system is known to require and what
/// we recommend.
pub fn assess(
    candidate: &str,
    policy: Policy,
    practice: &[String],
    account_name: Option<&str>,
) -> Assessment {
    let required = policy
        .required
        .map(|rule| rule.check(candidate, account_name));
    let recommended = if policy.recommended_length > 0 {
        policy.recommended_length
    } else {
        DEFAULT_RECOMMENDED
    };
    let length = candidate.chars().count();
    if policy.is_pin() {
        return assess_pin(candidate, required, recommended);
    }
    let lower = candidate.to_lowercase();
    let plain = plain(candidate);
    let bare = letters(&plain);
    let mut findings = Vec::new();
    let common = COMMON_GERMAN
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .any(|w| {
            lower == w || bare == w || plain.trim_end_matches(|c: char| !c.is_alphabetic()) == w
        });
    if common {
        findings.push(Finding::CommonPassword);
    }
    let has_year = lower.contains("19")
        || lower.contains("20")
        || lower.chars().filter(char::is_ascii_digit).count() >= 2;
    if has_year && SEASONS_AND_MONTHS.iter().any(|s| plain.contains(s)) {
        findings.push(Finding::SeasonWithYear);
    }
    if ["praxis", "passwort", "password", "kennwort"]
        .iter()
        .any(|w| plain.contains(w))
    {
        findings.push(Finding::PraxisOrPasswort);
    }
    if KEYBOARD_WALKS.iter().any(|w| lower.contains(w)) {
        findings.push(Finding::KeyboardWalk);
    }
    if let Some(word) = practice.iter().find(|w| plain.contains(w.as_str())) {
        findings.push(Finding::PracticeWord(word.clone()));
    }
    let inputs: Vec<&str> = practice.iter().map(String::as_str).collect();
    let estimate = zxcvbn::zxcvbn(candidate, &inputs);
    if length < recommended {
        findings.push(Finding::ShorterThan(recommended));
    }
    if estimate
        .feedback()
        .and_then(zxcvbn::feedback::Feedback::warning)
        .is_some()
        && findings.is_empty()
    {
        findings.push(Finding::Pattern);
    }
    let score = u8::from(estimate.score());
    let ours_found_something = findings
        .iter()
        .any(|f| !matches!(f, Finding::ShorterThan(_)));
    let strength = if ours_found_something || score <= 2 || length < 10 {
        Strength::Weak
    } else if score == 3 || length < recommended.max(15) {
        Strength::Fair
    } else {
        Strength::Strong
    };
    if strength != Strength::Strong {
        findings.push(Finding::UseWords);
    }
    Assessment {
        strength,
        required,
        findings,
    }
}

/// A PIN: digits without patterns, as long as we recommend.
fn assess_pin(candidate: &str, required: Option<Vec<Failure>>, recommended: usize) -> Assessment {
    let mut findings = Vec::new();
    let digits = candidate.chars().all(|c| c.is_ascii_digit());
    if let Some(pattern) = pin_weakness(candidate).filter(|_| digits) {
        findings.push(Finding::PinPattern(pattern));
    }
    let short = candidate.chars().count() < recommended;
    if short {
        findings.push(Finding::ShorterThan(recommended));
    }
    let strength = if !digits
        || !findings
            .iter()
            .all(|f| matches!(f, Finding::ShorterThan(_)))
    {
        Strength::Weak
    } else if short {
        Strength::Fair
    } else {
        Strength::Strong
    };
    Assessment {
        strength,
        required,
        findings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::password::{Rule, SecretKind};

    const WINDOWS: Policy = Policy {
        kind: SecretKind::Password,
        required: Some(Rule::Password {
            min_length: 8,
            classes: 3,
            not_account_name: true,
        }),
        recommended_length: 15,
    };

    fn judge(p: &str) -> Assessment {
        let practice = practice_words([
            "Praxis Dr. Mueller",
            "Anna Schmidt",
            "Dresden",
            "MediPlus",
            "Empfang-PC",
        ]);
        assess(p, WINDOWS, &practice, Some("empfang"))
    }

    #[test]
    fn the_passwords_staff_invent_are_weak_with_a_reason() {
        let cases = [
            ("Sommer2026!", Finding::SeasonWithYear),
            ("Praxis-Mueller1", Finding::PraxisOrPasswort),
            ("123456", Finding::CommonPassword),
            ("Passwort1", Finding::CommonPassword),
            ("Qwertz123!", Finding::KeyboardWalk),
            ("Dresden2026#", Finding::PracticeWord("dresden".into())),
        ];
        for (password, reason) in cases {
            let a = judge(password);
            assert_eq!(a.strength, Strength::Weak, "{password}");
            assert!(a.findings.contains(&reason), "{password}: {:?}", a.findings);
        }
        assert!(
            judge("Praxis-Mueller1")
                .findings
                .contains(&Finding::PracticeWord("mueller".into()))
        );
    }

    #[test]
    fn a_long_passphrase_is_strong_and_meets_the_windows_rule() {
        let a = judge("Kellner-Getreide-Abfahrt-Geduld7-Riesen");
        assert_eq!(a.strength, Strength::Strong);
        assert!(a.meets_known_requirement());
        assert!(a.findings.is_empty(), "{:?}", a.findings);
    }

    #[test]
    fn an_unknown_requirement_is_never_called_met() {
        let unknown = Policy {
            required: None,
            ..WINDOWS
        };
        let a = assess(
            "Kellner-Getreide-Abfahrt-Geduld7-Riesen",
            unknown,
            &[],
            None,
        );
        assert_eq!(a.required, None);
        assert!(!a.meets_known_requirement());
        assert_eq!(a.strength, Strength::Strong);
    }

    #[test]
    fn a_password_shorter_than_recommended_says_so() {
        let a = assess("Kellner-Gedul7", WINDOWS, &[], None);
        assert!(a.meets_known_requirement());
        assert!(
            a.findings.contains(&Finding::ShorterThan(15)),
            "{:?}",
            a.findings
        );
        assert_ne!(a.strength, Strength::Strong);
    }

    #[test]
    fn a_pin_with_a_pattern_is_weak_though_the_terminal_may_take_it() {
        let pin = Policy {
            kind: SecretKind::Pin,
            required: Some(Rule::Pin { min: 8, max: 8 }),
            recommended_length: 8,
        };
        let a = assess("12345678", pin, &[], None);
        assert!(a.meets_known_requirement());
        assert_eq!(a.strength, Strength::Weak);
        assert_eq!(a.findings, vec![Finding::PinPattern(PinPattern::Run)]);
        let good = assess("40937586", pin, &[], None);
        assert_eq!(good.strength, Strength::Strong);
        let unknown = assess(
            "409375",
            Policy {
                required: None,
                ..pin
            },
            &[],
            None,
        );
        assert_eq!(unknown.required, None);
        assert_eq!(unknown.findings, vec![Finding::ShorterThan(8)]);
    }
}
