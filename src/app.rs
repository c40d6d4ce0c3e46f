//! The eframe app: owns the session, draws the views, applies their actions.

use crate::i18n::Tr;
use crate::session::{Action, Session};
use crate::ui::{self, Drafts};

/// How often the window wakes while work waits to be saved or another copy
/// writes the record, so retries happen without user input.
const RETRY_REPAINT: std::time::Duration = std::time::Duration::from_secs(1);

/// The Passwort-Lotse window.
pub struct App {
    session: Session,
    drafts: Drafts,
    tr: Tr,
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
        let mut actions = ui::app_ui(ui, &self.session, &mut self.drafts, &self.tr);
        let zoom = ui.ctx().zoom_factor();
        if (zoom - self.session.settings.zoom).abs() > f32::EPSILON {
            actions.push(Action::SetZoom(zoom));
        }
        let changed = !actions.is_empty();
        for action in actions {
            self.session.handle(action);
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
