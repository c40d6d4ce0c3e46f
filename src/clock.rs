//! The one source of time, so tests can set it instead of waiting.

use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::Instant;

use chrono::{DateTime, Duration, Utc};

/// Tells the time.
pub trait Clock: Send + Sync {
    /// The current time, as the computer's clock says: for what is
    /// recorded and shown.
    fn now(&self) -> DateTime<Utc>;

    /// Time that only moves forward, from some fixed start: for when to try
    /// again or look again. A computer whose clock is corrected (a failing
    /// CMOS battery, then a time sync) must not stop retrying.
    fn steady(&self) -> std::time::Duration;
}

/// The computer's clock.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn steady(&self) -> std::time::Duration {
        static START: OnceLock<Instant> = OnceLock::new();
        START.get_or_init(Instant::now).elapsed()
    }
}

/// A length of time, in either of the two forms the app uses (chrono's
/// for the calendar, std's for waiting).
pub trait Span {
    /// The length as chrono's duration.
    fn span(self) -> Duration;
}

impl Span for Duration {
    fn span(self) -> Duration {
        self
    }
}

impl Span for std::time::Duration {
    fn span(self) -> Duration {
        Duration::from_std(self).unwrap_or(Duration::MAX)
    }
}

#[derive(Debug)]
struct Hands {
    wall: DateTime<Utc>,
    steady: std::time::Duration,
}

/// A clock that only moves when told to, for tests and benchmarks.
#[derive(Clone, Debug)]
pub struct ManualClock(Arc<Mutex<Hands>>);

impl ManualClock {
    /// A clock standing at `start`.
    pub fn new(start: DateTime<Utc>) -> ManualClock {
        ManualClock(Arc::new(Mutex::new(Hands {
            wall: start,
            steady: std::time::Duration::ZERO,
        })))
    }

    fn hands(&self) -> std::sync::MutexGuard<'_, Hands> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Lets time pass.
    pub fn advance(&self, by: impl Span) {
        let by = by.span();
        let mut hands = self.hands();
        hands.wall += by;
        hands.steady += by.to_std().unwrap_or_default();
    }

    /// Sets the computer's clock back, as a time sync does after a wrong
    /// clock; time itself goes on.
    pub fn set_back(&self, by: Duration) {
        self.hands().wall -= by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        self.hands().wall
    }

    fn steady(&self) -> std::time::Duration {
        self.hands().steady
    }
}
