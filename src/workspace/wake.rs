//! When the window must draw again without the user doing anything. Reports
//! from the worker wake it as they arrive; this is everything else, so an
//! idle window draws nothing at all.

use chrono::{DateTime, Duration, Utc};

use super::Workspace;
use crate::review::report_clock_of;
use crate::wizard::Screen;

impl Workspace {
    /// The next moment something on screen changes by itself: the hours
    /// left on the 72-hour clock, where it is shown. `None` when nothing will.
    pub fn next_wakeup(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let shows_clock = matches!(
            self.place.screen,
            Screen::Overview | Screen::Review | Screen::Facts
        );
        if !shows_clock {
            return None;
        }
        let clock = report_clock_of(&self.document.record, now)?;
        if clock.hours_left < 0 {
            // "The deadline passed" does not change any more.
            return None;
        }
        // The whole hours left drop by one just after this moment (and the
        // last hour turns into "the deadline passed").
        Some(clock.deadline - Duration::hours(clock.hours_left) + Duration::seconds(1))
    }
}
