//! The record's file format: JSON with a schema version and a checksum over
//! the events, so a damaged or hand-edited file is recognised, never trusted.
//!
//! Layout, one event per line so a support technician can read it:
//! `{"format":"passwort-lotse-record","schema":3,"checksum":"<sha256>","events":[`
//! then each event as compact JSON on its own line, then `]}`.

use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::{Event, Record};

/// The record schema this app writes. Schema 2 added ticked paper sheets
/// (`sheet_entered`). Schema 3 made the profile's questions "yes / no /
/// don't know", added the check of the computers and the clean-up to the
/// facts, and "help needed" and "not applicable" to a sheet. An older app
/// refuses such a record as newer instead of calling it edited.
pub const RECORD_SCHEMA: u32 = 3;

/// The `format` field of a record file, also its marker inside a certificate.
pub const RECORD_FORMAT: &str = "passwort-lotse-record";
const FORMAT: &str = RECORD_FORMAT;

/// Why a record file cannot be used as it is.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    /// The file ends early, e.g. after a power cut during a copy.
    #[error("the record file is cut off")]
    Truncated,
    /// The file is not a record of this app.
    #[error("the file is not a Passwort-Lotse record")]
    NotARecord,
    /// A newer version of the app wrote it.
    #[error("the record was written by a newer version (schema {0})")]
    NewerSchema(u32),
    /// The contents were changed outside the app.
    #[error("the record was changed outside the app")]
    Edited,
}

/// The checksum over the canonical bytes of the events.
fn checksum(events: &[Event]) -> Result<String, serde_json::Error> {
    let mut hasher = Sha256::new();
    for e in events {
        hasher.update(serde_json::to_vec(e)?);
        hasher.update(b"\n");
    }
    Ok(crate::hex::hex(&hasher.finalize()))
}

/// The bytes to write for a record.
pub fn encode(record: &Record) -> Result<Vec<u8>, serde_json::Error> {
    let events = record.events();
    let sum = checksum(events)?;
    let mut out = format!(
        "{{\"format\":\"{FORMAT}\",\"schema\":{RECORD_SCHEMA},\"checksum\":\"{sum}\",\"events\":[\n"
    )
    .into_bytes();
    for (i, e) in events.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b",\n");
        }
        out.extend_from_slice(&serde_json::to_vec(e)?);
    }
    out.extend_from_slice(b"\n]}\n");
    Ok(out)
}

#[derive(Deserialize)]
struct Header {
    format: String,
    schema: u32,
}

#[derive(Deserialize)]
struct Body {
    checksum: String,
    events: Vec<Event>,
}

/// Reads a record from file bytes, refusing anything damaged or edited.
pub fn decode(bytes: &[u8]) -> Result<Record, FileError> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        if e.is_eof() {
            FileError::Truncated
        } else {
            FileError::NotARecord
        }
    })?;
    let header: Header =
        serde_json::from_value(value.clone()).map_err(|_| FileError::NotARecord)?;
    if header.format != FORMAT {
        return Err(FileError::NotARecord);
    }
    if header.schema > RECORD_SCHEMA {
        return Err(FileError::NewerSchema(header.schema));
    }
    let value = migrate(value, header.schema)?;
    let body: Body = serde_json::from_value(value).map_err(|_| FileError::Edited)?;
    let sum = checksum(&body.events).map_err(|_| FileError::Edited)?;
    if sum != body.checksum {
        return Err(FileError::Edited);
    }
    let numbered = body.events.iter().zip(1..).all(|(e, n)| e.seq == n);
    if !numbered {
        return Err(FileError::Edited);
    }
    Ok(Record::from_events(body.events))
}

/// Brings an older schema's JSON up to the current one, one version at a time.
/// Each later schema adds its step here.
fn migrate(value: serde_json::Value, schema: u32) -> Result<serde_json::Value, FileError> {
    match schema {
        // Schemas 2 and 3 only added event kinds and fields, and the profile
        // reads its older form itself: every older record is valid as it is.
        1 | 2 | RECORD_SCHEMA => Ok(value),
        _ => Err(FileError::NotARecord),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{EventKind, Mark};
    use chrono::Utc;

    fn sample() -> Record {
        let mut r = Record::default();
        for task in ["a", "b", "c"] {
            r.push(
                Utc::now(),
                "Anna",
                "Empfang-PC",
                EventKind::TaskMarked {
                    task: task.into(),
                    mark: Mark::Done,
                    reason: None,
                },
            );
        }
        r
    }

    #[test]
    fn a_record_reads_back_as_written() -> Result<(), Box<dyn std::error::Error>> {
        let r = sample();
        assert_eq!(decode(&encode(&r)?)?, r);
        Ok(())
    }

    #[test]
    fn a_truncated_file_is_recognised() -> Result<(), Box<dyn std::error::Error>> {
        let bytes = encode(&sample())?;
        for cut in [bytes.len() - 3, bytes.len() / 2, 10] {
            assert_eq!(
                decode(&bytes[..cut]),
                Err(FileError::Truncated),
                "cut at {cut}"
            );
        }
        Ok(())
    }

    #[test]
    fn garbage_is_not_a_record() {
        assert_eq!(decode(b"\x00\xffhello"), Err(FileError::NotARecord));
        assert_eq!(decode(b"{\"x\":1}"), Err(FileError::NotARecord));
    }

    #[test]
    fn a_hand_edit_is_caught() -> Result<(), Box<dyn std::error::Error>> {
        let text = String::from_utf8(encode(&sample())?)?;
        let edited = text.replacen("\"done\"", "\"not_applicable\"", 1);
        assert_eq!(decode(edited.as_bytes()), Err(FileError::Edited));
        let renamed = text.replacen("Anna", "Bernd", 1);
        assert_eq!(decode(renamed.as_bytes()), Err(FileError::Edited));
        Ok(())
    }

    #[test]
    fn a_newer_schema_is_refused_not_misread() -> Result<(), Box<dyn std::error::Error>> {
        let text = String::from_utf8(encode(&sample())?)?;
        let current = format!("\"schema\":{RECORD_SCHEMA}");
        let newer = text.replacen(&current, "\"schema\":7", 1);
        assert_eq!(decode(newer.as_bytes()), Err(FileError::NewerSchema(7)));
        Ok(())
    }

    #[test]
    fn a_record_of_the_first_schema_still_reads() -> Result<(), Box<dyn std::error::Error>> {
        let r = sample();
        let text = String::from_utf8(encode(&r)?)?;
        let current = format!("\"schema\":{RECORD_SCHEMA}");
        let first = text.replacen(&current, "\"schema\":1", 1);
        assert_ne!(first, text);
        assert_eq!(decode(first.as_bytes())?, r);
        Ok(())
    }
}
