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
