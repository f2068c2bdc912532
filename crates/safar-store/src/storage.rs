//! The browser's localStorage, at the edge: the core's [`Library`] does everything else through
//! the [`Store`] trait. When the browser refuses storage (private mode, a sandboxed frame, a
//! policy) the library lives in memory for the visit, and the user is told.

use safar_core::library::{Keys, MemoryStore, Store, StoreError};
use wasm_bindgen::JsCast;

/// localStorage, or memory when it cannot be used.
pub enum LocalStore {
    Browser(web_sys::Storage),
    /// localStorage read and never written: a widget that only shows stored edits must not
    /// fire a `storage` event in the page's other tabs, nor take the host's room.
    Reading(web_sys::Storage),
    Memory(MemoryStore),
}

impl LocalStore {
    pub fn new() -> LocalStore {
        // Reading `window.localStorage` itself throws in some sandboxed frames, and a storage
        // that refuses writes (Safari's old private mode) is no storage either.
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        match storage {
            Some(storage) => LocalStore::Browser(storage),
            None => LocalStore::Memory(MemoryStore::default()),
        }
    }

    /// The same storage, read only: every write is refused, and nothing is removed.
    pub fn reading(self) -> LocalStore {
        match self {
            LocalStore::Browser(storage) => LocalStore::Reading(storage),
            other => other,
        }
    }

    /// Whether maps are kept only until the tab closes.
    pub fn is_memory(&self) -> bool {
        matches!(self, LocalStore::Memory(_))
    }
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Option<String> {
        match self {
            LocalStore::Browser(storage) | LocalStore::Reading(storage) => storage.get_item(key).ok().flatten(),
            LocalStore::Memory(memory) => memory.get(key),
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match self {
            LocalStore::Browser(storage) => storage.set_item(key, value).map_err(|error| match error.dyn_ref::<web_sys::DomException>() {
                Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StoreError::Full,
                Some(e) if e.name() == "SecurityError" => StoreError::Unavailable,
                Some(e) => StoreError::Other(e.message()),
                // Not a DOMException: the browser's own words for it, as a technical detail.
                None => StoreError::Other(error.as_string().unwrap_or_else(|| format!("{error:?}"))),
            }),
            LocalStore::Reading(_) => Err(StoreError::Unavailable),
            LocalStore::Memory(memory) => memory.set(key, value),
        }
    }

    fn remove(&mut self, key: &str) {
        match self {
            LocalStore::Browser(storage) => {
                let _ = storage.remove_item(key);
            }
            LocalStore::Reading(_) => {}
            LocalStore::Memory(memory) => memory.remove(key),
        }
    }

    fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        match self {
            LocalStore::Browser(storage) | LocalStore::Reading(storage) => {
                let length = storage.length().unwrap_or(0);
                (0..length).filter_map(|i| storage.key(i).ok().flatten()).filter(|key| key.starts_with(prefix)).collect()
            }
            LocalStore::Memory(memory) => memory.keys_with_prefix(prefix),
        }
    }
}

/// The namespace of this page's library: `<meta name="safar-namespace" content="…">`, so that
/// several Safar apps on one intranet origin keep apart. `safar` when none is given.
pub fn namespace() -> Keys {
    let configured = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name='safar-namespace']").ok().flatten())
        .and_then(|meta| meta.get_attribute("content"));
    Keys::new(configured.as_deref().unwrap_or_default())
}

/// Roughly how much localStorage a browser gives a site, as [`safar_core::library::store::stored_bytes`]
/// counts: Chromium, Firefox and Safari all allow about five million UTF-16 code units.
pub const QUOTA_BYTES: usize = 10 * 1024 * 1024;

/// From this share of [`QUOTA_BYTES`] on, the library warns before space runs out.
pub const WARN_AT: f64 = 0.8;

/// Less free space than this in the site's storage, and Safar warns: about two saves of a
/// large map.
pub const LOW_ROOM_BYTES: usize = 1_000_000;
