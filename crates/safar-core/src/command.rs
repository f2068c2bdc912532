//! Commands: every change to a document, as data. Applying a command returns its inverse, so
//! undo, redo and autosave all go through this one path, and a command that names something
//! missing is refused with an error instead of corrupting the map.

use crate::card::Card;
use crate::document::Document;
use crate::id::Id;
use crate::journey::{Cell, Direction, EmotionScale, Journey, Lane, MapType, Stage, Step};
use crate::limits::{self, Limit};
use crate::persona::Persona;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a card sits: a lane and a stage, or one step of that stage.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CellRef {
    pub lane: Id,
    pub stage: Id,
    pub step: Option<Id>,
}

/// The map's own fields, edited together in the map details form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub title: String,
    pub goal: String,
    pub scenario: String,
    pub map_type: MapType,
    pub owner: String,
    pub language: String,
    pub direction: Direction,
    pub last_review: Option<String>,
    pub next_review: Option<String>,
    pub emotion_scale: EmotionScale,
}

/// A change to a document. Serialized only into the editor's journal (see
/// [`crate::library::journal`]), never into a map file; externally tagged, the representation
/// serde makes smallest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Command {
    SetMeta(Meta),
    /// Inserts a stage; `cells` are its cards (given back when undoing a removal).
    InsertStage { index: usize, stage: Stage, cells: Vec<Cell> },
    RemoveStage { id: Id },
    MoveStage { id: Id, index: usize },
    /// Renames or describes a stage; its steps are left as they are.
    UpdateStage { id: Id, name: String, description: String },
    InsertStep { stage: Id, index: usize, step: Step, cells: Vec<Cell> },
    RemoveStep { id: Id },
    /// Moves a step within its stage.
    MoveStep { id: Id, index: usize },
    UpdateStep(Step),
    InsertLane { index: usize, lane: Lane, cells: Vec<Cell> },
    RemoveLane { id: Id },
    MoveLane { id: Id, index: usize },
    /// Renames, hides or shows a lane; its kind may change only while it has no cards.
    UpdateLane(Lane),
    InsertCard { at: CellRef, index: usize, card: Card },
    RemoveCard { id: Id },
    MoveCard { id: Id, to: CellRef, index: usize },
    /// Replaces a card's content; the card keeps its id and place.
    UpdateCard(Card),
    /// Adds a persona; `attached` is where the map names it, if it does.
    InsertPersona { index: usize, persona: Persona, attached: Option<usize> },
    RemovePersona { id: Id },
    UpdatePersona(Persona),
    AttachPersona { id: Id, index: usize },
    DetachPersona { id: Id },
    /// Replaces the whole map and its personas, as when a snapshot is restored. The map keeps
    /// its id: a document of another map is refused.
    Replace(Box<Document>),
}

/// Why a command was refused. The document is unchanged when a command fails.
#[derive(Clone, Debug, PartialEq)]
pub enum CommandError {
    Unknown(Id),
    DuplicateId(Id),
    /// A place outside the list it names.
    NoSuchPlace,
    /// The card does not fit the lane it would sit in.
    WrongCardKind,
    /// A score would fall outside the emotion scale.
    ScoreOutsideScale,
    InvalidScale,
    /// The lane holds cards, so its kind cannot change.
    LaneNotEmpty,
    /// The lane already has a cell for the whole stage (or cells for its steps) there.
    MixedGranularity,
    AlreadyAttached,
    /// The map would pass one of [`crate::limits`], so it could not be saved and opened again.
    OverLimit(Limit),
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CommandError::Unknown(id) => write!(f, "nothing in this map has the id \"{id}\""),
            CommandError::DuplicateId(id) => write!(f, "the id \"{id}\" is already used"),
            CommandError::NoSuchPlace => f.write_str("that position does not exist"),
            CommandError::WrongCardKind => f.write_str("this card does not fit that lane"),
            CommandError::ScoreOutsideScale => f.write_str("a score would fall outside the emotion scale"),
            CommandError::InvalidScale => f.write_str("the scale's minimum must be below its maximum, at most 10 apart"),
            CommandError::LaneNotEmpty => f.write_str("a lane with cards cannot change its kind"),
            CommandError::MixedGranularity => {
                f.write_str("this lane already has a cell for the whole stage, or cells for its steps, there")
            }
            CommandError::AlreadyAttached => f.write_str("the map already names this persona"),
            CommandError::OverLimit(limit) => write!(f, "a map holds at most {} {}", limit.max(), limit.noun()),
        }
    }
}

