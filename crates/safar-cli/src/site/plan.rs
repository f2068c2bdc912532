//! What a site holds and where each page goes, decided before anything is written.
//!
//! A map's page, its data file and its images sit together under `maps/`, in the folders they
//! had under the maps folder, so the relative addresses inside a map (`images/a.png`) find the
//! same files from its page and from the widget. Personas get pages under `personas/`.

use crate::maps::MapSource;
use safar_core::{Journey, Language, Persona};
use serde::Serialize;
use std::collections::BTreeSet;

/// What the whole site shares: its title, language, where it is served and whether the widget
/// brings its maps alive.
#[derive(Clone, Debug, Serialize)]
pub struct Settings {
    /// The index's title; without one, the site's language's word for journey maps.
    pub title: Option<String>,
    /// The language of the index, and of pages whose map's language Safar does not speak.
    #[serde(serialize_with = "language_tag")]
    pub language: Language,
    /// Where the site is served (`/journeys/` or `https://intranet/journeys/`), ending in `/`;
    /// without it, every link is relative.
    pub base_url: Option<String>,
    /// Whether the widget's files are published beside the pages.
    pub widget: bool,
}

fn language_tag<S: serde::Serializer>(language: &Language, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(language.tag())
}

/// A page that links to another: its title and where it is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Link {
    pub title: String,
    pub page: String,
}

/// One journey map of the site.
#[derive(Clone, Debug, Serialize)]
pub struct MapEntry {
    /// The page, under the site: `maps/onboarding.html`.
    pub page: String,
    /// The map as a file of its own, for the widget and for download: `maps/onboarding.json`.
    pub data: String,
    pub journey: Journey,
    /// The personas the map names, in its order.
    pub personas: Vec<Persona>,
    /// The pages of the personas the map names, in its order.
    pub persona_pages: Vec<Link>,
}

impl MapEntry {
    /// The language of the page: the map's, when Safar speaks it.
    pub fn language(&self, settings: &Settings) -> Language {
        Language::from_tag(&self.journey.language).unwrap_or(settings.language)
    }
}

/// One persona of the site, with the maps that name it.
#[derive(Clone, Debug, Serialize)]
pub struct PersonaEntry {
    /// The page, under the site: `personas/sara.html`.
    pub page: String,
    pub persona: Persona,
    /// The language of the first map that names the persona.
    #[serde(serialize_with = "language_tag")]
    pub language: Language,
    /// The folder of the persona's map file, under the site (`maps/team/`), which its photo's
    /// relative address starts from.
    pub folder: String,
    pub maps: Vec<Link>,
}

/// A file published as it is: a map file, an image.
#[derive(Clone, Debug)]
pub struct Copy {
    pub to: String,
    pub bytes: Vec<u8>,
}

/// The whole site, planned.
#[derive(Debug)]
pub struct Site {
    pub settings: Settings,
    pub maps: Vec<MapEntry>,
    pub personas: Vec<PersonaEntry>,
    /// Map files, their single-map files and images, by where they go.
    pub copies: Vec<Copy>,
}

impl Site {
    /// Plans the site of `sources` (in their order) and `assets` (relative path, bytes).
    pub fn plan(settings: Settings, sources: Vec<MapSource>, assets: Vec<(String, Vec<u8>)>) -> Site {
        let mut taken = BTreeSet::new();
        let mut copies = Vec::new();
        let mut maps = Vec::new();
        // Personas with their map indexes; one persona named by maps of several files is one page
        // when the files agree on who it is.
        let mut personas: Vec<(Persona, Language, String, Vec<usize>)> = Vec::new();
        // Each file is taken apart as it is planned, so a large site holds each map once.
        for MapSource { relative, text, mut file } in sources {
            let (folder, stem) = split(&relative);
            let single = file.journeys.len() == 1;
            // The map file as it came, beside its pages; a file of one map is that map's data.
            let copied = unique(&mut taken, &format!("maps/{folder}"), stem);
            let copied_to = format!("maps/{folder}{copied}.json");
            copies.push(Copy { to: copied_to.clone(), bytes: text.into_bytes() });
            for journey in std::mem::take(&mut file.journeys) {
                let named: Vec<Persona> = file.personas_of(&journey).cloned().collect();
                let (page, data) = if single {
                    (format!("maps/{folder}{copied}.html"), copied_to.clone())
                } else {
                    let name = unique(&mut taken, &format!("maps/{folder}"), &format!("{stem}.{}", journey.id.as_str()));
                    let data = format!("maps/{folder}{name}.json");
                    let own = safar_core::JourneyFile::new(named.clone(), vec![journey.clone()]);
                    copies.push(Copy { to: data.clone(), bytes: own.to_json().into_bytes() });
                    (format!("maps/{folder}{name}.html"), data)
                };
                let language = Language::from_tag(&journey.language).unwrap_or(settings.language);
                for persona in &named {
                    match personas.iter_mut().find(|(p, ..)| p == persona) {
                        Some((.., named)) => named.push(maps.len()),
                        None => personas.push((persona.clone(), language, format!("maps/{folder}"), vec![maps.len()])),
                    }
                }
                maps.push(MapEntry { page, data, journey, personas: named, persona_pages: Vec::new() });
            }
        }
        for (relative, bytes) in assets {
            copies.push(Copy { to: format!("maps/{relative}"), bytes });
        }

        let mut persona_pages = BTreeSet::new();
        let personas: Vec<PersonaEntry> = personas
            .into_iter()
            .map(|(persona, language, folder, named)| {
                let name = unique(&mut persona_pages, "personas/", persona.id.as_str());
                let page = format!("personas/{name}.html");
                for &map in &named {
                    maps[map].persona_pages.push(Link { title: persona.name.clone(), page: page.clone() });
                }
                let maps = named.iter().map(|&m| Link { title: maps[m].journey.title.clone(), page: maps[m].page.clone() }).collect();
                PersonaEntry { page, persona, language, folder, maps }
            })
            .collect();
        Site { settings, maps, personas, copies }
    }

