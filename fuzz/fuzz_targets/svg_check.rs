//! An SVG picture of any bytes through the publisher's check (`safar_core::svg::check`): it is
//! refused or accepted, never a panic; and what it accepts is, read with roxmltree, strict UTF-8
//! with no DOCTYPE or processing instruction, only SVG-namespace elements, no script, no
//! foreignObject, no event-handler attribute, no animation of a link, and links only to
//! `#fragments`. The check parses with roxmltree too, so this tries its allow-list, not parsing.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Elements that run script or embed another document, in any namespace.
const NEVER: [&str; 7] = ["script", "foreignobject", "iframe", "object", "embed", "handler", "listener"];

fuzz_target!(|data: &[u8]| {
    if safar_core::svg::check(data).is_err() {
        return;
    }
    let text = std::str::from_utf8(data).expect("an accepted SVG is UTF-8");
    // Parsed without DTD support, so a DOCTYPE anywhere but in a comment is an error of its own.
    // What else a strict parser cannot read, a browser shows as a parse error: inert.
    let document = match roxmltree::Document::parse(text) {
        Ok(document) => document,
        Err(roxmltree::Error::DtdDetected) => panic!("an accepted SVG has a DOCTYPE"),
        Err(_) => return,
    };
    assert!(!document.descendants().any(|n| n.is_pi()), "an accepted SVG has a processing instruction");
    for node in document.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name();
        assert_eq!(name.namespace(), Some("http://www.w3.org/2000/svg"), "accepted an element outside SVG: {name:?}");
        let local = name.name().to_ascii_lowercase();
        assert!(!NEVER.contains(&local.as_str()), "accepted <{local}>");
        // `<animate attributeName="href" to="javascript:…">` and `<set>` rewrite a link later,
        // under any prefix (`xlink:href`); an attribute that merely ends so (`bhref`) is no link.
        let animates_a_link = node
            .attribute("attributeName")
            .map(|a| a.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r')))
            .is_some_and(|a| a.rsplit(':').next().is_some_and(|local| local.eq_ignore_ascii_case("href")));
        assert!(!animates_a_link, "accepted <{local}> animating a link");
        for attribute in node.attributes() {
            let attribute_name = attribute.name().to_ascii_lowercase();
            assert!(!attribute_name.starts_with("on"), "accepted the handler {attribute_name}");
            if attribute_name == "href" {
                assert!(attribute.value().trim_start().starts_with('#'), "accepted a link to {:?}", attribute.value());
            }
        }
    }
});
