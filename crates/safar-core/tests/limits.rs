//! The limits on what Safar reads: a file at every limit opens, one past any limit is refused
//! with that limit, the count found and the most allowed, before it is built; long lists of
//! problems stop after the first few hundred with a count of the rest.

use proptest::prelude::*;
use safar_core::limits::{self, Exceeded, Limit, MAX_FILE_BYTES, MAX_RECORD_BYTES};
use safar_core::validate::{self, Problem, MAX_PROBLEMS};
use safar_core::card::Note;
use safar_core::{Card, CellRef, Command, CommandError, Document, JourneyFile, LoadError, Stage};
use serde_json::{json, Value};

fn journey(id: &str) -> Value {
    json!({
        "id": id, "title": "Map", "type": "current-state", "language": "en", "direction": "ltr",
        "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z",
        "stages": [{"id": format!("{id}-s"), "name": "Stage"}],
        "lanes": [{"id": format!("{id}-l"), "name": "Lane", "kind": "text"}],
    })
}

fn file(journeys: Vec<Value>) -> Value {
    json!({"format": "safar-journey-map", "version": 1, "journeys": journeys})
}

fn note(id: String) -> Value {
    json!({"kind": "note", "id": id, "text": "A card"})
}

/// A file at every count limit at once (the most maps in a file are tried apart): 100 personas
/// with 100 goals each, named by the map; 200 stages, one of them with all 600 steps; 50 lanes;
/// a cell for every lane at every column (39,950), 10,000 cards, 100 of them in one cell.
fn largest() -> Value {
    let personas: Vec<Value> = (0..limits::MAX_PERSONAS)
        .map(|p| json!({"id": format!("p{p}"), "name": "Persona", "goals": vec!["A goal"; limits::MAX_PERSONA_ITEMS]}))
        .collect();
    let mut stages: Vec<Value> = (0..limits::MAX_STAGES).map(|s| json!({"id": format!("s{s}"), "name": "Stage"})).collect();
    stages[0]["steps"] = (0..limits::MAX_STEPS).map(|t| json!({"id": format!("t{t}"), "name": "Step"})).collect();
    let lanes: Vec<Value> =
        (0..limits::MAX_LANES).map(|l| json!({"id": format!("l{l}"), "name": "Lane", "kind": "text"})).collect();
    let mut columns: Vec<(String, Option<String>)> = (0..limits::MAX_STEPS).map(|t| ("s0".into(), Some(format!("t{t}")))).collect();
    columns.extend((1..limits::MAX_STAGES).map(|s| (format!("s{s}"), None)));
    let mut cells = Vec::new();
    let mut cards = 0;
    for l in 0..limits::MAX_LANES {
        for (stage, step) in &columns {
            let many = if cells.is_empty() { limits::MAX_CARDS_IN_CELL } else { 1 };
            let count = many.min(limits::MAX_CARDS - cards);
            let in_cell: Vec<Value> = (0..count).map(|k| note(format!("c{}-{k}", cells.len()))).collect();
            cards += count;
            let mut cell = json!({"lane": format!("l{l}"), "stage": stage, "cards": in_cell});
            if let Some(step) = step {
                cell["step"] = json!(step);
            }
            cells.push(cell);
        }
    }
    assert_eq!(cards, limits::MAX_CARDS);
    let mut map = journey("big");
    map["personas"] = (0..limits::MAX_PERSONAS).map(|p| json!(format!("p{p}"))).collect();
    map["stages"] = stages.into();
    map["lanes"] = lanes.into();
    map["cells"] = cells.into();
    let mut doc = file(vec![map]);
    doc["personas"] = personas.into();
    doc
}

fn refusal(doc: &Value) -> Exceeded {
    match JourneyFile::from_json(&doc.to_string()) {
        Err(LoadError::TooLarge(exceeded)) => exceeded,
        other => panic!("expected a refusal for size, got {other:?}"),
    }
}

#[test]
fn a_file_at_every_limit_opens_and_validates() {
    let doc = largest();
    let text = serde_json::to_string(&doc).unwrap();
    assert!(text.len() < MAX_FILE_BYTES, "the largest map is {} bytes", text.len());
    let opened = JourneyFile::from_json(&text).expect("a map at the limits opens");
    let map = &opened.journeys[0];
    assert_eq!(map.cells.len(), limits::MAX_LANES * (limits::MAX_STAGES - 1 + limits::MAX_STEPS));
    assert!(map.cells.len() <= limits::MAX_CELLS);
    assert_eq!(validate::validate(&opened), vec![]);
    // Canonical order keeps every card, in lane then column order.
    let again = JourneyFile::from_json(&opened.to_json()).unwrap();
    assert_eq!(again.journeys[0].cells.iter().map(|c| c.cards.len()).sum::<usize>(), limits::MAX_CARDS);
    assert_eq!(again.journeys[0].cells[1].step.as_ref().map(|s| s.as_str()), Some("t1"));

    let most_maps = file((0..limits::MAX_JOURNEYS).map(|j| journey(&format!("j{j}"))).collect());
    assert!(JourneyFile::from_json(&most_maps.to_string()).is_ok());
}

