//! The one mode the store is in. Each mode holds exactly what it needs, so
//! impossible combinations (a shared folder with a kept lock, a reader that
//! writes) cannot be written down.

use std::path::PathBuf;

use crate::record::{LockHolder, Stamp, Store, WriterLock};
use crate::workspace::StoreState;

/// How this copy of the app holds the record.
#[derive(Debug)]
pub enum StoreMode {
    /// Not opened yet.
    Closed,
    /// On this computer; this copy holds the lock and writes.
    Writer {
        /// The folder.
        store: Store,
        /// The lock, held as long as this copy runs.
        lock: WriterLock,
    },
    /// Another copy holds the lock; this one reads and follows it.
    Reader {
        /// The folder.
        store: Store,
        /// Who holds the lock.
        holder: LockHolder,
        /// The record file's stamp when it was last read.
        stamp: Option<Stamp>,
    },
    /// A folder shared by all workstations: the lock is taken for one save
    /// at a time and never kept, so no copy can wait on itself.
    Shared {
        /// The folder.
        store: Store,
        /// The record file's stamp when it was last read or written.
        stamp: Option<Stamp>,
    },
    /// The shared folder is away: work waits in a copy on this computer.
    Offline {
        /// The shared folder, tried again from time to time.
        folder: PathBuf,
    },
    /// The folder on this computer cannot be written (read-only, no rights):
    /// work stays in memory and is tried again from time to time.
    Unavailable {
        /// The folder, still readable perhaps.
        store: Store,
    },
}

impl StoreMode {
    /// What the screen shows about it.
    pub fn state(&self) -> StoreState {
        match self {
            StoreMode::Closed => StoreState::Opening,
            StoreMode::Writer { .. } => StoreState::Writer,
            StoreMode::Reader { holder, .. } => StoreState::Reader {
                holder: holder.clone(),
            },
            StoreMode::Shared { store, .. } => StoreState::Shared {
                folder: store.dir().to_owned(),
            },
            StoreMode::Offline { folder } => StoreState::Offline {
                folder: folder.clone(),
            },
            StoreMode::Unavailable { .. } => StoreState::Unavailable,
        }
    }

    /// Whether it follows changes made elsewhere.
    pub fn follows(&self) -> bool {
        matches!(self, StoreMode::Reader { .. } | StoreMode::Shared { .. })
    }
}
