//! The site's pages as Leptos views rendered to HTML: the index, one page per map and one per
//! persona. Maps and personas are drawn by the app's own viewer (`safar_view`); this module
//! only adds what a website needs around them. Leptos escapes every text and attribute, so no
//! map's words can become markup.

use super::downloads::Download;
use super::plan::{Link, MapEntry, PersonaEntry, Site};
use crate::export::Format;
use leptos::prelude::*;
use safar_view::i18n::{catalog, I18n};
use safar_view::{JourneyMap, PersonaCard};
use safar_core::template::map_type_name;
use safar_core::url::is_safe_url;
use safar_core::{Journey, Language};
use safar_i18n::{endonym, Locale, Message};

/// What every page allows itself: its own files, and the widget's WebAssembly; images also from
/// any https address (the format allows them in persona photos and cards). No inline script or
/// style anywhere, not even in the maps' markup.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' https: data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

/// No address of the site leaks to the sites its maps link to: an intranet's paths (and the map
/// names in them) are its own. Pages say so in a `<meta>`; `safar serve` sends it as a header.
pub const REFERRER_POLICY: &str = "no-referrer";

/// The site's shared files, under the site.
pub const STYLESHEET: &str = "assets/safar-site.css";
pub const SCRIPT: &str = "assets/safar-site.js";
pub const ICON: &str = "assets/favicon.svg";
pub const WIDGET_SCRIPT: &str = "widget/safar-widget.js";
/// The picture client, in the widget's folder: a map page's Print draws its pages with it.
pub const PICTURE_SCRIPT: &str = "widget/safar-picture.js";
pub const FONT: &str = "assets/fonts/Vazirmatn-NL[wght].woff2";

/// Words of the site in one language.
#[derive(Clone, Copy)]
struct Words(Locale);

impl Words {
    fn new(language: Language) -> Words {
        Words(Locale::new(language))
    }

    fn text(self, id: &str) -> String {
        catalog(self.0).text(id)
    }

    fn format(self, message: Message) -> String {
        catalog(self.0).format(&message)
    }

    fn number(self, n: usize) -> String {
        self.0.number(n as f64)
    }
}

/// The parts of `<head>` that change from page to page.
struct Head {
    page: String,
    title: String,
    description: String,
    /// `website` for the index, `article` for the rest.
    kind: &'static str,
    /// The fingerprint of the page's inputs, which incremental publishing compares.
    fingerprint: String,
    widget: bool,
}

fn og_locale(language: Language) -> &'static str {
    match language {
        Language::English => "en_GB",
        Language::Persian => "fa_IR",
        Language::Arabic => "ar_AR",
    }
}

/// An Open Graph `<meta property content>`, for link previews in chat and intranet tools.
fn open_graph(property: &'static str, content: impl Into<String>) -> impl IntoView {
    leptos::html::meta().attr("property", property).attr("content", content.into())
}

/// A whole page: the doctype, `<html lang dir>`, the head and `body`.
fn document(site: &Site, language: Language, head: Head, body: impl IntoView + 'static) -> String {
    let href = |to: &str| site.href(&head.page, to);
    let font_href = href(FONT);
    let url = site.absolute(&head.page);
    let site_name = site_title(site, Words::new(language));
    let widget = (head.widget && site.settings.widget).then(|| view! { <script type="module" src=href(WIDGET_SCRIPT)></script> });
    let html = view! {
        <html lang=language.tag() dir=language.direction().as_str()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta http-equiv="Content-Security-Policy" content=CONTENT_SECURITY_POLICY/>
                <meta name="referrer" content=REFERRER_POLICY/>
                <title>{head.title.clone()}</title>
                <meta name="description" content=head.description.clone()/>
                <meta name="generator" content=concat!("Safar ", env!("CARGO_PKG_VERSION"))/>
                <meta name="safar-input" content=head.fingerprint/>
                {open_graph("og:type", head.kind)}
                {open_graph("og:title", head.title)}
                {open_graph("og:description", head.description)}
                {open_graph("og:site_name", site_name)}
                {open_graph("og:locale", og_locale(language))}
                {url.clone().map(|url| open_graph("og:url", url))}
                {url.map(|url| view! { <link rel="canonical" href=url/> })}
                <link rel="icon" href=href(ICON) type="image/svg+xml"/>
                <link rel="stylesheet" href=href(STYLESHEET)/>
                // Before the body is drawn, so what only works with JavaScript takes its place
                // from the first frame and nothing moves when it starts.
                <script src=href(SCRIPT)></script>
                {widget}
            </head>
            <body>{body}</body>
        </html>
    };
    // Leptos marks empty places with `<!>` for hydration, which a static page never does. No
    // text of a map can contain it: every `<` of theirs is escaped.
    let mut html = html.to_html().replace("<!>", "");
    // A page with Persian or Arabic text asks for the font at once, so the text is not drawn
    // first in a fallback font and moved when the font arrives.
    if html.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        let stylesheet = "<link rel=\"stylesheet\"";
        let preload = format!("<link rel=\"preload\" href=\"{}\" as=\"font\" type=\"font/woff2\" crossorigin=\"\">{stylesheet}", font_href);
        html = html.replacen(stylesheet, &preload, 1);
    }
    format!("<!DOCTYPE html>\n{html}\n")
}

