//! The fonts a picture is drawn, measured and embedded in: Vazirmatn 33.0.3 (SIL Open Font
//! License 1.1, in `assets/fonts/` beside its licence), whose Arabic script is Vazirmatn's own
//! and whose Latin is Roboto's, so Persian, Arabic and English share one design. The TrueType
//! files measure and shape the text; the WOFF2 files of the same cut ride inside each SVG, so
//! the picture looks the same on a machine that has never heard of Vazirmatn.

use std::borrow::Cow;

/// The family name every picture's text asks for: the fonts' own name, which both the
/// embedded `@font-face` rules and a native renderer's font database answer to.
pub const FAMILY: &str = "Vazirmatn";

/// The font files of one picture.
#[derive(Clone)]
pub struct Fonts {
    pub regular: Cow<'static, [u8]>,
    pub bold: Cow<'static, [u8]>,
    /// The WOFF2 files embedded in the SVG (regular, bold); `None` leaves them out, for a
    /// picture that is only rasterised or printed by a renderer that has the fonts already.
    pub embedded: Option<(Cow<'static, [u8]>, Cow<'static, [u8]>)>,
}

/// What went wrong with a font file handed to [`Fonts::measure`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadFont;

impl Fonts {
    /// The bundled files, compiled in.
    #[cfg(feature = "bundled-fonts")]
    pub fn bundled() -> Fonts {
        Fonts {
            regular: Cow::Borrowed(include_bytes!("../../../assets/fonts/Vazirmatn-Regular.ttf")),
            bold: Cow::Borrowed(include_bytes!("../../../assets/fonts/Vazirmatn-Bold.ttf")),
            embedded: Some((
                Cow::Borrowed(include_bytes!("../../../assets/fonts/Vazirmatn-Regular.woff2")),
                Cow::Borrowed(include_bytes!("../../../assets/fonts/Vazirmatn-Bold.woff2")),
            )),
        }
    }

    /// The same fonts without their embedded copies.
    pub fn without_embedding(&self) -> Fonts {
        Fonts { embedded: None, ..self.clone() }
    }

    /// A measure of text in these fonts; `Err` when a file is not a font.
    pub fn measure(&self) -> Result<Measure<'_>, BadFont> {
        let regular = rustybuzz::Face::from_slice(&self.regular, 0).ok_or(BadFont)?;
        let bold = rustybuzz::Face::from_slice(&self.bold, 0).ok_or(BadFont)?;
        Ok(Measure { regular, bold })
    }
}

/// The weight a run of text is set in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

impl Weight {
    pub fn css(self) -> &'static str {
        match self {
            Weight::Regular => "400",
            Weight::Bold => "700",
        }
    }
}

/// Widths of shaped text.
pub struct Measure<'a> {
    regular: rustybuzz::Face<'a>,
    bold: rustybuzz::Face<'a>,
}

impl Measure<'_> {
    /// The advance width of `text` set at `size` pixels, shaped as a renderer shapes it: joined
    /// Arabic letters, ligatures and kerning included.
    pub fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        if text.is_empty() {
            return 0.0;
        }
        let face = match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let glyphs = rustybuzz::shape(face, &[], buffer);
        let units: i64 = glyphs.glyph_positions().iter().map(|p| i64::from(p.x_advance)).sum();
        units as f32 * size / f32::from(face.units_per_em() as u16)
    }
}
