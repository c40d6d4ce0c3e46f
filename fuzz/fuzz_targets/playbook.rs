//! A playbook file given with `--playbook`: the app reads it with
//! `std::fs::read_to_string` (invalid UTF-8 is an "unreadable" error before
//! any parsing), then `playbook::parse`. A playbook that parses is used as
//! the app uses it: a plan for the sample practice, the training record,
//! and a workspace.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use passwort_lotse::plan::Plan;
use passwort_lotse::settings::Settings;
use passwort_lotse::workspace::{Opening, Report, Start, StoreState, Workspace};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(playbook) = passwort_lotse::playbook::parse(text, Path::new("fuzz.ron")) else {
        return;
    };
    let profile = passwort_lotse::demo::profile();
    let plan = Plan::new(&playbook, &profile);
    for task in &plan.tasks {
        let _ = task.title(&playbook, passwort_lotse::i18n::Lang::De);
        let _ = plan.by_code(&task.code);
    }
    let record = passwort_lotse::demo::record(&playbook, fuzz_support::now());
    let start = Start {
        playbook,
        playbook_source: text.to_owned(),
        playbook_origin: passwort_lotse::record::PlaybookOrigin::Unsigned,
        playbook_error: None,
        settings: Settings::default(),
        workstation: "Empfang-PC".into(),
        demo: true,
        folders: passwort_lotse::workspace::Folders {
            data: "/mem/data".into(),
            settings: "/mem/here".into(),
        },
        settings_problem: None,
    };
    let mut ws = Workspace::new(start, std::sync::Arc::new(fuzz_support::clock()));
    let _ = ws.apply(Report::Opened(Opening {
        store: StoreState::Writer,
        record,
        recovery: None,
        problem: None,
    }));
});
