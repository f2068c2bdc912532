//! The widget a published site ships: the build folder `--widget` names, or the release build
//! that was in this workspace's `dist/widget` when this `safar` was compiled and is built into
//! it (`build.rs`). So `trunk build --release` then `cargo install --path crates/safar-cli`
//! gives a `safar` that publishes interactive sites from anywhere, without this checkout.

use std::borrow::Cow;
use std::io;
use std::path::{Path, PathBuf};

pub use crate::widget_files::publishes;

// `BUILT_IN: Option<&[(&str, &[u8])]>`, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/built_in_widget.rs"));

pub enum Widget {
    /// A build folder on disk, as `--widget` names it.
    Folder(PathBuf),
    /// The release build compiled into this binary, by path inside the folder.
    BuiltIn(&'static [(&'static str, &'static [u8])]),
}

impl Widget {
    /// The widget compiled into this `safar`, if it was built with one.
    pub fn built_in() -> Option<Widget> {
        BUILT_IN.map(Widget::BuiltIn)
    }

    /// Whether `dir` holds a widget build at all.
    pub fn is_build(dir: &Path) -> bool {
        dir.join("safar-widget.js").is_file()
    }

    /// Whether this is a release build. scripts/build-widget.sh writes its profile into
    /// `safar-widget.build`; only a release is ever built in. A debug build works, but weighs
    /// several times a release on every page of a site.
    pub fn is_release(&self) -> bool {
        match self {
            Widget::Folder(dir) => std::fs::read_to_string(dir.join("safar-widget.build")).is_ok_and(|build| build.trim() == "release"),
            Widget::BuiltIn(_) => true,
        }
    }

    /// The files a site publishes under `widget/`, by path inside the build, in a stable order.
    /// Links out of a build folder are not followed, as in a maps folder.
    pub fn files(&self) -> io::Result<Vec<(String, Cow<'static, [u8]>)>> {
        let mut files = match self {
            Widget::Folder(dir) => {
                let mut found = Vec::new();
                for (relative, path) in crate::maps::walk(dir, None)?.files {
                    if publishes(&relative) {
                        found.push((relative, Cow::Owned(std::fs::read(path)?)));
                    }
                }
                found
            }
            Widget::BuiltIn(files) => files.iter().map(|(relative, bytes)| ((*relative).to_owned(), Cow::Borrowed(*bytes))).collect(),
        };
        files.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(files)
    }
}
