//! Reading files: the v1 fixture, and the exact message and path for each kind of bad input.

use safar_core::migrate::{migrate, MigrateError};
use safar_core::{JourneyFile, LoadError};
use serde_json::{json, Value};

const FIXTURE: &str = include_str!("fixtures/v1-minimal.journey.json");

fn fixture() -> Value {
    serde_json::from_str(FIXTURE).unwrap()
}

/// Loads `doc` and returns every problem as `path: message` lines.
fn problems(doc: Value) -> Vec<String> {
    match JourneyFile::from_json(&doc.to_string()) {
        Ok(_) => vec![],
        Err(LoadError::Invalid(errors)) => errors.iter().map(ToString::to_string).collect(),
        Err(other) => vec![other.to_string()],
    }
}

#[test]
fn v1_fixture_migrates_unchanged_and_loads() {
    assert_eq!(migrate(fixture()), Ok(fixture()));
    let file = JourneyFile::from_json(FIXTURE).unwrap();
    assert_eq!(file.journeys[0].title, "First order");
    assert_eq!(file.to_json(), FIXTURE, "the fixture is in canonical form");
}

#[test]
fn newer_files_are_refused_with_both_versions() {
    let mut doc = fixture();
    doc["version"] = json!(2);
    let error = JourneyFile::from_json(&doc.to_string()).unwrap_err();
    assert_eq!(error, LoadError::Migrate(MigrateError::Newer { found: 2, supported: 1 }));
    assert!(error.to_string().contains("version 2"), "{error}");
}

