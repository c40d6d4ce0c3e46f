//! Passwort-Lotse: guides the staff of a medical practice through changing
//! every password after a security incident, and records who did what, when.
//!
//! The core (playbook, plan, record, wizard, workspace, persist, i18n) has no
//! egui in it; the views live in [`ui`] and only send [`workspace::Action`]s.

pub mod app;
pub mod bundle;
pub mod certificate;
pub mod checklist;
pub mod cli;
pub mod clock;
pub mod code;
pub mod demo;
pub mod disk;
pub mod files;
pub mod hex;
pub mod i18n;
pub mod messages;
pub mod password;
pub mod pdf;
pub mod persist;
pub mod plan;
pub mod playbook;
pub mod profile;
pub mod progress;
pub mod record;
pub mod review;
pub mod session;
pub mod settings;
pub mod store;
pub mod summary;
pub mod support;
pub mod ui;
pub mod when;
pub mod wizard;
pub mod workspace;

pub use app::App;
