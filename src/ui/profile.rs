//! The practice profile: what the practice has, so the plan fits it.

use egui::{RichText, Ui};

use super::{Drafts, theme, widgets};
use crate::i18n::Tr;
use crate::messages;
use crate::profile::{Answer, DeviceKind, Gap, KonnektorModel, Profile, Question};
use crate::t;
use crate::workspace::Workspace;

/// The profile form. It edits a draft; "next" saves it as one event.
pub fn profile_ui(ui: &mut Ui, ws: &Workspace, drafts: &mut Drafts, tr: &Tr) {
    let focus = drafts.take_focus();
    let writable = ws.can_write();
    if !writable {
        // What is typed here could not be saved: the form shows the record
        // as it is and takes no input.
        drafts.profile_form.edited = None;
    }
    if drafts.profile_form.edited.is_none() {
        drafts.profile_form.base = ws.document().record.profile().cloned();
    }
    let profile = drafts.profile_form.edited.get_or_insert_with(|| {
        let mut p = ws.profile().clone();
        if let Some(worker) = &ws.computer().settings.worker
            && p.staff.is_empty()
        {
            p.add_person(worker.name());
        }
        p
    });
    ui.heading(t!(tr, "profile-title"));
    widgets::paragraph(ui, &t!(tr, "profile-intro"));
    if !writable {
        widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
            widgets::paragraph(ui, &t!(tr, "form-read-only"));
        });
    }
    ui.add_space(theme::SECTION_GAP);

    ui.add_enabled_ui(writable, |ui| {
        practice_ui(ui, profile, tr, focus && writable);
        ui.add_space(theme::SECTION_GAP);
        staff_ui(ui, profile, &mut drafts.profile_form.new_person, tr);
        ui.add_space(theme::SECTION_GAP);
        devices_ui(ui, profile, tr);
        ui.add_space(theme::SECTION_GAP);
        konnektor_ui(ui, profile, tr);
        ui.add_space(theme::SECTION_GAP);
        accounts_ui(ui, profile, tr);
        ui.add_space(theme::SECTION_GAP);
    });

    let gaps = profile.gaps();
    if !gaps.is_empty() {
        widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
            for gap in gaps {
                let text = match gap {
                    Gap::NoStaff => t!(tr, "profile-gap-staff"),
                    Gap::NoWorkstation => t!(tr, "profile-gap-workstation"),
                    Gap::NoCardTerminal => t!(tr, "profile-gap-card-terminal"),
                };
                widgets::paragraph(ui, &format!("–  {text}"));
            }
        });
    }
    if !profile.is_complete() {
        widgets::boxed(ui, theme::warning_fill(ui.visuals()), |ui| {
            widgets::paragraph(ui, &t!(tr, "profile-incomplete"));
        });
    } else if ws
        .document()
        .record
        .profile()
        .is_some_and(|saved| saved != profile)
    {
        widgets::paragraph(ui, &t!(tr, "profile-unsaved"));
    }
}

fn labelled_field(ui: &mut Ui, label: String, value: &mut String, focus: bool) {
    let label = ui.label(label);
    let field = ui
        .add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    if focus {
        field.request_focus();
    }
}

/// The practice's own fields; on arrival the first empty one takes the focus.
fn practice_ui(ui: &mut Ui, profile: &mut Profile, tr: &Tr, focus: bool) {
    ui.label(theme::section_heading(t!(tr, "profile-practice")));
    let mut focus = focus;
    let fields = [
        (t!(tr, "profile-practice-name"), &mut profile.practice_name),
        (t!(tr, "profile-city"), &mut profile.city),
        (t!(tr, "profile-pvs"), &mut profile.pvs),
        (t!(tr, "profile-it-contact"), &mut profile.it_contact),
    ];
    for (label, value) in fields {
        let this = focus && value.trim().is_empty();
        focus &= !this;
        labelled_field(ui, label, value, this);
    }
}