#[test]
fn syntax_errors_give_line_and_column() {
    let error = JourneyFile::from_json("{\n  \"format\": \"safar-journey-map\",\n  \"version\": 1,,\n}").unwrap_err();
    match error {
        LoadError::Syntax { line, column, .. } => assert_eq!((line, column), (3, 16)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn shape_errors_give_the_path() {
    let mut doc = fixture();
    doc["journeys"][0]["stages"][0]["steps"][0]["momentOfTruth"] = json!("yes");
    let error = JourneyFile::from_json(&doc.to_string()).unwrap_err();
    let LoadError::Shape(errors) = &error else { panic!("{error:?}") };
    assert_eq!(errors[0].path, "journeys[0].stages[0].steps[0].momentOfTruth");

    let mut doc = fixture();
    doc["journeys"][0]["titel"] = json!("typo");
    let message = JourneyFile::from_json(&doc.to_string()).unwrap_err().to_string();
    assert!(message.starts_with("journeys[0].titel: `titel` is not a field the format has here"), "{message}");

    let mut doc = fixture();
    doc["journeys"][0]["type"] = json!("funnel");
    let message = JourneyFile::from_json(&doc.to_string()).unwrap_err().to_string();
    assert!(message.starts_with("journeys[0].type: `funnel` is not one of "), "{message}");
}

/// Each row: a change to the valid fixture, and the one problem it must cause.
#[test]
fn validation_reports_each_problem_at_its_path() {
    type Edit = fn(&mut Value);
    let table: &[(Edit, &str)] = &[
        (|d| d["journeys"][0]["stages"][0]["steps"][0]["channel"] = json!(" "), "journeys[0].stages[0].steps[0].channel: empty"),
        (
            |d| d["journeys"][0]["title"] = json!("x".repeat(301)),
            "journeys[0].title: longer than 300 characters",
        ),
        (
            |d| d["journeys"][0]["cells"][0]["cards"][0]["id"] = json!("has space"),
            "journeys[0].cells[0].cards[0].id: not a valid id (1 to 64 letters, digits, '-' or '_')",
        ),
        (
            |d| d["journeys"][0]["cells"][0]["cards"][0]["id"] = json!("buy"),
            "journeys[0].cells[0].cards[0].id: id \"buy\" is used more than once",
        ),
        (
            |d| d["journeys"][0]["personas"][0] = json!("p-nobody"),
            "journeys[0].personas[0]: no persona has the id \"p-nobody\"",
        ),
        (
            |d| d["journeys"][0]["cells"][0]["lane"] = json!("missing"),
            "journeys[0].cells[0].lane: no lane has the id \"missing\"",
        ),
        (
            |d| d["journeys"][0]["cells"][0]["stage"] = json!("gone"),
            "journeys[0].cells[0].stage: no stage has the id \"gone\"",
        ),
        (
            |d| d["journeys"][0]["cells"][0]["step"] = json!("nope"),
            "journeys[0].cells[0].step: stage \"buy\" has no step \"nope\"",
        ),
        (
            |d| d["journeys"][0]["cells"][0]["cards"][0]["score"] = json!(3),
            "journeys[0].cells[0].cards[0].score: outside the map's emotion scale -2..2",
        ),
        (
            |d| d["journeys"][0]["emotionScale"] = json!({"min": 5, "max": 1}),
            "journeys[0].emotionScale: min must be below max, at most 10 points apart",
        ),
        (
            |d| d["journeys"][0]["cells"][0]["cards"][0] = json!({"kind": "note", "id": "n1", "text": "hello"}),
            "journeys[0].cells[0].cards[0].kind: a note card cannot go in a emotions lane, which holds emotion cards",
        ),
        (
            |d| d["journeys"][0]["nextReview"] = json!("2026-02-30"),
            "journeys[0].nextReview: not a date of the form YYYY-MM-DD",
        ),
        (
            |d| d["journeys"][0]["updated"] = json!("yesterday"),
            "journeys[0].updated: not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ",
        ),
        (|d| d["journeys"][0]["language"] = json!("persian!"), "journeys[0].language: not a language tag such as en, fa or ar-EG"),
        (
            |d| d["personas"][0]["photo"]["url"] = json!("javascript:alert(1)"),
            "personas[0].photo.url: not an http(s) or relative URL",
        ),
        (|d| d["personas"][0]["photo"]["alt"] = json!(""), "personas[0].photo.alt: empty"),
        (|d| d["journeys"] = json!([]), "journeys: empty"),
        (
            |d| {
                let cell = d["journeys"][0]["cells"][0].clone();
                d["journeys"][0]["cells"].as_array_mut().unwrap().push(cell);
                d["journeys"][0]["cells"][1]["cards"][0]["id"] = json!("e2");
            },
            "journeys[0].cells[1]: another cell has the same lane, stage and step",
        ),
        (
            |d| {
                d["journeys"][0]["cells"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"lane": "feel", "stage": "buy", "cards": [{"kind": "emotion", "id": "e2", "score": 1}]}));
            },
            "journeys[0].cells[1]: this lane has both a cell for the whole stage and cells for its steps",
        ),
    ];
    for (edit, expected) in table {
        let mut doc = fixture();
        edit(&mut doc);
        assert_eq!(problems(doc), vec![expected.to_string()]);
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut doc = fixture();
    doc["journeys"][0]["title"] = json!("x".repeat(400));
    doc["journeys"][0]["cells"][0]["cards"][0]["id"] = json!("bad id");
    doc["journeys"][0]["cells"][0]["lane"] = json!("missing");
    assert_eq!(problems(doc).len(), 3);
}

#[test]
fn blank_names_and_texts_are_allowed_while_a_map_is_written() {
    let mut doc = fixture();
    doc["journeys"][0]["title"] = json!("");
    doc["journeys"][0]["stages"][0]["name"] = json!("  ");
    doc["journeys"][0]["cells"][0]["cards"][0]["text"] = json!("");
    assert_eq!(problems(doc), Vec::<String>::new());
}

#[test]
fn hostile_text_is_kept_verbatim() {
    let mut doc = fixture();
    let hostile = "<img src=x onerror=alert(1)> سلام Safar 2.0 😀 \u{202E}";
    doc["journeys"][0]["title"] = json!(hostile);
    let file = JourneyFile::from_json(&doc.to_string()).unwrap();
    assert_eq!(file.journeys[0].title, hostile);
    assert_eq!(JourneyFile::from_json(&file.to_json()).unwrap(), file);
}

#[test]
fn compact_text_is_the_same_file_without_indentation() {
    for example in &safar_core::examples::EXAMPLES {
        let file = example.load().unwrap();
        let compact = file.to_compact_json();
        assert!(!compact.contains('\n'));
        assert_eq!(safar_core::JourneyFile::from_json(&compact).unwrap().to_json(), file.to_json());
        assert!(compact.len() * 10 < file.to_json().len() * 8, "at least a fifth smaller");
    }
}
