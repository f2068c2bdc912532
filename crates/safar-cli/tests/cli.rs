//! The `safar` command as people run it: on a folder of real maps (the bundled examples in
//! English, Persian and Arabic, a file of two maps, a map full of hostile text) and on broken
//! files, checking the site it writes, its exit codes and what it says.

use scraper::{Html, Selector};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A fresh, empty folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("safar-cli-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn safar(args: &[&str]) -> Output {
    safar_in_language(args, "C")
}

fn safar_in_language(args: &[&str], lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_safar")).args(args).env("LC_ALL", lang).env_remove("LANG").output().expect("safar runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn example(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(workspace().join("examples").join(name)).unwrap()).unwrap()
}

/// Strings that would run script if any page put them into its markup unescaped.
const HOSTILE_TITLE: &str = "<script>alert('title')</script> & \"quoted\"";
const HOSTILE_PERSONA: &str = "\"><img src=x onerror=alert(1)>";
const HOSTILE_STAGE: &str = "</title><script>alert(2)</script>";
const HOSTILE_GOAL: &str = "<iframe srcdoc=\"<script>alert(3)</script>\"></iframe>";
const HOSTILE_NOTE: &str = "<svg onload=alert(4)>";
const HOSTILE_LANE: &str = "' onmouseover='alert(5)";

/// The maps folder the site tests publish: the three examples with their images, a file of two
/// maps in a sub-folder, and a map whose every text is hostile.
fn maps_folder(name: &str) -> PathBuf {
    let maps = scratch(name);
    for file in ["en-online-electronics.journey.json", "fa-bank-account.journey.json", "ar-telecom-subscription.journey.json"] {
        std::fs::copy(workspace().join("examples").join(file), maps.join(file)).unwrap();
    }
    // The examples name their images relative to themselves: images/, beside the maps.
    std::fs::create_dir_all(maps.join("images")).unwrap();
    for image in std::fs::read_dir(workspace().join("examples/images")).unwrap() {
        let image = image.unwrap();
        std::fs::copy(image.path(), maps.join("images").join(image.file_name())).unwrap();
    }

    let mut two = example("en-online-electronics.journey.json");
    let mut second = two["journeys"][0].clone();
    second["id"] = json!("future-checkout");
    second["title"] = json!("Buying a laptop (future state)");
    second["type"] = json!("future-state");
    two["journeys"].as_array_mut().unwrap().push(second);
    two["journeys"][0]["id"] = json!("current-checkout");
    // Its images are found from its own folder, as a map's relative addresses are.
    std::fs::create_dir_all(maps.join("team/images")).unwrap();
    for image in std::fs::read_dir(workspace().join("examples/images")).unwrap() {
        let image = image.unwrap();
        std::fs::copy(image.path(), maps.join("team/images").join(image.file_name())).unwrap();
    }
    std::fs::write(maps.join("team/two-maps.json"), serde_json::to_string_pretty(&two).unwrap()).unwrap();

    let mut xss = example("en-online-electronics.journey.json");
    let journey = &mut xss["journeys"][0];
    journey["id"] = json!("hostile");
    journey["title"] = json!(HOSTILE_TITLE);
    journey["goal"] = json!(HOSTILE_GOAL);
    journey["stages"][0]["name"] = json!(HOSTILE_STAGE);
    journey["lanes"][0]["name"] = json!(HOSTILE_LANE);
    for cell in journey["cells"].as_array_mut().unwrap() {
        for card in cell["cards"].as_array_mut().unwrap() {
            if card["kind"] == "note" {
                card["text"] = json!(HOSTILE_NOTE);
            }
        }
    }
    xss["personas"][0]["id"] = json!("hostile-persona");
    xss["personas"][0]["name"] = json!(HOSTILE_PERSONA);
    journey_personas(&mut xss, "hostile-persona");
    std::fs::write(maps.join("hostile.json"), serde_json::to_string_pretty(&xss).unwrap()).unwrap();
    maps
}

fn journey_personas(file: &mut Value, id: &str) {
    for journey in file["journeys"].as_array_mut().unwrap() {
        journey["personas"] = json!([id]);
    }
}

