//! File names the app offers for the documents it makes.

/// A file name for a document of a practice that any file system takes:
/// "Zwischenstand-Praxis-Dr-Mueller-2026-11-28.pdf".
pub fn document_name(kind: &str, practice: &str, day: chrono::NaiveDate) -> String {
    let practice: String = practice
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('Ä', "Ae")
        .replace('Ö', "Oe")
        .replace('Ü', "Ue")
        .replace('ß', "ss")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let practice = practice
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("{kind}-{practice}-{}.pdf", day.format("%Y-%m-%d"))
}
