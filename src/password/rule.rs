//! What a system requires of a new password or PIN, as the playbook names
//! it, what we recommend on top, and the check against both.

use serde::{Deserialize, Serialize};

/// Whether a task sets a password or a PIN.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SecretKind {
    /// Letters, digits and symbols.
    #[default]
    Password,
    /// Digits only.
    Pin,
}

/// What a system is known to require of a new password or PIN.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rule {
    /// A password: at least `min_length` characters from at least `classes`
    /// of the four kinds (upper, lower, digit, symbol); optionally not
    /// containing the account name (the Windows complexity rule).
    Password {
        /// Fewest characters.
        min_length: usize,
        /// Fewest kinds of characters, 0 to 4.
        classes: u8,
        /// Whether the account name may not appear in it.
        not_account_name: bool,
    },
    /// A PIN of `min` to `max` digits.
    Pin {
        /// Fewest digits.
        min: usize,
        /// Most digits.
        max: usize,
    },
}

/// What the password helper knows for one task: the kind, the known
/// requirement (if any) and our recommended length.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    /// A password or a PIN.
    pub kind: SecretKind,
    /// What the system is known to require; `None` when unknown.
    pub required: Option<Rule>,
    /// The length we recommend (0: no recommendation beyond the requirement).
    pub recommended_length: usize,
}

impl Policy {
    /// Whether the task sets a PIN.
    pub fn is_pin(&self) -> bool {
        self.kind == SecretKind::Pin
    }

    /// The rule a suggestion must meet: the requirement, lengthened to our
    /// recommendation.
    pub fn target(&self) -> Rule {
        match (self.kind, self.required) {
            (
                SecretKind::Password,
                Some(Rule::Password {
                    min_length,
                    classes,
                    not_account_name,
                }),
            ) => Rule::Password {
                min_length: min_length.max(self.recommended_length),
                classes,
                not_account_name,
            },
            (SecretKind::Pin, Some(Rule::Pin { min, max })) => {
                let digits = self.recommended_length.clamp(min, max.max(min));
                Rule::Pin {
                    min: digits,
                    max: digits,
                }
            }
            (SecretKind::Password, _) => Rule::Password {
                min_length: self.recommended_length,
                classes: 0,
                not_account_name: false,
            },
            (SecretKind::Pin, _) => {
                let digits = self.recommended_length.max(6);
                Rule::Pin {
                    min: digits,
                    max: digits,
                }
            }
        }
    }
}

/// One way a candidate breaks what the system is known to require.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// Fewer characters than the rule asks.
    TooShort(usize),
    /// Fewer kinds of characters than the rule asks.
    TooFewClasses(u8),
    /// Contains the account name.
    ContainsAccountName,
    /// A PIN with something other than digits.
    NotDigits,
    /// A PIN of the wrong length.
    PinLength(usize, usize),
}

/// A pattern that makes a PIN easy to guess, whatever the system accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinPattern {
    /// Counts up or down (123456, 987654).
    Run,
    /// One repeated digit or block (111111, 121212).
    Repeat,
    /// Reads as a date (01011980, 311299).
    Date,
}

/// How many of the four kinds of characters a text uses. Only the special
/// characters Windows lists count as special: currency symbols such as €
/// and £ do not (Microsoft Learn, "Password must meet complexity
/// requirements"), so the check never calls a password compliant that
/// Windows would refuse.
pub fn classes(text: &str) -> u8 {
    let kinds = [
        text.chars().any(char::is_uppercase),
        text.chars().any(char::is_lowercase),
        text.chars().any(|c| c.is_ascii_digit()),
        text.chars().any(|c| c.is_ascii_punctuation()),
    ];
    kinds.into_iter().map(u8::from).sum()
}

impl Rule {
    /// Every way `candidate` breaks the rule; empty when it is accepted.
    pub fn check(self, candidate: &str, account_name: Option<&str>) -> Vec<Failure> {
        let mut out = Vec::new();
        match self {
            Rule::Password {
                min_length,
                classes: need,
                not_account_name,
            } => {
                if candidate.chars().count() < min_length {
                    out.push(Failure::TooShort(min_length));
                }
                if classes(candidate) < need {
                    out.push(Failure::TooFewClasses(need));
                }
                let name = account_name.map(str::to_lowercase).unwrap_or_default();
                // Windows only checks names of three or more characters.
                if not_account_name
                    && name.chars().count() >= 3
                    && candidate.to_lowercase().contains(&name)
                {
                    out.push(Failure::ContainsAccountName);
                }
            }
            Rule::Pin { min, max } => {
                if !candidate.chars().all(|c| c.is_ascii_digit()) {
                    out.push(Failure::NotDigits);
                    return out;
                }
                let len = candidate.len();
                if len < min || len > max {
                    out.push(Failure::PinLength(min, max));
                }
            }
        }
        out
    }
}

