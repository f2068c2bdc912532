//! The core's errors, as messages people read in their own language.
//!
//! The core names what went wrong as data (an enum with the facts); this is the one place that
//! words it. Technical details that come from elsewhere (a JSON parser's note, a path in the
//! file) are passed along as they are and shown left to right.

use crate::catalog::Message;
use safar_core::library::{LibraryError, StoreError};
use safar_core::library::records::ReadError;
use safar_core::migrate::MigrateError;
use safar_core::limits::{Exceeded, Limit};
use safar_core::validate::{self, Problem, ValidationError};
use safar_core::{CommandError, LoadError, ShapeError, ShapeProblem};

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
            Problem::OverLimit { limit, found } => over_limit(*limit, *found),
            Problem::Unlisted(count) => Message::new("problem-unlisted").arg("count", *count),
        }
    }
}

/// "the number of stages is 250, more than the 200 Safar reads"; sizes in megabytes.
fn over_limit(limit: Limit, found: usize) -> Message {
    match what_is_counted(limit) {
        Some(what) => Message::new("problem-over-limit").arg("what", what).arg("found", found).arg("max", limit.max()),
        None => Message::new("limit-bytes").arg("found", megabytes(found)).arg("max", megabytes(limit.max())),
    }
}

/// "the number of stages"; `None` for a limit on bytes, which are said in megabytes.
fn what_is_counted(limit: Limit) -> Option<Message> {
    let what = match limit {
        Limit::FileBytes | Limit::RecordBytes => return None,
        Limit::Journeys => "limit-journeys",
        Limit::Personas => "limit-personas",
        Limit::PersonaItems => "limit-persona-items",
        Limit::Stages => "limit-stages",
        Limit::Steps => "limit-steps",
        Limit::Lanes => "limit-lanes",
        Limit::Cells => "limit-cells",
        Limit::Cards => "limit-cards",
        Limit::CardsInCell => "limit-cards-in-cell",
    };
    Some(Message::new(what))
}

/// Bytes as mebibytes, rounded up to a tenth, so a size just over a limit never reads as the
/// limit itself.
fn megabytes(bytes: usize) -> f64 {
    (bytes as f64 / (1024.0 * 1024.0) * 10.0).ceil() / 10.0
}

impl Describe for Exceeded {
    fn describe(&self) -> Message {
        let problem = over_limit(self.limit, self.found);
        if self.path.is_empty() {
            Message::new("load-too-large-file").arg("problem", problem)
        } else {
            Message::new("load-too-large").arg("path", self.path.as_str()).arg("problem", problem)
        }
    }
}

impl Describe for ValidationError {
    fn describe(&self) -> Message {
        // The count of problems not listed belongs to no one place.
        if self.path.is_empty() {
            return self.problem.describe();
        }
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
                .arg("detail", syntax(message)),
            LoadError::Migrate(error) => error.describe(),
            LoadError::Shape(errors) => match errors.as_slice() {
                [one] => one.describe(),
                [first, ..] => Message::new("load-shapes")
                    .arg("count", errors.len())
                    .arg("path", first.path.as_str())
                    .arg("detail", first.problem.describe()),
                [] => Message::new("load-shapes").arg("count", 0).arg("path", ".").arg("detail", ""),
            },
            LoadError::TooLarge(exceeded) => exceeded.describe(),
            LoadError::Invalid(errors) => Message::new("load-invalid").arg("count", validate::total(errors)),
        }
    }
}

impl Describe for ShapeError {
    fn describe(&self) -> Message {
        Message::new("load-shape").arg("path", self.path.as_str()).arg("detail", self.problem.describe())
    }
}

/// What is wrong at one place, without the place.
impl Describe for ShapeProblem {
    fn describe(&self) -> Message {
        match self {
            // The kinds as messages of their own: a text argument can be set apart in the page
            // (a `<bdi>`), which a selector would no longer match.
            ShapeProblem::WrongKind { found, expected } => Message::new("shape-wrong-kind")
                .arg("found", Message::new(kind(Some(*found))))
                .arg("expected", Message::new(kind(*expected))),
            ShapeProblem::OutOfRange { found, min, max } => {
                Message::new("shape-out-of-range").arg("found", found.as_str()).arg("min", *min).arg("max", *max)
            }
            ShapeProblem::Missing { field } => Message::new("shape-missing").arg("field", field.as_str()),
            ShapeProblem::UnknownField { field } => Message::new("shape-unknown-field").arg("field", field.as_str()),
            ShapeProblem::UnknownName { found, expected } => {
                Message::new("shape-unknown-name").arg("found", found.as_str()).arg("expected", expected.join(", "))
            }
            ShapeProblem::Other(detail) => Message::new("shape-other").arg("detail", detail.as_str()),
        }
    }
}

