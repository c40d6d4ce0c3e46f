//! The eframe app: owns the session, draws the views, applies their actions.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::i18n::Tr;
use crate::password::clipboard::{Clipboard, CopiedSecret, SystemClipboard};
use crate::session::{Action, FileKind, Session, WindowEffect};
use crate::ui::{self, Drafts};

/// What the window asks of the desktop: a save dialog and a PDF viewer.
/// Tests give a stand-in, so no dialog ever blocks them.
pub trait Desktop {
    /// Asks where to save a file of this kind; `None` when the user cancels.
    fn choose_save_path(&self, kind: FileKind, default_name: &str) -> Option<PathBuf>;
    /// Opens a file in its usual program.
    fn open(&self, path: &Path);
}

/// The real desktop: the system's save dialog and PDF viewer.
pub struct SystemDesktop;

impl Desktop for SystemDesktop {
    fn choose_save_path(&self, kind: FileKind, default_name: &str) -> Option<PathBuf> {
        let (format, extensions) = kind.filter();
        let mut dialog = rfd::FileDialog::new()
            .set_file_name(default_name)
            .add_filter(format, extensions);
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
    /// Whether the window was checked against the screen's size.
    fitted: bool,
}

/// The size a window should take when it does not fit on the screen: the
/// screen less room for a taskbar and the window's frame, but never smaller
/// than a window can still be used at; `None` when it fits.
pub fn fit_to_screen(inner: egui::Vec2, screen: egui::Vec2) -> Option<egui::Vec2> {
    let room = (screen - egui::vec2(16.0, 72.0)).max(egui::vec2(400.0, 300.0));
    (inner.x > room.x || inner.y > room.y).then(|| inner.min(room))
}

impl App {
    /// Sets up style and text size and takes over the session.
    pub fn new(cc: &eframe::CreationContext<'_>, session: Session) -> App {
        ui::theme::apply(&cc.egui_ctx);
        cc.egui_ctx
            .set_zoom_factor(session.computer().settings.zoom);
        App {
            tr: Tr::new(session.lang()),
            session,
            drafts: Drafts::default(),
            desktop: Box::new(SystemDesktop),
            clipboard: None,
            fitted: false,
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
        let Some(secret) = self.drafts.password.helper.take() else {
            return;
        };
        if let Some(suggestion) = &secret.suggestion {
            self.drafts.password.copied =
                CopiedSecret::copy(self.clipboard(), &suggestion.text, now);
            self.drafts.password.copy_failed = self.drafts.password.copied.is_none();
        }
        self.drafts.password.helper = Some(secret);
    }

    /// Clears a copied password from the clipboard once its time is up.
    fn clear_clipboard_in_time(&mut self) {
        let now = self.session.now();
        let Some(copied) = self.drafts.password.copied.clone() else {
            return;
        };
        if copied.tick(self.clipboard(), now) {
            self.drafts.password.copied = None;
        }
    }

    /// The one place that decides when the window must draw again by
    /// itself: the clipboard's countdown and the 72-hour clock. Reports
    /// from the worker wake it as they arrive; otherwise an idle window
    /// draws nothing.
    pub fn next_wakeup(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        // The countdown on screen moves every second while a copy waits.
        let clipboard = self
            .drafts
            .password
            .copied
            .as_ref()
            .map(|_| now + chrono::Duration::milliseconds(500));
        [self.session.next_wakeup(now), clipboard]
            .into_iter()
            .flatten()
            .min()
    }

    /// The same window with another desktop (tests).
    pub fn with_desktop(mut self, desktop: impl Desktop + 'static) -> App {
        self.desktop = Box::new(desktop);
        self
    }

    /// Does what only the window can: dialogs, the PDF viewer, the clipboard.
    fn carry_out(&mut self, effects: Vec<WindowEffect>) {
        for effect in effects {
            match effect {
                WindowEffect::ChooseFile { kind, name } => {
                    let Some(path) = self.desktop.choose_save_path(kind, &name) else {
                        continue;
                    };
                    let more = self.session.handle(Action::Export(kind, path));
                    self.carry_out(more);
                }
                WindowEffect::OpenFile(path) => self.desktop.open(&path),
                WindowEffect::CopySuggestion => self.copy_suggestion(),
            }
        }
    }

    /// Applies what the user asked for.
    fn handle(&mut self, action: Action) {
        let effects = self.session.handle(action);
        self.carry_out(effects);
    }

    /// A window remembered from a larger screen, or the default size on a
    /// small one, never opens larger than the screen.
    fn fit_window(&mut self, ctx: &egui::Context) {
        if self.fitted {
            return;
        }
        let (screen, inner) = ctx.input(|i| {
            let v = i.viewport();
            (v.monitor_size, v.inner_rect.map(|r| r.size()))
        });
        let (Some(screen), Some(inner)) = (screen, inner) else {
            return;
        };
        self.fitted = true;
        if let Some(size) = fit_to_screen(inner, screen) {
            tracing::info!(?size, ?screen, "window made to fit the screen");
            // Only the size: the monitor's place among several is not
            // known here, and the window manager keeps a window on screen.
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
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

    /// Applies an action as the views would, window part included (tests).
    pub fn act(&mut self, action: Action) {
        self.handle(action);
    }
}

impl eframe::App for App {
    /// egui's memory is not written to disk: it would hold what fields held.
    fn persist_egui_memory(&self) -> bool {
        false
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.fit_window(ui.ctx());
        let reported = self.session.tick();
        self.carry_out(reported);
        self.clear_clipboard_in_time();
        let mut actions = ui::app_ui(ui, self.session.workspace(), &mut self.drafts, &self.tr);
        let zoom = ui.ctx().zoom_factor();
        if (zoom - self.session.computer().settings.zoom).abs() > f32::EPSILON {
            actions.push(Action::SetZoom(zoom));
        }
        let changed = !actions.is_empty();
        for action in actions {
            self.handle(action);
        }
        if self.tr.lang() != self.session.lang() {
            self.tr = Tr::new(self.session.lang());
        }
        if changed {
            ui.ctx().request_repaint();
        }
        let now = self.session.now();
        if let Some(at) = self.next_wakeup(now) {
            let wait = (at - now).to_std().unwrap_or_default();
            ui.ctx().request_repaint_after(wait);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fit_to_screen;
    use egui::vec2;

    #[test]
    fn a_window_larger_than_the_screen_is_made_to_fit() {
        assert_eq!(
            fit_to_screen(vec2(1100.0, 760.0), vec2(1920.0, 1080.0)),
            None
        );
        assert_eq!(
            fit_to_screen(vec2(1100.0, 760.0), vec2(1024.0, 600.0)),
            Some(vec2(1008.0, 528.0))
        );
        assert_eq!(
            fit_to_screen(vec2(1100.0, 760.0), vec2(1366.0, 768.0)),
            Some(vec2(1100.0, 696.0))
        );
        // A screen reported too small to be true still leaves a usable window.
        assert_eq!(
            fit_to_screen(vec2(1100.0, 760.0), vec2(0.0, 0.0)),
            Some(vec2(400.0, 300.0))
        );
    }
}
