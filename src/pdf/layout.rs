//! Text measuring and line wrapping with the embedded fonts, so columns line
//! up and long task titles wrap instead of running off the page.

use std::sync::OnceLock;

/// The regular face of DejaVu Sans (licence in assets/fonts).
pub static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// The bold face of DejaVu Sans.
pub static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Regular or bold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Headings and labels.
    Bold,
}

impl Weight {
    /// The font file's bytes.
    pub fn data(self) -> &'static [u8] {
        match self {
            Weight::Regular => REGULAR,
            Weight::Bold => BOLD,
        }
    }

    fn face(self) -> Option<&'static rustybuzz::Face<'static>> {
        static FACES: OnceLock<[Option<rustybuzz::Face<'static>>; 2]> = OnceLock::new();
        let faces = FACES.get_or_init(|| {
            [
                rustybuzz::Face::from_slice(REGULAR, 0),
                rustybuzz::Face::from_slice(BOLD, 0),
            ]
        });
        faces[usize::from(self == Weight::Bold)].as_ref()
    }
}

/// Stands in for a character the fonts cannot draw.
pub const REPLACEMENT: char = '\u{FFFD}';

/// What of a typed text can go on a page: a character the fonts cannot
/// draw becomes [`REPLACEMENT`] (an archival PDF may hold no empty glyph),
/// controls and invisible direction or joining marks are left out (they
/// could reorder what a reader sees), a tab becomes a space, and a letter
/// keeps at most two accents. Line breaks stay for [`wrap`] to use.
/// Applying it twice changes nothing.
pub fn printable(text: &str) -> String {
    let regular = Weight::Regular.face();
    let bold = Weight::Bold.face();
    let drawable = |c: char| {
        [regular, bold]
            .iter()
            .all(|f| f.is_some_and(|f| f.glyph_index(c).is_some_and(|g| g.0 != 0)))
    };
    let mut out = String::with_capacity(text.len());
    let mut accents = 0;
    for c in text.chars() {
        let c = match c {
            '\n' => '\n',
            '\t' => ' ',
            c if c.is_control() || is_invisible(c) => continue,
            c => c,
        };
        if is_accent(c) {
            accents += 1;
            if accents > 2 {
                continue;
            }
        } else {
            accents = 0;
        }
        out.push(if c == '\n' || drawable(c) {
            c
        } else {
            REPLACEMENT
        });
    }
    out
}

/// Zero-width spaces and joiners, direction marks and overrides, the byte
/// order mark: nothing a reader could see, but some change the order.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// Combining marks that sit on the letter before them.
fn is_accent(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The width of a text in points at a font size.
#[expect(clippy::cast_precision_loss, reason = "glyph advances are small")]
pub fn width(text: &str, weight: Weight, size: f32) -> f32 {
    let Some(face) = weight.face() else {
        return 0.0;
    };
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    let shaped = rustybuzz::shape(face, &[], buffer);
    let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
    units as f32 * size / f32::from(u16::try_from(face.units_per_em()).unwrap_or(1000))
}

/// Breaks a text into lines no wider than `max` points, at spaces; a single
/// word wider than a line is broken between characters.
pub fn wrap(text: &str, weight: Weight, size: f32, max: f32) -> Vec<String> {
    let text = printable(text);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if width(&candidate, weight, size) <= max {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut pieces = broken(word, weight, size, max);
            line = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
        }
        lines.push(line);
    }
    lines
}

/// A word too wide for a line, cut between characters into pieces that
/// fit. Shaped once, so a pasted wall of text costs no more than its length.
#[expect(clippy::cast_precision_loss, reason = "glyph advances are small")]
fn broken(word: &str, weight: Weight, size: f32, max: f32) -> Vec<String> {
    let Some(face) = weight.face() else {
        return vec![word.to_owned()];
    };
    let scale = size / f32::from(u16::try_from(face.units_per_em()).unwrap_or(1000));
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(word);
    // Measured left to right, so the clusters come in the text's order.
    buffer.set_direction(rustybuzz::Direction::LeftToRight);
    let shaped = rustybuzz::shape(face, &[], buffer);
    // Each cluster's first byte and its width.
    let mut clusters: Vec<(usize, f32)> = Vec::new();
    for (info, pos) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
        let at = usize::try_from(info.cluster).unwrap_or(0);
        let advance = pos.x_advance as f32 * scale;
        match clusters.last_mut() {
            Some((start, w)) if *start == at => *w += advance,
            _ => clusters.push((at, advance)),
        }
    }
    let mut pieces = Vec::new();
    let (mut start, mut used) = (0, 0.0);
    for &(at, w) in &clusters {
        if used + w > max && at > start && word.is_char_boundary(at) {
            pieces.push(word[start..at].to_owned());
            (start, used) = (at, 0.0);
        }
        used += w;
    }
    pieces.push(word[start..].to_owned());
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wider_text_measures_wider_and_bold_is_wider() {
        let narrow = width("Praxis", Weight::Regular, 10.0);
        assert!(narrow > 20.0);
        assert!(width("Praxis Dr. Müller", Weight::Regular, 10.0) > narrow);
        assert!(width("Praxis", Weight::Bold, 10.0) > narrow);
        assert!((width("Praxis", Weight::Regular, 20.0) - 2.0 * narrow).abs() < 0.01);
    }

    #[test]
    fn lines_never_exceed_the_width() {
        let text = "Administrator-Kennwort ändern: Sprechzimmer-PC im ersten Stock links Donaudampfschifffahrtsgesellschaftskapitän";
        let lines = wrap(text, Weight::Regular, 9.0, 120.0);
        assert!(lines.len() > 2);
        assert!(
            lines
                .iter()
                .all(|l| width(l, Weight::Regular, 9.0) <= 120.0)
        );
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
    }

    #[test]
    fn a_pasted_wall_of_text_wraps_into_lines_that_fit() {
        let wall = "A".repeat(10_000);
        let lines = wrap(&wall, Weight::Regular, 9.0, 120.0);
        assert!(lines.len() > 50);
        assert!(
            lines
                .iter()
                .all(|l| width(l, Weight::Regular, 9.0) <= 120.0)
        );
        assert_eq!(lines.concat(), wall);
    }

    #[test]
    fn only_what_the_fonts_can_draw_reaches_a_page() {
        assert_eq!(printable("Praxis Dr. Müller"), "Praxis Dr. Müller");
        assert_eq!(printable("李"), REPLACEMENT.to_string());
        assert_eq!(printable("Tab\tNull\u{0}"), "Tab Null");
        assert_eq!(
            printable("un\u{200B}sicht\u{202E}bar\u{FEFF}"),
            "unsichtbar"
        );
        assert_eq!(
            printable("e\u{301}\u{302}\u{303}\u{304}"),
            "e\u{301}\u{302}"
        );
        let once = printable("Z̷̢a̸l̶g̵o̴ 😷 李 \u{E000}");
        assert_eq!(printable(&once), once, "a second pass changes nothing");
    }
}
