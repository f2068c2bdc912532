//! How much Safar reads: the most bytes of a map file and the most stages, lanes, cards and
//! personas of a map. Beyond them a file is refused whole, with which limit it passed, by how
//! much, before the expensive work (parsing the whole text, building the map, validating it,
//! drawing it) starts; a file that large is a mistake or an attack, and reading it anyway would
//! freeze the tab that opened it.
//!
//! The numbers leave a real large map plenty of room: the benchmarks edit a map of 10 stages,
//! 100 columns and 3,000 cards (384 KiB stored), and every limit here is three or more times that.
//! Validation ([`crate::validate`]) checks the same counts and commands ([`crate::command`])
//! refuse to pass them, so the editor never makes a map that would be refused when it is opened
//! again.

use crate::file::JourneyFile;
use crate::journey::Journey;
use crate::persona::Persona;
use serde_json::Value;
use std::fmt;

/// The most bytes (UTF-8) of a map file read from outside: a file chosen or dropped on the
/// library, the widget's `src` answer or inline JSON, a file `safar publish` reads. The 3,000-card
/// benchmark map is 0.4 MiB compact and about 1 MiB indented; a map at every count limit below,
/// with real text on its cards, is 2 to 4 MiB. A browser's storage holds about five million
/// characters for the whole site, so a larger file could not be kept in the library anyway.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// The most bytes of a map's file read back from the library's storage. localStorage counts
/// UTF-16 units, five million or so for a site; one unit is at most three bytes of UTF-8, so no
/// record a browser can hold is over 15 MB. This bound only stops a store that is not a
/// browser's. It is larger than [`MAX_FILE_BYTES`] so that a map written in Persian or Arabic
/// (two bytes a letter) that grew in the editor still opens.
pub const MAX_RECORD_BYTES: usize = 16 * 1024 * 1024;

/// The most maps in one file. The library keeps one map a record; a file of many maps is an
/// export of a whole library, and a hundred maps is a large one.
pub const MAX_JOURNEYS: usize = 100;
/// The most personas in one file, and the most one map names.
pub const MAX_PERSONAS: usize = 100;
/// The most entries in one of a persona's lists (goals, needs, motivations, pain points).
pub const MAX_PERSONA_ITEMS: usize = 100;
/// The most stages of a map: a stage is a column group, and two hundred is far past what a
/// screen or a printed wall shows.
pub const MAX_STAGES: usize = 200;
/// The most steps of a map, all its stages together: each is a column of its own. Fifty
/// stages of twelve steps; the benchmarks' huge journey has fifty of six.
pub const MAX_STEPS: usize = 600;
/// The most lanes (rows) of a map.
pub const MAX_LANES: usize = 50;
/// The most cells of a map: one for every lane at every stage and step, which is all a map
/// without duplicates can have.
pub const MAX_CELLS: usize = MAX_LANES * (MAX_STAGES + MAX_STEPS);
/// The most cards in one file, all maps together: more than three times the 3,000-card map
/// the editor is measured on.
pub const MAX_CARDS: usize = 10_000;
/// The most cards in one cell: a cell is one place on the grid, drawn at once.
pub const MAX_CARDS_IN_CELL: usize = 100;

/// One of the limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Limit {
    /// Bytes of a map file from outside.
    FileBytes,
    /// Bytes of a map file from the library's storage.
    RecordBytes,
    Journeys,
    Personas,
    PersonaItems,
    Stages,
    Steps,
    Lanes,
    Cells,
    Cards,
    CardsInCell,
}

impl Limit {
    pub const ALL: [Limit; 11] = [
        Limit::FileBytes,
        Limit::RecordBytes,
        Limit::Journeys,
        Limit::Personas,
        Limit::PersonaItems,
        Limit::Stages,
        Limit::Steps,
        Limit::Lanes,
        Limit::Cells,
        Limit::Cards,
        Limit::CardsInCell,
    ];

    /// The most this limit allows.
    pub const fn max(self) -> usize {
        match self {
            Limit::FileBytes => MAX_FILE_BYTES,
            Limit::RecordBytes => MAX_RECORD_BYTES,
            Limit::Journeys => MAX_JOURNEYS,
            Limit::Personas => MAX_PERSONAS,
            Limit::PersonaItems => MAX_PERSONA_ITEMS,
            Limit::Stages => MAX_STAGES,
            Limit::Steps => MAX_STEPS,
            Limit::Lanes => MAX_LANES,
            Limit::Cells => MAX_CELLS,
            Limit::Cards => MAX_CARDS,
            Limit::CardsInCell => MAX_CARDS_IN_CELL,
        }
    }

    /// What it counts, in English, for logs and `Display`.
    pub fn noun(self) -> &'static str {
        match self {
            Limit::FileBytes | Limit::RecordBytes => "bytes",
            Limit::Journeys => "maps",
            Limit::Personas => "personas",
            Limit::PersonaItems => "entries",
            Limit::Stages => "stages",
            Limit::Steps => "steps",
            Limit::Lanes => "lanes",
            Limit::Cells => "cells",
            Limit::Cards => "cards",
            Limit::CardsInCell => "cards in one cell",
        }
    }
}

/// A limit passed: which, where (a path in the file, empty for the whole file) and how many
/// were found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exceeded {
    pub limit: Limit,
    pub path: String,
    pub found: usize,
}

impl Exceeded {
    pub fn max(&self) -> usize {
        self.limit.max()
    }
}

