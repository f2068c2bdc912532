//! Moving around the map's grid from the keyboard, as the WAI-ARIA grid pattern asks: arrows
//! move one cell, Home and End go to the ends of the row, Ctrl+Home and Ctrl+End to the first
//! and last cell. Cells spanning several columns or rows are one stop. Directions here are
//! logical (`Next` is the next column in reading order); the view maps arrow keys to them
//! following the map's direction.

use crate::id::Id;
use crate::journey::Journey;
use crate::layout;

/// One focusable place of the grid.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum GridCell {
    /// The empty header above the lane names.
    Corner,
    Stage(Id),
    Step(Id),
    LaneHeader(Id),
    /// A cell of cards: a lane at a stage or one of its steps.
    Slot { lane: Id, stage: Id, step: Option<Id> },
}

impl GridCell {
    /// A string that names the cell in the DOM (`data-cell`), unique within the map.
    pub fn key(&self) -> String {
        match self {
            GridCell::Corner => "corner".into(),
            GridCell::Stage(id) => format!("stage:{id}"),
            GridCell::Step(id) => format!("step:{id}"),
            GridCell::LaneHeader(id) => format!("lane:{id}"),
            GridCell::Slot { lane, stage, step: Some(step) } => format!("slot:{lane}:{stage}:{step}"),
            GridCell::Slot { lane, stage, step: None } => format!("slot:{lane}:{stage}"),
        }
    }
}

/// Whether `cell` is in the grid of `journey`, without building the grid.
pub fn exists(journey: &Journey, cell: &GridCell) -> bool {
    let visible_lane = |id: &Id| journey.lane(id).is_some_and(|lane| !lane.hidden);
    match cell {
        GridCell::Corner => true,
        GridCell::Stage(id) => journey.stage(id).is_some(),
        GridCell::Step(id) => journey.stages.iter().any(|s| s.steps.iter().any(|step| &step.id == id)),
        GridCell::LaneHeader(id) => visible_lane(id),
        GridCell::Slot { lane, stage, step } => {
            let Some(stage) = journey.stage(stage) else { return false };
            if !visible_lane(lane) {
                return false;
            }
            let stage_wide = journey.cell(lane, &stage.id, None).is_some();
            match step {
                None => stage.steps.is_empty() || stage_wide,
                Some(step) => !stage_wide && stage.steps.iter().any(|s| &s.id == step),
            }
        }
    }
}

/// A move asked for from the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Next,
    Previous,
    Up,
    Down,
    RowStart,
    RowEnd,
    First,
    Last,
}

/// The grid as rows of columns; a cell spanning columns or rows fills each place it covers.
#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    rows: Vec<Vec<GridCell>>,
}

impl Grid {
    /// The grid of a map as the viewer lays it out: the stage row, the step row when any stage
    /// has steps, then one row per visible lane; the first column holds the row headers.
    pub fn of(journey: &Journey) -> Grid {
        let mut rows = Vec::new();
        let mut stage_row = vec![GridCell::Corner];
        for stage in &journey.stages {
            stage_row.extend(std::iter::repeat_n(GridCell::Stage(stage.id.clone()), layout::stage_span(stage)));
        }
        rows.push(stage_row);
        if layout::has_steps(journey) {
            let mut step_row = vec![GridCell::Corner];
            for stage in &journey.stages {
                if stage.steps.is_empty() {
                    step_row.push(GridCell::Stage(stage.id.clone()));
                } else {
                    step_row.extend(stage.steps.iter().map(|step| GridCell::Step(step.id.clone())));
                }
            }
            rows.push(step_row);
        }
        for lane in journey.lanes.iter().filter(|lane| !lane.hidden) {
            let mut row = vec![GridCell::LaneHeader(lane.id.clone())];
            for slot in layout::lane_slots(journey, lane) {
                let cell = GridCell::Slot { lane: lane.id.clone(), stage: slot.stage.id.clone(), step: slot.step };
                row.extend(std::iter::repeat_n(cell, slot.span));
            }
            rows.push(row);
        }
        Grid { rows }
    }

    /// The top-left place of a cell.
    fn position(&self, cell: &GridCell) -> Option<(usize, usize)> {
        self.rows.iter().enumerate().find_map(|(r, row)| row.iter().position(|c| c == cell).map(|c| (r, c)))
    }

    /// Whether the grid has this cell (it may have gone with an edit).
    pub fn contains(&self, cell: &GridCell) -> bool {
        self.position(cell).is_some()
    }

    /// The first data cell, or the corner of a map without lanes: where focus starts.
    pub fn start(&self) -> GridCell {
        let header_rows = self.rows.iter().take_while(|row| !matches!(row[0], GridCell::LaneHeader(_))).count();
        self.rows
            .get(header_rows)
            .and_then(|row| row.get(1))
            .cloned()
            .unwrap_or(GridCell::Corner)
    }