/// Renders a page under a reactive owner of its own, with the viewer's words in `language`.
fn rendered(language: Language, page: impl FnOnce() -> String) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(I18n::fixed(Locale::new(language)));
        page()
    });
    owner.cleanup();
    html
}

/// The site's name: its `--title`, else the words for journey maps in the page's language.
fn site_title(site: &Site, words: Words) -> String {
    site.settings.title.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| words.text("site-default-title"))
}

fn map_title(journey: &Journey, words: Words) -> String {
    if journey.title.trim().is_empty() {
        words.text("viewer-untitled")
    } else {
        journey.title.clone()
    }
}

/// The skip link and the bar at the top: the site's name, and where this page is in it.
fn top(site: &Site, page: &str, words: Words, here: Option<String>) -> impl IntoView + use<> {
    let name = site_title(site, words);
    let index = site.href(page, "index.html");
    let trail = here.map(|here| {
        view! {
            <nav class="breadcrumb" aria-label=words.text("site-breadcrumb")>
                <ol>
                    <li><a href=index.clone()>{name.clone()}</a></li>
                    <li><a href="" aria-current="page" dir="auto">{here}</a></li>
                </ol>
            </nav>
        }
    });
    // The index names the site; other pages name it as the first step of their trail.
    let brand = trail.is_none().then(|| view! { <a class="brand" href=index>{name}</a> });
    view! {
        <a class="skip-link" href="#main">{words.text("site-skip-to-content")}</a>
        <header class="app-bar site-bar">{brand} {trail}</header>
    }
}

fn bottom(words: Words) -> impl IntoView + use<> {
    view! {
        <footer class="site-footer">
            <p>{words.text("site-published-with")}</p>
        </footer>
    }
}

/// Links to other pages, as a list.
fn links(site: &Site, page: &str, items: &[Link]) -> impl IntoView + use<> {
    let items: Vec<_> = items.iter().map(|l| (site.href(page, &l.page), l.title.clone())).collect();
    view! {
        <ul class="site-links">
            {items.into_iter().map(|(href, title)| view! { <li><a href=href dir="auto">{title}</a></li> }).collect_view()}
        </ul>
    }
}

/// The index: every map, with filters and a search that work when JavaScript does, and a plain
/// table of every map when it does not.
pub fn index(site: &Site, fingerprint: String) -> String {
    rendered(site.settings.language, || index_page(site, fingerprint))
}

