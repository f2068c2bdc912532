//! `safar`: journey map files on the command line. Validate them, start new ones from a
//! template, publish a folder of them as a static website, and preview that site.
//!
//! The `safar` binary is [`main`]; the commands' parts are public for tests and other tools:
//! reading a folder of maps ([`maps`]), planning and writing a site ([`site`]), new files from
//! templates ([`new`]), images a site may carry ([`images`]), and the preview server ([`serve`]).
#![recursion_limit = "256"]

pub mod export;
pub mod images;
pub mod maps;
pub mod messages;
pub mod new;
pub mod serve;
pub mod site;
pub mod widget;
mod widget_files;

use clap::{Args, Parser, Subcommand};
use messages::Terminal;
use safar_core::{Language, MapType};
use safar_i18n::Message;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use widget::Widget;

pub(crate) const EXIT_CODES: &str = "Exit codes:
  0  done
  1  a map file is not valid (every problem is listed), or there is no map file
  2  the command line is wrong: an unknown option, template, language, base URL, format, paper,
     lane or stage, an image too large at its scale, or publish has no widget to ship (neither
     --widget nor one built in) and no --no-widget
  3  a file or folder could not be read or written, or would be written over

Messages follow the terminal's language (LC_ALL, LC_MESSAGES or LANG): English, Persian or Arabic.";

/// Customer journey maps on the command line: validate map files, start new ones from a
/// template, and publish a folder of them as a static website.
#[derive(Parser)]
#[command(name = "safar", version, after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Publish(PublishArgs),
    Export(export::ExportArgs),
    Validate(ValidateArgs),
    New(NewArgs),
    Serve(ServeArgs),
}

/// Turn a folder of map files into a static website: an index, a page per map and per persona,
/// and a sitemap. Every file is validated first; an invalid one stops the build.
#[derive(Args)]
#[command(after_help = EXIT_CODES)]
struct PublishArgs {
    /// The folder of map files (*.json, in any sub-folder). Images beside them are published too.
    maps_dir: PathBuf,
    /// Where to write the site. Files an earlier publish wrote there are updated or removed;
    /// nothing else in the folder is touched.
    #[arg(long, value_name = "SITE_DIR")]
    out: PathBuf,
    /// Where the site will be served, such as /journeys/ or https://intranet.example/journeys/.
    /// Without it every link is relative, so the site works from any folder.
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// The site's title, on the index and after every page's title.
    #[arg(long)]
    title: Option<String>,
    /// The language of the index and the site's own words: en, fa or ar. A map's page speaks its
    /// map's language.
    #[arg(long, default_value = "en", value_name = "LANG")]
    lang: String,
    /// Publish the valid maps and list the invalid files instead of stopping.
    #[arg(long)]
    skip_invalid: bool,
    /// The widget's build (dist/widget after `trunk build --release`), which makes the maps
    /// interactive. By default the release build this safar was compiled with, if it was
    /// compiled after one was built; without either, publish says so and stops.
    #[arg(long, value_name = "DIR", conflicts_with = "no_widget")]
    widget: Option<PathBuf>,
    /// Publish static maps only, without the widget.
    #[arg(long)]
    no_widget: bool,
    /// What each map page offers to download besides the map file, drawn at publish time:
    /// svg, png and pdf, comma-separated, or none.
    #[arg(long, value_delimiter = ',', default_value = "svg,png,pdf", value_name = "FORMATS")]
    exports: Vec<String>,
    /// The downloadable PNG's pixels per CSS pixel (0.25 to 8); a map too large for it gets the
    /// largest scale that fits.
    #[arg(long, default_value_t = 2.0)]
    scale: f32,
    /// The downloadable PDF's pages: a4, a3 or a2 (landscape), or long for one page as large as
    /// the map.
    #[arg(long, default_value = "a3", value_name = "PAPER")]
    page_size: String,
}

/// The downloads `args` ask for.
fn exports(args: &PublishArgs, terminal: &Terminal) -> Result<site::Exports, ExitStatus> {
    let usage = |message: Message| {
        eprintln!("{}", terminal.say(message));
        ExitStatus::Usage
    };
    let mut formats = Vec::new();
    for name in args.exports.iter().map(|n| n.trim()) {
        match export::Format::from_name(name) {
            Some(format) if !formats.contains(&format) => formats.push(format),
            Some(_) => {}
            None if name.eq_ignore_ascii_case("none") && args.exports.len() == 1 => {}
            None => return Err(usage(Message::new("cli-publish-unknown-export").arg("format", name).arg("known", "svg, png, pdf"))),
        }
    }
    let Some(paper) = safar_picture::Paper::from_name(&args.page_size) else {
        return Err(usage(Message::new("cli-export-unknown-paper").arg("paper", args.page_size.as_str()).arg("known", "a4, a3, a2, long")));
    };
    if !(0.25..=8.0).contains(&args.scale) {
        return Err(usage(Message::new("cli-export-bad-scale").arg("scale", export::shown_scale(args.scale))));
    }
    Ok(site::Exports { formats, scale: args.scale, paper })
}

