//! What is wrong with the structure of a file that is JSON but not a journey file: every place,
//! not only the first, each as a problem the catalogs say in the reader's language.
//!
//! serde stops at the first value of the wrong shape. To find the next, the value is taken out
//! of the document (the field, or the innermost list element holding it) and the document read
//! again, until it reads or [`MAX_SHAPE_PROBLEMS`] are found. Paths are given as in the file the
//! user has, whatever was taken out before.

use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt;

/// At most this many structural problems are listed for one file: past that it is too far from
/// a journey file for a longer list to help, and each one costs a reading of the whole file.
pub const MAX_SHAPE_PROBLEMS: usize = 50;

/// One place where the file's structure is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct ShapeError {
    /// Where, as `journeys[0].cells[3].cards[1].score`; `.` for the file itself.
    pub path: String,
    pub problem: ShapeProblem,
}

/// What is wrong there.
#[derive(Clone, Debug, PartialEq)]
pub enum ShapeProblem {
    /// A value of another kind than the format has there; `expected` is `None` when it is not
    /// one of the plain kinds.
    WrongKind { found: JsonKind, expected: Option<JsonKind> },
    /// A whole number outside the range the format allows there.
    OutOfRange { found: String, min: i64, max: i64 },
    /// A field the format requires is not there.
    Missing { field: String },
    /// A field the format does not have.
    UnknownField { field: String },
    /// A name the format does not have (such as a card's `kind`), and the ones it has.
    UnknownName { found: String, expected: Vec<String> },
    /// Anything else serde reports, in its own (English) words.
    Other(String),
}

/// The kinds of JSON value, as a file has them and as the format expects them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    Null,
    Boolean,
    /// A whole number.
    Integer,
    /// A number with a fraction.
    Fraction,
    Number,
    Text,
    List,
    Object,
}

impl JsonKind {
    /// The kind in English words, for [`ShapeError`]'s `Display`.
    fn words(self) -> &'static str {
        match self {
            JsonKind::Null => "null",
            JsonKind::Boolean => "true or false",
            JsonKind::Integer => "a whole number",
            JsonKind::Fraction => "a number with a fraction",
            JsonKind::Number => "a number",
            JsonKind::Text => "text",
            JsonKind::List => "a list",
            JsonKind::Object => "an object",
        }
    }

    /// The kind serde's "expected …" names: a primitive's name, or a visitor's words for it.
    fn expected(words: &str) -> Option<JsonKind> {
        Some(match words {
            "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => JsonKind::Integer,
            "f32" | "f64" => JsonKind::Number,
            "a string" | "a borrowed string" | "a character" | "a char" => JsonKind::Text,
            "a boolean" => JsonKind::Boolean,
            "a sequence" => JsonKind::List,
            "unit" => JsonKind::Null,
            "a map" => JsonKind::Object,
            _ if words.starts_with("struct ") || words.contains("tagged enum ") => JsonKind::Object,
            _ if words.starts_with("a sequence") || words.starts_with("tuple") => JsonKind::List,
            _ => return None,
        })
    }
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path != "." {
            write!(f, "{}: ", self.path)?;
        }
        match &self.problem {
            ShapeProblem::WrongKind { found, expected: Some(expected) } => write!(f, "{} where the format has {}", found.words(), expected.words()),
            ShapeProblem::WrongKind { found, expected: None } => write!(f, "{} where the format has another kind of value", found.words()),
            ShapeProblem::OutOfRange { found, min, max } => write!(f, "{found} is outside {min} to {max}"),
            ShapeProblem::Missing { field } => write!(f, "the field `{field}` is missing"),
            ShapeProblem::UnknownField { field } => write!(f, "`{field}` is not a field the format has here"),
            ShapeProblem::UnknownName { found, expected } => write!(f, "`{found}` is not one of {}", expected.join(", ")),
            ShapeProblem::Other(message) => f.write_str(message),
        }
    }
}

/// One step of a path into the document.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
    /// A place serde could not name (inside a tagged enum's buffered content).
    Unknown,
}

