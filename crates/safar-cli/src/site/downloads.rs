//! A map page's downloads: the map as a picture (SVG, PNG) and a PDF, drawn at publish time by
//! the renderer `safar export` uses, each drawn again only when its map or the settings change.
//!
//! They sit under `downloads/`, in the folders of the map pages (`maps/team/a.html` has
//! `downloads/team/a.svg`), apart from the images under `maps/`, whose names the maps choose.

use super::output::{fingerprint, Output};
use super::plan::{MapEntry, Site};
use crate::export::{self, Format, Refused, Scale};
use safar_core::Document;
use safar_i18n::Message;
use safar_picture::{Paper, View};
use serde::Serialize;
use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What the map pages offer besides the map file.
#[derive(Clone, Debug)]
pub struct Exports {
    /// In the order the page lists them.
    pub formats: Vec<Format>,
    /// The PNG's scale; a map too large for it gets the largest that fits.
    pub scale: f32,
    /// The PDF's pages.
    pub paper: Paper,
}

/// One download on a map page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Download {
    #[serde(serialize_with = "format_name")]
    pub format: Format,
    /// Under the site: `downloads/team/a.pdf`.
    pub path: String,
    /// The file's size in bytes.
    pub bytes: u64,
    /// The PDF's page size.
    pub paper: &'static str,
}

fn format_name<S: serde::Serializer>(format: &Format, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(format.name())
}

/// Where `map`'s download in `format` goes.
fn path(map: &MapEntry, format: Format) -> String {
    let page = map.page.strip_prefix("maps/").unwrap_or(&map.page);
    let stem = page.strip_suffix(".html").unwrap_or(page);
    format!("downloads/{stem}.{}", format.name())
}

/// Draws (or keeps, when drawn from the same inputs before) every map's downloads, saying what
/// could not be made as asked; returns each map's, in `site.maps`' order.
pub fn draw(site: &Site, exports: &Exports, output: &mut Output, say: &mut dyn FnMut(Message)) -> io::Result<Vec<Vec<Download>>> {
    struct Job {
        map: usize,
        format: Format,
        path: String,
        fingerprint: String,
    }
    let paper = exports.paper.name();
    let mut downloads = vec![Vec::new(); site.maps.len()];
    let mut jobs = Vec::new();
    for (index, map) in site.maps.iter().enumerate() {
        for &format in &exports.formats {
            let path = path(map, format);
            let inputs = (format.name(), exports.scale, paper, &map.journey, &map.personas);
            let fingerprint = fingerprint("download", &inputs);
            match output.drawn_before(&path, &fingerprint) {
                Some(bytes) => downloads[index].push(Download { format, path, bytes, paper }),
                None => jobs.push(Job { map: index, format, path, fingerprint }),
            }
        }
    }

    // Drawing is most of a publish's work: it runs on every core, and each file is written as
    // it arrives, so only a few are ever held at once.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(jobs.len()).max(1);
    let next = AtomicUsize::new(0);
    let (send, arrived) = std::sync::mpsc::sync_channel(threads);
    std::thread::scope(|scope| -> io::Result<()> {
        for _ in 0..threads {
            let (send, jobs, next) = (send.clone(), &jobs, &next);
            scope.spawn(move || {
                while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let map = &site.maps[job.map];
                    let document = Document { journey: map.journey.clone(), personas: map.personas.clone() };
                    let made = export::make(&document, &View::default(), job.format, Scale::AtMost(exports.scale), exports.paper);
                    if send.send((job, made)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        for (job, made) in arrived {
            let page = site.maps[job.map].page.clone();
            let format = job.format.name().to_uppercase();
            match made {
                Ok(made) => {
                    if let Some(scale) = made.shrunk {
                        let message = Message::new("cli-publish-png-smaller").arg("page", page).arg("wanted", export::shown_scale(exports.scale));
                        say(message.arg("scale", export::shown_scale(scale)).arg("what", made.message));
                    }
                    output.drawn(&job.path, &job.fingerprint, &made.bytes)?;
                    let bytes = made.bytes.len() as u64;
                    downloads[job.map].push(Download { format: job.format, path: job.path.clone(), bytes, paper });
                }
                Err(Refused::Usage(reason) | Refused::Render(reason)) => {
                    say(Message::new("cli-publish-download-skipped").arg("page", page).arg("format", format).arg("reason", reason));
                }
            }
        }
        Ok(())
    })?;
    // In the order asked for, whatever order they were drawn in.
    let order = |d: &Download| exports.formats.iter().position(|f| *f == d.format);
    for list in &mut downloads {
        list.sort_by_key(order);
    }
    Ok(downloads)
}
