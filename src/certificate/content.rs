//! What the certificate says, in the words of its language, laid out on pages.

use chrono::{DateTime, FixedOffset, Utc};

use super::facts::{absences_part, facts_part};
use super::seal::{KeySource, Seal};
use crate::i18n::{Lang, Tr};
use crate::messages;
use crate::pdf::{Column, Document, MARGIN, Op, Pages, Weight};
use crate::plan::Plan;
use crate::playbook::Playbook;
use crate::progress::Counts;
use crate::record::{Record, Status, TaskId};
use crate::review;
use crate::t;

/// A time in the certificate's fixed offset, so the pages draw the same on
/// every computer whatever its time zone.
pub fn time(lang: Lang, at: DateTime<Utc>, offset: FixedOffset) -> String {
    messages::moment(lang, &at.with_timezone(&offset))
}

/// Whether the record is finished and signed off, so the document is a
/// completion certificate rather than an interim report.
pub fn is_final(playbook: &Playbook, record: &Record) -> bool {
    let plan = Plan::of_record(playbook, record);
    let states = plan.states(playbook, record);
    let open = review::blockers(playbook, &plan, &states, record.facts());
    open.is_empty() && record.sign_off().is_some_and(|s| s.is_current())
}

/// The pages of the certificate.
pub fn pages(playbook: &Playbook, record: &Record, seal: &Seal) -> Document {
    let tr = Tr::new(seal.lang);
    let lang = seal.lang;
    let offset = FixedOffset::east_opt(seal.utc_offset_minutes * 60)
        .unwrap_or_else(|| chrono::Offset::fix(&Utc));
    let at = |t: DateTime<Utc>| time(lang, t, offset);
    let profile = record.profile().cloned().unwrap_or_default();
    let plan = Plan::of_record(playbook, record);
    let states = plan.states(playbook, record);
    let counts = Counts::of(&plan, &states);
    let final_ = is_final(playbook, record);

    let mut head = vec![(
        if final_ {
            t!(tr, "cert-title-final")
        } else {
            t!(tr, "cert-title-interim")
        },
        Weight::Bold,
        18.0,
    )];
    if record.is_training() {
        head.push((t!(tr, "cert-training-banner"), Weight::Bold, 9.5));
    }
    if !final_ {
        head.push((t!(tr, "cert-interim-banner"), Weight::Bold, 9.5));
    }
    let mut p = Pages::new(head);

    summary_part(
        &mut p,
        &tr,
        playbook,
        record,
        &profile.practice_name,
        &counts,
        &at,
        offset,
    );
    tasks_part(&mut p, &tr, playbook, &plan, &states, &at);
    absences_part(&mut p, &tr, record, &at);
    p.heading(2, &t!(tr, "cert-facts-heading"));
    facts_part(&mut p, &tr, record, &at);
    super::origin::playbook_part(&mut p, &tr, record, &at);
    sign_off_part(&mut p, &tr, record, &at);
    seal_part(&mut p, &tr, seal);

    let id = seal.document_id.clone();
    let made = at(seal.exported_at);
    // What the document is not stands on every page, not only on the first.
    let not = t!(tr, "cert-footer-not");
    p.finish(move |page, pages, replaced| {
        let mut lines = Vec::new();
        if replaced {
            lines.push(t!(tr, "pdf-replaced-characters"));
        }
        lines.extend([
            not.clone(),
            t!(
                tr,
                "cert-footer",
                id = id.clone(),
                time = made.clone(),
                page = page,
                pages = pages
            ),
        ]);
        lines
    })
}

/// A day in the language's usual form.
pub fn date(lang: Lang, day: chrono::NaiveDate) -> String {
    match lang {
        Lang::De => day.format("%d.%m.%Y").to_string(),
        Lang::En => day.format("%-d %b %Y").to_string(),
    }
}

fn qr(p: &mut Pages, tr: &Tr, seal: &Seal) {
    let payload = seal.qr_payload();
    let Ok(code) = qrcode::QrCode::with_error_correction_level(&payload, qrcode::EcLevel::M) else {
        return;
    };
    let modules = code.width();
    let side = 110.0;
    #[expect(
        clippy::cast_precision_loss,
        reason = "a QR code is at most 177 modules wide"
    )]
    let module = side / modules as f32;
    let colors = code.to_colors();
    let cells = colors
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == qrcode::Color::Dark)
        .filter_map(|(i, _)| {
            Some((
                u16::try_from(i % modules).ok()?,
                u16::try_from(i / modules).ok()?,
            ))
        })
        .collect();
    // A screen reader cannot read the squares: it hears what they hold.
    let alt = t!(tr, "cert-qr-alt", id = seal.document_id.clone());
    p.figure(&alt, side, |x, y| Op::Squares {
        x: x.max(MARGIN),
        y,
        module,
        cells,
    });
}

