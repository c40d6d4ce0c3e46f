//! The eframe app: owns the session, draws the views, applies their actions.

use std::path::{Path, PathBuf};

use crate::i18n::Tr;
use crate::password::clipboard::{Clipboard, CopiedSecret, SystemClipboard};
use crate::session::{Action, ExportOutcome, Session};
use crate::ui::{self, Drafts};

/// How often the window wakes while work waits to be saved or another copy
/// writes the record, so retries happen without user input.
const RETRY_REPAINT: std::time::Duration = std::time::Duration::from_secs(1);

/// What the window asks of the desktop: a save dialog and a PDF viewer.
/// Tests give a stand-in, so no dialog ever blocks them.
pub trait Desktop {
    /// Asks where to save a file; `None` when the user cancels.
    fn choose_save_path(&self, default_name: &str) -> Option<PathBuf>;
    /// Opens a file in its usual program.
    fn open(&self, path: &Path);
}

/// The real desktop: the system's save dialog and PDF viewer.
pub struct SystemDesktop;

impl Desktop for SystemDesktop {
    fn choose_save_path(&self, default_name: &str) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_file_name(default_name)
            .add_filter("PDF", &["pdf"]);
        if let Some(dirs) = directories::UserDirs::new()
            && let Some(documents) = dirs.document_dir()
        {
            dialog = dialog.set_directory(documents);
        }
        dialog.save_file()
    }

    fn open(&self, path: &Path) {
        if let Err(e) = open::that_detached(path) {
            tracing::warn!(error = %e, "the PDF viewer could not be started");
        }
    }
}

/// The Passwort-Lotse window.
pub struct App {
    session: Session,
    drafts: Drafts,
    tr: Tr,
    desktop: Box<dyn Desktop>,
    clipboard: Option<Box<dyn Clipboard>>,
}

impl App {
    /// Sets up style and text size and takes over the session.
    pub fn new(cc: &eframe::CreationContext<'_>, session: Session) -> App {
        ui::theme::apply(&cc.egui_ctx);
        cc.egui_ctx.set_zoom_factor(session.settings.zoom);
        App {
            tr: Tr::new(session.lang()),
            session,
            drafts: Drafts::default(),
            desktop: Box::new(SystemDesktop),
            clipboard: None,
        }
    }

    /// The same window with another clipboard (tests).
    pub fn with_clipboard(mut self, clipboard: impl Clipboard + 'static) -> App {
        self.clipboard = Some(Box::new(clipboard));
        self
    }

    fn clipboard(&mut self) -> &mut dyn Clipboard {
        // Opened on first use: most sessions never copy anything.
        self.clipboard
            .get_or_insert_with(|| Box::new(SystemClipboard::new()))
            .as_mut()
    }

    fn copy_suggestion(&mut self) {
        let now = self.session.now();
        let Some(secret) = self.drafts.secret.take() else {
            return;
        };
        if let Some(suggestion) = &secret.suggestion {
            self.drafts.copied = CopiedSecret::copy(self.clipboard(), &suggestion.text, now);
            self.drafts.copy_failed = self.drafts.copied.is_none();
        }
        self.drafts.secret = Some(secret);
    }

    /// Clears a copied password from the clipboard once its time is up.
    fn clear_clipboard_in_time(&mut self, ctx: &egui::Context) {
        let now = self.session.now();
        let Some(copied) = self.drafts.copied.clone() else {
            return;
        };
        if copied.tick(self.clipboard(), now) {
            self.drafts.copied = None;
        } else {
            // Wake up to count down and to clear in time.
            ctx.request_repaint_after(std::time::Duration::from_millis(500));
        }
    }

    /// The same window with another desktop (tests).
    pub fn with_desktop(mut self, desktop: impl Desktop + 'static) -> App {
        self.desktop = Box::new(desktop);
        self
    }

    /// Carries out one action; the save dialog and the viewer are the
    /// window's part, everything else is the session's.
    fn apply(&mut self, action: Action) {
        match action {
            Action::ChooseCertificateFile => {
                let name = crate::certificate::file_name(
                    &self.tr,
                    &self.session.profile().practice_name,
                    crate::certificate::is_final(&self.session.playbook, &self.session.record),
                    self.session.now().date_naive(),
                );
                if let Some(path) = self.desktop.choose_save_path(&name) {
                    self.apply(Action::ExportCertificate(path));
                }
            }
            Action::ExportCertificate(path) => {
                self.session.handle(Action::ExportCertificate(path));
                if let Some(ExportOutcome::Written { path, .. }) = &self.session.export {
                    self.desktop.open(path);
                }
            }
            Action::CopySuggestion => self.copy_suggestion(),
            Action::ChooseBundleFile => {
                let name = format!(
                    "Passwort-Lotse-Support-{}.zip",
                    self.session.now().format("%Y-%m-%d-%H%M")
                );
                if let Some(path) = self.desktop.choose_save_path(&name) {
                    self.session.handle(Action::SaveBundle(path));
                }
            }
            other => self.session.handle(other),
        }
    }

    /// The session, for tests that check what was recorded.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The session, for tests that set up a situation.
    pub fn session_mut(&mut self) -> &mut Session {
        &mut self.session
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.session.tick();
        self.clear_clipboard_in_time(ui.ctx());
        let mut actions = ui::app_ui(ui, &self.session, &mut self.drafts, &self.tr);
        let zoom = ui.ctx().zoom_factor();
        if (zoom - self.session.settings.zoom).abs() > f32::EPSILON {
            actions.push(Action::SetZoom(zoom));
        }
        let changed = !actions.is_empty();
        for action in actions {
            self.apply(action);
        }
        if self.tr.lang() != self.session.lang() {
            self.tr = Tr::new(self.session.lang());
        }
        if changed {
            ui.ctx().request_repaint();
        }
        if self.session.save_problem.is_some() || self.session.other_writer.is_some() {
            ui.ctx().request_repaint_after(RETRY_REPAINT);
        }
    }
}