impl std::error::Error for CommandError {}

type Inverse = Result<Command, CommandError>;

impl Command {
    /// Applies the command and returns the command that undoes it. On error nothing changed.
    /// A command that would take the map past one of [`crate::limits`] is refused: what the
    /// editor makes must save and open again.
    pub fn apply(self, doc: &mut Document) -> Inverse {
        if let Some(limit) = self.limit_passed(doc) {
            return Err(CommandError::OverLimit(limit));
        }
        self.apply_unchecked(doc)
    }

    /// The limit applying this command would pass, worked out from the map's counts and what
    /// the command adds, without applying it.
    fn limit_passed(&self, doc: &Document) -> Option<Limit> {
        let journey = &doc.journey;
        let over = |limit: Limit, count: usize| (count > limit.max()).then_some(limit);
        let cards = || journey.cells.iter().map(|cell| cell.cards.len()).sum::<usize>();
        let steps = || journey.stages.iter().map(|stage| stage.steps.len()).sum::<usize>();
        let with_cells = |cells: &[Cell]| {
            over(Limit::Cells, journey.cells.len() + cells.len())
                .or_else(|| over(Limit::Cards, cards() + cells.iter().map(|cell| cell.cards.len()).sum::<usize>()))
                .or_else(|| cells.iter().find_map(|cell| over(Limit::CardsInCell, cell.cards.len())))
        };
        // One more card at `at`: a fuller cell, or a new one.
        let one_more_at = |at: &CellRef| match journey.cell(&at.lane, &at.stage, at.step.as_ref()) {
            Some(cell) => over(Limit::CardsInCell, cell.cards.len() + 1),
            None => over(Limit::Cells, journey.cells.len() + 1),
        };
        let items = |persona: &Persona| {
            [&persona.goals, &persona.needs, &persona.motivations, &persona.pain_points]
                .into_iter()
                .find_map(|list| over(Limit::PersonaItems, list.len()))
        };
        match self {
            Command::InsertStage { stage, cells, .. } => over(Limit::Stages, journey.stages.len() + 1)
                .or_else(|| over(Limit::Steps, steps() + stage.steps.len()))
                .or_else(|| with_cells(cells)),
            Command::InsertStep { cells, .. } => over(Limit::Steps, steps() + 1).or_else(|| with_cells(cells)),
            Command::InsertLane { cells, .. } => over(Limit::Lanes, journey.lanes.len() + 1).or_else(|| with_cells(cells)),
            Command::InsertCard { at, .. } => over(Limit::Cards, cards() + 1).or_else(|| one_more_at(at)),
            Command::MoveCard { id, to, .. } => {
                let from = journey.cells.iter().find(|cell| cell.cards.iter().any(|card| card.id() == id));
                let same = from.is_some_and(|cell| cell.lane == to.lane && cell.stage == to.stage && cell.step == to.step);
                if same { None } else { one_more_at(to) }
            }
            Command::InsertPersona { persona, attached, .. } => over(Limit::Personas, doc.personas.len() + 1)
                .or_else(|| items(persona))
                .or_else(|| attached.and_then(|_| over(Limit::Personas, journey.personas.len() + 1))),
            Command::UpdatePersona(persona) => items(persona),
            Command::AttachPersona { .. } => over(Limit::Personas, journey.personas.len() + 1),
            Command::Replace(new) => limits::first_exceeded_in_map(&new.personas, &new.journey).map(|e| e.limit),
            _ => None,
        }
    }

