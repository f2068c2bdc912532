//! `SAFAR_BUILD`: a fingerprint of everything that shapes a published page (the viewer, the
//! core, the catalogs, the styles and this crate). Incremental publishing renders a page again
//! when it changes, so a new Safar never leaves pages of the old one behind.

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
}