/// One past each count limit, from the largest file: the limit, where, and how many.
fn past_each_limit() -> Vec<(Value, Exceeded)> {
    let exceeded = |limit, path: &str, found| Exceeded { limit, path: path.into(), found };
    let mut cases = Vec::new();

    let mut doc = largest();
    doc["personas"].as_array_mut().unwrap().push(json!({"id": "extra", "name": "One more"}));
    cases.push((doc, exceeded(Limit::Personas, "personas", 101)));

    let mut doc = largest();
    doc["personas"][7]["goals"].as_array_mut().unwrap().push(json!("One more"));
    cases.push((doc, exceeded(Limit::PersonaItems, "personas[7].goals", 101)));

    let mut doc = largest();
    doc["journeys"][0]["personas"].as_array_mut().unwrap().push(json!("p0"));
    cases.push((doc, exceeded(Limit::Personas, "journeys[0].personas", 101)));

    let mut doc = largest();
    doc["journeys"][0]["stages"].as_array_mut().unwrap().push(json!({"id": "extra", "name": "One more"}));
    cases.push((doc, exceeded(Limit::Stages, "journeys[0].stages", 201)));

    let mut doc = largest();
    doc["journeys"][0]["stages"][5]["steps"] = json!([{"id": "extra", "name": "One more"}]);
    cases.push((doc, exceeded(Limit::Steps, "journeys[0].stages", limits::MAX_STEPS + 1)));

    let mut doc = largest();
    doc["journeys"][0]["lanes"].as_array_mut().unwrap().push(json!({"id": "extra", "name": "One more", "kind": "text"}));
    cases.push((doc, exceeded(Limit::Lanes, "journeys[0].lanes", 51)));

    let mut doc = largest();
    let cells = doc["journeys"][0]["cells"].as_array_mut().unwrap();
    let blank = json!({"lane": "l0", "stage": "s1", "cards": []});
    cells.extend(std::iter::repeat_n(blank, limits::MAX_CELLS + 1 - cells.len()));
    cases.push((doc, exceeded(Limit::Cells, "journeys[0].cells", limits::MAX_CELLS + 1)));

    let mut doc = largest();
    doc["journeys"][0]["cells"][0]["cards"].as_array_mut().unwrap().push(note("extra".into()));
    cases.push((doc, exceeded(Limit::CardsInCell, "journeys[0].cells[0].cards", 101)));

    let mut doc = largest();
    doc["journeys"][0]["cells"][19_000]["cards"].as_array_mut().unwrap().push(note("extra".into()));
    cases.push((doc, exceeded(Limit::Cards, "journeys", 10_001)));

    let doc = file((0..=limits::MAX_JOURNEYS).map(|j| journey(&format!("j{j}"))).collect());
    cases.push((doc, exceeded(Limit::Journeys, "journeys", 101)));
    cases
}

#[test]
fn one_past_any_count_limit_is_refused_with_that_limit() {
    for (doc, expected) in past_each_limit() {
        assert_eq!(refusal(&doc), expected);
        // The same limit checked on the raw JSON and on the map built, for the editor's saves.
        assert_eq!(limits::first_exceeded(&doc).as_ref(), Some(&expected));
        let built: JourneyFile = serde_json::from_value(doc).unwrap();
        assert_eq!(limits::exceeded_in(&built).first(), Some(&expected));
        let problems = validate::validate(&built);
        assert_eq!(problems[0].path, expected.path);
        assert_eq!(problems[0].problem, Problem::OverLimit { limit: expected.limit, found: expected.found });
    }
}

#[test]
fn a_refusal_says_which_limit_how_many_and_the_most() {
    let (doc, _) = past_each_limit().swap_remove(3);
    let message = JourneyFile::from_json(&doc.to_string()).unwrap_err().to_string();
    assert_eq!(message, "journeys[0].stages: 201 stages, more than the 200 Safar reads");
}

#[test]
fn a_file_over_the_byte_limit_is_refused_before_it_is_parsed() {
    let text = file(vec![journey("j")]).to_string();
    // Trailing white space is valid JSON: a file of exactly the limit opens.
    let at_limit = format!("{text}{}", " ".repeat(MAX_FILE_BYTES - text.len()));
    assert_eq!(at_limit.len(), MAX_FILE_BYTES);
    assert!(JourneyFile::from_json(&at_limit).is_ok());
    let over = format!("{at_limit} ");
    assert_eq!(
        JourneyFile::from_json(&over),
        Err(LoadError::TooLarge(Exceeded { limit: Limit::FileBytes, path: String::new(), found: MAX_FILE_BYTES + 1 }))
    );
    // Not even parsed: a text that is not JSON at all gives the same answer.
    let junk = "{".repeat(MAX_FILE_BYTES + 1);
    assert!(matches!(JourneyFile::from_json(&junk), Err(LoadError::TooLarge(e)) if e.limit == Limit::FileBytes));

    // The library reads its own records under the larger bound a browser's storage allows.
    assert!(JourneyFile::from_json_within(&over, Limit::RecordBytes).is_ok());
    let record_over = format!("{text}{}", " ".repeat(MAX_RECORD_BYTES + 1 - text.len()));
    assert!(matches!(
        JourneyFile::from_json_within(&record_over, Limit::RecordBytes),
        Err(LoadError::TooLarge(Exceeded { limit: Limit::RecordBytes, found, .. })) if found == MAX_RECORD_BYTES + 1
    ));
}

