#![recursion_limit = "256"]
//! Safar in the browser: the journey map viewer, the editor, the library of maps, and the app
//! around them.

pub mod app;
pub mod dialog;
pub mod editor;
pub mod files;
pub mod i18n;
pub mod language_picker;
pub mod labels;
pub mod library;
pub mod navigation;
pub mod new_map;
pub mod storage;
pub mod time;
pub mod viewer;
pub mod widget;