/// Check map files or folders of them, as publishing would: every problem of every file, with
/// its place in the file.
#[derive(Args)]
#[command(after_help = EXIT_CODES)]
struct ValidateArgs {
    /// Map files, or folders of them.
    #[arg(required = true, value_name = "MAPS_DIR_OR_FILES")]
    inputs: Vec<PathBuf>,
}

/// Write a new map file from a template. Templates: aida, four-stages, five-stages, six-stages,
/// ten-stages, and blank.
#[derive(Args)]
#[command(after_help = EXIT_CODES)]
struct NewArgs {
    /// The stage set to start from, or `blank`.
    #[arg(long, default_value = "five-stages")]
    template: String,
    /// The map's language, for its stage and lane names: en, fa or ar.
    #[arg(long, default_value = "en", value_name = "LANG")]
    lang: String,
    /// The kind of map: current-state, future-state, day-in-the-life or service-blueprint.
    #[arg(long = "type", default_value = "current-state", value_name = "TYPE")]
    map_type: String,
    /// The file to write. An existing file is never written over.
    file: PathBuf,
}

/// Preview a published site on this computer.
#[derive(Args)]
#[command(after_help = EXIT_CODES)]
struct ServeArgs {
    /// The published site's folder.
    site_dir: PathBuf,
    /// The port; 0 picks a free one.
    #[arg(long, default_value_t = 8000)]
    port: u16,
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    /// Let pages of this origin (such as https://wiki.example, or * for any) embed the site's
    /// widget and maps: sends Access-Control-Allow-Origin with every file.
    #[arg(long, value_name = "ORIGIN")]
    allow_origin: Option<String>,
}

/// How a command ended, as an exit code.
pub(crate) enum ExitStatus {
    Done,
    Invalid,
    Usage,
    Files,
}

/// Runs the command line the process was started with.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let terminal = Terminal::from_env();
    let status = match cli.command {
        Command::Publish(args) => publish(args, &terminal),
        Command::Export(args) => export::run(args, &terminal),
        Command::Validate(args) => validate(args, &terminal),
        Command::New(args) => new_file(args, &terminal),
        Command::Serve(args) => serve(args, &terminal),
    };
    ExitCode::from(match status {
        ExitStatus::Done => 0,
        ExitStatus::Invalid => 1,
        ExitStatus::Usage => 2,
        ExitStatus::Files => 3,
    })
}

fn language(tag: &str, terminal: &Terminal) -> Result<Language, ExitStatus> {
    Language::from_tag(tag).ok_or_else(|| {
        eprintln!("{}", terminal.say(Message::new("cli-unknown-language").arg("lang", tag).arg("known", "en, fa, ar")));
        ExitStatus::Usage
    })
}

pub(crate) fn io_failure(terminal: &Terminal, path: &Path, error: &std::io::Error) -> ExitStatus {
    eprintln!("{}", terminal.say(Message::new("cli-io-error").arg("path", path.display().to_string()).arg("reason", error.to_string())));
    ExitStatus::Files
}