fn display(steps: &[Step]) -> String {
    if steps.is_empty() {
        return ".".to_owned();
    }
    let mut text = String::new();
    for step in steps {
        match step {
            Step::Index(i) => text.push_str(&format!("[{i}]")),
            Step::Key(key) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(key);
            }
            Step::Unknown => text.push_str(if text.is_empty() { "?" } else { ".?" }),
        }
    }
    text
}

/// `value` read as a `T`, or the first structural problem in it.
pub(crate) fn deserialize_first<T: DeserializeOwned>(value: Value) -> Result<T, ShapeError> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|error| ShapeError {
        path: display(&steps(error.path())),
        problem: classify(&error.into_inner().to_string()),
    })
}

fn steps(path: &serde_path_to_error::Path) -> Vec<Step> {
    path.iter()
        .map(|segment| match segment {
            serde_path_to_error::Segment::Seq { index } => Step::Index(*index),
            serde_path_to_error::Segment::Map { key } => Step::Key(key.clone()),
            serde_path_to_error::Segment::Enum { variant } => Step::Key(variant.clone()),
            serde_path_to_error::Segment::Unknown => Step::Unknown,
        })
        .collect()
}

/// `value` read as a `T`, or every structural problem in it (up to [`MAX_SHAPE_PROBLEMS`]).
/// `again` gives the same value once more, for the search past the first problem: reading
/// consumes the value, and keeping a copy for a file that is most often fine would cost every
/// load. (Reading a `Value` rather than a `&Value` also keeps one instance of the format's
/// deserializers in the WebAssembly, not two.)
pub(crate) fn deserialize_all<T: DeserializeOwned>(value: Value, again: impl FnOnce() -> Value) -> Result<T, Vec<ShapeError>> {
    // One call of the deserializer, so its code is in the WebAssembly once: the first reading
    // takes `value` itself, the next ones a copy of the document with what was taken out.
    let mut first = Some(value);
    let mut again = Some(again);
    let mut value = Value::Null;
    let mut found = Vec::new();
    // What was taken out, in the file's own coordinates: the list elements by the path of
    // their list, and the fields. Plain lists: at most a few dozen entries.
    let mut removed: Removed = Vec::new();
    let mut deleted: Vec<Vec<Step>> = Vec::new();
    loop {
        let input = first.take().unwrap_or_else(|| value.clone());
        let error = match serde_path_to_error::deserialize::<_, T>(input) {
            Ok(read) if found.is_empty() => return Ok(read),
            Ok(_) => return Err(found),
            Err(error) => error,
        };
        if let Some(again) = again.take() {
            value = again();
        }
        let here = steps(error.path());
        let original = in_the_file(&here, &removed);
        let problem = classify(&error.into_inner().to_string());
        let ours = matches!(&problem, ShapeProblem::Missing { field } if deleted.contains(&[original.clone(), vec![Step::Key(field.clone())]].concat()));
        if !ours {
            found.push(ShapeError { path: display(&original), problem: problem.clone() });
            if found.len() >= MAX_SHAPE_PROBLEMS {
                return Err(found);
            }
        }
        // Take the value out and read again. A field that is missing, or was taken out and is
        // required, takes its whole list element with it.
        let field = match &problem {
            ShapeProblem::UnknownField { field } if matches!(at(&value, &here), Some(Value::Object(o)) if o.contains_key(field)) => Some(here.clone()),
            ShapeProblem::Missing { .. } => None,
            _ => Some(here.clone()),
        };
        let taken = match field {
            Some(mut path) if matches!(path.last(), Some(Step::Key(_))) && !ours => {
                if let ShapeProblem::UnknownField { field } = &problem {
                    if !matches!(path.last(), Some(Step::Key(k)) if k == field) {
                        path.push(Step::Key(field.clone()));
                    }
                }
                let Some(Step::Key(key)) = path.pop() else { unreachable!() };
                let original = in_the_file(&path, &removed);
                let gone = match at_mut(&mut value, &path) {
                    Some(Value::Object(object)) if object.contains_key(&key) => {
                        // Built again without it: the map's own removal is code the WebAssembly
                        // has no other use for.
                        for (name, field) in std::mem::take(object) {
                            if name != key {
                                object.insert(name, field);
                            }
                        }
                        true
                    }
                    _ => false,
                };
                if gone {
                    deleted.push([original, vec![Step::Key(key)]].concat());
                    true
                } else {
                    take_element(&mut value, &here, &mut removed)
                }
            }
            _ => take_element(&mut value, &here, &mut removed),
        };
        if !taken {
            return Err(found);
        }
    }
}