fn staff_ui(ui: &mut Ui, profile: &mut Profile, new_person: &mut String, tr: &Tr) {
    ui.label(theme::section_heading(t!(tr, "profile-staff")));
    widgets::paragraph(ui, &t!(tr, "profile-staff-hint"));
    let mut remove = None;
    for (i, person) in profile.staff.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let name = t!(tr, "profile-person-name", number = (i + 1));
            ui.add(egui::TextEdit::singleline(&mut person.name).desired_width(theme::FIELD_NAME))
                .on_hover_text(name.clone())
                .widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, name.clone())
                });
            if ui
                .button(t!(tr, "profile-remove-person", name = person.name.clone()))
                .clicked()
            {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        profile.staff.remove(i);
    }
    ui.horizontal(|ui| {
        let label = ui.label(t!(tr, "profile-new-person"));
        let field = ui
            .add(egui::TextEdit::singleline(new_person).desired_width(theme::FIELD_NAME))
            .labelled_by(label.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let ok = !new_person.trim().is_empty();
        if (ui
            .add_enabled(ok, egui::Button::new(t!(tr, "profile-add-person")))
            .clicked()
            || enter)
            && ok
        {
            profile.add_person(new_person.trim());
            new_person.clear();
        }
    });
}

fn devices_ui(ui: &mut Ui, profile: &mut Profile, tr: &Tr) {
    ui.label(theme::section_heading(t!(tr, "profile-devices")));
    widgets::paragraph(ui, &t!(tr, "profile-devices-hint"));
    let mut remove = None;
    for (i, device) in profile.devices.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let kind = messages::device_kind_name(tr, device.kind);
            ui.label(RichText::new(&kind).weak());
            let name = t!(tr, "profile-device-name", kind = kind, number = (i + 1));
            ui.add(egui::TextEdit::singleline(&mut device.name).desired_width(theme::FIELD_NAME))
                .widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, name.clone())
                });
            if ui
                .button(t!(tr, "profile-remove-device", name = device.name.clone()))
                .clicked()
            {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        profile.devices.remove(i);
    }
    ui.horizontal_wrapped(|ui| {
        for kind in [
            DeviceKind::Workstation,
            DeviceKind::Server,
            DeviceKind::CardTerminal,
        ] {
            let label = match kind {
                DeviceKind::Workstation => t!(tr, "profile-add-workstation"),
                DeviceKind::Server => t!(tr, "profile-add-server"),
                DeviceKind::CardTerminal => t!(tr, "profile-add-card-terminal"),
            };
            if ui.button(label).clicked() {
                let n = profile.devices_of(kind).count() + 1;
                let name = format!("{} {n}", messages::device_kind_name(tr, kind));
                profile.add_device(&name, kind);
            }
        }
    });
}

fn konnektor_ui(ui: &mut Ui, profile: &mut Profile, tr: &Tr) {
    ui.label(theme::section_heading(t!(tr, "profile-konnektor")));
    widgets::paragraph(ui, &t!(tr, "profile-konnektor-hint"));
    for model in KonnektorModel::ALL {
        ui.radio_value(
            &mut profile.konnektor,
            model,
            messages::konnektor_name(tr, model),
        );
    }
}

/// Every question as "yes", "no" or "don't know", starting at "don't
/// know": only a "no" takes a task out of the plan.
fn accounts_ui(ui: &mut Ui, profile: &mut Profile, tr: &Tr) {
    ui.label(theme::section_heading(t!(tr, "profile-accounts")));
    widgets::paragraph(ui, &t!(tr, "profile-accounts-hint"));
    for question in Question::all() {
        ui.add_space(theme::GAP_SMALL);
        answer_ui(ui, profile, question, tr);
    }
}

fn answer_ui(ui: &mut Ui, profile: &mut Profile, question: Question, tr: &Tr) {
    let name = messages::question_name(tr, question);
    widgets::paragraph(ui, &name);
    let answer = profile.answer(question);
    // A listed card terminal is the answer; "no" would contradict the list.
    let listed = question == Question::CardTerminals
        && profile
            .devices_of(DeviceKind::CardTerminal)
            .next()
            .is_some();
    ui.horizontal_wrapped(|ui| {
        for choice in Answer::ALL {
            let label = messages::answer_name(tr, choice);
            let spoken = format!("{name}: {label}");
            let enabled = !listed || choice == Answer::Yes;
            let button = ui.add_enabled(enabled, egui::RadioButton::new(answer == choice, label));
            button.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::Role::RadioButton,
                    enabled,
                    answer == choice,
                    spoken.clone(),
                )
            });
            if button.clicked() {
                profile.set_answer(question, choice);
            }
        }
    });
    if question == Question::CardTerminals && answer == Answer::Yes && !listed {
        ui.label(RichText::new(t!(tr, "profile-card-terminals-list")).weak());
    }
}
