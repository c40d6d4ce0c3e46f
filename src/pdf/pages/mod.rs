//! Lays a document out on A4 pages: drawing operations per page, each marked
//! as content or decoration, and the structure a screen reader follows.

use super::layout::{REPLACEMENT, Weight, width, wrap};
mod table;
mod text;

pub use table::{Cell, Column};

use super::structure::{Artifact, Element, Mark, Node, OutlineEntry, Role};

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.0;
/// A4 in points.
pub const PAGE_HEIGHT: f32 = 842.0;
/// Left and right margin.
pub const MARGIN: f32 = 48.0;
const TOP: f32 = 56.0;
const BOTTOM: f32 = 780.0;
/// Heading sizes by level; the title is in the running head.
const HEADING_SIZE: [f32; 3] = [18.0, 13.0, 11.0];

/// One thing to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Text on one line; `y` is the baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Font size.
        size: f32,
        /// Regular or bold.
        weight: Weight,
        /// Grey instead of black.
        muted: bool,
        /// The text.
        text: String,
    },
    /// A filled rectangle in a grey level (0 black, 255 white).
    Rect {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Grey level.
        grey: u8,
    },
    /// Black squares of a QR code: the top-left corner, the side of one
    /// module, and the (column, row) of every dark module.
    Squares {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Side of one module.
        module: f32,
        /// Dark modules.
        cells: Vec<(u16, u16)>,
    },
}

/// An operation and whether it is read or only seen.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// What to draw.
    pub op: Op,
    /// Content (with its number) or decoration.
    pub mark: Mark,
}

/// A laid-out document: the pages, what they mean, and the bookmarks.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The operations of each page.
    pub pages: Vec<Vec<Placed>>,
    /// The structure elements in reading order.
    pub structure: Vec<Element>,
    /// The headings, for the outline.
    pub outline: Vec<OutlineEntry>,
}

