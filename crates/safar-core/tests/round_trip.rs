//! Saving and reading a map gives back the same map, for generated maps of every shape.

use proptest::prelude::*;
use safar_core::card::{Blueprint, Emotion, Evidence, Image, Kpi, Note, Opportunity, PainPoint, Touchpoint};
use safar_core::{
    Card, Cell, Channel, Direction, EmotionScale, EvidenceSource, Id, Journey, JourneyFile, Lane, LaneKind, MapType,
    Persona, Photo, Priority, Resource, Severity, Stage, Step,
};

/// Text a user might type: any script, emoji, markup-like characters; never blank.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z\u{0600}-\u{06FF}\u{1F600}-\u{1F64F}<&\"][\\PC]{0,40}"
}

fn maybe_text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), text()]
}

fn channel() -> impl Strategy<Value = Channel> {
    prop_oneof![
        proptest::sample::select(Channel::VOCABULARY.to_vec()),
        "[A-Z][a-z]{2,12} bot".prop_map(Channel::from),
    ]
}

fn card(kind: LaneKind, id: Id, scale: EmotionScale) -> BoxedStrategy<Card> {
    match kind {
        LaneKind::Text | LaneKind::Actions | LaneKind::Thoughts | LaneKind::Feelings => {
            text().prop_map(move |text| Card::Note(Note { id: id.clone(), text })).boxed()
        }
        LaneKind::Emotions => (scale.min..=scale.max, maybe_text())
            .prop_map(move |(score, text)| Card::Emotion(Emotion { id: id.clone(), score, text }))
            .boxed(),
        LaneKind::Touchpoints => (text(), channel(), maybe_text())
            .prop_map(move |(text, channel, department)| {
                Card::Touchpoint(Touchpoint { id: id.clone(), text, channel, department })
            })
            .boxed(),
        LaneKind::PainPoints => (text(), proptest::sample::select(Severity::ALL.to_vec()))
            .prop_map(move |(text, severity)| Card::PainPoint(PainPoint { id: id.clone(), text, severity }))
            .boxed(),
        LaneKind::Opportunities => (text(), maybe_text(), proptest::sample::select(Priority::ALL.to_vec()))
            .prop_map(move |(text, owner, priority)| {
                Card::Opportunity(Opportunity { id: id.clone(), text, owner, priority })
            })
            .boxed(),
        LaneKind::Kpis => (
            text(),
            maybe_text(),
            proptest::option::of(-1e9f64..1e9),
            proptest::option::of(-1e9f64..1e9),
            maybe_text(),
        )
            .prop_map(move |(name, unit, current, target, text)| {
                Card::Kpi(Kpi { id: id.clone(), name, unit, current, target, text })
            })
            .boxed(),
        LaneKind::Evidence => (
            text(),
            proptest::sample::select(EvidenceSource::ALL.to_vec()),
            proptest::option::of("https://[a-z]{1,10}\\.example/[a-z0-9]{0,10}"),
        )
            .prop_map(move |(text, source, url)| Card::Evidence(Evidence { id: id.clone(), text, source, url }))
            .boxed(),
        LaneKind::Images => ("[a-z]{1,12}\\.(png|svg)", text(), maybe_text())
            .prop_map(move |(url, alt, caption)| Card::Image(Image { id: id.clone(), url, alt, caption }))
            .boxed(),
        LaneKind::Frontstage | LaneKind::Backstage | LaneKind::Support => {
            (text(), proptest::option::of(proptest::sample::select(Resource::ALL.to_vec())))
                .prop_map(move |(text, resource)| Card::Blueprint(Blueprint { id: id.clone(), text, resource }))
                .boxed()
        }
    }
}

fn stages() -> impl Strategy<Value = Vec<Stage>> {
    proptest::collection::vec((text(), maybe_text(), proptest::collection::vec((text(), proptest::option::of(channel()), any::<(bool, bool)>()), 0..3)), 1..6)
        .prop_map(|stages| {
            stages
                .into_iter()
                .enumerate()
                .map(|(i, (name, description, steps))| Stage {
                    id: Id::new(format!("s{i}")),
                    name,
                    description,
                    steps: steps
                        .into_iter()
                        .enumerate()
                        .map(|(j, (name, channel, (moment_of_truth, breaking_point)))| Step {
                            id: Id::new(format!("s{i}-{j}")),
                            name,
                            description: String::new(),
                            channel,
                            department: String::new(),
                            moment_of_truth,
                            breaking_point,
                        })
                        .collect(),
                })
                .collect()
        })
}

