//! The example maps shipped with the app must be valid, complete and in their language.

use safar_core::examples::EXAMPLES;
use safar_core::{Card, Direction, JourneyFile, Language, LaneKind};

#[test]
fn every_example_loads_and_round_trips() {
    for example in EXAMPLES {
        let file = example.load().unwrap_or_else(|e| panic!("{}: {e}", example.name));
        assert_eq!(example.title(), file.journeys[0].title, "{}", example.name);
        let again = JourneyFile::from_json(&file.to_json()).expect("a saved example reloads");
        assert_eq!(again, file, "{}", example.name);
    }
}

#[test]
fn examples_are_saved_in_canonical_form() {
    for example in EXAMPLES {
        let file = JourneyFile::from_json(example.json).unwrap();
        assert!(
            file.to_json() == example.json,
            "{}: the file is not in canonical form; rewrite it with JourneyFile::to_json",
            example.name
        );
    }
}

#[test]
fn examples_fill_every_lane_kind() {
    for example in EXAMPLES {
        let file = example.load().unwrap();
        let journey = &file.journeys[0];
        for kind in LaneKind::ALL {
            if kind == LaneKind::Text {
                continue;
            }
            let lanes: Vec<_> = journey.lanes.iter().filter(|lane| lane.kind == kind).collect();
            assert!(!lanes.is_empty(), "{}: no {} lane", example.name, kind.as_str());
            for lane in lanes {
                let cards = journey.cells.iter().filter(|c| c.lane == lane.id).map(|c| c.cards.len()).sum::<usize>();
                assert!(cards >= 2, "{}: lane {} has {cards} cards", example.name, lane.id);
            }
        }
        assert!(!file.personas.is_empty(), "{}: no persona", example.name);
        assert!(!journey.personas.is_empty(), "{}: map names no persona", example.name);
        let steps = journey.stages.iter().flat_map(|s| &s.steps);
        assert!(steps.clone().any(|s| s.moment_of_truth), "{}: no moment of truth", example.name);
        assert!(steps.clone().any(|s| s.breaking_point), "{}: no breaking point", example.name);
        let emotion_cards = journey
            .cells
            .iter()
            .flat_map(|c| &c.cards)
            .filter(|card| matches!(card, Card::Emotion(_)))
            .count();
        assert!(emotion_cards >= journey.stages.len(), "{}: the emotion curve is too sparse", example.name);
    }
}

#[test]
fn examples_cover_the_three_languages() {
    for (example, language) in EXAMPLES.iter().zip(Language::ALL) {
        let file = example.load().unwrap();
        let journey = &file.journeys[0];
        assert_eq!(Language::from_tag(&journey.language), Some(language), "{}", example.name);
        assert_eq!(journey.direction, language.direction(), "{}", example.name);
        if language.direction() == Direction::Rtl {
            let arabic_script = journey.title.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
            assert!(arabic_script, "{}: the title is not in Persian or Arabic script", example.name);
        }
    }
}

/// The files name their pictures relative to themselves, so a copy of `examples/` publishes
/// whole; the app, at the root of its site, gets them under `examples/`.
#[test]
fn example_pictures_are_beside_their_files_and_found_by_the_app() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    for example in EXAMPLES {
        let file = JourneyFile::from_json(example.json).unwrap();
        let images = file.relative_images();
        assert!(!images.is_empty(), "{}: the example shows pictures", example.name);
        for (place, url) in &images {
            assert!(folder.join(url).is_file(), "{}: {place}: {url} is not beside the file", example.name);
        }
        let served: Vec<String> = example.load().unwrap().relative_images().into_iter().map(|(_, url)| url).collect();
        let expected: Vec<String> = images.iter().map(|(_, url)| format!("{}{url}", safar_core::examples::FOLDER)).collect();
        assert_eq!(served, expected, "{}", example.name);
    }
}