/// `bytes` written to `path` whole or not at all: into a file beside it, then renamed over it,
/// so a reader (a browser, a PDF viewer) never meets half a file, and an interrupted write
/// leaves the old one.
pub fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let partial = path.with_file_name(format!(".{name}.{}.safar-partial", std::process::id()));
    let result = std::fs::write(&partial, bytes).and_then(|()| std::fs::rename(&partial, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result
}

/// Reads the inputs and reports every problem; `Err` when publishing or validating must stop.
pub(crate) fn load(inputs: &[PathBuf], skip: Option<&Path>, skip_invalid: bool, terminal: &Terminal) -> Result<maps::Loaded, ExitStatus> {
    let loaded = match maps::load(inputs, skip) {
        Ok(loaded) => loaded,
        Err(error) => {
            let path = inputs.iter().find(|p| std::fs::metadata(p).is_err()).unwrap_or(&inputs[0]);
            return Err(io_failure(terminal, path, &error));
        }
    };
    for (link, target) in &loaded.links_out {
        let message = match target {
            Some(target) => Message::new("cli-link-outside").arg("file", link.display().to_string()).arg("target", target.display().to_string()),
            None => Message::new("cli-link-broken").arg("file", link.display().to_string()),
        };
        eprintln!("{}", terminal.say(message));
    }
    for file in &loaded.unportable {
        eprintln!("{}", terminal.say(Message::new("cli-name-unportable").arg("file", file.display().to_string())));
    }
    for error in &loaded.errors {
        eprintln!("{}", terminal.file_error(error));
    }
    if loaded.invalid_files > 0 {
        let id = if skip_invalid { "cli-invalid-skipped" } else { "cli-invalid" };
        eprintln!("{}", terminal.say(Message::new(id).arg("files", loaded.invalid_files).arg("errors", loaded.problem_count())));
        if !skip_invalid {
            return Err(ExitStatus::Invalid);
        }
    }
    if loaded.maps.is_empty() {
        let inputs = inputs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
        eprintln!("{}", terminal.say(Message::new("cli-no-maps").arg("inputs", inputs)));
        return Err(ExitStatus::Invalid);
    }
    Ok(loaded)
}

fn validate(args: ValidateArgs, terminal: &Terminal) -> ExitStatus {
    match load(&args.inputs, None, false, terminal) {
        Ok(loaded) => {
            let maps: usize = loaded.maps.iter().map(|m| m.file.journeys.len()).sum();
            println!("{}", terminal.say(Message::new("cli-valid").arg("files", loaded.maps.len()).arg("maps", maps)));
            ExitStatus::Done
        }
        Err(status) => status,
    }
}

fn base_url(text: &str, terminal: &Terminal) -> Result<String, ExitStatus> {
    let ok = (text.starts_with('/') && !text.starts_with("//")) || text.starts_with("https://") || text.starts_with("http://");
    if !ok || text.chars().any(|c| c.is_whitespace() || c.is_control() || "\"'<>`".contains(c)) {
        eprintln!("{}", terminal.say(Message::new("cli-bad-base-url").arg("url", text)));
        return Err(ExitStatus::Usage);
    }
    Ok(if text.ends_with('/') { text.to_owned() } else { format!("{text}/") })
}

fn publish(args: PublishArgs, terminal: &Terminal) -> ExitStatus {
    let run = || -> Result<ExitStatus, ExitStatus> {
        let language = language(&args.lang, terminal)?;
        let base_url = args.base_url.as_deref().map(|b| base_url(b, terminal)).transpose()?;
        let exports = exports(&args, terminal)?;
        let loaded = load(std::slice::from_ref(&args.maps_dir), Some(&args.out), args.skip_invalid, terminal)?;
        let widget = match (&args.widget, args.no_widget) {
            (_, true) => None,
            (Some(dir), false) if Widget::is_build(dir) => {
                let widget = Widget::Folder(dir.clone());
                if !widget.is_release() {
                    eprintln!("{}", terminal.say(Message::new("cli-widget-not-release").arg("dir", dir.display().to_string())));
                }
                Some(widget)
            }
            (Some(dir), false) => {
                eprintln!("{}", terminal.say(Message::new("cli-widget-not-found").arg("dir", dir.display().to_string())));
                return Err(ExitStatus::Files);
            }
            (None, false) => match Widget::built_in() {
                Some(widget) => Some(widget),
                None => {
                    eprintln!("{}", terminal.say(Message::new("cli-widget-missing")));
                    return Err(ExitStatus::Usage);
                }
            },
        };
        // An image a map names but the folder lacks would leave a hole on its page: say so.
        let present: std::collections::BTreeSet<&str> = loaded.assets.iter().map(|(relative, _)| relative.as_str()).collect();
        for map in &loaded.maps {
            for (place, url) in map.file.relative_images() {
                if !maps::image_path(&map.relative, &url).is_some_and(|path| present.contains(path.as_str())) {
                    let file = args.maps_dir.join(&map.relative).display().to_string();
                    eprintln!("{}", terminal.say(Message::new("cli-missing-image").arg("file", file).arg("path", place).arg("url", url)));
                }
            }
        }
        let mut assets = Vec::new();
        for (relative, path) in loaded.assets {
            let bytes = std::fs::read(&path).map_err(|e| io_failure(terminal, &path, &e))?;
            if let Err(refusal) = images::admit(&relative, &bytes) {
                eprintln!("{}", terminal.image_refusal(&path.display().to_string(), &refusal));
                continue;
            }
            assets.push((relative, bytes));
        }
        let settings = site::Settings { title: args.title.clone(), language, base_url, widget: widget.is_some() };
        let plan = site::Site::plan(settings, loaded.maps, assets);
        let mut say = |message: Message| eprintln!("{}", terminal.say(message));
        let counts = site::publish(&plan, &args.out, widget.as_ref(), &exports, &mut say).map_err(|e| io_failure(terminal, &args.out, &e))?;
        println!(
            "{}",
            terminal.say(
                Message::new("cli-published")
                    .arg("maps", plan.maps.len())
                    .arg("personas", plan.personas.len())
                    .arg("out", args.out.display().to_string())
            )
        );
        println!(
            "{}",
            terminal.say(
                Message::new("cli-published-files")
                    .arg("rendered", counts.rendered)
                    .arg("drawn", counts.drawn)
                    .arg("written", counts.written)
                    .arg("unchanged", counts.unchanged)
                    .arg("removed", counts.removed)
            )
        );
        Ok(ExitStatus::Done)
    };
    run().unwrap_or_else(|status| status)
}

fn new_file(args: NewArgs, terminal: &Terminal) -> ExitStatus {
    let language = match language(&args.lang, terminal) {
        Ok(language) => language,
        Err(status) => return status,
    };
    let Ok(map_type) = serde_json::from_value::<MapType>(serde_json::Value::String(args.map_type.clone())) else {
        eprintln!("{}", terminal.say(Message::new("cli-unknown-type").arg("type", args.map_type.as_str()).arg("known", "current-state, future-state, day-in-the-life, service-blueprint")));
        return ExitStatus::Usage;
    };
    let stem = args.file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let Some(text) = new::new_map(&args.template, map_type, language, &stem) else {
        eprintln!("{}", terminal.say(Message::new("cli-unknown-template").arg("template", args.template.as_str()).arg("known", new::template_names().join(", "))));
        return ExitStatus::Usage;
    };
    // `create_new` refuses an existing file, even one made a moment ago by someone else.
    let written = std::fs::OpenOptions::new().write(true).create_new(true).open(&args.file).and_then(|mut file| {
        use std::io::Write;
        file.write_all(text.as_bytes())
    });
    match written {
        Ok(()) => {
            println!("{}", terminal.say(Message::new("cli-new-written").arg("file", args.file.display().to_string()).arg("template", args.template.as_str())));
            ExitStatus::Done
        }
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!("{}", terminal.say(Message::new("cli-new-exists").arg("file", args.file.display().to_string())));
            ExitStatus::Files
        }
        Err(error) => io_failure(terminal, &args.file, &error),
    }
}