    fn apply_unchecked(self, doc: &mut Document) -> Inverse {
        if let Command::Replace(new) = self {
            if new.journey.id != doc.journey.id {
                return Err(CommandError::Unknown(new.journey.id.clone()));
            }
            let old = std::mem::replace(doc, *new);
            return Ok(Command::Replace(Box::new(old)));
        }
        let journey = &mut doc.journey;
        match self {
            Command::Replace(_) => unreachable!("handled above"),
            Command::SetMeta(meta) => set_meta(journey, meta),
            Command::InsertStage { index, stage, cells } => {
                check_index(index, journey.stages.len())?;
                for id in std::iter::once(&stage.id).chain(stage.steps.iter().map(|s| &s.id)) {
                    ensure_new_id(journey, id)?;
                }
                let id = stage.id.clone();
                journey.stages.insert(index, stage);
                journey.cells.extend(cells);
                Ok(Command::RemoveStage { id })
            }
            Command::RemoveStage { id } => {
                let index = stage_index(journey, &id)?;
                let stage = journey.stages.remove(index);
                let cells = take_cells(journey, |cell| cell.stage == id);
                Ok(Command::InsertStage { index, stage, cells })
            }
            Command::MoveStage { id, index } => {
                let from = stage_index(journey, &id)?;
                check_index(index, journey.stages.len() - 1)?;
                let stage = journey.stages.remove(from);
                journey.stages.insert(index, stage);
                Ok(Command::MoveStage { id, index: from })
            }
            Command::UpdateStage { id, name, description } => {
                let index = stage_index(journey, &id)?;
                let stage = &mut journey.stages[index];
                let name = std::mem::replace(&mut stage.name, name);
                let description = std::mem::replace(&mut stage.description, description);
                Ok(Command::UpdateStage { id, name, description })
            }
            Command::InsertStep { stage, index, step, cells } => {
                let s = stage_index(journey, &stage)?;
                check_index(index, journey.stages[s].steps.len())?;
                ensure_new_id(journey, &step.id)?;
                let id = step.id.clone();
                journey.stages[s].steps.insert(index, step);
                journey.cells.extend(cells);
                Ok(Command::RemoveStep { id })
            }
            Command::RemoveStep { id } => {
                let (s, index) = step_position(journey, &id)?;
                let step = journey.stages[s].steps.remove(index);
                let stage = journey.stages[s].id.clone();
                let cells = take_cells(journey, |cell| cell.step.as_ref() == Some(&id));
                Ok(Command::InsertStep { stage, index, step, cells })
            }
            Command::MoveStep { id, index } => {
                let (s, from) = step_position(journey, &id)?;
                let steps = &mut journey.stages[s].steps;
                check_index(index, steps.len() - 1)?;
                let step = steps.remove(from);
                steps.insert(index, step);
                Ok(Command::MoveStep { id, index: from })
            }
            Command::UpdateStep(step) => {
                let (s, index) = step_position(journey, &step.id)?;
                let old = std::mem::replace(&mut journey.stages[s].steps[index], step);
                Ok(Command::UpdateStep(old))
            }
            Command::InsertLane { index, lane, cells } => {
                check_index(index, journey.lanes.len())?;
                ensure_new_id(journey, &lane.id)?;
                let id = lane.id.clone();
                journey.lanes.insert(index, lane);
                journey.cells.extend(cells);
                Ok(Command::RemoveLane { id })
            }
            Command::RemoveLane { id } => {
                let index = lane_index(journey, &id)?;
                let lane = journey.lanes.remove(index);
                let cells = take_cells(journey, |cell| cell.lane == id);
                Ok(Command::InsertLane { index, lane, cells })
            }
            Command::MoveLane { id, index } => {
                let from = lane_index(journey, &id)?;
                check_index(index, journey.lanes.len() - 1)?;
                let lane = journey.lanes.remove(from);
                journey.lanes.insert(index, lane);
                Ok(Command::MoveLane { id, index: from })
            }
            Command::UpdateLane(lane) => {
                let index = lane_index(journey, &lane.id)?;
                let has_cards = journey.cells.iter().any(|c| c.lane == lane.id && !c.cards.is_empty());
                if lane.kind != journey.lanes[index].kind && has_cards {
                    return Err(CommandError::LaneNotEmpty);
                }
                let old = std::mem::replace(&mut journey.lanes[index], lane);
                Ok(Command::UpdateLane(old))
            }
            Command::InsertCard { at, index, card } => {
                ensure_new_id(journey, card.id())?;
                check_card_fits(journey, &at, &card)?;
                let cell = cell_mut(journey, &at)?;
                check_index(index, cell.cards.len())?;
                let id = card.id().clone();
                cell.cards.insert(index, card);
                Ok(Command::RemoveCard { id })
            }
            Command::RemoveCard { id } => {
                let (c, index) = card_position(journey, &id)?;
                let card = journey.cells[c].cards.remove(index);
                let at = cell_ref(&journey.cells[c]);
                drop_empty_cells(journey);
                Ok(Command::InsertCard { at, index, card })
            }
            Command::MoveCard { id, to, index } => {
                let (c, from) = card_position(journey, &id)?;
                let origin = cell_ref(&journey.cells[c]);
                let card = journey.cells[c].cards[from].clone();
                check_card_fits(journey, &to, &card)?;
                let target_len = journey.cell(&to.lane, &to.stage, to.step.as_ref()).map_or(0, |c| c.cards.len());
                let limit = if origin == to { target_len - 1 } else { target_len };
                check_index(index, limit)?;
                journey.cells[c].cards.remove(from);
                cell_mut(journey, &to)?.cards.insert(index, card);
                drop_empty_cells(journey);
                Ok(Command::MoveCard { id, to: origin, index: from })
            }
            Command::UpdateCard(card) => {
                let (c, index) = card_position(journey, card.id())?;
                let at = cell_ref(&journey.cells[c]);
                check_card_fits(journey, &at, &card)?;
                let old = std::mem::replace(&mut journey.cells[c].cards[index], card);
                Ok(Command::UpdateCard(old))
            }
            Command::InsertPersona { index, persona, attached } => {
                check_index(index, doc.personas.len())?;
                if doc.personas.iter().any(|p| p.id == persona.id) {
                    return Err(CommandError::DuplicateId(persona.id));
                }
                if let Some(at) = attached {
                    check_index(at, journey.personas.len())?;
                    journey.personas.insert(at, persona.id.clone());
                }
                let id = persona.id.clone();
                doc.personas.insert(index, persona);
                Ok(Command::RemovePersona { id })
            }
            Command::RemovePersona { id } => {
                let index = doc.personas.iter().position(|p| p.id == id).ok_or(CommandError::Unknown(id.clone()))?;
                let attached = journey.personas.iter().position(|p| p == &id);
                if let Some(at) = attached {
                    journey.personas.remove(at);
                }
                let persona = doc.personas.remove(index);
                Ok(Command::InsertPersona { index, persona, attached })
            }
            Command::UpdatePersona(persona) => {
                let index =
                    doc.personas.iter().position(|p| p.id == persona.id).ok_or(CommandError::Unknown(persona.id.clone()))?;
                let old = std::mem::replace(&mut doc.personas[index], persona);
                Ok(Command::UpdatePersona(old))
            }
            Command::AttachPersona { id, index } => {
                if !doc.personas.iter().any(|p| p.id == id) {
                    return Err(CommandError::Unknown(id));
                }
                if journey.personas.contains(&id) {
                    return Err(CommandError::AlreadyAttached);
                }
                check_index(index, journey.personas.len())?;
                journey.personas.insert(index, id.clone());
                Ok(Command::DetachPersona { id })
            }
            Command::DetachPersona { id } => {
                let index = journey.personas.iter().position(|p| p == &id).ok_or(CommandError::Unknown(id.clone()))?;
                journey.personas.remove(index);
                Ok(Command::AttachPersona { id, index })
            }
        }
    }
}