/// The list elements taken out: the path of their list and their index, both in the file's own
/// coordinates.
type Removed = Vec<(Vec<Step>, usize)>;

/// Takes out the innermost list element on `path`; false when there is none.
fn take_element(value: &mut Value, path: &[Step], removed: &mut Removed) -> bool {
    let Some(last) = path.iter().rposition(|step| matches!(step, Step::Index(_))) else { return false };
    let Step::Index(index) = path[last] else { unreachable!() };
    let list = &path[..last];
    let original_list = in_the_file(list, removed);
    let Some(original_index) = in_the_file(&path[..=last], removed).pop() else { return false };
    match at_mut(value, list) {
        Some(Value::Array(items)) if index < items.len() => {
            items.remove(index);
            if let Step::Index(original) = original_index {
                removed.push((original_list, original));
            }
            true
        }
        _ => false,
    }
}

/// `path` in the document as it is now, given in the file's own indices.
fn in_the_file(path: &[Step], removed: &Removed) -> Vec<Step> {
    let mut original = Vec::with_capacity(path.len());
    for step in path {
        match step {
            Step::Index(now) => {
                // The n-th element left is the file's n-th one not taken out.
                let gone = |index: &usize| removed.iter().any(|(list, taken)| *list == original && taken == index);
                let index = (0..).filter(|index| !gone(index)).nth(*now).expect("an endless range");
                original.push(Step::Index(index));
            }
            other => original.push(other.clone()),
        }
    }
    original
}

fn at<'a>(value: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(value, |value, step| match step {
        Step::Key(key) => value.get(key),
        Step::Index(index) => value.get(index),
        Step::Unknown => None,
    })
}

fn at_mut<'a>(value: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |value, step| match step {
        Step::Key(key) => value.get_mut(key),
        Step::Index(index) => value.get_mut(index),
        Step::Unknown => None,
    })
}

