//! The copies a workstation keeps of a shared record (`shared-pending.json`,
//! the work done while the share was away, and `shared-copy.json`, the last
//! record seen there). They are read by the private `read_kept` in
//! `persist/shared.rs` with the same `record::decode`; its public entry
//! point is opening the persistence, so this target does exactly that, on a
//! disk in memory whose location note names a shared folder:
//!
//! 1. the bytes as the pending copy, the share away;
//! 2. the bytes as the pending copy, the share there with a record in it
//!    (so the pending work is merged and saved into the share);
//! 3. the bytes as the last copy seen, the share away.
//!
//! Whatever the bytes, opening must not panic, and a pending copy that reads
//! must not be lost: it is in the share afterwards or still kept here.

#![no_main]

use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use fuzz_support::MemDisk;
use libfuzzer_sys::fuzz_target;
use passwort_lotse::persist::location::{self, Location};
use passwort_lotse::persist::{Persistence, Setup};
use passwort_lotse::record::{LockHolder, decode, encode};
use passwort_lotse::workspace::PersistEffect;

const HERE: &str = "/mem/here";
const SHARE: &str = "/mem/share";

/// The practice's record in the share: the training record.
static SHARED_RECORD: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let record = passwort_lotse::demo::record(&fuzz_support::PLAYBOOK, fuzz_support::now());
    encode(&record).unwrap_or_default()
});

static LOCKS: LazyLock<PathBuf> = LazyLock::new(fuzz_support::lock_dir);

fn open(file: &str, bytes: &[u8], share_there: bool) -> Arc<MemDisk> {
    let disk = Arc::new(MemDisk::new(&LOCKS));
    let here = Path::new(HERE);
    let note = Location::Shared {
        folder: PathBuf::from(SHARE),
    };
    if let Err(e) = location::write(disk.as_ref(), here, &note) {
        panic!("the memory disk refused the location note: {e}");
    }
    disk.put(&here.join(file), bytes);
    if share_there {
        disk.put(&Path::new(SHARE).join("record.json"), &SHARED_RECORD);
    }
    let setup = Setup {
        folders: passwort_lotse::workspace::Folders {
            data: PathBuf::from("/mem/data"),
            settings: here.to_owned(),
        },
        demo: false,
        legacy_shared_folder: None,
        me: LockHolder {
            name: "Anna Schmidt".into(),
            workstation: "Empfang-PC".into(),
        },
        credential_store: None,
        disk: disk.clone(),
        lock_wait: std::time::Duration::ZERO,
    };
    let mut persistence = Persistence::new(setup, Arc::new(fuzz_support::clock()));
    let _ = persistence.run(PersistEffect::Open);
    let _ = persistence.run(PersistEffect::Retry);
    disk
}

fuzz_target!(|data: &[u8]| {
    let pending = decode(data).ok();
    let _ = open("shared-pending.json", data, false);
    let disk = open("shared-pending.json", data, true);
    if let Some(pending) = pending.filter(|p| !p.is_empty()) {
        // Work that was read is in the share now, or still kept here.
        use passwort_lotse::disk::Disk;
        let in_share = disk
            .read(&Path::new(SHARE).join("record.json"))
            .ok()
            .and_then(|b| decode(&b).ok())
            .is_some_and(|shared| shared.merged_with(&pending) == shared);
        let kept = disk
            .read(&Path::new(HERE).join("shared-pending.json"))
            .is_ok();
        assert!(in_share || kept, "pending work was lost");
    }
    let _ = open("shared-copy.json", data, false);
});
