//! The library: many maps kept in one browser under one namespace. This module is the pure part
//! of it (what the stored index says about each map, the storage keys, how two tabs' edits of
//! one map are reconciled, and how an imported file joins the library); the browser edge reads
//! and writes the keys.

pub mod conflict;
pub mod entry;
pub mod import;
pub mod keys;

pub use conflict::{Conflict, Resolution};
pub use entry::LibraryEntry;
pub use import::{ImportPlan, Incoming};
pub use keys::Keys;
