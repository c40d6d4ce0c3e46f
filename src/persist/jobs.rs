//! The slow jobs besides saving: the certificate (credential store, PDF
//! renderer, file) and the support bundle (logs, zip).

use std::path::Path;

use super::Setup;
use crate::bundle::{self, Entry};
use crate::workspace::{ExportJob, ExportOutcome, IoProblem, Report};

/// Makes and writes a certificate.
pub fn export(job: &ExportJob, setup: &Setup) -> Report {
    use chrono::{Local, Offset, TimeZone};
    let offset = Local
        .offset_from_utc_datetime(&job.at.naive_utc())
        .fix()
        .local_minus_utc()
        / 60;
    let result =
        crate::certificate::load_or_create(setup.credential_store.as_ref(), &setup.data_dir)
            .map_err(|e| {
                tracing::error!(error = %e, "no signing key");
                IoProblem::Other
            })
            .and_then(|key| {
                crate::certificate::make(
                    &job.playbook,
                    &job.playbook_source,
                    &job.record,
                    job.lang,
                    (job.at, offset),
                    &key,
                )
                .map_err(|e| problem(&e))
            })
            .and_then(|(pdf, seal)| {
                crate::certificate::write_file(&job.path, &pdf)
                    .map(|()| seal)
                    .map_err(|e| problem(&e))
            });
    Report::Exported(match result {
        Ok(seal) => {
            tracing::info!(document = %seal.document_id, "certificate written");
            ExportOutcome::Written {
                path: job.path.clone(),
                document_id: seal.document_id,
            }
        }
        Err(problem) => ExportOutcome::Failed {
            path: job.path.clone(),
            problem,
        },
    })
}

fn problem(e: &crate::certificate::CertificateError) -> IoProblem {
    tracing::error!(error = %e, "certificate not written");
    match e {
        crate::certificate::CertificateError::Write { source, .. } => IoProblem::of_io(source),
        _ => IoProblem::Other,
    }
}

fn with_logs(mut entries: Vec<Entry>, setup: &Setup) -> Vec<Entry> {
    entries.extend(bundle::logs(&setup.data_dir.join("logs")));
    entries
}

/// What the support bundle will hold, for the user to see before saving.
pub fn list_bundle(entries: Vec<Entry>, setup: &Setup) -> Report {
    let listing = with_logs(entries, setup)
        .into_iter()
        .map(|e| (e.name, e.bytes.len()))
        .collect();
    Report::BundleListed(listing)
}

/// Writes the support bundle.
pub fn save_bundle(path: &Path, entries: Vec<Entry>, setup: &Setup) -> Report {
    let entries = with_logs(entries, setup);
    Report::BundleSaved(match bundle::write(path, &entries) {
        Ok(()) => Ok(path.to_owned()),
        Err(e) => {
            tracing::error!(error = %e, "support bundle not written");
            Err(IoProblem::of_io(&e))
        }
    })
}
