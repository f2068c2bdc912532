//! Whether an SVG file is a plain picture, decided by parsing it. An SVG opened from a site's own
//! address runs with that site's origin, so a picture that can run script (or load anything
//! from elsewhere) is never published; Safar's own SVG exports must pass the same check.
//!
//! The file is parsed as XML (roxmltree: UTF-8 only, no DTD, character references resolved),
//! then every element and attribute is held against an allow-list of drawing SVG by its
//! namespace and local name, so a prefix (`<s:script>`) or another namespace (`<h:script>`)
//! changes nothing.

use roxmltree::{Document, Node, NodeType, ParsingOptions};
use std::fmt;

/// The largest SVG file checked; larger ones are refused.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// The deepest nesting of elements accepted; drawings seldom go past a few dozen.
pub const MAX_DEPTH: usize = 128;

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// Why an SVG file is not a plain picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SvgRefusal {
    /// Larger than [`MAX_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// Not UTF-8 (or UTF-8 with NUL bytes, as UTF-16 text without a byte-order mark reads).
    NotUtf8,
    /// The XML declaration names another encoding, which a browser would decode differently.
    Encoding { declared: String },
    /// A document type declaration, where entities are declared.
    Doctype,
    /// Not well-formed XML; the parser's note.
    NotXml { detail: String },
    /// A processing instruction, such as `<?xml-stylesheet?>`.
    ProcessingInstruction { target: String },
    /// The root element is not `svg` in the SVG namespace.
    NotSvg { root: String },
    /// Elements nested deeper than [`MAX_DEPTH`].
    TooDeep { limit: usize },
    /// An element outside the SVG namespace (`namespace` is empty for none).
    ForeignElement { element: String, namespace: String },
    /// An SVG element that can run script, embed other documents, or is not drawing.
    Element { element: String },
    /// An event handler attribute (`onload`, `ONCLICK`).
    EventHandler { element: String, attribute: String },
    /// An attribute that is not a drawing attribute of SVG.
    Attribute { element: String, attribute: String },
    /// A link (`href`, `xlink:href`) to anything but a `#fragment` of the picture itself.
    ExternalLink { element: String, attribute: String },
    /// Style that fetches from elsewhere (`url(…)` other than `url(#…)`, `@import`) or hides
    /// what it does behind CSS escapes; `attribute` is empty for a `<style>` sheet.
    ExternalStyle { element: String, attribute: String },
    /// An animation that would change a link or an event handler.
    AnimatesLink { element: String, target: String },
}

impl fmt::Display for SvgRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SvgRefusal::TooLarge { bytes, limit } => write!(f, "the file has {bytes} bytes, more than the {limit} an SVG picture may have"),
            SvgRefusal::NotUtf8 => write!(f, "the file is not UTF-8 text"),
            SvgRefusal::Encoding { declared } => write!(f, "the file declares the encoding {declared}; only UTF-8 is accepted"),
            SvgRefusal::Doctype => write!(f, "the file has a document type declaration (<!DOCTYPE>), where entities hide"),
            SvgRefusal::NotXml { detail } => write!(f, "the file is not well-formed XML: {detail}"),
            SvgRefusal::ProcessingInstruction { target } => write!(f, "the file has a processing instruction <?{target}?>"),
            SvgRefusal::NotSvg { root } => write!(f, "the root element <{root}> is not an SVG <svg> element"),
            SvgRefusal::TooDeep { limit } => write!(f, "elements are nested more than {limit} deep"),
            SvgRefusal::ForeignElement { element, namespace } if namespace.is_empty() => {
                write!(f, "the element <{element}> is in no namespace, so it is not SVG")
            }
            SvgRefusal::ForeignElement { element, namespace } => write!(f, "the element <{element}> is in the namespace {namespace}, not SVG"),
            SvgRefusal::Element { element } => write!(f, "the element <{element}> is not one of the drawing elements Safar publishes (scripts and embedded content never are)"),
            SvgRefusal::EventHandler { element, attribute } => write!(f, "<{element}> has the event handler {attribute}"),
            SvgRefusal::Attribute { element, attribute } => write!(f, "<{element}> has the attribute {attribute}, which is not a drawing attribute"),
            SvgRefusal::ExternalLink { element, attribute } => write!(f, "<{element}> links with {attribute} to something outside the picture"),
            SvgRefusal::ExternalStyle { element, attribute } if attribute.is_empty() => {
                write!(f, "the style sheet in <{element}> loads something from outside the picture or uses CSS escapes")
            }
            SvgRefusal::ExternalStyle { element, attribute } => write!(f, "the style in {attribute} of <{element}> loads something from outside the picture or uses CSS escapes"),
            SvgRefusal::AnimatesLink { element, target } => write!(f, "<{element}> animates {target}, a link or event handler"),
        }
    }
}