/// An origin as `Access-Control-Allow-Origin` takes it: `*`, or `http(s)://host[:port]` and
/// nothing more.
fn allowed_origin(text: &str) -> Option<hyper::header::HeaderValue> {
    let origin = text.trim();
    let host = origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://"));
    let well_formed = origin == "*"
        || host.is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c)));
    well_formed.then(|| hyper::header::HeaderValue::from_str(origin).ok()).flatten()
}

fn serve(args: ServeArgs, terminal: &Terminal) -> ExitStatus {
    let allow_origin = match args.allow_origin.as_deref() {
        None => None,
        Some(text) => match allowed_origin(text) {
            Some(origin) => Some(origin),
            None => {
                eprintln!("{}", terminal.say(Message::new("cli-bad-origin").arg("origin", text)));
                return ExitStatus::Usage;
            }
        },
    };
    if !args.site_dir.join("index.html").is_file() {
        eprintln!("{}", terminal.say(Message::new("cli-serve-no-site").arg("dir", args.site_dir.display().to_string())));
        return ExitStatus::Files;
    }
    let listener = match std::net::TcpListener::bind((args.host.as_str(), args.port)) {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("{}", terminal.say(Message::new("cli-serve-failed").arg("address", format!("{}:{}", args.host, args.port)).arg("reason", error.to_string())));
            return ExitStatus::Files;
        }
    };
    let address = listener.local_addr().map(|a| a.to_string()).unwrap_or_default();
    println!("{}", terminal.say(Message::new("cli-serving").arg("dir", args.site_dir.display().to_string()).arg("url", format!("http://{address}/"))));
    match serve::serve_to(&args.site_dir, listener, serve::Limits::default(), allow_origin) {
        Ok(()) => ExitStatus::Done,
        Err(error) => io_failure(terminal, &args.site_dir, &error),
    }
}
