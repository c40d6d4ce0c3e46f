//! Running text: paragraphs, headings, numbered steps and lines to write on.

use super::{
    Artifact, Element, HEADING_SIZE, MARGIN, Node, Op, OutlineEntry, PAGE_WIDTH, Pages, Role,
};
use crate::pdf::layout::{Weight, width, wrap};

impl Pages {
    /// Lines of text from `x`, wrapped to `max` points, each drawn as
    /// content of one new element with this role.
    fn lines(&mut self, role: Role, x: f32, max: f32, text: &str, weight: Weight, size: f32) {
        let line_height = size * 1.35;
        let mut element = Element::new(role);
        for line in wrap(text, weight, size, max) {
            self.room_for(line_height);
            self.y += line_height;
            let op = Op::Text {
                x,
                y: self.y - size * 0.3,
                size,
                weight,
                muted: false,
                text: line,
            };
            element.children.push(self.content(op));
        }
        if !element.children.is_empty() {
            self.attach(Node::Element(element));
        }
    }

    /// A wrapped paragraph across the text width.
    pub fn paragraph(&mut self, text: &str, weight: Weight, size: f32) {
        self.lines(
            Role::Paragraph,
            MARGIN,
            PAGE_WIDTH - 2.0 * MARGIN,
            text,
            weight,
            size,
        );
    }

    /// A wrapped paragraph indented by `indent` points.
    pub fn paragraph_indented(&mut self, indent: f32, text: &str, weight: Weight, size: f32) {
        self.lines(
            Role::Paragraph,
            MARGIN + indent,
            PAGE_WIDTH - 2.0 * MARGIN - indent,
            text,
            weight,
            size,
        );
    }

    /// A heading of a level from 2 down (1 is the title), never left alone
    /// at the bottom of a page; `indent` leaves room on the left, e.g. for a
    /// box to tick.
    pub fn heading_indented(&mut self, level: u16, indent: f32, text: &str) {
        let size = HEADING_SIZE
            .get(usize::from(level.saturating_sub(1)))
            .copied()
            .unwrap_or(10.5);
        self.room_for(60.0);
        self.gap(10.0);
        self.outline.push(OutlineEntry {
            level,
            text: text.to_owned(),
            page: self.page_index(),
            y: self.y,
        });
        self.lines(
            Role::Heading {
                level,
                text: text.to_owned(),
            },
            MARGIN + indent,
            PAGE_WIDTH - 2.0 * MARGIN - indent,
            text,
            Weight::Bold,
            size,
        );
        self.gap(3.0);
    }

    /// A heading of a level from 2 down.
    pub fn heading(&mut self, level: u16, text: &str) {
        self.heading_indented(level, 0.0, text);
    }

    /// A heading with an empty box before it, to tick on paper. The box is
    /// decoration: the heading says what the task is.
    pub fn heading_with_box(&mut self, level: u16, text: &str) {
        let side = 13.0;
        self.room_for(90.0);
        let top = self.y + 10.0 + 1.0;
        self.tick_box(MARGIN, top, side, 1.2);
        self.heading_indented(level, side + 8.0, text);
    }

    /// An empty box to tick by hand, its frame `line` thick: decoration.
    fn tick_box(&mut self, x: f32, top: f32, side: f32, line: f32) {
        self.decorate(
            Op::Rect {
                x,
                y: top,
                w: side,
                h: side,
                grey: 0,
            },
            Artifact::Layout,
        );
        self.decorate(
            Op::Rect {
                x: x + line,
                y: top + line,
                w: side - 2.0 * line,
                h: side - 2.0 * line,
                grey: 255,
            },
            Artifact::Layout,
        );
    }

