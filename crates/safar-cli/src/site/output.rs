//! Writing the site: a file is written only when its bytes change, a page is rendered only when
//! its inputs did, and files an earlier publish wrote that this one does not are removed. What
//! Safar wrote is listed in `.safar-site`, so nothing else in the folder is ever touched; a
//! download drawn from a map is listed with the fingerprint of what it was drawn from, so it is
//! drawn again only when that changes.

use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// The list of what the last publish wrote, one path per line, each drawn download's followed by
/// a tab and its inputs' fingerprint (no site path holds a tab).
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
    /// Downloads drawn (pictures and PDFs of maps), likewise.
    pub drawn: usize,
    /// Files of an earlier publish that are gone now.
    pub removed: usize,
}

pub struct Output {
    root: PathBuf,
    /// What this publish wrote or kept, with each drawn download's fingerprint.
    files: BTreeMap<String, Option<String>>,
    /// What the last publish's manifest listed, likewise.
    before: BTreeMap<String, Option<String>>,
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

/// Whether `path` names a file inside the site folder on every operating system: relative,
/// parts joined by `/`, none empty, `.` or `..`, none with a backslash (a separator on Windows),
/// a colon (`C:`, alternate data streams), NUL or another control character, and none a
/// Windows device name (`CON`, `NUL`, `COM1`…), which would be written to a device instead.
pub fn is_site_path(path: &str) -> bool {
    !path.is_empty()
        && path.split('/').all(|part| {
            let stem = part.split('.').next().unwrap_or_default().trim_end().to_ascii_uppercase();
            let device = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$")
                || ((stem.starts_with("COM") || stem.starts_with("LPT")) && stem.len() == 4 && stem.as_bytes()[3].is_ascii_digit());
            !(part.is_empty() || part == "." || part == ".." || device || part.contains(['\\', ':']) || part.chars().any(char::is_control))
        })
}

impl Output {
    pub fn new(root: &Path) -> io::Result<Output> {
        std::fs::create_dir_all(root)?;
        let manifest = std::fs::read_to_string(root.join(MANIFEST)).unwrap_or_default();
        let before = manifest
            .lines()
            .filter(|line| !line.is_empty())
            .map(|line| match line.split_once('\t') {
                Some((path, fingerprint)) => (path.to_owned(), Some(fingerprint.to_owned())),
                None => (line.to_owned(), None),
            })
            .collect();
        Ok(Output { root: root.to_owned(), files: BTreeMap::new(), before, counts: Counts::default() })
    }