impl std::error::Error for SvgRefusal {}

/// `Ok` when `bytes` are an SVG picture that can neither run script nor load anything from
/// outside itself; otherwise the first reason it is not.
pub fn check(bytes: &[u8]) -> Result<(), SvgRefusal> {
    if bytes.len() > MAX_BYTES {
        return Err(SvgRefusal::TooLarge { bytes: bytes.len(), limit: MAX_BYTES });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| SvgRefusal::NotUtf8)?;
    // A UTF-8 byte-order mark is fine: browsers read it as UTF-8, as we do.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // NUL is valid UTF-8 but never XML: this is UTF-16 text without its byte-order mark.
    if text.contains('\0') {
        return Err(SvgRefusal::NotUtf8);
    }
    if let Some(declared) = declared_encoding(text).filter(|e| !e.eq_ignore_ascii_case("utf-8")) {
        return Err(SvgRefusal::Encoding { declared: declared.to_owned() });
    }
    let options = ParsingOptions { allow_dtd: false, ..ParsingOptions::default() };
    let document = Document::parse_with_options(text, options).map_err(|error| match error {
        roxmltree::Error::DtdDetected => SvgRefusal::Doctype,
        error => SvgRefusal::NotXml { detail: error.to_string() },
    })?;
    let root = document.root_element();
    if root.tag_name().namespace() != Some(SVG_NS) || root.tag_name().name() != "svg" {
        return Err(SvgRefusal::NotSvg { root: root.tag_name().name().to_owned() });
    }
    // Each node's depth in elements, by node index (document order puts parents first).
    let mut depths = vec![0usize; document.descendants().count()];
    for node in document.descendants() {
        if let Some(parent) = node.parent() {
            let depth = depths[parent.id().get_usize()] + usize::from(node.is_element());
            if depth > MAX_DEPTH {
                return Err(SvgRefusal::TooDeep { limit: MAX_DEPTH });
            }
            depths[node.id().get_usize()] = depth;
        }
        check_node(node)?;
    }
    Ok(())
}

/// The `encoding` of the XML declaration, when there is one.
fn declared_encoding(text: &str) -> Option<&str> {
    let declaration = &text[..text.strip_prefix("<?xml")?.find("?>")? + 5];
    let after = declaration.split_once("encoding")?.1.trim_start().strip_prefix('=')?.trim_start();
    let quote = after.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    after[1..].split(quote).next()
}

fn check_node(node: Node) -> Result<(), SvgRefusal> {
    match node.node_type() {
        NodeType::PI => {
            let target = node.pi().map(|pi| pi.target.to_owned()).unwrap_or_default();
            Err(SvgRefusal::ProcessingInstruction { target })
        }
        NodeType::Element => check_element(node),
        NodeType::Root | NodeType::Comment | NodeType::Text => Ok(()),
    }
}

