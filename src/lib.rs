//! Safar in the browser: the journey map viewer and the app around it.

pub mod app;
pub mod editor;
pub mod labels;
pub mod storage;
pub mod viewer;
