//! The map's grid, worked out once for every view: which columns a stage spans, which cell sits
//! in each slot of a lane, and where the emotion curve crosses each slot. Views (browser or
//! static HTML) only draw what this computes.

use crate::card::Card;
use crate::id::Id;
use crate::journey::{Cell, Journey, Lane, Stage};

/// One place in a lane's row: a stage-wide cell spanning all of the stage's steps, or one step.
#[derive(Clone, Debug, PartialEq)]
pub struct Slot<'a> {
    pub stage: &'a Stage,
    pub step: Option<Id>,
    /// How many columns the slot spans.
    pub span: usize,
    pub cell: Option<&'a Cell>,
}

/// How many columns a stage takes: one per step, or one if it has none.
pub fn stage_span(stage: &Stage) -> usize {
    stage.steps.len().max(1)
}

/// The number of columns of the whole map.
pub fn column_count(journey: &Journey) -> usize {
    journey.stages.iter().map(stage_span).sum()
}

/// Whether any stage has steps, so the header needs a second row.
pub fn has_steps(journey: &Journey) -> bool {
    journey.stages.iter().any(|stage| !stage.steps.is_empty())
}

/// The slots of `lane`, in stage order. Within a stage that has steps, the lane uses one
/// stage-wide slot when it has a stage-wide cell there, and one slot per step otherwise.
pub fn lane_slots<'a>(journey: &'a Journey, lane: &Lane) -> Vec<Slot<'a>> {
    // One pass over the map's cells, then lookups among this lane's few.
    let mine: std::collections::HashMap<(&Id, Option<&Id>), &Cell> = journey
        .cells
        .iter()
        .filter(|cell| cell.lane == lane.id)
        .map(|cell| ((&cell.stage, cell.step.as_ref()), cell))
        .collect();
    let mut slots = Vec::new();
    for stage in &journey.stages {
        let stage_wide = mine.get(&(&stage.id, None)).copied();
        if stage.steps.is_empty() || stage_wide.is_some() {
            slots.push(Slot { stage, step: None, span: stage_span(stage), cell: stage_wide });
        } else {
            for step in &stage.steps {
                let cell = mine.get(&(&stage.id, Some(&step.id))).copied();
                slots.push(Slot { stage, step: Some(step.id.clone()), span: 1, cell });
            }
        }
    }
    slots
}

/// The emotion score of a cell: the mean of its emotion cards, if it has any.
pub fn cell_score(cell: Option<&Cell>) -> Option<f64> {
    let scores: Vec<f64> = cell?
        .cards
        .iter()
        .filter_map(|card| match card {
            Card::Emotion(emotion) => Some(f64::from(emotion.score)),
            _ => None,
        })
        .collect();
    (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
}

/// The part of the emotion curve drawn inside one slot, as heights from 0.0 (the bottom of the
/// scale) to 1.0 (the top), in reading order: `start` at the edge shared with the previous slot,
/// `point` at the slot's centre, `end` at the edge shared with the next slot. Drawing every
/// slot's segment side by side gives one continuous line, in either direction.
///
/// The line runs straight from each scored slot to the next scored one, whatever lies between:
/// a slot without a score is `bridged` (no point of its own, the line passing through it) so a
/// sparsely scored map still reads as one curve, with its gaps shown as such.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CurveSegment {
    pub point: Option<f64>,
    pub start: Option<f64>,
    pub end: Option<f64>,
    /// The slot has no score; the line crosses it between the scored slots on either side.
    pub bridged: bool,
    /// For a step of a stage with two or more scored steps, the mean of their scores: the
    /// stage's emotion as a whole.
    pub stage_average: Option<f64>,
}

