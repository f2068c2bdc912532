//! Safar's maps in the browser: the core's library over localStorage (or memory, when the
//! browser refuses storage), the shared library that shares it between screens, widgets and
//! tabs, files in and out, pictures of a map made by the host's picture client, and the clock.
//! The editor, the library page and the widget work through it; the viewer never does.

pub mod files;
pub mod pictures;
pub mod shared_library;
pub mod storage;
pub mod time;

pub use shared_library::{SharedLibrary, Writes};
