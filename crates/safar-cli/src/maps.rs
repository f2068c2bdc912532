//! Finding and reading map files: every `*.json` under a folder (or the files named), in a fixed
//! order, each either a valid map or every reason it is not.

use safar_core::limits::{self, Limit};
use safar_core::validate::ValidationError;
use safar_core::{JourneyFile, LoadError, ShapeProblem};
use std::path::{Path, PathBuf};

/// A map file that opened.
#[derive(Clone, Debug)]
pub struct MapSource {
    /// Its path under the maps folder, with `/` between parts: where its page goes in the site.
    pub relative: String,
    /// Its bytes as read, published as they are for the widget and for download.
    pub text: String,
    pub file: JourneyFile,
}

/// One thing wrong with one file.
#[derive(Clone, Debug, PartialEq)]
pub struct FileError {
    pub file: String,
    /// Where in the file (`journeys[0].stages[1].name`); empty for the whole file.
    pub path: String,
    pub problem: Problem,
}

/// What is wrong with a file, for [`crate::messages`] to word.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Read(String),
    NotUtf8,
    Load(LoadError),
    Invalid(ValidationError),
    /// One place where the file's structure is wrong; a file lists every one found.
    Shape(ShapeProblem),
    NoMaps,
}

/// What reading a folder found.
#[derive(Debug, Default)]
pub struct Loaded {
    pub maps: Vec<MapSource>,
    /// Every error of every file that did not open, in file order; a file with very many
    /// lists the first few hundred and then one that counts the rest.
    pub errors: Vec<FileError>,
    /// The files that did not open.
    pub invalid_files: usize,
    /// Other files under the folder that pages may show (images), by relative path.
    pub assets: Vec<(String, PathBuf)>,
    /// Symbolic links left out because they point outside the folder, with their targets.
    pub links_out: Vec<(PathBuf, Option<PathBuf>)>,
    /// Files left out because their names are not paths every file system keeps inside the
    /// site (see [`crate::site::is_site_path`]).
    pub unportable: Vec<PathBuf>,
}

impl Loaded {
    /// How many problems the errors stand for, those counted and not listed included.
    pub fn problem_count(&self) -> usize {
        self.errors
            .iter()
            .map(|error| match &error.problem {
                Problem::Invalid(invalid) => safar_core::validate::total(std::slice::from_ref(invalid)),
                _ => 1,
            })
            .sum()
    }
}

/// Images a map may show beside it; [`crate::images::admit`] decides which are published.
const ASSET_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "gif", "webp", "avif", "svg"];

/// Reads every map under `inputs` (folders are walked; files are read as given). `skip` is a
/// folder not to walk into: the site being written, when it sits inside the maps folder.
pub fn load(inputs: &[PathBuf], skip: Option<&Path>) -> std::io::Result<Loaded> {
    let mut loaded = Loaded::default();
    for input in inputs {
        let metadata = std::fs::metadata(input)?;
        if metadata.is_dir() {
            let mut walked = walk(input, skip)?;
            walked.files.sort();
            loaded.links_out.extend(walked.links_out);
            for (relative, path) in walked.files {
                let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
                let published = extension == "json" || ASSET_EXTENSIONS.contains(&extension.as_str());
                // Its name goes into the site as it is: one that some file system reads as
                // another place or a device cannot be published.
                if published && !crate::site::is_site_path(&format!("maps/{relative}")) {
                    loaded.unportable.push(path);
                } else if extension == "json" {
                    read(&mut loaded, path, relative);
                } else if ASSET_EXTENSIONS.contains(&extension.as_str()) {
                    loaded.assets.push((relative, path));
                }
            }
        } else {
            let name = input.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            read(&mut loaded, input.clone(), name);
        }
    }
    Ok(loaded)
}

/// What walking a folder found.
#[derive(Debug, Default)]
pub struct Walked {
    /// Files, by their path relative to the folder (`/` between parts), with their paths.
    pub files: Vec<(String, PathBuf)>,
    /// Symbolic links whose target lies outside the folder (or is gone), with that target:
    /// never read, so a committed link cannot publish a file from elsewhere on the machine.
    pub links_out: Vec<(PathBuf, Option<PathBuf>)>,
}

