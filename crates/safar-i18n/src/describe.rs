//! The core's errors, as messages people read in their own language.
//!
//! The core names what went wrong as data (an enum with the facts); this is the one place that
//! words it. Technical details that come from elsewhere (a JSON parser's note, a path in the
//! file) are passed along as they are and shown left to right.

use crate::catalog::Message;
use safar_core::library::{LibraryError, StoreError};
use safar_core::library::records::ReadError;
use safar_core::migrate::MigrateError;
use safar_core::validate::{Problem, ValidationError};
use safar_core::{CommandError, LoadError};

/// Something the core reports that people need to read.
pub trait Describe {
    fn describe(&self) -> Message;
}

impl Describe for Problem {
    fn describe(&self) -> Message {
        match self {
            Problem::WrongFormat => Message::new("problem-wrong-format").arg("format", safar_core::file::FORMAT),
            Problem::UnsupportedVersion(found) => {
                Message::new("problem-unsupported-version").arg("found", *found).arg("supported", safar_core::file::VERSION)
            }
            Problem::Empty => Message::new("problem-empty"),
            Problem::TooLong { max } => Message::new("problem-too-long").arg("max", *max),
            Problem::MalformedId => Message::new("problem-malformed-id").arg("min", 1).arg("max", safar_core::Id::MAX_LEN),
            Problem::DuplicateId(id) => Message::new("problem-duplicate-id").arg("id", id.as_str()),
            Problem::UnknownPersona(id) => Message::new("problem-unknown-persona").arg("id", id.as_str()),
            Problem::UnknownLane(id) => Message::new("problem-unknown-lane").arg("id", id.as_str()),
            Problem::UnknownStage(id) => Message::new("problem-unknown-stage").arg("id", id.as_str()),
            Problem::UnknownStep { stage, step } => {
                Message::new("problem-unknown-step").arg("stage", stage.as_str()).arg("step", step.as_str())
            }
            Problem::DuplicateCell => Message::new("problem-duplicate-cell"),
            Problem::MixedGranularity => Message::new("problem-mixed-granularity"),
            Problem::WrongCardKind { lane, expected, found } => Message::new("problem-wrong-card-kind")
                .arg("found", found.as_str())
                .arg("lane", lane.as_str())
                .arg("expected", expected.as_str()),
            Problem::ScoreOutOfScale { min, max } => Message::new("problem-score-out-of-scale").arg("min", *min).arg("max", *max),
            Problem::InvalidScale => Message::new("problem-invalid-scale").arg("span", safar_core::EmotionScale::MAX_SPAN),
            Problem::InvalidDate => Message::new("problem-invalid-date"),
            Problem::InvalidTimestamp => Message::new("problem-invalid-timestamp"),
            Problem::InvalidLanguage => Message::new("problem-invalid-language"),
            Problem::UnsafeUrl => Message::new("problem-unsafe-url"),
            Problem::NotFinite => Message::new("problem-not-finite"),
        }
    }
}

impl Describe for ValidationError {
    fn describe(&self) -> Message {
        Message::new("problem-at").arg("path", self.path.as_str()).arg("problem", self.problem.describe())
    }
}

impl Describe for MigrateError {
    fn describe(&self) -> Message {
        match self {
            MigrateError::NotAJourneyFile => Message::new("load-not-a-map").arg("format", safar_core::file::FORMAT),
            MigrateError::BadVersion => Message::new("load-bad-version").arg("min", 1),
            MigrateError::Newer { found, supported } => {
                Message::new("load-newer").arg("found", *found).arg("supported", *supported)
            }
            MigrateError::Step { name, message } => {
                Message::new("load-migration-failed").arg("step", *name).arg("detail", message.as_str())
            }
        }
    }
}

impl Describe for LoadError {
    fn describe(&self) -> Message {
        match self {
            LoadError::Syntax { line, column, message } => Message::new("load-syntax")
                .arg("line", *line)
                .arg("column", *column)
                .arg("detail", message.as_str()),
            LoadError::Migrate(error) => error.describe(),
            LoadError::Shape { path, message } => {
                let path = if path.is_empty() { "." } else { path.as_str() };
                Message::new("load-shape").arg("path", path).arg("detail", message.as_str())
            }
            LoadError::Invalid(errors) => Message::new("load-invalid").arg("count", errors.len()),
        }
    }
}

impl Describe for StoreError {
    fn describe(&self) -> Message {
        match self {
            StoreError::Full => Message::new("store-full"),
            StoreError::Unavailable => Message::new("store-unavailable"),
            StoreError::Other(detail) => Message::new("store-other").arg("detail", detail.as_str()),
        }
    }
}

impl Describe for ReadError {
    fn describe(&self) -> Message {
        match self {
            ReadError::Newer { found, supported } => {
                Message::new("read-newer").arg("found", *found).arg("supported", *supported)
            }
            ReadError::Damaged(detail) => Message::new("read-damaged").arg("detail", detail.as_str()),
        }
    }
}

impl Describe for LibraryError {
    fn describe(&self) -> Message {
        match self {
            LibraryError::ReadOnly => Message::new("library-read-only"),
            LibraryError::NotFound(id) => Message::new("library-not-found").arg("id", id.as_str()),
            LibraryError::Damaged(detail) => Message::new("library-damaged").arg("detail", detail.as_str()),
            LibraryError::Newer(error) => error.describe(),
            LibraryError::Conflict(_) => Message::new("library-conflict"),
            LibraryError::Store(error) => error.describe(),
            LibraryError::Invalid(problems) => Message::new("library-invalid").arg("count", problems.len()),
        }
    }
}

impl Describe for CommandError {
    fn describe(&self) -> Message {
        match self {
            CommandError::Unknown(id) => Message::new("command-unknown").arg("id", id.as_str()),
            CommandError::DuplicateId(id) => Message::new("command-duplicate-id").arg("id", id.as_str()),
            CommandError::NoSuchPlace => Message::new("command-no-such-place"),
            CommandError::WrongCardKind => Message::new("command-wrong-card-kind"),
            CommandError::ScoreOutsideScale => Message::new("command-score-outside-scale"),
            CommandError::InvalidScale => Message::new("command-invalid-scale").arg("span", safar_core::EmotionScale::MAX_SPAN),
            CommandError::LaneNotEmpty => Message::new("command-lane-not-empty"),
            CommandError::MixedGranularity => Message::new("command-mixed-granularity"),
            CommandError::AlreadyAttached => Message::new("command-already-attached"),
        }
    }
}
