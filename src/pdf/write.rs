//! Draws a laid-out document into a tagged PDF with krilla: PDF/A-3a for the
//! archive and PDF/UA-1 for screen readers, checked by krilla's validators
//! before a byte is written.

use std::num::NonZeroU16;

use krilla::color::rgb;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime as PdfDateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact as KrillaArtifact, ArtifactType, BBox, ContentTag, Identifier, ListNumbering, SpanTag,
    TableHeaderScope, Tag, TagGroup, TagKind, TagTree,
};
use krilla::text::{Font, TextDirection};
use krilla::{Document as KrillaDocument, SerializeSettings};

use super::layout::Weight;
use super::pages::{Document, Op, PAGE_HEIGHT, PAGE_WIDTH};
use super::structure::{Artifact, Element, Mark, Node, OutlineEntry, Role};
use crate::i18n::Lang;

/// The PDF could not be made; the text says why, for the log.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct PdfError(pub String);

/// One file attached to the PDF.
pub struct Attachment {
    /// File name inside the PDF.
    pub name: &'static str,
    /// What it is, for PDF readers.
    pub description: String,
    /// Its bytes, stored uncompressed so verification can find them again.
    pub bytes: Vec<u8>,
}

/// What the PDF says about itself.
pub struct Info {
    /// The title readers show instead of the file name.
    pub title: String,
    /// The program and version that made it.
    pub creator: String,
    /// The language of its text.
    pub lang: Lang,
    /// A stable id, e.g. the certificate's document id.
    pub document_id: String,
    /// When it was made (UTC), which also stands in the XMP.
    pub made: chrono::DateTime<chrono::Utc>,
}

fn pdf_time(t: chrono::DateTime<chrono::Utc>) -> PdfDateTime {
    use chrono::{Datelike, Timelike};
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
/// document always gives the same bytes: that is how `verify` catches an
/// edit of a certificate's visible pages.
pub fn write(
    document: &Document,
    info: &Info,
    attachments: Vec<Attachment>,
) -> Result<Vec<u8>, PdfError> {
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A3_A)
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| PdfError(format!("{e:?}")))?;
    let settings = SerializeSettings {
        configuration,
        ..SerializeSettings::default()
    };
    let mut pdf = KrillaDocument::new_with(settings);
    let fonts = [
        Font::new(Weight::Regular.data().into(), 0),
        Font::new(Weight::Bold.data().into(), 0),
    ];
    let [Some(regular), Some(bold)] = fonts else {
        return Err(PdfError("embedded font unreadable".into()));
    };
    // The identifier krilla gave each piece of content, by its number.
    let mut ids: Vec<Option<Identifier>> = Vec::new();
    for placed in &document.pages {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
            .ok_or_else(|| PdfError("page size".into()))?;
        let mut page = pdf.start_page_with(settings);
        let mut surface = page.surface();
        for item in placed {
            let tag = match item.mark {
                Mark::Artifact(kind) => {
                    ContentTag::Artifact(KrillaArtifact::with_kind(match kind {
                        Artifact::Header => ArtifactType::Header,
                        Artifact::Footer => ArtifactType::Footer,
                        Artifact::Layout => ArtifactType::Layout,
                        Artifact::Repeated => ArtifactType::PaginationOther,
                    }))
                }
                Mark::Content(_) if matches!(item.op, Op::Text { .. }) => {
                    ContentTag::Span(SpanTag::empty())
                }
                Mark::Content(_) => ContentTag::Other,
            };
            let id = surface.start_tagged(tag);
            draw(&mut surface, &item.op, &regular, &bold);
            surface.end_tagged();
            if let Mark::Content(n) = item.mark {
                if ids.len() <= n {
                    ids.resize(n + 1, None);
                }
                ids[n] = Some(id);
            }
        }
        surface.finish();
        page.finish();
    }
    let mut tree = TagTree::new().with_lang(Some(info.lang.code().to_owned()));
    for element in &document.structure {
        tree.push(group(element, &mut ids));
    }
    pdf.set_tag_tree(tree);
    pdf.set_outline(outline(&document.outline));
    let when = pdf_time(info.made);
    pdf.set_metadata(
        Metadata::new()
            .title(info.title.clone())
            .creator(info.creator.clone())
            .producer("Passwort-Lotse".to_owned())
            .language(info.lang.code().to_owned())
            .document_id(info.document_id.clone())
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
        pdf.embed_file(file)
            .ok_or_else(|| PdfError("duplicate attachment".into()))?;
    }
    pdf.finish().map_err(|e| PdfError(format!("{e:?}")))
}

/// A heading or description as a reader's software shows it: the same
/// characters as on the page, on one line.
fn plain(text: &str) -> String {
    crate::pdf::layout::printable(text).replace('\n', " ")
}

fn tag_of(role: &Role) -> TagKind {
    match role {
        Role::Section => Tag::Section.into(),
        Role::Heading { level, text } => {
            let level = NonZeroU16::new(*level).unwrap_or(NonZeroU16::MIN);
            Tag::Hn(level, Some(plain(text))).into()
        }
        Role::Paragraph => Tag::P.into(),
        Role::List => Tag::L(ListNumbering::Decimal).into(),
        Role::ListItem => Tag::LI.into(),
        Role::Label => Tag::Lbl.into(),
        Role::ListBody => Tag::LBody.into(),
        Role::Table => Tag::Table.into(),
        Role::TableHead => Tag::THead.into(),
        Role::TableBody => Tag::TBody.into(),
        Role::Row => Tag::TR.into(),
        Role::HeaderCell => Tag::TH(TableHeaderScope::Column).into(),
        Role::Cell => Tag::TD.into(),
        Role::Figure { alt, page, rect } => {
            let [x, y, w, h] = *rect;
            let bbox = Rect::from_xywh(x, y, w, h).map(|r| BBox::new(*page, r));
            Tag::Figure(Some(plain(alt))).with_bbox(bbox).into()
        }
    }
}

/// The krilla group for an element; every identifier is used once.
fn group(element: &Element, ids: &mut [Option<Identifier>]) -> TagGroup {
    let mut tags = TagGroup::new(tag_of(&element.role));
    for child in &element.children {
        match child {
            // An empty table cell is kept (as an empty group) so columns line up.
            Node::Element(e) => tags.push(group(e, ids)),
            Node::Content(n) => {
                if let Some(id) = ids.get_mut(*n).and_then(Option::take) {
                    tags.push(id);
                }
            }
        }
    }
    tags
}

fn outline(entries: &[OutlineEntry]) -> Outline {
    let mut outline = Outline::new();
    let mut current: Option<OutlineNode> = None;
    let node = |e: &OutlineEntry| {
        OutlineNode::new(
            plain(&e.text),
            XyzDestination::new(e.page, Point::from_xy(0.0, e.y)),
        )
    };
    for entry in entries {
        if entry.level <= 2 {
            if let Some(done) = current.take() {
                outline.push_child(done);
            }
            current = Some(node(entry));
        } else if let Some(parent) = current.as_mut() {
            parent.push_child(node(entry));
        } else {
            outline.push_child(node(entry));
        }
    }
    if let Some(done) = current {
        outline.push_child(done);
    }
    outline
}

fn draw(surface: &mut Surface<'_>, op: &Op, regular: &Font, bold: &Font) {
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