/// Files under `top`; hidden files and folders (`.git`) and `node_modules` are passed over, and
/// so is `skip`. A symbolic link is followed only when its target is inside `top`.
pub fn walk(top: &Path, skip: Option<&Path>) -> std::io::Result<Walked> {
    let mut walked = Walked::default();
    let inside = top.canonicalize()?;
    let mut within = vec![inside.clone()];
    walk_folder(top, top, &inside, skip, &mut within, &mut walked)?;
    Ok(walked)
}

/// `within` are the folders being walked, from `top` down, as their canonical paths.
fn walk_folder(top: &Path, dir: &Path, inside: &Path, skip: Option<&Path>, within: &mut Vec<PathBuf>, walked: &mut Walked) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "node_modules" {
            continue;
        }
        let path = entry.path();
        if skip.is_some_and(|s| same_file(s, &path)) {
            continue;
        }
        let mut kind = entry.file_type()?;
        if kind.is_symlink() {
            match path.canonicalize() {
                Ok(target) if target.starts_with(inside) => kind = std::fs::metadata(&target)?.file_type(),
                target => {
                    walked.links_out.push((path, target.ok()));
                    continue;
                }
            }
        }
        if kind.is_dir() {
            // A link to a folder being walked (its own parent, say) would go round for ever.
            let folder = path.canonicalize()?;
            if !within.contains(&folder) {
                within.push(folder);
                walk_folder(top, &path, inside, skip, within, walked)?;
                within.pop();
            }
        } else if kind.is_file() {
            let relative = path.strip_prefix(top).unwrap_or(&path);
            let relative = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            walked.files.push((relative, path));
        }
    }
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn read(loaded: &mut Loaded, path: PathBuf, relative: String) {
    let shown = path.display().to_string();
    let mut fail = |path: String, problem: Problem| loaded.errors.push(FileError { file: shown.clone(), path, problem });
    // A file larger than a map can be is refused before it is read.
    let size = std::fs::metadata(&path).map_or(0, |meta| usize::try_from(meta.len()).unwrap_or(usize::MAX));
    if let Err(exceeded) = limits::check_bytes(size, Limit::FileBytes) {
        fail(String::new(), Problem::Load(LoadError::TooLarge(exceeded)));
        loaded.invalid_files += 1;
        return;
    }
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(error) => {
            fail(String::new(), Problem::Read(error.to_string()));
            loaded.invalid_files += 1;
            return;
        }
    };
    let Ok(mut text) = String::from_utf8(bytes) else {
        fail(String::new(), Problem::NotUtf8);
        loaded.invalid_files += 1;
        return;
    };
    // A UTF-8 byte-order mark (Windows editors write one) is no part of the text, as for the
    // app, whose browser drops it when it reads a file.
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    match JourneyFile::from_json_listing_every_problem(&text) {
        Ok(file) if file.journeys.is_empty() => {
            fail(String::new(), Problem::NoMaps);
            loaded.invalid_files += 1;
        }
        Ok(file) => loaded.maps.push(MapSource { relative, text, file }),
        Err(LoadError::Invalid(errors)) => {
            for error in errors {
                fail(error.path.clone(), Problem::Invalid(error));
            }
            loaded.invalid_files += 1;
        }
        Err(LoadError::Shape(errors)) => {
            for error in errors {
                fail(error.path, Problem::Shape(error.problem));
            }
            loaded.invalid_files += 1;
        }
        Err(error) => {
            fail(String::new(), Problem::Load(error));
            loaded.invalid_files += 1;
        }
    }
}

/// `url`, relative to the folder of the map file at `relative`, as a path under the maps
/// folder; `None` when it climbs out of it.
pub fn image_path(relative: &str, url: &str) -> Option<String> {
    let url = url.split(['?', '#']).next().unwrap_or_default();
    let mut parts: Vec<String> = relative.split('/').map(str::to_owned).collect();
    parts.pop();
    for part in url.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(crate::site::plan::decode_path(part)),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::image_path;

    #[test]
    fn image_addresses_are_found_from_their_map_file() {
        assert_eq!(image_path("team/a.json", "images/q%20one.png").as_deref(), Some("team/images/q one.png"));
        assert_eq!(image_path("team/a.json", "../shared/b.png?v=2").as_deref(), Some("shared/b.png"));
        assert_eq!(image_path("a.json", "../outside.png"), None);
    }
}
