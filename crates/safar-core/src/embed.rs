//! What the embeddable widget needs that is not about the browser: which part of a map a widget
//! shows (`lanes`, `stage`), where its edits are kept (`storage-key`), and the HTML snippet a
//! page owner pastes (the editor's Embed dialog).

use crate::journey::{Journey, LaneKind};
use std::fmt::Write;

/// The namespace every widget's stored edits live under; a `storage-key` adds to it.
pub const WIDGET_NAMESPACE: &str = "safar-widget";

/// The longest `storage-key` accepted: with [`WIDGET_NAMESPACE`] it stays inside the 64 bytes a
/// library namespace may have.
pub const MAX_STORAGE_KEY: usize = 48;

/// A `storage-key` that cannot name a place in the browser's storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadStorageKey(pub String);

/// The library namespace a widget keeps its edits in: `safar-widget` alone, or
/// `safar-widget.KEY` for a `storage-key` of letters, digits, `-`, `_` and `.`.
pub fn storage_namespace(key: Option<&str>) -> Result<String, BadStorageKey> {
    match key.map(str::trim) {
        None | Some("") => Ok(WIDGET_NAMESPACE.to_owned()),
        Some(key) if key.len() <= MAX_STORAGE_KEY
            && key.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')) =>
        {
            Ok(format!("{WIDGET_NAMESPACE}.{key}"))
        }
        Some(key) => Err(BadStorageKey(key.to_owned())),
    }
}

/// The part of a map a widget shows: some lanes, and one stage in focus.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// Lanes to show, each named by its id, its kind (`pain-points`) or its name; `None` shows
    /// the map's own choice.
    pub lanes: Option<Vec<String>>,
    /// The one stage to show, by id or name.
    pub stage: Option<String>,
}

impl View {
    /// Reads the `lanes` (separated by commas, Latin or Arabic) and `stage` attributes.
    pub fn parse(lanes: Option<&str>, stage: Option<&str>) -> View {
        let lanes = lanes
            .map(|text| text.split([',', '\n', '\u{060C}']).map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect::<Vec<_>>())
            .filter(|l| !l.is_empty());
        let stage = stage.map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
        View { lanes, stage }
    }

    /// Whether the whole map shows.
    pub fn is_whole(&self) -> bool {
        self.lanes.is_none() && self.stage.is_none()
    }

    /// The names in this view that match nothing in the map, so the widget can say so.
    pub fn unmatched(&self, journey: &Journey) -> Vec<String> {
        let mut missing: Vec<String> =
            self.lanes.iter().flatten().filter(|name| !journey.lanes.iter().any(|lane| lane_matches(lane, name))).cloned().collect();
        if let Some(stage) = &self.stage {
            if !journey.stages.iter().any(|s| stage_matches(s, stage)) {
                missing.push(stage.clone());
            }
        }
        missing
    }

    /// The map as this view shows it: lanes not asked for are hidden and, when a stage is in
    /// focus, the other stages are left out. A name that matches nothing is ignored, and a view
    /// that would leave no lane or no stage shows the map's own choice instead.
    pub fn apply(&self, journey: &Journey) -> Journey {
        let mut shown = journey.clone();
        if let Some(names) = &self.lanes {
            if journey.lanes.iter().any(|lane| names.iter().any(|n| lane_matches(lane, n))) {
                for lane in &mut shown.lanes {
                    lane.hidden = !names.iter().any(|n| lane_matches(lane, n));
                }
            }
        }
        if let Some(stage) = &self.stage {
            if let Some(found) = journey.stages.iter().find(|s| stage_matches(s, stage)) {
                let id = found.id.clone();
                shown.stages.retain(|s| s.id == id);
                shown.cells.retain(|c| c.stage == id);
            }
        }
        shown
    }
}

fn lane_matches(lane: &crate::Lane, name: &str) -> bool {
    lane.id.as_str() == name || kind_name(lane.kind) == name.to_ascii_lowercase() || lane.name.trim() == name
}

fn stage_matches(stage: &crate::Stage, name: &str) -> bool {
    stage.id.as_str() == name || stage.name.trim() == name
}

