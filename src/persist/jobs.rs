//! The slow jobs besides saving: the certificate (credential store, PDF
//! renderer, file), the checklist (PDF renderer, file) and the support
//! bundle (logs, zip).

use super::Setup;
use crate::bundle::{self, Entry};
use crate::certificate::key::KeyError;
use crate::workspace::{ExportJob, ExportOutcome, FileKind, IoProblem, Report};

/// Makes and writes a certificate or a checklist.
pub fn export(job: &ExportJob, setup: &Setup) -> Report {
    use chrono::{Local, Offset, TimeZone};
    let offset = Local
        .offset_from_utc_datetime(&job.at.naive_utc())
        .fix()
        .local_minus_utc()
        / 60;
    let result = match job.document {
        FileKind::Certificate => certificate(job, setup, offset),
        FileKind::Checklist => checklist(job, setup, offset),
        FileKind::KeySheet => key_sheet(job, setup, offset),
        FileKind::Bundle => save_bundle(job, setup),
    };
    Report::Exported(
        job.document,
        match result {
            Ok(document_id) => ExportOutcome::Written {
                path: job.path.clone(),
                document_id,
            },
            Err(problem) => ExportOutcome::Failed {
                path: job.path.clone(),
                problem,
            },
        },
    )
}

/// The installation's key, made on first use; never a new one over one
/// that cannot be read.
fn seal_key(setup: &Setup) -> Result<crate::certificate::SealKey, IoProblem> {
    crate::certificate::load_or_create(
        setup.credential_store.as_ref(),
        &setup.folders.data,
        setup.disk.as_ref(),
    )
    .map_err(|e| {
        tracing::error!(error = %e, "no signing key; none made in its place");
        match e {
            KeyError::StoreRefused(_) => IoProblem::KeyStoreRefused,
            _ => IoProblem::KeyUnusable,
        }
    })
}

/// Seals and writes the certificate; its document ID on success.
fn certificate(job: &ExportJob, setup: &Setup, offset: i32) -> Result<String, IoProblem> {
    let key = seal_key(setup)?;
    let (pdf, seal) = crate::certificate::make(
        &job.playbook,
        &job.playbook_source,
        &job.record,
        job.lang,
        (job.at, offset),
        &key,
    )
    .map_err(|e| problem(&e))?;
    crate::certificate::write_file(setup.disk.as_ref(), &job.path, &pdf)
        .map_err(|e| problem(&e))?;
    tracing::info!(document = %seal.document_id, "certificate written");
    Ok(seal.document_id)
}

/// Draws and writes the paper checklist.
fn checklist(job: &ExportJob, setup: &Setup, offset: i32) -> Result<String, IoProblem> {
    let pdf = crate::checklist::make(&job.playbook, &job.record, job.lang, (job.at, offset))
        .map_err(|e| {
            tracing::error!(error = %e, "checklist not made");
            IoProblem::Other
        })?;
    crate::disk::write_atomic(setup.disk.as_ref(), &job.path, &pdf).map_err(|e| {
        tracing::error!(error = %e, "checklist not written");
        IoProblem::of_io(&e)
    })?;
    tracing::info!("checklist written");
    Ok(String::new())
}

/// Draws and writes the key sheet of the installation's key.
fn key_sheet(job: &ExportJob, setup: &Setup, offset: i32) -> Result<String, IoProblem> {
    let key = seal_key(setup)?;
    let practice = job
        .record
        .profile()
        .map(|p| p.practice_name.clone())
        .unwrap_or_default();
    let computer = &setup.me.workstation;
    let pdf =
        crate::certificate::key_sheet::make(&practice, computer, &key, job.lang, (job.at, offset))
            .map_err(|e| {
                tracing::error!(error = %e, "key sheet not made");
                IoProblem::Other
            })?;
    crate::disk::write_atomic(setup.disk.as_ref(), &job.path, &pdf).map_err(|e| {
        tracing::error!(error = %e, "key sheet not written");
        IoProblem::of_io(&e)
    })?;
    tracing::info!("key sheet written");
    Ok(String::new())
}

fn problem(e: &crate::certificate::CertificateError) -> IoProblem {
    tracing::error!(error = %e, "certificate not written");
    match e {
        crate::certificate::CertificateError::Write { source, .. } => IoProblem::of_io(source),
        _ => IoProblem::Other,
    }
}

fn with_logs(mut entries: Vec<Entry>, setup: &Setup) -> Vec<Entry> {
    entries.extend(bundle::logs(&setup.folders.data.join("logs")));
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

/// Writes the support bundle, with the logs, all at once.
fn save_bundle(job: &ExportJob, setup: &Setup) -> Result<String, IoProblem> {
    let entries = with_logs(job.bundle.clone(), setup);
    bundle::write(setup.disk.as_ref(), &job.path, &entries).map_err(|e| {
        tracing::error!(error = %e, "support bundle not written");
        IoProblem::of_io(&e)
    })?;
    Ok(String::new())
}

/// This installation's key for the About screen; never makes one.
pub(super) fn own_key(setup: &Setup) -> crate::workspace::OwnKey {
    use crate::workspace::OwnKey;
    let key = crate::certificate::key::existing(
        setup.credential_store.as_ref(),
        &setup.folders.data,
        setup.disk.as_ref(),
    );
    match key {
        Ok(Some(key)) => OwnKey::Key {
            fingerprint: key.fingerprint(),
            code: key.key_code(),
        },
        Ok(None) => OwnKey::NotYet,
        Err(e) => {
            tracing::warn!(error = %e, "this installation's key cannot be read");
            OwnKey::Unusable
        }
    }
}