/// The curve segment of every slot of an emotion lane.
pub fn curve_segments(journey: &Journey, slots: &[Slot]) -> Vec<CurveSegment> {
    let scale = journey.emotion_scale;
    let heights: Vec<Option<f64>> =
        slots.iter().map(|slot| cell_score(slot.cell).map(|score| scale.fraction(score))).collect();
    // Each slot's first column and centre, in columns from the start of the map.
    let mut starts = Vec::with_capacity(slots.len());
    let mut column = 0.0;
    for slot in slots {
        starts.push(column);
        column += slot.span as f64;
    }
    let centre = |i: usize| starts[i] + slots[i].span as f64 / 2.0;
    // The nearest scored slot at or before, and at or after, each slot.
    let mut before = vec![None; slots.len()];
    let mut last = None;
    for i in 0..slots.len() {
        if heights[i].is_some() {
            last = Some(i);
        }
        before[i] = last;
    }
    let mut after = vec![None; slots.len()];
    let mut next = None;
    for i in (0..slots.len()).rev() {
        if heights[i].is_some() {
            next = Some(i);
        }
        after[i] = next;
    }
    // The height of the straight line from scored slot `a` to scored slot `b` at column `x`.
    let along = |a: usize, b: usize, x: f64| -> Option<f64> {
        let (ya, yb) = (heights[a]?, heights[b]?);
        let (xa, xb) = (centre(a), centre(b));
        Some(ya + (yb - ya) * (x - xa) / (xb - xa))
    };
    let averages = stage_averages(slots, &heights);
    (0..slots.len())
        .map(|i| {
            let (left, right) = (starts[i], starts[i] + slots[i].span as f64);
            // The scored slots the line runs between on each side of this one.
            let previous = if heights[i].is_some() { i.checked_sub(1).and_then(|j| before[j]) } else { before[i] };
            let following = if heights[i].is_some() { after.get(i + 1).copied().flatten() } else { after[i] };
            let (start, end) = match heights[i] {
                Some(_) => (previous.and_then(|p| along(p, i, left)), following.and_then(|n| along(i, n, right))),
                None => match (previous, following) {
                    (Some(p), Some(n)) => (along(p, n, left), along(p, n, right)),
                    _ => (None, None),
                },
            };
            CurveSegment {
                point: heights[i],
                start,
                end,
                bridged: heights[i].is_none() && start.is_some(),
                stage_average: averages[i],
            }
        })
        .collect()
}

/// For each slot that is a step, the mean height of its stage's scored steps when there are two
/// or more of them.
fn stage_averages(slots: &[Slot], heights: &[Option<f64>]) -> Vec<Option<f64>> {
    let mut averages = vec![None; slots.len()];
    let mut i = 0;
    while i < slots.len() {
        let stage = &slots[i].stage.id;
        let end = i + slots[i..].iter().take_while(|s| &s.stage.id == stage).count();
        if slots[i].step.is_some() {
            let scored: Vec<f64> = heights[i..end].iter().flatten().copied().collect();
            if scored.len() >= 2 {
                let mean = scored.iter().sum::<f64>() / scored.len() as f64;
                averages[i..end].iter_mut().for_each(|a| *a = Some(mean));
            }
        }
        i = end;
    }
    averages
}

