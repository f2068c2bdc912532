//! Any text the core's URL check lets through as a link or picture is, to a browser, an
//! `http(s)` URL, a relative one, or a `data:image/` picture: also after HTML character
//! references in it are decoded, as a careless renderer would. The browser's view is the
//! WHATWG URL parser (the `url` crate), the same oracle as crates/safar-core/tests/hostile.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use safar_core::url::is_safe_url;

fuzz_target!(|data: &[u8]| {
    let Ok(url) = std::str::from_utf8(data) else { return };
    for image in [false, true] {
        if is_safe_url(url, image) {
            let decoded = html_escape::decode_html_entities(url);
            for seen in [url, decoded.as_ref()] {
                if let Ok(parsed) = url::Url::parse(seen) {
                    let fine = match parsed.scheme() {
                        "http" | "https" => true,
                        "data" => image && parsed.path().to_ascii_lowercase().starts_with("image/"),
                        _ => false,
                    };
                    assert!(fine, "{url:?} passes as a {} URL, but a browser reads {seen:?} as {parsed}", if image { "picture" } else { "link" });
                }
            }
        }
    }
});
