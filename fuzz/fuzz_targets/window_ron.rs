//! eframe's `window.ron` (the app sets `persistence_path` to
//! `<settings dir>/window.ron`). eframe 0.37 reads it in
//! `native/file_storage.rs::read_ron`: `ron::de::from_reader` of the file
//! into a `HashMap<String, String>`; then `epi::get_value` parses the value
//! under "window" with `ron::from_str` into `egui_winit::WindowSettings`
//! (`load_window_settings`) and the one under "egui" into `egui::Memory`
//! (`load_egui_memory`, read at start even though the app does not save
//! it). The window settings are then clamped and turned into the viewport
//! as `epi_integration::viewport_builder` does (minus the monitor query,
//! which needs a display), and fitted to the screen as `App::fit_window`
//! does; the memory goes into a context set up as `App::new` sets it up,
//! which then runs a frame.
//!
//! The inner values are RON inside RON strings, which a mutator rarely
//! keeps intact; so the input is also tried directly as each inner value.

#![no_main]

use std::collections::HashMap;

use libfuzzer_sys::fuzz_target;

/// `zoom` is the context's zoom factor when eframe places the window: the
/// one from the file's egui memory, as `App::new` only sets its own later.
fn window(text: &str, zoom: f32) {
    let Ok(mut settings) = ron::from_str::<egui_winit::WindowSettings>(text) else {
        return;
    };
    settings.clamp_size_to_sane_values(egui::vec2(1920.0, 1080.0));
    let builder = egui::ViewportBuilder::default()
        .with_inner_size([1100.0, 760.0])
        .with_min_inner_size([720.0, 520.0]);
    let _ = settings.initialize_viewport_builder(zoom, builder);
    // The app makes a restored window that does not fit the screen smaller.
    let _ = passwort_lotse::app::fit_to_screen(
        settings.inner_size_points(),
        egui::vec2(1920.0, 1080.0),
    );
}

/// The zoom factor eframe's context has after loading this memory.
fn memory(text: &str) -> f32 {
    let Ok(memory) = ron::from_str::<egui::Memory>(text) else {
        return 1.0;
    };
    let zoom = memory.options.zoom_factor;
    // As eframe does with it: it becomes the context's memory; then
    // `App::new` applies the app's theme and its own text size (from
    // settings.json, kept within 0.5..=3) and the first frame runs.
    let ctx = egui::Context::default();
    ctx.memory_mut(|m| *m = memory);
    passwort_lotse::ui::theme::apply(&ctx);
    ctx.set_zoom_factor(1.0);
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        ui.label("Passwort-Lotse");
        let _ = ui.button("Weiter");
    });
    // eframe hands the new textures to the painter; there is none here.
    output.textures_delta.clear();
    zoom
}

fuzz_target!(|data: &[u8]| {
    if let Ok(kv) =
        ron::de::from_reader::<_, HashMap<String, String>>(std::io::BufReader::new(data))
    {
        let zoom = kv.get("egui").map_or(1.0, |text| memory(text));
        if let Some(text) = kv.get("window") {
            window(text, zoom);
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let zoom = memory(text);
        window(text, 1.0);
        window(text, zoom);
    }
});
