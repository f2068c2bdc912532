//! `SAFAR_BUILD`: a fingerprint of everything that shapes a published page (the viewer, the
//! core, the catalogs, the styles and this crate). Incremental publishing renders a page again
//! when it changes, so a new Safar never leaves pages of the old one behind.
//!
//! `built_in_widget.rs`: the widget's release build, when the workspace's `dist/widget` holds
//! one, built into `safar` so that an installed `safar` publishes interactive sites without
//! this checkout (src/widget.rs).

#[path = "src/widget_files.rs"]
mod widget_files;

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = here.join("../..");
    let inputs = [
        here.join("src"),
        here.join("assets"),
        root.join("crates/safar-view/src"),
        root.join("style"),
        root.join("crates/safar-core/src"),
        root.join("crates/safar-i18n/src"),
        root.join("crates/safar-i18n/locales"),
    ];
    let mut found = Vec::new();
    for input in &inputs {
        println!("cargo:rerun-if-changed={}", input.display());
        files(input, &mut found);
    }
    found.sort();
    let mut hash = Sha256::new();
    hash.update(env!("CARGO_PKG_VERSION"));
    for path in found {
        hash.update(path.strip_prefix(&root).unwrap_or(&path).to_string_lossy().as_bytes());
        hash.update(std::fs::read(&path).unwrap_or_default());
    }
    let digest: String = hash.finalize().iter().take(12).map(|b| format!("{b:02x}")).collect();
    println!("cargo:rustc-env=SAFAR_BUILD={}-{digest}", env!("CARGO_PKG_VERSION"));
    built_in_widget(&root.join("dist/widget"));
}

/// Writes `BUILT_IN`: the files of the release build in `dir` that a site publishes, or `None`
/// when there is no release build there (none yet, or a debug one from `trunk serve`).
fn built_in_widget(dir: &Path) {
    // While the folder is missing cargo runs this again at every build, which is what lets a
    // widget built later be picked up.
    println!("cargo:rerun-if-changed={}", dir.display());
    let release = std::fs::read_to_string(dir.join("safar-widget.build")).is_ok_and(|b| b.trim() == "release");
    let mut code = String::from("pub const BUILT_IN: Option<&[(&str, &[u8])]> = ");
    if release && dir.join("safar-widget.js").is_file() {
        let mut found = Vec::new();
        files(dir, &mut found);
        found.sort();
        code.push_str("Some(&[\n");
        for path in found {
            let relative = path.strip_prefix(dir).expect("inside the folder").to_string_lossy().replace('\\', "/");
            if widget_files::publishes(&relative) {
                let absolute = path.canonicalize().expect("a file just listed");
                code.push_str(&format!("    ({relative:?}, include_bytes!({:?})),\n", absolute.display().to_string()));
            }
        }
        code.push_str("]);\n");
    } else {
        code.push_str("None;\n");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("built_in_widget.rs"), code).expect("OUT_DIR is writable");
}
