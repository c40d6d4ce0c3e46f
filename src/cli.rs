//! The command line: options shared by the app and its subcommands, and the
//! subcommands that print for support staff and scripts.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::clock::Clock;
use crate::demo;
use crate::i18n::{Lang, Tr};
use crate::record::{Opened, Record, Store};
use crate::session::{Action, DocumentKind, Export, ExportOutcome, Options, Session};
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
    /// Write the paper checklist to tick off at the devices, as PDF.
    Checklist {
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
            credential_store: None,
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
                "verify" => t!(tr, "cli-verify"),
                other => other.to_owned(),
            };
            let line = match sub.get_name() {
                name @ ("certificate" | "checklist") => {
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

/// Writes the certificate or the checklist of the record. Returns the exit code.
pub fn export(
    options: &Options,
    document: DocumentKind,
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
    let certificate = document == DocumentKind::Certificate;
    session.handle(if certificate {
        Action::ExportCertificate(out_file.to_owned())
    } else {
        Action::ExportChecklist(out_file.to_owned())
    });
    let outcome = if certificate {
        &session.certificate
    } else {
        &session.checklist
    };
    let (text, code) = match outcome {
        Some(Export::Done(ExportOutcome::Written { path, .. })) => {
            let file = path.display().to_string();
            let text = if certificate {
                t!(tr, "certificate-written", file = file)
            } else {
                t!(tr, "checklist-written", file = file)
            };
            (text, 0)
        }
        Some(Export::Done(ExportOutcome::Failed { problem, .. })) => {
            let error = crate::messages::export_problem(&tr, *problem);
            let text = if certificate {
                t!(tr, "certificate-failed", error = error)
            } else {
                t!(tr, "checklist-failed", error = error)
            };
            (text, 1)
        }
        _ => return 1,
    };
    let _ = writeln!(out, "{text}");
    code
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
