//! Files in and out of the browser: downloads made from text, and files read from a picker or a
//! drop.

use safar_i18n::{Describe, Message};
use safar_i18n::Arg;
use wasm_bindgen::JsCast;

/// Why a file could not be made or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// The browser could not make a file to download.
    NotMade,
    /// The page has no document to start a download from.
    NoPage,
    /// A given file is not text.
    NotText,
    /// The browser could not read a given file.
    NotRead,
    /// A given file is larger than a map file can be: its size in bytes. It is not read.
    TooLarge(usize),
}

impl Describe for FileError {
    fn describe(&self) -> Message {
        match self {
            FileError::NotMade => Message::new("file-not-made"),
            FileError::NoPage => Message::new("file-no-page"),
            FileError::NotText => Message::new("file-not-text"),
            FileError::NotRead => Message::new("file-not-read"),
            FileError::TooLarge(bytes) => {
                safar_core::Exceeded { limit: safar_core::Limit::FileBytes, path: String::new(), found: *bytes }.describe()
            }
        }
    }
}

/// A file error as a message argument: `msg!("…", reason = error)`.
impl From<FileError> for Arg {
    fn from(error: FileError) -> Arg {
        error.describe().into()
    }
}

/// Offers `text` for download as `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), FileError> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| FileError::NotMade)?;
    download_blob(name, &blob)
}

/// Offers `blob` for download as `name`.
pub fn download_blob(name: &str, blob: &web_sys::Blob) -> Result<(), FileError> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|_| FileError::NotMade)?;
    let document = leptos::prelude::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(|_| FileError::NoPage)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document.body().ok_or(FileError::NoPage)?;
    let _ = body.append_child(&link);
    link.click();
    link.remove();
    // Revoked after the click has been handled, so the download has started.
    leptos::prelude::set_timeout(move || { let _ = web_sys::Url::revoke_object_url(&url); }, std::time::Duration::from_secs(10));
    Ok(())
}

/// A file name from a map title: letters and digits of any script kept, the rest dashes.
pub fn file_name(title: &str, suffix: &str) -> String {
    let mut name = String::new();
    for c in title.trim().chars() {
        if c.is_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    let name: String = name.trim_end_matches('-').chars().take(60).collect();
    format!("{}{suffix}", if name.is_empty() { "journey-map" } else { &name })
}

/// A file the user gave, read as text.
pub struct GivenFile {
    pub name: String,
    pub text: Result<String, FileError>,
}

/// The files of a list (from a file input or a drop), taken at once: the list is live, and
/// clearing the input empties it.
pub fn take_files(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Reads every file as text. A file larger than a map file can be is refused from its size,
/// which the browser knows before reading, so a 50 MB file dropped by mistake is never read.
pub async fn read_files(list: Vec<web_sys::File>) -> Vec<GivenFile> {
    let mut files = Vec::new();
    for file in list {
        let name = file.name();
        let size = file.size() as usize;
        let text = if safar_core::limits::check_bytes(size, safar_core::Limit::FileBytes).is_err() {
            Err(FileError::TooLarge(size))
        } else {
            // Read as bytes, not `File.text()`: that would turn bytes that are not UTF-8 into
            // replacement characters, and a Latin-1 or UTF-16 file would import garbled.
            match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => {
                    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
                    String::from_utf8(bytes.to_vec()).map_err(|_| FileError::NotText)
                }
                Err(_) => Err(FileError::NotRead),
            }
        };
        files.push(GivenFile { name, text });
    }
    files
}
