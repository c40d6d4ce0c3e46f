//! The password helper on a task: the system's rule, a check of a new
//! password that is never stored, and a suggestion to copy.

use egui::{RichText, Ui};

use super::drafts::SecretDraft;
use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::password::generate;
use crate::password::{Failure, Finding, PinPattern, Policy, Strength, assess, practice_words};
use crate::playbook::SecretRule;
use crate::record::TaskId;
use crate::t;
use crate::workspace::{Action, Workspace};

/// The accessible id of the check field, to clear its undo history.
fn field_id() -> egui::Id {
    egui::Id::unique("password-check-field")
}

/// The helper for a task that sets a password or PIN.
#[expect(clippy::too_many_arguments, reason = "a view takes what it reads")]
pub fn password_ui(
    ui: &mut Ui,
    ws: &Workspace,
    task: &TaskId,
    rule: &SecretRule,
    clean_device: bool,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    let policy = rule.policy();
    let remote = ws.computer().settings.remote_support;
    let drafts_copied = drafts.password.copied.as_ref();
    let copy_failed = drafts.password.copy_failed;
    let secret = match &mut drafts.password.helper {
        Some(s) if s.task == *task => s,
        other => other.insert(SecretDraft::new(task)),
    };
    widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
        ui.label(theme::section_heading(t!(tr, "pw-title")));
        for line in crate::messages::rule_lines(tr, rule) {
            widgets::paragraph(ui, &line);
        }
        if clean_device {
            // Typed into a practice PC, the password could reach a keylogger.
            ui.label(RichText::new(t!(tr, "pw-clean-device")).strong());
            return;
        }
        if policy.is_pin() {
            // A card's or terminal's PIN is typed on the terminal's keypad
            // only: neither typed here nor shown here as a suggestion.
            ui.label(RichText::new(t!(tr, "pw-pin-at-terminal")).strong());
            return;
        }
        ui.add_space(theme::GAP_SMALL);
        check_ui(ui, ws, policy, secret, remote, tr);
        ui.add_space(theme::GAP_WIDE);
        suggestion_ui(ui, ws, policy, secret, drafts_copied, remote, tr, actions);
        if copy_failed {
            widgets::paragraph(ui, &t!(tr, "pw-copy-failed"));
        }
    });
}

fn check_ui(
    ui: &mut Ui,
    ws: &Workspace,
    policy: Policy,
    secret: &mut SecretDraft,
    remote: bool,
    tr: &Tr,
) {
    let label = t!(tr, "pw-check-label");
    let label = ui.label(RichText::new(label).strong());
    let shown = secret.show && !remote;
    let response = ui
        .horizontal(|ui| {
            let edit = egui::TextEdit::singleline(&mut *secret.typed)
                .id(field_id())
                .password(!shown)
                .desired_width(theme::FIELD_WIDE);
            let response = ui.add(edit).labelled_by(label.id);
            if !remote {
                ui.checkbox(&mut secret.show, t!(tr, "pw-show"));
            }
            if ui.button(t!(tr, "pw-clear")).clicked() {
                zeroize::Zeroize::zeroize(&mut *secret.typed);
                secret.assessment = None;
            }
            response
        })
        .inner;
    // egui keeps every edit for undo; a password must not linger there.
    if let Some(mut state) = egui::text_edit::TextEditState::load(ui.ctx(), field_id()) {
        state.clear_undoer();
        state.store(ui.ctx(), field_id());
    }
    if response.changed() {
        secret.assessment = (!secret.typed.is_empty()).then(|| {
            let profile = ws.profile();
            let words = practice_words(
                std::iter::once(profile.practice_name.as_str())
                    .chain(std::iter::once(profile.city.as_str()))
                    .chain(std::iter::once(profile.pvs.as_str()))
                    .chain(profile.staff.iter().map(|p| p.name.as_str()))
                    .chain(profile.devices.iter().map(|d| d.name.as_str())),
            );
            assess(&secret.typed, policy, &words, None)
        });
    }
    let Some(a) = &secret.assessment else {
        ui.label(RichText::new(t!(tr, "pw-check-hint")).weak());
        return;
    };
    let (text, color) = match a.strength {
        Strength::Weak => (
            t!(tr, "pw-strength-weak"),
            theme::status_color(crate::record::Status::NeedHelp, ui.visuals()),
        ),
        Strength::Fair => (t!(tr, "pw-strength-fair"), ui.visuals().text_color()),
        Strength::Strong => (
            t!(tr, "pw-strength-strong"),
            theme::status_color(crate::record::Status::Done, ui.visuals()),
        ),
    };
    ui.label(RichText::new(text).strong().color(color));
    // Only a requirement someone checked is held against the password;
    // otherwise the system itself has the last word.
    match &a.required {
        Some(failures) if failures.is_empty() => {
            ui.label(t!(tr, "pw-meets-required"));
        }
        Some(failures) => {
            ui.label(RichText::new(t!(tr, "pw-breaks-required")).strong());
            for f in failures {
                widgets::paragraph(ui, &format!("–  {}", failure_text(tr, *f)));
            }
        }
        None => {
            ui.label(RichText::new(t!(tr, "pw-unknown-verdict")).weak());
        }
    }
    for f in &a.findings {
        widgets::paragraph(ui, &format!("–  {}", finding_text(tr, f, policy.is_pin())));
    }
}

