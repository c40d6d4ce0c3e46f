//! How strong a new password is, in plain words, with what to improve.
//! zxcvbn gives the estimate; on top come what it does not know: common
//! German passwords and patterns, and the practice's own words.

use super::rule::{Failure, Rule};

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
    /// Too short for something that is the only protection.
    Short,
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
    /// Where it breaks the system's rule; empty when the system accepts it.
    pub failures: Vec<Failure>,
    /// What to improve, most important first.
    pub findings: Vec<Finding>,
}

impl Assessment {
    /// Whether the system will accept it.
    pub fn meets_rule(&self) -> bool {
        self.failures.is_empty()
    }
}

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

/// Judges a candidate for a system's rule.
pub fn assess(
    candidate: &str,
    rule: Rule,
    practice: &[String],
    account_name: Option<&str>,
) -> Assessment {
    let failures = rule.check(candidate, account_name);
    if rule.is_pin() {
        let strength = if failures.is_empty() {
            Strength::Strong
        } else {
            Strength::Weak
        };
        return Assessment {
            strength,
            failures,
            findings: Vec::new(),
        };
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
    let length = candidate.chars().count();
    if length < 12 {
        findings.push(Finding::Short);
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
    let ours_found_something = findings.iter().any(|f| !matches!(f, Finding::Short));
    let strength = if ours_found_something || score <= 2 || length < 10 {
        Strength::Weak
    } else if score == 3 || length < 15 {
        Strength::Fair
    } else {
        Strength::Strong
    };
    if strength != Strength::Strong {
        findings.push(Finding::UseWords);
    }
    Assessment {
        strength,
        failures,
        findings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WINDOWS: Rule = Rule::Password {
        min_length: 8,
        classes: 3,
        not_account_name: true,
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
        assert!(a.meets_rule());
        assert!(a.findings.is_empty(), "{:?}", a.findings);
    }
}
