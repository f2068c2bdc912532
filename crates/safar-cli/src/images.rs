//! Which images of a maps folder are published. A picture opened from the site's own address
//! runs with the site's origin, so an SVG file must be a plain picture
//! ([`safar_core::svg::check`]); anything refused is left out and reported.

use safar_core::svg::SvgRefusal;

/// Why an image file is not published, for [`crate::messages`] to word.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    Svg(SvgRefusal),
}

/// `Ok` when the image at `relative` (a path under the maps folder) may be published.
pub fn admit(relative: &str, bytes: &[u8]) -> Result<(), Refusal> {
    if relative.to_ascii_lowercase().ends_with(".svg") {
        safar_core::svg::check(bytes).map_err(Refusal::Svg)?;
    }
    Ok(())
}
