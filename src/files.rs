//! Crash-safe file writing, shared by the record and the settings.

use std::fs::File;
use std::io::{self, Write};
use std::path::Path;

/// Writes a file so a crash leaves the old or the new version: a temporary
/// file in the same folder, flushed to disk, renamed over the old one, and the
/// folder flushed so the rename itself survives a power cut.
///
/// The temporary file is named after the file (`.record.json.XXXXXX.tmp`),
/// so one left by a killed save can be told apart and removed later by
/// whoever owns that file (see [`is_temp_of`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    // A bare file name ("Protokoll.pdf") has an empty parent: the current folder.
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "file".to_owned(), |n| n.to_string_lossy().into_owned());
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

const TEMP_SUFFIX: &str = ".tmp";

/// Whether `candidate` is a temporary file [`write_atomic`] made for a file
/// whose name starts with `stem` (e.g. "record" for record.json, its holder
/// and its backups).
pub fn is_temp_of(candidate: &Path, stem: &str) -> bool {
    candidate.file_name().is_some_and(|n| {
        let n = n.to_string_lossy();
        n.starts_with(&format!(".{stem}")) && n.ends_with(TEMP_SUFFIX)
    })
}

/// Flushes a folder's entries (renames, new files) to disk.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = (dir, File::open);
    Ok(())
}

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