/// Every file under `dir`, by path relative to it, with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(top: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(top, &path, out);
            } else {
                let relative = path.strip_prefix(top).unwrap().to_string_lossy().replace('\\', "/");
                out.insert(relative, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn publish(maps: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["publish", maps.to_str().unwrap(), "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let output = safar(&args);
    assert!(output.status.success(), "publish failed: {}", text(&output.stderr));
    output
}

fn select<'a>(html: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(selector).unwrap()).collect()
}

fn attr(html: &Html, selector: &str, name: &str) -> Option<String> {
    select(html, selector).first().and_then(|e| e.value().attr(name)).map(str::to_owned)
}

fn page(site: &Path, path: &str) -> Html {
    Html::parse_document(&std::fs::read_to_string(site.join(path)).unwrap_or_else(|e| panic!("{path}: {e}")))
}

/// `href` (relative to `from`, without its query or fragment) as a path under the site.
fn resolve(from: &str, href: &str) -> Option<String> {
    let href = href.split(['#', '?']).next().unwrap();
    if href.is_empty() || href.contains(':') {
        return None;
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for part in href.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            part => parts.push(part),
        }
    }
    let joined = parts.join("/");
    Some(percent_decode(&joined))
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Some(byte) = text.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn a_folder_of_maps_becomes_a_site_of_valid_linked_pages() {
    let maps = maps_folder("site-maps");
    let site = scratch("site-out");
    let output = publish(&maps, &site, &["--no-widget", "--title", "Voltline & friends"]);
    let said = text(&output.stdout);
    assert!(said.contains("Published 6 maps"), "{said}");
    assert_eq!(text(&output.stderr), "", "every image the maps name is there");

    let all = files(&site);
    for expected in [
        "index.html",
        "sitemap.xml",
        "assets/safar-site.css",
        "assets/safar-site.js",
        "assets/favicon.svg",
        "assets/safar-icons.svg",
        "assets/fonts/Vazirmatn-NL[wght].woff2",
        "maps/en-online-electronics.journey.html",
        "maps/en-online-electronics.journey.json",
        "maps/fa-bank-account.journey.html",
        "maps/ar-telecom-subscription.journey.html",
        "maps/hostile.html",
        "maps/team/two-maps.json",
        "maps/team/two-maps.current-checkout.html",
        "maps/team/two-maps.current-checkout.json",
        "maps/team/two-maps.future-checkout.html",
        "maps/team/two-maps.future-checkout.json",
        "maps/images/en-store-demo.svg",
        "personas/persona-maya.html",
        "personas/hostile-persona.html",
    ] {
        assert!(all.contains_key(expected), "{expected} is missing; the site has {:?}", all.keys().collect::<Vec<_>>());
    }
    assert!(!all.keys().any(|p| p.starts_with("widget/")), "--no-widget publishes no widget");
    // The pages' text is drawn before the font arrives; it never moves for a late one.
    let css = String::from_utf8(all["assets/safar-site.css"].clone()).unwrap();
    assert!(css.contains("font-display: optional;") && !css.contains("font-display: swap;"), "the site's font is optional");

    // A file of two maps gives each its own data file, which opens as a map of its own.
    let one: safar_core::JourneyFile =
        safar_core::JourneyFile::from_json(&text(&all["maps/team/two-maps.future-checkout.json"])).expect("a valid map file");
    assert_eq!(one.journeys.len(), 1);
    assert_eq!(one.journeys[0].title, "Buying a laptop (future state)");

    let pages: Vec<&String> = all.keys().filter(|p| p.ends_with(".html")).collect();
    assert_eq!(pages.len(), 1 + 6 + 4, "the index, six maps and four personas: {pages:?}");
    for path in &pages {
        let source = text(&all[*path]);
        assert!(source.starts_with("<!DOCTYPE html>\n<html"), "{path} starts with a doctype");
        let html = Html::parse_document(&source);
        assert!(html.errors.is_empty(), "{path} is not valid HTML: {:?}", html.errors);
        // Every page describes itself.
        let lang = attr(&html, "html", "lang").expect("lang");
        let dir = attr(&html, "html", "dir").expect("dir");
        assert_eq!(dir, if lang == "en" { "ltr" } else { "rtl" }, "{path}");
        assert!(!select(&html, "title").is_empty(), "{path} has a title");
        for meta in ["meta[name=description]", "meta[property='og:title']", "meta[property='og:description']", "meta[property='og:locale']"] {
            assert!(attr(&html, meta, "content").is_some_and(|c| !c.trim().is_empty()), "{path}: {meta}");
        }
        let policy = attr(&html, "meta[http-equiv=Content-Security-Policy]", "content").expect("a CSP");
        assert!(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), "{path}: {policy}");
        // No address of the site (and no map name in it) goes to the sites its maps link to.
        assert_eq!(select(&html, "head meta[name=referrer]").iter().map(|m| m.value().attr("content")).collect::<Vec<_>>(), [Some("no-referrer")], "{path}");
        // The policy holds: no inline script or style, no event handler attributes.
        for script in select(&html, "script") {
            assert!(script.value().attr("src").is_some() && script.inner_html().is_empty(), "{path} has an inline script");
        }
        assert!(select(&html, "style, [style]").is_empty(), "{path} has inline style");
        for element in html.root_element().descendants().filter_map(scraper::ElementRef::wrap) {
            for (name, value) in element.value().attrs() {
                assert!(!name.starts_with("on"), "{path}: <{} {name}={value:?}>", element.value().name());
                if name == "href" || name == "src" {
                    assert!(!value.trim_start().to_ascii_lowercase().starts_with("javascript:"), "{path}: {name}={value}");
                }
            }
        }
        // Every relative link and source finds its file.
        for element in select(&html, "[href], [src]") {
            let value = element.value().attr("href").or(element.value().attr("src")).unwrap();
            if let Some(target) = resolve(path, value) {
                let target = if target.is_empty() || target.ends_with('/') { format!("{target}index.html") } else { target };
                assert!(all.contains_key(&target), "{path} links to {value}, which is not in the site");
            }
        }
    }

    // The index lists every map with its persona, type, language, stages and date.
    let index = page(&site, "index.html");
    assert_eq!(select(&index, "h1")[0].text().collect::<String>(), "Voltline & friends");
    let rows = select(&index, ".map-index tbody tr");
    assert_eq!(rows.len(), 6);
    let fa = rows.iter().find(|r| r.value().attr("data-language") == Some("fa")).expect("the Persian map");
    let cells: Vec<String> = fa.select(&Selector::parse("td").unwrap()).map(|c| c.text().collect::<String>()).collect();
    assert_eq!(cells[2], "فارسی");
    assert!(cells[3].parse::<usize>().is_ok_and(|n| n > 0), "stages: {cells:?}");
    assert!(select(&index, "time[datetime]").len() == 6);
    assert!(!select(&index, "form.map-filters.js-only input[type=search]").is_empty());
    assert_eq!(select(&index, "#filter-language option").len(), 4, "all, en, fa and ar");

    // A Persian map's page is right to left, drawn by the viewer with its emotion curve.
    let map = page(&site, "maps/fa-bank-account.journey.html");
    assert_eq!(attr(&map, "html", "dir").as_deref(), Some("rtl"));
    assert_eq!(attr(&map, "html", "lang").as_deref(), Some("fa"));
    assert_eq!(attr(&map, "safar-journey-map", "src").as_deref(), Some("fa-bank-account.journey.json"));
    assert!(!select(&map, "safar-journey-map article.journey-map[dir=rtl] h1").is_empty());
    assert!(!select(&map, "svg.curve polyline.curve-line").is_empty(), "the emotion curve is inline SVG");
    assert!(select(&map, ".map-view").is_empty(), "no lane choices without the widget");
    // Persona pages link back to the maps that name them.
    let persona = page(&site, "personas/persona-maya.html");
    let linked: Vec<_> = select(&persona, ".site-maps a").iter().map(|a| a.value().attr("href").unwrap().to_owned()).collect();
    assert!(linked.contains(&"../maps/en-online-electronics.journey.html".to_owned()), "{linked:?}");
    assert_eq!(select(&persona, "h1").len(), 1);

    let sitemap = text(&all["sitemap.xml"]);
    assert_eq!(sitemap.matches("<url>").count(), 11);
    assert!(sitemap.contains("<loc>maps/fa-bank-account.journey.html</loc><lastmod>"));

    // Every map page offers its picture, its PDF and its file, drawn at publish time, with sizes.
    let links = select(&map, ".site-download a");
    let hrefs: Vec<_> = links.iter().map(|a| a.value().attr("href").unwrap()).collect();
    assert_eq!(
        hrefs,
        ["../downloads/fa-bank-account.journey.svg", "../downloads/fa-bank-account.journey.png", "../downloads/fa-bank-account.journey.pdf", "fa-bank-account.journey.json"]
    );
    let names: Vec<String> = links.iter().map(|a| a.text().collect()).collect();
    assert!(names[0].starts_with("تصویر (SVG\u{200f}، ") && names[0].ends_with("کیلوبایت)") && !names[0].chars().any(|c| c.is_ascii_digit()), "{names:?}");
    assert!(names[2].starts_with("PDF در صفحه‌های A3"), "{names:?}");
    let sized = |name: &str, path: &str| {
        let kb = (all[path].len() as f64 / 1000.0).ceil().to_string();
        let persian: String = kb.chars().map(|c| char::from_u32(0x06F0 + c.to_digit(10).unwrap()).unwrap()).collect();
        assert!(name.contains(&persian), "{name} says the size of {path}, {kb} KB");
    };
    sized(&names[0], "downloads/fa-bank-account.journey.svg");
    sized(&names[3], "maps/fa-bank-account.journey.json");
    for (page, title) in [
        ("fa-bank-account.journey", "افتتاح حساب"),
        ("en-online-electronics.journey", "Buying a laptop"),
        ("hostile", "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"),
        ("team/two-maps.future-checkout", "Buying a laptop (future state)"),
    ] {
        let svg = &all[&format!("downloads/{page}.svg")];
        safar_core::svg::check(svg).unwrap_or_else(|e| panic!("{page}.svg is not a safe SVG: {e:?}"));
        assert!(text(svg).contains(title), "{page}.svg draws its title");
        assert!(all[&format!("downloads/{page}.png")].starts_with(b"\x89PNG\r\n\x1a\n"), "{page}.png is a PNG");
        assert!(all[&format!("downloads/{page}.pdf")].starts_with(b"%PDF-"), "{page}.pdf is a PDF");
    }
    let manifest = text(&all[".safar-site"]);
    assert!(manifest.lines().any(|l| l.starts_with("downloads/hostile.pdf\t")), "a download is listed with its inputs: {manifest}");
}

/// A folder holding one map of `stages` stages and one lane, from the blank template.
fn wide_map_folder(name: &str, stages: usize) -> PathBuf {
    let maps = scratch(name);
    let file = maps.join("wide.json");
    assert!(safar(&["new", "--template", "blank", file.to_str().unwrap()]).status.success());
    let mut map: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let journey = &mut map["journeys"][0];
    journey["stages"] = (1..=stages).map(|n| json!({ "id": format!("s{n}"), "name": format!("Stage {n}") })).collect();
    journey["lanes"].as_array_mut().unwrap().truncate(1);
    std::fs::write(&file, serde_json::to_string(&map).unwrap()).unwrap();
    maps
}

#[test]
fn publish_draws_the_downloads_asked_for() {
    let maps = wide_map_folder("downloads-maps", 3);
    let site = scratch("downloads-out");
    publish(&maps, &site, &["--no-widget", "--exports", "pdf", "--page-size", "a4"]);
    let all = files(&site);
    assert!(all.contains_key("downloads/wide.pdf") && !all.contains_key("downloads/wide.svg") && !all.contains_key("downloads/wide.png"));
    let page = page(&site, "maps/wide.html");
    let names: Vec<String> = select(&page, ".site-download a").iter().map(|a| a.text().collect()).collect();
    assert_eq!(names.len(), 2, "the PDF and the map file: {names:?}");
    assert!(names[0].starts_with("PDF on A4 pages (") && names[0].ends_with(" KB)"), "{names:?}");

    // A long page, then none: what is no longer asked for goes.
    publish(&maps, &site, &["--no-widget", "--exports", "pdf", "--page-size", "long"]);
    let page = crate::page(&site, "maps/wide.html");
    assert!(select(&page, ".site-download a")[0].text().collect::<String>().starts_with("PDF on one long page ("));
    let none = publish(&maps, &site, &["--no-widget", "--exports", "none"]);
    assert!(text(&none.stdout).contains("Downloads drawn: 0.") && text(&none.stdout).contains("removed: 1."), "{}", text(&none.stdout));
    assert!(!site.join("downloads").exists(), "the emptied folder goes too");
    assert_eq!(select(&crate::page(&site, "maps/wide.html"), ".site-download a").len(), 1);

    for (args, says) in [
        (&["--exports", "gif"][..], "There is no download format “gif” for --exports. Choose from svg, png, pdf, or none."),
        (&["--exports", "svg,none"], "There is no download format “none” for --exports."),
        (&["--page-size", "b5"], "There is no page size “b5”."),
        (&["--scale", "9"], "The scale 9 is out of range"),
    ] {
        let mut all = vec!["publish", maps.to_str().unwrap(), "--out", site.to_str().unwrap(), "--no-widget"];
        all.extend_from_slice(args);
        let output = safar(&all);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(text(&output.stderr).contains(says), "{args:?}: {}", text(&output.stderr));
    }
}

#[test]
fn a_map_too_wide_for_the_png_scale_gets_the_largest_that_fits() {
    let maps = wide_map_folder("wide-maps", 40);
    let site = scratch("wide-out");
    for lang in ["C", "fa_IR.UTF-8"] {
        let _ = std::fs::remove_dir_all(&site);
        let output = safar_in_language(&["publish", maps.to_str().unwrap(), "--out", site.to_str().unwrap(), "--no-widget", "--exports", "png"], lang);
        assert!(output.status.success());
        let said = text(&output.stderr);
        let expected = if lang == "C" { "maps/wide.html: at 2× the map is too large for a PNG, so its PNG is drawn at 1." } else { "maps/wide.html: نقشه برای PNG در مقیاس ۲× بیش از حد بزرگ است" };
        assert!(said.contains(expected), "{said}");
    }
    let png = std::fs::read(site.join("downloads/wide.png")).unwrap();
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    assert!((15_000..=16_384).contains(&width), "as wide as a PNG may be: {width}");
}

#[test]
fn hostile_text_stays_text() {
    let maps = maps_folder("hostile-maps");
    let site = scratch("hostile-out");
    // A missing image is named, with the place in the file that wants it; the site is published.
    std::fs::remove_file(maps.join("images/en-store-demo.svg")).unwrap();
    let output = publish(&maps, &site, &["--no-widget", "--exports", "none"]);
    let warned = text(&output.stderr);
    assert!(warned.contains("hostile.json: journeys[0].cells[") && warned.contains(".url: the image images/en-store-demo.svg is not in the maps folder"), "{warned}");
    let map = page(&site, "maps/hostile.html");
    assert_eq!(select(&map, "article.journey-map h1")[0].text().collect::<String>(), HOSTILE_TITLE);
    assert!(select(&map, "title")[0].text().collect::<String>().starts_with(HOSTILE_TITLE));
    let all_text: String = map.root_element().text().collect();
    for hostile in [HOSTILE_STAGE, HOSTILE_GOAL, HOSTILE_NOTE, HOSTILE_LANE, HOSTILE_PERSONA] {
        assert!(all_text.contains(hostile), "{hostile} is shown as text");
    }
    assert!(select(&map, "iframe, img[src=x], svg[onload]").is_empty());
    let index = page(&site, "index.html");
    let index_text: String = index.root_element().text().collect();
    assert!(index_text.contains(HOSTILE_TITLE) && index_text.contains(HOSTILE_PERSONA));
    assert!(select(&index, "img").is_empty());
    let persona = page(&site, "personas/hostile-persona.html");
    assert_eq!(select(&persona, "h1")[0].text().collect::<String>(), HOSTILE_PERSONA);
    assert!(attr(&persona, "meta[property='og:title']", "content").unwrap().starts_with(HOSTILE_PERSONA));
}

#[test]
fn publishing_is_deterministic_and_incremental() {
    let maps = maps_folder("again-maps");
    let first = scratch("again-a");
    let second = scratch("again-b");
    publish(&maps, &first, &["--no-widget", "--lang", "fa"]);
    publish(&maps, &second, &["--no-widget", "--lang", "fa"]);
    assert_eq!(files(&first), files(&second), "the same input gives the same bytes");

    // Again into the same folder: nothing is rendered or written.
    let stamp = |p: &str| std::fs::metadata(first.join(p)).unwrap().modified().unwrap();
    let before = stamp("maps/ar-telecom-subscription.journey.html");
    let again = publish(&maps, &first, &["--no-widget", "--lang", "fa"]);
    assert!(text(&again.stdout).contains("Pages rendered: 0. Downloads drawn: 0. Files written: 0,"), "{}", text(&again.stdout));

    // One map changes: its page and the index are rendered again, the others are not.
    let path = maps.join("fa-bank-account.journey.json");
    let mut fa: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    fa["journeys"][0]["title"] = json!("افتتاح حساب — ویرایش تازه");
    std::fs::write(&path, serde_json::to_string_pretty(&fa).unwrap()).unwrap();
    let changed = publish(&maps, &first, &["--no-widget", "--lang", "fa"]);
    assert!(text(&changed.stdout).contains("Pages rendered: 3. Downloads drawn: 3."), "the map, the index and its persona; its SVG, PNG and PDF: {}", text(&changed.stdout));
    assert_eq!(stamp("maps/ar-telecom-subscription.journey.html"), before);
    assert!(std::fs::read_to_string(first.join("index.html")).unwrap().contains("ویرایش تازه"));

    // A map that is gone takes its pages with it; files Safar did not write stay.
    std::fs::write(first.join("notes.txt"), "ours").unwrap();
    std::fs::remove_file(maps.join("hostile.json")).unwrap();
    let removed = publish(&maps, &first, &["--no-widget", "--lang", "fa"]);
    assert!(text(&removed.stdout).contains("removed: 6."), "the page, the data file, the persona and three downloads: {}", text(&removed.stdout));
    assert!(!first.join("maps/hostile.html").exists() && !first.join("personas/hostile-persona.html").exists());
    assert!(first.join("notes.txt").exists());
}

#[test]
fn a_widget_build_that_is_not_a_release_is_published_with_a_warning() {
    let maps = maps_folder("debug-widget-maps");
    let widget = scratch("debug-widget-build");
    std::fs::write(widget.join("safar-widget.js"), "export {};\n").unwrap();
    std::fs::write(widget.join("safar-widget.build"), "dev\n").unwrap();
    let site = scratch("debug-widget-out");
    let published = publish(&maps, &site, &["--widget", widget.to_str().unwrap()]);
    assert!(text(&published.stderr).contains("debug build"), "a debug widget is said loudly: {}", text(&published.stderr));
    // In Persian too, without English words.
    let site = scratch("debug-widget-out-fa");
    let published = safar_in_language(&["publish", maps.to_str().unwrap(), "--out", site.to_str().unwrap(), "--widget", widget.to_str().unwrap(), "--exports", "none"], "fa_IR.UTF-8");
    assert!(text(&published.stderr).contains("اشکال‌زدایی"), "{}", text(&published.stderr));
    // A folder that does not say what it is (an older Safar's) is not taken for a release.
    std::fs::remove_file(widget.join("safar-widget.build")).unwrap();
    let site = scratch("debug-widget-out-unknown");
    let published = publish(&maps, &site, &["--widget", widget.to_str().unwrap()]);
    assert!(text(&published.stderr).contains("debug build"), "{}", text(&published.stderr));
}

#[test]
fn the_widget_build_is_published_beside_the_pages() {
    let maps = maps_folder("widget-maps");
    let widget = scratch("widget-build");
    std::fs::write(widget.join("safar-widget.js"), "export {};\n").unwrap();
    std::fs::create_dir_all(widget.join("fonts")).unwrap();
    std::fs::write(widget.join("fonts/x.woff2"), "font").unwrap();
    std::fs::write(widget.join("safar_widget_view_bg.wasm"), "view").unwrap();
    std::fs::write(widget.join("safar_widget_edit_bg.wasm"), "edit").unwrap();
    std::fs::write(widget.join("safar_widget_edit.js"), "export {};\n").unwrap();
    std::fs::write(widget.join("safar-widget.build"), "release\n").unwrap();
    let site = scratch("widget-out");
    let published = publish(&maps, &site, &["--widget", widget.to_str().unwrap(), "--base-url", "https://intranet.example/journeys", "--exports", "none"]);
    assert!(!text(&published.stderr).contains("debug"), "a release build is published without a warning: {}", text(&published.stderr));
    assert!(site.join("widget/safar-widget.js").exists() && site.join("widget/fonts/x.woff2").exists());
    assert!(site.join("widget/safar_widget_view_bg.wasm").exists(), "the view build is published");
    assert!(!site.join("widget/safar_widget_edit_bg.wasm").exists() && !site.join("widget/safar_widget_edit.js").exists(), "a site's maps only read: no edit build");
    let map = page(&site, "maps/team/two-maps.future-checkout.html");
    assert_eq!(
        attr(&map, "script[type=module]", "src").as_deref(),
        Some("https://intranet.example/journeys/widget/safar-widget.js")
    );
    assert_eq!(attr(&map, "link[rel=canonical]", "href").as_deref(), Some("https://intranet.example/journeys/maps/team/two-maps.future-checkout.html"));
    assert_eq!(attr(&map, "meta[property='og:url']", "content"), attr(&map, "link[rel=canonical]", "href"));
    assert!(select(&map, "form.map-view.js-only input[type=checkbox][checked]").len() > 3, "lane choices, all on");
    assert_eq!(attr(&map, ".breadcrumb a", "href").as_deref(), Some("https://intranet.example/journeys/"));
    let sitemap = std::fs::read_to_string(site.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://intranet.example/journeys/</loc>"));

    let missing = scratch("widget-missing");
    let output = safar(&["publish", maps.to_str().unwrap(), "--out", site.to_str().unwrap(), "--widget", missing.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(3));
    assert!(text(&output.stderr).contains("safar-widget.js"));
}

/// The first card of `kind` in a map file's first map.
fn first_card<'a>(file: &'a mut Value, kind: &str) -> &'a mut Value {
    file["journeys"][0]["cells"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .flat_map(|c| c["cards"].as_array_mut().unwrap().iter_mut())
        .find(|card| card["kind"] == kind)
        .unwrap()
}

#[test]
fn validate_lists_every_structural_problem_of_a_file_in_the_terminal_s_language() {
    let maps = scratch("shape-maps");
    let mut map = example("fa-bank-account.journey.json");
    map["journeys"][0]["title"] = json!(42);
    map["journeys"][0]["titel"] = json!("typo");
    first_card(&mut map, "emotion")["score"] = json!(900);
    let file = maps.join("shapes.json");
    std::fs::write(&file, serde_json::to_string(&map).unwrap()).unwrap();

    let english = safar(&["validate", file.to_str().unwrap()]);
    assert_eq!(english.status.code(), Some(1));
    let said = text(&english.stderr);
    assert!(said.contains("shapes.json: journeys[0].title: a whole number where the format has text"), "{said}");
    assert!(said.contains("shapes.json: journeys[0].titel: “titel” is not a field the format has here"), "{said}");
    assert!(said.lines().any(|l| l.contains(".cards[") && l.contains("900 is outside")), "{said}");

    let persian = safar_in_language(&["validate", file.to_str().unwrap()], "fa_IR.UTF-8");
    let said = text(&persian.stderr);
    let problems: Vec<&str> = said.lines().filter(|l| l.contains("shapes.json: journeys[0]")).collect();
    assert_eq!(problems.len(), 3, "{said}");
    assert!(said.contains("«titel» فیلدی نیست که قالب اینجا داشته باشد"), "{said}");
    for line in problems {
        // Past the file name and the path, only Persian (and the file's own names).
        let words = line.split(": ").skip(2).collect::<Vec<_>>().join(": ");
        let english: Vec<&str> = words.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty() && *w != "titel").collect();
        assert!(english.is_empty(), "English {english:?} in {line}");
    }
}

/// Without --widget, publish ships the release build compiled into safar (when dist/widget held
/// one as it was compiled); a safar without one says so and writes nothing.
#[test]
fn publish_ships_the_built_in_widget_or_says_there_is_none() {
    let maps = maps_folder("built-in-maps");
    let site = scratch("built-in-out");
    std::fs::remove_dir_all(&site).unwrap();
    let output = safar(&["publish", maps.to_str().unwrap(), "--out", site.to_str().unwrap(), "--exports", "none"]);
    if safar_cli::widget::Widget::built_in().is_some() {
        assert!(output.status.success(), "{}", text(&output.stderr));
        assert!(site.join("widget/safar-widget.js").is_file() && site.join("widget/safar_widget_view_bg.wasm").is_file());
        assert!(!site.join("widget/safar_widget_edit_bg.wasm").exists(), "no edit build on a site");
    } else {
        assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
        assert!(text(&output.stderr).contains("This safar was compiled without a widget build, and --widget names none"), "{}", text(&output.stderr));
        assert!(!site.exists(), "nothing is written");
        let persian = safar_in_language(&["publish", maps.to_str().unwrap(), "--out", site.to_str().unwrap(), "--exports", "none"], "fa_IR.UTF-8");
        assert!(text(&persian.stderr).contains("بدون ساختهٔ ابزارک کامپایل شده است"), "{}", text(&persian.stderr));
    }
}

fn invalid_folder() -> PathBuf {
    let maps = scratch("invalid-maps");
    std::fs::copy(workspace().join("examples/en-online-electronics.journey.json"), maps.join("good.json")).unwrap();
    std::fs::write(maps.join("not-json.json"), "{ \"format\": \"safar-journey-map\", ").unwrap();
    std::fs::write(maps.join("binary.json"), [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let mut unsafe_link = example("en-online-electronics.journey.json");
    first_card(&mut unsafe_link, "evidence")["url"] = json!("javascript:alert(document.cookie)");
    first_card(&mut unsafe_link, "emotion")["score"] = json!(99);
    std::fs::write(maps.join("unsafe.json"), serde_json::to_string(&unsafe_link).unwrap()).unwrap();
    maps
}

#[test]
fn invalid_files_stop_the_build_and_every_problem_is_listed() {
    let maps = invalid_folder();
    let site = scratch("invalid-out");
    std::fs::remove_dir_all(&site).unwrap();
    let output = safar(&["publish", maps.to_str().unwrap(), "--out", site.to_str().unwrap(), "--exports", "none"]);
    assert_eq!(output.status.code(), Some(1));
    let said = text(&output.stderr);
    assert!(said.contains("not-json.json: ") && said.contains("line 1"), "{said}");
    assert!(said.contains("binary.json: ") && said.contains("UTF-8"), "{said}");
    assert!(said.contains(".score: "), "{said}");
    assert!(said.contains("unsafe.json: journeys[0].cells[") && said.contains(".url: "), "{said}");
    assert!(said.contains("Files that are not valid maps: 3. Problems: 4."), "{said}");
    assert!(!site.exists(), "nothing is written");

    let skipped = safar(&["publish", maps.to_str().unwrap(), "--out", site.to_str().unwrap(), "--skip-invalid", "--no-widget"]);
    assert_eq!(skipped.status.code(), Some(0), "{}", text(&skipped.stderr));
    assert!(text(&skipped.stderr).contains("Left out"));
    let published = files(&site);
    assert!(published.contains_key("maps/good.html") && !published.keys().any(|p| p.starts_with("maps/unsafe")));

    // validate says the same, in the terminal's language.
    let validate = safar_in_language(&["validate", maps.to_str().unwrap()], "fa_IR.UTF-8");
    assert_eq!(validate.status.code(), Some(1));
    assert!(text(&validate.stderr).contains("فایل‌هایی که نقشهٔ معتبر نیستند: ۳"), "{}", text(&validate.stderr));
    let arabic = safar_in_language(&["validate", maps.join("unsafe.json").to_str().unwrap()], "ar_EG.UTF-8");
    assert!(text(&arabic.stderr).contains("الملفات التي ليست خرائط صالحة: 1"), "{}", text(&arabic.stderr));
    let good = safar(&["validate", maps.join("good.json").to_str().unwrap(), workspace().join("examples").to_str().unwrap()]);
    assert_eq!(good.status.code(), Some(0), "{}", text(&good.stderr));
    assert!(text(&good.stdout).contains("Valid: 4 files, 4 maps."), "{}", text(&good.stdout));
    // One of each is said in the singular, as the catalogs' plural forms choose.
    let one = safar(&["validate", maps.join("good.json").to_str().unwrap()]);
    assert!(text(&one.stdout).contains("Valid: 1 file, 1 map."), "{}", text(&one.stdout));

    let empty = scratch("empty-maps");
    let none = safar(&["validate", empty.to_str().unwrap()]);
    assert_eq!(none.status.code(), Some(1));
    assert!(text(&none.stderr).contains("no map files"));
    let missing = safar(&["validate", empty.join("nowhere").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(3));
}

#[test]
fn files_past_the_limits_are_refused_and_long_lists_of_problems_are_cut() {
    let maps = scratch("limits");
    // Nine megabytes of white space after a valid map: refused from its size, before reading.
    let mut big = std::fs::read_to_string(workspace().join("examples/en-online-electronics.journey.json")).unwrap();
    big.push_str(&" ".repeat(9 * 1024 * 1024));
    std::fs::write(maps.join("big.json"), big).unwrap();
    // 201 stages.
    let mut wide = example("en-online-electronics.journey.json");
    let stages = wide["journeys"][0]["stages"].as_array_mut().unwrap();
    let extra: Vec<Value> = (stages.len()..201).map(|i| json!({"id": format!("extra-{i}"), "name": "More"})).collect();
    stages.extend(extra);
    std::fs::write(maps.join("wide.json"), serde_json::to_string(&wide).unwrap()).unwrap();
    // A thousand cells in lanes that do not exist: a thousand problems.
    let mut broken = example("en-online-electronics.journey.json");
    let stage = broken["journeys"][0]["stages"][0]["id"].clone();
    broken["journeys"][0]["cells"] = (0..1000).map(|i| json!({"lane": format!("gone-{i}"), "stage": stage, "cards": []})).collect();
    std::fs::write(maps.join("broken.json"), serde_json::to_string(&broken).unwrap()).unwrap();

    let output = safar(&["validate", maps.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let said = text(&output.stderr);
    assert!(said.contains("big.json: This file is too large to open: 9.1 MB, more than the 8 MB Safar reads."), "{said}");
    assert!(
        said.contains("wide.json: This file is too large to open: at journeys[0].stages, the number of stages is 201, more than the 200 Safar reads."),
        "{said}"
    );
    let broken_lines: Vec<&str> = said.lines().filter(|line| line.contains("broken.json: ")).collect();
    assert_eq!(broken_lines.len(), 201, "200 problems, then the count of the rest");
    assert!(broken_lines[0].ends_with("broken.json: journeys[0].cells[0].lane: no lane has the id “gone-0”"), "{}", broken_lines[0]);
    assert!(broken_lines[200].ends_with("broken.json: and 800 more problems"), "{}", broken_lines[200]);
    assert!(said.contains("Files that are not valid maps: 3. Problems: 1002."), "{said}");

    let persian = text(&safar_in_language(&["validate", maps.to_str().unwrap()], "fa_IR.UTF-8").stderr);
    assert!(persian.contains("big.json: این فایل بزرگ‌تر از آن است که باز شود: ۹٫۱ مگابایت است؛ سفر حداکثر ۸ مگابایت را می‌خواند."), "{persian}");
    assert!(persian.contains("broken.json: و ۸۰۰ مشکل دیگر"), "{persian}");
    let arabic = text(&safar_in_language(&["validate", maps.join("wide.json").to_str().unwrap()], "ar_EG.UTF-8").stderr);
    assert!(arabic.contains("عدد المراحل 201، وهو أكثر من 200، الحد الأقصى الذي يقرؤه سفر"), "{arabic}");
}

#[test]
fn new_writes_a_valid_map_and_never_over_a_file() {
    let dir = scratch("new");
    let file = dir.join("سفر مشتری.json");
    let output = safar(&["new", "--template", "six-stages", "--lang", "fa", "--type", "service-blueprint", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let map = safar_core::JourneyFile::from_json(&std::fs::read_to_string(&file).unwrap()).expect("a valid map");
    assert_eq!(map.journeys[0].language, "fa");
    assert_eq!(map.journeys[0].stages.len(), 6);
    assert_eq!(map.journeys[0].map_type, safar_core::MapType::ServiceBlueprint);

    let before = std::fs::read(&file).unwrap();
    let again = safar(&["new", "--template", "aida", file.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(3));
    assert!(text(&again.stderr).contains("already exists"));
    assert_eq!(std::fs::read(&file).unwrap(), before);

    assert_eq!(safar(&["new", "--template", "nine-stages", dir.join("x.json").to_str().unwrap()]).status.code(), Some(2));
    assert_eq!(safar(&["new", "--lang", "de", dir.join("x.json").to_str().unwrap()]).status.code(), Some(2));
    assert_eq!(safar(&["publish", "--out"]).status.code(), Some(2));
    assert_eq!(safar(&["publish", dir.to_str().unwrap(), "--out", "x", "--base-url", "javascript:alert(1)"]).status.code(), Some(2));
}

#[test]
fn every_command_has_help_with_the_exit_codes() {
    for command in [&["--help"][..], &["publish", "--help"], &["validate", "--help"], &["new", "--help"], &["serve", "--help"]] {
        let output = safar(command);
        assert_eq!(output.status.code(), Some(0));
        let said = text(&output.stdout);
        assert!(said.contains("Exit codes:") && said.contains("3  a file or folder"), "{command:?}: {said}");
    }
}

/// `safar serve SITE --port 0 EXTRA…`, and the address it says it listens on.
fn start_serving(site: &Path, extra: &[&str]) -> (std::process::Child, String) {
    use std::io::BufRead;
    let mut server = Command::new(env!("CARGO_BIN_EXE_safar"))
        .args(["serve", site.to_str().unwrap(), "--port", "0"])
        .args(extra)
        .env("LC_ALL", "C")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(server.stdout.as_mut().unwrap()).read_line(&mut line).unwrap();
    let address = line.split("http://").nth(1).and_then(|rest| rest.split('/').next()).expect("the address").to_owned();
    (server, address)
}

#[test]
fn serve_shows_the_site_and_nothing_outside_it() {
    use std::io::{Read, Write};
    let maps = maps_folder("serve-maps");
    let site = scratch("serve-out");
    publish(&maps, &site, &["--no-widget", "--exports", "svg,pdf"]);
    let (mut server, address) = start_serving(&site, &[]);
    let get = |path: &str| {
        let mut stream = std::net::TcpStream::connect(&address).unwrap();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        String::from_utf8_lossy(&answer).into_owned()
    };
    let index = get("/");
    assert!(index.starts_with("HTTP/1.1 200") && index.contains("text/html") && index.contains("<!DOCTYPE html>"));
    let json = get("/maps/fa-bank-account.journey.json?x=1");
    assert!(json.starts_with("HTTP/1.1 200") && json.contains("application/json"));
    let pdf = get("/downloads/fa-bank-account.journey.pdf");
    assert!(pdf.starts_with("HTTP/1.1 200") && pdf.to_ascii_lowercase().contains("content-type: application/pdf") && pdf.contains("\r\n\r\n%PDF-"), "{:?}", pdf.get(..300));
    // A download changes under its name with every publish of its map: asked again each time.
    let drawn = get("/downloads/fa-bank-account.journey.svg").to_ascii_lowercase();
    assert!(drawn.contains("cache-control: no-cache") && drawn.contains("sandbox"), "{:?}", drawn.get(..400));
    assert!(get("/../../etc/passwd").starts_with("HTTP/1.1 404"));
    assert!(get("/maps/%2e%2e/%2e%2e/etc/passwd").starts_with("HTTP/1.1 404"));
    assert!(get("/.safar-site").starts_with("HTTP/1.1 404"), "the manifest is a dotfile");
    let picture = get("/maps/images/en-store-demo.svg");
    assert!(picture.starts_with("HTTP/1.1 200") && picture.to_ascii_lowercase().contains("content-security-policy: default-src 'none'; style-src 'unsafe-inline'; sandbox"), "{picture}");
    assert!(!index.to_ascii_lowercase().contains("access-control-allow-origin"), "no other origin may read the site unless asked");
    server.kill().unwrap();
    let _ = server.wait();

    // Asked to, it lets one other origin's pages read its files (a wiki embedding its maps).
    let (mut server, address) = start_serving(&site, &["--allow-origin", "https://wiki.example"]);
    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    write!(stream, "GET /maps/fa-bank-account.journey.json HTTP/1.1\r\nHost: x\r\nOrigin: https://wiki.example\r\nConnection: close\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.to_ascii_lowercase().contains("access-control-allow-origin: https://wiki.example"), "{answer}");
    server.kill().unwrap();
    let _ = server.wait();
    for bad in ["https://wiki.example/path", "javascript:alert(1)", "wiki.example", "https://"] {
        let refused = safar(&["serve", site.to_str().unwrap(), "--allow-origin", bad]);
        assert_eq!(refused.status.code(), Some(2), "{bad}");
        assert!(text(&refused.stderr).contains("is not an origin"), "{}", text(&refused.stderr));
    }

    let nowhere = safar(&["serve", maps.to_str().unwrap()]);
    assert_eq!(nowhere.status.code(), Some(3), "a folder that is no site");
}

/// A maps folder of one example map and the given files under `images/`.
fn folder_with_images(name: &str, images: &[(&str, &[u8])]) -> PathBuf {
    let maps = scratch(name);
    std::fs::copy(workspace().join("examples/en-online-electronics.journey.json"), maps.join("a.json")).unwrap();
    std::fs::create_dir_all(maps.join("images")).unwrap();
    for (file, bytes) in images {
        std::fs::write(maps.join("images").join(file), bytes).unwrap();
    }
    maps
}

#[test]
fn hostile_svg_pictures_are_left_out_and_named_with_the_reason() {
    let corpus = workspace().join("tests/hostile/svg");
    let mut images: Vec<(String, Vec<u8>)> = Vec::new();
    for entry in std::fs::read_dir(&corpus).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".svg") {
            images.push((name, std::fs::read(&path).unwrap()));
        }
    }
    let borrowed: Vec<(&str, &[u8])> = images.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    let maps = folder_with_images("svg-maps", &borrowed);
    let site = scratch("svg-out");
    let output = publish(&maps, &site, &["--no-widget"]);
    let said = text(&output.stderr);
    for (name, _) in &images {
        let published = site.join("maps/images").join(name).exists();
        let reported = said.lines().any(|l| l.starts_with(&format!("Left out {}:", maps.join("images").join(name).display())));
        if name.ends_with(".bad.svg") {
            assert!(!published && reported, "{name}: published {published}, reported {reported}\n{said}");
        } else {
            assert!(published && !reported, "{name}: published {published}, reported {reported}\n{said}");
        }
    }
    assert!(said.contains("xhtml-script.bad.svg: the element <script> is in the namespace http://www.w3.org/1999/xhtml, not SVG."), "{said}");
    assert!(said.contains("char-reference-javascript.bad.svg: <a> links with href to something outside the picture."), "{said}");
    // In the terminal's language, like every other report.
    let out = scratch("svg-out-fa");
    let persian = safar_in_language(&["publish", maps.to_str().unwrap(), "--out", out.to_str().unwrap(), "--no-widget"], "fa_IR.UTF-8");
    let said = text(&persian.stderr);
    assert!(said.contains("prefixed-script.bad.svg کنار گذاشته شد: عنصر <script> از عنصرهای ترسیمی‌ای نیست"), "{said}");
}

#[cfg(unix)]
#[test]
fn links_out_of_the_maps_folder_are_left_out_and_named() {
    use std::os::unix::fs::symlink;
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let maps = folder_with_images("link-maps", &[("inside.png", png)]);
    // Elsewhere on the machine: a secret file and a folder of them.
    let elsewhere = scratch("link-elsewhere");
    std::fs::write(elsewhere.join("secret.png"), b"the CI machine's secret").unwrap();
    std::fs::create_dir_all(elsewhere.join("keys")).unwrap();
    std::fs::write(elsewhere.join("keys/id.json"), b"{}").unwrap();
    symlink(elsewhere.join("secret.png"), maps.join("images/x.png")).unwrap();
    symlink(elsewhere.join("keys"), maps.join("keys")).unwrap();
    symlink("/nowhere/at/all.png", maps.join("images/gone.png")).unwrap();
    // Inside the folder, links are fine, even one back to the folder itself (walked once).
    symlink(maps.join("images/inside.png"), maps.join("images/alias.png")).unwrap();
    symlink(maps.join("images"), maps.join("pictures")).unwrap();
    symlink(&maps, maps.join("images/again")).unwrap();

    let site = scratch("link-out");
    let output = publish(&maps, &site, &["--no-widget"]);
    let said = text(&output.stderr);
    let outside = |link: &str, target: &str| format!("Left out {}: it is a symbolic link to {}, outside the maps folder", maps.join(link).display(), elsewhere.canonicalize().unwrap().join(target).display());
    assert!(said.contains(&outside("images/x.png", "secret.png")), "{said}");
    assert!(said.contains(&outside("keys", "keys")), "{said}");
    assert!(said.contains(&format!("Left out {}: it is a symbolic link to nothing that exists", maps.join("images/gone.png").display())), "{said}");
    let published = files(&site);
    assert!(published.values().all(|bytes| bytes != b"the CI machine's secret"), "the secret stays home");
    assert!(!published.keys().any(|p| p.starts_with("maps/keys")));
    assert!(published.contains_key("maps/images/alias.png") && published.contains_key("maps/pictures/inside.png"), "{:?}", published.keys());

    for (lang, words) in [("fa_IR.UTF-8", "پیوند نمادینی به"), ("ar_EG.UTF-8", "هو رابط رمزي إلى")] {
        let out = scratch(&format!("link-out-{lang}"));
        let said = text(&safar_in_language(&["publish", maps.to_str().unwrap(), "--out", out.to_str().unwrap(), "--no-widget"], lang).stderr);
        assert!(said.lines().any(|l| l.contains(&maps.join("images/x.png").display().to_string()) && l.contains(words)), "{lang}: {said}");
    }
}

#[cfg(unix)]
#[test]
fn what_a_map_folder_names_reaches_the_terminal_escaped() {
    let forged = "x\n::error file=README.md,line=1::forged\u{1b}[2J\u{1b}]0;title\u{7}\u{202e}";
    let maps = scratch("terminal-maps");
    // A map id that no persona has: reported with the id.
    let mut map = example("en-online-electronics.journey.json");
    journey_personas(&mut map, forged);
    std::fs::write(maps.join("a.json"), map.to_string()).unwrap();
    // A file name, and a parser's note that quotes the file's own text.
    std::fs::write(maps.join(format!("{forged}.json")), "{").unwrap();
    let mut unknown = example("en-online-electronics.journey.json");
    unknown[forged] = json!(1);
    std::fs::write(maps.join("b.json"), unknown.to_string()).unwrap();

    let output = safar(&["validate", maps.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let said = &output.stderr;
    assert!(!said.contains(&0x1b) && !said.contains(&0x07), "no escape or bell reaches the terminal: {}", text(said));
    assert!(!text(said).contains('\u{202e}'), "no bidi override either");
    assert!(!text(said).lines().any(|l| l.starts_with("::")), "no line a CI reads as an annotation: {}", text(said));
    let escaped = r"x\n::error file=README.md,line=1::forged\u{1b}[2J\u{1b}]0;title\u{7}\u{202e}";
    let reports = text(said).lines().filter(|l| l.contains(escaped)).count();
    assert!(reports >= 3, "the id, the file name and the parser's note are shown, escaped: {}", text(said));
}

#[test]
fn personas_whose_ids_differ_only_by_case_get_pages_of_their_own() {
    let maps = scratch("case-maps");
    for (file, id, name) in [("a.json", "Ana", "Ana from sales"), ("b.json", "ana", "ana from support")] {
        let mut map = example("en-online-electronics.journey.json");
        map["personas"] = json!([map["personas"][0].clone()]);
        map["personas"][0]["id"] = json!(id);
        map["personas"][0]["name"] = json!(name);
        map["journeys"][0]["id"] = json!(format!("journey-{}", file.trim_end_matches(".json")));
        journey_personas(&mut map, id);
        std::fs::write(maps.join(file), map.to_string()).unwrap();
    }
    // And map files whose names differ only by case.
    std::fs::copy(maps.join("a.json"), maps.join("A.json")).unwrap();
    let site = scratch("case-out");
    publish(&maps, &site, &["--no-widget"]);
    let published = files(&site);
    let lowercase: std::collections::BTreeSet<String> = published.keys().map(|p| p.to_lowercase()).collect();
    assert_eq!(lowercase.len(), published.len(), "no two files are one on a case-insensitive disk: {:?}", published.keys());
    let persona_pages: Vec<&String> = published.keys().filter(|p| p.starts_with("personas/")).collect();
    assert_eq!(persona_pages.len(), 2, "{persona_pages:?}");
    let names: std::collections::BTreeSet<String> = persona_pages.iter().map(|p| select(&page(&site, p), "h1")[0].text().collect()).collect();
    assert_eq!(names, ["Ana from sales".to_owned(), "ana from support".to_owned()].into());
}

#[test]
fn a_map_file_may_start_with_a_utf8_byte_order_mark() {
    let maps = scratch("bom-maps");
    let map = std::fs::read(workspace().join("examples/en-online-electronics.journey.json")).unwrap();
    std::fs::write(maps.join("a.json"), [&b"\xef\xbb\xbf"[..], &map].concat()).unwrap();
    let checked = safar(&["validate", maps.to_str().unwrap()]);
    assert_eq!(checked.status.code(), Some(0), "{}", text(&checked.stderr));
    let site = scratch("bom-out");
    publish(&maps, &site, &["--no-widget"]);
    let published = std::fs::read(site.join("maps/a.json")).unwrap();
    assert_eq!(published, map, "published without the mark");
    assert!(site.join("maps/a.html").is_file());
}

#[test]
fn an_image_is_published_only_when_its_bytes_are_what_its_name_says() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let html = b"<!DOCTYPE html><script>alert(document.domain)</script>";
    let maps = folder_with_images("format-maps", &[("real.png", png), ("page.png", html), ("page.jpg", html), ("page.webp", html)]);
    let site = scratch("format-out");
    let said = text(&publish(&maps, &site, &["--no-widget"]).stderr);
    assert!(site.join("maps/images/real.png").is_file());
    for (file, format) in [("page.png", "PNG"), ("page.jpg", "JPEG"), ("page.webp", "WebP")] {
        assert!(!site.join("maps/images").join(file).exists(), "{file} is not published");
        let line = format!("Left out {}: its name says it is a {format} picture, but its bytes are not one.", maps.join("images").join(file).display());
        assert!(said.contains(&line), "{file}: {said}");
    }
    let out = scratch("format-out-ar");
    let arabic = text(&safar_in_language(&["publish", maps.to_str().unwrap(), "--out", out.to_str().unwrap(), "--no-widget"], "ar").stderr);
    assert!(arabic.contains("page.png: يقول اسمه إنه صورة PNG"), "{arabic}");
}

/// The CPU time (user and system, in clock ticks) process `pid` has used so far.
#[cfg(target_os = "linux")]
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The fields after the command's name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')').unwrap().1.split_whitespace().collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn serve_waits_instead_of_spinning_when_it_runs_out_of_file_descriptors() {
    use std::io::BufRead;
    let maps = folder_with_images("fd-maps", &[]);
    let site = scratch("fd-out");
    publish(&maps, &site, &["--no-widget"]);
    /// Stops the server however the test ends.
    struct Server(std::process::Child);
    impl Drop for Server {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let mut server = Server(
        Command::new("sh")
            .args(["-c", "ulimit -n 24 && exec \"$0\" serve \"$1\" --port 0", env!("CARGO_BIN_EXE_safar"), site.to_str().unwrap()])
            .env("LC_ALL", "C")
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let pid = server.0.id();
    let mut line = String::new();
    std::io::BufReader::new(server.0.stdout.as_mut().unwrap()).read_line(&mut line).unwrap();
    let address = line.split("http://").nth(1).and_then(|rest| rest.split('/').next()).expect("the address").to_owned();
    // More connections than the server has descriptors left: the rest wait in the backlog, and
    // every accept fails with EMFILE.
    let clients: Vec<std::net::TcpStream> = (0..40).map(|_| std::net::TcpStream::connect(&address).unwrap()).collect();
    let fds = || std::fs::read_dir(format!("/proc/{pid}/fd")).map(|d| d.count()).unwrap_or(0);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while fds() < 24 && std::time::Instant::now() < deadline {
        std::thread::yield_now();
    }
    assert!(fds() >= 24, "the server used up its descriptors: {}", fds());
    // A spinning accept loop burns a whole core; one that backs off, almost nothing.
    let before = cpu_ticks(pid);
    let window = std::time::Instant::now();
    while window.elapsed() < std::time::Duration::from_secs(1) {
        std::thread::park_timeout(std::time::Duration::from_millis(100));
    }
    let used = cpu_ticks(pid) - before;
    drop(server);
    drop(clients);
    assert!(used < 10, "the server used {used} ticks of CPU in a second while out of descriptors");
}

#[cfg(unix)]
#[test]
fn files_whose_names_some_system_reads_as_another_place_are_left_out_and_named() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let maps = folder_with_images("unportable-maps", &[("a\\..\\..\\evil.png", png), ("C:evil.png", png), ("NUL.png", png), ("fine.png", png)]);
    std::fs::copy(maps.join("a.json"), maps.join("b\\..\\..\\b.json")).unwrap();
    let site = scratch("unportable-out");
    let said = text(&publish(&maps, &site, &["--no-widget"]).stderr);
    for name in ["images/a\\..\\..\\evil.png", "images/C:evil.png", "images/NUL.png", "b\\..\\..\\b.json"] {
        assert!(said.contains(&format!("Left out {}: its name has a backslash", maps.join(name).display())), "{name}: {said}");
    }
    let manifest = std::fs::read_to_string(site.join(".safar-site")).unwrap();
    assert!(manifest.lines().all(|l| !l.contains(['\\', ':']) && !l.contains("NUL")), "{manifest}");
    assert!(manifest.lines().any(|l| l == "maps/images/fine.png") && manifest.lines().any(|l| l == "maps/a.html"), "{manifest}");
}

/// The repository's hostile corpus (tests/hostile/maps) published as a folder: every file the
/// core refuses is named in the report and left out, and no published page holds an event
/// handler, a script address or an element that runs or embeds content.
#[test]
fn the_hostile_corpus_publishes_inert_and_every_refused_file_is_named() {
    let corpus = workspace().join("tests/hostile/maps");
    let expected: Value = serde_json::from_str(&std::fs::read_to_string(corpus.join("expected.json")).unwrap()).unwrap();
    let maps = scratch("hostile-corpus");
    for (name, outcome) in expected.as_object().unwrap() {
        std::fs::copy(corpus.join(name), maps.join(name)).unwrap();
        assert!(outcome["outcome"] == "accepted" || outcome["outcome"] == "refused", "{name}");
    }
    let site = scratch("hostile-corpus-out");
    let output = publish(&maps, &site, &["--no-widget", "--skip-invalid"]);
    let report = text(&output.stderr);
    for (name, outcome) in expected.as_object().unwrap() {
        if outcome["outcome"] == "refused" {
            assert!(report.contains(name.as_str()), "{name} is named in the report:\n{report}");
        }
    }
    let pages: Vec<String> = files(&site).into_keys().filter(|path| path.ends_with(".html")).collect();
    assert!(pages.len() > 3, "the accepted maps have pages: {pages:?}");
    for path in pages {
        let html = page(&site, &path);
        for element in html.root_element().descendants().filter_map(scraper::ElementRef::wrap) {
            let tag = element.value().name();
            assert!(!["iframe", "object", "embed", "foreignobject"].contains(&tag), "{path}: <{tag}>");
            if tag == "script" {
                let kind = element.value().attr("type").unwrap_or_default();
                assert!(element.value().attr("src").is_some() || kind == "application/json" || kind == "application/ld+json", "{path}: an inline script");
            }
            for (name, value) in element.value().attrs() {
                assert!(!name.to_ascii_lowercase().starts_with("on"), "{path}: <{tag} {name}>");
                let squeezed: String = value.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_ascii_lowercase();
                if ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data"].contains(&name) {
                    for scheme in ["javascript:", "vbscript:", "data:text/html"] {
                        assert!(!squeezed.starts_with(scheme), "{path}: <{tag} {name}={value:?}>");
                    }
                }
            }
        }
    }
}

#[test]
fn export_writes_a_picture_or_a_pdf_and_refuses_what_it_cannot_make() {
    let dir = scratch("export");
    let map = workspace().join("examples/fa-bank-account.journey.json");
    let map = map.to_str().unwrap();
    let out = |name: &str| dir.join(name).to_str().unwrap().to_owned();

    // The format from the file's name; the fonts inside; every stage's name drawn.
    let svg = safar_in_language(&["export", map, "-o", &out("fa.svg")], "fa_IR.UTF-8");
    assert!(svg.status.success(), "{}", text(&svg.stderr));
    assert!(text(&svg.stderr).contains("fa.svg نوشته شد: SVG، ") && text(&svg.stderr).contains("پیکسل"), "{}", text(&svg.stderr));
    let bytes = std::fs::read(dir.join("fa.svg")).unwrap();
    safar_core::svg::check(&bytes).expect("a safe SVG");
    let file = safar_core::JourneyFile::from_json(&std::fs::read_to_string(map).unwrap()).unwrap();
    for stage in &file.journeys[0].stages {
        assert!(text(&bytes).contains(&stage.name), "{} is drawn", stage.name);
    }
    assert!(text(&bytes).contains("data:font/woff2;base64,"));

    // To standard output, at a scale; a PDF says its pages.
    let png = safar(&["export", map, "--format", "png", "--scale", "1", "-o", "-"]);
    assert!(png.status.success() && png.stdout.starts_with(b"\x89PNG\r\n\x1a\n"), "{}", text(&png.stderr));
    assert!(text(&png.stderr).starts_with("Wrote -: PNG, "));
    let pdf = safar(&["export", map, "--page-size", "a4", "--lanes", "lane-emotions,lane-pain", "-o", &out("fa.pdf")]);
    assert!(pdf.status.success(), "{}", text(&pdf.stderr));
    assert!(text(&pdf.stderr).contains(" pages (A4).") || text(&pdf.stderr).contains("one page (A4)."), "{}", text(&pdf.stderr));
    assert!(std::fs::read(dir.join("fa.pdf")).unwrap().starts_with(b"%PDF-"));

    // What it cannot make is refused with the reason, and nothing is written.
    let wide = wide_map_folder("export-wide", 40).join("wide.json");
    let before = std::fs::read(map).unwrap();
    for (args, says) in [
        (vec!["export", map, "-o", &out("fa.gif")], "There is no export format “gif”. Choose one of svg, png, pdf"),
        (vec!["export", map, "--page-size", "letter", "-o", &out("x.pdf")], "There is no page size “letter”. Choose one of a4, a3, a2, long."),
        (vec!["export", map, "--scale", "0.1", "-o", &out("x.png")], "The scale 0.1 is out of range"),
        (vec!["export", map, "--lanes", "lane-nope", "-o", &out("x.svg")], "The map has no lane “lane-nope”. Its lanes: lane-actions,"),
        (vec!["export", map, "--stage", "nope", "-o", &out("x.svg")], "The map has no stage “nope”."),
        (vec!["export", map, "--format", "svg", "-o", map], "is the map file itself: Safar never writes an export over a map."),
        (vec!["export", wide.to_str().unwrap(), "--scale", "4", "-o", &out("x.png")], "At scale 4 the picture would be 36736 × "),
    ] {
        let output = safar(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", text(&output.stderr));
        assert!(text(&output.stderr).contains(says), "{args:?}: {}", text(&output.stderr));
    }
    assert_eq!(std::fs::read(map).unwrap(), before, "the map is untouched");
    assert!(!["x.png", "x.svg", "x.pdf", "fa.gif"].iter().any(|f| dir.join(f).exists()), "nothing refused was written");
    let invalid = dir.join("broken.json");
    std::fs::write(&invalid, "{ not json").unwrap();
    assert_eq!(safar(&["export", invalid.to_str().unwrap(), "-o", &out("b.svg")]).status.code(), Some(1));
}
