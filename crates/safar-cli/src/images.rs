//! Which images of a maps folder are published: only those whose bytes are the format their
//! name says (an HTML file named `.png` is not a picture), and SVG files only when they are
//! plain pictures ([`safar_core::svg::check`]), since a picture opened from the site's own
//! address runs with the site's origin. Anything refused is left out and reported.

use safar_core::svg::SvgRefusal;

/// Why an image file is not published, for [`crate::messages`] to word.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// The name says `format` (`PNG`), the bytes say otherwise.
    NotFormat { format: &'static str },
    Svg(SvgRefusal),
}

/// `Ok` when the image at `relative` (a path under the maps folder) may be published.
pub fn admit(relative: &str, bytes: &[u8]) -> Result<(), Refusal> {
    let extension = relative.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    let (format, matches): (&'static str, fn(&[u8]) -> bool) = match extension.as_str() {
        "svg" => return safar_core::svg::check(bytes).map_err(Refusal::Svg),
        "png" => ("PNG", infer::image::is_png),
        "jpg" | "jpeg" => ("JPEG", infer::image::is_jpeg),
        "gif" => ("GIF", infer::image::is_gif),
        "webp" => ("WebP", |b| b.starts_with(b"RIFF") && infer::image::is_webp(b)),
        "avif" => ("AVIF", infer::image::is_avif),
        _ => return Err(Refusal::NotFormat { format: "image" }),
    };
    if matches(bytes) {
        Ok(())
    } else {
        Err(Refusal::NotFormat { format })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_image_is_what_its_name_says() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        let html = b"<!DOCTYPE html><script>alert(document.domain)</script>";
        assert_eq!(admit("team/a.png", png), Ok(()));
        assert_eq!(admit("A.PNG", png), Ok(()));
        assert_eq!(admit("a.png", html), Err(Refusal::NotFormat { format: "PNG" }));
        assert_eq!(admit("a.jpg", png), Err(Refusal::NotFormat { format: "JPEG" }));
        assert_eq!(admit("a.jpeg", b"\xff\xd8\xff\xe0\0\x10JFIF"), Ok(()));
        assert_eq!(admit("a.gif", b"GIF89a\x01\0\x01\0"), Ok(()));
        assert_eq!(admit("a.gif", html), Err(Refusal::NotFormat { format: "GIF" }));
        assert_eq!(admit("a.webp", b"RIFF\x24\0\0\0WEBPVP8 "), Ok(()));
        assert_eq!(admit("a.webp", b"<htm\0\0\0\0WEBP<script>"), Err(Refusal::NotFormat { format: "WebP" }));
        assert_eq!(admit("a.avif", b"\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf"), Ok(()));
        assert_eq!(admit("a.avif", html), Err(Refusal::NotFormat { format: "AVIF" }));
        assert_eq!(admit("a.png", b""), Err(Refusal::NotFormat { format: "PNG" }));
        assert!(matches!(admit("a.svg", html), Err(Refusal::Svg(_))));
    }
}
