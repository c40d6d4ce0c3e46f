//! The command line: options shared by the app and its subcommands, and the
//! subcommands that print for support staff and scripts.

use std::io::Write;
use std::path::PathBuf;

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::clock::Clock;
use crate::demo;
use crate::i18n::{Lang, Tr};
use crate::record::Record;
use crate::session::Options;
use crate::store::{Locking, Opened, Store, StoreError};
use crate::summary::Summary;
use crate::t;

mod export;
mod verify;
pub use export::export;
pub use verify::verify;

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
    /// Write the paper checklist to tick off at the devices, as PDF.
    Checklist {
        /// The PDF file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Write the key sheet (practice, key fingerprint, short code), as PDF.
    KeySheet {
        /// The PDF file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Check a certificate: exit 0 unchanged and sealed by a known key, 3
    /// unchanged but sealed by an unknown key, 1 changed, 2 not a record.
    Verify {
        /// The PDF file to check.
        file: PathBuf,
        /// A key fingerprint to accept, as printed on the practice's key sheet.
        #[arg(long = "key", value_name = "FINGERPRINT")]
        keys: Vec<String>,
    },
}

impl Cli {
    /// Reads the command line, with `--help` and errors in the language
    /// `--lang` asks for, else the system's. Exits after `--help` and
    /// `--version`, as every command line tool does.
    pub fn parse_in_language() -> Cli {
        let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        let lang = lang_in(&args).unwrap_or_else(Lang::from_system);
        let matches = command(&Tr::new(lang)).get_matches_from(args);
        Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }

    /// The session options these arguments ask for.
    pub fn options(&self, workstation: String) -> Options {
        Options {
            data_dir: self.data_dir.clone().unwrap_or_else(default_data_dir),
            playbook: self.playbook.clone(),
            demo: self.demo,
            lang: self.lang.as_deref().and_then(Lang::from_code),
            workstation,
            ..Options::default()
        }
    }
}

/// The language a command line asks for with `--lang xx` or `--lang=xx`.
fn lang_in(args: &[std::ffi::OsString]) -> Option<Lang> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter().enumerate().find_map(|(i, a)| {
        let value = match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).copied(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        value.and_then(Lang::from_code)
    })
}

