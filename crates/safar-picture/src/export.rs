//! One map to one file: its SVG, a PNG at a scale, or a PDF on a paper. The command line, a
//! published site's downloads and the browser's Share menu (through the picture worker) all
//! export through [`make`], so a map leaves Safar the same way from everywhere.

use crate::fonts::Fonts;
use crate::native::RenderError;
use crate::pages::Paper;
use crate::{png, Picture, View};
use safar_core::Document;

/// What an export is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Svg,
    Png,
    Pdf,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Svg, Format::Png, Format::Pdf];

    pub fn name(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Pdf => "pdf",
        }
    }

    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name().eq_ignore_ascii_case(name))
    }

    /// The file's media type.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Svg => "image/svg+xml",
            Format::Png => "image/png",
            Format::Pdf => "application/pdf",
        }
    }
}

/// How large a PNG is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scale {
    /// At this scale, or refused when the picture would be too large.
    Exactly(f32),
    /// At this scale, or the largest below it (down to [`SMALLEST_SCALE`]) that fits a PNG's
    /// limits.
    AtMost(f32),
}

/// The smallest scale a PNG is drawn at.
pub const SMALLEST_SCALE: f32 = 0.25;

/// A map exported.
pub struct Exported {
    pub bytes: Vec<u8>,
    /// The picture's size: CSS pixels for an SVG, pixels for a PNG; for a PDF, its first page
    /// in CSS pixels.
    pub width: u32,
    pub height: u32,
    /// A PDF's pages (1 for a picture).
    pub pages: usize,
    /// The scale a PNG was drawn at (1 otherwise): less than asked when the picture was too
    /// large for it ([`Scale::AtMost`]).
    pub scale: f32,
}

/// `document` as `view` shows it, exported as `format`.
pub fn make(document: &Document, view: &View, format: Format, scale: Scale, paper: Paper) -> Result<Exported, RenderError> {
    let fonts = Fonts::bundled();
    let raster = fonts.without_embedding();
    let picture_fonts = if format == Format::Svg { &fonts } else { &raster };
    // The fonts are compiled in, and the renderer's tests parse them.
    let picture = Picture::new(document, view, picture_fonts).expect("the bundled fonts are fonts");
    match format {
        Format::Svg => {
            let (svg, width, height) = picture.svg();
            Ok(Exported { bytes: svg.into_bytes(), width: width.ceil() as u32, height: height.ceil() as u32, pages: 1, scale: 1.0 })
        }
        Format::Png => {
            let (svg, width, height) = picture.svg();
            let drawn = match scale {
                Scale::Exactly(scale) => scale,
                Scale::AtMost(scale) => png::fitting_scale(width, height, scale, SMALLEST_SCALE).unwrap_or(scale),
            };
            let (w, h) = png::pixel_size(width, height, drawn)?;
            let bytes = png::png(&svg, drawn, &raster)?;
            Ok(Exported { bytes, width: w, height: h, pages: 1, scale: drawn })
        }
        Format::Pdf => {
            let pages = picture.pages(paper);
            let language = document.journey.language.clone();
            let bytes = crate::pdf::pdf(&pages, picture.title(), &language, &raster)?;
            let (width, height) = pages.first().map_or((0, 0), |p| (p.width.ceil() as u32, p.height.ceil() as u32));
            Ok(Exported { bytes, width, height, pages: pages.len(), scale: 1.0 })
        }
    }
}
