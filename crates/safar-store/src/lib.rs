//! Safar's maps in the browser: the core's library over localStorage (or memory, when the
//! browser refuses storage), the shelf that shares it between screens, widgets and tabs, files
//! in and out, and the clock. The editor and the library page work through it; the viewer never
//! does.

pub mod files;
pub mod shelf;
pub mod storage;
pub mod time;

pub use shelf::{Shelf, Writes};
