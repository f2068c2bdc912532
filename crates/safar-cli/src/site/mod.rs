//! `safar publish`: a folder of map files made into a static website that reads well without
//! JavaScript, prints well, and comes alive with the widget when JavaScript runs.

mod downloads;
mod output;
mod pages;
pub mod plan;

pub use downloads::Exports;
pub use output::{is_site_path, Counts};
pub use pages::{CONTENT_SECURITY_POLICY, REFERRER_POLICY};
pub use plan::{Settings, Site};

use output::{fingerprint, Output};
use safar_i18n::Message;
use serde::Serialize;
use std::io;
use crate::widget::Widget;
use std::path::Path;

/// The site's stylesheet: the app's page basics and viewer styles, the widget's box (so the map
/// takes the same room before and after the widget starts), and the site's own.
const STYLESHEET: &[&str] = &[
    include_str!("../../../../style/base.css"),
    include_str!("../../../../style/app.css"),
    include_str!("../../../../style/viewer.css"),
    include_str!("../../../../style/widget.css"),
    include_str!("../../../../style/site.css"),
];
/// The site's stylesheet. Its pages are in the HTML, drawn before any font arrives: the font,
/// asked for at once by a preload, is used only if it is there for the first paint
/// (`font-display: optional`), so text never moves when it comes late. The app and the widget
/// draw after their WebAssembly starts, and keep `swap`.
fn stylesheet() -> String {
    let css = STYLESHEET.join("\n");
    assert!(css.contains("font-display: swap;"), "base.css declares the font");
    css.replace("font-display: swap;", "font-display: optional;")
}

const SCRIPT: &str = include_str!("../../assets/safar-site.js");
const ICON: &str = include_str!("../../../../assets/favicon.svg");
/// The tags' icons, which the stylesheet finds beside itself (style/viewer.css).
const TAG_ICONS: &str = include_str!("../../../../assets/safar-icons.svg");
const FONT: &[u8] = include_bytes!("../../../../assets/fonts/Vazirmatn-NL[wght].woff2");
const FONT_LICENSE: &[u8] = include_bytes!("../../../../assets/fonts/OFL.txt");

/// Writes `site` into `out`, with `widget`'s view build under `widget/` when the site's
/// settings ask for it and each map's `exports` to download; says what could not be drawn.
pub fn publish(site: &Site, out: &Path, widget: Option<&Widget>, exports: &Exports, say: &mut dyn FnMut(Message)) -> io::Result<Counts> {
    let mut output = Output::new(out)?;
    output.file(pages::STYLESHEET, stylesheet().as_bytes())?;
    output.file(pages::SCRIPT, SCRIPT.as_bytes())?;
    output.file(pages::ICON, ICON.as_bytes())?;
    output.file("assets/safar-icons.svg", TAG_ICONS.as_bytes())?;
    output.file(pages::FONT, FONT)?;
    output.file("assets/fonts/OFL.txt", FONT_LICENSE)?;
    if let (true, Some(widget)) = (site.settings.widget, widget) {
        for (relative, bytes) in widget.files()? {
            output.file(&format!("widget/{relative}"), &bytes)?;
        }
    }
    for copy in &site.copies {
        output.file(&copy.to, &copy.bytes)?;
    }

    #[derive(Serialize)]
    struct IndexInputs<'a> {
        settings: &'a Settings,
        maps: Vec<(&'a str, &'a safar_core::Journey, &'a [plan::Link])>,
        personas: Vec<(&'a str, &'a str)>,
    }
    let inputs = IndexInputs {
        settings: &site.settings,
        maps: site.maps.iter().map(|m| (m.page.as_str(), &m.journey, m.persona_pages.as_slice())).collect(),
        personas: site.personas.iter().map(|p| (p.page.as_str(), p.persona.name.as_str())).collect(),
    };
    output.page("index.html", &fingerprint("index", &inputs), |f| pages::index(site, f))?;
    let title = &site.settings.title;
    let downloads = downloads::draw(site, exports, &mut output, say)?;
    for (map, downloads) in site.maps.iter().zip(&downloads) {
        let inputs = (&site.settings, title, map, downloads);
        output.page(&map.page, &fingerprint("map", &inputs), |f| pages::map(site, map, downloads, f))?;
    }
    for persona in &site.personas {
        let inputs = (&site.settings, persona);
        output.page(&persona.page, &fingerprint("persona", &inputs), |f| pages::persona(site, persona, f))?;
    }
    output.file("sitemap.xml", sitemap(site).as_bytes())?;
    output.finish()
}

/// `sitemap.xml`: every page, with the day each map was last edited. Addresses are absolute
/// when `--base-url` is; relative otherwise, which intranet crawlers accept and the sitemap
/// protocol does not (the README says so).
fn sitemap(site: &Site) -> String {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    let edited = |page: &str| site.maps.iter().find(|m| m.page == page).map(|m| m.journey.updated.get(..10).unwrap_or_default().to_owned());
    for page in site.pages() {
        let loc = site.absolute(page).unwrap_or_else(|| site.href("index.html", page));
        xml.push_str("  <url><loc>");
        xml.push_str(&escape_xml(&loc));
        xml.push_str("</loc>");
        if let Some(day) = edited(page).filter(|d| safar_core::date::is_date(d)) {
            xml.push_str("<lastmod>");
            xml.push_str(&day);
            xml.push_str("</lastmod>");
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}
