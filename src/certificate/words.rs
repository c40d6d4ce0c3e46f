//! What `verify` says about a certificate, in plain, translated words.

use super::{Problem, SealedBy, Verdict, is_final};
use crate::i18n::Tr;
use crate::messages::counts;
use crate::summary::Summary;
use crate::t;

/// Whose key sealed a record, as the check says it.
pub fn sealed_by(tr: &Tr, by: &SealedBy) -> String {
    match by {
        SealedBy::ThisInstallation => t!(tr, "verify-sealed-own"),
        SealedBy::Listed(label) => {
            let label = if label.is_empty() {
                t!(tr, "verify-sealed-listed-no-label")
            } else {
                label.clone()
            };
            t!(tr, "verify-sealed-listed", label = label)
        }
        SealedBy::Given => t!(tr, "verify-sealed-given"),
        SealedBy::Unknown => t!(tr, "verify-sealed-unknown"),
    }
}

/// The lines `verify` prints for a verdict.
pub fn verdict(tr: &Tr, verdict: &Verdict) -> Vec<String> {
    match verdict {
        Verdict::Valid {
            seal,
            record,
            playbook,
            pages_checked,
        } => {
            let summary = Summary::of(playbook, record);
            let c = summary.counts;
            let kind = if is_final(playbook, record) {
                t!(tr, "cert-title-final")
            } else {
                t!(tr, "cert-title-interim")
            };
            // Pages drawn by another version were not redrawn: that comes
            // first, and what this version would count is left out, since
            // its rules for the plan may differ from the ones that drew them.
            let mut lines = if *pages_checked {
                vec![
                    t!(tr, "verify-valid"),
                    t!(tr, "verify-kind", kind = kind),
                    t!(tr, "verify-document", id = seal.document_id.clone()),
                    t!(tr, "verify-practice", practice = summary.practice.clone()),
                    counts(tr, &c),
                ]
            } else {
                vec![
                    t!(
                        tr,
                        "verify-valid-other-version",
                        version = seal.app_version.clone()
                    ),
                    t!(tr, "verify-document", id = seal.document_id.clone()),
                    t!(tr, "verify-practice", practice = summary.practice.clone()),
                ]
            };
            lines.push(t!(
                tr,
                "verify-fingerprint",
                fingerprint = seal.fingerprint(),
                code = seal.key_code()
            ));
            lines.push(t!(tr, "verify-code", code = seal.verification_code()));
            if record.is_training() {
                lines.insert(2, t!(tr, "cert-training-banner"));
            }
            lines
        }
        Verdict::Invalid { problem } => {
            let reason = match problem {
                Problem::Truncated => t!(tr, "verify-truncated"),
                Problem::SealDamaged => t!(tr, "verify-seal-damaged"),
                Problem::BadSignature => t!(tr, "verify-bad-signature"),
                Problem::RecordChanged => t!(tr, "verify-record-changed"),
                Problem::PlaybookChanged => t!(tr, "verify-playbook-changed"),
                Problem::PagesChanged => t!(tr, "verify-pages-changed"),
            };
            vec![t!(tr, "verify-invalid", reason = reason)]
        }
        Verdict::NotACertificate => vec![t!(tr, "verify-not-certificate")],
    }
}