    /// Writes `path` (under the site, `/` separated) unless it already holds `bytes`; refuses a
    /// path that is not [`is_site_path`].
    pub fn file(&mut self, path: &str, bytes: &[u8]) -> io::Result<()> {
        if !is_site_path(path) {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("{path:?} is not a path inside the site folder")));
        }
        self.files.entry(path.to_owned()).or_insert(None);
        let target = self.target(path);
        if std::fs::read(&target).is_ok_and(|existing| existing == bytes) {
            self.counts.unchanged += 1;
            return Ok(());
        }
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        crate::write_whole(&target, bytes)?;
        self.counts.written += 1;
        Ok(())
    }

    /// Writes a page, rendering it only when the page there was made from other inputs.
    pub fn page(&mut self, path: &str, fingerprint: &str, render: impl FnOnce(String) -> String) -> io::Result<()> {
        if !is_site_path(path) {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("{path:?} is not a path inside the site folder")));
        }
        let marker = format!("<meta name=\"safar-input\" content=\"{fingerprint}\"");
        let target = self.target(path);
        if std::fs::read_to_string(&target).is_ok_and(|existing| existing.contains(&marker)) {
            self.files.insert(path.to_owned(), None);
            self.counts.unchanged += 1;
            return Ok(());
        }
        self.counts.rendered += 1;
        let html = render(fingerprint.to_owned());
        self.file(path, html.as_bytes())
    }

    /// The size of the download at `path` when the last publish drew it from the inputs of
    /// `fingerprint` and it is still there; it is then kept. `None` when it must be drawn.
    pub fn drawn_before(&mut self, path: &str, fingerprint: &str) -> Option<u64> {
        if !is_site_path(path) {
            return None;
        }
        let listed = self.before.get(path)?.as_deref() == Some(fingerprint);
        let size = std::fs::metadata(self.target(path)).ok().filter(|m| listed && m.is_file())?.len();
        self.files.insert(path.to_owned(), Some(fingerprint.to_owned()));
        self.counts.unchanged += 1;
        Some(size)
    }

    /// Writes a download drawn from the inputs of `fingerprint`.
    pub fn drawn(&mut self, path: &str, fingerprint: &str, bytes: &[u8]) -> io::Result<()> {
        self.counts.drawn += 1;
        self.file(path, bytes)?;
        self.files.insert(path.to_owned(), Some(fingerprint.to_owned()));
        Ok(())
    }

    /// `path` under the root; only ever called with an [`is_site_path`].
    fn target(&self, path: &str) -> PathBuf {
        path.split('/').fold(self.root.clone(), |at, part| at.join(part))
    }

    /// Removes what the last publish wrote and this one did not, then records this one's files.
    pub fn finish(mut self) -> io::Result<Counts> {
        let before = std::mem::take(&mut self.before);
        for old in before.keys().filter(|path| !self.files.contains_key(*path)) {
            // Only paths Safar could have written: nothing outside the site folder.
            if !is_site_path(old) {
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
        let mut list = String::new();
        for (path, fingerprint) in &self.files {
            list.push_str(path);
            if let Some(fingerprint) = fingerprint {
                list.push('\t');
                list.push_str(fingerprint);
            }
            list.push('\n');
        }
        self.file(MANIFEST, list.as_bytes())?;
        Ok(self.counts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_inside_the_site_are_written_listed_or_removed() {
        for ok in ["index.html", "maps/team/a b.json", "maps/سفر.html", "personas/ana-2.html", "maps/console.json", "maps/com10.png"] {
            assert!(is_site_path(ok), "{ok}");
        }
        for bad in [
            "", "/etc/passwd", "../outside", "maps/../../outside", "./a", "maps//a", "maps/", "C:/Windows/win.ini", "C:x",
            "maps\\..\\..\\x", "\\\\server\\share\\x", "a\0b", "a\nb", "maps/NUL.json", "maps/con", "maps/Com1.png", "maps/lpt9.txt", "a.json:stream",
        ] {
            assert!(!is_site_path(bad), "{bad:?}");
        }

        let top = std::env::temp_dir().join(format!("safar-output-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&top);
        let root = top.join("site");
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(top.join("outside.txt"), "keep me").unwrap();
        std::fs::write(top.join("C:"), "keep me too").unwrap();
        // A manifest someone edited to name files outside the site.
        std::fs::write(root.join(MANIFEST), "../outside.txt\n/tmp/x\nC:/x\n..\\outside.txt\nmaps/../../outside.txt\n").unwrap();
        let mut output = Output::new(&root).unwrap();
        assert_eq!(output.file("../escape.txt", b"x").unwrap_err().kind(), io::ErrorKind::InvalidInput);
        assert!(output.page("../escape.html", "f", |_| String::new()).is_err());
        output.file("index.html", b"<!DOCTYPE html>").unwrap();
        let counts = output.finish().unwrap();
        assert_eq!(counts.removed, 0);
        assert!(top.join("outside.txt").exists() && top.join("C:").exists() && !top.join("escape.txt").exists() && !top.join("escape.html").exists());
        assert_eq!(std::fs::read_to_string(root.join(MANIFEST)).unwrap(), "index.html\n");
    }

    #[test]
    fn a_download_is_kept_only_while_its_inputs_and_its_file_are_the_same() {
        let root = std::env::temp_dir().join(format!("safar-output-drawn-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let mut output = Output::new(&root).unwrap();
        assert_eq!(output.drawn_before("downloads/a.pdf", "one"), None, "never drawn");
        output.drawn("downloads/a.pdf", "one", b"%PDF-1.7").unwrap();
        output.file("index.html", b"<!DOCTYPE html>").unwrap();
        assert_eq!(output.finish().unwrap().drawn, 1);
        assert_eq!(std::fs::read_to_string(root.join(MANIFEST)).unwrap(), "downloads/a.pdf\tone\nindex.html\n");

        let mut output = Output::new(&root).unwrap();
        assert_eq!(output.drawn_before("downloads/a.pdf", "two"), None, "drawn from other inputs");
        assert_eq!(output.drawn_before("index.html", ""), None, "not a download");
        assert_eq!(output.drawn_before("downloads/a.pdf", "one"), Some(8));
        assert_eq!(output.drawn_before("../a.pdf", "one"), None);
        let counts = output.finish().unwrap();
        assert_eq!((counts.unchanged, counts.removed), (1, 1), "the download kept, the index gone");

        // A manifest of an older Safar lists paths only: its files are drawn again.
        std::fs::write(root.join(MANIFEST), "downloads/a.pdf\n").unwrap();
        assert_eq!(Output::new(&root).unwrap().drawn_before("downloads/a.pdf", "one"), None);
        std::fs::write(root.join(MANIFEST), "downloads/a.pdf\tone\n").unwrap();
        std::fs::remove_file(root.join("downloads/a.pdf")).unwrap();
        assert_eq!(Output::new(&root).unwrap().drawn_before("downloads/a.pdf", "one"), None, "deleted since");
        let _ = std::fs::remove_dir_all(&root);
    }
}
