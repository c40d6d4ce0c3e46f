//! The command line: options shared by the app and its subcommands, and the
//! subcommands that print for support staff and scripts.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::clock::Clock;
use crate::demo;
use crate::i18n::{Lang, Tr};
use crate::record::{Opened, Record, Store};
use crate::session::{Action, Export, ExportOutcome, Options, Session};
use crate::summary::Summary;
use crate::t;

/// Passwort-Lotse: guides a practice through changing every password after a
/// security incident and records the work.
#[derive(Debug, Parser)]
#[command(name = "passwort-lotse", version)]
pub struct Cli {
    /// Folder for the record, backups and logs (default: the platform's data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Use this playbook file instead of the built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    pub playbook: Option<PathBuf>,
    /// Language of the interface: de or en.
    #[arg(long, global = true, value_parser = ["de", "en"])]
    pub lang: Option<String>,
    /// Work on the training record of a sample practice, not the real one.
    #[arg(long, global = true)]
    pub demo: bool,
    /// What to do; without a command the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print a summary of the record: practice, counts, open task codes.
    Status {
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Put the training record (--demo) back to its starting state.
    ResetDemo,
    /// Write the certificate (an interim report while work is open) as PDF.
    Certificate {
        /// The PDF file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Check a certificate: exit 0 if its seal holds, 1 if not, 2 if it is not a certificate.
    Verify {
        /// The PDF file to check.
        file: PathBuf,
    },
}

impl Cli {
    /// The session options these arguments ask for.
    pub fn options(&self, workstation: String) -> Options {
        Options {
            data_dir: self.data_dir.clone().unwrap_or_else(default_data_dir),
            playbook: self.playbook.clone(),
            demo: self.demo,
            lang: self.lang.as_deref().and_then(Lang::from_code),
            workstation,
            credential_store: None,
        }
    }
}

/// The platform's data folder, e.g. `~/.local/share/passwort-lotse` on Linux.
pub fn default_data_dir() -> PathBuf {
    directories::ProjectDirs::from("de", "Passwort-Lotse", "Passwort-Lotse").map_or_else(
        || PathBuf::from("passwort-lotse-daten"),
        |d| d.data_dir().to_owned(),
    )
}

/// This computer's name, recorded with every event.
pub fn workstation_name() -> String {
    whoami::fallible::hostname().unwrap_or_else(|_| whoami::devicename())
}

/// Prints the record's summary. Returns the process exit code: 0 when the
/// record was read, 1 when it is damaged or unreadable.
pub fn status(options: &Options, json: bool, out: &mut dyn Write, clock: &dyn Clock) -> i32 {
    let tr = Tr::new(options.lang.unwrap_or_else(Lang::from_system));
    let (playbook, _, playbook_error) = options.load_playbook();
    if let Some(e) = playbook_error {
        let _ = writeln!(out, "{}", crate::messages::playbook_error(&tr, &e));
    }
    let dir = options.record_dir();
    let record = match Store::reader(&dir).load() {
        Ok(Opened::Loaded(record)) => record,
        Ok(Opened::Fresh) if options.demo => demo::record(&playbook, clock.now()),
        Ok(Opened::Fresh) => Record::default(),
        Ok(Opened::Damaged { problem, .. }) => {
            let _ = writeln!(out, "{}", crate::messages::damaged(&tr, &problem));
            return 1;
        }
        Err(e) => {
            let _ = writeln!(
                out,
                "{}",
                t!(tr, "status-unreadable", error = e.to_string())
            );
            return 1;
        }
    };
    let summary = Summary::of(&playbook, &record);
    let text = if json {
        serde_json::to_string_pretty(&summary).unwrap_or_default()
    } else {
        summary.to_text(&tr)
    };
    let _ = writeln!(out, "{text}");
    0
}

/// Puts the training record back to its start. Returns the exit code.
pub fn reset_demo(options: &Options, out: &mut dyn Write, clock: &dyn Clock) -> i32 {
    let tr = Tr::new(options.lang.unwrap_or_else(Lang::from_system));
    let (playbook, _, _) = options.load_playbook();
    let dir = demo::dir(&options.data_dir);
    let me = crate::record::LockHolder {
        name: demo::TRAINEE.into(),
        workstation: options.workstation.clone(),
    };
    let result = Store::local(&dir).and_then(|store| match store.try_lock(&me)? {
        crate::record::Locking::HeldBy(_) => Err(crate::record::RecordError::ReadOnly),
        crate::record::Locking::Taken(lock) => {
            store.save(&lock, &demo::record(&playbook, clock.now()))
        }
    });
    match result {
        Ok(()) => {
            let _ = writeln!(out, "{}", t!(tr, "demo-reset-done"));
            0
        }
        Err(e) => {
            let _ = writeln!(
                out,
                "{}",
                t!(tr, "status-unreadable", error = e.to_string())
            );
            1
        }
    }
}

/// Writes the certificate of the record. Returns the exit code.
pub fn certificate(
    options: &Options,
    out_file: &Path,
    out: &mut dyn Write,
    clock: Arc<dyn Clock>,
) -> i32 {
    let mut session = Session::open(options, clock);
    let tr = Tr::new(session.lang());
    if let Some(recovery) = &session.recovery {
        let _ = writeln!(out, "{}", crate::messages::damaged(&tr, &recovery.problem));
        return 1;
    }
    session.handle(Action::ExportCertificate(out_file.to_owned()));
    match &session.export {
        Some(Export::Done(ExportOutcome::Written { path, .. })) => {
            let _ = writeln!(
                out,
                "{}",
                t!(tr, "certificate-written", file = path.display().to_string())
            );
            0
        }
        Some(Export::Done(ExportOutcome::Failed { problem, .. })) => {
            let _ = writeln!(
                out,
                "{}",
                t!(
                    tr,
                    "certificate-failed",
                    error = crate::messages::export_problem(&tr, *problem)
                )
            );
            1
        }
        _ => 1,
    }
}

/// Checks a certificate file and prints what it found. Returns the exit code:
/// 0 valid, 1 changed or damaged, 2 not a certificate.
pub fn verify(options: &Options, file: &Path, out: &mut dyn Write) -> i32 {
    let tr = Tr::new(options.lang.unwrap_or_else(Lang::from_system));
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            let _ = writeln!(
                out,
                "{}",
                t!(tr, "verify-unreadable", error = e.to_string())
            );
            return 2;
        }
    };
    let verdict = crate::certificate::verify(&bytes);
    for line in crate::messages::verdict(&tr, &verdict) {
        let _ = writeln!(out, "{line}");
    }
    verdict.exit_code()
}
