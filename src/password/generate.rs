//! Suggested passwords: passphrases from a word list and PINs, drawn from
//! the operating system's secure random source.

use rand_core::{CryptoRng, RngCore};
use zeroize::Zeroizing;

use super::rule::{Policy, Rule, pin_weakness};
use crate::i18n::Lang;

const GERMAN_WORDS: &str = include_str!("../../assets/wordlists/de-passphrase.txt");

/// How many words a passphrase has; with 4,096 or 7,776 words that is 60 or
/// more bits before the digit and the capital.
pub const WORDS: u32 = 5;

/// The word list for a language.
pub fn word_list(lang: Lang) -> &'static [&'static str] {
    static GERMAN: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    match lang {
        Lang::De => GERMAN.get_or_init(|| GERMAN_WORDS.lines().filter(|l| !l.is_empty()).collect()),
        Lang::En => diceware_wordlists::Wordlist::EffLong.get_list(),
    }
}

/// A uniform number below `n`, without the bias of a plain modulo.
fn below(rng: &mut (impl RngCore + CryptoRng), n: u32) -> u32 {
    let zone = u32::MAX - (u32::MAX % n);
    loop {
        let v = rng.next_u32();
        if v < zone {
            return v % n;
        }
    }
}

/// A suggestion and how hard it is to guess.
pub struct Suggestion {
    /// The password or PIN; wiped from memory when dropped.
    pub text: Zeroizing<String>,
    /// Bits of entropy from how it was made.
    pub bits: f64,
}

/// A passphrase for a password rule: words joined by dashes, one word
/// capitalised and a digit added, so the Windows complexity rule passes.
pub fn passphrase(lang: Lang, rule: Rule, rng: &mut (impl RngCore + CryptoRng)) -> Suggestion {
    let words = word_list(lang);
    let count = u32::try_from(words.len()).unwrap_or(u32::MAX);
    let min_length = match rule {
        Rule::Password { min_length, .. } => min_length,
        Rule::Pin { .. } => 0,
    };
    loop {
        let mut chosen: Vec<String> = (0..WORDS)
            .map(|_| words[below(rng, count) as usize].to_owned())
            .collect();
        let capital = below(rng, WORDS) as usize;
        chosen[capital] = capitalise(&chosen[capital]);
        let digit = below(rng, 10);
        let mut text = Zeroizing::new(chosen.join("-"));
        text.push(char::from_digit(digit, 10).unwrap_or('7'));
        for w in &mut chosen {
            zeroize::Zeroize::zeroize(w);
        }
        if text.chars().count() < min_length || !rule.check(&text, None).is_empty() {
            continue;
        }
        let bits =
            f64::from(WORDS) * f64::from(count).log2() + 10f64.log2() + f64::from(WORDS).log2();
        return Suggestion { text, bits };
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A PIN for a PIN rule, as long as the rule allows (at most 8 digits), with
/// no runs, repeats or dates.
pub fn pin(rule: Rule, rng: &mut (impl RngCore + CryptoRng)) -> Suggestion {
    let (min, max) = match rule {
        Rule::Pin { min, max } => (min, max),
        Rule::Password { .. } => (8, 8),
    };
    let length = max.clamp(min, 8);
    loop {
        let text: Zeroizing<String> = Zeroizing::new(
            (0..length)
                .map(|_| char::from_digit(below(rng, 10), 10).unwrap_or('0'))
                .collect(),
        );
        if pin_weakness(&text).is_none() {
            #[expect(clippy::cast_precision_loss, reason = "a PIN has a few digits")]
            let bits = length as f64 * 10f64.log2();
            return Suggestion { text, bits };
        }
    }
}

/// A suggestion that meets the known requirement and our recommendation: a
/// PIN for PIN tasks, else a passphrase.
pub fn suggest(lang: Lang, policy: Policy) -> Suggestion {
    let mut rng = rand_core::OsRng;
    let rule = policy.target();
    if policy.is_pin() {
        pin(rule, &mut rng)
    } else {
        passphrase(lang, rule, &mut rng)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const WINDOWS: Rule = Rule::Password {
        min_length: 12,
        classes: 3,
        not_account_name: true,
    };

    #[test]
    fn the_german_list_is_long_plain_and_unique() {
        let words = word_list(Lang::De);
        assert!(words.len() >= 4000);
        assert!(
            words
                .iter()
                .all(|w| w.chars().all(|c| c.is_ascii_lowercase()))
        );
        assert_eq!(words.iter().collect::<HashSet<_>>().len(), words.len());
        assert_eq!(word_list(Lang::En).len(), 7776);
    }

    #[test]
    fn a_hundred_thousand_passphrases_meet_the_rule_and_never_repeat() {
        let mut rng = rand_core::OsRng;
        let mut seen = HashSet::new();
        for i in 0..100_000 {
            let lang = if i % 2 == 0 { Lang::De } else { Lang::En };
            let s = passphrase(lang, WINDOWS, &mut rng);
            assert!(
                WINDOWS.check(&s.text, None).is_empty(),
                "{}",
                s.text.as_str()
            );
            assert!(s.bits >= 60.0);
            assert!(seen.insert(s.text.to_string()), "repeated");
        }
    }

    #[test]
    fn a_hundred_thousand_pins_hold_their_rule() {
        let mut rng = rand_core::OsRng;
        for rule in [
            Rule::Pin { min: 8, max: 8 },
            Rule::Pin { min: 6, max: 8 },
            Rule::Pin { min: 6, max: 6 },
        ] {
            for _ in 0..100_000 / 3 {
                let p = pin(rule, &mut rng);
                assert!(rule.check(&p.text, None).is_empty(), "{}", p.text.as_str());
                assert_eq!(pin_weakness(&p.text), None, "{}", p.text.as_str());
            }
        }
    }
}
