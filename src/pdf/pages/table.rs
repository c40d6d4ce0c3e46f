//! Tables: a header row of header cells, repeated as decoration on every
//! page the table runs over, so a screen reader hears it once.

use super::{Artifact, Element, MARGIN, Node, Op, PAGE_WIDTH, Pages, Role};
use crate::pdf::layout::{Weight, wrap};

/// A column of a table.
pub struct Column {
    /// Heading.
    pub title: String,
    /// Width in points.
    pub width: f32,
}

/// The text of one table cell: pieces in regular or bold.
pub type Cell = Vec<(String, Weight)>;

/// Each cell's lines, wrapped to its column.
fn wrap_cells(columns: &[Column], cells: &[Cell], size: f32) -> Vec<Vec<(String, Weight)>> {
    columns
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
        .collect()
}

/// The height of a row: its tallest cell, at least one line.
fn row_height(wrapped: &[Vec<(String, Weight)>], size: f32) -> f32 {
    let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
    #[expect(clippy::cast_precision_loss, reason = "a cell has few lines")]
    let lines = lines as f32;
    lines * size * 1.3 + 5.0
}

impl Pages {
    fn row(
        &mut self,
        columns: &[Column],
        cells: &[Cell],
        size: f32,
        shade: Option<u8>,
        role: Option<&Role>,
        repeated: bool,
    ) {
        let line_height = size * 1.3;
        let wrapped = wrap_cells(columns, cells, size);
        let height = row_height(&wrapped, size);
        let top = self.y;
        let kind = if repeated {
            Artifact::Repeated
        } else {
            Artifact::Layout
        };
        if let Some(grey) = shade {
            let rect = Op::Rect {
                x: MARGIN,
                y: top,
                w: PAGE_WIDTH - 2.0 * MARGIN,
                h: height,
                grey,
            };
            self.decorate(rect, kind);
        }
        let mut x = MARGIN;
        let mut row = Element::new(Role::Row);
        for (col, cell) in columns.iter().zip(wrapped) {
            let mut y = top + 2.0;
            let mut element = Element::new(role.cloned().unwrap_or(Role::Cell));
            for (line, weight) in cell {
                y += line_height;
                let op = Op::Text {
                    x: x + 3.0,
                    y: y - size * 0.3,
                    size,
                    weight,
                    muted: false,
                    text: line,
                };
                if repeated {
                    self.decorate(op, Artifact::Repeated);
                } else {
                    element.children.push(self.content(op));
                }
            }
            // An empty cell is still a cell, so the columns stay in step.
            row.children.push(Node::Element(element));
            x += col.width;
        }
        self.y = top + height;
        let rule = Op::Rect {
            x: MARGIN,
            y: self.y,
            w: PAGE_WIDTH - 2.0 * MARGIN,
            h: 0.5,
            grey: 190,
        };
        self.decorate(rule, kind);
        if !repeated {
            self.attach(Node::Element(row));
        }
    }

    /// A table whose header is repeated on every page it runs over.
    pub fn table(&mut self, columns: &[Column], rows: &[Vec<Cell>], size: f32) {
        let header: Vec<Cell> = columns
            .iter()
            .map(|c| vec![(c.title.clone(), Weight::Bold)])
            .collect();
        self.room_for(3.0 * size * 1.3 + 20.0);
        self.open(Role::Table);
        self.open(Role::TableHead);
        self.row(
            columns,
            &header,
            size,
            Some(225),
            Some(&Role::HeaderCell),
            false,
        );
        self.close();
        self.open(Role::TableBody);
        for row in rows {
            let height = row_height(&wrap_cells(columns, row, size), size);
            if self.room_for(height) {
                self.row(columns, &header, size, Some(225), None, true);
            }
            self.row(columns, row, size, None, None, false);
        }
        self.close();
        self.close();
    }
}