/// The editor cannot make a map that would not open again: an edit that adds past a limit is
/// refused and leaves the map as it was; one within the limits goes through.
#[test]
fn an_edit_past_a_limit_is_refused_and_changes_nothing() {
    let opened = JourneyFile::from_json(&largest().to_string()).unwrap();
    let mut doc = Document::from_file(opened).unwrap();
    let before = doc.clone();
    let stage = Command::InsertStage { index: 0, stage: Stage::new("extra".into(), "One more"), cells: vec![] };
    assert_eq!(stage.apply(&mut doc), Err(CommandError::OverLimit(Limit::Stages)));
    assert_eq!(doc, before);
    let at = CellRef { lane: "l3".into(), stage: "s7".into(), step: None };
    let card = Card::Note(Note { id: "extra".into(), text: String::new() });
    let insert = Command::InsertCard { at: at.clone(), index: 0, card: card.clone() };
    assert_eq!(insert.apply(&mut doc), Err(CommandError::OverLimit(Limit::Cards)));
    assert_eq!(doc, before);

    // Room made, the same card goes in; moving a card into the full cell is refused.
    let first = doc.journey.cells[1].cards[0].id().clone();
    Command::RemoveCard { id: first }.apply(&mut doc).unwrap();
    Command::InsertCard { at, index: 0, card }.apply(&mut doc).unwrap();
    let full = &doc.journey.cells[0];
    let into_full = CellRef { lane: full.lane.clone(), stage: full.stage.clone(), step: full.step.clone() };
    let moved = Command::MoveCard { id: "extra".into(), to: into_full, index: 0 };
    assert_eq!(moved.apply(&mut doc), Err(CommandError::OverLimit(Limit::CardsInCell)));
    assert!(limits::first_exceeded_in_map(&doc.personas, &doc.journey).is_none());
}

/// A map with `bad` problems: cells that name a lane that does not exist and, all but perhaps
/// the last, a stage that does not either.
fn with_problems(bad: usize) -> JourneyFile {
    let mut map = journey("j");
    map["cells"] = (0..bad.div_ceil(2))
        .map(|k| {
            let stage = if 2 * k + 1 < bad { format!("nowhere{k}") } else { "j-s".into() };
            json!({"lane": format!("gone{k}"), "stage": stage, "cards": []})
        })
        .collect();
    serde_json::from_value(file(vec![map])).unwrap()
}

#[test]
fn problems_past_the_first_few_hundred_are_counted_not_listed() {
    let many = with_problems(40_000);
    let listed = validate::validate(&many);
    assert_eq!(listed.len(), MAX_PROBLEMS + 1);
    assert_eq!(listed[MAX_PROBLEMS].problem, Problem::Unlisted(40_000 - MAX_PROBLEMS));
    assert_eq!(listed[MAX_PROBLEMS].to_string(), "and 39800 more problems");
    assert_eq!(validate::total(&listed), 40_000);
    assert_eq!(listed[0].to_string(), "journeys[0].cells[0].lane: no lane has the id \"gone0\"");

    // Exactly the most: all listed, no count.
    let just = validate::validate(&with_problems(MAX_PROBLEMS));
    assert_eq!(just.len(), MAX_PROBLEMS);
    assert!(!just.iter().any(|p| matches!(p.problem, Problem::Unlisted(_))));
    let one_more = validate::validate(&with_problems(MAX_PROBLEMS + 1));
    assert_eq!(one_more.last().unwrap().problem, Problem::Unlisted(1));

    // Opening the file says the same.
    let text = serde_json::to_string(&many).unwrap();
    match JourneyFile::from_json(&text) {
        Err(LoadError::Invalid(problems)) => assert_eq!(problems, listed),
        other => panic!("{other:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    /// Capping the list changes which problems are listed only by cutting it: the first ones are
    /// the same, in the same order, and the count covers the rest.
    #[test]
    fn the_cap_keeps_the_first_problems(bad in 0usize..600, most in 0usize..400) {
        let file = with_problems(bad);
        let all = validate::validate_listing(&file, usize::MAX);
        prop_assert_eq!(all.len(), bad);
        let capped = validate::validate_listing(&file, most);
        let listed = bad.min(most);
        prop_assert_eq!(&capped[..listed], &all[..listed]);
        prop_assert_eq!(capped.len(), if bad > most { most + 1 } else { bad });
        prop_assert_eq!(validate::total(&capped), bad);
    }
}
