//! Every template, in every language, builds a valid map with the stage set's stages.

use safar_core::template::{lane_name, map_type_name};
use safar_core::{Id, JourneyFile, Language, LaneKind, MapType, StageSet, Template};

#[test]
fn every_template_in_every_language_is_valid() {
    for template in Template::all() {
        for language in Language::ALL {
            let journey = template.build(language, Id::new("new-map"), "2026-11-23T10:00:00Z");
            assert_eq!(journey.stages.len(), template.stage_set.stages(language).len());
            assert_eq!(journey.direction, language.direction());
            let file = JourneyFile::new(vec![], vec![journey]);
            let read = JourneyFile::from_json(&file.to_json());
            assert_eq!(read.as_ref().ok(), Some(&file), "{template:?} {language:?}: {read:?}");
        }
    }
}

#[test]
fn blank_maps_have_one_stage_and_the_type_lanes() {
    for map_type in MapType::ALL {
        for language in Language::ALL {
            let journey = safar_core::template::blank(map_type, language, Id::new("b"), "2026-11-23T10:00:00Z");
            assert_eq!(journey.stages.len(), 1);
            assert_eq!(journey.lanes.len(), Template::new(StageSet::Six, map_type).lane_kinds().len());
            let file = JourneyFile::new(vec![], vec![journey]);
            assert!(JourneyFile::from_json(&file.to_json()).is_ok());
        }
    }
}

#[test]
fn stage_sets_have_the_same_length_in_every_language() {
    let expected = [(StageSet::Aida, 4), (StageSet::Four, 4), (StageSet::Five, 5), (StageSet::Six, 6), (StageSet::Ten, 10)];
    for (set, count) in expected {
        for language in Language::ALL {
            assert_eq!(set.stages(language).len(), count, "{set:?} {language:?}");
        }
        assert_eq!(StageSet::from_key(set.key()), Some(set));
    }
}

#[test]
fn blueprints_have_their_layers() {
    let kinds = Template::new(StageSet::Four, MapType::ServiceBlueprint).lane_kinds();
    for layer in [LaneKind::Frontstage, LaneKind::Backstage, LaneKind::Support] {
        assert!(kinds.contains(&layer), "{layer:?}");
    }
}

#[test]
fn names_are_translated() {
    for kind in LaneKind::ALL {
        let names: Vec<_> = Language::ALL.iter().map(|&l| lane_name(kind, l)).collect();
        assert!(names.iter().all(|n| !n.is_empty()));
        assert_ne!(names[0], names[1], "{kind:?}");
        assert_ne!(names[1], names[2], "{kind:?}");
    }
    for map_type in MapType::ALL {
        assert_ne!(map_type_name(map_type, Language::English), map_type_name(map_type, Language::Arabic));
    }
}
