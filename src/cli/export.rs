//! `passwort-lotse certificate`, `checklist` and `key-sheet`: a document
//! of the record, made as the window makes it.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use crate::clock::Clock;
use crate::i18n::Tr;
use crate::session::{Action, Export, ExportOutcome, FileKind, Options, Session, StoreState};
use crate::t;

/// Writes the certificate, the checklist or the key sheet. Returns the exit code.
pub fn export(
    options: &Options,
    document: FileKind,
    out_file: &Path,
    out: &mut dyn Write,
    clock: Arc<dyn Clock>,
) -> i32 {
    let mut session = Session::open(options, clock);
    let tr = Tr::new(session.lang());
    if let Some(recovery) = &session.storage().recovery {
        let _ = writeln!(out, "{}", crate::messages::damaged(&tr, &recovery.problem));
        return 1;
    }
    // No document of a record that could not be read: it would show an
    // empty practice.
    if let StoreState::Unreadable { file, problem } = &session.storage().state {
        let reason = crate::workspace::words::read_problem(&tr, *problem);
        let file = file.display().to_string();
        let _ = writeln!(
            out,
            "{}",
            t!(tr, "status-unreadable", file = file, error = reason)
        );
        return 1;
    }
    if let StoreState::Offline {
        known: false,
        folder,
    } = &session.storage().state
    {
        let folder = folder.display().to_string();
        let _ = writeln!(
            out,
            "{}",
            t!(tr, "store-offline-unknown-body", folder = folder)
        );
        return 1;
    }
    session.handle(Action::Export(document, out_file.to_owned()));
    let outcome = session.exported(document);
    let (text, code) = match outcome {
        Some(Export::Done(ExportOutcome::Written { path, .. })) => {
            let file = path.display().to_string();
            let text = match document {
                FileKind::Certificate => t!(tr, "certificate-written", file = file),
                FileKind::Checklist => t!(tr, "checklist-written", file = file),
                FileKind::KeySheet => t!(tr, "keysheet-written", file = file),
                FileKind::Bundle => t!(tr, "bundle-saved", file = file),
            };
            (text, 0)
        }
        Some(Export::Done(ExportOutcome::Failed { problem, .. })) => {
            let error = crate::workspace::words::export_problem(&tr, *problem);
            let text = match document {
                FileKind::Certificate => t!(tr, "certificate-failed", error = error),
                FileKind::Checklist => t!(tr, "checklist-failed", error = error),
                FileKind::KeySheet => t!(tr, "keysheet-failed", error = error),
                FileKind::Bundle => error,
            };
            (text, 1)
        }
        _ => return 1,
    };
    let _ = writeln!(out, "{text}");
    code
}
