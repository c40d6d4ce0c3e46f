//! What the screens say about where the record is kept: who else holds it,
//! and which earlier good version could replace a damaged one. Plain data;
//! reading and writing them belongs to the store.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Who holds the record, shown to a second copy of the app.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockHolder {
    /// The member of staff working in that copy, if known.
    pub name: String,
    /// The computer it runs on.
    pub workstation: String,
}

/// A good earlier version of the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    /// Where it is.
    pub path: PathBuf,
    /// How many events it holds.
    pub events: usize,
    /// When its last event happened.
    pub last_change: Option<DateTime<Utc>>,
}
