//! The emotion curve on sparse data, as a researcher's first maps have it: unscored steps, a
//! stage scored as a whole, a stage whose steps are scored.

use proptest::prelude::*;
use safar_core::card::{Card, Emotion};
use safar_core::journey::{Cell, Direction, EmotionScale, Journey, Lane, LaneKind, MapType, Stage, Step};
use safar_core::layout::{curve_segments, lane_slots, CurveSegment};

fn stage(id: &str, steps: usize) -> Stage {
    Stage {
        id: id.into(),
        name: id.into(),
        description: String::new(),
        steps: (0..steps)
            .map(|i| Step {
                id: format!("{id}{i}").as_str().into(),
                name: format!("{id}{i}"),
                description: String::new(),
                channel: None,
                department: String::new(),
                moment_of_truth: false,
                breaking_point: false,
            })
            .collect(),
    }
}

fn journey(stages: Vec<Stage>) -> Journey {
    Journey {
        id: "j".into(),
        title: "t".into(),
        goal: String::new(),
        scenario: String::new(),
        map_type: MapType::CurrentState,
        owner: String::new(),
        language: "fa".into(),
        direction: Direction::Rtl,
        created: "2026-01-01T00:00:00Z".into(),
        updated: "2026-01-01T00:00:00Z".into(),
        last_review: None,
        next_review: None,
        personas: vec![],
        emotion_scale: EmotionScale::default(),
        stages,
        lanes: vec![Lane { id: "feel".into(), name: "feel".into(), kind: LaneKind::Emotions, hidden: false }],
        cells: vec![],
    }
}

fn score(j: &mut Journey, stage: &str, step: Option<&str>, score: i8) {
    let id = format!("e{}", j.cells.len());
    j.cells.push(Cell {
        lane: "feel".into(),
        stage: stage.into(),
        step: step.map(Into::into),
        cards: vec![Card::Emotion(Emotion { id: id.as_str().into(), score, text: String::new() })],
    });
}

fn curve(j: &Journey) -> Vec<CurveSegment> {
    curve_segments(j, &lane_slots(j, &j.lanes[0]))
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

/// One line: every slot between the first and the last scored one is drawn edge to edge, and
/// each meets its neighbour at the same height.
fn assert_connected(curve: &[CurveSegment]) {
    let scored: Vec<usize> = (0..curve.len()).filter(|&i| curve[i].point.is_some()).collect();
    let (Some(&first), Some(&last)) = (scored.first(), scored.last()) else { return };
    for i in first..last {
        assert!(curve[i].end.is_some() && curve[i + 1].start.is_some(), "a gap between slots {i} and {}: {curve:?}", i + 1);
        assert!(close(curve[i].end, curve[i + 1].start), "slots {i} and {} do not meet: {curve:?}", i + 1);
    }
    for (i, segment) in curve.iter().enumerate() {
        assert_eq!(segment.bridged, segment.point.is_none() && i > first && i < last, "slot {i}: {curve:?}");
        if i < first || i > last {
            assert_eq!((segment.start, segment.end), (None, None), "nothing drawn outside the scored run, slot {i}");
        }
    }
}

#[test]
fn an_unscored_step_is_bridged_by_the_line_between_its_scored_neighbours() {
    // A stage of two steps with only the first scored, then a stage scored as a whole.
    let mut j = journey(vec![stage("a", 2), stage("b", 0)]);
    score(&mut j, "a", Some("a0"), 2);
    score(&mut j, "b", None, -2);
    let c = curve(&j);
    assert_eq!(c.len(), 3);
    assert_eq!(c[0].point, Some(1.0));
    assert_eq!(c[1].point, None);
    assert!(c[1].bridged);
    assert_eq!(c[2].point, Some(0.0));
    // Centres at columns 0.5 and 2.5, so the line falls by 0.5 a column: the unscored step's
    // edges sit at columns 1 and 2.
    assert!(close(c[1].start, Some(0.75)) && close(c[1].end, Some(0.25)), "{c:?}");
    assert_connected(&c);
}

#[test]
fn a_stage_with_scored_steps_shows_their_average() {
    let mut j = journey(vec![stage("a", 3), stage("b", 0)]);
    score(&mut j, "a", Some("a0"), 2);
    score(&mut j, "a", Some("a2"), -1);
    score(&mut j, "b", None, 0);
    let c = curve(&j);
    // 2 and -1 on -2..2 are 1.0 and 0.25: their mean is 0.625, on every step of the stage.
    for segment in &c[..3] {
        assert!(close(segment.stage_average, Some(0.625)), "{c:?}");
    }
    // A stage scored as a whole is its own average; it draws no second one.
    assert_eq!(c[3].stage_average, None);
    assert_connected(&c);
}

#[test]
fn a_mean_reads_as_a_signed_score_to_one_decimal() {
    let signed = safar_core::EmotionScale { min: -2, max: 2 };
    assert_eq!(signed.signed_mean(0.625), "+0.5");
    assert_eq!(signed.signed_mean(0.5), "0");
    assert_eq!(signed.signed_mean(0.49), "0", "-0.04 is 0, never -0");
    assert_eq!(signed.signed_mean(1.0 / 6.0), "-1.3");
    let positive = safar_core::EmotionScale { min: 1, max: 5 };
    assert_eq!(positive.signed_mean(0.5), "3", "no sign on a scale that stays above zero");
}

#[test]
fn one_scored_step_in_a_stage_has_no_average_to_show() {
    let mut j = journey(vec![stage("a", 3)]);
    score(&mut j, "a", Some("a1"), 1);
    let c = curve(&j);
    assert!(c.iter().all(|s| s.stage_average.is_none()), "{c:?}");
    // A single score is a point, with no line to either side.
    assert_eq!(c[1], CurveSegment { point: Some(0.75), ..CurveSegment::default() });
    assert_connected(&c);
}

proptest! {
    /// Whatever is scored, and however stages and steps fall, the curve is one connected line
    /// through every score, from the first to the last.
    #[test]
    fn the_curve_is_one_line_through_every_score(
        shape in prop::collection::vec((0usize..4, prop::collection::vec(prop::option::of(-2i8..=2), 4)), 1..8),
    ) {
        let stages: Vec<Stage> = shape.iter().enumerate().map(|(i, (steps, _))| stage(&format!("s{i}"), *steps)).collect();
        let mut j = journey(stages);
        for (i, (steps, scores)) in shape.iter().enumerate() {
            let id = format!("s{i}");
            if *steps == 0 {
                if let Some(s) = scores[0] { score(&mut j, &id, None, s) }
            } else {
                for (k, s) in scores.iter().take(*steps).enumerate() {
                    if let Some(s) = s { score(&mut j, &id, Some(&format!("{id}{k}")), *s) }
                }
            }
        }
        let c = curve(&j);
        assert_connected(&c);
        for segment in &c {
            for h in [segment.point, segment.start, segment.end, segment.stage_average].into_iter().flatten() {
                prop_assert!((0.0..=1.0).contains(&h), "{h} off the scale: {c:?}");
            }
        }
    }
}
