//! One writer at a time: the record's lock file, who holds it, and a wait
//! for it that always ends.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::{Store, StoreError};
use crate::disk::{FileLock, write_atomic};
use crate::record::LockHolder;

const LOCK: &str = "record.lock";
const HOLDER: &str = "record.holder";

/// How often a waiting copy looks whether the lock is free again.
const LOOK_EVERY: Duration = Duration::from_millis(50);

/// Proof that this copy of the app holds the record's lock; dropping it
/// releases the lock. A copy holds at most one: a second handle on the same
/// lock file would wait for the first, in this process as in any other.
#[derive(Debug)]
pub struct WriterLock {
    _lock: FileLock,
}

/// Whether the lock was taken or who holds it.
#[derive(Debug)]
pub enum Locking {
    /// This copy holds it now.
    Taken(WriterLock),
    /// Another copy holds it.
    HeldBy(LockHolder),
}

impl Store {
    fn lock_path(&self) -> PathBuf {
        self.dir.join(LOCK)
    }

    /// Tries to become the writer without waiting.
    pub fn try_lock(&self, me: &LockHolder) -> Result<Locking, StoreError> {
        let path = self.lock_path();
        match self.disk.try_lock(&path).map_err(StoreError::io(&path))? {
            Some(lock) => {
                self.announce(me);
                Ok(Locking::Taken(WriterLock { _lock: lock }))
            }
            None => Ok(Locking::HeldBy(self.holder())),
        }
    }

    /// Takes the lock of a shared folder for one save, waiting at most
    /// `longest` while another workstation saves. `waiting` is told who that
    /// is as soon as the wait begins, so the screen can say so; after
    /// `longest` the save gives up with [`StoreError::Busy`] and is tried
    /// again later, so no window ever waits for a hung workstation.
    pub fn lock_briefly(
        &self,
        me: &LockHolder,
        longest: Duration,
        waiting: &mut dyn FnMut(&LockHolder),
    ) -> Result<WriterLock, StoreError> {
        let path = self.lock_path();
        let until = Instant::now() + longest;
        let mut told = false;
        loop {
            if let Some(lock) = self.disk.try_lock(&path).map_err(StoreError::io(&path))? {
                self.announce(me);
                return Ok(WriterLock { _lock: lock });
            }
            let holder = self.holder();
            if !told {
                waiting(&holder);
                told = true;
            }
            if Instant::now() >= until {
                return Err(StoreError::Busy(holder));
            }
            std::thread::sleep(LOOK_EVERY.min(until.saturating_duration_since(Instant::now())));
        }
    }

    /// Only a courtesy for the others' message: failing to write it must
    /// not stop this copy from working.
    fn announce(&self, me: &LockHolder) {
        if let Ok(bytes) = serde_json::to_vec(me) {
            let _ = write_atomic(self.disk(), &self.dir.join(HOLDER), &bytes);
        }
    }

    /// Who holds the lock, as that copy announced it.
    pub fn holder(&self) -> LockHolder {
        self.disk
            .read(&self.dir.join(HOLDER))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }
}
