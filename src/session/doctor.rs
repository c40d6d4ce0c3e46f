//! The doctor's part of the session: sign-off and the certificate.

use std::path::PathBuf;

use super::{ExportOutcome, ExportProblem, Session};
use crate::record::EventKind;

impl Session {
    /// The folder of the daily logs (beside the real record, also in training).
    pub fn log_dir(&self) -> PathBuf {
        self.key_dir.join("logs")
    }

    pub(super) fn save_bundle(&mut self, path: PathBuf) {
        let tr = crate::i18n::Tr::new(self.lang());
        let entries = crate::bundle::contents(self, &self.log_dir(), &tr);
        self.bundle = Some(match crate::bundle::write(&path, &entries) {
            Ok(()) => Ok(path),
            Err(source) => Err(export_problem(
                &crate::certificate::CertificateError::Write { path, source },
            )),
        });
    }

    /// What still blocks the sign-off.
    pub fn blockers(&self) -> Vec<crate::review::Blocker> {
        crate::review::blockers(
            &self.playbook,
            &self.plan,
            &self.task_states(),
            self.record.facts(),
        )
    }

    pub(super) fn sign_off(&mut self, name: &str, role: &str) {
        let (name, role) = (name.trim(), role.trim());
        if !self.can_write() || name.is_empty() || role.is_empty() || !self.blockers().is_empty() {
            return;
        }
        let current = self.record.sign_off().is_some_and(|s| s.is_current());
        if current {
            return;
        }
        self.append(EventKind::SignedOff {
            name: name.to_owned(),
            role: role.to_owned(),
        });
        self.save_record();
    }

    pub(super) fn export_certificate(&mut self, path: PathBuf) {
        use chrono::{Local, Offset, TimeZone};
        let now = self.now();
        let offset = Local
            .offset_from_utc_datetime(&now.naive_utc())
            .fix()
            .local_minus_utc()
            / 60;
        let result =
            crate::certificate::load_or_create(self.credential_store.as_ref(), &self.key_dir)
                .map_err(|e| {
                    tracing::error!(error = %e, "no signing key");
                    ExportProblem::Other
                })
                .and_then(|key| {
                    crate::certificate::make(
                        &self.playbook,
                        &self.playbook_source,
                        &self.record,
                        self.lang(),
                        (now, offset),
                        &key,
                    )
                    .map_err(|e| export_problem(&e))
                })
                .and_then(|(pdf, seal)| {
                    crate::certificate::write_file(&path, &pdf)
                        .map(|()| seal)
                        .map_err(|e| export_problem(&e))
                });
        self.export = Some(match result {
            Ok(seal) => {
                tracing::info!(document = %seal.document_id, "certificate written");
                ExportOutcome::Written {
                    path,
                    document_id: seal.document_id,
                }
            }
            Err(problem) => ExportOutcome::Failed { path, problem },
        });
    }
}

fn export_problem(e: &crate::certificate::CertificateError) -> ExportProblem {
    use std::io::ErrorKind;
    tracing::error!(error = %e, "certificate not written");
    match e {
        crate::certificate::CertificateError::Write { source, .. } => match source.kind() {
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => ExportProblem::DiskFull,
            ErrorKind::NotFound => ExportProblem::FolderMissing,
            ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
                ExportProblem::NotWritable
            }
            _ => ExportProblem::Other,
        },
        _ => ExportProblem::Other,
    }
}
