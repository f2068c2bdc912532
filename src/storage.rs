//! The browser's localStorage, at the edge: the app reads its saved document here and nowhere
//! else. Saved text goes through the core's migrations before it becomes a document, and a save
//! that cannot be read is left exactly as it is.

use safar_core::{JourneyFile, LoadError};

/// Where the current document is kept.
pub const DOCUMENT_KEY: &str = "safar:document";

/// What the saved document turned out to be.
#[derive(Debug)]
pub enum Saved {
    /// Nothing saved yet: a first visit.
    Nothing,
    Document(JourneyFile),
    /// Something is saved but cannot be opened; it is left untouched.
    Unreadable(LoadError),
    /// The browser refuses storage (private mode, a sandboxed frame, a policy).
    Unavailable,
}

/// Reads the saved document, if any.
pub fn read_document() -> Saved {
    let Some(storage) = local_storage() else {
        return Saved::Unavailable;
    };
    match storage.get_item(DOCUMENT_KEY) {
        Ok(Some(text)) => match JourneyFile::from_json(&text) {
            Ok(file) => Saved::Document(file),
            Err(error) => Saved::Unreadable(error),
        },
        Ok(None) => Saved::Nothing,
        Err(_) => Saved::Unavailable,
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    // Reading `window.localStorage` itself throws in some sandboxed frames.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Where a saved document that could not be read is copied before anything is saved over it.
pub const UNREADABLE_KEY: &str = "safar:document.unreadable";

/// Where the map that a new map replaced is kept, so starting over can be taken back.
pub const PREVIOUS_KEY: &str = "safar:document.previous";

/// Why a save did not happen. What was saved before stays as it was.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// The browser's storage for this site is full.
    Full,
    Unavailable,
    Other(String),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Full => f.write_str("the browser's storage for this site is full"),
            SaveError::Unavailable => f.write_str("this browser does not allow Safar to use its storage here"),
            SaveError::Other(message) => f.write_str(message),
        }
    }
}

/// Writes `text` under `key`.
pub fn write(key: &str, text: &str) -> Result<(), SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    storage.set_item(key, text).map_err(|error| {
        use wasm_bindgen::JsCast;
        match error.dyn_ref::<web_sys::DomException>() {
            Some(e) if e.name() == "QuotaExceededError" => SaveError::Full,
            Some(e) => SaveError::Other(e.message()),
            None => SaveError::Other("the browser refused to save".into()),
        }
    })
}

/// Reads the raw text under `key`.
pub fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}
