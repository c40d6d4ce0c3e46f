//! The one mode the store is in. Each mode holds exactly what it needs, so
//! impossible combinations (a shared folder with a kept lock, a reader that
//! writes, a save into a file nobody could read) cannot be written down.

use std::path::PathBuf;

use crate::disk::Stamp;
use crate::record::LockHolder;
use crate::store::{Store, WriterLock};
use crate::workspace::{IoProblem, StoreState};

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
        /// The record file's stamp when this copy last read or wrote it.
        stamp: Option<Stamp>,
    },
    /// Another copy holds the lock; this one reads and follows it.
    Reader {
        /// The folder.
        store: Store,
        /// Who holds it.
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
        /// Whether a copy of the shared record was known here. Without one
        /// nothing may be changed: an empty record saved now would later
        /// be merged over the practice's real one.
        known: bool,
    },
    /// The folder on this computer cannot be written (read-only, no rights):
    /// work stays in memory and is tried again from time to time.
    Unavailable {
        /// The folder, still readable perhaps.
        store: Store,
    },
    /// The record file (or the note of where it lives) is there but cannot
    /// be read: no rights, a virus scanner or backup holding it, a failing
    /// disk. Nothing is written; Retry reads again.
    Unreadable {
        /// The file that could not be read.
        file: PathBuf,
        /// Why.
        problem: IoProblem,
        /// The lock of a folder on this computer, kept so no second copy
        /// starts writing meanwhile.
        lock: Option<WriterLock>,
    },
    /// The record is damaged and waits for the user's choice: a backup or a
    /// new start. Nothing else is written.
    Recovering {
        /// The folder.
        store: Store,
        /// The lock of a folder on this computer (a shared folder is locked
        /// only for the moment of the change).
        lock: Option<WriterLock>,
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
            StoreMode::Offline { folder, known } => StoreState::Offline {
                folder: folder.clone(),
                known: *known,
            },
            StoreMode::Unavailable { .. } => StoreState::Unavailable,
            StoreMode::Unreadable { file, problem, .. } => StoreState::Unreadable {
                file: file.clone(),
                problem: *problem,
            },
            StoreMode::Recovering { store, .. } => StoreState::Recovering {
                folder: store.dir().to_owned(),
            },
        }
    }

    /// Whether it follows changes made elsewhere.
    pub fn follows(&self) -> bool {
        matches!(self, StoreMode::Reader { .. } | StoreMode::Shared { .. })
    }

    /// Whether the record lives in a shared folder (reachable or not).
    pub fn is_shared(&self) -> bool {
        match self {
            StoreMode::Shared { .. } | StoreMode::Offline { .. } => true,
            StoreMode::Recovering { lock, .. } => lock.is_none(),
            _ => false,
        }
    }
}
