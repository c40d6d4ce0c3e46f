//! Draws the laid-out pages into a PDF/A-3b file with krilla and attaches the
//! record, the playbook and the seal as associated files.

use krilla::color::rgb;
use krilla::configure::{Archival, ConfigurationBuilder};
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime as PdfDateTime, Metadata};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font, TextDirection};
use krilla::{Document, SerializeSettings};

use chrono::{Datelike, Timelike};

use super::CertificateError;
use super::layout::Weight;
use super::pages::{Op, PAGE_HEIGHT, PAGE_WIDTH};
use super::seal::Seal;

/// One file attached to the PDF.
pub struct Attachment {
    /// File name inside the PDF.
    pub name: &'static str,
    /// What it is, for PDF readers.
    pub description: String,
    /// Its bytes, stored uncompressed so verification can find them again.
    pub bytes: Vec<u8>,
}

fn pdf_time(seal: &Seal) -> PdfDateTime {
    let t = seal.exported_at;
    let part = |v: u32| u8::try_from(v).unwrap_or(0);
    PdfDateTime::new(u16::try_from(t.year()).unwrap_or(2026))
        .month(part(t.month()))
        .day(part(t.day()))
        .hour(part(t.hour()))
        .minute(part(t.minute()))
        .second(part(t.second()))
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// Writes the PDF bytes. The output depends only on its inputs, so the same
/// record and seal always give the same bytes: that is how `verify` catches
/// an edit of the visible pages.
pub fn write(
    pages: &[Vec<Op>],
    title: &str,
    seal: &Seal,
    attachments: Vec<Attachment>,
) -> Result<Vec<u8>, CertificateError> {
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A3_B)
        .finish()
        .map_err(|e| CertificateError::Pdf(format!("{e:?}")))?;
    let settings = SerializeSettings {
        configuration,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let fonts = [
        Font::new(Weight::Regular.data().into(), 0),
        Font::new(Weight::Bold.data().into(), 0),
    ];
    let [Some(regular), Some(bold)] = fonts else {
        return Err(CertificateError::Pdf("embedded font unreadable".into()));
    };
    for ops in pages {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
            .ok_or_else(|| CertificateError::Pdf("page size".into()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for op in ops {
            draw(&mut surface, op, &regular, &bold);
        }
        surface.finish();
        page.finish();
    }
    let when = pdf_time(seal);
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .creator(format!("Passwort-Lotse {}", seal.app_version))
            .producer("Passwort-Lotse".to_owned())
            .language(seal.lang.code().to_owned())
            .document_id(seal.document_id.clone())
            .creation_date(when),
    );
    for a in attachments {
        let file = EmbeddedFile {
            path: a.name.to_owned(),
            mime_type: MimeType::new("application/json"),
            description: Some(a.description),
            association_kind: AssociationKind::Source,
            data: a.bytes.into(),
            modification_date: Some(when),
            compress: Some(false),
            location: None,
        };
        document
            .embed_file(file)
            .ok_or_else(|| CertificateError::Pdf("duplicate attachment".into()))?;
    }
    document
        .finish()
        .map_err(|e| CertificateError::Pdf(format!("{e:?}")))
}

fn draw(surface: &mut krilla::surface::Surface<'_>, op: &Op, regular: &Font, bold: &Font) {
    match op {
        Op::Text {
            x,
            y,
            size,
            weight,
            muted,
            text,
        } => {
            let grey = if *muted { 90 } else { 0 };
            surface.set_fill(Some(Fill {
                paint: rgb::Color::new(grey, grey, grey).into(),
                ..Fill::default()
            }));
            let font = match weight {
                Weight::Regular => regular.clone(),
                Weight::Bold => bold.clone(),
            };
            surface.draw_text(
                Point::from_xy(*x, *y),
                font,
                *size,
                text,
                false,
                TextDirection::Auto,
            );
        }
        Op::Rect { x, y, w, h, grey } => {
            let mut path = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                path.push_rect(rect);
            }
            if let Some(path) = path.finish() {
                surface.set_fill(Some(Fill {
                    paint: rgb::Color::new(*grey, *grey, *grey).into(),
                    ..Fill::default()
                }));
                surface.draw_path(&path);
            }
        }
        Op::Squares {
            x,
            y,
            module,
            cells,
        } => {
            let mut path = PathBuilder::new();
            for (col, row) in cells {
                let left = x + f32::from(*col) * module;
                let top = y + f32::from(*row) * module;
                if let Some(rect) = Rect::from_xywh(left, top, *module, *module) {
                    path.push_rect(rect);
                }
            }
            if let Some(path) = path.finish() {
                surface.set_fill(Some(Fill {
                    paint: rgb::Color::new(0, 0, 0).into(),
                    ..Fill::default()
                }));
                surface.draw_path(&path);
            }
        }
    }
}
