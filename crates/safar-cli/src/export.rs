//! `safar export`: one map as a picture (SVG, PNG) or a PDF, drawn by the same renderer as the
//! app's Share menu and a published site's downloads.

use crate::messages::Terminal;
use crate::{io_failure, load, write_whole, ExitStatus};
use clap::Args;
use safar_core::{Document, Id};
use safar_i18n::Message;
use safar_picture::{Paper, View};
use std::io::Write;
use std::path::{Path, PathBuf};

pub use safar_picture::export::{Format, Scale};

/// Export one map as a picture or a PDF: SVG (fonts inside, so it looks the same anywhere),
/// PNG at a scale, or PDF on A4, A3 or A2 landscape pages or one long page.
#[derive(Args)]
#[command(after_help = crate::EXIT_CODES)]
pub struct ExportArgs {
    /// The map file. A file holding several maps exports its first.
    map: PathBuf,
    /// svg, png or pdf; by default the output file's extension says.
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// For PNG: how many pixels per CSS pixel, 1 (screens), 2 (slides) or 4 (print); any
    /// number from 0.25 to 8.
    #[arg(long, default_value_t = 2.0)]
    scale: f32,
    /// For PDF: a4, a3 or a2 (landscape), or long for one page as large as the map.
    #[arg(long, default_value = "a3", value_name = "PAPER")]
    page_size: String,
    /// Only these lanes, by id, comma-separated (hidden lanes too, when named).
    #[arg(long, value_delimiter = ',', value_name = "LANE_IDS")]
    lanes: Option<Vec<String>>,
    /// Only this stage, by id.
    #[arg(long, value_name = "STAGE_ID")]
    stage: Option<String>,
    /// The file to write, or - for standard output.
    #[arg(short = 'o', long = "out", value_name = "FILE")]
    out: PathBuf,
}

/// A scale as a message shows it: as typed (`0.1`), not as the nearest binary fraction an `f32`
/// widened to `f64` shows (`0.10000000149011612`).
pub fn shown_scale(scale: f32) -> f64 {
    scale.to_string().parse().unwrap_or(f64::from(scale))
}

/// What an export made: the file's bytes and what to say about it.
pub struct Made {
    pub bytes: Vec<u8>,
    pub message: Message,
    /// The PNG's scale, when the picture was too large for the one asked for.
    pub shrunk: Option<f32>,
}

/// Why an export was not made.
pub enum Refused {
    Usage(Message),
    Render(Message),
}

/// `document` exported as `format`, with what to say about it.
pub fn make(document: &Document, view: &View, format: Format, scale: Scale, paper: Paper) -> Result<Made, Refused> {
    let (Scale::Exactly(wanted) | Scale::AtMost(wanted)) = scale;
    let exported = safar_picture::export::make(document, view, format, scale, paper).map_err(|error| match error {
        safar_picture::RenderError::TooLarge { width, height, limit } => Refused::Usage(
            Message::new("cli-export-too-large").arg("scale", shown_scale(wanted)).arg("width", width).arg("height", height).arg("side", safar_picture::png::MAX_SIDE).arg("limit", limit as f64),
        ),
        other => Refused::Render(Message::new("cli-export-failed").arg("format", format.name()).arg("reason", other.to_string())),
    })?;
    let message = match format {
        Format::Svg => Message::new("cli-export-picture").arg("format", "SVG").arg("width", exported.width).arg("height", exported.height),
        Format::Png => Message::new("cli-export-picture").arg("format", "PNG").arg("width", exported.width).arg("height", exported.height),
        Format::Pdf => {
            let paper_name = if paper == Paper::Long { "long".to_owned() } else { paper.name().to_uppercase() };
            Message::new("cli-export-pages").arg("pages", exported.pages).arg("paper", paper_name)
        }
    };
    let shrunk = (format == Format::Png && exported.scale < wanted).then_some(exported.scale);
    Ok(Made { bytes: exported.bytes, message, shrunk })
}

/// The part of `document` the command line names.
pub fn view(document: &Document, lanes: Option<&[String]>, stage: Option<&str>) -> Result<View, Message> {
    let journey = &document.journey;
    let lanes = match lanes {
        None => None,
        Some(ids) => {
            for id in ids {
                if !journey.lanes.iter().any(|lane| lane.id.as_str() == id) {
                    let known = journey.lanes.iter().map(|l| l.id.as_str()).collect::<Vec<_>>().join(", ");
                    return Err(Message::new("cli-export-unknown-lane").arg("lane", id.as_str()).arg("known", known));
                }
            }
            Some(ids.iter().map(|id| Id::from(id.as_str())).collect())
        }
    };
    let stage = match stage {
        None => None,
        Some(id) if journey.stages.iter().any(|s| s.id.as_str() == id) => Some(Id::from(id)),
        Some(id) => {
            let known = journey.stages.iter().map(|s| s.id.as_str()).collect::<Vec<_>>().join(", ");
            return Err(Message::new("cli-export-unknown-stage").arg("stage", id).arg("known", known));
        }
    };
    Ok(View { lanes, stage })
}

pub(crate) fn run(args: ExportArgs, terminal: &Terminal) -> ExitStatus {
    let usage = |message: Message| {
        eprintln!("{}", terminal.say(message));
        ExitStatus::Usage
    };
    let to_stdout = args.out.as_os_str() == "-";
    let format_name = args
        .format
        .clone()
        .or_else(|| (!to_stdout).then(|| args.out.extension().map(|e| e.to_string_lossy().into_owned())).flatten())
        .unwrap_or_default();
    let Some(format) = Format::from_name(&format_name) else {
        return usage(Message::new("cli-export-unknown-format").arg("format", format_name).arg("known", "svg, png, pdf"));
    };
    let Some(paper) = Paper::from_name(&args.page_size) else {
        return usage(Message::new("cli-export-unknown-paper").arg("paper", args.page_size.as_str()).arg("known", "a4, a3, a2, long"));
    };
    if !(0.25..=8.0).contains(&args.scale) {
        return usage(Message::new("cli-export-bad-scale").arg("scale", shown_scale(args.scale)));
    }
    if !to_stdout && same_file(&args.map, &args.out) {
        return usage(Message::new("cli-export-over-map").arg("file", args.out.display().to_string()));
    }
    let loaded = match load(std::slice::from_ref(&args.map), None, false, terminal) {
        Ok(loaded) => loaded,
        Err(status) => return status,
    };
    let Some(document) = loaded.maps.into_iter().next().and_then(|map| Document::from_file(map.file)) else {
        return usage(Message::new("cli-no-maps").arg("inputs", args.map.display().to_string()));
    };
    let view = match view(&document, args.lanes.as_deref(), args.stage.as_deref()) {
        Ok(view) => view,
        Err(message) => return usage(message),
    };
    let made = match make(&document, &view, format, Scale::Exactly(args.scale), paper) {
        Ok(made) => made,
        Err(Refused::Usage(message)) => return usage(message),
        Err(Refused::Render(message)) => {
            eprintln!("{}", terminal.say(message));
            return ExitStatus::Files;
        }
    };
    let written = if to_stdout { std::io::stdout().lock().write_all(&made.bytes) } else { write_whole(&args.out, &made.bytes) };
    if let Err(error) = written {
        return io_failure(terminal, &args.out, &error);
    }
    let file = if to_stdout { "-".to_owned() } else { args.out.display().to_string() };
    eprintln!("{}", terminal.say(Message::new("cli-export-written").arg("file", file).arg("what", made.message)));
    ExitStatus::Done
}

/// Whether two paths name one file (the output would write over the map).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
