//! `safar serve`: a file server to look at a published site before it goes to the real one.
//!
//! HTTP is hyper's (request parsing with a bounded buffer, a timeout on reading headers, also
//! between keep-alive requests) and files are tower-http's `ServeDir` (ranges, `Last-Modified`
//! and `304`, `index.html` of folders), on a single-threaded tokio runtime. What is Safar's own:
//! which paths are served ([`safar_core::url::served_path`]: no dotfiles, nothing outside the
//! site), the content types, the security and caching headers, and the limits.

use hyper::body::{Bytes, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use http_body_util::{combinators::UnsyncBoxBody, BodyExt, Full};
use std::convert::Infallible;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tower_http::services::ServeDir;

/// The policy of `.svg` and `.json` files: opened on their own, they run no script, load
/// nothing, and (`sandbox`) get an origin of their own, so even a picture that got past the
/// publisher's check could not reach the site's storage.
pub const SANDBOX_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/// How long and how much a client may take.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// To send a request's headers, and to start the next request on a kept-alive connection.
    pub header_read: Duration,
    /// To be answered, from the end of the headers to the start of the response.
    pub request: Duration,
    /// A connection's whole life, so a client that reads a response very slowly is let go too.
    pub connection: Duration,
    /// Connections served at once; more wait to be accepted.
    pub connections: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { header_read: Duration::from_secs(10), request: Duration::from_secs(30), connection: Duration::from_secs(300), connections: 128 }
    }
}

/// The most a request line and its headers may take: hyper answers more with an error.
const MAX_HEAD_BYTES: usize = 16 * 1024;

/// Serves `root` on `listener` until the process is stopped.
pub fn serve(root: &Path, listener: std::net::TcpListener) -> io::Result<()> {
    serve_with(root, listener, Limits::default())
}

pub fn serve_with(root: &Path, listener: std::net::TcpListener, limits: Limits) -> io::Result<()> {
    serve_to(root, listener, limits, None)
}

/// Serves `root`, letting pages of `allow_origin` (an origin, or `*`) read its files: a page on
/// another host that embeds the site's widget and maps.
pub fn serve_to(root: &Path, listener: std::net::TcpListener, limits: Limits, allow_origin: Option<HeaderValue>) -> io::Result<()> {
    let root = root.canonicalize()?;
    listener.set_nonblocking(true)?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_io().enable_time().build()?;
    runtime.block_on(run(root, listener, limits, allow_origin))
}

async fn run(root: PathBuf, listener: std::net::TcpListener, limits: Limits, allow_origin: Option<HeaderValue>) -> io::Result<()> {
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let slots = Arc::new(tokio::sync::Semaphore::new(limits.connections));
    let site = Arc::new(Site { files: ServeDir::new(&root).append_index_html_on_directories(true), root, limits, allow_origin });
    let mut pause = PAUSE_MIN;
    loop {
        let slot = slots.clone().acquire_owned().await.expect("the semaphore is never closed");
        let stream = match listener.accept().await {
            Ok((stream, _)) => {
                pause = PAUSE_MIN;
                stream
            }
            // Out of file descriptors (or memory) the next accept fails at once too: wait for
            // connections to close instead of spinning, a little longer each time.
            Err(_) => {
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(PAUSE_MAX);
                continue;
            }
        };
        let site = site.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request| answer(site.clone(), request));
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(TokioTimer::new()).header_read_timeout(limits.header_read).max_buf_size(MAX_HEAD_BYTES);
            let connection = http.serve_connection(TokioIo::new(stream), service);
            let _ = tokio::time::timeout(limits.connection, connection).await;
            drop(slot);
        });
    }
}

const PAUSE_MIN: Duration = Duration::from_millis(10);
const PAUSE_MAX: Duration = Duration::from_secs(1);

struct Site {
    root: PathBuf,
    files: ServeDir,
    limits: Limits,
    /// Sent as `Access-Control-Allow-Origin` with every file, when given.
    allow_origin: Option<HeaderValue>,
}

type Body = UnsyncBoxBody<Bytes, io::Error>;

async fn answer(site: Arc<Site>, request: Request<Incoming>) -> Result<Response<Body>, Infallible> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let mut response = plain(StatusCode::METHOD_NOT_ALLOWED, "GET and HEAD only\n");
        response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return Ok(secure(response, None));
    }
    let target = request.uri().path_and_query().map(|p| p.as_str()).unwrap_or_default();
    let Some(path) = safar_core::url::served_path(target) else {
        return Ok(secure(plain(StatusCode::NOT_FOUND, "Not found\n"), None));
    };
    // A link inside the site folder that leads out of it is not followed.
    if let Ok(file) = tokio::fs::canonicalize(site.root.join(&path)).await {
        if !file.starts_with(&site.root) {
            return Ok(secure(plain(StatusCode::NOT_FOUND, "Not found\n"), None));
        }
    }
    let mut files = site.files.clone();
    let response = match tokio::time::timeout(site.limits.request, files.try_call(request)).await {
        Ok(Ok(response)) => response.map(|body| body.map_err(io::Error::other).boxed_unsync()),
        Ok(Err(error)) if matches!(error.kind(), io::ErrorKind::NotFound | io::ErrorKind::NotADirectory) => plain(StatusCode::NOT_FOUND, "Not found\n"),
        Ok(Err(_)) => plain(StatusCode::INTERNAL_SERVER_ERROR, "Could not read the file\n"),
        Err(_) => plain(StatusCode::SERVICE_UNAVAILABLE, "Took too long\n"),
    };
    let mut response = secure(response, Some(&path));
    if let Some(origin) = &site.allow_origin {
        response.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin.clone());
    }
    Ok(response)
}

fn plain(status: StatusCode, text: &'static str) -> Response<Body> {
    let mut response = Response::new(Full::new(Bytes::from_static(text.as_bytes())).map_err(|never| match never {}).boxed_unsync());
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response
}

/// Adds the headers every answer carries, and those of the file at `path` (under the site).
fn secure(mut response: Response<Body>, path: Option<&str>) -> Response<Body> {
    let extension = path.and_then(|p| p.rsplit_once('.')).map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    let served = matches!(response.status(), StatusCode::OK | StatusCode::PARTIAL_CONTENT | StatusCode::NOT_MODIFIED);
    let headers = response.headers_mut();
    if served && path.is_some() {
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(&extension)));
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static(crate::site::REFERRER_POLICY));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(if served { cache_control(path.unwrap_or_default(), &extension) } else { "no-store" }));
    let policy = match extension.as_str() {
        "svg" | "json" => Some(SANDBOX_POLICY),
        "html" => Some(crate::site::CONTENT_SECURITY_POLICY),
        _ => None,
    };
    if let Some(policy) = policy {
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(policy));
    }
    response
}

/// Pages, map files, the maps' downloads and the site's own script and styles change with every
/// publish or Safar version under the same names: asked again each time (a `304` when
/// unchanged, from `Last-Modified`). Pictures and fonts seldom change: kept five minutes.
fn cache_control(path: &str, extension: &str) -> &'static str {
    match extension {
        _ if path.starts_with("downloads/") => "no-cache",
        "png" | "jpg" | "jpeg" | "gif" | "webp" | "avif" | "svg" | "woff2" => "max-age=300",
        _ => "no-cache",
    }
}

fn content_type(extension: &str) -> &'static str {
    match extension {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "woff2" => "font/woff2",
        "xml" => "application/xml",
        "pdf" => "application/pdf",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests;
