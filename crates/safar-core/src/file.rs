//! The journey map file: a `format`/`version` header, the personas and the maps. This is what
//! is saved in the browser, exported, imported, embedded and published.

use crate::journey::Journey;
use crate::limits::{self, Exceeded, Limit};
use crate::migrate::{self, MigrateError};
use crate::persona::Persona;
use crate::shape::{self, ShapeError};
use crate::validate::{self, ValidationError};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The value of every file's `format` field.
pub const FORMAT: &str = "safar-journey-map";
/// The format version this build writes.
pub const VERSION: u32 = 1;

/// A file of one or more journey maps and the personas they share.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(title = "Safar journey map file", description = "Customer journey maps and their personas, format version 1.")]
pub struct JourneyFile {
    /// Always `safar-journey-map`.
    #[schemars(extend("const" = FORMAT))]
    pub format: String,
    /// The format version; files are migrated to the current one when read.
    pub version: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<Persona>,
    pub journeys: Vec<Journey>,
}

/// Why a file could not be loaded. Nothing is partially loaded: a file either opens whole or
/// not at all.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// Not JSON: the first syntax error, with its 1-based line and column.
    Syntax { line: usize, column: usize, message: String },
    Migrate(MigrateError),
    /// JSON of the wrong shape: missing fields, wrong types, unknown keys. Every place found,
    /// in document order, at most [`shape::MAX_SHAPE_PROBLEMS`].
    Shape(Vec<ShapeError>),
    /// Larger than Safar reads ([`crate::limits`]): refused before the map is built.
    TooLarge(Exceeded),
    /// Well-formed but inconsistent: the problems found, at most [`validate::MAX_PROBLEMS`] of
    /// them and then one [`validate::Problem::Unlisted`] that counts the rest.
    Invalid(Vec<ValidationError>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Syntax { line, column, message } => {
                write!(f, "not valid JSON at line {line}, column {column}: {message}")
            }
            LoadError::Migrate(error) => error.fmt(f),
            LoadError::Shape(errors) => one_per_line(f, errors),
            LoadError::TooLarge(exceeded) => exceeded.fmt(f),
            LoadError::Invalid(errors) => one_per_line(f, errors),
        }
    }
}

fn one_per_line(f: &mut fmt::Formatter<'_>, errors: &[impl fmt::Display]) -> fmt::Result {
    for (i, error) in errors.iter().enumerate() {
        if i > 0 {
            f.write_str("\n")?;
        }
        error.fmt(f)?;
    }
    Ok(())
}

impl std::error::Error for LoadError {}

impl JourneyFile {
    pub fn new(personas: Vec<Persona>, journeys: Vec<Journey>) -> Self {
        JourneyFile { format: FORMAT.to_owned(), version: VERSION, personas, journeys }
    }

    /// Reads a file of any supported version: parse, migrate, type-check, then validate. A text
    /// of more than [`limits::MAX_FILE_BYTES`] is refused before it is parsed, and one with more
    /// stages, lanes, cards... than the limits before the map is built.
    pub fn from_json(text: &str) -> Result<Self, LoadError> {
        Self::from_json_within(text, Limit::FileBytes)
    }

    /// [`JourneyFile::from_json`] under another byte limit: the library reads its stored
    /// records under [`Limit::RecordBytes`].
    pub fn from_json_within(text: &str, bytes: Limit) -> Result<Self, LoadError> {
        Self::read::<false>(text, bytes)
    }

    /// [`JourneyFile::from_json`], with every structural problem of a file that has some (up
    /// to [`shape::MAX_SHAPE_PROBLEMS`]) instead of the first: for `safar validate` and the
    /// library's import, where a person mends the file. A viewer, which only says why it shows
    /// no map, reads the first with less code.
    pub fn from_json_listing_every_problem(text: &str) -> Result<Self, LoadError> {
        Self::read::<true>(text, Limit::FileBytes)
    }

