//! What each part of a page is, for a screen reader: the structure of a
//! tagged PDF, kept apart from krilla so the layout can be tested alone.

/// The role of a structure element, after the standard PDF structure types.
#[derive(Clone, Debug, PartialEq)]
pub enum Role {
    /// A section of the document (one device, one person).
    Section,
    /// A heading of a level from 1 (the document title) to 6, and its text
    /// (the title a screen reader lists headings by).
    Heading {
        /// 1 for the title, then 2, 3.
        level: u16,
        /// Its whole text, however many lines it takes.
        text: String,
    },
    /// A paragraph.
    Paragraph,
    /// A numbered list.
    List,
    /// One item of a list: its label and its body.
    ListItem,
    /// The number of a list item.
    Label,
    /// The text of a list item.
    ListBody,
    /// A table.
    Table,
    /// The header rows of a table.
    TableHead,
    /// The body rows of a table.
    TableBody,
    /// A table row.
    Row,
    /// A column header cell.
    HeaderCell,
    /// A data cell.
    Cell,
    /// A picture with its alternative text, and where it is drawn.
    Figure {
        /// What a screen reader says instead of the picture.
        alt: String,
        /// The page it is on (from 0).
        page: usize,
        /// Its box on the page: left, top, width, height in points.
        rect: [f32; 4],
    },
}

/// A structure element and what it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    /// What the element is.
    pub role: Role,
    /// Its parts, in reading order.
    pub children: Vec<Node>,
}

impl Element {
    /// An element without parts yet.
    pub fn new(role: Role) -> Element {
        Element {
            role,
            children: Vec::new(),
        }
    }

    /// Every element below this one and itself, depth first.
    pub fn walk(&self) -> Vec<&Element> {
        let mut all = vec![self];
        for child in &self.children {
            if let Node::Element(e) = child {
                all.extend(e.walk());
            }
        }
        all
    }
}

/// A part of a structure element.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// A nested element.
    Element(Element),
    /// A piece of drawn content, by its number (see [`Mark::Content`]).
    Content(usize),
}

/// Whether a drawn operation is content a reader reads, or decoration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Content with its number, which one structure element refers to.
    Content(usize),
    /// Not part of the text: drawn for the eye only.
    Artifact(Artifact),
}

/// Kinds of decoration a screen reader skips.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Artifact {
    /// The running head at the top of a page after the first.
    Header,
    /// The footer with the page number.
    Footer,
    /// Rules, shading, boxes and writing lines.
    Layout,
    /// A table header repeated on a later page.
    Repeated,
}

/// An entry of the document's outline (bookmarks): a heading and where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct OutlineEntry {
    /// The heading's level.
    pub level: u16,
    /// The heading's text.
    pub text: String,
    /// Its page (from 0).
    pub page: usize,
    /// Its top on the page, in points.
    pub y: f32,
}
