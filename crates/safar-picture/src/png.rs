//! A picture as a PNG, natively: the SVG drawn by resvg at 1x, 2x (slides) or 4x (print).

use crate::fonts::Fonts;
use crate::native::{tree, RenderError};
pub use crate::native::RenderError as PngError;

/// The most pixels a PNG may have: 16,384 on a side (what browsers' canvases hold) and 256
/// million in all (a gigabyte of memory while it is drawn).
pub const MAX_SIDE: u32 = 16_384;
pub const MAX_PIXELS: u64 = 256 * 1024 * 1024;

/// The pixel size of `svg` (`width` × `height` CSS pixels) at `scale`, if it may be drawn.
pub fn pixel_size(width: f32, height: f32, scale: f32) -> Result<(u32, u32), RenderError> {
    let (w, h) = ((width * scale).ceil() as u32, (height * scale).ceil() as u32);
    if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(RenderError::TooLarge { width: w, height: h, limit: MAX_PIXELS });
    }
    Ok((w, h))
}

/// `svg` drawn at `scale` and encoded as PNG.
pub fn png(svg: &str, scale: f32, fonts: &Fonts) -> Result<Vec<u8>, RenderError> {
    let tree = tree(svg, fonts)?;
    let size = tree.size();
    let (w, h) = pixel_size(size.width(), size.height(), scale)?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h).ok_or(RenderError::TooLarge { width: w, height: h, limit: MAX_PIXELS })?;
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| RenderError::Encode(e.to_string()))
}
