//! A journey map as a standalone picture. One renderer draws a map (or a view of it: chosen
//! lanes, one stage) as an SVG document: stages and steps across, lanes down, every card's
//! text wrapped in its cell, the emotion curve with its legend, the marks, the title block and
//! personas, the line of visibility, mirrored for a right-to-left map, with its fonts inside.
//! The same drawing, cut into numbered pages, makes the PDF; natively, `png` and `pdf` turn it
//! into those files, and in the browser the SVG is drawn on a canvas.
//!
//! Every output measures text the same way ([`fonts::Measure`], with the fonts it embeds), so a
//! line wrapped here is the line every renderer draws.

pub mod fonts;
pub mod icons;
pub mod pages;
mod palette;
pub mod scene;
pub mod sheet;
pub mod wrap;
#[cfg(any(feature = "png", feature = "pdf"))]
mod native;
#[cfg(any(feature = "png", feature = "pdf"))]
pub use native::RenderError;
#[cfg(feature = "png")]
pub mod png;
#[cfg(feature = "pdf")]
pub mod pdf;
#[cfg(all(feature = "png", feature = "pdf"))]
pub mod export;

pub use fonts::{BadFont, Fonts, FAMILY};
pub use pages::{Page, Paper};
pub use sheet::View;

use safar_core::Document;

/// A map laid out for drawing, with the fonts it is drawn in.
pub struct Picture<'f> {
    sheet: sheet::Sheet,
    measure: fonts::Measure<'f>,
    fonts: &'f Fonts,
}

impl<'f> Picture<'f> {
    /// Lays out `document` as `view` shows it.
    pub fn new(document: &Document, view: &View, fonts: &'f Fonts) -> Result<Picture<'f>, BadFont> {
        let measure = fonts.measure()?;
        let sheet = sheet::Sheet::new(document, view, &measure);
        Ok(Picture { sheet, measure, fonts })
    }

    fn embedded(&self) -> Option<(&[u8], &[u8])> {
        self.fonts.embedded.as_ref().map(|(regular, bold)| (regular.as_ref(), bold.as_ref()))
    }

    /// The whole map as one SVG document, and its size in CSS pixels.
    pub fn svg(&self) -> (String, f32, f32) {
        let scene = pages::whole(&self.sheet, &self.measure);
        let svg = scene.to_svg(self.sheet.direction, &self.sheet.title, self.sheet.language.tag(), self.embedded());
        (svg, scene.width, scene.height)
    }

    /// The map on paper, page by page.
    pub fn pages(&self, paper: Paper) -> Vec<Page> {
        pages::pages(&self.sheet, &self.measure, paper, self.embedded())
    }

    /// The map's title, as the picture shows it.
    pub fn title(&self) -> &str {
        &self.sheet.title
    }
}
