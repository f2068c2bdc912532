//! The server as clients reach it: started on 127.0.0.1:0 over a small site, asked with raw
//! requests (well-formed, hostile and malformed), answers read off the socket.

use super::*;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Instant;

/// A site folder with a page, a map file, a picture, a script, wasm and a dotfile, and a
/// secret beside it.
fn site(name: &str) -> PathBuf {
    let top = std::env::temp_dir().join(format!("safar-serve-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&top);
    let root = top.join("site");
    std::fs::create_dir_all(root.join("maps")).unwrap();
    std::fs::write(root.join("index.html"), "<!DOCTYPE html><title>Index</title>").unwrap();
    std::fs::write(root.join("maps/a b.html"), "<!DOCTYPE html><title>A</title>").unwrap();
    std::fs::write(root.join("maps/a.json"), "{}").unwrap();
    std::fs::write(root.join("maps/q.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").unwrap();
    std::fs::write(root.join("maps/x.png"), b"\x89PNG\r\n\x1a\n").unwrap();
    std::fs::write(root.join("safar.wasm"), b"\0asm\x01\0\0\0").unwrap();
    std::fs::write(root.join("site.js"), "export {}").unwrap();
    std::fs::write(root.join(".safar-site"), "index.html\n").unwrap();
    std::fs::create_dir_all(root.join(".git")).unwrap();
    std::fs::write(root.join(".git/config"), "[core]").unwrap();
    std::fs::write(top.join("secret.txt"), "secret").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(top.join("secret.txt"), root.join("maps/link.txt")).unwrap();
    root
}

fn start(root: &Path, limits: Limits) -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let root = root.to_owned();
    // Runs until the test process ends.
    std::thread::spawn(move || serve_with(&root, listener, limits));
    address
}

/// An answer: status code, headers by lowercase name, body.
struct Answer {
    status: u16,
    headers: BTreeMap<String, String>,
    body: Vec<u8>,
}

fn parse(raw: &[u8]) -> Answer {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("a complete head");
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers = lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.to_ascii_lowercase(), v.trim().to_owned())).collect();
    Answer { status, headers, body: raw[end + 4..].to_vec() }
}

fn connect(address: SocketAddr) -> TcpStream {
    let stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream
}

/// Sends `request` as it is and reads until the server closes.
fn raw(address: SocketAddr, request: &[u8]) -> Vec<u8> {
    let mut stream = connect(address);
    // A server that closes early (an overlong request) may refuse the rest: that is an answer too.
    let _ = stream.write_all(request);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    answer
}

