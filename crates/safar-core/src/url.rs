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
        for ok in ["https://example.com/a.png", "HTTP://x", "/maps/a.json", "a.png", "../b?x=1:2", "#top", "//cdn/x"] {
            assert!(is_safe_url(ok, false), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "vbscript:msgbox",
            "data:text/html,<script>",
            "file:///etc/passwd",
            "",
            "   ",
        ] {
            assert!(!is_safe_url(bad, true), "{bad:?}");
        }
        assert!(is_safe_url("data:image/png;base64,AAAA", true));
        assert!(!is_safe_url("data:image/png;base64,AAAA", false));
    }
}