fn journey() -> impl Strategy<Value = (Journey, Vec<Persona>)> {
    let scale = prop_oneof![Just(EmotionScale { min: -2, max: 2 }), Just(EmotionScale { min: 1, max: 5 })];
    let lanes = proptest::collection::vec((text(), proptest::sample::select(LaneKind::ALL.to_vec()), any::<bool>()), 1..8);
    let persona = (text(), maybe_text(), proptest::collection::vec(text(), 0..3), proptest::option::of(text()));
    (text(), maybe_text(), proptest::sample::select(MapType::ALL.to_vec()), any::<bool>(), scale, stages(), lanes, persona)
        .prop_flat_map(|(title, goal, map_type, rtl, scale, stages, lanes, persona)| {
            let lanes: Vec<Lane> = lanes
                .into_iter()
                .enumerate()
                .map(|(i, (name, kind, hidden))| Lane { id: Id::new(format!("l{i}")), name, kind, hidden })
                .collect();
            // Every (lane, column) slot may get a cell of one to three cards of the lane's kind.
            let mut slots = Vec::new();
            for lane in &lanes {
                for stage in &stages {
                    let steps: Vec<Option<Id>> = if stage.steps.is_empty() {
                        vec![None]
                    } else {
                        stage.steps.iter().map(|s| Some(s.id.clone())).collect()
                    };
                    for step in steps {
                        slots.push((lane.clone(), stage.id.clone(), step));
                    }
                }
            }
            let cells: Vec<BoxedStrategy<Option<Cell>>> = slots
                .into_iter()
                .enumerate()
                .map(|(n, (lane, stage, step))| {
                    let cards: Vec<BoxedStrategy<Card>> =
                        (0..3).map(|k| card(lane.kind, Id::new(format!("c{n}-{k}")), scale)).collect();
                    (0usize..4, cards)
                        .prop_map(move |(count, cards)| {
                            (count > 0).then(|| Cell {
                                lane: lane.id.clone(),
                                stage: stage.clone(),
                                step: step.clone(),
                                cards: cards.into_iter().take(count).collect(),
                            })
                        })
                        .boxed()
                })
                .collect();
            let (name, description, goals, photo_alt) = persona;
            let persona = Persona {
                id: Id::new("p1"),
                name,
                description,
                goals,
                needs: vec![],
                motivations: vec![],
                pain_points: vec![],
                day_in_the_life: String::new(),
                photo: photo_alt.map(|alt| Photo { url: "people/p1.jpg".into(), alt }),
            };
            (Just((title, goal, map_type, rtl, scale, stages, lanes, persona)), cells)
        })
        .prop_map(|((title, goal, map_type, rtl, emotion_scale, stages, lanes, persona), cells)| {
            let journey = Journey {
                id: Id::new("journey"),
                title,
                goal,
                scenario: String::new(),
                map_type,
                owner: String::new(),
                language: if rtl { "fa".into() } else { "en".into() },
                direction: if rtl { Direction::Rtl } else { Direction::Ltr },
                created: "2026-01-02T03:04:05Z".into(),
                updated: "2026-11-23T10:00:00.5Z".into(),
                last_review: Some("2026-09-01".into()),
                next_review: None,
                personas: vec![persona.id.clone()],
                emotion_scale,
                stages,
                lanes,
                cells: cells.into_iter().flatten().collect(),
            };
            (journey, vec![persona])
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn saved_maps_read_back_equal((journey, personas) in journey()) {
        let file = JourneyFile::new(personas, vec![journey]);
        let text = file.to_json();
        let read = JourneyFile::from_json(&text);
        prop_assert!(read.is_ok(), "{}", read.unwrap_err());
        let read = read.unwrap();
        prop_assert_eq!(&read, &file);
        // Saving again writes the same bytes: the format is stable for git.
        prop_assert_eq!(read.to_json(), text);
    }

    #[test]
    fn cell_order_does_not_change_the_bytes((journey, personas) in journey(), seed in any::<u64>()) {
        let file = JourneyFile::new(personas, vec![journey]);
        let mut shuffled = file.clone();
        let cells = &mut shuffled.journeys[0].cells;
        if !cells.is_empty() {
            let len = cells.len();
            cells.rotate_left((seed as usize) % len);
            cells.reverse();
        }
        prop_assert_eq!(shuffled.to_json(), file.to_json());
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = JourneyFile::from_json(&text);
    }
}