/// The index of the lane above which the service blueprint's line of visibility runs: the first
/// backstage lane that comes after a frontstage lane.
pub fn line_of_visibility(journey: &Journey) -> Option<usize> {
    use crate::journey::LaneKind;
    let visible: Vec<&Lane> = journey.lanes.iter().filter(|lane| !lane.hidden).collect();
    let first_front = visible.iter().position(|lane| lane.kind == LaneKind::Frontstage)?;
    let back = visible.iter().skip(first_front).position(|lane| lane.kind == LaneKind::Backstage)?;
    let lane = visible[first_front + back];
    journey.lanes.iter().position(|l| l.id == lane.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::{Emotion, Note};
    use crate::journey::{Direction, EmotionScale, LaneKind, MapType, Step};

    fn stage(id: &str, steps: &[&str]) -> Stage {
        Stage {
            id: id.into(),
            name: id.into(),
            description: String::new(),
            steps: steps
                .iter()
                .map(|s| Step {
                    id: (*s).into(),
                    name: (*s).into(),
                    description: String::new(),
                    channel: None,
                    department: String::new(),
                    moment_of_truth: false,
                    breaking_point: false,
                })
                .collect(),
        }
    }

    fn emotion(id: &str, score: i8) -> Card {
        Card::Emotion(Emotion { id: id.into(), score, text: String::new() })
    }

    fn journey() -> Journey {
        Journey {
            id: "j".into(),
            title: "t".into(),
            goal: String::new(),
            scenario: String::new(),
            map_type: MapType::CurrentState,
            owner: String::new(),
            language: "en".into(),
            direction: Direction::Ltr,
            created: "2026-01-01T00:00:00Z".into(),
            updated: "2026-01-01T00:00:00Z".into(),
            last_review: None,
            next_review: None,
            personas: vec![],
            emotion_scale: EmotionScale::default(),
            stages: vec![stage("a", &[]), stage("b", &["b1", "b2", "b3"]), stage("c", &[])],
            lanes: vec![Lane { id: "feel".into(), name: "Feel".into(), kind: LaneKind::Emotions, hidden: false }],
            cells: vec![],
        }
    }

    #[test]
    fn slots_follow_stages_and_steps() {
        let mut j = journey();
        assert_eq!(column_count(&j), 5);
        let lane = j.lanes[0].clone();
        let spans: Vec<usize> = lane_slots(&j, &lane).iter().map(|s| s.span).collect();
        assert_eq!(spans, [1, 1, 1, 1, 1]);

        j.cells.push(Cell { lane: "feel".into(), stage: "b".into(), step: None, cards: vec![emotion("e", 0)] });
        let slots = lane_slots(&j, &lane);
        assert_eq!(slots.iter().map(|s| s.span).collect::<Vec<_>>(), [1, 3, 1]);
        assert!(slots[1].cell.is_some());
    }

    #[test]
    fn curve_meets_at_shared_edges() {
        let mut j = journey();
        j.cells = vec![
            Cell { lane: "feel".into(), stage: "a".into(), step: None, cards: vec![emotion("e1", 2)] },
            Cell { lane: "feel".into(), stage: "b".into(), step: None, cards: vec![emotion("e2", -2), emotion("e3", 0)] },
        ];
        let lane = j.lanes[0].clone();
        let slots = lane_slots(&j, &lane);
        let curve = curve_segments(&j, &slots);
        assert_eq!(curve[0].point, Some(1.0));
        assert_eq!(curve[1].point, Some(0.25)); // mean -1 on -2..2
        // Slot a spans 1 column, slot b spans 3: the line crosses their edge a quarter of the way.
        let crossing = 1.0 + (0.25 - 1.0) * 1.0 / 4.0;
        assert_eq!(curve[0].end, Some(crossing));
        assert_eq!(curve[1].start, Some(crossing));
        assert_eq!(curve[0].start, None);
        assert_eq!(curve[2], CurveSegment::default());
        assert_eq!(curve[1].end, None);
    }

    #[test]
    fn non_emotion_cards_do_not_score() {
        let cell = Cell {
            lane: "x".into(),
            stage: "a".into(),
            step: None,
            cards: vec![Card::Note(Note { id: "n".into(), text: "hi".into() })],
        };
        assert_eq!(cell_score(Some(&cell)), None);
        assert_eq!(cell_score(None), None);
    }

    #[test]
    fn line_of_visibility_sits_above_the_first_backstage_lane() {
        let mut j = journey();
        let lane = |id: &str, kind| Lane { id: id.into(), name: id.into(), kind, hidden: false };
        j.lanes = vec![
            lane("act", LaneKind::Actions),
            lane("front", LaneKind::Frontstage),
            lane("back", LaneKind::Backstage),
            lane("sup", LaneKind::Support),
        ];
        assert_eq!(line_of_visibility(&j), Some(2));
        j.lanes.remove(1);
        assert_eq!(line_of_visibility(&j), None);
    }
}