/// Runs, repeats and dates in a string of digits.
pub fn pin_weakness(pin: &str) -> Option<PinPattern> {
    let digits: Vec<i16> = pin
        .bytes()
        .map(|b| i16::from(b) - i16::from(b'0'))
        .collect();
    if digits.len() < 2 {
        return None;
    }
    let steps: Vec<i16> = digits.windows(2).map(|w| w[1] - w[0]).collect();
    if steps.iter().all(|s| *s == 1) || steps.iter().all(|s| *s == -1) {
        return Some(PinPattern::Run);
    }
    // One digit or a short block repeated: 111111, 121212, 123123.
    let repeated = (1..=digits.len() / 2).any(|period| {
        digits.len().is_multiple_of(period)
            && digits
                .iter()
                .enumerate()
                .all(|(i, d)| *d == digits[i % period])
    });
    if repeated {
        return Some(PinPattern::Repeat);
    }
    if looks_like_date(pin) {
        return Some(PinPattern::Date);
    }
    None
}

/// DDMMYY, DDMMYYYY, YYYYMMDD and MMDDYYYY with plausible values.
fn looks_like_date(pin: &str) -> bool {
    let n = |range: std::ops::Range<usize>| pin.get(range).and_then(|s| s.parse::<u32>().ok());
    let day_month = |d: Option<u32>, m: Option<u32>| matches!((d, m), (Some(d), Some(m)) if (1..=31).contains(&d) && (1..=12).contains(&m));
    let year4 = |y: Option<u32>| y.is_some_and(|y| (1900..=2099).contains(&y));
    match pin.len() {
        6 => day_month(n(0..2), n(2..4)) || day_month(n(2..4), n(0..2)),
        8 => {
            (day_month(n(0..2), n(2..4)) && year4(n(4..8)))
                || (year4(n(0..4)) && day_month(n(6..8), n(4..6)))
                || (day_month(n(2..4), n(0..2)) && year4(n(4..8)))
        }
        4 => year4(n(0..4)) || day_month(n(0..2), n(2..4)),
        _ => false,
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

    #[test]
    fn the_windows_rule_wants_three_kinds_and_no_account_name() {
        assert_eq!(WINDOWS.check("Sommer2026!", Some("empfang")), vec![]);
        assert_eq!(
            WINDOWS.check("sommer2026", None),
            vec![Failure::TooFewClasses(3)]
        );
        assert_eq!(
            WINDOWS.check("Empfang2026!", Some("Empfang")),
            vec![Failure::ContainsAccountName]
        );
        assert_eq!(WINDOWS.check("Ab1!", None), vec![Failure::TooShort(8)]);
    }

    #[test]
    fn a_currency_sign_is_no_special_character_for_windows() {
        assert_eq!(
            WINDOWS.check("sommerwiese€2026", None),
            vec![Failure::TooFewClasses(3)],
            "Windows does not count € as a special character"
        );
        assert_eq!(WINDOWS.check("sommerwiese-2026", None), vec![]);
    }

    #[test]
    fn pins_are_digits_of_the_right_length() {
        let pin = Rule::Pin { min: 6, max: 8 };
        assert_eq!(pin.check("12a456", None), vec![Failure::NotDigits]);
        assert_eq!(pin.check("4711", None), vec![Failure::PinLength(6, 8)]);
        assert_eq!(pin.check("4093758", None), vec![]);
    }

    #[test]
    fn runs_repeats_and_dates_are_patterns_not_system_rules() {
        let pin = Rule::Pin { min: 6, max: 8 };
        for (digits, pattern) in [
            ("123456", PinPattern::Run),
            ("987654", PinPattern::Run),
            ("111111", PinPattern::Repeat),
            ("121212", PinPattern::Repeat),
            ("01011980", PinPattern::Date),
            ("240385", PinPattern::Date),
        ] {
            assert_eq!(pin_weakness(digits), Some(pattern), "{digits}");
            assert_eq!(pin.check(digits, None), vec![], "{digits}");
        }
        assert_eq!(pin_weakness("4093758"), None);
    }

    #[test]
    fn a_suggestion_meets_the_requirement_and_our_recommendation() {
        let windows = Policy {
            kind: SecretKind::Password,
            required: Some(WINDOWS),
            recommended_length: 15,
        };
        assert_eq!(
            windows.target(),
            Rule::Password {
                min_length: 15,
                classes: 3,
                not_account_name: true
            }
        );
        let unknown_pin = Policy {
            kind: SecretKind::Pin,
            required: None,
            recommended_length: 8,
        };
        assert_eq!(unknown_pin.target(), Rule::Pin { min: 8, max: 8 });
        let unknown = Policy {
            recommended_length: 15,
            ..Policy::default()
        };
        assert!(matches!(
            unknown.target(),
            Rule::Password { min_length: 15, .. }
        ));
    }
}