fn check_element(node: Node) -> Result<(), SvgRefusal> {
    let name = node.tag_name();
    let element = name.name().to_owned();
    if name.namespace() != Some(SVG_NS) {
        return Err(SvgRefusal::ForeignElement { element, namespace: name.namespace().unwrap_or_default().to_owned() });
    }
    if ELEMENTS.binary_search(&name.name()).is_err() {
        return Err(SvgRefusal::Element { element });
    }
    for attribute in node.attributes() {
        let local = attribute.name();
        let shown = match attribute.namespace() {
            Some(XLINK_NS) => format!("xlink:{local}"),
            Some(XML_NS) => format!("xml:{local}"),
            _ => local.to_owned(),
        };
        if attribute.namespace().is_none() && local.get(..2).is_some_and(|on| on.eq_ignore_ascii_case("on")) {
            return Err(SvgRefusal::EventHandler { element, attribute: shown });
        }
        let allowed = match attribute.namespace() {
            None => ATTRIBUTES.binary_search(&local).is_ok() || local.starts_with("aria-"),
            Some(XLINK_NS) => matches!(local, "href" | "title"),
            Some(XML_NS) => matches!(local, "lang" | "space"),
            Some(_) => false,
        };
        if !allowed {
            return Err(SvgRefusal::Attribute { element, attribute: shown });
        }
        let value = attribute.value();
        if local == "href" && !value.trim_matches(is_xml_space).starts_with('#') {
            return Err(SvgRefusal::ExternalLink { element, attribute: shown });
        }
        if !is_inert_css(value) {
            return Err(SvgRefusal::ExternalStyle { element, attribute: shown });
        }
        if local == "attributeName" {
            let target = value.trim_matches(is_xml_space);
            let target_local = target.rsplit(':').next().unwrap_or_default();
            if target_local.eq_ignore_ascii_case("href") || target_local.get(..2).is_some_and(|on| on.eq_ignore_ascii_case("on")) {
                return Err(SvgRefusal::AnimatesLink { element, target: target.to_owned() });
            }
        }
    }
    if element == "style" {
        let css: String = node.children().filter_map(|child| child.text()).collect();
        if !is_inert_css(&css) {
            return Err(SvgRefusal::ExternalStyle { element, attribute: String::new() });
        }
    }
    Ok(())
}

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// Whether CSS text (a `style` attribute, a `<style>` sheet, a presentation attribute's value)
/// fetches nothing: every `url(` names a `#fragment`, no `@import` or `image-set(`, and no
/// backslash, whose escapes could spell `url` without the letters.
fn is_inert_css(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    if lower.contains('\\') || lower.contains("@import") || lower.contains("image-set(") || lower.contains("expression(") {
        return false;
    }
    lower.match_indices("url(").all(|(at, _)| {
        let rest = lower[at + 4..].trim_start_matches(|c: char| c.is_ascii_whitespace());
        let rest = rest.strip_prefix(['"', '\'']).unwrap_or(rest);
        rest.starts_with('#') || is_embedded_font(&text[text.len() - rest.len()..])
    })
}

/// Whether a `url(` goes on with a font inside the picture itself: `data:font/woff2;base64,`
/// (or ttf, otf, woff) and nothing but base64 up to the closing parenthesis. A font fetches
/// nothing and runs nothing; it is how Safar's exports carry theirs.
fn is_embedded_font(rest: &str) -> bool {
    let Some(data) = ["font/woff2", "font/woff", "font/ttf", "font/otf"]
        .iter()
        .find_map(|kind| rest.strip_prefix("data:").and_then(|r| r.strip_prefix(kind)).and_then(|r| r.strip_prefix(";base64,")))
    else {
        return false;
    };
    let end = data.find(|c: char| !(c.is_ascii_alphanumeric() || c == '+' || c == '/' || c == '=')).unwrap_or(data.len());
    let after = data[end..].trim_start_matches(['"', '\'']).trim_start_matches(|c: char| c.is_ascii_whitespace());
    end > 0 && after.starts_with(')')
}