    fn read<const EVERY_PROBLEM: bool>(text: &str, bytes: Limit) -> Result<Self, LoadError> {
        limits::check_bytes(text.len(), bytes).map_err(LoadError::TooLarge)?;
        let raw: serde_json::Value = serde_json::from_str(text).map_err(|error| LoadError::Syntax {
            line: error.line(),
            column: error.column(),
            message: syntax_message(&error),
        })?;
        let current = migrate::migrate(raw).map_err(LoadError::Migrate)?;
        if let Some(exceeded) = limits::first_exceeded(&current) {
            return Err(LoadError::TooLarge(exceeded));
        }
        let file: JourneyFile = if EVERY_PROBLEM {
            let again = || {
                let raw = serde_json::from_str(text).expect("parsed once already");
                migrate::migrate(raw).expect("migrated once already")
            };
            shape::deserialize_all(current, again)
        } else {
            shape::deserialize_first(current).map_err(|error| vec![error])
        }
        .map_err(LoadError::Shape)?;
        let problems = validate::validate(&file);
        if problems.is_empty() {
            Ok(file)
        } else {
            Err(LoadError::Invalid(problems))
        }
    }

    /// The canonical text of the file: pretty-printed with two spaces, cells in map order, and a
    /// final newline, so that the same maps always give the same bytes and diffs stay small.
    pub fn to_json(&self) -> String {
        let mut file = self.clone();
        for journey in &mut file.journeys {
            journey.canonicalize();
        }
        let mut text = serde_json::to_string_pretty(&file).expect("a journey file always serializes");
        text.push('\n');
        text
    }

    /// The same canonical content without indentation, as the browser library stores it:
    /// localStorage gives a site about five million characters, and indentation is a third of
    /// a map's text. Exports use [`JourneyFile::to_json`].
    pub fn to_compact_json(&self) -> String {
        let mut file = self.clone();
        for journey in &mut file.journeys {
            journey.canonicalize();
        }
        serde_json::to_string(&file).expect("a journey file always serializes")
    }

    /// The pictures the file names by an address relative to the file itself (persona photos,
    /// image cards), as `(place in the file, address)`.
    pub fn relative_images(&self) -> Vec<(String, String)> {
        let mut found = Vec::new();
        for (i, persona) in self.personas.iter().enumerate() {
            if let Some(photo) = persona.photo.as_ref().filter(|p| crate::url::is_relative(&p.url)) {
                found.push((format!("personas[{i}].photo.url"), photo.url.clone()));
            }
        }
        for (j, journey) in self.journeys.iter().enumerate() {
            for (c, cell) in journey.cells.iter().enumerate() {
                for (k, card) in cell.cards.iter().enumerate() {
                    if let crate::Card::Image(image) = card {
                        if crate::url::is_relative(&image.url) {
                            found.push((format!("journeys[{j}].cells[{c}].cards[{k}].url"), image.url.clone()));
                        }
                    }
                }
            }
        }
        found
    }

    /// The file's relative picture addresses made relative to another place instead: `folder`
    /// (ending in `/`) is where the file is, seen from there. `images/a.svg` of a file in
    /// `examples/` becomes `examples/images/a.svg` for a page beside `examples/`.
    pub fn rebase_relative_images(&mut self, folder: &str) {
        let rebase = |url: &mut String| {
            if crate::url::is_relative(url) {
                url.insert_str(0, folder);
            }
        };
        for persona in &mut self.personas {
            if let Some(photo) = persona.photo.as_mut() {
                rebase(&mut photo.url);
            }
        }
        for journey in &mut self.journeys {
            for cell in &mut journey.cells {
                for card in &mut cell.cards {
                    if let crate::Card::Image(image) = card {
                        rebase(&mut image.url);
                    }
                }
            }
        }
    }

    /// The personas a journey is about, in the journey's order.
    pub fn personas_of<'a>(&'a self, journey: &'a Journey) -> impl Iterator<Item = &'a Persona> + 'a {
        journey.personas.iter().filter_map(|id| self.personas.iter().find(|p| &p.id == id))
    }
}

/// serde_json appends " at line L column C" to its messages; the position is reported apart.
fn syntax_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// The JSON Schema of the format, generated from the types.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(JourneyFile);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serializes");
    text.push('\n');
    text
}
