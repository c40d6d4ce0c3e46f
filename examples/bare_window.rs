//! A bare eframe window with the app's eframe features, to hold Passwort-Lotse's
//! start-up time and size against (packaging/startup.sh).

struct Bare;

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ui.label("bare eframe window");
    }
}

fn main() -> eframe::Result {
    eframe::run_native(
        "bare-window",
        eframe::NativeOptions::default(),
        Box::new(|_| Ok(Box::new(Bare))),
    )
}