fn index_page(site: &Site, fingerprint: String) -> String {
    let language = site.settings.language;
    let words = Words::new(language);
    let page = "index.html";
    let title = site_title(site, words);
    let count = words.format(Message::new("site-maps-count").arg("count", site.maps.len()));
    let description = words.format(Message::new("site-index-description").arg("count", site.maps.len()));

    let mut types: Vec<_> = site.maps.iter().map(|m| m.journey.map_type).collect();
    types.sort_by_key(|t| safar_core::MapType::ALL.iter().position(|a| a == t));
    types.dedup();
    let mut languages: Vec<String> = site.maps.iter().map(|m| m.journey.language.clone()).collect();
    languages.sort();
    languages.dedup();
    let type_options = types
        .into_iter()
        .map(|t| view! { <option value=map_type_key(t)>{map_type_name(t, language)}</option> })
        .collect_view();
    let language_options = languages
        .into_iter()
        .map(|tag| {
            let name = language_name(&tag);
            view! { <option value=tag>{name}</option> }
        })
        .collect_view();
    let persona_options = site
        .personas
        .iter()
        .map(|p| view! { <option value=p.page.clone() dir="auto">{p.persona.name.clone()}</option> })
        .collect_view();

    let rows = site.maps.iter().map(|map| index_row(site, page, map, words)).collect_view();
    let personas = site.personas.iter().map(|p| Link { title: p.persona.name.clone(), page: p.page.clone() }).collect::<Vec<_>>();
    let status = words.format(Message::new("site-filter-status").arg("shown", "{shown}").arg("total", "{total}"));
    // Written now, so the line holds its place before the script first counts.
    let total = words.number(site.maps.len());
    let status_now = status.replace("{shown}", &total).replace("{total}", &total);
    let body = view! {
        {top(site, page, words, None)}
        <main id="main" class="site-main">
            <h1 dir="auto">{title.clone()}</h1>
            <p class="site-count">{count}</p>
            <form class="map-filters js-only" role="search" aria-label=words.text("site-filters")>
                <div class="field">
                    <label for="map-search">{words.text("site-search-label")}</label>
                    <input id="map-search" type="search" autocomplete="off"/>
                </div>
                <div class="field">
                    <label for="filter-type">{words.text("site-filter-type")}</label>
                    <select id="filter-type" data-filter="type">
                        <option value="">{words.text("site-filter-all-types")}</option>
                        {type_options}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-persona">{words.text("site-filter-persona")}</label>
                    <select id="filter-persona" data-filter="personas">
                        <option value="">{words.text("site-filter-all-personas")}</option>
                        {persona_options}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-language">{words.text("site-filter-language")}</label>
                    <select id="filter-language" data-filter="language">
                        <option value="">{words.text("site-filter-all-languages")}</option>
                        {language_options}
                    </select>
                </div>
            </form>
            <p class="filter-status js-only" role="status" data-template=status data-digits=words.0.digits.numbering_system()>{status_now}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=title.clone()>
                <table class="map-index">
                    <thead>
                        <tr>
                            <th scope="col">{words.text("site-column-map")}</th>
                            <th scope="col">{words.text("site-column-personas")}</th>
                            <th scope="col">{words.text("site-column-type")}</th>
                            <th scope="col">{words.text("site-column-language")}</th>
                            <th scope="col">{words.text("site-column-stages")}</th>
                            <th scope="col">{words.text("site-column-edited")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="filter-empty" hidden>{words.text("site-filter-none")}</p>
            {(!personas.is_empty()).then(|| view! {
                <section class="site-personas" aria-labelledby="personas-heading">
                    <h2 id="personas-heading">{words.text("site-personas-heading")}</h2>
                    {links(site, page, &personas)}
                </section>
            })}
        </main>
        {bottom(words)}
    };
    let head = Head { page: page.to_owned(), title, description, kind: "website", fingerprint, widget: false };
    document(site, language, head, body)
}

fn index_row(site: &Site, page: &str, map: &MapEntry, words: Words) -> impl IntoView + use<> {
    let journey = &map.journey;
    let language = words.0.language;
    let tag = journey.language.clone();
    let persona_links: Vec<_> = map.persona_pages.iter().map(|p| (site.href(page, &p.page), p.title.clone())).collect();
    let search = format!(
        "{} {} {} {}",
        journey.title,
        map.persona_pages.iter().map(|p| p.title.as_str()).collect::<Vec<_>>().join(" "),
        map_type_name(journey.map_type, language),
        language_name(&tag)
    );
    let updated = journey.updated.get(..10).unwrap_or(&journey.updated).to_owned();
    let shown = safar_view::i18n::show_date(&updated, words.0);
    let personas_attr = map.persona_pages.iter().map(|p| p.page.as_str()).collect::<Vec<_>>().join(" ");
    let direction = Language::from_tag(&tag).map(|l| l.direction().as_str()).unwrap_or("auto");
    view! {
        <tr data-type=map_type_key(journey.map_type) data-language=tag.clone() data-personas=personas_attr data-search=search>
            <th scope="row">
                <a href=site.href(page, &map.page) lang=tag.clone() dir=direction>{map_title(journey, words)}</a>
            </th>
            <td>
                <ul class="inline-list">
                    {persona_links.into_iter().map(|(href, name)| view! { <li><a href=href dir="auto">{name}</a></li> }).collect_view()}
                </ul>
            </td>
            <td>{map_type_name(journey.map_type, language)}</td>
            <td>{language_name(&tag)}</td>
            <td>{words.number(journey.stages.len())}</td>
            <td><time datetime=updated>{shown}</time></td>
        </tr>
    }
}

fn map_type_key(map_type: safar_core::MapType) -> String {
    serde_json::to_value(map_type).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// A language's own name when Safar speaks it; its tag otherwise.
fn language_name(tag: &str) -> String {
    Language::from_tag(tag).map_or_else(|| tag.to_owned(), |l| endonym(l).to_owned())
}

/// A map's page: the map drawn by the viewer, readable without JavaScript, which the widget
/// takes over in place when it starts.
pub fn map(site: &Site, map: &MapEntry, downloads: &[Download], fingerprint: String) -> String {
    rendered(map.language(&site.settings), || map_page(site, map, downloads, fingerprint))
}

fn map_page(site: &Site, map: &MapEntry, downloads: &[Download], fingerprint: String) -> String {
    let language = map.language(&site.settings);
    let words = Words::new(language);
    let page = map.page.as_str();
    let journey = map.journey.clone();
    let title = format!("{} · {}", map_title(&journey, words), site_title(site, words));
    let description = map_description(map, words);
    let direction = journey.direction.as_str();
    let view_controls = site.settings.widget.then(|| view_controls(&journey, words));
    let personas = (!map.persona_pages.is_empty()).then(|| {
        view! {
            <section class="site-personas" aria-labelledby="map-personas-heading">
                <h2 id="map-personas-heading">{words.text("site-map-personas-heading")}</h2>
                {links(site, page, &map.persona_pages)}
            </section>
        }
    });
    let shown = journey.clone();
    let file_personas = map.personas.clone();
    let body = view! {
        {top(site, page, words, Some(map_title(&journey, words)))}
        <main id="main" class="site-main site-map">
            {view_controls}
            <safar-journey-map src=site.href(page, &map.data) lang=language.tag() mode="view">
                <div class="safar-widget safar-static" lang=journey.language.clone() dir=direction>
                    <JourneyMap journey=shown personas=file_personas/>
                </div>
            </safar-journey-map>
            {personas}
            {download_list(site, map, downloads, words)}
        </main>
        {bottom(words)}
    };
    let head = Head { page: page.to_owned(), title, description, kind: "article", fingerprint, widget: true };
    document(site, language, head, body)
}

/// What a map page offers to download: its pictures, its PDF and the map file.
fn download_list(site: &Site, map: &MapEntry, downloads: &[Download], words: Words) -> impl IntoView + use<> {
    let page = map.page.as_str();
    let data_bytes = site.copies.iter().find(|c| c.to == map.data).map_or(0, |c| c.bytes.len() as u64);
    let data_label = words.format(Message::new("site-download-map").arg("size", words.format(Message::size(data_bytes))));
    let items = downloads
        .iter()
        .map(|download| {
            let size = words.format(Message::size(download.bytes));
            let (label, kind) = match download.format {
                Format::Svg => (Message::new("site-download-svg").arg("size", size), "image/svg+xml"),
                Format::Png => (Message::new("site-download-png").arg("size", size), "image/png"),
                Format::Pdf if download.paper == "long" => (Message::new("site-download-pdf-long").arg("size", size), "application/pdf"),
                Format::Pdf => (Message::new("site-download-pdf").arg("paper", download.paper.to_uppercase()).arg("size", size), "application/pdf"),
            };
            view! { <li><a href=site.href(page, &download.path) download="" type=kind>{words.format(label)}</a></li> }
        })
        .collect_view();
    // With JavaScript, the PDF's pages print through the browser's print dialog (as the app's
    // Print does); without it, the page's print style lays the map out as it can.
    let print = downloads.iter().find(|d| d.format == Format::Pdf).map(|pdf| {
        let label = if pdf.paper == "long" {
            words.text("site-print-long")
        } else {
            words.format(Message::new("site-print").arg("paper", pdf.paper.to_uppercase()))
        };
        view! {
            <div class="site-print js-only">
                <button type="button" class="site-print-button" data-pictures=site.href(page, PICTURE_SCRIPT) data-paper=pdf.paper
                    data-failed=words.text("site-print-failed")>{label}</button>
                <p class="site-print-status" role="status"></p>
            </div>
        }
    });
    view! {
        <section class="site-download" aria-labelledby="map-download-heading">
            <h2 id="map-download-heading">{words.text("site-download-heading")}</h2>
            <ul class="site-links">
                {items}
                <li><a href=site.href(page, &map.data) download="" type="application/json">{data_label}</a></li>
            </ul>
            {print}
        </section>
    }
}


/// Lane and stage choices, shown only when JavaScript runs; the script sets the widget's
/// `lanes` and `stage` attributes from them.
fn view_controls(journey: &Journey, words: Words) -> impl IntoView + use<> {
    let lanes = journey
        .lanes
        .iter()
        .filter(|l| !l.hidden)
        .map(|lane| {
            let id = format!("lane-{}", lane.id);
            let label_for = id.clone();
            view! {
                <label class="choice" for=label_for>
                    <input type="checkbox" id=id value=lane.id.to_string() checked=true/>
                    <span dir="auto">{lane.name.clone()}</span>
                </label>
            }
        })
        .collect_view();
    let stages = journey.stages.iter().map(|s| view! { <option value=s.id.to_string() dir="auto">{s.name.clone()}</option> }).collect_view();
    view! {
        <form class="map-view js-only" aria-label=words.text("site-view-heading")>
            <fieldset class="map-view-lanes">
                <legend>{words.text("site-view-lanes")}</legend>
                {lanes}
            </fieldset>
            <div class="field">
                <label for="view-stage">{words.text("site-view-stage")}</label>
                <select id="view-stage">
                    <option value="">{words.text("site-view-all-stages")}</option>
                    {stages}
                </select>
            </div>
        </form>
    }
}

/// The meta description: the map's goal or scenario, else what kind of map it is and for whom.
fn map_description(map: &MapEntry, words: Words) -> String {
    let journey = &map.journey;
    let own = [&journey.goal, &journey.scenario].into_iter().find(|t| !t.trim().is_empty());
    match own {
        Some(text) => shorten(text),
        None => {
            let names = map.persona_pages.iter().map(|p| p.title.as_str()).collect::<Vec<_>>();
            let kind = map_type_name(journey.map_type, words.0.language);
            let message = if names.is_empty() {
                Message::new("site-map-description-plain").arg("kind", kind)
            } else {
                Message::new("site-map-description").arg("kind", kind).arg("personas", names.join(safar_i18n::list_separator(words.0.language)))
            };
            words.format(message.arg("stages", journey.stages.len()))
        }
    }
}

/// At most 160 characters, cut at a word.
fn shorten(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= 160 {
        return text;
    }
    let cut: String = text.chars().take(159).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// A persona's page: the persona as the viewer draws it, and the maps that name them.
pub fn persona(site: &Site, entry: &PersonaEntry, fingerprint: String) -> String {
    rendered(entry.language, || persona_page(site, entry, fingerprint))
}

fn persona_page(site: &Site, entry: &PersonaEntry, fingerprint: String) -> String {
    let language = entry.language;
    let words = Words::new(language);
    let page = entry.page.as_str();
    let name = entry.persona.name.clone();
    let title = format!("{} · {}", name, site_title(site, words));
    let description = if entry.persona.description.trim().is_empty() {
        words.format(Message::new("site-persona-description").arg("name", name.clone()).arg("count", entry.maps.len()))
    } else {
        shorten(&entry.persona.description)
    };
    let mut persona = entry.persona.clone();
    // The photo's address is relative to the persona's map file, which is in another folder.
    if let Some(photo) = persona.photo.as_mut() {
        if is_safe_url(&photo.url, true) && safar_core::url::is_relative(&photo.url) {
            photo.url = site.href(page, &format!("{}{}", entry.folder, photo.url));
        }
    }
    let language_signal = RwSignal::new(language).read_only();
    let body = view! {
        {top(site, page, words, Some(name))}
        <main id="main" class="site-main site-persona">
            <PersonaCard persona=persona language=language_signal top_level=true/>
            <section class="site-maps" aria-labelledby="persona-maps-heading">
                <h2 id="persona-maps-heading">{words.text("site-persona-maps-heading")}</h2>
                {links(site, page, &entry.maps)}
            </section>
        </main>
        {bottom(words)}
    };
    let head = Head { page: page.to_owned(), title, description, kind: "profile", fingerprint, widget: false };
    document(site, language, head, body)
}