impl Document {
    /// All text of the document as a reader meets it, for tests.
    pub fn texts(&self) -> Vec<&str> {
        self.pages
            .iter()
            .flatten()
            .filter_map(|p| match &p.op {
                Op::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// Builds pages from top to bottom, starting a new page when one is full.
pub struct Pages {
    sheets: Vec<Vec<Placed>>,
    y: f32,
    /// Drawn at the top of every page, e.g. the interim-report warning; on
    /// the first page it is the document's title, later a decoration.
    running_head: Vec<(String, Weight, f32)>,
    /// Open elements; the first holds the document's top level.
    open: Vec<Element>,
    next_content: usize,
    outline: Vec<OutlineEntry>,
}

impl Pages {
    /// An empty document whose every page starts with the running head; its
    /// first line is the document's title.
    pub fn new(running_head: Vec<(String, Weight, f32)>) -> Pages {
        let mut pages = Pages {
            sheets: Vec::new(),
            y: 0.0,
            running_head,
            open: vec![Element::new(Role::Section)],
            next_content: 0,
            outline: Vec::new(),
        };
        pages.new_page();
        pages
    }

    fn page(&mut self) -> &mut Vec<Placed> {
        if self.sheets.is_empty() {
            self.sheets.push(Vec::new());
        }
        let last = self.sheets.len() - 1;
        &mut self.sheets[last]
    }

    fn page_index(&self) -> usize {
        self.sheets.len().saturating_sub(1)
    }

    /// Draws decoration.
    pub fn decorate(&mut self, op: Op, kind: Artifact) {
        let op = printable(op);
        self.page().push(Placed {
            op,
            mark: Mark::Artifact(kind),
        });
    }

    /// Draws content and returns the node that refers to it.
    fn content(&mut self, op: Op) -> Node {
        let op = printable(op);
        let n = self.next_content;
        self.next_content += 1;
        self.page().push(Placed {
            op,
            mark: Mark::Content(n),
        });
        Node::Content(n)
    }

    fn attach(&mut self, node: Node) {
        if let Some(top) = self.open.last_mut() {
            top.children.push(node);
        }
    }

    /// Opens a structure element; what follows goes into it until [`Pages::close`].
    pub fn open(&mut self, role: Role) {
        self.open.push(Element::new(role));
    }

    /// Closes the innermost open element; an empty one is dropped.
    pub fn close(&mut self) {
        if self.open.len() < 2 {
            return;
        }
        if let Some(done) = self.open.pop()
            && !done.children.is_empty()
        {
            self.attach(Node::Element(done));
        }
    }

    /// Starts a new page with the running head.
    pub fn new_page(&mut self) {
        let first = self.sheets.is_empty();
        self.sheets.push(Vec::new());
        self.y = TOP;
        for (n, (text, weight, size)) in self.running_head.clone().into_iter().enumerate() {
            self.y += size;
            let op = Op::Text {
                x: MARGIN,
                y: self.y,
                size,
                weight,
                muted: false,
                text: text.clone(),
            };
            if first {
                let role = if n == 0 {
                    Role::Heading {
                        level: 1,
                        text: text.clone(),
                    }
                } else {
                    Role::Paragraph
                };
                if n == 0 {
                    self.outline.push(OutlineEntry {
                        level: 1,
                        text,
                        page: 0,
                        y: self.y - size,
                    });
                }
                let node = self.content(op);
                self.attach(Node::Element(Element {
                    role,
                    children: vec![node],
                }));
            } else {
                self.decorate(op, Artifact::Header);
            }
            self.y += size * 0.5;
        }
        self.y += 8.0;
    }

    /// Makes sure `height` points fit on this page, else starts a new one.
    /// Returns whether a new page was started.
    pub fn room_for(&mut self, height: f32) -> bool {
        if self.y + height > BOTTOM {
            self.new_page();
            true
        } else {
            false
        }
    }

    /// The height a wrapped paragraph will take, indented by `indent`
    /// points, to keep a block together on one page.
    pub fn height_of(text: &str, weight: Weight, size: f32, indent: f32) -> f32 {
        let lines = wrap(text, weight, size, PAGE_WIDTH - 2.0 * MARGIN - indent).len();
        #[expect(clippy::cast_precision_loss, reason = "a paragraph has few lines")]
        let lines = lines as f32;
        lines * size * 1.35
    }

    /// The most a page holds below its running head.
    pub fn page_room(&self) -> f32 {
        BOTTOM - TOP - 60.0
    }

    /// Vertical space.
    pub fn gap(&mut self, points: f32) {
        self.y += points;
    }

    /// Reserves a square area of `side` points and returns its top-left corner.
    pub fn reserve(&mut self, side: f32) -> (f32, f32) {
        self.room_for(side + 4.0);
        let corner = (MARGIN, self.y + 2.0);
        self.y += side + 4.0;
        corner
    }

    /// A picture of `side` points square, drawn by `draw` at the given
    /// top-left corner, that a screen reader announces as `alt`.
    pub fn figure(&mut self, alt: &str, side: f32, draw: impl FnOnce(f32, f32) -> Op) {
        let (x, y) = self.reserve(side);
        let node = self.content(draw(x, y));
        let page = self.page_index();
        self.attach(Node::Element(Element {
            role: Role::Figure {
                alt: alt.to_owned(),
                page,
                rect: [x, y, side, side],
            },
            children: vec![node],
        }));
    }

    /// The finished document, each page with its footer lines (which need
    /// the page count, and whether a character on the page had to be
    /// replaced), the last line lowest.
    pub fn finish(mut self, footer: impl Fn(usize, usize, bool) -> Vec<String>) -> Document {
        while self.open.len() > 1 {
            self.close();
        }
        let total = self.sheets.len();
        let size = 8.0;
        for (i, page) in self.sheets.iter_mut().enumerate() {
            let replaced = page
                .iter()
                .any(|p| matches!(&p.op, Op::Text { text, .. } if text.contains(REPLACEMENT)));
            let lines = footer(i + 1, total, replaced);
            let count = lines.len();
            for (n, text) in lines.into_iter().enumerate() {
                let x = PAGE_WIDTH - MARGIN - width(&text, Weight::Regular, size);
                #[expect(clippy::cast_precision_loss, reason = "a footer has few lines")]
                let above = (count - 1 - n) as f32 * size * 1.4;
                page.push(Placed {
                    op: printable(Op::Text {
                        x: x.max(MARGIN),
                        y: PAGE_HEIGHT - 34.0 - above,
                        size,
                        weight: Weight::Regular,
                        muted: true,
                        text,
                    }),
                    mark: Mark::Artifact(Artifact::Footer),
                });
            }
        }
        let structure = self
            .open
            .pop()
            .map(|root| {
                root.children
                    .into_iter()
                    .filter_map(|n| match n {
                        Node::Element(e) => Some(e),
                        Node::Content(_) => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        Document {
            pages: self.sheets,
            structure,
            outline: self.outline,
        }
    }
}

/// Text on a page holds only what the fonts can draw.
fn printable(op: Op) -> Op {
    match op {
        Op::Text {
            x,
            y,
            size,
            weight,
            muted,
            text,
        } => Op::Text {
            x,
            y,
            size,
            weight,
            muted,
            text: crate::pdf::layout::printable(&text).replace('\n', " "),
        },
        other => other,
    }
}