#[expect(clippy::too_many_arguments, reason = "a view takes what it reads")]
fn suggestion_ui(
    ui: &mut Ui,
    ws: &Workspace,
    policy: Policy,
    secret: &mut SecretDraft,
    copied: Option<&crate::password::clipboard::CopiedSecret>,
    remote: bool,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    if remote {
        widgets::paragraph(ui, &t!(tr, "pw-remote-hidden"));
        return;
    }
    if ui.button(t!(tr, "pw-suggest")).clicked() {
        secret.suggestion = Some(generate::suggest(ws.lang(), policy));
    }
    let Some(suggestion) = &secret.suggestion else {
        return;
    };
    ui.label(
        RichText::new(suggestion.text.as_str())
            .monospace()
            .size(theme::size::BIG)
            .strong(),
    );
    widgets::paragraph(ui, &t!(tr, "pw-bits-strong"));
    ui.horizontal(|ui| {
        if ui.button(t!(tr, "pw-copy")).clicked() {
            actions.push(Action::CopySuggestion);
        }
        if let Some(copied) = copied {
            let left = copied.seconds_left(ws.now());
            ui.label(t!(tr, "pw-copied", seconds = left));
        }
    });
}

fn failure_text(tr: &Tr, f: Failure) -> String {
    match f {
        Failure::TooShort(min) => t!(tr, "pw-fail-short", min = min),
        Failure::TooFewClasses(n) => t!(tr, "pw-fail-classes", classes = n),
        Failure::ContainsAccountName => t!(tr, "pw-fail-name"),
        Failure::NotDigits => t!(tr, "pw-fail-digits"),
        Failure::PinLength(min, max) => t!(tr, "pw-fail-pin-length", min = min, max = max),
    }
}

/// What to improve, in plain words.
pub fn finding_text(tr: &Tr, f: &Finding, pin: bool) -> String {
    match f {
        Finding::CommonPassword => t!(tr, "pw-find-common"),
        Finding::SeasonWithYear => t!(tr, "pw-find-season"),
        Finding::PraxisOrPasswort => t!(tr, "pw-find-praxis"),
        Finding::KeyboardWalk => t!(tr, "pw-find-keyboard"),
        Finding::PracticeWord(w) => t!(tr, "pw-find-practice", word = w.clone()),
        Finding::ShorterThan(min) if pin => t!(tr, "pw-find-short-pin", min = min),
        Finding::ShorterThan(min) => t!(tr, "pw-find-short", min = min),
        Finding::PinPattern(PinPattern::Run) => t!(tr, "pw-find-pin-run"),
        Finding::PinPattern(PinPattern::Repeat) => t!(tr, "pw-find-pin-repeat"),
        Finding::PinPattern(PinPattern::Date) => t!(tr, "pw-find-pin-date"),
        Finding::Pattern => t!(tr, "pw-find-pattern"),
        Finding::UseWords => t!(tr, "pw-find-words"),
    }
}