impl fmt::Display for Exceeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (found, max, noun) = (self.found, self.max(), self.limit.noun());
        if self.path.is_empty() {
            write!(f, "the file has {found} {noun}, more than the {max} Safar reads")
        } else {
            write!(f, "{}: {found} {noun}, more than the {max} Safar reads", self.path)
        }
    }
}

/// Refuses a text of more than `limit`'s bytes ([`Limit::FileBytes`] or [`Limit::RecordBytes`]).
pub fn check_bytes(bytes: usize, limit: Limit) -> Result<(), Exceeded> {
    if bytes > limit.max() {
        Err(Exceeded { limit, path: String::new(), found: bytes })
    } else {
        Ok(())
    }
}

/// Every count limit `file` passes, in document order.
pub fn exceeded_in(file: &JourneyFile) -> Vec<Exceeded> {
    let mut tally = Tally::default();
    tally.personas(&file.personas);
    tally.count(Limit::Journeys, || "journeys".into(), file.journeys.len());
    for (i, journey) in file.journeys.iter().enumerate() {
        tally.journey(i, journey);
    }
    tally.count(Limit::Cards, || "journeys".into(), tally.cards);
    tally.found
}

/// The first count limit a map being edited, with its file's personas, passes: what an edit
/// that adds something is checked against, without copying the map into a file.
pub fn first_exceeded_in_map(personas: &[Persona], journey: &Journey) -> Option<Exceeded> {
    let mut tally = Tally::default();
    tally.personas(personas);
    tally.journey(0, journey);
    tally.count(Limit::Cards, || "journeys".into(), tally.cards);
    tally.found.into_iter().next()
}

/// The first count limit a raw file (JSON of the current version, not yet checked for shape)
/// passes, in the order of [`exceeded_in`]. It reads only the lengths of arrays, so a file of a
/// million cards is refused before any card is built; parts of the wrong type are left for the
/// shape check to report.
pub fn first_exceeded(raw: &Value) -> Option<Exceeded> {
    raw_counts(raw).err()
}

fn raw_counts(raw: &Value) -> Result<(), Exceeded> {
    let array = |value: &Value, key: &str| value.get(key).and_then(Value::as_array).map_or(0, Vec::len);
    check(Limit::Personas, || "personas".into(), array(raw, "personas"))?;
    for (i, persona) in items(raw, "personas").enumerate() {
        for field in ["goals", "needs", "motivations", "painPoints"] {
            check(Limit::PersonaItems, || format!("personas[{i}].{field}"), array(persona, field))?;
        }
    }
    check(Limit::Journeys, || "journeys".into(), array(raw, "journeys"))?;
    let mut cards = 0;
    for (i, journey) in items(raw, "journeys").enumerate() {
        check(Limit::Personas, || format!("journeys[{i}].personas"), array(journey, "personas"))?;
        check(Limit::Stages, || format!("journeys[{i}].stages"), array(journey, "stages"))?;
        let steps = items(journey, "stages").map(|stage| array(stage, "steps")).sum();
        check(Limit::Steps, || format!("journeys[{i}].stages"), steps)?;
        check(Limit::Lanes, || format!("journeys[{i}].lanes"), array(journey, "lanes"))?;
        check(Limit::Cells, || format!("journeys[{i}].cells"), array(journey, "cells"))?;
        for (c, cell) in items(journey, "cells").enumerate() {
            let in_cell = array(cell, "cards");
            check(Limit::CardsInCell, || format!("journeys[{i}].cells[{c}].cards"), in_cell)?;
            cards += in_cell;
        }
    }
    check(Limit::Cards, || "journeys".into(), cards)
}

fn check(limit: Limit, path: impl FnOnce() -> String, found: usize) -> Result<(), Exceeded> {
    if found > limit.max() {
        Err(Exceeded { limit, path: path(), found })
    } else {
        Ok(())
    }
}

/// The elements of the array at `key`, or none.
fn items<'a>(value: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> + 'a {
    value.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// The limits passed so far, and the cards counted.
#[derive(Default)]
struct Tally {
    found: Vec<Exceeded>,
    cards: usize,
}

impl Tally {
    fn count(&mut self, limit: Limit, path: impl FnOnce() -> String, found: usize) {
        if let Err(exceeded) = check(limit, path, found) {
            self.found.push(exceeded);
        }
    }

    fn personas(&mut self, personas: &[Persona]) {
        self.count(Limit::Personas, || "personas".into(), personas.len());
        for (i, persona) in personas.iter().enumerate() {
            for (field, items) in [
                ("goals", &persona.goals),
                ("needs", &persona.needs),
                ("motivations", &persona.motivations),
                ("painPoints", &persona.pain_points),
            ] {
                self.count(Limit::PersonaItems, || format!("personas[{i}].{field}"), items.len());
            }
        }
    }

    /// The counts of the map at `journeys[i]`; its cards are added to the file's.
    fn journey(&mut self, i: usize, journey: &Journey) {
        self.count(Limit::Personas, || format!("journeys[{i}].personas"), journey.personas.len());
        self.count(Limit::Stages, || format!("journeys[{i}].stages"), journey.stages.len());
        let steps = journey.stages.iter().map(|stage| stage.steps.len()).sum();
        self.count(Limit::Steps, || format!("journeys[{i}].stages"), steps);
        self.count(Limit::Lanes, || format!("journeys[{i}].lanes"), journey.lanes.len());
        self.count(Limit::Cells, || format!("journeys[{i}].cells"), journey.cells.len());
        for (c, cell) in journey.cells.iter().enumerate() {
            self.count(Limit::CardsInCell, || format!("journeys[{i}].cells[{c}].cards"), cell.cards.len());
            self.cards += cell.cards.len();
        }
    }
}
