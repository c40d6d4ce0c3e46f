//! A4 documents in the embedded fonts: laid out as pages of drawing
//! operations with their structure (headings, paragraphs, lists, tables, a
//! figure), and written as tagged PDF/A-3a and PDF/UA-1. The certificate and
//! the paper checklists both use it.

pub mod layout;
pub mod pages;
pub mod structure;
pub mod write;

pub use layout::Weight;
pub use pages::{Cell, Column, Document, MARGIN, Op, PAGE_WIDTH, Pages, Placed};
pub use structure::{Artifact, Element, Mark, Node, Role};
pub use write::{Attachment, Info, PdfError, write};

#[cfg(test)]
pub mod inspect;
#[cfg(test)]
mod tests;