/// The command line's description with every text in this language, clap's
/// own headings included.
pub fn command(tr: &Tr) -> clap::Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t!(tr, "cli-usage")
    );
    let file = t!(tr, "cli-file");
    let usage = |rest: &str| format!("passwort-lotse {rest}");
    Cli::command()
        .about(t!(tr, "cli-about"))
        .override_usage(usage(&t!(tr, "cli-usage-line")))
        .help_template(template.clone())
        .subcommand_help_heading(t!(tr, "cli-commands"))
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .global(true)
                .action(ArgAction::Help)
                .help(t!(tr, "cli-help")),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!(tr, "cli-version")),
        )
        .mut_args(|a| a.help_heading(t!(tr, "cli-options")))
        .mut_arg("data_dir", |a| {
            a.help(t!(tr, "cli-data-dir"))
                .value_name(t!(tr, "cli-folder"))
        })
        .mut_arg("playbook", |a| {
            a.help(t!(tr, "cli-playbook")).value_name(file.clone())
        })
        .mut_arg("lang", |a| {
            a.help(t!(tr, "cli-lang"))
                .value_name(t!(tr, "cli-language"))
                .hide_possible_values(true)
        })
        .mut_arg("demo", |a| a.help(t!(tr, "cli-demo")))
        .mut_subcommands(|sub| {
            let about = match sub.get_name() {
                "status" => t!(tr, "cli-status"),
                "reset-demo" => t!(tr, "cli-reset-demo"),
                "certificate" => t!(tr, "cli-certificate"),
                "checklist" => t!(tr, "cli-checklist"),
                "key-sheet" => t!(tr, "cli-key-sheet"),
                "verify" => t!(tr, "cli-verify"),
                other => other.to_owned(),
            };
            let line = match sub.get_name() {
                name @ ("certificate" | "checklist" | "key-sheet") => {
                    format!("{name} {} --out <{file}>", t!(tr, "cli-options-word"))
                }
                "verify" => format!("verify {} <{file}>", t!(tr, "cli-options-word")),
                name => format!("{name} {}", t!(tr, "cli-options-word")),
            };
            sub.about(about)
                .override_usage(usage(&line))
                .help_template(template.clone())
                .disable_help_flag(true)
                .mut_args(|a| {
                    let help = match a.get_id().as_str() {
                        "json" => t!(tr, "cli-status-json"),
                        "out" => t!(tr, "cli-certificate-out"),
                        "file" => t!(tr, "cli-verify-file"),
                        "keys" => {
                            return a
                                .help(t!(tr, "cli-verify-key"))
                                .help_heading(t!(tr, "cli-options"))
                                .value_name(t!(tr, "cli-fingerprint"));
                        }
                        _ => return a,
                    };
                    let a = a.help(help).help_heading(t!(tr, "cli-options"));
                    if a.get_id() == "json" {
                        a
                    } else {
                        a.value_name(file.clone())
                    }
                })
        })
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
    let loaded = options.load_playbook();
    if let Some(e) = &loaded.error {
        let _ = writeln!(out, "{}", crate::messages::playbook_error(&tr, e));
    }
    if !loaded.origin.is_trusted() {
        let provider = loaded.playbook.provider.name.get(tr.lang()).to_owned();
        let _ = writeln!(
            out,
            "{}",
            t!(tr, "status-playbook-unconfirmed", provider = provider)
        );
    }
    let playbook = loaded.playbook;
    let disk = options.disk();
    // A shared folder that is away reads as no record at all: say so
    // instead of showing an empty practice.
    if let Ok(dir) = options.record_dir()
        && dir != options.settings_dir()
        && !disk.is_dir(&dir)
    {
        let folder = dir.display().to_string();
        let _ = writeln!(out, "{}", t!(tr, "status-share-away", folder = folder));
        return 1;
    }
    let read = options
        .record_dir()
        .and_then(|dir| Store::on(&dir, disk.clone()).load());
    let record = match read {
        Ok(Opened::Loaded(record)) => record,
        Ok(Opened::Fresh) if options.demo => demo::record(&playbook, clock.now()),
        Ok(Opened::Fresh) => Record::default(),
        Ok(Opened::Damaged { problem, .. }) => {
            let _ = writeln!(out, "{}", crate::messages::damaged(&tr, &problem));
            return 1;
        }
        Err(e) => {
            let _ = writeln!(out, "{}", unreadable(&tr, &e));
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

/// A file that could not be read, named, with the reason in plain words.
fn unreadable(tr: &Tr, e: &StoreError) -> String {
    let reason = crate::workspace::words::read_problem(tr, crate::persist::problem_of(e));
    let file = match e {
        StoreError::Io { path, .. } => path.display().to_string(),
        _ => String::new(),
    };
    t!(tr, "status-unreadable", file = file, error = reason)
}

/// Puts the training record back to its start. Returns the exit code. The
/// training record is read first like any other: one that cannot be read
/// is left alone, a damaged one is set aside.
pub fn reset_demo(options: &Options, out: &mut dyn Write, clock: &dyn Clock) -> i32 {
    let tr = Tr::new(options.lang.unwrap_or_else(Lang::from_system));
    let playbook = options.load_playbook().playbook;
    let dir = demo::dir(&options.data_dir);
    let me = crate::record::LockHolder {
        name: demo::TRAINEE.into(),
        workstation: options.workstation.clone(),
    };
    let fresh = demo::record(&playbook, clock.now());
    let result =
        Store::local(&dir, options.disk()).and_then(|store| match store.try_lock(&me)? {
            Locking::HeldBy(_) => Err(StoreError::ReadOnly),
            Locking::Taken(lock) => {
                let stamp = match store.load_stamped()? {
                    (Opened::Damaged { .. }, _) => {
                        store.start_over(&lock, &Record::default(), clock.now())?.1
                    }
                    (_, stamp) => stamp,
                };
                store.commit(&lock, &fresh, stamp).map(|_| ())
            }
        });
    match result {
        Ok(()) => {
            let _ = writeln!(out, "{}", t!(tr, "demo-reset-done"));
            0
        }
        Err(e) => {
            let _ = writeln!(out, "{}", unreadable(&tr, &e));
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn help(args: &[&str]) -> String {
        let lang = lang_in(&args.iter().map(Into::into).collect::<Vec<_>>());
        let tr = Tr::new(lang.unwrap_or(Lang::De));
        match command(&tr).try_get_matches_from(args) {
            Err(e) => e.to_string(),
            Ok(_) => String::new(),
        }
    }

    #[test]
    fn help_speaks_the_language_asked_for() {
        let de = help(&["passwort-lotse", "--lang", "de", "--help"]);
        assert!(de.contains("Aufruf:"), "{de}");
        assert!(de.contains("Befehle:") && de.contains("Optionen:"), "{de}");
        assert!(de.contains("Übungsmodus"), "{de}");
        for english in [
            "Usage",
            "Print help",
            "OPTIONS",
            "COMMAND",
            "possible values",
            "::",
        ] {
            assert!(!de.contains(english), "{english} in {de}");
        }
        let en = help(&["passwort-lotse", "--lang=en", "--help"]);
        assert!(en.contains("Usage:") && en.contains("Commands:"), "{en}");
        assert!(en.contains("training"), "{en}");
        let sub = help(&["passwort-lotse", "--lang", "de", "verify", "--help"]);
        assert!(sub.contains("Prüft ein Protokoll"), "{sub}");
    }

    #[test]
    fn the_version_is_the_packages() {
        let tr = Tr::new(Lang::En);
        let out = command(&tr)
            .try_get_matches_from(["passwort-lotse", "--version"])
            .map_or_else(|e| e.to_string(), |_| String::new());
        assert_eq!(
            out.trim(),
            format!("passwort-lotse {}", env!("CARGO_PKG_VERSION"))
        );
    }
}