/// A lane kind as the file format spells it (`pain-points`).
pub fn kind_name(kind: LaneKind) -> String {
    serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// How a widget shows or edits a map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    View,
    Edit,
}

impl Mode {
    pub fn parse(text: Option<&str>) -> Mode {
        match text.map(str::trim) {
            Some(m) if m.eq_ignore_ascii_case("edit") => Mode::Edit,
            _ => Mode::View,
        }
    }
}

/// A file a reader may download from a widget's menu (its `exports` attribute).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Export {
    /// The map file, for Safar.
    Json,
    Svg,
    Png,
    Pdf,
}

impl Export {
    /// Every kind of file, in the order the attribute without a value offers them.
    pub const ALL: [Export; 4] = [Export::Svg, Export::Png, Export::Pdf, Export::Json];

    /// The name the attribute and `exportMap` use (`svg`).
    pub fn name(self) -> &'static str {
        match self {
            Export::Json => "json",
            Export::Svg => "svg",
            Export::Png => "png",
            Export::Pdf => "pdf",
        }
    }

    /// Reads the `exports` attribute: names separated by commas or spaces, in the order given,
    /// each once; an attribute without a value offers every file. `None` (no attribute), or a
    /// value that names nothing Safar makes, offers none. Names are not case-sensitive; `map`
    /// is the map file too.
    pub fn parse_list(text: Option<&str>) -> Vec<Export> {
        let Some(text) = text.map(str::trim) else { return Vec::new() };
        if text.is_empty() {
            return Export::ALL.to_vec();
        }
        let mut chosen = Vec::new();
        for export in text.split([',', ' ', '\t', '\n', '\u{060C}']).filter_map(Export::from_name) {
            if !chosen.contains(&export) {
                chosen.push(export);
            }
        }
        chosen
    }

    /// The file one name asks for (`svg`; `map` is the map file too), not case-sensitive.
    pub fn from_name(name: &str) -> Option<Export> {
        match name.to_ascii_lowercase().as_str() {
            "json" | "map" => Some(Export::Json),
            "svg" => Some(Export::Svg),
            "png" => Some(Export::Png),
            "pdf" => Some(Export::Pdf),
            _ => None,
        }
    }
}

/// An address of a snippet that may not go into an `src`: anything but `http(s)` or relative,
/// by the rule every URL of a map follows ([`crate::url::is_safe_url`]). A `javascript:` widget
/// address would otherwise become the iframe's `src`, and run on the page it is pasted into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadAddress {
    /// Where the widget's files are.
    Widget,
    /// Where the map file is.
    Map,
}

/// What the editor's Embed dialog puts into a snippet: every attribute of the element (an
/// empty one is left out).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snippet<'a> {
    /// Where the page owner serves Safar's widget files, ending in `/`.
    pub widget_base: &'a str,
    /// Where the page owner serves the exported map file.
    pub map_url: &'a str,
    /// The map's id, so the element shows this map even when the file holds several.
    pub map_id: &'a str,
    pub lang: &'a str,
    pub mode: Mode,
    pub storage_key: &'a str,
    pub height: &'a str,
    /// Which lanes to show, by id, kind or name, comma-separated ([`View::parse`]).
    pub lanes: &'a str,
    /// One stage to show, by id or name.
    pub stage: &'a str,
    /// Cards without their secondary details.
    pub compact: bool,
}

impl Snippet<'_> {
    /// The attributes after `src`, in the order the element documents them.
    fn attributes(&self) -> [(&'static str, &str); 6] {
        [
            ("map", self.map_id),
            ("lang", self.lang),
            ("storage-key", self.storage_key),
            ("lanes", self.lanes),
            ("stage", self.stage),
            ("height", self.height),
        ]
    }
}

