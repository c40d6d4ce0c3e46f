//! Two ways to run the persistence: on its own thread for the window, so no
//! frame waits, and inline for the command line and tests, so everything
//! happens in order when asked. Both run the same [`Persistence`].

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;

use super::Persistence;
use crate::workspace::{PersistEffect, Report};

/// Called when reports are ready, so the window wakes and takes them in.
/// The window passes `egui::Context::request_repaint`; the core knows no egui.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// Carries out storage effects and hands back reports.
pub trait Worker: Send {
    /// Hands effects over, to be carried out in order.
    fn send(&mut self, effects: Vec<PersistEffect>);
    /// The reports that arrived since the last call.
    fn poll(&mut self) -> Vec<Report>;
    /// Does what is due by the clock. The thread keeps its own time, so
    /// this only matters inline.
    fn tick(&mut self) {}
}

/// Runs every effect at once, in the caller's thread.
pub struct Inline {
    persistence: Persistence,
    reports: Vec<Report>,
}

impl Inline {
    /// Runs this persistence inline.
    pub fn new(persistence: Persistence) -> Inline {
        Inline {
            persistence,
            reports: Vec::new(),
        }
    }
}

impl Worker for Inline {
    fn send(&mut self, effects: Vec<PersistEffect>) {
        for effect in effects {
            let reports = self.persistence.run(effect);
            self.reports.extend(reports);
        }
    }

    fn poll(&mut self) -> Vec<Report> {
        std::mem::take(&mut self.reports)
    }

    fn tick(&mut self) {
        let reports = self.persistence.tick();
        self.reports.extend(reports);
    }
}

/// Runs the persistence on its own thread; reports come back over a channel
/// and wake the window.
pub struct Thread {
    effects: Option<Sender<PersistEffect>>,
    reports: Receiver<Report>,
    handle: Option<JoinHandle<()>>,
}

impl Thread {
    /// Starts the thread.
    pub fn spawn(mut persistence: Persistence, wake: Waker) -> std::io::Result<Thread> {
        let (effects, inbox) = mpsc::channel();
        let (outbox, reports) = mpsc::channel::<Report>();
        // What must show while a step still runs (another workstation is
        // saving) goes out at once.
        let early = outbox.clone();
        let early_wake = wake.clone();
        persistence.announce_to(Arc::new(move |report| {
            if early.send(report).is_ok() {
                early_wake();
            }
        }));
        let handle = std::thread::Builder::new()
            .name("passwort-lotse-persistence".into())
            .spawn(move || run(persistence, &inbox, &outbox, &wake))?;
        Ok(Thread {
            effects: Some(effects),
            reports,
            handle: Some(handle),
        })
    }
}

impl Worker for Thread {
    fn send(&mut self, effects: Vec<PersistEffect>) {
        let Some(sender) = &self.effects else {
            return;
        };
        for effect in effects {
            if sender.send(effect).is_err() {
                tracing::error!("the persistence thread has stopped");
                return;
            }
        }
    }

    fn poll(&mut self) -> Vec<Report> {
        self.reports.try_iter().collect()
    }
}

impl Drop for Thread {
    /// Lets the thread finish what it was given (the last saves), then
    /// waits for it, so closing the window loses nothing.
    fn drop(&mut self) {
        self.effects = None;
        if let Some(handle) = self.handle.take()
            && handle.join().is_err()
        {
            tracing::error!("the persistence thread ended with a panic");
        }
    }
}

fn run(
    mut persistence: Persistence,
    inbox: &Receiver<PersistEffect>,
    outbox: &Sender<Report>,
    wake: &Waker,
) {
    let mut queue = VecDeque::new();
    loop {
        if queue.is_empty() {
            let next = match persistence.due() {
                None => inbox.recv().map_err(|_| RecvTimeoutError::Disconnected),
                Some(at) => {
                    let wait = at.saturating_sub(persistence.clock.steady());
                    inbox.recv_timeout(wait)
                }
            };
            match next {
                Ok(effect) => queue.push_back(effect),
                Err(RecvTimeoutError::Timeout) => {
                    let reports = persistence.tick();
                    if !send(outbox, reports, wake) {
                        return;
                    }
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        queue.extend(inbox.try_iter());
        let Some(effect) = queue.pop_front() else {
            continue;
        };
        // Only the newest preferences matter; older ones queued behind
        // them are not written at all.
        if matches!(effect, PersistEffect::SaveSettings(_))
            && matches!(queue.front(), Some(PersistEffect::SaveSettings(_)))
        {
            continue;
        }
        let reports = persistence.run(effect);
        if !send(outbox, reports, wake) {
            return;
        }
    }
}

/// Hands reports over and wakes the window; `false` once the window is gone.
fn send(outbox: &Sender<Report>, reports: Vec<Report>, wake: &Waker) -> bool {
    if reports.is_empty() {
        return true;
    }
    for report in reports {
        if outbox.send(report).is_err() {
            return false;
        }
    }
    wake();
    true
}
