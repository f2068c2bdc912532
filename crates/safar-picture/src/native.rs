//! What the native outputs share: the SVG parsed by usvg with the picture's own fonts, and
//! nothing else (no system fonts, no files: a picture has no outside references to resolve).

use crate::fonts::{Fonts, FAMILY};
use std::sync::Arc;

/// Why a picture could not be made.
#[derive(Debug)]
pub enum RenderError {
    /// Safar drew an SVG that usvg cannot read: a bug, reported with usvg's words.
    Svg(String),
    /// The image would be larger than can be held: its size, and the most pixels allowed in all
    /// (a side may have at most `png::MAX_SIDE`).
    TooLarge { width: u32, height: u32, limit: u64 },
    /// Encoding the file failed.
    Encode(String),
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderError::Svg(detail) => write!(f, "the picture could not be read back: {detail}"),
            RenderError::TooLarge { width, height, limit } => {
                write!(f, "a {width} × {height} pixel image is larger than the {limit} pixels one can have")
            }
            RenderError::Encode(detail) => write!(f, "the file could not be written: {detail}"),
        }
    }
}

impl std::error::Error for RenderError {}

pub(crate) fn tree(svg: &str, fonts: &Fonts) -> Result<resvg::usvg::Tree, RenderError> {
    let mut database = resvg::usvg::fontdb::Database::new();
    database.load_font_data(fonts.regular.to_vec());
    database.load_font_data(fonts.bold.to_vec());
    database.set_sans_serif_family(FAMILY);
    let options = resvg::usvg::Options {
        fontdb: Arc::new(database),
        font_family: FAMILY.to_owned(),
        // A picture refers to nothing outside itself; nothing is looked up.
        resources_dir: None,
        image_href_resolver: resvg::usvg::ImageHrefResolver { resolve_data: Box::new(|_, _, _| None), resolve_string: Box::new(|_, _| None) },
        ..resvg::usvg::Options::default()
    };
    resvg::usvg::Tree::from_str(svg, &options).map_err(|e| RenderError::Svg(e.to_string()))
}