fn kind(kind: Option<safar_core::JsonKind>) -> &'static str {
    use safar_core::JsonKind;
    match kind {
        Some(JsonKind::Null) => "json-kind-null",
        Some(JsonKind::Boolean) => "json-kind-boolean",
        Some(JsonKind::Integer) => "json-kind-integer",
        Some(JsonKind::Fraction) => "json-kind-fraction",
        Some(JsonKind::Number) => "json-kind-number",
        Some(JsonKind::Text) => "json-kind-text",
        Some(JsonKind::List) => "json-kind-list",
        Some(JsonKind::Object) => "json-kind-object",
        None => "json-kind-unknown",
    }
}

/// serde_json's note on a syntax error (its wording is its `ErrorCode`'s), in the reader's words;
/// a note it does not match is passed along as it is.
fn syntax(note: &str) -> Message {
    let id = match note {
        _ if note.starts_with("EOF while parsing") => "syntax-end",
        "expected `:`" => "syntax-colon",
        "expected `,` or `]`" => "syntax-comma-list",
        "expected `,` or `}`" => "syntax-comma-object",
        "expected value" | "expected ident" => "syntax-value",
        "key must be a string" => "syntax-key",
        "trailing comma" => "syntax-trailing-comma",
        "trailing characters" => "syntax-trailing",
        "invalid number" | "number out of range" => "syntax-number",
        "recursion limit exceeded" => "syntax-depth",
        _ if note.starts_with("control character") => "syntax-control",
        _ if note.contains("escape") || note.contains("surrogate") || note.contains("code point") => "syntax-escape",
        _ => return Message::new("syntax-other").arg("detail", note),
    };
    Message::new(id)
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
            LibraryError::Invalid(problems) => Message::new("library-invalid").arg("count", validate::total(problems)),
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
            CommandError::OverLimit(limit) => match what_is_counted(*limit) {
                Some(what) => Message::new("command-over-limit").arg("what", what).arg("max", limit.max()),
                // Edits are limited by counts only; a size is said as any size is.
                None => over_limit(*limit, limit.max() + 1),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Catalog, Locale};
    use safar_core::limits::MAX_FILE_BYTES;

    fn words(locale: Locale, error: &LoadError) -> String {
        Catalog::new(locale).format(&error.describe())
    }

    #[test]
    fn a_refusal_for_size_names_the_limit_the_count_and_the_most_in_every_language() {
        let stages = LoadError::TooLarge(Exceeded { limit: Limit::Stages, path: "journeys[0].stages".into(), found: 201 });
        assert_eq!(
            words(Locale::ENGLISH, &stages),
            "This file is too large to open: at journeys[0].stages, the number of stages is 201, more than the 200 Safar reads."
        );
        assert_eq!(
            words(Locale::PERSIAN, &stages),
            "این فایل بزرگ‌تر از آن است که باز شود: در journeys[0].stages، تعداد مرحله‌ها ۲۰۱ است؛ سفر حداکثر ۲۰۰ را می‌خواند."
        );
        assert_eq!(
            words(Locale::ARABIC, &stages),
            "هذا الملف أكبر من أن يُفتح: في journeys[0].stages، عدد المراحل ٢٠١، وهو أكثر من ٢٠٠، الحد الأقصى الذي يقرؤه سفر."
        );

        // Sizes in megabytes, rounded up: one byte over the limit never reads as the limit.
        let bytes = LoadError::TooLarge(Exceeded { limit: Limit::FileBytes, path: String::new(), found: MAX_FILE_BYTES + 1 });
        assert_eq!(words(Locale::ENGLISH, &bytes), "This file is too large to open: 8.1 MB, more than the 8 MB Safar reads.");
        assert_eq!(
            words(Locale::PERSIAN, &bytes),
            "این فایل بزرگ‌تر از آن است که باز شود: ۸٫۱ مگابایت است؛ سفر حداکثر ۸ مگابایت را می‌خواند."
        );
        let fifty = LoadError::TooLarge(Exceeded { limit: Limit::FileBytes, path: String::new(), found: 50_000_000 });
        assert!(words(Locale::ARABIC, &fifty).contains("٤٧٫٧ ميغابايت"), "{}", words(Locale::ARABIC, &fifty));
    }

    #[test]
    fn an_edit_past_a_limit_says_the_limit() {
        let refused = CommandError::OverLimit(Limit::Stages).describe();
        assert_eq!(Catalog::new(Locale::ENGLISH).format(&refused), "That would pass a limit: the number of stages can be at most 200.");
        assert_eq!(Catalog::new(Locale::PERSIAN).format(&refused), "این کار از یک حد می‌گذرد: تعداد مرحله‌ها حداکثر می‌تواند ۲۰۰ باشد.");
        assert_eq!(Catalog::new(Locale::ARABIC).format(&refused), "هذا يتجاوز حدًّا: عدد المراحل لا يزيد على ٢٠٠.");
    }

    #[test]
    fn the_problems_not_listed_are_counted_and_the_total_is_said() {
        let mut problems: Vec<ValidationError> = (0..validate::MAX_PROBLEMS)
            .map(|i| ValidationError { path: format!("journeys[0].cells[{i}].lane"), problem: Problem::Empty })
            .collect();
        problems.push(ValidationError { path: String::new(), problem: Problem::Unlisted(39_800) });
        let last = problems.last().unwrap().describe();
        assert_eq!(Catalog::new(Locale::ENGLISH).format(&last), "and 39800 more problems");
        assert_eq!(Catalog::new(Locale::PERSIAN).format(&last), "و ۳۹۸۰۰ مشکل دیگر");
        assert_eq!(Catalog::new(Locale::ARABIC).format(&last), "و٣٩٨٠٠ مشكلة أخرى");
        let one = ValidationError { path: String::new(), problem: Problem::Unlisted(1) }.describe();
        assert_eq!(Catalog::new(Locale::ENGLISH).format(&one), "and one more problem");
        assert_eq!(Catalog::new(Locale::ARABIC).format(&one), "ومشكلة أخرى");

        let invalid = LoadError::Invalid(problems);
        assert_eq!(words(Locale::ENGLISH, &invalid), "The file breaks the format’s rules in 40000 places.");
    }

    /// What a Persian or Arabic reader is told about a broken file has no English in it: only
    /// the file's own names (paths, fields, kinds) and the format's, JSON and null, in Latin.
    #[test]
    fn structural_and_syntax_problems_are_said_without_english() {
        let example: serde_json::Value = serde_json::from_str(safar_core::examples::EXAMPLES[0].json).unwrap();
        let mut broken = example.clone();
        broken["journeys"][0]["title"] = serde_json::json!(42);
        broken["journeys"][0]["titel"] = serde_json::json!("typo");
        broken["journeys"][0]["type"] = serde_json::json!("funnel");
        broken["journeys"][0]["cells"][0]["cards"][0] = serde_json::json!({ "kind": "emotion", "id": "e-9", "score": 900 });
        broken["journeys"][0].as_object_mut().unwrap().remove("lanes");
        let LoadError::Shape(errors) = safar_core::JourneyFile::from_json_listing_every_problem(&broken.to_string()).unwrap_err() else { panic!("a shape error") };
        assert!(errors.len() >= 4, "{errors:?}");
        // Each message, with the names it may carry: the file's and the format's.
        let mut said: Vec<(Vec<String>, Message)> = Vec::new();
        for error in &errors {
            let mut names: Vec<String> = vec![error.path.clone()];
            match &error.problem {
                ShapeProblem::Missing { field } | ShapeProblem::UnknownField { field } => names.push(field.clone()),
                ShapeProblem::UnknownName { found, expected } => names.extend([found.clone()].into_iter().chain(expected.iter().cloned())),
                ShapeProblem::WrongKind { .. } | ShapeProblem::OutOfRange { .. } => {}
                ShapeProblem::Other(detail) => panic!("serde's own words: {detail}"),
            }
            said.push((names, error.describe()));
        }
        for not_json in ["", "{", "[1 2]", "{\"a\" 1}", "{\"a\": 1,}", "{1: 2}", "\"\\q\"", "{\"a\": 1} x", "[01]", "\"a\u{1}\""] {
            let error = safar_core::JourneyFile::from_json(not_json).unwrap_err();
            said.push((Vec::new(), error.describe()));
        }
        for locale in [Locale::PERSIAN, Locale::ARABIC] {
            let catalog = Catalog::new(locale);
            for (names, message) in &said {
                let text = catalog.format(message);
                let allowed = |word: &str| ["JSON", "null"].contains(&word) || names.iter().any(|name| name.split(|c: char| !c.is_ascii_alphabetic()).any(|part| part == word));
                let words: Vec<&str> = text.split(|c: char| !c.is_ascii_alphabetic()).filter(|word| !word.is_empty() && !allowed(word)).collect();
                assert!(words.is_empty(), "English {words:?} in {text:?}");
            }
        }
    }
}
