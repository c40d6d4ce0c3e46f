//! `settings.json`: arbitrary bytes into `Settings::parse`, as
//! `persist::settings_file::load` reads them. Preferences that parse are written as
//! `persist::settings_file::save` writes them and must parse back equal, and start a
//! workspace (they carry the screen to carry on at).

#![no_main]

use libfuzzer_sys::fuzz_target;
use passwort_lotse::settings::{Settings, ZOOM_RANGE};

fuzz_target!(|data: &[u8]| {
    let Ok(settings) = Settings::parse(data) else {
        return;
    };
    assert!(
        ZOOM_RANGE.contains(&settings.zoom),
        "zoom {} out of range",
        settings.zoom
    );
    let bytes = match serde_json::to_vec_pretty(&settings) {
        Ok(bytes) => bytes,
        Err(e) => panic!("parsed settings cannot be written: {e}"),
    };
    match Settings::parse(&bytes) {
        Ok(again) => assert_eq!(again, settings, "settings changed on the way round"),
        Err(e) => panic!("settings as written do not parse: {e}"),
    }
    let _ = fuzz_support::workspace(fuzz_support::profile_only(), settings);
});
