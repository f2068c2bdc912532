//! A picture's pages as one vector PDF, natively, through krilla: text stays text (selectable,
//! searchable, in the embedded fonts), the document carries the map's title and language.

use crate::fonts::Fonts;
use crate::native::{tree, RenderError};
use crate::pages::{Page, PT_PER_PX};
use krilla::geom::Size;
use krilla::page::PageSettings;
use krilla_svg::{SurfaceExt, SvgSettings};

/// `pages` as a PDF titled `title`, in `language` (a BCP 47 tag).
pub fn pdf(pages: &[Page], title: &str, language: &str, fonts: &Fonts) -> Result<Vec<u8>, RenderError> {
    let mut document = krilla::Document::new();
    document.set_metadata(krilla::metadata::Metadata::new().title(title.to_owned()).language(language.to_owned()).creator("Safar".to_owned()));
    for page in pages {
        let tree = tree(&page.svg, fonts)?;
        let size = Size::from_wh(page.width * PT_PER_PX, page.height * PT_PER_PX).ok_or_else(|| RenderError::Encode("an empty page".to_owned()))?;
        let mut pdf_page = document.start_page_with(PageSettings::new(size));
        let mut surface = pdf_page.surface();
        surface.draw_svg(&tree, size, SvgSettings::default()).ok_or_else(|| RenderError::Encode("a page could not be drawn".to_owned()))?;
        surface.finish();
        pdf_page.finish();
    }
    document.finish().map_err(|e| RenderError::Encode(format!("{e:?}")))
}
