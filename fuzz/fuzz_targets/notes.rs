//! The small files beside the record, each read from outside bytes:
//! `record-location.json` (where the record lives; `persist::location::read`
//! and `record_dir`, which the command line uses), `record.holder` (who holds
//! the lock, shown to the others; `Store::holder`), `seal-key.bin` (the
//! certificate key file; `certificate::load_or_create` and `key::existing`)
//! and `known-keys.txt` (the practice's other keys; `KnownKeys::listed_in`,
//! then compared with a seal as `passwort-lotse verify` does, with the lines
//! that are fingerprints also given as `--key`). The same bytes go into all
//! four files of a disk in memory.

#![no_main]

use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use ed25519_dalek::SigningKey;
use fuzz_support::MemDisk;
use libfuzzer_sys::fuzz_target;
use passwort_lotse::certificate::trust::{KNOWN_KEYS_FILE, is_fingerprint};
use passwort_lotse::certificate::{KeySource, KnownKeys, Seal, key, load_or_create};
use passwort_lotse::i18n::Lang;
use passwort_lotse::persist::location;
use passwort_lotse::store::Store;

static LOCKS: LazyLock<PathBuf> = LazyLock::new(fuzz_support::lock_dir);

static SEAL: LazyLock<Seal> = LazyLock::new(|| {
    Seal::sign(
        &SigningKey::from_bytes(&[3; 32]),
        KeySource::KeyFile,
        Lang::De,
        (fuzz_support::now(), 60),
        b"{}",
        b"{}",
    )
});

fuzz_target!(|data: &[u8]| {
    let disk = Arc::new(MemDisk::new(&LOCKS));
    let here = Path::new("/mem/here");
    let data_dir = Path::new("/mem/data");
    disk.put(&location::path(here), data);
    disk.put(&here.join("record.holder"), data);
    disk.put(&data_dir.join("seal-key.bin"), data);
    disk.put(&data_dir.join(KNOWN_KEYS_FILE), data);

    if let Ok(location) = location::read(disk.as_ref(), here, None) {
        // A note that reads is written back as the persistence writes it.
        if let Err(e) = location::write(disk.as_ref(), here, &location) {
            panic!("a location that was read cannot be written: {e}");
        }
        match location::read(disk.as_ref(), here, None) {
            Ok(again) => assert_eq!(again, location),
            Err(e) => panic!("a location as written does not read back: {e}"),
        }
    }
    let _ = location::record_dir(disk.as_ref(), here, Some(Path::new("/mem/legacy")));

    let holder = Store::on(here, disk.clone()).holder();
    let _ = format!("{} ({})", holder.name, holder.workstation);

    match load_or_create(None, data_dir, disk.as_ref()) {
        Ok(_) => assert_eq!(data.len(), 32, "only 32 bytes are a key"),
        Err(_) => assert_ne!(data.len(), 32, "32 bytes are a key"),
    }
    let own = match key::existing(None, data_dir, disk.as_ref()) {
        Ok(key) => key.map(|k| k.fingerprint()),
        Err(_) => None,
    };

    let listed = KnownKeys::listed_in(disk.as_ref(), data_dir).unwrap_or_default();
    let given = String::from_utf8_lossy(data)
        .lines()
        .filter(|l| is_fingerprint(l))
        .map(str::to_owned)
        .collect();
    let known = KnownKeys { own, listed, given };
    let _ = known.sealed_by(&SEAL);
});
