//! The part of the support bundle made from what is in memory: status and
//! versions. The worker adds the logs (`bundle::logs`) when it lists or
//! writes the bundle.

use super::Workspace;
use crate::bundle::Entry;
use crate::summary::Summary;

impl Workspace {
    /// The status and version files of the support bundle.
    pub(super) fn bundle_status(&self) -> Vec<Entry> {
        let tr = self.tr();
        let summary = Summary::of(&self.document.playbook, &self.document.record);
        vec![
            Entry {
                name: "status.txt".into(),
                bytes: summary.to_text(&tr).into_bytes(),
            },
            Entry {
                name: "status.json".into(),
                bytes: serde_json::to_vec_pretty(&summary).unwrap_or_default(),
            },
            Entry {
                name: "about.txt".into(),
                bytes: self.about().into_bytes(),
            },
        ]
    }

    fn about(&self) -> String {
        [
            format!("app: Passwort-Lotse {}", env!("CARGO_PKG_VERSION")),
            format!(
                "playbook: {} {}",
                self.document.playbook.id, self.document.playbook.version
            ),
            format!("os: {} {}", std::env::consts::OS, std::env::consts::ARCH),
            format!("language: {}", self.lang().code()),
            format!("training record: {}", self.computer.demo),
            format!("record events: {}", self.document.record.events().len()),
            format!("record schema: {}", crate::record::RECORD_SCHEMA),
            format!("screen: {}", self.place.screen.code(&self.document.plan)),
        ]
        .join("\n")
            + "\n"
    }
}