    /// Where `movement` from `from` lands; `from` itself at an edge.
    pub fn step(&self, from: &GridCell, movement: Move) -> GridCell {
        let Some((row, col)) = self.position(from) else {
            return self.start();
        };
        let width = self.rows[row].len();
        let last_col_of = |row: usize, col: usize| {
            let mut end = col;
            while end + 1 < self.rows[row].len() && self.rows[row][end + 1] == self.rows[row][col] {
                end += 1;
            }
            end
        };
        let target = match movement {
            Move::Next => {
                let end = last_col_of(row, col);
                (end + 1 < width).then(|| (row, end + 1))
            }
            Move::Previous => col.checked_sub(1).map(|c| (row, c)),
            Move::Down => {
                let mut r = row;
                while r + 1 < self.rows.len() && self.rows[r + 1].get(col) == Some(from) {
                    r += 1;
                }
                (r + 1 < self.rows.len()).then(|| (r + 1, col))
            }
            Move::Up => row.checked_sub(1).map(|r| (r, col)),
            Move::RowStart => Some((row, 0)),
            Move::RowEnd => Some((row, width.saturating_sub(1))),
            Move::First => Some((0, 0)),
            Move::Last => {
                let r = self.rows.len() - 1;
                Some((r, self.rows[r].len() - 1))
            }
        };
        target
            .and_then(|(r, c)| self.rows.get(r).and_then(|row| row.get(c)))
            .cloned()
            .unwrap_or_else(|| from.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::EXAMPLES;

    fn slot(lane: &str, stage: &str, step: Option<&str>) -> GridCell {
        GridCell::Slot { lane: lane.into(), stage: stage.into(), step: step.map(Id::from) }
    }

    fn journey() -> Journey {
        let text = r#"{"format":"safar-journey-map","version":1,"journeys":[{"id":"j","title":"t","type":"current-state",
            "language":"en","direction":"ltr","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z",
            "stages":[{"id":"a","name":"A"},{"id":"b","name":"B","steps":[{"id":"b1","name":"1"},{"id":"b2","name":"2"}]}],
            "lanes":[{"id":"x","name":"X","kind":"actions"},{"id":"y","name":"Y","kind":"actions"},{"id":"h","name":"H","kind":"actions","hidden":true}],
            "cells":[{"lane":"y","stage":"b","cards":[{"kind":"note","id":"n","text":"wide"}]}]}]}"#;
        crate::JourneyFile::from_json(text).unwrap().journeys.remove(0)
    }

    #[test]
    fn arrows_move_one_cell_and_spans_are_one_stop() {
        let grid = Grid::of(&journey());
        assert_eq!(grid.start(), slot("x", "a", None));
        assert_eq!(grid.step(&slot("x", "a", None), Move::Next), slot("x", "b", Some("b1")));
        assert_eq!(grid.step(&slot("x", "b", Some("b1")), Move::Next), slot("x", "b", Some("b2")));
        // Lane y has one stage-wide cell over b1 and b2.
        assert_eq!(grid.step(&slot("x", "b", Some("b2")), Move::Down), slot("y", "b", None));
        assert_eq!(grid.step(&slot("y", "b", None), Move::Up), slot("x", "b", Some("b1")));
        assert_eq!(grid.step(&slot("y", "b", None), Move::Previous), slot("y", "a", None));
        assert_eq!(grid.step(&slot("y", "b", None), Move::Next), slot("y", "b", None), "stays at the edge");
        assert_eq!(grid.step(&slot("x", "a", None), Move::Previous), GridCell::LaneHeader("x".into()));
        assert_eq!(grid.step(&slot("x", "a", None), Move::Up), GridCell::Stage("a".into()), "a stage without steps spans both header rows");
        assert_eq!(grid.step(&GridCell::Stage("a".into()), Move::Down), slot("x", "a", None));
        assert_eq!(grid.step(&GridCell::Stage("b".into()), Move::Down), GridCell::Step("b1".into()));
    }

    #[test]
    fn home_end_and_ctrl_home_end() {
        let grid = Grid::of(&journey());
        assert_eq!(grid.step(&slot("x", "b", Some("b1")), Move::RowStart), GridCell::LaneHeader("x".into()));
        assert_eq!(grid.step(&slot("x", "a", None), Move::RowEnd), slot("x", "b", Some("b2")));
        assert_eq!(grid.step(&slot("x", "a", None), Move::First), GridCell::Corner);
        assert_eq!(grid.step(&GridCell::Corner, Move::Last), slot("y", "b", None));
        assert!(!grid.contains(&GridCell::LaneHeader("h".into())), "hidden lanes are not in the grid");
        let j = journey();
        for cell in grid.rows.iter().flatten() {
            assert!(exists(&j, cell), "{cell:?}");
        }
        assert!(!exists(&j, &GridCell::LaneHeader("h".into())));
        assert!(!exists(&j, &slot("y", "b", Some("b1"))), "covered by y's stage-wide cell");
        assert!(!exists(&j, &slot("x", "b", None)), "x has step cells at b");
    }

    #[test]
    fn every_cell_of_the_examples_is_reachable_by_arrows() {
        for example in EXAMPLES {
            let journey = example.load().unwrap().journeys.remove(0);
            let grid = Grid::of(&journey);
            let all: std::collections::HashSet<_> = grid.rows.iter().flatten().cloned().collect();
            let mut seen = std::collections::HashSet::new();
            let mut todo = vec![GridCell::Corner];
            while let Some(cell) = todo.pop() {
                if seen.insert(cell.clone()) {
                    for m in [Move::Next, Move::Previous, Move::Up, Move::Down] {
                        todo.push(grid.step(&cell, m));
                    }
                }
            }
            assert_eq!(seen, all, "{}", example.name);
        }
    }
}
