//! The certificate's part about the playbook the work followed: which file
//! (by its checksum) and who vouched for it, so a reader sees when staff
//! followed instructions nobody had signed.

use chrono::{DateTime, Utc};

use crate::i18n::Tr;
use crate::pdf::{Pages, Weight};
use crate::record::{EventKind, PlaybookOrigin, Record};
use crate::t;

/// Each playbook used, from when, and who vouched for it.
pub fn playbook_part(
    p: &mut Pages,
    tr: &Tr,
    record: &Record,
    at: &dyn Fn(DateTime<Utc>) -> String,
) {
    p.heading(2, &t!(tr, "cert-playbook-heading"));
    let mut any = false;
    for (event, used) in record.playbooks_used() {
        any = true;
        let what = t!(
            tr,
            "cert-playbook",
            time = at(event.at),
            provider = used.provider_in(tr.lang()).to_owned(),
            id = used.playbook_id.clone(),
            version = used.playbook_version.clone(),
            sha = used.sha256.clone()
        );
        let by = used.chosen_by(event).to_owned();
        let origin = match &used.origin {
            PlaybookOrigin::BuiltIn => t!(tr, "cert-playbook-built-in"),
            PlaybookOrigin::Signed { signer } => {
                t!(tr, "cert-playbook-signed", signer = signer.clone())
            }
            PlaybookOrigin::Unsigned | PlaybookOrigin::NotConfirmed => {
                let unsigned = used.origin == PlaybookOrigin::Unsigned;
                // Records from before the confirmer was asked name only who chose.
                match used.confirmed_by.clone() {
                    Some(confirmer) if unsigned => {
                        t!(
                            tr,
                            "cert-playbook-unsigned-confirmer",
                            by = by,
                            confirmer = confirmer
                        )
                    }
                    Some(confirmer) => t!(
                        tr,
                        "cert-playbook-not-confirmed-confirmer",
                        by = by,
                        confirmer = confirmer
                    ),
                    None if unsigned => t!(tr, "cert-playbook-unsigned", by = by),
                    None => t!(tr, "cert-playbook-not-confirmed", by = by),
                }
            }
        };
        p.paragraph(&format!("{what} {origin}"), Weight::Regular, 10.0);
    }
    if !any {
        let started = record.events().iter().find_map(|e| match &e.kind {
            EventKind::RecordStarted {
                playbook_id,
                playbook_version,
                ..
            } => Some((playbook_id.clone(), playbook_version.clone())),
            _ => None,
        });
        if let Some((id, version)) = started {
            p.paragraph(
                &t!(tr, "cert-playbook-not-recorded", id = id, version = version),
                Weight::Regular,
                10.0,
            );
        }
    }
}
