//! Starts Passwort-Lotse: the app window, or a subcommand for support staff.

// A practice starts the app from the Start menu; a console window beside it
// would only confuse. Debug builds keep the console for developers.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use tracing_appender::rolling::{Builder, Rotation};

use passwort_lotse::App;
use passwort_lotse::certificate;
use passwort_lotse::cli::{self, Cli, Command};
use passwort_lotse::clock::SystemClock;
use passwort_lotse::i18n::{Lang, Tr};
use passwort_lotse::session::{FileKind, Options, Session, Waker};
use passwort_lotse::t;

/// The app's id for the desktop: its .desktop file, icon and Wayland app id.
const APP_ID: &str = "de.passwortlotse.PasswortLotse";

/// The window's icon.
const ICON: &[u8] = include_bytes!("../packaging/icons/passwort-lotse-256.png");

/// How many daily log files are kept.
const LOG_DAYS: usize = 14;

fn main() -> ExitCode {
    quiet_graphics_probe();
    let args = Cli::parse_in_language();
    let mut options = args.options(cli::workstation_name());
    let _log_guard = start_logging(&options.data_dir);
    let clock = SystemClock;
    let mut stdout = std::io::stdout();
    let code = match args.command {
        Some(Command::Status { json }) => cli::status(&options, json, &mut stdout, &clock),
        Some(Command::ResetDemo) => cli::reset_demo(&options, &mut stdout, &clock),
        Some(Command::Verify { file, keys }) => {
            // The own key may be in the credential store, as for sealing.
            options.credential_store = certificate::platform_store();
            cli::verify(&options, &file, &keys, &mut stdout)
        }
        Some(Command::Certificate { out }) => {
            options.credential_store = certificate::platform_store();
            cli::export(
                &options,
                FileKind::Certificate,
                &out,
                &mut stdout,
                Arc::new(clock),
            )
        }
        Some(Command::KeySheet { out }) => {
            options.credential_store = certificate::platform_store();
            cli::export(
                &options,
                FileKind::KeySheet,
                &out,
                &mut stdout,
                Arc::new(clock),
            )
        }
        Some(Command::Checklist { out }) => cli::export(
            &options,
            FileKind::Checklist,
            &out,
            &mut stdout,
            Arc::new(clock),
        ),
        None => {
            options.credential_store = certificate::platform_store();
            run_app(&options)
        }
    };
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}

fn run_app(lotse: &Options) -> i32 {
    tracing::info!(demo = lotse.demo, "app starting");
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Passwort-Lotse")
        .with_app_id(APP_ID)
        .with_inner_size([1100.0, 760.0])
        .with_min_inner_size([720.0, 520.0]);
    match eframe::icon_data::from_png_bytes(ICON) {
        Ok(icon) => viewport = viewport.with_icon(Arc::new(icon)),
        Err(e) => tracing::warn!(error = %e, "the app icon could not be read"),
    }
    let options = eframe::NativeOptions {
        viewport,
        // eframe remembers the window's size and place, beside the record
        // but apart from it; nothing of the record goes there.
        persist_window: true,
        persistence_path: Some(lotse.settings_dir().join("window.ron")),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Passwort-Lotse",
        options,
        Box::new(|cc| {
            // The persistence runs on its own thread and wakes the window
            // when it has news; no frame waits for a disk or a share.
            let ctx = cc.egui_ctx.clone();
            let wake: Waker = std::sync::Arc::new(move || ctx.request_repaint());
            let session = Session::open_in_background(lotse, Arc::new(SystemClock), wake)?;
            Ok(Box::new(App::new(cc, session)))
        }),
    );
    match result {
        Ok(()) => 0,
        Err(e) => {
            tracing::error!(error = %e, "the window could not be opened");
            window_failed(lotse, &e.to_string());
            1
        }
    }
}

/// Says that the window could not be opened, on the terminal and, where the
/// desktop still can (a Windows PC without a usable graphics driver), in a
/// message box: started from the Start menu there is no terminal to read.
fn window_failed(lotse: &Options, error: &str) {
    let tr = Tr::new(lotse.lang.unwrap_or_else(Lang::from_system));
    let text = t!(tr, "window-failed", error = error.to_owned());
    eprintln!("{text}");
    let _ = rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title(t!(tr, "app-name"))
        .set_description(text)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
}

/// Mesa's Vulkan device-select layer asks the Wayland server which graphics
/// card is the default, and libwayland prints an error to the terminal when
/// there is no session folder (`XDG_RUNTIME_DIR`), as under Xvfb or a kiosk
/// start. With no session there is no Wayland server to ask, so the layer is
/// told to stand aside; wgpu still picks the adapter itself.
#[expect(unsafe_code, reason = "set_var before any thread exists")]
fn quiet_graphics_probe() {
    if cfg!(target_os = "linux") && std::env::var_os("XDG_RUNTIME_DIR").is_none() {
        // SAFETY: the first thing main does; no other thread is running yet
        // that could read the environment at the same time.
        unsafe { std::env::set_var("NODEVICE_SELECT", "1") };
    }
}

/// Logs go to daily files in the data folder (the last 14 kept) and, for
/// warnings, to the terminal. Nothing a user types is ever logged.
fn start_logging(data_dir: &Path) -> Option<tracing_appender::non_blocking::WorkerGuard> {
    use tracing_subscriber::prelude::*;
    let filter = || {
        tracing_subscriber::EnvFilter::try_from_env("PASSWORT_LOTSE_LOG").unwrap_or_else(|_| {
            tracing_subscriber::EnvFilter::new(
                "info,wgpu=warn,naga=warn,eframe=warn,egui_wgpu=warn",
            )
        })
    };
    // The terminal shows only the app's own warnings; what the window
    // libraries say about the desktop (XSETTINGS, screen size) goes to the log.
    let stderr = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_filter(tracing_subscriber::filter::Targets::new().with_target(
            "passwort_lotse",
            tracing_subscriber::filter::LevelFilter::WARN,
        ));
    // The appender lists the folder to prune old files; it must exist first,
    // or the very first start prints an error to the terminal.
    let logs = data_dir.join("logs");
    if let Err(e) = std::fs::create_dir_all(&logs) {
        tracing_subscriber::registry().with(stderr).init();
        tracing::warn!(error = %e, "log folder not writable; logging to the terminal only");
        return None;
    }
    let files = Builder::new()
        .rotation(Rotation::DAILY)
        .filename_prefix("passwort-lotse")
        .filename_suffix("log")
        .max_log_files(LOG_DAYS)
        .build(logs);
    match files {
        Ok(appender) => {
            let (writer, guard) = tracing_appender::non_blocking(appender);
            let file_layer = tracing_subscriber::fmt::layer()
                .with_ansi(false)
                .with_writer(writer)
                .with_filter(filter());
            tracing_subscriber::registry()
                .with(stderr)
                .with(file_layer)
                .init();
            Some(guard)
        }
        Err(e) => {
            tracing_subscriber::registry().with(stderr).init();
            tracing::warn!(error = %e, "log folder not writable; logging to the terminal only");
            None
        }
    }
}