#[expect(clippy::too_many_arguments, reason = "the parts the summary names")]
fn summary_part(
    p: &mut Pages,
    tr: &Tr,
    playbook: &Playbook,
    record: &Record,
    practice: &str,
    counts: &Counts,
    at: &dyn Fn(DateTime<Utc>) -> String,
    offset: FixedOffset,
) {
    let lang = tr.lang();
    p.paragraph(
        &t!(tr, "cert-practice", practice = practice.to_owned()),
        Weight::Bold,
        11.0,
    );
    p.paragraph(
        &t!(
            tr,
            "cert-incident",
            incident = playbook.incident.title.get(lang).to_owned()
        ),
        Weight::Regular,
        10.0,
    );
    if let (Some(first), Some(last)) = (record.events().first(), record.events().last()) {
        p.paragraph(
            &t!(tr, "cert-period", from = at(first.at), to = at(last.at)),
            Weight::Regular,
            10.0,
        );
    }
    p.paragraph(
        &t!(
            tr,
            "cert-summary",
            total = counts.total,
            done = counts.done,
            tested = counts.tested,
            na = counts.not_applicable,
            help = counts.need_help,
            open = counts.open
        ),
        Weight::Regular,
        10.0,
    );
    p.paragraph(
        &t!(tr, "cert-times-note", offset = offset.to_string()),
        Weight::Regular,
        8.0,
    );
    p.gap(4.0);
    p.paragraph(&t!(tr, "cert-what-it-is"), Weight::Bold, 9.0);
}

fn tasks_part(
    p: &mut Pages,
    tr: &Tr,
    playbook: &Playbook,
    plan: &Plan,
    states: &std::collections::HashMap<TaskId, crate::record::TaskState>,
    at: &dyn Fn(DateTime<Utc>) -> String,
) {
    let lang = tr.lang();
    p.heading(2, &t!(tr, "cert-tasks-heading"));
    let columns = [
        Column {
            title: t!(tr, "cert-col-code"),
            width: 44.0,
        },
        Column {
            title: t!(tr, "cert-col-task"),
            width: 150.0,
        },
        Column {
            title: t!(tr, "cert-col-subject"),
            width: 72.0,
        },
        Column {
            title: t!(tr, "cert-col-status"),
            width: 98.0,
        },
        Column {
            title: t!(tr, "cert-col-by"),
            width: 68.0,
        },
        Column {
            title: t!(tr, "cert-col-when"),
            width: 67.0,
        },
    ];
    let rows: Vec<Vec<Vec<(String, Weight)>>> = plan
        .tasks
        .iter()
        .map(|task| {
            let template = task.template(playbook);
            let state = states.get(&task.id);
            let status = state.map_or(Status::Open, |s| s.status);
            let mut title = vec![(task.short_title(playbook, lang), Weight::Regular)];
            if let Some(reason) = state.and_then(|s| s.reason.clone()) {
                title.push((t!(tr, "cert-reason", reason = reason), Weight::Regular));
            }
            let done = state.filter(|s| s.status != Status::Open);
            // Who entered it; for a paper sheet, the sheet names who did it.
            let entered_by = match done.and_then(|s| s.entered.clone()) {
                Some((name, when)) => {
                    let by = done.map(|s| s.by.clone()).unwrap_or_default();
                    let text = t!(tr, "cert-entered", name = by, time = at(when));
                    title.push((text, Weight::Regular));
                    name
                }
                None => done.map(|s| s.by.clone()).unwrap_or_default(),
            };
            // "Done" and "tested" say what was done and tried on this task.
            let status_text = match status {
                Status::Done => messages::done_label(tr, template),
                Status::Tested => messages::tested_label(tr, template),
                other => messages::status_name(tr, other),
            };
            vec![
                vec![(task.code.to_string(), Weight::Bold)],
                title,
                vec![(
                    task.subject.clone().unwrap_or_else(|| "–".into()),
                    Weight::Regular,
                )],
                vec![(status_text, Weight::Regular)],
                vec![(entered_by, Weight::Regular)],
                vec![(done.map(|s| at(s.at)).unwrap_or_default(), Weight::Regular)],
            ]
        })
        .collect();
    p.table(&columns, &rows, 8.0);
}

fn sign_off_part(p: &mut Pages, tr: &Tr, record: &Record, at: &dyn Fn(DateTime<Utc>) -> String) {
    p.heading(2, &t!(tr, "cert-signoff-heading"));
    let sign_off = match record.sign_off() {
        Some(s) if s.is_current() => t!(
            tr,
            "cert-signed",
            name = s.name.clone(),
            role = s.role.clone(),
            time = at(s.at)
        ),
        Some(s) => t!(
            tr,
            "cert-signoff-outdated",
            name = s.name.clone(),
            time = at(s.at),
            changed = s.changed_after.map(&at).unwrap_or_default()
        ),
        None => t!(tr, "cert-not-signed"),
    };
    p.paragraph(&sign_off, Weight::Regular, 10.0);
}

fn seal_part(p: &mut Pages, tr: &Tr, seal: &Seal) {
    p.heading(2, &t!(tr, "cert-seal-heading"));
    p.paragraph(&t!(tr, "cert-seal-explain"), Weight::Regular, 9.0);
    p.paragraph(
        &t!(tr, "cert-document-id", id = seal.document_id.clone()),
        Weight::Bold,
        10.0,
    );
    p.paragraph(
        &t!(
            tr,
            "cert-verification-code",
            code = seal.verification_code()
        ),
        Weight::Bold,
        10.0,
    );
    p.paragraph(
        &t!(
            tr,
            "cert-fingerprint",
            fingerprint = seal.fingerprint(),
            code = seal.key_code()
        ),
        Weight::Regular,
        9.0,
    );
    let source = match seal.key_source {
        KeySource::CredentialStore => t!(tr, "cert-key-source-store"),
        KeySource::KeyFile => t!(tr, "cert-key-source-file"),
    };
    p.paragraph(&source, Weight::Regular, 9.0);
    p.gap(6.0);
    qr(p, tr, seal);
}
