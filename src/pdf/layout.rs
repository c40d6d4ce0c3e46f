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
            for c in word.chars() {
                line.push(c);
                if width(&line, weight, size) > max {
                    line.pop();
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                }
            }
        }
        lines.push(line);
    }
    lines
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
}
