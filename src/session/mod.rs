//! A workspace attached to its persistence: what the window, the command
//! line and the tests work with. Actions go to the workspace; the storage
//! effects it returns go to the persistence worker, whose reports come back
//! into the workspace; the desktop effects are handed to the caller. The
//! window runs the persistence on its own thread, the command line and the
//! tests inline, so everything they ask for is done when `handle` returns.

mod options;

use std::sync::Arc;

pub use options::Options;

pub use crate::persist::worker::Waker;
pub use crate::persist::{FOLLOW_EVERY, RETRY_EVERY};
pub use crate::workspace::{
    Action, Effect, Export, ExportOutcome, FileKind, IoProblem, PersistEffect, Recovery,
    StoreState, Trouble, WindowEffect,
};

use crate::clock::Clock;
use crate::persist::Persistence;
use crate::persist::worker::{Inline, Thread, Worker};
use crate::workspace::Workspace;

/// The workspace and the worker that keeps its record on disk.
pub struct Session {
    workspace: Workspace,
    worker: Box<dyn Worker>,
    reports: usize,
}

impl Session {
    /// Opens the record with the persistence run inline: when this returns,
    /// the record is read (the command line and tests).
    pub fn open(options: &Options, clock: Arc<dyn Clock>) -> Session {
        let (start, setup) = options.start();
        let persistence = Persistence::new(setup, clock.clone());
        Session::start(
            Workspace::new(start, clock),
            Box::new(Inline::new(persistence)),
        )
    }

    /// Opens the record with the persistence on its own thread (the
    /// window); `wake` is called whenever it has something to report.
    pub fn open_in_background(
        options: &Options,
        clock: Arc<dyn Clock>,
        wake: Waker,
    ) -> std::io::Result<Session> {
        let (start, setup) = options.start();
        let persistence = Persistence::new(setup, clock.clone());
        let worker = Thread::spawn(persistence, wake)?;
        Ok(Session::start(
            Workspace::new(start, clock),
            Box::new(worker),
        ))
    }

    fn start(workspace: Workspace, worker: Box<dyn Worker>) -> Session {
        let mut session = Session {
            workspace,
            worker,
            reports: 0,
        };
        session.carry_out(vec![Effect::Persist(PersistEffect::Open)]);
        session
    }

    /// Applies one action; returns what the window must do (dialogs, the
    /// viewer, the clipboard).
    pub fn handle(&mut self, action: Action) -> Vec<WindowEffect> {
        let effects = self.workspace.handle(action);
        self.carry_out(effects)
    }

    /// Takes in what the worker reported since the last call; returns what
    /// the window must do because of it.
    pub fn poll(&mut self) -> Vec<WindowEffect> {
        let mut for_window = Vec::new();
        loop {
            let reports = self.worker.poll();
            if reports.is_empty() {
                return for_window;
            }
            self.reports += reports.len();
            for report in reports {
                let effects = self.workspace.apply(report);
                for_window.extend(self.hand_over(effects));
            }
        }
    }

    /// Lets the worker do what is due by the clock (retries, following
    /// other copies), then takes in its reports. A worker on its own thread
    /// keeps its own time; inline, this is how time moves on.
    pub fn tick(&mut self) -> Vec<WindowEffect> {
        self.worker.tick();
        self.poll()
    }

    /// How many reports the worker has sent so far; each one wakes the
    /// window, so tests count them as frames.
    pub fn reports_taken(&self) -> usize {
        self.reports
    }

    /// The workspace.
    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    fn carry_out(&mut self, effects: Vec<Effect>) -> Vec<WindowEffect> {
        let mut for_window = self.hand_over(effects);
        for_window.extend(self.poll());
        for_window
    }

    /// Gives the storage effects to the worker; keeps the window's.
    fn hand_over(&mut self, effects: Vec<Effect>) -> Vec<WindowEffect> {
        let mut for_window = Vec::new();
        let mut storage = Vec::new();
        for effect in effects {
            match effect {
                Effect::Persist(e) => storage.push(e),
                Effect::Window(e) => for_window.push(e),
            }
        }
        if !storage.is_empty() {
            self.worker.send(storage);
        }
        for_window
    }
}

impl std::ops::Deref for Session {
    type Target = Workspace;

    /// Reading the session reads its workspace; changing it goes through
    /// [`Session::handle`] only.
    fn deref(&self) -> &Workspace {
        &self.workspace
    }
}

#[cfg(test)]
mod tests;
