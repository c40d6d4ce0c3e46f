//! The record file (`record.json`, its backups, the copies kept while a
//! share is away, the record inside a certificate): arbitrary bytes into
//! `record::decode`. A record that reads is written again and must read
//! back equal, and is opened in a workspace as the app would open it.
//! Bytes whose events parse are also resealed (checksum recomputed, as
//! anyone with `sha256sum` could) so the fuzzer gets past the checksum.

#![no_main]

use libfuzzer_sys::fuzz_target;
use passwort_lotse::record::{Record, decode, encode};
use passwort_lotse::settings::Settings;

fn use_record(record: Record) {
    let bytes = match encode(&record) {
        Ok(bytes) => bytes,
        Err(e) => panic!("a record that was read cannot be written: {e}"),
    };
    match decode(&bytes) {
        Ok(again) => assert_eq!(again, record, "the record changed on the way round"),
        Err(e) => panic!("a record as written does not read back: {e}"),
    }
    let merged = record.merged_with(&record);
    assert_eq!(merged, record, "merging a record with itself changed it");
    let _ = passwort_lotse::summary::Summary::of(&fuzz_support::PLAYBOOK, &record);
    let _ = fuzz_support::workspace(record, Settings::default());
}

fuzz_target!(|data: &[u8]| {
    if let Ok(record) = decode(data) {
        use_record(record);
    }
    if let Some(resealed) = fuzz_support::reseal(data)
        && let Ok(record) = decode(&resealed)
    {
        use_record(record);
    }
});