fn request(address: SocketAddr, method: &str, target: &str) -> Answer {
    parse(&raw(address, format!("{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes()))
}

fn get(address: SocketAddr, target: &str) -> Answer {
    request(address, "GET", target)
}

#[test]
fn files_come_with_their_types_and_security_headers() {
    let root = site("types");
    let address = start(&root, Limits::default());
    for (target, kind) in [
        ("/", "text/html; charset=utf-8"),
        ("/maps/a%20b.html?x=1", "text/html; charset=utf-8"),
        ("/maps/a.json", "application/json"),
        ("/maps/q.svg", "image/svg+xml"),
        ("/maps/x.png", "image/png"),
        ("/safar.wasm", "application/wasm"),
        ("/site.js", "text/javascript; charset=utf-8"),
    ] {
        let answer = get(address, target);
        assert_eq!(answer.status, 200, "{target}");
        assert_eq!(answer.headers["content-type"], kind, "{target}");
        assert_eq!(answer.headers["x-content-type-options"], "nosniff", "{target}");
        assert_eq!(answer.headers["referrer-policy"], "no-referrer", "{target}");
        assert!(answer.headers.contains_key("last-modified"), "{target}");
    }
    for target in ["/maps/a.json", "/maps/q.svg"] {
        assert_eq!(get(address, target).headers["content-security-policy"], SANDBOX_POLICY, "{target}");
    }
    let page = get(address, "/maps/a%20b.html");
    assert_eq!(page.headers["content-security-policy"], crate::site::CONTENT_SECURITY_POLICY);
    assert_eq!(page.headers["cache-control"], "no-cache");
    assert_eq!(page.body, b"<!DOCTYPE html><title>A</title>");
    assert_eq!(get(address, "/maps/a.json").headers["cache-control"], "no-cache");
    assert_eq!(get(address, "/maps/x.png").headers["cache-control"], "max-age=300");
    let head = request(address, "HEAD", "/maps/a.json");
    assert_eq!((head.status, head.body.len()), (200, 0));
    // Asked again with the date it was sent with: not sent again.
    let modified = get(address, "/maps/a.json").headers["last-modified"].clone();
    let again = parse(&raw(address, format!("GET /maps/a.json HTTP/1.1\r\nHost: x\r\nIf-Modified-Since: {modified}\r\nConnection: close\r\n\r\n").as_bytes()));
    assert_eq!(again.status, 304);
}

#[test]
fn dotfiles_paths_out_of_the_site_and_other_methods_are_refused() {
    let root = site("refused");
    let address = start(&root, Limits::default());
    for target in [
        "/.safar-site", "/.git/config", "/%2egit/config", "/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt",
        "/maps/%2e%2e/%2e%2e/secret.txt", "/maps/link.txt", "/maps/nothing.html", "/a%00",
    ] {
        let answer = get(address, target);
        assert_eq!(answer.status, 404, "{target}");
        assert!(!String::from_utf8_lossy(&answer.body).contains("secret") && !String::from_utf8_lossy(&answer.body).contains("[core]"), "{target}");
    }
    for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
        let answer = request(address, method, "/");
        assert_eq!(answer.status, 405, "{method}");
        assert_eq!(answer.headers["allow"], "GET, HEAD");
    }
}

#[test]
fn a_client_that_never_finishes_its_headers_is_cut_off() {
    let root = site("slow");
    let limits = Limits { header_read: Duration::from_millis(500), ..Limits::default() };
    let address = start(&root, limits);
    let mut stream = connect(address);
    stream.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ").unwrap();
    let started = Instant::now();
    let mut answer = Vec::new();
    // Ends when the server closes the connection; the read timeout (10 s) would fail it.
    stream.read_to_end(&mut answer).expect("the server closes the connection");
    assert!(started.elapsed() < Duration::from_secs(5), "cut off after {:?}", started.elapsed());
    assert!(answer.is_empty() || answer.starts_with(b"HTTP/1.1 408"), "{}", String::from_utf8_lossy(&answer));
    // An idle kept-alive connection is let go the same way.
    let mut stream = connect(address);
    stream.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).expect("the server closes the idle connection");
    assert!(answer.starts_with(b"HTTP/1.1 200"));
}

#[test]
fn an_overlong_request_line_or_head_is_refused() {
    let root = site("long");
    let address = start(&root, Limits::default());
    for request in [
        format!("GET /{} HTTP/1.1\r\nHost: localhost\r\n\r\n", "a".repeat(64 * 1024)),
        format!("GET / HTTP/1.1\r\nHost: localhost\r\n{}\r\n", "X-Filler: yes\r\n".repeat(4096)),
    ] {
        let answer = raw(address, request.as_bytes());
        assert!(answer.is_empty() || (answer.starts_with(b"HTTP/1.1 4")), "{}", String::from_utf8_lossy(&answer[..answer.len().min(200)]));
    }
    for garbage in [&b"\x16\x03\x01\x02\0garbage\r\n\r\n"[..], b"GET\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n"] {
        let answer = raw(address, garbage);
        assert!(answer.is_empty() || answer.starts_with(b"HTTP/1.1 4") || answer.starts_with(b"HTTP/1.1 505"), "{}", String::from_utf8_lossy(&answer));
    }
    // The server still answers.
    assert_eq!(get(address, "/").status, 200);
}

#[test]
fn connections_beyond_the_limit_wait_for_a_free_one() {
    let root = site("busy");
    let address = start(&root, Limits { connections: 2, ..Limits::default() });
    let mut held: Vec<TcpStream> = (0..2).map(|_| connect(address)).collect();
    for stream in &mut held {
        stream.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\n").unwrap();
    }
    let mut waiting = connect(address);
    waiting.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    waiting.set_read_timeout(Some(Duration::from_millis(500))).unwrap();
    let mut byte = [0; 1];
    let early = waiting.read(&mut byte);
    assert!(early.as_ref().is_err_and(|e| matches!(e.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut)), "answered while both slots were taken: {early:?}");
    drop(held.pop());
    waiting.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut answer = Vec::new();
    waiting.read_to_end(&mut answer).unwrap();
    assert!(answer.starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&answer));
}
