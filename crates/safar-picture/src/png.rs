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

/// The largest scale, at most `wanted` and in hundredths, at which a `width` × `height` picture
/// fits a PNG; `None` when not even `smallest` does.
pub fn fitting_scale(width: f32, height: f32, wanted: f32, smallest: f32) -> Option<f32> {
    if pixel_size(width, height, wanted).is_ok() {
        return Some(wanted);
    }
    let side = MAX_SIDE as f32 / width.max(height);
    let area = (MAX_PIXELS as f32 / (width * height)).sqrt();
    let mut hundredths = (wanted.min(side).min(area) * 100.0).floor();
    // Rounding up to whole pixels can still cross a limit: step down until it does not.
    while hundredths / 100.0 >= smallest {
        if pixel_size(width, height, hundredths / 100.0).is_ok() {
            return Some(hundredths / 100.0);
        }
        hundredths -= 1.0;
    }
    None
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fitting_scale_is_the_largest_that_fits_and_never_more_than_asked() {
        assert_eq!(fitting_scale(1200.0, 800.0, 2.0, 0.25), Some(2.0));
        // 20,000 CSS pixels wide: 16,384 a side allows 0.81x.
        let wide = fitting_scale(20_000.0, 900.0, 2.0, 0.25).unwrap();
        assert_eq!(wide, 0.81);
        assert!(pixel_size(20_000.0, 900.0, wide).is_ok() && pixel_size(20_000.0, 900.0, wide + 0.01).is_err());
        // 15,000 × 15,000: the side allows 1.09x, the area only 1.07x.
        let square = fitting_scale(15_000.0, 15_000.0, 4.0, 0.25).unwrap();
        assert!(pixel_size(15_000.0, 15_000.0, square).is_ok() && pixel_size(15_000.0, 15_000.0, square + 0.01).is_err(), "{square}");
        assert_eq!(fitting_scale(200_000.0, 900.0, 2.0, 0.25), None, "not even at the smallest scale");
    }
}
