//! A disk that fails on purpose, for the tests of the bad days: the n-th
//! call of a chosen operation, and every one after it until cleared, fails
//! with a chosen error, the way a full disk or a vanished share keeps
//! failing until someone fixes it.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use super::{Disk, FileLock, RealDisk, Stamp};

/// An operation of the [`Disk`] seam.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    /// [`Disk::read`].
    Read,
    /// [`Disk::stamp`].
    Stamp,
    /// [`Disk::create_dir_all`].
    CreateDir,
    /// [`Disk::write_new`].
    WriteNew,
    /// [`Disk::sync_file`].
    SyncFile,
    /// [`Disk::rename`].
    Rename,
    /// [`Disk::sync_dir`].
    SyncDir,
    /// [`Disk::remove_file`].
    Remove,
    /// [`Disk::list`].
    List,
    /// [`Disk::try_lock`].
    Lock,
}

impl Op {
    /// Every operation.
    pub const ALL: [Op; 10] = [
        Op::Read,
        Op::Stamp,
        Op::CreateDir,
        Op::WriteNew,
        Op::SyncFile,
        Op::Rename,
        Op::SyncDir,
        Op::Remove,
        Op::List,
        Op::Lock,
    ];
}

/// How an operation fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The disk is full.
    NoSpace,
    /// The operating system refuses.
    PermissionDenied,
    /// The device reports an error (an old disk, a share that drops).
    Io,
    /// Half the bytes are written, then the write fails.
    ShortWrite,
    /// The lock never comes: another holder keeps it.
    LockNeverComes,
}

impl Fault {
    /// Every fault.
    pub const ALL: [Fault; 5] = [
        Fault::NoSpace,
        Fault::PermissionDenied,
        Fault::Io,
        Fault::ShortWrite,
        Fault::LockNeverComes,
    ];

    /// Whether this fault can happen to this operation.
    pub fn fits(self, op: Op) -> bool {
        match self {
            Fault::ShortWrite => op == Op::WriteNew,
            Fault::LockNeverComes => op == Op::Lock,
            Fault::NoSpace => matches!(op, Op::WriteNew | Op::SyncFile | Op::CreateDir),
            Fault::PermissionDenied | Fault::Io => true,
        }
    }

    fn error(self) -> io::Error {
        match self {
            Fault::NoSpace => io::Error::from(io::ErrorKind::StorageFull),
            Fault::PermissionDenied => io::Error::from(io::ErrorKind::PermissionDenied),
            Fault::Io | Fault::LockNeverComes => io::Error::other("input/output error"),
            Fault::ShortWrite => io::Error::from(io::ErrorKind::WriteZero),
        }
    }
}

#[derive(Debug, Default)]
struct Plan {
    fault: Option<(Op, usize, Fault)>,
    calls: Vec<(Op, usize)>,
    failed: usize,
}

/// The real disk, with a fault planned for one operation.
#[derive(Debug, Default)]
pub struct Faulty {
    plan: Mutex<Plan>,
}

impl Faulty {
    /// A disk that does not fail yet.
    pub fn new() -> Faulty {
        Faulty::default()
    }

    /// From the `nth` call of `op` on (counted from now, 1 for the next),
    /// every call fails with `fault`, until [`Faulty::clear`].
    pub fn fail(&self, op: Op, nth: usize, fault: Fault) {
        let mut plan = self.plan();
        let done = plan.calls.iter().find(|(o, _)| *o == op).map_or(0, |c| c.1);
        plan.fault = Some((op, done + nth.max(1), fault));
    }

    /// The fault is fixed: everything works again.
    pub fn clear(&self) {
        self.plan().fault = None;
    }

    /// How many times `op` was called so far.
    pub fn calls(&self, op: Op) -> usize {
        self.plan()
            .calls
            .iter()
            .find(|(o, _)| *o == op)
            .map_or(0, |c| c.1)
    }

    /// How many calls failed because of the planned fault.
    pub fn failures(&self) -> usize {
        self.plan().failed
    }

    fn plan(&self) -> std::sync::MutexGuard<'_, Plan> {
        self.plan.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Counts the call; the fault if it is due.
    fn call(&self, op: Op) -> Option<Fault> {
        let mut plan = self.plan();
        let count = if let Some(entry) = plan.calls.iter_mut().find(|(o, _)| *o == op) {
            entry.1 += 1;
            entry.1
        } else {
            plan.calls.push((op, 1));
            1
        };
        let due = plan
            .fault
            .filter(|(o, from, _)| *o == op && count >= *from)
            .map(|(_, _, fault)| fault);
        if due.is_some() {
            plan.failed += 1;
        }
        due
    }

    fn check(&self, op: Op) -> io::Result<()> {
        match self.call(op) {
            Some(fault) => Err(fault.error()),
            None => Ok(()),
        }
    }
}

impl Disk for Faulty {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.check(Op::Read)?;
        RealDisk.read(path)
    }

    fn stamp(&self, path: &Path) -> io::Result<Stamp> {
        self.check(Op::Stamp)?;
        RealDisk.stamp(path)
    }

    fn is_dir(&self, path: &Path) -> bool {
        RealDisk.is_dir(path)
    }

    fn canonical(&self, path: &Path) -> io::Result<PathBuf> {
        RealDisk.canonical(path)
    }

    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        self.check(Op::CreateDir)?;
        RealDisk.create_dir_all(dir)
    }

    fn write_new(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        match self.call(Op::WriteNew) {
            Some(Fault::ShortWrite) => {
                RealDisk.write_new(path, &bytes[..bytes.len() / 2])?;
                Err(Fault::ShortWrite.error())
            }
            Some(fault) => Err(fault.error()),
            None => RealDisk.write_new(path, bytes),
        }
    }

    fn sync_file(&self, path: &Path) -> io::Result<()> {
        self.check(Op::SyncFile)?;
        RealDisk.sync_file(path)
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.check(Op::Rename)?;
        RealDisk.rename(from, to)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.check(Op::SyncDir)?;
        RealDisk.sync_dir(dir)
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        self.check(Op::Remove)?;
        RealDisk.remove_file(path)
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        self.check(Op::List)?;
        RealDisk.list(dir)
    }

    fn try_lock(&self, path: &Path) -> io::Result<Option<FileLock>> {
        match self.call(Op::Lock) {
            Some(Fault::LockNeverComes) => Ok(None),
            Some(fault) => Err(fault.error()),
            None => RealDisk.try_lock(path),
        }
    }
}
