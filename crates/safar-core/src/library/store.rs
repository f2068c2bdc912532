//! Where the library keeps its text: a key-value store such as the browser's localStorage. The
//! library is written against this trait, so every guarantee it makes (namespaces, rollback,
//! quarantine, conflicts) is tested natively with [`MemoryStore`], including full stores.

use std::collections::BTreeMap;
use std::fmt;

/// Why a write did not happen. What was stored before is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The store is full.
    Full,
    /// The store cannot be used at all (private mode, a sandboxed frame, a policy).
    Unavailable,
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Full => f.write_str("the browser's storage for this site is full"),
            StoreError::Unavailable => f.write_str("this browser does not allow Safar to use its storage here"),
            StoreError::Other(message) => f.write_str(message),
        }
    }
}

/// A key-value store of text.
pub trait Store {
    fn get(&self, key: &str) -> Option<String>;
    /// Stores `value` under `key`, whole or not at all.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str);
    /// The names of the keys that start with `prefix`; values are not read.
    fn keys_with_prefix(&self, prefix: &str) -> Vec<String>;
}

/// Size of stored text as browsers count it against their quota: UTF-16 code units of key and
/// value, two bytes each.
pub fn stored_bytes(key: &str, value: &str) -> usize {
    2 * (key.encode_utf16().count() + value.encode_utf16().count())
}

/// A store in memory, with an optional quota, for tests and for pages that cannot use
/// localStorage.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    pub entries: BTreeMap<String, String>,
    /// The most bytes (as [`stored_bytes`] counts them) the store holds.
    pub quota: Option<usize>,
    /// Every key read or written, in order, for tests of namespace isolation.
    pub touched: std::cell::RefCell<Vec<String>>,
}

impl MemoryStore {
    pub fn with_quota(quota: usize) -> Self {
        MemoryStore { quota: Some(quota), ..Default::default() }
    }

    pub fn used(&self) -> usize {
        self.entries.iter().map(|(k, v)| stored_bytes(k, v)).sum()
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.touched.borrow_mut().push(key.to_owned());
        self.entries.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.touched.borrow_mut().push(key.to_owned());
        if let Some(quota) = self.quota {
            let old = self.entries.get(key).map_or(0, |old| stored_bytes(key, old));
            if self.used() - old + stored_bytes(key, value) > quota {
                return Err(StoreError::Full);
            }
        }
        self.entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.touched.borrow_mut().push(key.to_owned());
        self.entries.remove(key);
    }

    fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        self.entries.keys().filter(|k| k.starts_with(prefix)).cloned().collect()
    }
}

/// Writes that are undone together if one of them fails, so a save is whole or absent.
pub(crate) struct Batch<'s, S: Store> {
    store: &'s mut S,
    undo: Vec<(String, Option<String>)>,
}

impl<'s, S: Store> Batch<'s, S> {
    pub fn new(store: &'s mut S) -> Self {
        Batch { store, undo: Vec::new() }
    }

    /// Writes `value`, remembering what `key` held; `old` is passed when the caller has read
    /// it already.
    pub fn set(&mut self, key: &str, value: &str, old: Option<Option<String>>) -> Result<(), StoreError> {
        let old = old.unwrap_or_else(|| self.store.get(key));
        match self.store.set(key, value) {
            Ok(()) => {
                self.undo.push((key.to_owned(), old));
                Ok(())
            }
            Err(error) => {
                self.rollback();
                Err(error)
            }
        }
    }

    pub fn remove(&mut self, key: &str) {
        let old = self.store.get(key);
        self.store.remove(key);
        self.undo.push((key.to_owned(), old));
    }

    /// Puts back what every write of the batch replaced, newest first.
    pub fn rollback(&mut self) {
        for (key, old) in self.undo.drain(..).rev() {
            match old {
                // Putting back what was there before frees or reuses space the batch took.
                Some(value) => {
                    let _ = self.store.set(&key, &value);
                }
                None => self.store.remove(&key),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotas_refuse_writes_whole() {
        let mut store = MemoryStore::with_quota(40);
        store.set("a", "12345").unwrap();
        assert_eq!(store.set("b", "1234567890123456"), Err(StoreError::Full));
        assert_eq!(store.get("b"), None);
        assert_eq!(store.get("a").as_deref(), Some("12345"));
        store.set("a", "1").unwrap();
    }

    #[test]
    fn a_failed_batch_leaves_the_store_as_it_was() {
        let mut store = MemoryStore::with_quota(60);
        store.set("a", "old").unwrap();
        let before = store.entries.clone();
        let mut batch = Batch::new(&mut store);
        batch.set("a", "new", None).unwrap();
        batch.set("b", "x", None).unwrap();
        assert_eq!(batch.set("c", &"y".repeat(40), None), Err(StoreError::Full));
        assert_eq!(store.entries, before);
    }
}