impl Meta {
    pub fn of(journey: &Journey) -> Meta {
        Meta {
            title: journey.title.clone(),
            goal: journey.goal.clone(),
            scenario: journey.scenario.clone(),
            map_type: journey.map_type,
            owner: journey.owner.clone(),
            language: journey.language.clone(),
            direction: journey.direction,
            last_review: journey.last_review.clone(),
            next_review: journey.next_review.clone(),
            emotion_scale: journey.emotion_scale,
        }
    }
}

fn set_meta(journey: &mut Journey, meta: Meta) -> Inverse {
    let scale = meta.emotion_scale;
    if !scale.is_valid() {
        return Err(CommandError::InvalidScale);
    }
    let scores_fit = journey.cells.iter().flat_map(|c| &c.cards).all(|card| match card {
        Card::Emotion(e) => scale.contains(e.score),
        _ => true,
    });
    if !scores_fit {
        return Err(CommandError::ScoreOutsideScale);
    }
    let old = Meta::of(journey);
    let Meta { title, goal, scenario, map_type, owner, language, direction, last_review, next_review, emotion_scale } =
        meta;
    journey.title = title;
    journey.goal = goal;
    journey.scenario = scenario;
    journey.map_type = map_type;
    journey.owner = owner;
    journey.language = language;
    journey.direction = direction;
    journey.last_review = last_review;
    journey.next_review = next_review;
    journey.emotion_scale = emotion_scale;
    Ok(Command::SetMeta(old))
}

