//! Every word of every closed list has the string map files write, and reads back as itself.

use safar_core::{CardKind, Direction, EvidenceSource, LaneKind, MapType, Priority, Resource, Severity, Vocabulary};
use serde::Serialize;

fn each_word_is_its_file_string<V: Vocabulary + Serialize + std::fmt::Debug>() {
    let mut seen = Vec::new();
    for &word in V::all() {
        let in_file = serde_json::to_value(word).unwrap();
        assert_eq!(in_file.as_str(), Some(word.as_str()), "{word:?}");
        assert_eq!(V::parse(word.as_str()), Some(word));
        assert!(!seen.contains(&word.as_str()), "{word:?} twice");
        seen.push(word.as_str());
    }
    assert_eq!(V::parse("no-such-word"), None);
    assert_eq!(V::parse(""), None);
}

#[test]
fn every_word_reads_and_writes_as_map_files_do() {
    each_word_is_its_file_string::<Severity>();
    each_word_is_its_file_string::<Priority>();
    each_word_is_its_file_string::<EvidenceSource>();
    each_word_is_its_file_string::<Resource>();
    each_word_is_its_file_string::<MapType>();
    each_word_is_its_file_string::<LaneKind>();
    each_word_is_its_file_string::<Direction>();
}

/// The words the file format's schema allows for `V`, as serde names them.
fn schema_words<V: schemars::JsonSchema>() -> Vec<String> {
    let schema = serde_json::to_value(schemars::schema_for!(V)).unwrap();
    // A plain `enum` list, or `oneOf` consts when the words carry descriptions.
    let mut words: Vec<String> = match schema["enum"].as_array() {
        Some(words) => words.iter().map(|w| w.as_str().unwrap().to_owned()).collect(),
        None => schema["oneOf"].as_array().unwrap_or_else(|| panic!("{schema}")).iter().map(|w| w["const"].as_str().unwrap().to_owned()).collect(),
    };
    words.sort();
    words
}

fn offers_every_word_the_format_allows<V: Vocabulary + schemars::JsonSchema>() {
    let mut offered: Vec<String> = V::all().iter().map(|w| w.as_str().to_owned()).collect();
    offered.sort();
    assert_eq!(offered, schema_words::<V>(), "a word of the format the editor would not offer");
}

#[test]
fn every_list_holds_every_word_the_format_allows() {
    offers_every_word_the_format_allows::<Severity>();
    offers_every_word_the_format_allows::<Priority>();
    offers_every_word_the_format_allows::<EvidenceSource>();
    offers_every_word_the_format_allows::<Resource>();
    offers_every_word_the_format_allows::<MapType>();
    offers_every_word_the_format_allows::<LaneKind>();
    offers_every_word_the_format_allows::<Direction>();
    for kind in LaneKind::all() {
        assert!(CardKind::all().contains(&kind.card_kind()), "{kind:?}");
    }
}
