//! The support bundle: one zip file with what support needs to help, and
//! nothing secret: the status summary, versions, and the recent logs with any
//! line that might carry a secret removed.

use std::io::Write;
use std::path::Path;

/// How many of the newest log files go into the bundle.
const LOG_FILES: usize = 3;
/// At most this much of each log file (its end) goes in.
const LOG_BYTES: usize = 256 * 1024;
/// Lines mentioning any of these are left out, whatever else they say.
const SECRET_WORDS: [&str; 6] = ["passw", "kennw", "secret", "pin", "token", "credential"];

/// One file in the bundle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Its name inside the zip.
    pub name: String,
    /// Its contents.
    pub bytes: Vec<u8>,
}

/// The newest logs, each without any line that might carry a secret.
pub fn logs(dir: &Path) -> Vec<Entry> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
        .iter()
        .rev()
        .take(LOG_FILES)
        .filter_map(|path| {
            let bytes = std::fs::read(path).ok()?;
            let tail = &bytes[bytes.len().saturating_sub(LOG_BYTES)..];
            let name = path.file_name()?.to_string_lossy().into_owned();
            Some(Entry {
                name: format!("logs/{name}"),
                bytes: scrub(&String::from_utf8_lossy(tail)).into_bytes(),
            })
        })
        .collect()
}

/// The log text without any line that mentions a secret.
pub fn scrub(log: &str) -> String {
    log.lines()
        .filter(|line| {
            let lower = line.to_lowercase();
            !SECRET_WORDS.iter().any(|w| lower.contains(w))
        })
        .fold(String::new(), |mut out, line| {
            out.push_str(line);
            out.push('\n');
            out
        })
}

/// Writes the bundle as a zip file, all at once, so a failure leaves no half file.
pub fn write(disk: &dyn crate::disk::Disk, path: &Path, entries: &[Entry]) -> std::io::Result<()> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for entry in entries {
        zip.start_file(entry.name.as_str(), options)
            .map_err(std::io::Error::other)?;
        zip.write_all(&entry.bytes)?;
    }
    let bytes = zip.finish().map_err(std::io::Error::other)?.into_inner();
    crate::disk::write_atomic(disk, path, &bytes)
}
