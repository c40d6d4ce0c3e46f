//! Lays the certificate out on A4 pages: a list of drawing operations per
//! page, so the PDF writer only draws and the layout can be tested alone.

use super::layout::{Weight, width, wrap};

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.0;
/// A4 in points.
pub const PAGE_HEIGHT: f32 = 842.0;
/// Left and right margin.
pub const MARGIN: f32 = 48.0;
const TOP: f32 = 56.0;
const BOTTOM: f32 = 780.0;

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

/// A column of the task table.
pub struct Column {
    /// Heading.
    pub title: String,
    /// Width in points.
    pub width: f32,
}

/// Builds pages from top to bottom, starting a new page when one is full.
pub struct Pages {
    sheets: Vec<Vec<Op>>,
    y: f32,
    /// Drawn at the top of every page, e.g. the interim-report warning.
    running_head: Vec<(String, Weight, f32)>,
}

impl Pages {
    /// An empty document whose every page starts with the running head.
    pub fn new(running_head: Vec<(String, Weight, f32)>) -> Pages {
        let mut pages = Pages {
            sheets: Vec::new(),
            y: 0.0,
            running_head,
        };
        pages.new_page();
        pages
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.sheets.is_empty() {
            self.sheets.push(Vec::new());
        }
        let last = self.sheets.len() - 1;
        &mut self.sheets[last]
    }

    /// Starts a new page with the running head.
    pub fn new_page(&mut self) {
        self.sheets.push(Vec::new());
        self.y = TOP;
        for (text, weight, size) in self.running_head.clone() {
            self.y += size;
            let y = self.y;
            self.ops().push(Op::Text {
                x: MARGIN,
                y,
                size,
                weight,
                muted: false,
                text,
            });
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

    /// Vertical space.
    pub fn gap(&mut self, points: f32) {
        self.y += points;
    }

    /// A wrapped paragraph across the text width.
    pub fn paragraph(&mut self, text: &str, weight: Weight, size: f32) {
        let line_height = size * 1.35;
        for line in wrap(text, weight, size, PAGE_WIDTH - 2.0 * MARGIN) {
            self.room_for(line_height);
            self.y += line_height;
            let y = self.y - size * 0.3;
            self.ops().push(Op::Text {
                x: MARGIN,
                y,
                size,
                weight,
                muted: false,
                text: line,
            });
        }
    }

    /// A heading that is never left alone at the bottom of a page.
    pub fn heading(&mut self, text: &str) {
        self.room_for(60.0);
        self.gap(10.0);
        self.paragraph(text, Weight::Bold, 12.5);
        self.gap(3.0);
    }

    fn row_ops(
        &mut self,
        columns: &[Column],
        cells: &[Vec<(String, Weight)>],
        size: f32,
        shade: Option<u8>,
    ) {
        let line_height = size * 1.3;
        let wrapped: Vec<Vec<(String, Weight)>> = columns
            .iter()
            .zip(cells)
            .map(|(col, cell)| {
                cell.iter()
                    .flat_map(|(text, weight)| {
                        wrap(text, *weight, size, col.width - 6.0)
                            .into_iter()
                            .map(|l| (l, *weight))
                    })
                    .collect()
            })
            .collect();
        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        #[expect(clippy::cast_precision_loss, reason = "a cell has few lines")]
        let height = lines as f32 * line_height + 5.0;
        let top = self.y;
        if let Some(grey) = shade {
            self.ops().push(Op::Rect {
                x: MARGIN,
                y: top,
                w: PAGE_WIDTH - 2.0 * MARGIN,
                h: height,
                grey,
            });
        }
        let mut x = MARGIN;
        for (col, cell) in columns.iter().zip(wrapped) {
            let mut y = top + 2.0;
            for (line, weight) in cell {
                y += line_height;
                self.ops().push(Op::Text {
                    x: x + 3.0,
                    y: y - size * 0.3,
                    size,
                    weight,
                    muted: false,
                    text: line,
                });
            }
            x += col.width;
        }
        self.y = top + height;
        let y = self.y;
        self.ops().push(Op::Rect {
            x: MARGIN,
            y,
            w: PAGE_WIDTH - 2.0 * MARGIN,
            h: 0.5,
            grey: 190,
        });
    }

    /// A table whose header is repeated on every page it runs over.
    pub fn table(&mut self, columns: &[Column], rows: &[Vec<Vec<(String, Weight)>>], size: f32) {
        let header: Vec<Vec<(String, Weight)>> = columns
            .iter()
            .map(|c| vec![(c.title.clone(), Weight::Bold)])
            .collect();
        self.room_for(3.0 * size * 1.3 + 20.0);
        self.row_ops(columns, &header, size, Some(225));
        for row in rows {
            let longest = row
                .iter()
                .zip(columns)
                .map(|(cell, col)| {
                    cell.iter()
                        .map(|(t, w)| wrap(t, *w, size, col.width - 6.0).len())
                        .sum::<usize>()
                })
                .max()
                .unwrap_or(1);
            #[expect(clippy::cast_precision_loss, reason = "a cell has few lines")]
            let height = longest as f32 * size * 1.3 + 5.0;
            if self.room_for(height) {
                self.row_ops(columns, &header, size, Some(225));
            }
            self.row_ops(columns, row, size, None);
        }
    }

    /// Reserves a square area of `side` points and returns its top-left corner.
    pub fn reserve(&mut self, side: f32) -> (f32, f32) {
        self.room_for(side + 4.0);
        let corner = (MARGIN, self.y + 2.0);
        self.y += side + 4.0;
        corner
    }

    /// Adds an operation to the current page.
    pub fn push(&mut self, op: Op) {
        self.ops().push(op);
    }

    /// The finished pages, each with its footer lines (which need the page
    /// count), the last line lowest.
    pub fn finish(mut self, footer: impl Fn(usize, usize) -> Vec<String>) -> Vec<Vec<Op>> {
        let total = self.sheets.len();
        let size = 8.0;
        for (i, page) in self.sheets.iter_mut().enumerate() {
            let lines = footer(i + 1, total);
            let count = lines.len();
            for (n, text) in lines.into_iter().enumerate() {
                let x = PAGE_WIDTH - MARGIN - width(&text, Weight::Regular, size);
                #[expect(clippy::cast_precision_loss, reason = "a footer has few lines")]
                let above = (count - 1 - n) as f32 * size * 1.4;
                page.push(Op::Text {
                    x: x.max(MARGIN),
                    y: PAGE_HEIGHT - 34.0 - above,
                    size,
                    weight: Weight::Regular,
                    muted: true,
                    text,
                });
            }
        }
        self.sheets
    }
}