impl Snippet<'_> {
    /// The first address that cannot go into a snippet, if any.
    pub fn check(&self) -> Result<(), BadAddress> {
        if !crate::url::is_safe_url(self.widget_base, false) {
            Err(BadAddress::Widget)
        } else if !crate::url::is_safe_url(self.map_url, false) {
            Err(BadAddress::Map)
        } else {
            Ok(())
        }
    }

    /// The script element and the widget element, every value escaped for an HTML attribute;
    /// none for a bad address.
    pub fn html(&self) -> Result<String, BadAddress> {
        self.check()?;
        let mut html = format!(
            "<script type=\"module\" src=\"{}safar-widget.js\"></script>\n<safar-journey-map src=\"{}\"",
            attribute(self.widget_base),
            attribute(self.map_url)
        );
        for (name, value) in self.attributes() {
            if !value.trim().is_empty() {
                let _ = write!(html, " {name}=\"{}\"", attribute(value.trim()));
            }
        }
        if self.mode == Mode::Edit {
            html.push_str(" mode=\"edit\"");
        }
        if self.compact {
            html.push_str(" compact");
        }
        html.push_str("></safar-journey-map>");
        Ok(html)
    }

    /// The iframe fallback: the widget's embed page, for hosts that allow no scripts. Sized by
    /// attributes, not a style, so a page whose policy forbids inline styles takes it too. None
    /// for a bad address.
    pub fn iframe(&self, title: &str) -> Result<String, BadAddress> {
        self.check()?;
        let mut query = format!("src={}", query_value(self.map_url));
        // The frame is sized by its own attribute; the element inside fills it.
        for (name, value) in self.attributes().into_iter().filter(|(name, _)| *name != "height") {
            if !value.trim().is_empty() {
                let _ = write!(query, "&{name}={}", query_value(value.trim()));
            }
        }
        if self.mode == Mode::Edit {
            query.push_str("&mode=edit");
        }
        if self.compact {
            query.push_str("&compact");
        }
        // An iframe's height attribute takes pixels only; other lengths fall back to 600.
        let height = css_length(self.height).strip_suffix("px").map(str::to_owned).unwrap_or_else(|| "600".to_owned());
        Ok(format!(
            "<iframe src=\"{}embed.html?{}\" title=\"{}\" width=\"100%\" height=\"{}\" loading=\"lazy\"></iframe>",
            attribute(self.widget_base),
            attribute(&query),
            attribute(title),
            attribute(&height)
        ))
    }
}

/// Text escaped for a double-quoted HTML attribute.
pub fn attribute(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '"' => escaped.push_str("&quot;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Text percent-encoded for a URL query value.
fn query_value(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' | b':' => encoded.push(byte as char),
            _ => {
                let _ = write!(encoded, "%{byte:02X}");
            }
        }
    }
    encoded
}

