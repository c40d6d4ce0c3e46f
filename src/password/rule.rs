//! The rule a system enforces for a new password or PIN, as the playbook
//! names it, and the check against it.

use serde::{Deserialize, Serialize};

/// What a system demands of a new password or PIN.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rule {
    /// No password is set in this task.
    #[default]
    None,
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
    /// A PIN of `min` to `max` digits, without runs, repeats or dates.
    Pin {
        /// Fewest digits.
        min: usize,
        /// Most digits.
        max: usize,
    },
}

/// One way a candidate breaks the rule.
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
    /// A PIN that counts up or down (123456, 987654).
    PinRun,
    /// A PIN of one repeated digit or pattern (111111, 121212).
    PinRepeat,
    /// A PIN that reads as a date (01011980, 311299).
    PinDate,
}

/// How many of the four kinds of characters a text uses.
pub fn classes(text: &str) -> u8 {
    let kinds = [
        text.chars().any(char::is_uppercase),
        text.chars().any(char::is_lowercase),
        text.chars().any(|c| c.is_ascii_digit()),
        text.chars().any(|c| !c.is_alphanumeric()),
    ];
    kinds.into_iter().map(u8::from).sum()
}

impl Rule {
    /// Every way `candidate` breaks the rule; empty when it is accepted.
    pub fn check(self, candidate: &str, account_name: Option<&str>) -> Vec<Failure> {
        let mut out = Vec::new();
        match self {
            Rule::None => {}
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
                out.extend(pin_weakness(candidate));
            }
        }
        out
    }

    /// Whether the rule is for a PIN.
    pub fn is_pin(self) -> bool {
        matches!(self, Rule::Pin { .. })
    }
}

/// Runs, repeats and dates in a string of digits.
pub fn pin_weakness(pin: &str) -> Option<Failure> {
    let digits: Vec<i16> = pin
        .bytes()
        .map(|b| i16::from(b) - i16::from(b'0'))
        .collect();
    if digits.len() < 2 {
        return None;
    }
    let steps: Vec<i16> = digits.windows(2).map(|w| w[1] - w[0]).collect();
    if steps.iter().all(|s| *s == 1) || steps.iter().all(|s| *s == -1) {
        return Some(Failure::PinRun);
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
        return Some(Failure::PinRepeat);
    }
    if looks_like_date(pin) {
        return Some(Failure::PinDate);
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
    fn pins_are_digits_of_the_right_length_without_patterns() {
        let pin = Rule::Pin { min: 6, max: 8 };
        assert_eq!(pin.check("123456", None), vec![Failure::PinRun]);
        assert_eq!(pin.check("987654", None), vec![Failure::PinRun]);
        assert_eq!(pin.check("111111", None), vec![Failure::PinRepeat]);
        assert_eq!(pin.check("121212", None), vec![Failure::PinRepeat]);
        assert_eq!(pin.check("01011980", None), vec![Failure::PinDate]);
        assert_eq!(pin.check("240385", None), vec![Failure::PinDate]);
        assert_eq!(pin.check("12a456", None), vec![Failure::NotDigits]);
        assert_eq!(pin.check("4711", None), vec![Failure::PinLength(6, 8)]);
        assert_eq!(pin.check("4093758", None), vec![]);
    }
}
