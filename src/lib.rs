#![recursion_limit = "256"]
//! Safar, the app: the library of maps kept in this browser, a map's screen (the editor, or a
//! version read-only), new maps, versions, the embed dialog and the interface language. The
//! viewer (`safar-view`), the store (`safar-store`) and the editor (`safar-editor`) are crates
//! of their own; this one puts them on screens.

pub mod app;
pub mod embed_dialog;
pub mod language_picker;
pub mod library_page;
pub mod navigation;
pub mod new_map;
pub mod preferences;
pub mod versions;
