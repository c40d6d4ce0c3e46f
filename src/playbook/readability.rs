//! How hard the German texts of a playbook are to read: the first Wiener
//! Sachtextformel (a school-year level: 4 easy, 15 hard), as
//! ../shared/tools/readability.py computes it, so tests hold the playbook to
//! plain language a receptionist reads in one go.

/// A text's level and size, for averaging over many texts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Score {
    /// The Wiener Sachtextformel (first formula).
    pub level: f64,
    /// Words in the text.
    pub words: usize,
}

/// Syllables of a German word: groups of vowels, with the usual diphthongs
/// counted once.
fn syllables(word: &str) -> usize {
    let mut w = word.to_lowercase();
    for pair in ["ei", "ie", "au", "eu", "äu", "ai", "aa", "ee", "oo"] {
        w = w.replace(pair, "a");
    }
    let vowel = |c: char| "aeiouäöüy".contains(c);
    let mut groups = 0;
    let mut in_group = false;
    for c in w.chars() {
        if vowel(c) && !in_group {
            groups += 1;
        }
        in_group = vowel(c);
    }
    groups.max(1)
}

/// The words of a text: letters, with hyphenated compounds as one word.
pub fn words(text: &str) -> Vec<&str> {
    let letter = |c: char| c.is_ascii_alphabetic() || "ÄÖÜäöüß".contains(c);
    let mut out = Vec::new();
    let mut start = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(pos, c)) in chars.iter().enumerate() {
        // A hyphen between letters joins a compound.
        let joins =
            c == '-' && start.is_some() && chars.get(i + 1).is_some_and(|&(_, next)| letter(next));
        if letter(c) || joins {
            start.get_or_insert(pos);
        } else if let Some(s) = start.take() {
            out.push(&text[s..pos]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// The sentences of a text: split after `.`, `!`, `?`, `:` or `;` and a space.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev = None;
    for (pos, c) in text.char_indices() {
        if c.is_whitespace() && prev.is_some_and(|p| ".!?:;".contains(p)) {
            out.push(&text[start..pos]);
            start = pos + c.len_utf8();
        }
        prev = Some(c);
    }
    out.push(&text[start..]);
    out.retain(|s| !words(s).is_empty());
    out
}

/// The level of one text, or `None` for a text without words.
pub fn score(text: &str) -> Option<Score> {
    let ws = words(text);
    if ws.is_empty() {
        return None;
    }
    #[expect(clippy::cast_precision_loss, reason = "texts are short")]
    let share = |n: usize| 100.0 * n as f64 / ws.len() as f64;
    let ms = share(ws.iter().filter(|w| syllables(w) >= 3).count());
    #[expect(clippy::cast_precision_loss, reason = "texts are short")]
    let sl = ws.len() as f64 / sentences(text).len().max(1) as f64;
    let iw = share(ws.iter().filter(|w| w.chars().count() > 6).count());
    let es = share(ws.iter().filter(|w| syllables(w) == 1).count());
    Some(Score {
        level: 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875,
        words: ws.len(),
    })
}

/// The level over many texts, weighted by their words; texts under four
/// words (labels, names) are left out, as the tool does.
pub fn average<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<f64> {
    let scored: Vec<Score> = texts
        .into_iter()
        .filter(|t| words(t).len() >= 4)
        .filter_map(score)
        .collect();
    let total: usize = scored.iter().map(|s| s.words).sum();
    #[expect(clippy::cast_precision_loss, reason = "texts are short")]
    let weighted = scored.iter().map(|s| s.level * s.words as f64).sum::<f64>() / total as f64;
    (total > 0).then_some(weighted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::playbook::default_playbook;

    fn german_texts() -> Vec<String> {
        let p = default_playbook();
        let mut out: Vec<String> = Vec::new();
        let mut add = |t: &crate::playbook::Text| out.push(t.de.clone());
        add(&p.incident.title);
        add(&p.provider.name);
        add(&p.provider.hours);
        for party in &p.parties {
            add(&party.name);
            add(&party.who);
        }
        for page in &p.incident.pages {
            for t in std::iter::once(&page.title)
                .chain(&page.paragraphs)
                .chain(&page.dos)
                .chain(&page.donts)
                .chain(&page.stop_if)
            {
                add(t);
            }
        }
        for task in &p.tasks {
            task.texts().for_each(&mut add);
        }
        out
    }

    #[test]
    fn words_and_sentences_are_split_as_the_tool_splits_them() {
        assert_eq!(
            words("Drücken Sie Strg + Alt + Entf. E-Mail-Postfach!"),
            vec!["Drücken", "Sie", "Strg", "Alt", "Entf", "E-Mail-Postfach"]
        );
        assert_eq!(sentences("Eins zwei. Drei: vier; fünf").len(), 4);
        assert_eq!(syllables("Praxisinhaberin"), 6);
        assert_eq!(syllables("Hilfe"), 2);
    }

    #[test]
    fn the_default_playbook_reads_at_school_year_8_or_below() {
        let texts = german_texts();
        let level = average(texts.iter().map(String::as_str)).unwrap_or(f64::MAX);
        assert!(level <= 8.0, "Wiener Sachtextformel {level:.1}");
    }

    #[test]
    fn no_german_sentence_of_the_default_playbook_has_more_than_15_words() {
        let long: Vec<String> = german_texts()
            .iter()
            .flat_map(|t| {
                sentences(t)
                    .into_iter()
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .filter(|s| words(s).len() > 15)
            .collect();
        assert!(long.is_empty(), "{long:#?}");
    }
}
