//! The password helper on a task: the system's rule, a check of a new
//! password that is never stored, and a suggestion to copy.

use egui::{RichText, Ui};

use super::drafts::SecretDraft;
use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::password::generate;
use crate::password::{Failure, Finding, Rule, Strength, assess, practice_words};
use crate::session::{Action, Session};
use crate::t;

/// The accessible id of the check field, to clear its undo history.
fn field_id() -> egui::Id {
    egui::Id::unique("password-check-field")
}

/// The helper for a task whose system has a password or PIN rule.
pub fn password_ui(
    ui: &mut Ui,
    session: &Session,
    task: &str,
    rule: Rule,
    drafts: &mut Drafts,
    tr: &Tr,
    actions: &mut Vec<Action>,
) {
    if rule == Rule::None {
        return;
    }
    let remote = session.settings.remote_support;
    let drafts_copied = drafts.copied.as_ref();
    let copy_failed = drafts.copy_failed;
    let secret = match &mut drafts.secret {
        Some(s) if s.task == task => s,
        other => other.insert(SecretDraft::new(task)),
    };
    widgets::boxed(ui, theme::info_fill(ui.visuals()), |ui| {
        ui.label(theme::section_heading(t!(tr, "pw-title")));
        widgets::paragraph(ui, &rule_text(tr, rule));
        ui.add_space(6.0);
        check_ui(ui, session, rule, secret, remote, tr);
        ui.add_space(10.0);
        suggestion_ui(
            ui,
            session,
            rule,
            secret,
            drafts_copied,
            remote,
            tr,
            actions,
        );
        if copy_failed {
            widgets::paragraph(ui, &t!(tr, "pw-copy-failed"));
        }
    });
}

fn check_ui(
    ui: &mut Ui,
    session: &Session,
    rule: Rule,
    secret: &mut SecretDraft,
    remote: bool,
    tr: &Tr,
) {
    let label = if rule.is_pin() {
        t!(tr, "pw-check-label-pin")
    } else {
        t!(tr, "pw-check-label")
    };
    let label = ui.label(RichText::new(label).strong());
    let shown = secret.show && !remote;
    let response = ui
        .horizontal(|ui| {
            let edit = egui::TextEdit::singleline(&mut *secret.typed)
                .id(field_id())
                .password(!shown)
                .desired_width(360.0);
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
            let profile = session.profile();
            let words = practice_words(
                std::iter::once(profile.practice_name.as_str())
                    .chain(std::iter::once(profile.city.as_str()))
                    .chain(std::iter::once(profile.pvs.as_str()))
                    .chain(profile.staff.iter().map(|p| p.name.as_str()))
                    .chain(profile.devices.iter().map(|d| d.name.as_str())),
            );
            assess(&secret.typed, rule, &words, None)
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
    if a.meets_rule() {
        ui.label(t!(tr, "pw-meets-rule"));
    } else {
        ui.label(RichText::new(t!(tr, "pw-breaks-rule")).strong());
        for f in &a.failures {
            widgets::paragraph(ui, &format!("–  {}", failure_text(tr, *f)));
        }
    }
    for f in &a.findings {
        widgets::paragraph(ui, &format!("–  {}", finding_text(tr, f)));
    }
}

#[expect(clippy::too_many_arguments, reason = "a view takes what it reads")]
fn suggestion_ui(
    ui: &mut Ui,
    session: &Session,
    rule: Rule,
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
    let label = if rule.is_pin() {
        t!(tr, "pw-suggest-pin")
    } else {
        t!(tr, "pw-suggest")
    };
    if ui.button(label).clicked() {
        secret.suggestion = Some(generate::suggest(session.lang(), rule));
    }
    let Some(suggestion) = &secret.suggestion else {
        return;
    };
    ui.label(
        RichText::new(suggestion.text.as_str())
            .monospace()
            .size(22.0)
            .strong(),
    );
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "bits are small and positive"
    )]
    let bits = suggestion.bits.round() as u32;
    let verdict = if bits >= 60 {
        t!(tr, "pw-bits-strong", bits = bits)
    } else {
        t!(tr, "pw-bits-pin")
    };
    widgets::paragraph(ui, &verdict);
    ui.horizontal(|ui| {
        if ui.button(t!(tr, "pw-copy")).clicked() {
            actions.push(Action::CopySuggestion);
        }
        if let Some(copied) = copied {
            let left = copied.seconds_left(session.now());
            ui.label(t!(tr, "pw-copied", seconds = left));
        }
    });
}

fn rule_text(tr: &Tr, rule: Rule) -> String {
    match rule {
        Rule::None => String::new(),
        Rule::Pin { min, max } if min == max => t!(tr, "pw-rule-pin-exact", digits = min),
        Rule::Pin { min, max } => t!(tr, "pw-rule-pin", min = min, max = max),
        Rule::Password {
            min_length,
            classes,
            not_account_name,
        } => {
            let mut parts = vec![t!(tr, "pw-rule-length", min = min_length)];
            if classes > 0 {
                parts.push(t!(tr, "pw-rule-classes", classes = classes));
            }
            if not_account_name {
                parts.push(t!(tr, "pw-rule-no-name"));
            }
            t!(tr, "pw-rule", parts = parts.join(", "))
        }
    }
}

fn failure_text(tr: &Tr, f: Failure) -> String {
    match f {
        Failure::TooShort(min) => t!(tr, "pw-fail-short", min = min),
        Failure::TooFewClasses(n) => t!(tr, "pw-fail-classes", classes = n),
        Failure::ContainsAccountName => t!(tr, "pw-fail-name"),
        Failure::NotDigits => t!(tr, "pw-fail-digits"),
        Failure::PinLength(min, max) => t!(tr, "pw-fail-pin-length", min = min, max = max),
        Failure::PinRun => t!(tr, "pw-fail-run"),
        Failure::PinRepeat => t!(tr, "pw-fail-repeat"),
        Failure::PinDate => t!(tr, "pw-fail-date"),
    }
}

/// What to improve, in plain words.
pub fn finding_text(tr: &Tr, f: &Finding) -> String {
    match f {
        Finding::CommonPassword => t!(tr, "pw-find-common"),
        Finding::SeasonWithYear => t!(tr, "pw-find-season"),
        Finding::PraxisOrPasswort => t!(tr, "pw-find-praxis"),
        Finding::KeyboardWalk => t!(tr, "pw-find-keyboard"),
        Finding::PracticeWord(w) => t!(tr, "pw-find-practice", word = w.clone()),
        Finding::Short => t!(tr, "pw-find-short"),
        Finding::Pattern => t!(tr, "pw-find-pattern"),
        Finding::UseWords => t!(tr, "pw-find-words"),
    }
}