/// serde's message, as a problem. Its wording is serde's `de::Error` (stable since serde 1.0);
/// anything it does not match stays in serde's words.
fn classify(message: &str) -> ShapeProblem {
    let quoted = |text: &str| text.split('`').nth(1).map(str::to_owned);
    let names = |text: &str| text.split('`').skip(1).step_by(2).map(str::to_owned).collect::<Vec<_>>();
    if let Some(rest) = message.strip_prefix("missing field ") {
        if let Some(field) = quoted(rest) {
            return ShapeProblem::Missing { field };
        }
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        if let Some(field) = quoted(rest) {
            return ShapeProblem::UnknownField { field };
        }
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        if let Some(found) = quoted(found) {
            return ShapeProblem::UnknownName { found, expected: names(expected) };
        }
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (unexpected, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        // serde's words, not the value at the path: inside a tagged enum (a card) the path stops
        // at the card, not at the value serde looked at.
        if let Some(found) = unexpected_kind(unexpected) {
            return ShapeProblem::WrongKind { found, expected: JsonKind::expected(expected) };
        }
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (unexpected, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        if let (Some(found), Some((min, max))) = (quoted(unexpected), range(expected)) {
            return ShapeProblem::OutOfRange { found, min, max };
        }
    }
    ShapeProblem::Other(message.to_owned())
}

/// The kind serde's `Unexpected` names ("string \"x\"", "integer `5`", "map"…).
fn unexpected_kind(words: &str) -> Option<JsonKind> {
    let first = words.split([' ', '`']).next().unwrap_or_default();
    Some(match first {
        "string" | "char" => JsonKind::Text,
        "integer" => JsonKind::Integer,
        "floating" => JsonKind::Fraction,
        "boolean" => JsonKind::Boolean,
        // serde_json calls null the unit value.
        "null" | "unit" => JsonKind::Null,
        "sequence" => JsonKind::List,
        "map" => JsonKind::Object,
        _ => return None,
    })
}

/// The range of the integer type serde names.
fn range(ty: &str) -> Option<(i64, i64)> {
    Some(match ty {
        "i8" => (i8::MIN.into(), i8::MAX.into()),
        "i16" => (i16::MIN.into(), i16::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "i64" => (i64::MIN, i64::MAX),
        "u64" | "usize" => (0, i64::MAX),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::JourneyFile;
    use serde_json::json;

    fn problems(value: Value) -> Vec<ShapeError> {
        let value = crate::migrate::migrate(value).expect("a journey file");
        deserialize_all::<JourneyFile>(value.clone(), || value).expect_err("not a journey file")
    }

    fn example() -> Value {
        serde_json::from_str(crate::examples::EXAMPLES[0].json).unwrap()
    }

    #[test]
    fn paths_skip_what_was_taken_out() {
        let removed: Removed = vec![(vec![Step::Key("a".into())], 2), (vec![Step::Key("a".into())], 0)];
        // Now [0] is the file's [1], now [1] is the file's [3].
        assert_eq!(in_the_file(&[Step::Key("a".into()), Step::Index(0)], &removed), [Step::Key("a".into()), Step::Index(1)]);
        assert_eq!(in_the_file(&[Step::Key("a".into()), Step::Index(1)], &removed), [Step::Key("a".into()), Step::Index(3)]);
        assert_eq!(display(&[Step::Key("journeys".into()), Step::Index(0), Step::Key("title".into())]), "journeys[0].title");
        assert_eq!(display(&[]), ".");
    }

    #[test]
    fn every_structural_problem_is_found_with_the_file_s_own_paths() {
        let mut file = example();
        let journey = &mut file["journeys"][0];
        journey["title"] = json!(7);
        journey["colour"] = json!("blue");
        let cards = journey["cells"][0]["cards"].as_array_mut().unwrap();
        let first = cards[0].clone();
        cards.insert(0, json!({ "kind": "emotion", "id": "e-1", "score": 300 }));
        cards.insert(1, json!({ "kind": "sparkle", "id": "s-1" }));
        cards.push(first);
        let found = problems(file);
        let said: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert!(found.iter().any(|e| e.path == "journeys[0].title" && e.problem == ShapeProblem::WrongKind { found: JsonKind::Integer, expected: Some(JsonKind::Text) }), "{said:#?}");
        assert!(found.iter().any(|e| matches!(&e.problem, ShapeProblem::UnknownField { field } if field == "colour")), "{said:#?}");
        assert!(found.iter().any(|e| e.path.starts_with("journeys[0].cells[0].cards[0]") && matches!(e.problem, ShapeProblem::OutOfRange { min: -128, max: 127, .. })), "{said:#?}");
        assert!(found.iter().any(|e| e.path.starts_with("journeys[0].cells[0].cards[1]") && matches!(&e.problem, ShapeProblem::UnknownName { found, expected } if found == "sparkle" && expected.iter().any(|k| k == "note"))), "{said:#?}");
        // Taking the title out to read on is not reported as a missing title.
        assert!(!found.iter().any(|e| matches!(&e.problem, ShapeProblem::Missing { field } if field == "title")), "{said:#?}");
        assert_eq!(found.len(), 4, "{said:#?}");
    }

    #[test]
    fn a_missing_field_is_one_problem() {
        let mut file = example();
        file["journeys"][0].as_object_mut().unwrap().remove("lanes");
        let found = problems(file);
        assert_eq!(found, [ShapeError { path: "journeys[0]".into(), problem: ShapeProblem::Missing { field: "lanes".into() } }]);
    }

    #[test]
    fn the_list_stops_at_its_limit() {
        let mut file = example();
        let cards = file["journeys"][0]["cells"][0]["cards"].as_array_mut().unwrap();
        let first = cards.len();
        for i in 0..(MAX_SHAPE_PROBLEMS + 10) {
            cards.push(json!({ "kind": "note", "id": format!("n-{i}"), "text": i }));
        }
        let found = problems(file);
        assert_eq!(found.len(), MAX_SHAPE_PROBLEMS);
        // Inside a card, which is a tagged enum, serde's path ends at the card.
        let second = format!("journeys[0].cells[0].cards[{}]", first + 1);
        assert_eq!(found[1].path, second, "indices are the file's: {:?}", found[1]);
        assert_eq!(found[1].problem, ShapeProblem::WrongKind { found: JsonKind::Integer, expected: Some(JsonKind::Text) });
    }
}