/// A `height` attribute as a CSS length: a bare number is pixels; anything but a plain length in
/// `px`, `rem`, `em`, `vh` or `%` is refused.
pub fn css_length(text: &str) -> String {
    let text = text.trim();
    let number_end = text.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len());
    let (number, unit) = text.split_at(number_end);
    let number_ok = !number.is_empty() && number.parse::<f64>().is_ok_and(|n| n > 0.0 && n.is_finite());
    match unit {
        _ if !number_ok => String::new(),
        "" => format!("{number}px"),
        "px" | "rem" | "em" | "vh" | "svh" | "dvh" | "%" => format!("{number}{unit}"),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::EXAMPLES;

    fn example() -> Journey {
        EXAMPLES[0].load().expect("valid").journeys.remove(0)
    }

    #[test]
    fn the_exports_attribute_names_files_in_its_order_once_each() {
        assert_eq!(Export::parse_list(None), vec![]);
        assert_eq!(Export::parse_list(Some("")), Export::ALL.to_vec(), "an attribute without a value offers every file");
        assert_eq!(Export::parse_list(Some("  ")), Export::ALL.to_vec());
        assert_eq!(Export::parse_list(Some("pdf, SVG png")), vec![Export::Pdf, Export::Svg, Export::Png]);
        assert_eq!(Export::parse_list(Some("png,png,map")), vec![Export::Png, Export::Json]);
        assert_eq!(Export::parse_list(Some("pdf\u{060C}svg")), vec![Export::Pdf, Export::Svg], "an Arabic comma separates too");
        assert_eq!(Export::parse_list(Some("gif, docx")), vec![], "names of nothing Safar makes offer nothing");
        assert_eq!(Export::parse_list(Some("gif,pdf")), vec![Export::Pdf]);
    }

    #[test]
    fn storage_keys_stay_inside_the_widget_namespace() {
        assert_eq!(storage_namespace(None).unwrap(), "safar-widget");
        assert_eq!(storage_namespace(Some("  ")).unwrap(), "safar-widget");
        assert_eq!(storage_namespace(Some("team-a.onboarding_2")).unwrap(), "safar-widget.team-a.onboarding_2");
        for bad in ["a:b", "a b", "سفر", "x/../y", &"k".repeat(MAX_STORAGE_KEY + 1)] {
            assert_eq!(storage_namespace(Some(bad)), Err(BadStorageKey(bad.to_owned())), "{bad}");
        }
        let longest = storage_namespace(Some(&"k".repeat(MAX_STORAGE_KEY))).unwrap();
        assert_eq!(crate::library::Keys::new(&longest).prefix(), longest, "a library accepts the longest namespace");
    }

    #[test]
    fn lanes_are_chosen_by_id_kind_or_name() {
        let journey = example();
        let first = journey.lanes[0].clone();
        let pain = journey.lanes.iter().find(|l| l.kind == LaneKind::PainPoints).expect("the example has pain points").clone();
        let view = View::parse(Some(&format!("{}, PAIN-POINTS", first.id)), None);
        let shown = view.apply(&journey);
        for lane in &shown.lanes {
            let wanted = lane.id == first.id || lane.kind == LaneKind::PainPoints;
            assert_eq!(lane.hidden, !wanted, "{}", lane.name);
        }
        assert!(view.unmatched(&journey).is_empty());
        let by_name = View::parse(Some(&pain.name), None).apply(&journey);
        assert!(by_name.lanes.iter().all(|l| l.hidden == (l.id != pain.id) || l.name == pain.name));
        // The stored map is not touched.
        assert_eq!(journey, example());
    }

    #[test]
    fn names_that_match_nothing_leave_the_map_whole_and_are_reported() {
        let journey = example();
        let view = View::parse(Some("no-such-lane"), Some("no-such-stage"));
        assert_eq!(view.apply(&journey), journey);
        assert_eq!(view.unmatched(&journey), vec!["no-such-lane".to_owned(), "no-such-stage".to_owned()]);
        assert!(View::parse(Some(" , "), Some(" ")).is_whole());
    }

    #[test]
    fn a_focused_stage_keeps_only_its_cells() {
        let journey = example();
        let stage = journey.stages[1].clone();
        let shown = View::parse(None, Some(&stage.name)).apply(&journey);
        assert_eq!(shown.stages, vec![stage.clone()]);
        assert!(shown.cells.iter().all(|c| c.stage == stage.id));
        assert!(!shown.cells.is_empty());
        let file = crate::JourneyFile::new(EXAMPLES[0].load().expect("valid").personas, vec![shown]);
        assert_eq!(crate::validate::validate(&file), vec![], "a focused map is still a valid map");
    }

    #[test]
    fn snippets_escape_every_value() {
        let snippet = Snippet {
            widget_base: "https://intranet.example/safar/",
            map_url: "/maps/a\"><script>alert(1)</script>.json",
            lang: "fa",
            mode: Mode::Edit,
            storage_key: "team",
            height: "480",
            ..Snippet::default()
        };
        let html = snippet.html().expect("good addresses");
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(html.contains("src=\"/maps/a&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;.json\""), "{html}");
        assert!(html.contains(" lang=\"fa\" storage-key=\"team\" height=\"480\" mode=\"edit\">"), "{html}");
        assert!(html.starts_with("<script type=\"module\" src=\"https://intranet.example/safar/safar-widget.js\"></script>"));
        let iframe = snippet.iframe("Onboarding \"new\" <b>").expect("good addresses");
        assert!(iframe.contains("embed.html?src=/maps/a%22%3E%3Cscript%3Ealert%281%29%3C/script%3E.json&amp;lang=fa&amp;storage-key=team&amp;mode=edit"), "{iframe}");
        assert!(iframe.contains("title=\"Onboarding &quot;new&quot; &lt;b&gt;\""), "{iframe}");
        assert!(iframe.contains(" width=\"100%\" height=\"480\" "), "{iframe}");
        assert!(!iframe.contains("style"), "no inline style: {iframe}");
        let tall = Snippet { height: "80vh", ..snippet };
        assert!(tall.iframe("t").expect("good addresses").contains(" height=\"600\" "));
    }

    #[test]
    fn a_snippet_is_made_only_for_http_or_relative_addresses() {
        let good = Snippet { widget_base: "https://intranet.example/safar/", map_url: "/maps/a.json", lang: "en", ..Snippet::default() };
        for base in ["https://intranet.example/safar/", "HTTP://x/", "/safar/", "widget/", "//cdn.example/safar/"] {
            assert!(Snippet { widget_base: base, ..good.clone() }.check().is_ok(), "{base}");
        }
        for base in ["javascript:alert(1)//", " JavaScript:alert(document.domain)//", "java\tscript:x//", "data:text/html,<script>//", "vbscript:x/", "", "  "] {
            let bad = Snippet { widget_base: base, ..good.clone() };
            assert_eq!(bad.html(), Err(BadAddress::Widget), "{base:?}");
            assert_eq!(bad.iframe("t"), Err(BadAddress::Widget), "{base:?}");
        }
        let bad_map = Snippet { map_url: "javascript:alert(1)", ..good.clone() };
        assert_eq!(bad_map.iframe("t"), Err(BadAddress::Map));
        assert_eq!(bad_map.html(), Err(BadAddress::Map));
        // The widget's address is checked first: it is the one that runs.
        assert_eq!(Snippet { widget_base: "javascript:x//", ..bad_map }.check(), Err(BadAddress::Widget));
    }

    #[test]
    fn every_attribute_of_the_element_can_be_in_a_snippet() {
        let snippet = Snippet {
            widget_base: "/safar/",
            map_url: "/maps/a.json",
            map_id: "map-1",
            lang: "ar",
            lanes: "emotions, پیشنهادها",
            stage: "awareness",
            compact: true,
            height: "700",
            ..Snippet::default()
        };
        let html = snippet.html().unwrap();
        assert!(html.contains(r#"<safar-journey-map src="/maps/a.json" map="map-1" lang="ar" lanes="emotions, پیشنهادها" stage="awareness" height="700" compact>"#), "{html}");
        let iframe = snippet.iframe("t").unwrap();
        assert!(iframe.contains("src=/maps/a.json&amp;map=map-1&amp;lang=ar&amp;lanes=emotions%2C%20%D9%BE"), "{iframe}");
        assert!(iframe.contains("&amp;stage=awareness&amp;compact\""), "{iframe}");
        assert!(!iframe.contains("height=700"), "the frame's own height sizes it: {iframe}");
        let plain = Snippet { widget_base: "/safar/", map_url: "/maps/a.json", ..Snippet::default() }.html().unwrap();
        assert!(plain.ends_with(r#"<safar-journey-map src="/maps/a.json"></safar-journey-map>"#), "empty attributes are left out: {plain}");
    }

    #[test]
    fn heights_are_plain_lengths_or_nothing() {
        assert_eq!(css_length("480"), "480px");
        assert_eq!(css_length(" 30rem "), "30rem");
        assert_eq!(css_length("80vh"), "80vh");
        for bad in ["", "px", "-4px", "10px; color: red", "calc(1px)", "1e9", "0", "5pt"] {
            assert_eq!(css_length(bad), "", "{bad}");
        }
    }

    #[test]
    fn modes() {
        assert_eq!(Mode::parse(Some("EDIT")), Mode::Edit);
        assert_eq!(Mode::parse(Some("view")), Mode::View);
        assert_eq!(Mode::parse(Some("anything")), Mode::View);
        assert_eq!(Mode::parse(None), Mode::View);
    }
}
