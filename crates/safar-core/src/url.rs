//! Which URLs from a map may become links or image sources (a map file can come from anyone, so
//! a `javascript:` or `vbscript:` URL must never reach an `href` or `src`), and which file of a
//! published site a request's address names.

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

/// Whether `url` is a path relative to its document (`images/a.png`), not an address of its own.
pub fn is_relative(url: &str) -> bool {
    !(url.is_empty() || url.contains(':') || url.starts_with(['/', '#', '?']))
}

/// The file under a published site that a request target (`/maps/a%20b.html?x=1`) names, as a
/// relative path with `/` between parts (`maps/a b.html`); `index.html` of a folder when the
/// target ends in `/`. `None` refuses the request: a target that is not a path, a malformed
/// `%` escape, bytes that are not UTF-8, a part that is hidden or climbs (`.git`, `..`, also when
/// spelled `%2e%2e` or `..%2f`), and anything a file system could read as another place (`\`,
/// `:`, control characters, NUL).
pub fn served_path(target: &str) -> Option<String> {
    let path = target.split(['?', '#']).next()?;
    let path = path.strip_prefix('/')?;
    let decoded = String::from_utf8(percent_decode(path)?).ok()?;
    let mut parts = Vec::new();
    for part in decoded.split('/') {
        if part.is_empty() {
            continue;
        }
        if part.starts_with('.') || part.contains(['\\', ':']) || part.chars().any(char::is_control) {
            return None;
        }
        parts.push(part);
    }
    if parts.is_empty() || decoded.ends_with('/') {
        parts.push("index.html");
    }
    Some(parts.join("/"))
}

/// `%XX` escapes made bytes; `None` for a `%` not followed by two hex digits.
fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok().filter(|_| hex.bytes().all(|b| b.is_ascii_hexdigit()))?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{is_safe_url, served_path};

    #[test]
    fn requests_name_files_inside_the_site_only() {
        assert_eq!(served_path("/").as_deref(), Some("index.html"));
        assert_eq!(served_path("/?q=1").as_deref(), Some("index.html"));
        assert_eq!(served_path("/maps/").as_deref(), Some("maps/index.html"));
        assert_eq!(served_path("/maps/a%20b.html?x=1#top").as_deref(), Some("maps/a b.html"));
        assert_eq!(served_path("/maps//team/./x.json").as_deref(), None, "a `.` part is hidden");
        assert_eq!(served_path("/maps//team/x.json").as_deref(), Some("maps/team/x.json"));
        assert_eq!(served_path("/maps/%D8%B3%D9%81%D8%B1.html").as_deref(), Some("maps/سفر.html"));
        for refused in [
            "", "*", "maps/a.html", "http://x/a.html", "/..", "/../etc/passwd", "/maps/../../etc/passwd",
            "/%2e%2e/etc/passwd", "/%2E%2E/", "/..%2f..%2fetc/passwd", "/maps/%2e%2e%2f%2e%2e%2fetc",
            "/.safar-site", "/.git/config", "/maps/.env", "/%2egit/config", "/a%5c..%5c..%5cwin.ini",
            "/a\\..\\b", "/C:/Windows/win.ini", "/c%3a/x", "/a%00.html", "/a%0d%0aSet-Cookie:x",
            "/a%ff.html", "/a%zz", "/a%2", "/a%+1",
        ] {
            assert_eq!(served_path(refused), None, "{refused:?}");
        }
    }

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