fn check_index(index: usize, max: usize) -> Result<(), CommandError> {
    if index <= max {
        Ok(())
    } else {
        Err(CommandError::NoSuchPlace)
    }
}

/// Whether anything in the map (stage, step, lane or card) has this id.
pub fn id_in_use(journey: &Journey, id: &Id) -> bool {
    journey.stages.iter().any(|s| &s.id == id || s.steps.iter().any(|step| &step.id == id))
        || journey.lanes.iter().any(|l| &l.id == id)
        || journey.cells.iter().flat_map(|c| &c.cards).any(|card| card.id() == id)
}

fn ensure_new_id(journey: &Journey, id: &Id) -> Result<(), CommandError> {
    if id_in_use(journey, id) {
        Err(CommandError::DuplicateId(id.clone()))
    } else {
        Ok(())
    }
}

fn stage_index(journey: &Journey, id: &Id) -> Result<usize, CommandError> {
    journey.stages.iter().position(|s| &s.id == id).ok_or_else(|| CommandError::Unknown(id.clone()))
}

fn lane_index(journey: &Journey, id: &Id) -> Result<usize, CommandError> {
    journey.lanes.iter().position(|l| &l.id == id).ok_or_else(|| CommandError::Unknown(id.clone()))
}

fn step_position(journey: &Journey, id: &Id) -> Result<(usize, usize), CommandError> {
    journey
        .stages
        .iter()
        .enumerate()
        .find_map(|(s, stage)| stage.steps.iter().position(|step| &step.id == id).map(|i| (s, i)))
        .ok_or_else(|| CommandError::Unknown(id.clone()))
}

/// The cell index and card index of a card.
pub fn card_position(journey: &Journey, id: &Id) -> Result<(usize, usize), CommandError> {
    journey
        .cells
        .iter()
        .enumerate()
        .find_map(|(c, cell)| cell.cards.iter().position(|card| card.id() == id).map(|i| (c, i)))
        .ok_or_else(|| CommandError::Unknown(id.clone()))
}

pub fn cell_ref(cell: &Cell) -> CellRef {
    CellRef { lane: cell.lane.clone(), stage: cell.stage.clone(), step: cell.step.clone() }
}

/// Checks that a card of this kind may sit at `at`: the lane, stage and step exist, the kind
/// fits the lane, the score fits the scale, and the cell does not clash with a stage-wide one.
fn check_card_fits(journey: &Journey, at: &CellRef, card: &Card) -> Result<(), CommandError> {
    let lane = journey.lane(&at.lane).ok_or_else(|| CommandError::Unknown(at.lane.clone()))?;
    let stage = journey.stage(&at.stage).ok_or_else(|| CommandError::Unknown(at.stage.clone()))?;
    if let Some(step) = &at.step {
        if !stage.steps.iter().any(|s| &s.id == step) {
            return Err(CommandError::Unknown(step.clone()));
        }
    }
    if lane.kind.card_kind() != card.kind() {
        return Err(CommandError::WrongCardKind);
    }
    if let Card::Emotion(e) = card {
        if !journey.emotion_scale.contains(e.score) {
            return Err(CommandError::ScoreOutsideScale);
        }
    }
    let clash = journey.cells.iter().any(|c| {
        c.lane == at.lane && c.stage == at.stage && !c.cards.is_empty() && c.step.is_some() != at.step.is_some()
    });
    if clash {
        return Err(CommandError::MixedGranularity);
    }
    Ok(())
}

/// The cell at `at`, created empty if the map has none there yet.
fn cell_mut<'a>(journey: &'a mut Journey, at: &CellRef) -> Result<&'a mut Cell, CommandError> {
    let found = journey.cells.iter().position(|c| c.lane == at.lane && c.stage == at.stage && c.step == at.step);
    let index = match found {
        Some(index) => index,
        None => {
            journey.cells.push(Cell { lane: at.lane.clone(), stage: at.stage.clone(), step: at.step.clone(), cards: vec![] });
            journey.cells.len() - 1
        }
    };
    Ok(&mut journey.cells[index])
}

fn take_cells(journey: &mut Journey, mut belongs: impl FnMut(&Cell) -> bool) -> Vec<Cell> {
    let (taken, kept) = std::mem::take(&mut journey.cells).into_iter().partition(|cell| belongs(cell));
    journey.cells = kept;
    taken
}

fn drop_empty_cells(journey: &mut Journey) {
    journey.cells.retain(|cell| !cell.cards.is_empty());
}