    /// Boxes to tick by hand, each with its label, and after the last a
    /// blank to write on (its width; 0 for none). Boxes go on as few lines
    /// as fit; a label too long for a line wraps beside its box. The labels
    /// are read; the boxes and the blank are decoration.
    pub fn box_line(&mut self, boxes: &[String], blank: f32, size: f32) {
        let side = size * 0.95;
        let line_height = size * 2.2;
        let right = PAGE_WIDTH - MARGIN;
        let mut element = Element::new(Role::Paragraph);
        let mut x = right; // forces a first line
        for (n, label) in boxes.iter().enumerate() {
            let last = n + 1 == boxes.len();
            let wanted =
                side + 4.0 + width(label, Weight::Regular, size) + if last { blank } else { 0.0 };
            if x + wanted > right {
                self.room_for(line_height);
                self.y += line_height;
                x = MARGIN;
            }
            let text_x = x + side + 4.0;
            let lines = wrap(label, Weight::Regular, size, right - text_x);
            let baseline = self.y - size * 0.3;
            let top = baseline - side + 1.0;
            self.tick_box(x, top, side, 0.8);
            let mut end = text_x;
            for (k, line) in lines.iter().enumerate() {
                if k > 0 {
                    self.room_for(size * 1.35);
                    self.y += size * 1.35;
                }
                let op = Op::Text {
                    x: text_x,
                    y: self.y - size * 0.3,
                    size,
                    weight: Weight::Regular,
                    muted: false,
                    text: line.clone(),
                };
                element.children.push(self.content(op));
                end = text_x + width(line, Weight::Regular, size);
            }
            x = end + 14.0;
            if last && blank > 0.0 && x - 10.0 + blank <= right {
                self.decorate(
                    Op::Rect {
                        x: x - 10.0,
                        y: self.y - size * 0.3 + 2.0,
                        w: blank,
                        h: 0.6,
                        grey: 0,
                    },
                    Artifact::Layout,
                );
            }
        }
        self.attach(Node::Element(element));
    }

    /// A line to fill in by hand: each label, then a blank of the given
    /// width to write on. The labels are read; the blanks are decoration.
    pub fn writing_line(&mut self, fields: &[(String, f32)], size: f32) {
        let line_height = size * 2.4;
        self.room_for(line_height);
        self.y += line_height;
        let baseline = self.y - size * 0.3;
        let mut x = MARGIN;
        let mut element = Element::new(Role::Paragraph);
        for (label, blank) in fields {
            let op = Op::Text {
                x,
                y: baseline,
                size,
                weight: Weight::Regular,
                muted: false,
                text: label.clone(),
            };
            element.children.push(self.content(op));
            x += width(label, Weight::Regular, size) + 4.0;
            self.decorate(
                Op::Rect {
                    x,
                    y: baseline + 2.0,
                    w: *blank,
                    h: 0.6,
                    grey: 0,
                },
                Artifact::Layout,
            );
            x += blank + 14.0;
        }
        self.attach(Node::Element(element));
    }

    /// A numbered list item: the number in the margin, the text beside it.
    pub fn list_item(&mut self, number: &str, text: &str, size: f32) {
        // Room for "10." at the size given; numbers end where the text starts.
        let indent = width("00.", Weight::Bold, size) + 6.0;
        let line_height = size * 1.35;
        self.room_for(line_height);
        self.open(Role::ListItem);
        let label = self.content(Op::Text {
            x: MARGIN + indent - 4.0 - width(number, Weight::Bold, size),
            y: self.y + line_height - size * 0.3,
            size,
            weight: Weight::Bold,
            muted: false,
            text: number.to_owned(),
        });
        self.attach(Node::Element(Element {
            role: Role::Label,
            children: vec![label],
        }));
        self.lines(
            Role::ListBody,
            MARGIN + indent,
            PAGE_WIDTH - 2.0 * MARGIN - indent,
            text,
            Weight::Regular,
            size,
        );
        self.close();
    }

    /// A line a reader of the paper needs but a screen reader has already
    /// heard, such as the part's name again on the page it continues on.
    pub fn continued(&mut self, text: &str, size: f32) {
        let line_height = size * 1.35;
        for line in wrap(text, Weight::Bold, size, PAGE_WIDTH - 2.0 * MARGIN) {
            self.y += line_height;
            let op = Op::Text {
                x: MARGIN,
                y: self.y - size * 0.3,
                size,
                weight: Weight::Bold,
                muted: false,
                text: line,
            };
            self.decorate(op, Artifact::Header);
        }
        self.y += size * 0.5;
    }
}
