//! The journey map document, independent of any user interface: its types, the JSON file
//! format with validation and migrations, and the templates a new map starts from.
//!
//! Nothing here touches a browser, so the web app, the embeddable widget and the command-line
//! publisher all share it, and it tests natively in seconds.

pub mod card;
pub mod channel;
pub mod command;
pub mod date;
pub mod digits;
pub mod document;
pub mod embed;
pub mod examples;
pub mod file;
pub mod history;
pub mod id;
pub mod journey;
pub mod language;
pub mod layout;
pub mod library;
pub mod limits;
pub mod migrate;
pub mod navigate;
pub mod persona;
pub mod svg;
pub mod shape;
pub mod template;
pub mod url;
pub mod validate;
pub mod vocabulary;

pub use card::{Card, CardKind, EvidenceSource, Priority, Resource, Severity};
pub use channel::Channel;
pub use command::{CellRef, Command, CommandError, Meta};
pub use document::Document;
pub use history::{Burst, CoalesceKey, History};
pub use file::{JourneyFile, LoadError, FORMAT, VERSION};
pub use id::Id;
pub use journey::{Cell, Direction, EmotionScale, Journey, Lane, LaneKind, MapType, Stage, Step};
pub use language::Language;
pub use limits::{Exceeded, Limit};
pub use persona::{Persona, Photo};
pub use shape::{JsonKind, ShapeError, ShapeProblem};
pub use template::{StageSet, Template};
pub use validate::{Problem, ValidationError};
pub use vocabulary::Vocabulary;
