//! Which URLs from a map may become links or image sources. A map file can come from anyone, so
//! a `javascript:` or `vbscript:` URL must never reach an `href` or `src`.

/// Whether `url` is an `http(s)` URL, a relative one, or (for images) a `data:image/` URL.
pub fn is_safe_url(url: &str, allow_data_image: bool) -> bool {
    if url.chars().any(|c| c.is_control()) {
        return false;
    }
    let url = url.trim();
    if url.is_empty() {
        return false;
    }
    // A scheme is whatever precedes the first ':' when no '/', '?' or '#' comes before it.
    let scheme_end = url.find([':', '/', '?', '#']);
    // A character reference where the scheme would be (`&#106;avascript:`, `javascript&colon;`)
    // is there only to hide one from this check: anything that decodes it sees `javascript:`.
    if url[..scheme_end.unwrap_or(url.len())].contains('&') {
        return false;
    }
    match scheme_end {
        Some(end) if url.as_bytes()[end] == b':' => {
            let scheme = url[..end].to_ascii_lowercase();
            match scheme.as_str() {
                "http" | "https" => true,
                "data" => allow_data_image && url[end + 1..].to_ascii_lowercase().starts_with("image/"),
                _ => false,
            }
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::is_safe_url;

    #[test]
    fn safe_and_unsafe() {
        for ok in ["https://example.com/a.png", "HTTP://x", "/maps/a.json", "a.png", "../b?x=1:2", "#top", "//cdn/x", "a.png?x=1&y=2", "https://x/?a&b", "#a&b"] {
            assert!(is_safe_url(ok, false), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "vbscript:msgbox",
            "data:text/html,<script>",
            "file:///etc/passwd",
            "&#106;avascript:alert(1)",
            "&#x6A;avascript:alert(1)",
            "javascript&colon;alert(1)",
            "java&Tab;script:alert(1)",
            "",
            "   ",
        ] {
            assert!(!is_safe_url(bad, true), "{bad:?}");
        }
        assert!(is_safe_url("data:image/png;base64,AAAA", true));
        assert!(!is_safe_url("data:image/png;base64,AAAA", false));
    }
}
