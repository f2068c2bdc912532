//! The library: many maps kept in one browser under one namespace. The pure part lives here
//! (what is stored and how it is read back, the keys, how two tabs' edits of one map are
//! reconciled, how an imported file joins the library) against a [`Store`] trait; the browser
//! implements the trait with localStorage.

pub mod maps;
pub mod conflict;
pub mod entry;
pub mod import;
pub mod journal;
pub mod keys;
pub mod records;
pub mod review;
pub mod store;

pub use maps::{Clash, Exported, Finding, Imported, Library, LibraryError, Loaded, Quarantined, SnapshotInfo};
pub use conflict::{Conflict, Resolution, Revision, Standing};
pub use entry::LibraryEntry;
pub use import::{ImportPlan, Incoming};
pub use journal::{Journal, Recovery};
pub use keys::Keys;
pub use store::{MemoryStore, Store, StoreError};
