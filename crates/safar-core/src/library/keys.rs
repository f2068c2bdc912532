//! Storage keys. Several Safar apps and widgets can share one intranet origin, so every key lives
//! under a configurable prefix, and nothing outside it is ever read or written.

use crate::id::Id;

/// The keys of one library, under its namespace prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keys {
    prefix: String,
}

/// The prefix when none is configured.
pub const DEFAULT_PREFIX: &str = "safar";

impl Keys {
    /// Keys under `prefix`; an empty or unusable prefix falls back to [`DEFAULT_PREFIX`].
    pub fn new(prefix: &str) -> Keys {
        let usable = !prefix.is_empty()
            && prefix.len() <= 64
            && prefix.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
        Keys { prefix: if usable { prefix.to_owned() } else { DEFAULT_PREFIX.to_owned() } }
    }

    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The person's settings, such as the interface language; not part of the library.
    pub fn preferences(&self) -> String {
        format!("{}:preferences", self.prefix)
    }

    /// The list of maps with their summaries.
    pub fn index(&self) -> String {
        format!("{}:index", self.prefix)
    }

    /// One map's file.
    pub fn map(&self, id: &Id) -> String {
        format!("{}:map:{id}", self.prefix)
    }

    /// A named snapshot of a map.
    pub fn snapshot(&self, id: &Id, number: u32) -> String {
        format!("{}:snapshot:{id}:{number}", self.prefix)
    }

    /// The journal of changes not yet saved that `writer` (a tab) keeps for map `id`.
    pub fn journal(&self, id: &Id, writer: &str) -> String {
        format!("{}:journal:{id}:{writer}", self.prefix)
    }

    /// The start of every journal key of map `id`.
    pub fn journals(&self, id: &Id) -> String {
        format!("{}:journal:{id}:", self.prefix)
    }

    /// Written and removed at once to learn whether the store has room; never a map's key,
    /// whatever the map's id (a map's key is `{prefix}:map:{id}`).
    pub fn probe(&self) -> String {
        format!("{}:probe", self.prefix)
    }

    /// Whether `key` is the probe's, whose writes change nothing in the library.
    pub fn is_probe(&self, key: &str) -> bool {
        key == self.probe()
    }

    /// Where an entry that could not be read is kept, untouched, for download.
    pub fn quarantine(&self, original: &str) -> String {
        format!("{}:quarantine:{original}", self.prefix)
    }

    /// Whether a storage key belongs to this library (and so may be read or written).
    pub fn owns(&self, key: &str) -> bool {
        key.strip_prefix(&self.prefix).is_some_and(|rest| rest.starts_with(':'))
    }
}

impl Default for Keys {
    fn default() -> Self {
        Keys::new(DEFAULT_PREFIX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_stay_inside_their_namespace() {
        let keys = Keys::new("team-a");
        let id = Id::new("onboarding");
        for key in [keys.index(), keys.map(&id), keys.snapshot(&id, 3), keys.quarantine("x")] {
            assert!(keys.owns(&key), "{key}");
            assert!(!Keys::new("team-b").owns(&key), "{key}");
            assert!(!Keys::new("team").owns(&key), "a prefix of a prefix is another namespace: {key}");
        }
        assert!(!keys.owns("team-a"));
        assert!(!keys.owns("other:team-a:index"));
    }

    #[test]
    fn a_map_called_probe_is_a_map() {
        let keys = Keys::default();
        assert!(keys.is_probe(&keys.probe()));
        for id in ["probe", "x:probe", "probe:probe"] {
            assert!(!keys.is_probe(&keys.map(&Id::new(id))), "{id}");
        }
        assert!(!keys.is_probe("other:probe"));
    }

    #[test]
    fn unusable_prefixes_fall_back() {
        assert_eq!(Keys::new("").prefix(), DEFAULT_PREFIX);
        assert_eq!(Keys::new("a:b").prefix(), DEFAULT_PREFIX);
        assert_eq!(Keys::new("intranet.cx").prefix(), "intranet.cx");
    }
}
