//! Writing the site: a file is written only when its bytes change, a page is rendered only when
//! its inputs did, and files an earlier publish wrote that this one does not are removed. What
//! Safar wrote is listed in `.safar-site`, so nothing else in the folder is ever touched.

use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};

/// The list of what the last publish wrote, one path per line.
pub const MANIFEST: &str = ".safar-site";

/// What a publish did to the folder.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Files written (new or changed).
    pub written: usize,
    /// Files that already held what they should.
    pub unchanged: usize,
    /// Pages rendered; the rest were skipped because their inputs had not changed.
    pub rendered: usize,
    /// Files of an earlier publish that are gone now.
    pub removed: usize,
}

pub struct Output {
    root: PathBuf,
    files: BTreeSet<String>,
    pub counts: Counts,
}

/// A fingerprint of a page's inputs: the Safar build that renders it and what it shows.
pub fn fingerprint(kind: &str, inputs: &impl serde::Serialize) -> String {
    let mut hash = Sha256::new();
    hash.update(env!("SAFAR_BUILD"));
    hash.update([0]);
    hash.update(kind);
    hash.update([0]);
    hash.update(serde_json::to_vec(inputs).unwrap_or_default());
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

impl Output {
    pub fn new(root: &Path) -> io::Result<Output> {
        std::fs::create_dir_all(root)?;
        Ok(Output { root: root.to_owned(), files: BTreeSet::new(), counts: Counts::default() })
    }

    /// Writes `path` (under the site, `/` separated) unless it already holds `bytes`.
    pub fn file(&mut self, path: &str, bytes: &[u8]) -> io::Result<()> {
        self.files.insert(path.to_owned());
        let target = self.target(path);
        if std::fs::read(&target).is_ok_and(|existing| existing == bytes) {
            self.counts.unchanged += 1;
            return Ok(());
        }
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        // Written whole beside it, then moved: a reader never sees half a page.
        let temporary = target.with_extension("safar-partial");
        std::fs::write(&temporary, bytes)?;
        std::fs::rename(&temporary, &target)?;
        self.counts.written += 1;
        Ok(())
    }

    /// Writes a page, rendering it only when the page there was made from other inputs.
    pub fn page(&mut self, path: &str, fingerprint: &str, render: impl FnOnce(String) -> String) -> io::Result<()> {
        let marker = format!("<meta name=\"safar-input\" content=\"{fingerprint}\"");
        let target = self.target(path);
        if std::fs::read_to_string(&target).is_ok_and(|existing| existing.contains(&marker)) {
            self.files.insert(path.to_owned());
            self.counts.unchanged += 1;
            return Ok(());
        }
        self.counts.rendered += 1;
        let html = render(fingerprint.to_owned());
        self.file(path, html.as_bytes())
    }

    fn target(&self, path: &str) -> PathBuf {
        path.split('/').fold(self.root.clone(), |at, part| at.join(part))
    }

    /// Removes what the last publish wrote and this one did not, then records this one's files.
    pub fn finish(mut self) -> io::Result<Counts> {
        let manifest = self.root.join(MANIFEST);
        let before = std::fs::read_to_string(&manifest).unwrap_or_default();
        for old in before.lines().filter(|l| !l.is_empty() && !self.files.contains(*l)) {
            // Only paths Safar could have written: nothing outside the site folder.
            if old.split('/').any(|part| part.is_empty() || part == ".." || part == ".") {
                continue;
            }
            let target = self.target(old);
            if std::fs::remove_file(&target).is_ok() {
                self.counts.removed += 1;
                let mut parent = target.parent();
                // Folders the removal emptied go too.
                while let Some(dir) = parent.filter(|d| *d != self.root) {
                    if std::fs::remove_dir(dir).is_err() {
                        break;
                    }
                    parent = dir.parent();
                }
            }
        }
        let mut list = self.files.iter().map(String::as_str).collect::<Vec<_>>().join("\n");
        list.push('\n');
        self.file(MANIFEST, list.as_bytes())?;
        Ok(self.counts)
    }
}