/// Drawing elements of SVG 1.1 and 2, sorted (for binary search). Absent on purpose: `script`,
/// `foreignObject`, `image` (its address is never a fragment), `iframe`, `video`, `audio`,
/// `canvas`, `handler`, `listener`, `discard`, font elements.
const ELEMENTS: &[&str] = &[
    "a", "animate", "animateMotion", "animateTransform", "circle", "clipPath", "defs", "desc", "ellipse",
    "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
    "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
    "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight", "feSpecularLighting",
    "feSpotLight", "feTile", "feTurbulence", "filter", "g", "line", "linearGradient", "marker", "mask", "metadata",
    "mpath", "path", "pattern", "polygon", "polyline", "radialGradient", "rect", "set", "stop", "style", "svg",
    "switch", "symbol", "text", "textPath", "title", "tspan", "use", "view",
];

/// Attributes in no namespace that drawing SVG uses, sorted (for binary search); `aria-*` are
/// allowed too. Event handlers (`on*`) are refused before this list is looked at.
const ATTRIBUTES: &[&str] = &[
    "accumulate", "additive", "alignment-baseline", "amplitude", "attributeName", "attributeType", "azimuth",
    "baseFrequency", "baseProfile", "baseline-shift", "begin", "bias", "by", "calcMode", "class", "clip",
    "clip-path", "clip-rule", "clipPathUnits", "color", "color-interpolation", "color-interpolation-filters",
    "color-rendering", "cx", "cy", "d", "diffuseConstant", "direction", "display", "divisor", "dominant-baseline",
    "dur", "dx", "dy", "edgeMode", "elevation", "enable-background", "end", "exponent", "fill", "fill-opacity",
    "fill-rule", "filter", "filterUnits", "flood-color", "flood-opacity", "focusable", "font-family", "font-size",
    "font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight", "fr", "from", "fx", "fy",
    "gradientTransform", "gradientUnits", "height", "href", "id", "image-rendering", "in", "in2", "intercept",
    "isolation", "k1", "k2", "k3", "k4", "kernelMatrix", "kernelUnitLength", "keyPoints", "keySplines", "keyTimes",
    "lang", "lengthAdjust", "letter-spacing", "lighting-color", "limitingConeAngle", "marker-end", "marker-mid",
    "marker-start", "markerHeight", "markerUnits", "markerWidth", "mask", "maskContentUnits", "maskUnits", "max",
    "media", "method", "min", "mix-blend-mode", "mode", "numOctaves", "offset", "opacity", "operator", "order",
    "orient", "overflow", "paint-order", "path", "pathLength", "patternContentUnits", "patternTransform",
    "patternUnits", "points", "pointsAtX", "pointsAtY", "pointsAtZ", "preserveAlpha", "preserveAspectRatio",
    "primitiveUnits", "r", "radius", "refX", "refY", "repeatCount", "repeatDur", "restart", "result", "role",
    "rotate", "rx", "ry", "scale", "seed", "shape-rendering", "side", "slope", "spacing", "specularConstant",
    "specularExponent", "spreadMethod", "startOffset", "stdDeviation", "stitchTiles", "stop-color", "stop-opacity",
    "stroke", "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
    "stroke-opacity", "stroke-width", "style", "surfaceScale", "systemLanguage", "tabindex", "tableValues",
    "targetX", "targetY", "text-anchor", "text-decoration", "text-rendering", "textLength", "to", "transform",
    "transform-origin", "type", "unicode-bidi", "values", "vector-effect", "version", "viewBox", "visibility",
    "width", "word-spacing", "writing-mode", "x", "x1", "x2", "xChannelSelector", "y", "y1", "y2",
    "yChannelSelector", "zoomAndPan",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(svg: &str) -> SvgRefusal {
        check(svg.as_bytes()).expect_err(svg)
    }

    #[test]
    fn the_allow_lists_are_sorted_for_binary_search() {
        assert!(ELEMENTS.windows(2).all(|w| w[0] < w[1]));
        assert!(ATTRIBUTES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn real_world_pictures_are_accepted() {
        for svg in [
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Queue at the branch</title><rect width="10" height="10" fill="white"/></svg>"##,
            concat!(
                "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<!-- made by hand -->\n",
                r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="80" role="img" aria-labelledby="t">"##,
                r##"<title id="t">Waiting room</title><desc xml:lang="en">Two chairs</desc>"##,
                r##"<defs><linearGradient id="g" x1="0" x2="1"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#036"/></linearGradient>"##,
                r##"<symbol id="a" viewBox="0 0 4 4"><circle cx="2" cy="2" r="2"/></symbol><style>.c { fill: url(#g); stroke: url( '#g' ) }</style></defs>"##,
                r##"<rect class="c" width="120" height="80" style="fill:url(#g)"/><use href="#a" x="4"/><use xlink:href="#a" x="40"/>"##,
                r##"<a href="#t"><text x="4" y="70" font-family="Vazirmatn, sans-serif" xml:space="preserve">صف &amp; انتظار &#x263A;</text></a>"##,
                r##"<animate attributeName="opacity" values="0;1" dur="1s"/></svg>"##
            ),
            r##"<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:path d="M0 0h4"/></s:svg>"##,
        ] {
            assert_eq!(check(svg.as_bytes()), Ok(()), "{svg}");
        }
    }

    #[test]
    fn script_under_any_prefix_or_namespace_is_refused() {
        assert_eq!(
            refused(r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></svg>"#),
            SvgRefusal::Element { element: "script".into() }
        );
        assert_eq!(
            refused(r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:h="http://www.w3.org/1999/xhtml"><h:script>alert(1)</h:script></svg>"#),
            SvgRefusal::ForeignElement { element: "script".into(), namespace: "http://www.w3.org/1999/xhtml".into() }
        );
        assert_eq!(
            refused(r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/2000/svg"><x:foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></x:foreignObject></svg>"#),
            SvgRefusal::Element { element: "foreignObject".into() }
        );
        assert!(matches!(refused(r#"<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>"#), SvgRefusal::Element { .. }));
        assert!(matches!(refused(r#"<svg xmlns="http://www.w3.org/2000/svg"><iframe/></svg>"#), SvgRefusal::Element { .. }));
        // No namespace at all: not SVG to a browser either, but still refused.
        assert!(matches!(refused(r#"<svg><script>alert(1)</script></svg>"#), SvgRefusal::NotSvg { .. }));
        assert!(matches!(refused(r#"<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>"#), SvgRefusal::NotSvg { .. }));
    }

    #[test]
    fn links_reach_only_fragments_even_when_spelled_with_references() {
        for svg in [
            r#"<svg xmlns="http://www.w3.org/2000/svg"><a href="&#106;avascript:alert(1)"><text>x</text></a></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><a href="&#x6A;avascript&#58;alert(1)"><text>x</text></a></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><text>x</text></a></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><use href="https://evil.example/sprite.svg#a"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><a href=" java&#9;script:alert(1)"><text>x</text></a></svg>"#,
        ] {
            assert!(matches!(refused(svg), SvgRefusal::ExternalLink { .. }), "{svg}");
        }
    }

    #[test]
    fn declarations_entities_and_instructions_are_refused() {
        assert_eq!(refused(r#"<!DOCTYPE svg [<!ENTITY x "javascript:alert(1)">]><svg xmlns="http://www.w3.org/2000/svg"><a href="&x;"/></svg>"#), SvgRefusal::Doctype);
        assert_eq!(refused(r#"<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg"/>"#), SvgRefusal::Doctype);
        assert!(matches!(refused(r#"<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>"#), SvgRefusal::NotXml { .. }));
        assert_eq!(
            refused(r#"<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="evil.xsl"?><svg xmlns="http://www.w3.org/2000/svg"/>"#),
            SvgRefusal::ProcessingInstruction { target: "xml-stylesheet".into() }
        );
        assert!(matches!(refused(r#"<svg xmlns="http://www.w3.org/2000/svg"><?php echo 1 ?></svg>"#), SvgRefusal::ProcessingInstruction { .. }));
    }

    #[test]
    fn only_utf8_is_read() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#;
        let mut utf16_bom = vec![0xFF, 0xFE];
        utf16_bom.extend(svg.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(check(&utf16_bom), Err(SvgRefusal::NotUtf8));
        let utf16_bare: Vec<u8> = svg.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(check(&utf16_bare), Err(SvgRefusal::NotUtf8));
        assert_eq!(check(b"<svg xmlns=\"http://www.w3.org/2000/svg\"><text>\xff</text></svg>"), Err(SvgRefusal::NotUtf8));
        assert_eq!(
            refused(r#"<?xml version="1.0" encoding="ISO-2022-JP"?><svg xmlns="http://www.w3.org/2000/svg"/>"#),
            SvgRefusal::Encoding { declared: "ISO-2022-JP".into() }
        );
        assert_eq!(check(br#"<?xml version='1.0' encoding='utf-8'?><svg xmlns="http://www.w3.org/2000/svg"/>"#), Ok(()));
    }

    #[test]
    fn event_handlers_in_any_case_are_refused() {
        for svg in [
            r#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect ONCLICK = "alert(1)"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect OnMouseOver="alert(1)"/></svg>"#,
        ] {
            assert!(matches!(refused(svg), SvgRefusal::EventHandler { .. }), "{svg}");
        }
        // In another namespace an `on*` attribute is no handler, and no drawing attribute either.
        assert!(matches!(
            refused(r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><rect s:onclick="alert(1)"/></svg>"#),
            SvgRefusal::Attribute { .. }
        ));
    }

    #[test]
    fn an_embedded_font_is_inside_the_picture() {
        let font = r#"<svg xmlns="http://www.w3.org/2000/svg"><style>@font-face{font-family:"V";src:url(data:font/woff2;base64,d09GMgABAAAA) format("woff2")}</style></svg>"#;
        assert_eq!(check(font.as_bytes()), Ok(()));
        for svg in [
            r#"<svg xmlns="http://www.w3.org/2000/svg"><style>@font-face{src:url(data:text/html;base64,PHNjcmlwdD4=)}</style></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><style>@font-face{src:url(data:font/woff2;base64,AAAA https://evil.example/x)}</style></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><style>@font-face{src:url(data:font/woff2,AAAA)}</style></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><style>@font-face{src:url(data:font/woff2;base64,)}</style></svg>"#,
        ] {
            assert!(matches!(refused(svg), SvgRefusal::ExternalStyle { .. }), "{svg}");
        }
    }

    #[test]
    fn style_and_animation_stay_inside_the_picture() {
        for svg in [
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://evil.example/x)"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect fill="URL( 'http://evil.example/#g' )"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:u\72l(http://evil.example/x)"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><style>@import "https://evil.example/a.css";</style></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><style><![CDATA[rect { fill: url(//evil.example/x) }]]></style></svg>"#,
        ] {
            assert!(matches!(refused(svg), SvgRefusal::ExternalStyle { .. }), "{svg}");
        }
        for svg in [
            r##"<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a></svg>"##,
            r##"<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"><animate attributeName="xlink:href" values="javascript:alert(1)"/></a></svg>"##,
            r##"<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="onclick" to="alert(1)"/></svg>"##,
        ] {
            assert!(matches!(refused(svg), SvgRefusal::AnimatesLink { .. }), "{svg}");
        }
    }

    #[test]
    fn size_and_depth_are_capped() {
        let deep = format!("<svg xmlns=\"http://www.w3.org/2000/svg\">{}{}</svg>", "<g>".repeat(MAX_DEPTH), "</g>".repeat(MAX_DEPTH));
        assert_eq!(check(deep.as_bytes()), Err(SvgRefusal::TooDeep { limit: MAX_DEPTH }));
        let shallow = format!("<svg xmlns=\"http://www.w3.org/2000/svg\">{}{}</svg>", "<g>".repeat(MAX_DEPTH - 1), "</g>".repeat(MAX_DEPTH - 1));
        assert_eq!(check(shallow.as_bytes()), Ok(()));
        let large = format!("<svg xmlns=\"http://www.w3.org/2000/svg\"><!--{}--></svg>", "x".repeat(MAX_BYTES));
        assert!(matches!(check(large.as_bytes()), Err(SvgRefusal::TooLarge { .. })));
    }
}