    /// Every page, for the sitemap: the index, then maps and personas in site order.
    pub fn pages(&self) -> impl Iterator<Item = &str> {
        std::iter::once("index.html")
            .chain(self.maps.iter().map(|m| m.page.as_str()))
            .chain(self.personas.iter().map(|p| p.page.as_str()))
    }

    /// The address of `to` (a path under the site) in a link on page `from`: under the base URL
    /// when there is one, else relative, so the site works from any folder and from disk.
    pub fn href(&self, from: &str, to: &str) -> String {
        let to = if to == "index.html" && self.settings.base_url.is_some() { "" } else { to };
        match &self.settings.base_url {
            Some(base) => format!("{base}{}", encode_path(to)),
            None => relative(from, to),
        }
    }

    /// The absolute address of a page, when the base URL is absolute (Open Graph, sitemaps).
    pub fn absolute(&self, page: &str) -> Option<String> {
        let base = self.settings.base_url.as_deref().filter(|b| b.starts_with("https://") || b.starts_with("http://"))?;
        let page = if page == "index.html" { "" } else { page };
        Some(format!("{base}{}", encode_path(page)))
    }
}

/// The shortest relative address of `to` from page `from` (both paths under the site).
fn relative(from: &str, to: &str) -> String {
    let from_dir: Vec<&str> = from.split('/').collect::<Vec<_>>().split_last().map(|(_, dir)| dir.to_vec()).unwrap_or_default();
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dir.iter().zip(&to_parts).take_while(|(a, b)| a == b).count().min(to_parts.len() - 1);
    format!("{}{}", "../".repeat(from_dir.len() - common), encode_path(&to_parts[common..].join("/")))
}

/// `team/onboarding.json` → (`team/`, `onboarding`).
fn split(relative: &str) -> (&str, &str) {
    let (folder, name) = match relative.rfind('/') {
        Some(i) => (&relative[..=i], &relative[i + 1..]),
        None => ("", relative),
    };
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    (folder, stem)
}

/// `name`, or `name-2`, `name-3`… whichever is free in `folder`; marks it taken. Names are
/// compared without case: on the file systems of Windows and macOS `Ana.html` and `ana.html`
/// are one file, and one page would overwrite the other.
fn unique(taken: &mut BTreeSet<String>, folder: &str, name: &str) -> String {
    let key = |candidate: &str, extension: &str| format!("{folder}{candidate}.{extension}").to_lowercase();
    let mut candidate = name.to_owned();
    let mut n = 2;
    while taken.contains(&key(&candidate, "html")) || taken.contains(&key(&candidate, "json")) {
        candidate = format!("{name}-{n}");
        n += 1;
    }
    taken.insert(key(&candidate, "html"));
    taken.insert(key(&candidate, "json"));
    candidate
}

/// A path for a URL: every byte outside the unreserved set (and `/`) percent-encoded, so names
/// with spaces, `#`, `?` or Persian letters make working links.
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The inverse of [`encode_path`]: `%XX` escapes made bytes again; malformed ones kept as
/// they are.
pub fn decode_path(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let Some(byte) = text.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_encoded_and_relative_to_the_page() {
        assert_eq!(encode_path("maps/سفر #1.html"), "maps/%D8%B3%D9%81%D8%B1%20%231.html");
        assert_eq!(decode_path(&encode_path("maps/سفر #1.html")), "maps/سفر #1.html");
        assert_eq!(decode_path("/a%2"), "/a%2");
        let site = Site { settings: Settings { title: None, language: Language::English, base_url: None, widget: false }, maps: vec![], personas: vec![], copies: vec![] };
        assert_eq!(site.href("maps/team/a.html", "personas/p.html"), "../../personas/p.html");
        assert_eq!(site.href("index.html", "maps/a.html"), "maps/a.html");
        assert_eq!(site.href("maps/team/a.html", "maps/team/a.json"), "a.json");
        assert_eq!(site.href("maps/team/a.html", "maps/b.json"), "../b.json");
        assert_eq!(site.href("maps/a.html", "index.html"), "../index.html");
        let site = Site { settings: Settings { base_url: Some("/journeys/".into()), ..site.settings }, ..site };
        assert_eq!(site.href("maps/team/a.html", "index.html"), "/journeys/");
        assert_eq!(site.absolute("maps/a.html"), None);
    }

    #[test]
    fn names_stay_unique() {
        let mut taken = BTreeSet::new();
        assert_eq!(unique(&mut taken, "maps/", "a"), "a");
        assert_eq!(unique(&mut taken, "maps/", "a"), "a-2");
        assert_eq!(unique(&mut taken, "maps/", "A"), "A-3", "names differ by more than case");
        assert_eq!(unique(&mut taken, "maps/", "A-2"), "A-2-2");
        assert_eq!(unique(&mut taken, "personas/", "Ana"), "Ana");
        assert_eq!(unique(&mut taken, "personas/", "ana"), "ana-2");
        assert_eq!(split("team/x.y.json"), ("team/", "x.y"));
    }
}
